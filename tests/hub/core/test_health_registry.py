"""/healthz/ reports what the site's parts register with hub.core.health: the ground floor
knows none of them (search registers its engine and outbox from its AppConfig)."""

from unittest import mock

from django.db import OperationalError
from django.test import TestCase

from hub.core import health


def database_down():
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("connection refused"),
    )


class HealthRegistryTests(TestCase):
    def setUp(self):
        registered = dict(health._checks)
        self.addCleanup(lambda: (health._checks.clear(), health._checks.update(registered)))

    def test_search_registers_its_engine_and_outbox_in_that_order(self):
        report = self.client.get("/healthz/").json()
        self.assertEqual(list(report), ["status", "database", "search", "search_outbox"])

    def test_a_registered_part_that_is_not_ok_makes_the_site_degraded_not_down(self):
        health.register_health_check("mail", lambda: {"status": "unavailable"})
        response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 200)
        report = response.json()
        self.assertEqual(report["status"], "degraded")
        self.assertEqual(report["mail"], {"status": "unavailable"})

    def test_a_part_that_reads_the_database_is_not_asked_while_it_is_down(self):
        reads_the_database = mock.Mock(return_value={"status": "ok"})
        health.register_health_check("queue", reads_the_database, needs_database=True)
        with database_down():
            response = self.client.get("/healthz/")
        self.assertEqual(response.status_code, 503)
        self.assertNotIn("queue", response.json())
        self.assertIn("search", response.json())
        reads_the_database.assert_not_called()

    def test_registering_a_name_again_replaces_its_check(self):
        health.register_health_check("search", lambda: {"status": "ok", "engine": "stand-in"})
        self.assertEqual(self.client.get("/healthz/").json()["search"]["engine"], "stand-in")
