"""/healthz/: what container probes and operators see."""

from unittest import mock

from django.db import OperationalError
from django.test import TestCase, override_settings

from search.engines import get_search_engine
from search.models import IndexOutboxEntry


def database_down():
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("connection refused"),
    )


class HealthCheckTests(TestCase):
    def test_healthy_site_reports_database_and_search_engine(self):
        response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        self.assertEqual(response["Cache-Control"], "no-store")
        report = response.json()
        self.assertEqual(report["status"], "ok")
        self.assertEqual(report["database"]["status"], "ok")
        self.assertEqual(report["search"]["engine"], get_search_engine().name)
        self.assertEqual(report["search"]["status"], "ok")
        self.assertEqual(report["search_outbox"], {"status": "ok", "pending": 0, "failed": 0})

    def test_changes_the_search_index_could_not_take_are_reported(self):
        IndexOutboxEntry.objects.create(page_id=41, reason="publish")
        IndexOutboxEntry.objects.create(
            page_id=42, reason="publish", attempts=3, last_error="Connection refused"
        )
        IndexOutboxEntry.objects.create(page_id=43, reason="move", status="done")
        response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 200)
        report = response.json()
        self.assertEqual(report["status"], "degraded")
        self.assertEqual(report["search_outbox"], {"status": "failing", "pending": 2, "failed": 1})
        self.assertNotIn("Connection refused", response.content.decode())

    def test_database_down_gives_503(self):
        with database_down():
            response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 503)
        report = response.json()
        self.assertEqual(report["status"], "unavailable")
        self.assertEqual(report["database"], {"status": "unavailable"})
        self.assertNotIn("search_outbox", report)
        self.assertNotIn("connection refused", response.content.decode())

    @override_settings(
        SEARCH_ENGINE="search.engines.elasticsearch.ElasticsearchSearchEngine",
        ELASTICSEARCH_URL="http://127.0.0.1:9",
    )
    def test_search_down_is_reported_but_the_site_stays_up(self):
        response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 200)
        report = response.json()
        self.assertEqual(report["status"], "degraded")
        self.assertEqual(report["search"], {"engine": "elasticsearch", "status": "unavailable"})

    @override_settings(SECURE_SSL_REDIRECT=True, ALLOWED_HOSTS=["hub.example.org"])
    def test_answers_plain_http_probes_from_any_host_when_https_redirects_are_on(self):
        response = self.client.get("/healthz/", headers={"host": "127.0.0.1:8000"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["status"], "ok")
        # Everything else is still redirected to HTTPS.
        page = self.client.get("/en/", headers={"host": "hub.example.org"})
        self.assertEqual(page.status_code, 301)
        self.assertEqual(page["Location"], "https://hub.example.org/en/")

    def test_head_is_answered_and_other_methods_are_refused(self):
        self.assertEqual(self.client.head("/healthz/").status_code, 200)
        response = self.client.post("/healthz/")
        self.assertEqual(response.status_code, 405)
        self.assertEqual(response["Allow"], "GET, HEAD")
