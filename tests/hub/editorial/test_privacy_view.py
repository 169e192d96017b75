"""Privacy is one rule for all the translations of a page, set in the admin's privacy view where
the user is known: anyone who may publish the page makes it stricter in every language at
once; only someone who manages every translation it touches may relax or remove it."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Locale, Page, PageLogEntry, PageViewRestriction, get_page_models

from hub.editorial.privacy import Privacy, set_privacy_of_every_translation
from hub.editorial.privacy_views import PrivacyOfEveryTranslationView
from hub.editorial.roles import setup_locales_and_roles
from hub.resources.models import ResearchReportPage
from search.models import IndexOutboxEntry
from tests.hub.editorial.factories import UserFactory
from tests.hub.resources.factories import ResearchReportPageFactory, build_library_tree

PASSWORD = "lawyers-network-2026"
MODERATORS_ARABIC = "Moderators – Arabic"
MODERATORS_HEBREW = "Moderators – Hebrew"
PUBLIC_FORM = {"restriction_type": "none"}
PASSWORD_FORM = {"restriction_type": "password", "password": PASSWORD}
LOGIN_FORM = {"restriction_type": "login"}
ROLES = {
    "moderator": ["Moderators"],
    "moderator-ar": [MODERATORS_ARABIC],
    "moderator-he": [MODERATORS_HEBREW],
    "moderator-all": ["Moderators", MODERATORS_ARABIC, MODERATORS_HEBREW],
    "translator-ar": ["Translators – Arabic"],
    "editor": ["Editors"],
}
MADE_PUBLIC_REFUSED = "You cannot make this page public: you do not manage it in {}."
RELAXING_REFUSED = (
    "You cannot let more people read this page: you do not manage it in {}. "
    "You can only make its privacy stricter."
)


def groups_form(*names):
    return {
        "restriction_type": "groups",
        "groups": [group.pk for group in Group.objects.filter(name__in=names)],
    }


def privacy_from_form(form):
    return Privacy(
        restriction_type=form["restriction_type"],
        password=form.get("password", ""),
        group_ids=frozenset(form.get("groups", ())),
    )


def own_restrictions(page):
    """What a page's own restrictions say: (type, password, group names) each."""
    return [
        (restriction.restriction_type, restriction.password, sorted(g.name for g in groups))
        for restriction in PageViewRestriction.objects.filter(page=page).prefetch_related("groups")
        for groups in [restriction.groups.all()]
    ]


class PrivacyViewTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        # Page rights live on each language's home page, which exists only now (and, as the
        # demo loader does, without the welcome page Wagtail's migrations leave at the top).
        Page.objects.filter(depth=2, content_type__model="page").delete()
        setup_locales_and_roles()
        cls.reports = cls.tree["reports"]
        cls.users = {
            username: UserFactory(username=username, groups=groups)
            for username, groups in ROLES.items()
        }
        cls.users["admin"] = get_user_model().objects.create_superuser(
            "admin", "admin@localhost", "correct horse battery staple"
        )

    def set_privacy(self, username, page, form):
        """As the admin's privacy modal sends it."""
        self.client.force_login(self.users[username])
        return self.client.post(
            f"/admin/pages/{page.pk}/privacy/", form, headers={"x-requested-with": "XMLHttpRequest"}
        )

    def make_every_report_translation(self, form):
        set_privacy_of_every_translation(self.reports["en"], privacy_from_form(form))

    def report_restrictions(self):
        return {language: own_restrictions(page) for language, page in self.reports.items()}

    def assertDone(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["step"], "set_privacy_done")

    def assertRefused(self, response, message):
        """The modal shows its form again, with the message."""
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["step"], "set_privacy")
        self.assertIn('name="restriction_type"', body["html"])
        self.assertIn(message, body["html"])

    def assertKeptOut(self, page, form):
        """What an anonymous reader gets: the password form, or the login page."""
        self.client.logout()
        response = self.client.get(page.url)
        if form["restriction_type"] == "password":
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, 'name="password"')
            self.assertNotContains(response, page.summary)
        else:
            self.assertEqual(response.status_code, 302)
            self.assertIn("/_util/login/", response["Location"])


class TighteningTests(PrivacyViewTestCase):
    def test_a_moderator_of_one_language_makes_every_translation_private(self):
        for username, language in (("moderator-ar", "ar"), ("moderator", "en")):
            for form in (PASSWORD_FORM, LOGIN_FORM, groups_form("Editors", MODERATORS_ARABIC)):
                with self.subTest(username, restriction=form["restriction_type"]):
                    self.make_every_report_translation(PUBLIC_FORM)
                    self.assertDone(self.set_privacy(username, self.reports[language], form))
                    expected = own_restrictions(self.reports[language])
                    self.assertEqual(len(expected), 1)
                    self.assertEqual(expected[0][0], form["restriction_type"])
                    self.assertEqual(
                        self.report_restrictions(), {"en": expected, "ar": expected, "he": expected}
                    )
                    for page in self.reports.values():
                        self.assertKeptOut(page, form)

    def test_a_stricter_restriction_is_an_emergency_brake_for_every_translation(self):
        everyone_logged_in = LOGIN_FORM
        some_groups = groups_form("Moderators", MODERATORS_ARABIC, MODERATORS_HEBREW)
        fewer_groups = groups_form(MODERATORS_ARABIC)
        for before, after in (
            (everyone_logged_in, some_groups),
            (some_groups, fewer_groups),
            # Saved again unchanged: nothing changes, and that is allowed.
            (PASSWORD_FORM, PASSWORD_FORM),
        ):
            with self.subTest(before=before, after=after):
                self.make_every_report_translation(before)
                self.assertDone(self.set_privacy("moderator-ar", self.reports["ar"], after))
                restriction = [
                    (
                        after["restriction_type"],
                        after.get("password", ""),
                        sorted(
                            Group.objects.filter(pk__in=after.get("groups", ())).values_list(
                                "name", flat=True
                            )
                        ),
                    )
                ]
                self.assertEqual(
                    self.report_restrictions(),
                    {"en": restriction, "ar": restriction, "he": restriction},
                )

    def test_every_translation_records_who_made_it_private(self):
        self.set_privacy("moderator-he", self.reports["he"], LOGIN_FORM)
        for language, page in self.reports.items():
            with self.subTest(language=language):
                entry = PageLogEntry.objects.get(
                    page=page, action="wagtail.view_restriction.create"
                )
                self.assertEqual(entry.user, self.users["moderator-he"])

    def test_every_translation_goes_to_the_search_outbox(self):
        IndexOutboxEntry.objects.all().delete()
        self.set_privacy("moderator-ar", self.reports["ar"], groups_form(MODERATORS_ARABIC))
        recorded = set(
            IndexOutboxEntry.objects.filter(reason="privacy").values_list("page_id", flat=True)
        )
        self.assertEqual(recorded, {page.pk for page in self.reports.values()})

    def test_a_new_password_must_be_entered_again(self):
        self.make_every_report_translation(PASSWORD_FORM)
        page = self.reports["ar"]
        reader = self.client_class()
        password_form = reader.get(page.url).content.decode()
        action = re.search(r'action="([^"]*authenticate_with_password[^"]*)"', password_form)
        reader.post(action[1], {"password": PASSWORD, "return_url": page.url})
        self.assertContains(reader.get(page.url), page.summary)
        self.assertDone(
            self.set_privacy("admin", self.reports["en"], PASSWORD_FORM | {"password": "new-2026"})
        )
        # The same reader, with the old password in their session, is asked for the new one.
        response = reader.get(page.url)
        self.assertContains(response, 'name="password"')
        self.assertNotContains(response, page.summary)


class RelaxingTests(PrivacyViewTestCase):
    def test_a_moderator_of_one_language_cannot_make_the_page_public(self):
        for username, language, others in (
            ("moderator-ar", "ar", "English and Hebrew"),
            ("moderator", "en", "Arabic and Hebrew"),
        ):
            for form in (PASSWORD_FORM, LOGIN_FORM, groups_form(MODERATORS_ARABIC)):
                with self.subTest(username, restriction=form["restriction_type"]):
                    self.make_every_report_translation(form)
                    before = self.report_restrictions()
                    response = self.set_privacy(username, self.reports[language], PUBLIC_FORM)
                    self.assertRefused(response, MADE_PUBLIC_REFUSED.format(others))
                    self.assertEqual(self.report_restrictions(), before)
                    for page in self.reports.values():
                        self.assertKeptOut(page, form)

    def test_a_moderator_of_one_language_cannot_let_more_people_in(self):
        arabic_moderators = groups_form(MODERATORS_ARABIC)
        for before, after in (
            (arabic_moderators, LOGIN_FORM),
            (arabic_moderators, PASSWORD_FORM),
            (arabic_moderators, groups_form(MODERATORS_ARABIC, "Editors")),
            (arabic_moderators, groups_form("Editors")),
            (LOGIN_FORM, PASSWORD_FORM),
            (PASSWORD_FORM, LOGIN_FORM),
            (PASSWORD_FORM, arabic_moderators),
            (PASSWORD_FORM, PASSWORD_FORM | {"password": "leaked-and-replaced"}),
        ):
            with self.subTest(before=before, after=after):
                self.make_every_report_translation(before)
                restrictions = self.report_restrictions()
                response = self.set_privacy("moderator-ar", self.reports["ar"], after)
                self.assertRefused(response, RELAXING_REFUSED.format("English and Hebrew"))
                self.assertEqual(self.report_restrictions(), restrictions)

    def test_the_refusal_names_only_the_languages_the_page_exists_in(self):
        papers = self.tree["papers"]
        set_privacy_of_every_translation(papers["en"], privacy_from_form(LOGIN_FORM))
        response = self.set_privacy("moderator-ar", papers["ar"], PUBLIC_FORM)
        self.assertRefused(response, MADE_PUBLIC_REFUSED.format("English"))
        self.assertEqual(own_restrictions(papers["en"]), [("login", "", [])])

    def test_the_refusal_is_in_the_users_admin_language(self):
        self.make_every_report_translation(LOGIN_FORM)
        for username, groups, language, message in (
            (
                "moderator-ar-in-arabic",
                [MODERATORS_ARABIC],
                "ar",
                "لا يمكنك جعل هذه الصفحة عامة، لأنك لا تدير نسخها باللغات التالية: "
                "الإنجليزيّة والعبريّة.",
            ),
            (
                "moderator-he-in-hebrew",
                [MODERATORS_HEBREW],
                "he",
                "אין לך הרשאה להפוך את העמוד הזה לציבורי, כי הוא אינו בניהולך בשפות הבאות: "
                "אנגלית וערבית.",
            ),
        ):
            with self.subTest(language=language):
                self.users[username] = UserFactory(
                    username=username, groups=groups, admin_language=language
                )
                page = self.reports[language]
                self.assertRefused(self.set_privacy(username, page, PUBLIC_FORM), message)

    def test_a_superuser_makes_every_translation_public(self):
        for form in (PASSWORD_FORM, LOGIN_FORM, groups_form(MODERATORS_ARABIC)):
            with self.subTest(restriction=form["restriction_type"]):
                self.make_every_report_translation(form)
                self.assertDone(self.set_privacy("admin", self.reports["he"], PUBLIC_FORM))
                self.assertEqual(self.report_restrictions(), {"en": [], "ar": [], "he": []})
                self.client.logout()
                for page in self.reports.values():
                    self.assertContains(self.client.get(page.url), page.summary)

    def test_a_moderator_of_every_language_may_relax_it(self):
        self.make_every_report_translation(groups_form(MODERATORS_ARABIC))
        self.assertDone(self.set_privacy("moderator-all", self.reports["ar"], LOGIN_FORM))
        restriction = [("login", "", [])]
        self.assertEqual(
            self.report_restrictions(), {"en": restriction, "ar": restriction, "he": restriction}
        )


class RefusedTests(PrivacyViewTestCase):
    def test_who_may_not_publish_the_page_cannot_open_the_privacy_view(self):
        self.make_every_report_translation(LOGIN_FORM)
        for username, language in (
            ("translator-ar", "ar"),
            ("editor", "en"),
            ("moderator-ar", "en"),
            ("moderator", "he"),
        ):
            with self.subTest(username, language=language):
                self.client.force_login(self.users[username])
                url = f"/admin/pages/{self.reports[language].pk}/privacy/"
                modal = self.client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
                self.assertEqual(modal.status_code, 403)
                self.assertEqual(
                    self.set_privacy(username, self.reports[language], PUBLIC_FORM).status_code, 403
                )
                # Without the modal's header: Wagtail's admin home, with its message.
                response = self.client.post(url, PUBLIC_FORM, follow=True)
                self.assertRedirects(response, "/admin/")
                self.assertContains(
                    response, "Sorry, you do not have permission to access this area."
                )
                self.assertEqual(own_restrictions(self.reports["he"]), [("login", "", [])])

    def test_bad_input_gets_a_form_error(self):
        unknown_group = max(Group.objects.values_list("pk", flat=True)) + 1
        for form, error in (
            ({"restriction_type": "password", "password": ""}, "This field is required."),
            ({"restriction_type": "groups"}, "Please select at least one group."),
            ({"restriction_type": "everyone"}, "Select a valid choice."),
            ({}, "This field is required."),
            ({"restriction_type": "groups", "groups": [unknown_group]}, "Select a valid choice."),
            ({"restriction_type": "groups", "groups": ["الكل"]}, "is not a valid value."),
        ):
            with self.subTest(form=form):
                self.assertRefused(
                    self.set_privacy("moderator-ar", self.reports["ar"], form), error
                )
                self.assertEqual(self.report_restrictions(), {"en": [], "ar": [], "he": []})

    def test_an_unknown_page_is_not_found(self):
        self.client.force_login(self.users["admin"])
        self.assertEqual(
            self.client.post("/admin/pages/999999/privacy/", LOGIN_FORM).status_code, 404
        )


class EveryPageTypeTests(TestCase):
    def test_every_page_type_sets_privacy_for_all_its_translations(self):
        for model in get_page_models():
            with self.subTest(model=model.__name__):
                viewset = page_viewset_registry.get_by_type(model)
                self.assertTrue(
                    issubclass(viewset.set_privacy_view_class, PrivacyOfEveryTranslationView)
                )


class NewTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        Page.objects.filter(depth=2, content_type__model="page").delete()
        setup_locales_and_roles()
        cls.translator = UserFactory(username="translator-ar", groups=["Translators – Arabic"])
        cls.arabic = Locale.objects.get(language_code="ar")

    def test_a_translator_creates_a_private_translation_of_a_private_report(self):
        for form in (PASSWORD_FORM, LOGIN_FORM, groups_form("Editors", MODERATORS_ARABIC)):
            kind = form["restriction_type"]
            with self.subTest(restriction=kind):
                report = ResearchReportPageFactory(
                    parent=self.tree["libraries"]["en"],
                    slug=f"detention-of-journalists-{kind}",
                    title="Detention of journalists for their posts",
                )
                report.save_revision().publish()
                set_privacy_of_every_translation(report, privacy_from_form(form))
                self.client.force_login(self.translator)
                with self.captureOnCommitCallbacks(execute=True):
                    response = self.client.post(
                        f"/admin/localize/submit/page/{report.pk}/", {"locales": [self.arabic.pk]}
                    )
                self.assertEqual(response.status_code, 302)
                arabic = ResearchReportPage.objects.get(
                    translation_key=report.translation_key, locale=self.arabic
                )
                self.assertEqual(own_restrictions(arabic), own_restrictions(report))
                # Once the Arabic moderators publish it, it is as private as the English one.
                arabic.title = "اعتقال الصحفيين بسبب منشوراتهم"
                arabic.save_revision().publish()
                self.client.logout()
                response = self.client.get(arabic.url)
                self.assertNotContains(response, arabic.title, status_code=response.status_code)
                self.assertIn(response.status_code, (200, 302))
