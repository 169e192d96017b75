"""Editors, moderators and translators through the "Publication review" workflow, with the
demo site and its demo users (one per role)."""

import datetime
from io import StringIO

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Page, TaskState, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.resources.models import Person, ResearchReportPage, ResourceLibraryPage

User = get_user_model()


def report_form(title, slug, person, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Twelve news pages lost half their reach after October.",
            "publication_date": "2026-09-01",
            "authors": inline_formset([{"person": person.pk}]),
            "topics": inline_formset([]),
            "regions": inline_formset([{"region": "PS"}]),
            "downloads": inline_formset([]),
            "related_publications": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Reach fell by half.</p>"))]),
            "key_findings": streamfield([]),
            "methodology": rich_text(""),
            "comments": inline_formset([]),
            action: action.removeprefix("action-"),
        }
    )


class ReviewWorkflowTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo", stdout=StringIO())
        cls.users = {user.username: user for user in User.objects.all()}
        cls.libraries = {
            library.locale.language_code: library for library in ResourceLibraryPage.objects.all()
        }
        cls.lina = Person.objects.get(locale__language_code="en", name="Lina Haddad")

    def as_user(self, username):
        self.client.force_login(self.users[username])

    def submit_new_report(self, slug="shadow-banned"):
        self.as_user("editor")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/pages/add/resources/researchreportpage/{self.libraries['en'].pk}/",
                report_form("Shadow-banned news pages", slug, self.lina, "action-submit"),
            )
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        return ResearchReportPage.objects.get(slug=slug)

    def task_state(self, page):
        return TaskState.objects.get(
            workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
        )

    def approve(self, username, page):
        self.as_user(username)
        state = self.task_state(page)
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(
                f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {"comment": ""}
            )

    def test_every_library_has_the_publication_review_workflow(self):
        for language, library in self.libraries.items():
            with self.subTest(language=language):
                self.assertEqual(library.get_workflow().name, "Publication review")
        self.assertEqual(Workflow.objects.filter(name="Publication review").count(), 1)

    def test_editor_submits_moderator_is_told_and_approves_and_it_goes_live(self):
        mail.outbox.clear()
        report = self.submit_new_report()
        self.assertFalse(report.live)
        self.assertEqual(report.current_workflow_state.status, "in_progress")
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn("moderator@localhost", recipients)
        self.assertNotIn("moderator-ar@localhost", recipients)
        self.assertNotIn("translator-ar@localhost", recipients)

        response = self.approve("moderator", report)
        self.assertEqual(response.status_code, 302)
        report.refresh_from_db()
        self.assertTrue(report.live)
        self.assertEqual(self.client.get("/en/library/shadow-banned/").status_code, 200)

    def test_editor_edits_and_resubmits_while_the_live_version_stays(self):
        report = self.submit_new_report()
        self.approve("moderator", report)
        self.as_user("editor")
        data = report_form(
            "Shadow-banned news pages, revised", "shadow-banned", self.lina, "action-submit"
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(f"/admin/pages/{report.pk}/edit/", data)
        self.assertEqual(response.status_code, 302)
        report.refresh_from_db()
        self.assertEqual(report.title, "Shadow-banned news pages")
        self.assertEqual(report.current_workflow_state.status, "in_progress")
        self.approve("moderator", report)
        report.refresh_from_db()
        self.assertEqual(report.title, "Shadow-banned news pages, revised")

    def test_a_moderator_of_another_language_cannot_approve(self):
        report = self.submit_new_report()
        self.approve("moderator-ar", report)
        report.refresh_from_db()
        self.assertFalse(report.live)
        self.assertEqual(self.task_state(report).status, TaskState.STATUS_IN_PROGRESS)

    def test_arabic_content_is_approved_by_arabic_moderators_only(self):
        arabic = ResearchReportPage.objects.get(
            locale__language_code="ar", slug="erased-in-real-time"
        )
        arabic.title = "محو فوري: نسخة منقحة"
        revision = arabic.save_revision(user=self.users["translator-ar"])
        with self.captureOnCommitCallbacks(execute=True):
            arabic.get_workflow().start(arabic, self.users["translator-ar"])
        task = self.task_state(arabic).task.specific
        self.assertEqual(task.get_actions(arabic, self.users["moderator"]), [])
        self.assertTrue(task.get_actions(arabic, self.users["moderator-ar"]))
        self.assertNotIn(
            self.task_state(arabic), TaskState.objects.reviewable_by(self.users["moderator"])
        )
        self.assertIn(
            self.task_state(arabic), TaskState.objects.reviewable_by(self.users["moderator-ar"])
        )
        self.approve("moderator", arabic)
        arabic.refresh_from_db()
        self.assertNotEqual(arabic.live_revision_id, revision.pk)
        self.approve("moderator-ar", arabic)
        arabic.refresh_from_db()
        self.assertEqual(arabic.live_revision_id, revision.pk)
        self.assertEqual(arabic.title, "محو فوري: نسخة منقحة")

    def submit_as(self, username, language, slug, title):
        self.as_user(username)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/pages/add/resources/researchreportpage/{self.libraries[language].pk}/",
                report_form(title, slug, self.lina, "action-submit"),
            )
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        return ResearchReportPage.objects.get(slug=slug, locale__language_code=language)

    def assert_cannot_approve(self, username, page):
        state = self.task_state(page)
        user = self.users[username]
        self.assertEqual(state.task.specific.get_actions(page, user), [])
        self.assertNotIn(state, TaskState.objects.reviewable_by(user))
        self.as_user(username)
        self.assertNotContains(self.client.get("/admin/"), f"/approve/{state.pk}/")
        response = self.approve(username, page)
        self.assertIn(response.status_code, (302, 403))
        page.refresh_from_db()
        self.assertFalse(page.live)
        self.assertEqual(self.task_state(page).status, TaskState.STATUS_IN_PROGRESS)

    def test_a_moderator_cannot_approve_their_own_submission_administrators_can(self):
        mail.outbox.clear()
        report = self.submit_as("moderator", "en", "own-submission", "Blocked at the border")
        recipients = {address for message in mail.outbox for address in message.to}
        # The language's only other reviewer is an administrator: they are told.
        self.assertIn("admin@localhost", recipients)
        self.assertNotIn("moderator@localhost", recipients)
        self.assert_cannot_approve("moderator", report)
        self.assertEqual(self.approve("admin", report).status_code, 302)
        report.refresh_from_db()
        self.assertTrue(report.live)

    def test_a_second_moderator_of_the_language_approves_a_moderators_submission(self):
        second = User.objects.create_user("moderator-ar-2", "moderator-ar-2@localhost", "x")
        second.groups.add(*self.users["moderator-ar"].groups.all())
        self.users["moderator-ar-2"] = second
        mail.outbox.clear()
        report = self.submit_as("moderator-ar", "ar", "own-arabic", "حجب على الحدود")
        recipients = {address for message in mail.outbox for address in message.to}
        self.assertIn("moderator-ar-2@localhost", recipients)
        self.assertNotIn("moderator-ar@localhost", recipients)
        self.assert_cannot_approve("moderator-ar", report)
        self.assertEqual(self.approve("moderator-ar-2", report).status_code, 302)
        report.refresh_from_db()
        self.assertTrue(report.live)

    def test_a_reviewer_who_resubmits_their_own_changes_cannot_approve_them(self):
        report = self.submit_new_report(slug="changes-requested")
        self.as_user("moderator")
        state = self.task_state(report)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                f"/admin/pages/workflow/action/{report.pk}/reject/{state.pk}/",
                {"comment": "Name the platforms."},
            )
        self.assertEqual(response.status_code, 302)
        data = report_form(
            "Shadow-banned news pages on three platforms",
            "changes-requested",
            self.lina,
            "action-submit",
        )
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(f"/admin/pages/{report.pk}/edit/", data)
        self.assertEqual(response.status_code, 302, response.content.decode()[:2000])
        report.refresh_from_db()
        self.assertEqual(report.current_workflow_state.status, "in_progress")
        self.assert_cannot_approve("moderator", report)
        self.assertEqual(self.approve("admin", report).status_code, 302)
        report.refresh_from_db()
        self.assertEqual(report.title, "Shadow-banned news pages on three platforms")

    def test_an_administrator_cannot_approve_their_own_submission(self):
        report = self.submit_as("admin", "en", "admin-submission", "Spyware at the checkpoint")
        self.assert_cannot_approve("admin", report)
        self.assertEqual(self.approve("moderator", report).status_code, 302)
        report.refresh_from_db()
        self.assertTrue(report.live)

    def test_an_editors_crafted_publish_leaves_the_page_unpublished(self):
        self.as_user("editor")
        response = self.client.post(
            f"/admin/pages/add/resources/researchreportpage/{self.libraries['en'].pk}/",
            report_form("Crafted", "crafted", self.lina, "action-publish"),
        )
        self.assertIn(response.status_code, (302, 403))
        page = ResearchReportPage.objects.filter(slug="crafted").first()
        self.assertTrue(page is None or not page.live)

    def test_translators_and_editors_stay_in_their_own_tree(self):
        english = ResearchReportPage.objects.get(locale__language_code="en", slug="unchecked")
        hebrew = ResearchReportPage.objects.get(locale__language_code="he", slug="unchecked")
        arabic = ResearchReportPage.objects.get(locale__language_code="ar", slug="unchecked")
        for username, page, allowed in (
            ("translator-ar", english, False),
            ("translator-ar", hebrew, False),
            ("translator-ar", arabic, True),
            ("editor", arabic, False),
            ("moderator-ar", english, False),
        ):
            with self.subTest(user=username, page=page.url):
                self.as_user(username)
                perms = page.permissions_for_user(self.users[username])
                self.assertEqual(perms.can_edit(), allowed)
                if not allowed:
                    response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                    self.assertIn(response.status_code, (302, 403))
                    self.assertNotEqual(response.status_code, 200)

    def test_nobody_but_moderators_can_publish(self):
        arabic_library = self.libraries["ar"]
        for username, can_publish in (
            ("editor", False),
            ("translator-ar", False),
            ("moderator", False),
            ("moderator-ar", True),
            ("admin", True),
        ):
            with self.subTest(user=username):
                perms = arabic_library.permissions_for_user(self.users[username])
                self.assertEqual(perms.can_publish(), can_publish)

    def test_snippets_in_the_translators_language_only(self):
        arabic_lina = Person.objects.get(
            locale__language_code="ar", translation_key=self.lina.translation_key
        )
        self.as_user("translator-ar")
        listing = self.client.get("/admin/snippets/resources/person/")
        self.assertContains(listing, "لينا حداد")
        self.assertNotContains(listing, "Lina Haddad")
        self.assertEqual(
            self.client.get(f"/admin/snippets/resources/person/edit/{arabic_lina.pk}/").status_code,
            200,
        )
        for refused in (
            f"/admin/snippets/resources/person/edit/{self.lina.pk}/",
            f"/admin/snippets/resources/person/delete/{self.lina.pk}/",
            "/admin/snippets/resources/person/add/?locale=en",
            "/admin/snippets/resources/person/add/?locale=he",
        ):
            with self.subTest(path=refused):
                self.assertNotEqual(self.client.get(refused).status_code, 200)
        self.assertEqual(
            self.client.get("/admin/snippets/resources/person/add/?locale=ar").status_code, 200
        )
        self.as_user("editor")
        self.assertEqual(
            self.client.get(f"/admin/snippets/resources/person/edit/{self.lina.pk}/").status_code,
            200,
        )
        arabic_edit = f"/admin/snippets/resources/person/edit/{arabic_lina.pk}/"
        self.assertNotEqual(self.client.get(arabic_edit).status_code, 200)

    def test_scheduled_publishing(self):
        report = self.submit_new_report(slug="scheduled-report")
        self.approve("moderator", report)
        report.refresh_from_db()
        report.title = "Published on schedule"
        revision = report.save_revision(
            user=self.users["moderator"],
            approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1),
        )
        self.assertNotEqual(Page.objects.get(pk=report.pk).title, "Published on schedule")
        call_command("publish_scheduled", stdout=StringIO())
        report.refresh_from_db()
        self.assertEqual(report.title, "Published on schedule")
        self.assertEqual(report.live_revision_id, revision.pk)
