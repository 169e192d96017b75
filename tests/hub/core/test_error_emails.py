"""Error e-mails to the administrators: one per distinct error per ERROR_EMAIL_INTERVAL, so that
no client, by repeating or varying a request that fails, can flood their mailbox."""

import time
from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.test import TestCase, override_settings

from search import service
from search.engines.base import SearchEngineError
from tests.home.factories import build_home_tree
from tests.hub.resources.factories import build_library_tree


@override_settings(
    ROOT_URLCONF="tests.hub.core.error_urls",
    ADMINS=[("Operators", "ops@example.org")],
    ERROR_EMAIL_INTERVAL=600,
)
class ErrorEmailRateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()

    def setUp(self):
        cache.clear()
        self.client.raise_request_exception = False

    def request_failing(self, kind, case):
        self.assertEqual(self.client.get(f"/fails/{kind}/{case}/").status_code, 500)

    def subjects(self):
        return [message.subject for message in mail.outbox]

    def test_the_same_error_is_mailed_once_whatever_the_address(self):
        for attempt in range(100):
            # Each under another address and query: the error is the same.
            self.client.get(f"/fails/divide/{attempt}/?q=تسريب{attempt}")
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("/fails/divide/0/", mail.outbox[0].subject)
        self.assertIn("ZeroDivisionError", mail.outbox[0].body)

    def test_a_different_error_gets_its_own_email(self):
        for attempt in range(5):
            self.request_failing("divide", attempt)
            self.request_failing("lookup", attempt)
        self.assertEqual(len(mail.outbox), 2)
        bodies = "\n".join(message.body for message in mail.outbox)
        self.assertIn("ZeroDivisionError", bodies)
        self.assertIn("KeyError", bodies)

    @override_settings(ERROR_EMAIL_INTERVAL=1)
    def test_after_the_interval_the_error_is_mailed_again(self):
        self.request_failing("divide", "first")
        self.request_failing("divide", "second")
        self.assertEqual(len(mail.outbox), 1)
        time.sleep(1.1)
        self.request_failing("divide", "after-the-interval")
        self.assertEqual(len(mail.outbox), 2)
        self.assertIn("/fails/divide/after-the-interval/", mail.outbox[1].subject)

    def test_a_refused_host_is_mailed_once(self):
        # Django reports a forged Host header on django.security, an error e-mail by default.
        for attempt in range(20):
            response = self.client.get("/en/", headers={"host": f"attacker-{attempt}.example"})
            self.assertEqual(response.status_code, 400)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Invalid HTTP_HOST header", mail.outbox[0].subject)


@override_settings(
    ADMINS=[("Operators", "ops@example.org")],
    ERROR_EMAIL_INTERVAL=600,
    SEARCH_API_RATE="100000/min",
    SEARCH_PAGE_RATE="100000/min",
)
class ServiceUnavailableEmailTests(TestCase):
    """A 503 has no exception: Django logs the answer itself, for every request."""

    @classmethod
    def setUpTestData(cls):
        build_library_tree()

    def setUp(self):
        cache.clear()

    def test_the_search_engine_down_is_mailed_once(self):
        down = SearchEngineError("Connection refused")
        with mock.patch.object(service, "search", side_effect=down):
            for query in ("رقابة", "מעקב", "surveillance"):
                for language in ("en", "ar", "he"):
                    response = self.client.get(f"/{language}/library/", {"q": query})
                    self.assertEqual(response.status_code, 503)
                    response = self.client.get("/api/search/", {"q": query, "lang": language})
                    self.assertEqual(response.status_code, 503)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn("Service Unavailable", mail.outbox[0].subject)
