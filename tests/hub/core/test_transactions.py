"""Each request that may write is one transaction and a read is none (hub.core.transactions):
a failed POST leaves nothing behind, a publish and its search outbox entry commit together or
not at all, and an editor whose submit fails finds what they typed when they reopen the page
(Wagtail 8's autosave revision). The lock itself: test_sqlite_concurrency."""

import html

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import OperationalError, connection
from django.test import Client, TestCase, override_settings
from django.utils.module_loading import import_string

from hub.resources.models import ResearchReportPage
from search.models import IndexOutboxEntry
from tests.hub.core import transaction_urls
from tests.hub.core.editing_site import DOWNLOAD_LABEL, build_document, form_ids, report_form
from tests.hub.resources.factories import build_library_tree

MIDDLEWARE = "hub.core.transactions.AtomicWriteRequestsMiddleware"


@override_settings(ROOT_URLCONF="tests.hub.core.transaction_urls")
class RequestTransactionTests(TestCase):
    def setUp(self):
        self.client = Client(raise_request_exception=False)

    def depth(self, method):
        response = getattr(self.client, method)("/transaction-depth/")
        self.assertEqual(response.status_code, 200)
        # The test itself runs in a transaction: count the blocks the request adds to it.
        return response.json()["atomic_blocks"] - len(connection.atomic_blocks)

    def test_reads_run_in_no_transaction_and_writes_in_one(self):
        for method in ("get", "options", "trace"):
            with self.subTest(method=method):
                self.assertEqual(self.depth(method), 0)
        for method in ("post", "put", "patch", "delete"):
            with self.subTest(method=method):
                self.assertEqual(self.depth(method), 1)

    def test_a_write_request_that_fails_leaves_nothing_behind(self):
        response = self.client.post("/add-group-then-fail/?name=مراجعو الأرشيف")
        self.assertEqual(response.status_code, 500)
        self.assertFalse(Group.objects.filter(name="مراجعو الأرشيف").exists())

    def test_a_read_and_a_view_marked_non_atomic_keep_what_they_wrote(self):
        response = self.client.get("/add-group-then-fail/?name=צוות הארכיון")
        self.assertEqual(response.status_code, 500)
        self.assertTrue(Group.objects.filter(name="צוות הארכיון").exists())
        response = self.client.post("/add-group-then-fail-in-autocommit/?name=مراجعو الأرشيف")
        self.assertEqual(response.status_code, 500)
        self.assertTrue(Group.objects.filter(name="مراجعو الأرشيف").exists())

    def test_a_view_that_answers_nothing_is_an_error_and_runs_once(self):
        transaction_urls.answers_nothing_calls.clear()
        self.assertEqual(self.client.post("/answer-nothing/").status_code, 500)
        self.assertEqual(transaction_urls.answers_nothing_calls, ["POST"])


class MiddlewareOrderTests(TestCase):
    def test_it_comes_after_every_middleware_with_a_process_view(self):
        """It calls the view itself: a process_view after it (CSRF's check) would never run."""
        position = settings.MIDDLEWARE.index(MIDDLEWARE)
        with_process_view = [
            name
            for name in settings.MIDDLEWARE
            if name != MIDDLEWARE and hasattr(import_string(name), "process_view")
        ]
        self.assertIn("django.middleware.csrf.CsrfViewMiddleware", with_process_view)
        for name in with_process_view:
            self.assertLess(settings.MIDDLEWARE.index(name), position, name)
        self.assertFalse(settings.DATABASES["default"]["ATOMIC_REQUESTS"])

    def test_no_middleware_waits_for_the_exceptions_of_views(self):
        """A `process_exception` would not see what a view called from this middleware raises."""
        with_process_exception = [
            name
            for name in settings.MIDDLEWARE
            if hasattr(import_string(name), "process_exception")
        ]
        self.assertEqual(with_process_exception, [])


def refuse_outbox_writes(execute, sql, params, many, context):
    """The database as an overlapping writer leaves it: the search outbox cannot be written."""
    if sql.startswith("INSERT") and IndexOutboxEntry._meta.db_table in sql:
        raise OperationalError("database is locked")
    return execute(sql, params, many, context)


class LostWorkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_library_tree()
        cls.report = tree["reports"]["en"]
        cls.ids = form_ids(tree, build_document())
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def setUp(self):
        self.client = Client(raise_request_exception=False)
        self.client.force_login(self.admin)
        self.edit_url = f"/admin/pages/{self.report.pk}/edit/"

    def test_what_the_editor_typed_survives_a_publish_that_fails(self):
        autosave = self.client.post(
            self.edit_url, report_form(self.ids, draft=7), headers={"Accept": "application/json"}
        )
        self.assertEqual(autosave.status_code, 200)
        self.assertTrue(autosave.json()["success"])
        entries = IndexOutboxEntry.objects.count()
        live_revision = ResearchReportPage.objects.get(pk=self.report.pk).live_revision_id

        with connection.execute_wrapper(refuse_outbox_writes):
            publish = self.client.post(self.edit_url, report_form(self.ids, 8, "publish"))
        self.assertEqual(publish.status_code, 500)
        # The publish and its outbox entry went together: nothing of either was kept.
        live = ResearchReportPage.objects.get(pk=self.report.pk)
        self.assertEqual(live.live_revision_id, live_revision)
        self.assertFalse(live.downloads.exists())
        self.assertEqual(IndexOutboxEntry.objects.count(), entries)

        reopened = self.client.get(self.edit_url)
        self.assertEqual(reopened.status_code, 200)
        page = html.unescape(reopened.content.decode())
        self.assertIn(f'value="{DOWNLOAD_LABEL.format(draft=7)}"', page)
        self.assertIn('<option value="ar" selected>', page)
