"""Two-step sign-in to the admin: setting up an authenticator app, the code after the password
(or a single-use recovery code), throttled wrong codes, who must use it (moderators,
administrators, superusers) and who may, new recovery codes, turning it off, the screens in
Arabic and Hebrew, and a moderator who signs in through a restricted page's login form."""

import re
from base64 import b32decode
from datetime import timedelta
from io import StringIO
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone
from django.utils.html import escape
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import PageViewRestriction

from hub.editorial.role_names import moderated_languages
from hub.editorial.roles import setup_locales_and_roles
from tests.home.factories import build_home_tree
from tests.hub.accounts.factories import (
    AppDeviceFactory,
    RecoveryCodesFactory,
    app_code,
    wrong_app_code,
)
from tests.hub.editorial.factories import UserFactory

PASSWORD = "manara-test-2026"
SETUP_URL = "/admin/account/two-factor/"
VERIFY_URL = "/admin/account/two-factor/verify/"
RECOVERY_CODES_URL = "/admin/account/two-factor/recovery-codes/"
REMOVE_URL = "/admin/account/two-factor/remove/"
RECOVERY_CODES = [f"{word}2345" for word in ("abcd", "efgh", "ijkl", "mnop", "qrst")]


def shown_codes(response) -> list[str]:
    return re.findall(r"<li><code>([a-z2-7]{4}-[a-z2-7]{4})</code></li>", response.content.decode())


def shown_app_key(response) -> str:
    return re.search(r"data-app-key>([A-Z2-7 ]+)<", response.content.decode()).group(1)


def age_throttle(device, seconds: int) -> None:
    """As if the last wrong code had been entered that many seconds ago."""
    device.refresh_from_db()
    device.throttling_failure_timestamp = timezone.now() - timedelta(seconds=seconds)
    device.save(update_fields=["throttling_failure_timestamp"])


class TwoFactorTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = build_home_tree()
        setup_locales_and_roles()
        cls.moderator = UserFactory(username="moderator", groups=["Moderators"])
        cls.arabic_moderator = UserFactory(
            username="moderator-ar", groups=["Moderators – Arabic"], admin_language="ar"
        )
        cls.hebrew_moderator = UserFactory(
            username="moderator-he", groups=["Moderators – Hebrew"], admin_language="he"
        )
        cls.editor = UserFactory(username="editor", groups=["Editors"])
        cls.translator = UserFactory(username="translator-ar", groups=["Translators – Arabic"])
        cls.superuser = UserFactory(username="admin", is_superuser=True)
        administrators = Group.objects.create(name="Administrators")
        administrators.permissions.set(Group.objects.get(name="Editors").permissions.all())
        cls.administrator = UserFactory(username="administrator", groups=["Administrators"])

    def enrol(self, user, codes=RECOVERY_CODES):
        device = AppDeviceFactory(user=user)
        RecoveryCodesFactory(user=user, codes=codes)
        return device

    def verify(self, user, code):
        return self.client.post(VERIFY_URL, {"code": code, "next": "/admin/"})

    def assertSentTo(self, response, url, next_path=None):
        expected = url if next_path is None else f"{url}?next={quote(next_path, safe='/')}"
        self.assertRedirects(response, expected, fetch_redirect_response=False)


class SetUpTests(TwoFactorTestCase):
    def test_the_screen_shows_a_qr_code_the_key_and_a_code_field(self):
        self.client.force_login(self.editor)
        response = self.client.get(SETUP_URL)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        # Drawn here as inline SVG: no image from another service, no script.
        self.assertRegex(html, r'<div class="two-factor-qr"[^>]*><svg [^>]*viewBox=')
        self.assertNotIn("<script", html.split('class="two-factor-qr"')[1].split("</svg>")[0])
        device = TOTPDevice.objects.get(user=self.editor)
        self.assertFalse(device.confirmed)
        key = shown_app_key(response)
        self.assertEqual(b32decode(key.replace(" ", "")), device.bin_key)
        self.assertContains(response, f"secret={key.replace(' ', '')}")
        self.assertContains(response, "issuer=Manara%20Digital%20Rights%20Hub")
        self.assertContains(response, 'name="code"')
        self.assertNotContains(response, "data-two-factor-required")

    def test_reloading_the_screen_keeps_the_key(self):
        self.client.force_login(self.editor)
        first = shown_app_key(self.client.get(SETUP_URL))
        self.assertEqual(shown_app_key(self.client.get(SETUP_URL)), first)
        self.assertEqual(TOTPDevice.objects.filter(user=self.editor).count(), 1)

    def test_a_wrong_code_is_a_form_error_and_turns_nothing_on(self):
        self.client.force_login(self.editor)
        self.client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=self.editor)
        response = self.client.post(SETUP_URL, {"code": wrong_app_code(device)})
        self.assertEqual(response.status_code, 200)
        self.assertFormError(
            response.context["form"],
            "code",
            "This code does not match. Check that your phone's clock is right and enter the "
            "code your app shows now.",
        )
        device.refresh_from_db()
        self.assertFalse(device.confirmed)
        self.assertFalse(StaticDevice.objects.filter(user=self.editor).exists())

    def test_bad_input_is_a_form_error(self):
        self.client.force_login(self.editor)
        self.client.get(SETUP_URL)
        cases = {
            "": "This field is required.",
            "abcdef": "Enter the 6 digits your app shows.",
            "1234567": "Enter the 6 digits your app shows.",
            "1" * 40: "Ensure this value has at most 32 characters (it has 40).",
            "12\x003456": "Null characters are not allowed.",
            "¹²³⁴⁵⁶": "Enter the 6 digits your app shows.",
        }
        for code, error in cases.items():
            with self.subTest(code=code):
                response = self.client.post(SETUP_URL, {"code": code})
                self.assertEqual(response.status_code, 200)
                self.assertFormError(response.context["form"], "code", error)

    def test_the_right_code_turns_it_on_and_shows_ten_recovery_codes_once(self):
        self.client.force_login(self.editor)
        self.client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=self.editor)
        response = self.client.post(SETUP_URL, {"code": app_code(device), "next": "/admin/"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Two-step verification is on for your account.")
        codes = shown_codes(response)
        self.assertEqual(len(set(codes)), 10)
        stored = StaticToken.objects.filter(device__user=self.editor)
        self.assertEqual(
            sorted(stored.values_list("token", flat=True)),
            sorted(code.replace("-", "") for code in codes),
        )
        self.assertContains(response, 'download="manara-recovery-codes.txt"')
        self.assertContains(response, f"{codes[0]}%0A{codes[1]}%0A")
        device.refresh_from_db()
        self.assertTrue(device.confirmed)
        # This session has passed the second step; the set-up screen now manages it.
        self.assertEqual(self.client.get("/admin/").status_code, 200)
        manage = self.client.get(SETUP_URL)
        self.assertContains(manage, "data-two-factor-on")
        self.assertEqual(shown_codes(manage), [])
        self.assertContains(manage, "You have 10 unused recovery codes.")

    def test_arabic_digits_are_accepted(self):
        self.client.force_login(self.arabic_moderator)
        self.client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=self.arabic_moderator)
        arabic = app_code(device).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        response = self.client.post(SETUP_URL, {"code": arabic})
        self.assertEqual(len(shown_codes(response)), 10)

    def test_wrong_codes_are_throttled(self):
        self.client.force_login(self.editor)
        self.client.get(SETUP_URL)
        device = TOTPDevice.objects.get(user=self.editor)
        for _attempt in range(5):
            age_throttle(device, 3600)
            self.client.post(SETUP_URL, {"code": wrong_app_code(device)})
        # Five wrong codes in a row: the next try waits 2^4 = 16 seconds, even the right code.
        response = self.client.post(SETUP_URL, {"code": app_code(device)})
        error = response.context["form"].errors["code"][0]
        self.assertRegex(error, r"^Too many wrong codes\. Try again in 1[56] seconds\.$")
        device.refresh_from_db()
        self.assertFalse(device.confirmed)
        age_throttle(device, 17)
        response = self.client.post(SETUP_URL, {"code": app_code(device)})
        self.assertEqual(len(shown_codes(response)), 10)


class VerifyTests(TwoFactorTestCase):
    def test_after_the_password_the_admin_asks_for_the_code(self):
        device = self.enrol(self.editor)
        self.client.force_login(self.editor)
        self.assertSentTo(self.client.get("/admin/"), VERIFY_URL, "/admin/")
        response = self.client.get(f"{VERIFY_URL}?next=/admin/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<body id="wagtail" class="login')
        self.assertContains(response, 'value="/admin/"')
        self.assertContains(response, 'autocomplete="one-time-code"')
        response = self.verify(self.editor, app_code(device))
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_a_wrong_code_is_a_form_error(self):
        device = self.enrol(self.editor)
        self.client.force_login(self.editor)
        for code in (wrong_app_code(device), "zzzz-zzzz", "", "x" * 33, "12\x003456"):
            with self.subTest(code=code):
                response = self.verify(self.editor, code)
                self.assertEqual(response.status_code, 200)
                # The sign-in layout hides a field's own error line: it is in the messages.
                error = response.context["form"].errors["code"][0]
                self.assertContains(response, f'<li class="error">{escape(error)}</li>')
        self.assertSentTo(self.client.get("/admin/"), VERIFY_URL, "/admin/")

    def test_an_app_code_is_accepted_once(self):
        device = self.enrol(self.editor)
        code = app_code(device)
        self.client.force_login(self.editor)
        self.assertRedirects(
            self.verify(self.editor, code), "/admin/", fetch_redirect_response=False
        )
        self.client.logout()
        self.client.force_login(self.editor)
        response = self.verify(self.editor, code)
        self.assertFormError(
            response.context["form"],
            "code",
            "This code is not valid or has been used already. Enter the code your app shows "
            "now, or a recovery code you have not used.",
        )

    def test_a_recovery_code_works_once(self):
        self.enrol(self.editor)
        self.client.force_login(self.editor)
        response = self.verify(self.editor, "ABCD-2345")
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        dashboard = self.client.get("/admin/")
        self.assertEqual(dashboard.status_code, 200)
        self.assertContains(dashboard, "You signed in with a recovery code: 4 are left.")
        self.assertFalse(StaticToken.objects.filter(token="abcd2345").exists())
        self.client.logout()
        self.client.force_login(self.editor)
        response = self.verify(self.editor, "abcd2345")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["form"].errors["code"])

    def test_an_administrator_can_give_a_locked_out_user_a_one_time_code(self):
        # Phone and recovery codes both lost: `manage.py addstatictoken <username>`.
        AppDeviceFactory(user=self.editor)
        output = StringIO()
        call_command("addstatictoken", self.editor.username, stdout=output)
        self.client.force_login(self.editor)
        response = self.verify(self.editor, output.getvalue().strip())
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_few_recovery_codes_left_asks_for_new_ones(self):
        self.enrol(self.editor, codes=["abcd2345", "efgh2345"])
        self.client.force_login(self.editor)
        self.verify(self.editor, "efgh 2345")
        self.assertContains(
            self.client.get("/admin/"),
            "You signed in with a recovery code: 1 is left. Make new ones under Account → "
            "Two-step verification.",
        )

    def test_wrong_recovery_codes_are_throttled(self):
        self.enrol(self.editor)
        self.client.force_login(self.editor)
        recovery = StaticDevice.objects.get(user=self.editor)
        for _attempt in range(5):
            age_throttle(recovery, 3600)
            self.verify(self.editor, "zzzz-zzzz")
        response = self.verify(self.editor, "abcd-2345")
        self.assertRegex(
            response.context["form"].errors["code"][0],
            r"^Too many wrong codes\. Try again in 1[56] seconds\.$",
        )
        self.assertTrue(StaticToken.objects.filter(token="abcd2345").exists())

    def test_wrong_app_codes_are_throttled_for_long(self):
        device = self.enrol(self.editor)
        device.throttling_failure_count = 12
        device.throttling_failure_timestamp = timezone.now()
        device.save()
        self.client.force_login(self.editor)
        response = self.verify(self.editor, app_code(device))
        self.assertEqual(
            response.context["form"].errors["code"],
            ["Too many wrong codes. Try again in 34\xa0minutes."],
        )

    def test_only_a_page_on_this_site_is_the_next_step(self):
        device = self.enrol(self.editor)
        self.client.force_login(self.editor)
        response = self.client.post(
            VERIFY_URL, {"code": app_code(device), "next": "https://attacker.example/"}
        )
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_signing_out_and_the_screens_assets_stay_reachable(self):
        self.enrol(self.editor)
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/sprite/").status_code, 200)
        self.assertEqual(self.client.get("/admin/jsi18n/").status_code, 200)
        self.assertSentTo(self.client.get(SETUP_URL), VERIFY_URL, SETUP_URL)
        response = self.client.post("/admin/logout/")
        self.assertRedirects(response, "/admin/login/", fetch_redirect_response=False)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_a_form_sent_before_the_second_step_goes_to_it(self):
        self.enrol(self.editor)
        self.client.force_login(self.editor)
        response = self.client.post(f"/admin/pages/{self.pages['en'].pk}/edit/", {"title": "x"})
        self.assertSentTo(response, VERIFY_URL)

    def test_a_verified_user_is_sent_on(self):
        self.client.force_login(self.editor)
        response = self.client.get(f"{VERIFY_URL}?next=/admin/pages/")
        self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)


@override_settings(TWO_FACTOR_REQUIRED=True)
class RequirementTests(TwoFactorTestCase):
    def admin_urls(self):
        return [
            "/admin/",
            f"/admin/pages/{self.pages['en'].pk}/edit/",
            f"/admin/pages/{self.pages['ar'].pk}/edit/",
            "/admin/api/main/pages/",
            "/admin/account/",
            "/admin/reports/translation-status/",
        ]

    def test_moderators_administrators_and_superusers_must_set_it_up(self):
        for user in (
            self.moderator,
            self.arabic_moderator,
            self.hebrew_moderator,
            self.administrator,
            self.superuser,
        ):
            self.client.force_login(user)
            for url in self.admin_urls():
                with self.subTest(user=user.username, url=url):
                    self.assertSentTo(self.client.get(url), SETUP_URL, url)
            response = self.client.get(SETUP_URL)
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, "data-two-factor-required")

    def test_editors_and_translators_may_but_need_not(self):
        for user in (self.editor, self.translator):
            with self.subTest(user=user.username):
                self.client.force_login(user)
                self.assertEqual(self.client.get("/admin/").status_code, 200)
                response = self.client.get(SETUP_URL)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "data-two-factor-required")

    def test_once_set_up_they_work_as_before(self):
        page_edit = f"/admin/pages/{self.pages['en'].pk}/edit/"
        for user, urls in (
            (self.moderator, ["/admin/", "/admin/api/main/pages/"]),
            (self.superuser, ["/admin/", page_edit, "/admin/api/main/pages/"]),
        ):
            self.client.force_login(user)
            self.client.get(SETUP_URL)
            device = TOTPDevice.objects.get(user=user)
            self.client.post(SETUP_URL, {"code": app_code(device)})
            for url in urls:
                with self.subTest(user=user.username, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_a_moderator_with_an_app_is_asked_for_the_code(self):
        self.enrol(self.moderator)
        self.client.force_login(self.moderator)
        self.assertSentTo(self.client.get("/admin/"), VERIFY_URL, "/admin/")
        # The password alone does not reach the set-up screen to replace the app.
        self.assertSentTo(self.client.get(SETUP_URL), VERIFY_URL, SETUP_URL)

    def test_every_language_moderators_group_is_required(self):
        self.assertLessEqual(
            set(moderated_languages().values()), set(settings.TWO_FACTOR_REQUIRED_GROUPS)
        )

    @override_settings(TWO_FACTOR_REQUIRED=False)
    def test_without_the_requirement_nobody_is_sent_to_set_it_up(self):
        self.client.force_login(self.moderator)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_readers_without_admin_access_are_not_asked(self):
        reader = UserFactory(username="reader")
        self.client.force_login(reader)
        self.assertEqual(self.client.get("/en/").status_code, 200)


class ManageTests(TwoFactorTestCase):
    def sign_in(self, user):
        device = self.enrol(user)
        self.client.force_login(user)
        self.verify(user, app_code(device))
        return device

    def test_the_account_page_links_to_it(self):
        self.client.force_login(self.editor)
        response = self.client.get("/admin/account/")
        self.assertContains(response, f'href="{SETUP_URL}"')
        self.assertContains(response, "Two-step verification")
        self.assertContains(response, "Off: sign in with a code from an authenticator app as well.")
        self.sign_in(self.translator)
        response = self.client.get("/admin/account/")
        self.assertContains(response, "On: new recovery codes, or turn it off.")

    def test_new_recovery_codes_replace_the_old_ones(self):
        device = self.sign_in(self.editor)
        response = self.client.post(RECOVERY_CODES_URL, {"regenerate-code": app_code(device)})
        codes = shown_codes(response)
        self.assertEqual(len(codes), 10)
        self.assertContains(response, "New recovery codes are ready; the old ones no longer work.")
        tokens = set(StaticToken.objects.values_list("token", flat=True))
        self.assertEqual(tokens, {code.replace("-", "") for code in codes})
        self.assertNotIn("abcd2345", tokens)

    def test_new_recovery_codes_need_a_current_code(self):
        self.sign_in(self.editor)
        response = self.client.post(RECOVERY_CODES_URL, {"regenerate-code": "000000"})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["regenerate_form"].errors["code"])
        self.assertEqual(shown_codes(response), [])
        self.assertTrue(StaticToken.objects.filter(token="abcd2345").exists())

    def test_turning_it_off_needs_a_current_code(self):
        self.sign_in(self.editor)
        response = self.client.post(REMOVE_URL, {"remove-code": "zzzz-zzzz"})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["remove_form"].errors["code"])
        self.assertTrue(TOTPDevice.objects.filter(user=self.editor).exists())

    def test_turning_it_off_with_a_recovery_code(self):
        self.sign_in(self.editor)
        response = self.client.post(REMOVE_URL, {"remove-code": "mnop-2345"})
        self.assertRedirects(response, SETUP_URL, fetch_redirect_response=False)
        self.assertFalse(TOTPDevice.objects.filter(user=self.editor, confirmed=True).exists())
        self.assertFalse(StaticDevice.objects.filter(user=self.editor).exists())
        self.assertContains(
            self.client.get("/admin/"), "Two-step verification is off for your account."
        )
        # Signing in again takes the password alone.
        self.client.logout()
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    @override_settings(TWO_FACTOR_REQUIRED=True)
    def test_a_moderator_who_turns_it_off_sets_it_up_again_at_once(self):
        device = self.sign_in(self.moderator)
        self.assertContains(self.client.get(SETUP_URL), "you will be asked to set up an app again")
        self.client.post(REMOVE_URL, {"remove-code": app_code(device)})
        self.assertSentTo(self.client.get("/admin/"), SETUP_URL, "/admin/")

    def test_the_actions_take_post_only(self):
        self.sign_in(self.editor)
        for url in (RECOVERY_CODES_URL, REMOVE_URL):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 405)

    def test_without_an_app_the_actions_lead_to_the_set_up(self):
        self.client.force_login(self.editor)
        for url in (RECOVERY_CODES_URL, REMOVE_URL):
            with self.subTest(url=url):
                response = self.client.post(url, {"remove-code": "123456"})
                self.assertRedirects(response, SETUP_URL, fetch_redirect_response=False)


@override_settings(TWO_FACTOR_REQUIRED=True)
class LanguageTests(TwoFactorTestCase):
    SETUP = {
        "ar": ("التحقق بخطوتين", "أدخل الرمز الذي يعرضه التطبيق", "امسح رمز QR هذا بالتطبيق."),
        "he": (
            "אימות דו-שלבי",
            "הזינו את הקוד שהאפליקציה מציגה",
            "סרקו את קוד ה-QR הזה באפליקציה.",
        ),
    }
    VERIFY = {
        "ar": "أدخل الرمز المكوّن من 6 أرقام من تطبيق المصادقة.",
        "he": "הזינו את הקוד בן 6 הספרות מאפליקציית האימות.",
    }

    def users(self):
        return {"ar": self.arabic_moderator, "he": self.hebrew_moderator}

    def test_the_set_up_screen_in_arabic_and_hebrew(self):
        for language, user in self.users().items():
            with self.subTest(language=language):
                self.client.force_login(user)
                response = self.client.get(SETUP_URL)
                self.assertContains(response, f'<html lang="{language}" dir="rtl"')
                for text in self.SETUP[language]:
                    self.assertContains(response, text)
                self.assertContains(response, '<code dir="ltr" data-app-key>')
                self.assertRegex(
                    response.content.decode(), r'<input type="text" name="code"[^>]* dir="ltr"'
                )

    def test_the_code_screen_and_its_errors_in_arabic_and_hebrew(self):
        errors = {
            "ar": "هذا الرمز غير صالح أو سبق استخدامه.",
            "he": "הקוד הזה אינו תקף או שכבר נעשה בו שימוש.",
        }
        for language, user in self.users().items():
            with self.subTest(language=language):
                device = self.enrol(user)
                self.client.force_login(user)
                response = self.client.get(VERIFY_URL)
                self.assertContains(response, f'<html lang="{language}" dir="rtl"')
                self.assertContains(response, self.VERIFY[language])
                response = self.verify(user, wrong_app_code(device))
                self.assertContains(response, errors[language])

    def test_the_recovery_codes_in_arabic_and_hebrew(self):
        texts = {"ar": "تنزيل كملف نصي", "he": "הורדה כקובץ טקסט"}
        for language, user in self.users().items():
            with self.subTest(language=language):
                self.client.force_login(user)
                self.client.get(SETUP_URL)
                device = TOTPDevice.objects.get(user=user)
                response = self.client.post(SETUP_URL, {"code": app_code(device)})
                self.assertContains(response, f'<html lang="{language}" dir="rtl"')
                self.assertContains(response, texts[language])
                self.assertContains(response, '<ol class="recovery-codes" dir="ltr"')
                self.assertEqual(len(shown_codes(response)), 10)


class FrontEndLoginTests(TwoFactorTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        PageViewRestriction.objects.create(
            page=cls.pages["en"], restriction_type=PageViewRestriction.LOGIN
        )

    def sign_in_on_the_site(self, user):
        return self.client.post(
            "/en/_util/login/", {"username": user.username, "password": PASSWORD, "next": "/en/"}
        )

    def test_a_moderator_signing_in_on_the_site_is_asked_for_the_code_then_sent_back(self):
        device = self.enrol(self.moderator)
        self.assertRedirects(
            self.client.get("/en/"), "/en/_util/login/?next=/en/", fetch_redirect_response=False
        )
        self.assertRedirects(
            self.sign_in_on_the_site(self.moderator), "/en/", fetch_redirect_response=False
        )
        self.assertSentTo(self.client.get("/en/"), VERIFY_URL, "/en/")
        response = self.client.post(VERIFY_URL, {"code": app_code(device), "next": "/en/"})
        self.assertRedirects(response, "/en/", fetch_redirect_response=False)
        self.assertEqual(self.client.get("/en/").status_code, 200)

    @override_settings(TWO_FACTOR_REQUIRED=True)
    def test_a_moderator_without_an_app_is_sent_to_set_it_up(self):
        self.sign_in_on_the_site(self.moderator)
        self.assertSentTo(self.client.get("/en/"), SETUP_URL, "/en/")

    def test_a_reader_without_admin_access_reads_on(self):
        reader = UserFactory(username="reader")
        self.enrol(reader)
        self.sign_in_on_the_site(reader)
        self.assertEqual(self.client.get("/en/").status_code, 200)
