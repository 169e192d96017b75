"""Sign-in throttling (django-axes, hub.accounts.login_throttle) on the admin's login and the
front-end login of restricted pages: guessing locks the account from the guessing client, a
client guessing at many accounts is locked looser, the lockout is a 429 page in the reader's or
editor's language and direction that says when to come back, it ends after the cool-off however
long the attacker goes on, and nothing axes keeps names a client's address."""

from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.db.models import F
from django.test import TestCase

from hub.editorial.roles import setup_locales_and_roles
from tests.home.factories import build_home_tree
from tests.hub.editorial.factories import UserFactory

PASSWORD = "manara-test-2026"
ADMIN_LOGIN = "/admin/login/"
DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}
LOCKED_HEADINGS = {
    "en": "Signing in is paused",
    "ar": "تسجيل الدخول متوقف مؤقتًا",
    "he": "ההתחברות מושהית",
}
LOCKED_MESSAGES = {
    "en": "There were too many failed attempts to sign in. Please try again in 15 minutes.",
    "ar": "أُجريت محاولات فاشلة كثيرة لتسجيل الدخول. يرجى المحاولة مجددًا بعد 15 دقيقة.",
    "he": "היו יותר מדי ניסיונות התחברות כושלים. אפשר לנסות שוב בעוד 15 דקות.",
}
# Passwords an attacker might try on an NGO's staff: names, places, years.
GUESSES = [
    f"{word}{year}"
    for word in ("jerusalem", "haifa", "nablus", "yafa")
    for year in range(2000, 2025)
]
ATTACKER = {"REMOTE_ADDR": "198.51.100.66"}
STAFF_OFFICE = {"REMOTE_ADDR": "192.0.2.10"}


def front_end_login(language):
    return f"/{language}/_util/login/"


class LoginThrottleTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()
        setup_locales_and_roles()
        cls.editor = UserFactory(username="salma", groups=["Editors"])
        cls.moderator = UserFactory(username="moderator-yousef", groups=["Moderators"])
        cls.reader = UserFactory(username="noa")

    def sign_in(self, url, username, password, language="en", client=None, **headers):
        client = client or self.client
        return client.post(
            url,
            {"username": username, "password": password, "next": "/en/"},
            HTTP_ACCEPT_LANGUAGE=language,
            **headers,
        )

    def guess(self, url, username, times, **headers):
        """Wrong passwords, one after the other; the status of each answer."""
        return [
            self.sign_in(url, username, GUESSES[number % len(GUESSES)], **headers).status_code
            for number in range(times)
        ]

    def let_the_cool_off_pass(self, seconds=None):
        """As if every failure had happened that much earlier (the whole cool-off by default)."""
        earlier = settings.AXES_COOLOFF_TIME if seconds is None else seconds
        AccessAttempt.objects.update(attempt_time=F("attempt_time") - earlier)

    def assertSignedIn(self, response, user):
        self.assertEqual(response.status_code, 302, response.content[:500])
        self.assertEqual(self.client.session["_auth_user_id"], str(user.pk))
        self.client.logout()

    def assertLockedOut(self, response, language, admin):
        self.assertEqual(response.status_code, 429)
        self.assertNotIn("_auth_user_id", self.client.session)
        self.assertTrue(0 < int(response["Retry-After"]) <= 15 * 60)
        self.assertIn("no-store", response["Cache-Control"])
        html = response.content.decode()
        self.assertIn(f'lang="{language}" dir="{DIRECTION[language]}"', html)
        self.assertIn(f"<h1>{LOCKED_HEADINGS[language]}</h1>", html)
        self.assertIn(LOCKED_MESSAGES[language], html)
        # In the admin's design on its sign-in page, in the site's elsewhere.
        self.assertEqual('class="login' in html, admin)
        self.assertEqual("site-header" in html, not admin)
        return html


class AdminLoginTests(LoginThrottleTestCase):
    def test_after_100_wrong_passwords_the_right_one_is_refused_until_the_cool_off(self):
        statuses = self.guess(ADMIN_LOGIN, "salma", 100)
        # Four wrong passwords show the form again; the fifth locks.
        self.assertEqual(statuses, [200] * 4 + [429] * 96)
        for language in ("en", "ar", "he"):
            with self.subTest(language=language):
                response = self.sign_in(ADMIN_LOGIN, "salma", PASSWORD, language=language)
                html = self.assertLockedOut(response, language, admin=True)
                self.assertIn('href="/admin/login/"', html)
        self.let_the_cool_off_pass()
        self.assertSignedIn(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD), self.editor)

    def test_the_form_is_still_shown_while_locked(self):
        self.guess(ADMIN_LOGIN, "salma", 5)
        self.assertEqual(self.client.get(ADMIN_LOGIN).status_code, 200)


class FrontEndLoginTests(LoginThrottleTestCase):
    def test_after_100_wrong_passwords_the_right_one_is_refused_in_each_language(self):
        statuses = self.guess(front_end_login("ar"), "noa", 100)
        self.assertEqual(statuses, [200] * 4 + [429] * 96)
        for language in ("en", "ar", "he"):
            with self.subTest(language=language):
                response = self.sign_in(front_end_login(language), "noa", PASSWORD)
                self.assertLockedOut(response, language, admin=False)
        self.let_the_cool_off_pass()
        self.assertSignedIn(self.sign_in(front_end_login("he"), "noa", PASSWORD), self.reader)

    def test_the_admin_and_the_front_end_count_together(self):
        self.assertEqual(self.guess(ADMIN_LOGIN, "noa", 3), [200] * 3)
        self.assertEqual(self.guess(front_end_login("en"), "noa", 2), [200, 429])
        self.assertLockedOut(self.sign_in(ADMIN_LOGIN, "noa", PASSWORD), "en", admin=True)


class WhoIsLockedTests(LoginThrottleTestCase):
    def test_another_account_on_the_same_client_is_locked_only_by_the_client_limit(self):
        self.guess(ADMIN_LOGIN, "salma", 100, **STAFF_OFFICE)
        # Salma's five failures lock Salma on this client; Noa, at the same office, signs in.
        self.assertSignedIn(
            self.sign_in(front_end_login("en"), "noa", PASSWORD, **STAFF_OFFICE), self.reader
        )
        # Guesses at other names add up to the client limit (20 in all): then the client is
        # locked for every account.
        remaining = settings.LOGIN_CLIENT_FAILURE_LIMIT - settings.AXES_FAILURE_LIMIT
        statuses = [
            self.sign_in(ADMIN_LOGIN, f"staff-{number}", "nablus2024", **STAFF_OFFICE).status_code
            for number in range(remaining)
        ]
        self.assertEqual(statuses, [200] * (remaining - 1) + [429])
        self.assertLockedOut(
            self.sign_in(front_end_login("he"), "noa", PASSWORD, **STAFF_OFFICE), "he", admin=False
        )
        # Another client is not locked, for any account.
        self.assertSignedIn(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD), self.editor)
        self.assertSignedIn(self.sign_in(front_end_login("en"), "noa", PASSWORD), self.reader)

    def test_an_attacker_cannot_lock_a_moderator_out(self):
        self.guess(ADMIN_LOGIN, "moderator-yousef", 100, **ATTACKER)
        # The moderator, from their own client, is not locked at all.
        self.assertSignedIn(
            self.sign_in(ADMIN_LOGIN, "moderator-yousef", PASSWORD, **STAFF_OFFICE), self.moderator
        )
        # On the attacker's client (a shared network, say) the lock ends after the cool-off,
        # however long the guessing goes on: tries while locked do not extend it.
        self.let_the_cool_off_pass(settings.AXES_COOLOFF_TIME - (settings.AXES_COOLOFF_TIME / 15))
        self.assertEqual(self.guess(ADMIN_LOGIN, "moderator-yousef", 20, **ATTACKER), [429] * 20)
        response = self.sign_in(ADMIN_LOGIN, "moderator-yousef", PASSWORD, **ATTACKER)
        self.assertEqual(response.status_code, 429)
        self.assertLessEqual(int(response["Retry-After"]), 60)
        self.assertIn("1 minute.", response.content.decode())
        self.let_the_cool_off_pass(settings.AXES_COOLOFF_TIME / 15)
        self.assertSignedIn(
            self.sign_in(ADMIN_LOGIN, "moderator-yousef", PASSWORD, **ATTACKER), self.moderator
        )

    def test_signing_in_to_ones_own_account_does_not_clear_the_guesses_at_another(self):
        self.assertEqual(self.guess(ADMIN_LOGIN, "moderator-yousef", 4, **ATTACKER), [200] * 4)
        self.assertSignedIn(
            self.sign_in(front_end_login("en"), "noa", PASSWORD, **ATTACKER), self.reader
        )
        self.assertEqual(self.guess(ADMIN_LOGIN, "moderator-yousef", 1, **ATTACKER), [429])

    def test_a_successful_sign_in_clears_its_own_failures(self):
        self.assertEqual(self.guess(ADMIN_LOGIN, "salma", 4), [200] * 4)
        self.assertSignedIn(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD), self.editor)
        self.assertEqual(self.guess(ADMIN_LOGIN, "salma", 4), [200] * 4)
        self.assertSignedIn(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD), self.editor)


class PrivacyTests(LoginThrottleTestCase):
    def test_nothing_kept_or_logged_names_the_client_or_the_page_it_wanted(self):
        private_page = "/en/library/internal-surveillance-contractors/"
        browser = "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36"
        with self.assertLogs("axes", level="INFO") as logs:
            for _guess in range(6):
                self.client.post(
                    f"{front_end_login('en')}?next={private_page}",
                    {"username": "noa", "password": "haifa2019", "next": private_page},
                    REMOTE_ADDR="192.0.2.10",
                    HTTP_USER_AGENT=browser,
                )
        kept = "\n".join(
            str(value) for attempt in AccessAttempt.objects.values() for value in attempt.values()
        )
        for output, name in ((kept, "axes' table"), ("\n".join(logs.output), "axes' log")):
            with self.subTest(output=name):
                self.assertNotIn("192.0.2.10", output)
                self.assertNotIn("internal-surveillance-contractors", output)
                self.assertNotIn("haifa2019", output)
        self.assertNotIn(browser, "\n".join(logs.output))
        (attempt,) = AccessAttempt.objects.all()
        # A keyed hash of the client, written as a unique-local IPv6 address.
        self.assertRegex(attempt.ip_address, r"^fd[0-9a-f]{2}:")
        self.assertEqual(attempt.failures_since_start, 5)
        # A successful sign-in is not logged.
        self.assertSignedIn(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD), self.editor)
        self.assertFalse(AccessLog.objects.exists())

    def test_the_client_is_named_by_the_trusted_proxy_setting(self):
        # With no trusted proxy, a forged X-Forwarded-For changes nothing.
        for number in range(5):
            self.sign_in(ADMIN_LOGIN, "salma", "yafa2003", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
        self.assertEqual(len({attempt.ip_address for attempt in AccessAttempt.objects.all()}), 1)
        self.assertEqual(self.sign_in(ADMIN_LOGIN, "salma", PASSWORD).status_code, 429)
        with self.settings(TRUSTED_PROXIES=1):
            proxied = {"REMOTE_ADDR": "172.18.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.5"}
            self.assertSignedIn(
                self.sign_in(ADMIN_LOGIN, "salma", PASSWORD, **proxied), self.editor
            )
            statuses = [
                self.sign_in(
                    ADMIN_LOGIN,
                    "salma",
                    "yafa2003",
                    REMOTE_ADDR="172.18.0.1",
                    HTTP_X_FORWARDED_FOR=f"10.0.0.{number}, 203.0.113.5",
                ).status_code
                for number in range(5)
            ]
            self.assertEqual(statuses, [200] * 4 + [429])
