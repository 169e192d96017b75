"""Translations are made by the translators of their language and go live only when that
language's moderators approve them; every other door stays shut."""

from io import StringIO
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Locale, TaskState
from wagtail_localize.models import StringSegment, Translation

from hub.resources.models import Person, PolicyPaperPage

User = get_user_model()
ARABIC_TITLE = "حافظوا على قوة التشفير"


class TranslationReviewTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=StringIO())
        cls.users = {user.username: user for user in User.objects.all()}
        # Published in English only in the demo.
        cls.paper = PolicyPaperPage.objects.get(slug="keep-encryption-strong")
        cls.submit_url = f"/admin/localize/submit/page/{cls.paper.pk}/"

    def as_user(self, username):
        self.client.force_login(self.users[username])

    def offered_locales(self):
        form = self.client.get(self.submit_url).context["form"]
        return sorted(form.fields["locales"].queryset.values_list("language_code", flat=True))

    def create_arabic_translation(self):
        self.as_user("translator-ar")
        arabic = Locale.objects.get(language_code="ar")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(self.submit_url, {"locales": [arabic.pk]})
        self.assertEqual(response.status_code, 302)
        return PolicyPaperPage.objects.get(
            translation_key=self.paper.translation_key, locale=arabic
        )

    def translate_title(self, page):
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=page.locale
        )
        segment = StringSegment.objects.get(source=translation.source, context__path="title")
        # As the translation editor saves a segment: a form-encoded PUT.
        response = self.client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": ARABIC_TITLE}),
            content_type="application/x-www-form-urlencoded",
        )
        self.assertIn(response.status_code, (200, 201))

    def submit_for_review(self, page):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                f"/admin/pages/{page.pk}/edit/", {"action": "submit-for-review"}
            )

    def approve(self, username, page):
        self.as_user(username)
        state = TaskState.objects.get(
            workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
        )
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {"comment": ""}
            )

    def test_translators_are_offered_their_own_language_only(self):
        self.as_user("translator-ar")
        self.assertEqual(self.offered_locales(), ["ar"])
        self.as_user("translator-he")
        self.assertEqual(self.offered_locales(), ["he"])
        self.as_user("editor")
        self.assertEqual(self.offered_locales(), ["ar", "he"])
        self.as_user("moderator")
        self.assertEqual(self.offered_locales(), ["ar", "he"])

    def test_a_translator_cannot_create_a_translation_into_another_language(self):
        self.as_user("translator-ar")
        hebrew = Locale.objects.get(language_code="he")
        response = self.client.post(self.submit_url, {"locales": [hebrew.pk]})
        # Refused as Wagtail's admin refuses: back to the dashboard, with a message.
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)
        self.assertFalse(
            PolicyPaperPage.objects.filter(
                translation_key=self.paper.translation_key, locale=hebrew
            ).exists()
        )

    def test_translation_is_reviewed_by_the_languages_moderators_before_it_goes_live(self):
        arabic = self.create_arabic_translation()
        self.assertFalse(arabic.live)
        self.translate_title(arabic)
        mail.outbox.clear()
        response = self.submit_for_review(arabic)
        self.assertEqual(response.status_code, 302)
        arabic.refresh_from_db()
        self.assertFalse(arabic.live)
        self.assertEqual(arabic.current_workflow_state.status, "in_progress")
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn("moderator-ar@localhost", recipients)
        self.assertNotIn("moderator@localhost", recipients)
        self.assertEqual(self.client.get(arabic.url).status_code, 404)

        self.approve("moderator", arabic)
        arabic.refresh_from_db()
        self.assertFalse(arabic.live)

        self.approve("moderator-ar", arabic)
        arabic.refresh_from_db()
        self.assertTrue(arabic.live)
        self.assertEqual(arabic.title, ARABIC_TITLE)
        self.assertContains(self.client.get(arabic.url), f"<h1>{ARABIC_TITLE}</h1>", html=True)

    def test_a_translator_cannot_publish_directly(self):
        arabic = self.create_arabic_translation()
        self.translate_title(arabic)
        response = self.client.post(f"/admin/pages/{arabic.pk}/edit/", {"action": "publish"})
        self.assertNotEqual(response.status_code, 200)
        arabic.refresh_from_db()
        self.assertFalse(arabic.live)

    def test_the_translation_editor_offers_submit_for_review(self):
        arabic = self.create_arabic_translation()
        response = self.client.get(f"/admin/pages/{arabic.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, 'name="action" value="submit-for-review"')
        self.assertContains(response, "js-translation-editor")

    def test_syncing_does_not_publish_for_a_translator(self):
        arabic = self.create_arabic_translation()
        self.translate_title(arabic)
        self.submit_for_review(arabic)
        self.approve("moderator-ar", arabic)
        arabic.refresh_from_db()
        live_revision = arabic.live_revision_id

        self.paper.title = "Keep encryption strong: updated"
        self.paper.save_revision(user=self.users["moderator"]).publish()
        self.as_user("translator-ar")
        source_id = Translation.objects.get(
            target_locale=arabic.locale, source__object_id=arabic.translation_key
        ).source_id
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/localize/update/{source_id}/", {"publish_translations": "on"}
            )
        self.assertEqual(response.status_code, 302)
        arabic.refresh_from_db()
        self.assertEqual(arabic.live_revision_id, live_revision)


class SnippetTranslationReviewTests(TestCase):
    """A translated biography goes live only when the moderators of its language approve it."""

    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=StringIO())
        cls.users = {user.username: user for user in User.objects.all()}
        cls.person = Person(
            locale=Locale.get_default(),
            name="Hana Saleh",
            role="Digital security trainer",
            bio="Hana trains journalists to protect their sources.",
        )
        cls.person.save()
        cls.person.save_revision(user=cls.users["editor"]).publish()

    def test_translated_biography_is_reviewed_before_it_goes_live(self):
        self.client.force_login(self.users["translator-ar"])
        arabic = Locale.objects.get(language_code="ar")
        response = self.client.post(
            f"/admin/localize/submit/snippet/resources/person/{self.person.pk}/",
            {"locales": [arabic.pk]},
        )
        self.assertEqual(response.status_code, 302)
        translated = Person.objects.get(translation_key=self.person.translation_key, locale=arabic)
        self.assertFalse(translated.live)

        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/snippets/resources/person/edit/{translated.pk}/",
                {"action": "submit-for-review"},
            )
        self.assertEqual(response.status_code, 302)
        translated.refresh_from_db()
        self.assertFalse(translated.live)
        state = TaskState.objects.get(
            workflow_state__object_id=str(translated.pk), status=TaskState.STATUS_IN_PROGRESS
        )
        self.assertIn(state, TaskState.objects.reviewable_by(self.users["moderator-ar"]))
        self.assertNotIn(state, TaskState.objects.reviewable_by(self.users["moderator"]))

        self.client.force_login(self.users["moderator-ar"])
        with self.captureOnCommitCallbacks(execute=True):
            self.client.post(
                f"/admin/snippets/resources/person/workflow/action/{translated.pk}/approve/{state.pk}/",
                {"comment": ""},
            )
        translated.refresh_from_db()
        self.assertTrue(translated.live)
