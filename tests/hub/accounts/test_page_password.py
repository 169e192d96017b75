"""Wagtail's page-password form (hub.accounts.page_password) limits guesses per restriction and
client: past the limit the form comes back with a 429, Retry-After and a message in the
reader's language, and not even the right password opens the page until the window has passed;
other restrictions and other clients are not affected."""

import re
import time
from unittest import mock

from django.conf import settings
from django.core.cache import cache
from django.test import TestCase
from wagtail.models import PageViewRestriction

from tests.hub.resources.factories import build_library_tree

PASSWORD = "zaytoun-harvest-2026"
PAPER_PASSWORD = "olive-press-in-jenin"
DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}
PASSWORD_HEADINGS = {"en": "Password required", "ar": "كلمة المرور مطلوبة", "he": "נדרשת סיסמה"}
PAUSED = {
    "en": "Too many wrong passwords were tried for this page. Please try again in 15 minutes.",
    "ar": "جُرِّبت كلمات مرور خاطئة كثيرة لهذه الصفحة. يرجى المحاولة مجددًا بعد 15 دقيقة.",
    "he": "נוסו יותר מדי סיסמאות שגויות לדף הזה. אפשר לנסות שוב בעוד 15 דקות.",
}
WRONG_PASSWORD = {
    "en": "The password you have entered is not correct. Please try again.",
    "ar": "كلمة المرور التي أدخلتها غير صحيحة. يرجى المحاولة مرة أخرى.",
    "he": "הסיסמה שהוזנה שגויה. נא לנסות שוב.",
}
OTHER_CLIENT = {"REMOTE_ADDR": "192.0.2.77"}


def action_url(html):
    return re.search(r'<form action="([^"]+)" method="post">', html).group(1)


class PagePasswordLimitTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_library_tree()
        cls.reports = tree["reports"]
        cls.paper = tree["papers"]["en"]
        for page in cls.reports.values():
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
            )
        PageViewRestriction.objects.create(
            page=cls.paper, restriction_type=PageViewRestriction.PASSWORD, password=PAPER_PASSWORD
        )

    def setUp(self):
        cache.clear()

    def try_password(self, page, password, client=None, **headers):
        """Posts the page's password form (its address, as the form's action gives it)."""
        action = f"/{page.locale.language_code}/_util/authenticate_with_password/"
        action += f"{page.view_restrictions.get().pk}/{page.pk}/"
        return (client or self.client).post(
            action, {"password": password, "return_url": page.url}, **headers
        )

    def guess(self, page, times, **headers):
        return [
            self.try_password(page, f"zaytoun-{number}", **headers).status_code
            for number in range(times)
        ]

    def assertPaused(self, response, language, page):
        self.assertEqual(response.status_code, 429)
        self.assertTrue(0 < int(response["Retry-After"]) <= 15 * 60)
        self.assertIn("no-store", response["Cache-Control"])
        html = response.content.decode()
        self.assertIn(f'<html lang="{language}" dir="{DIRECTION[language]}">', html)
        self.assertIn(f"<h1>{PASSWORD_HEADINGS[language]}</h1>", html)
        self.assertIn(PAUSED[language], html)
        self.assertNotIn(WRONG_PASSWORD[language], html)
        # The form is the page's own, to try again later; nothing of the page is on it.
        self.assertEqual(action_url(html), action_url(self.client.get(page.url).content.decode()))
        self.assertNotIn(page.title, html)
        self.assertNotIn(PASSWORD, html)

    def assertOpens(self, response, page, client=None):
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], page.url)
        opened = (client or self.client).get(page.url)
        self.assertIn(f"<h1>{page.title}</h1>", opened.content.decode())

    def test_after_100_wrong_passwords_the_right_one_is_refused_until_the_window_passes(self):
        page = self.reports["ar"]
        limit = settings.PAGE_PASSWORD_FAILURE_LIMIT
        statuses = self.guess(page, 100)
        self.assertEqual(statuses, [200] * (limit - 1) + [429] * (100 - limit + 1))
        self.assertPaused(self.try_password(page, PASSWORD), "ar", page)
        self.assertNotIn(page.title, self.client.get(page.url).content.decode())
        later = time.time() + settings.AXES_COOLOFF_TIME.total_seconds() + 1
        with mock.patch("time.time", return_value=later):
            self.assertOpens(self.try_password(page, PASSWORD), page)

    def test_wrong_passwords_below_the_limit_are_refused_as_wrong(self):
        page = self.reports["he"]
        response = self.try_password(page, "zaytoun")
        self.assertEqual(response.status_code, 200)
        self.assertIn(WRONG_PASSWORD["he"], response.content.decode())
        self.assertOpens(self.try_password(page, PASSWORD), page)

    def test_the_message_is_in_the_readers_language(self):
        limit = settings.PAGE_PASSWORD_FAILURE_LIMIT
        for language, page in self.reports.items():
            with self.subTest(language=language):
                statuses = self.guess(page, limit)
                self.assertEqual(statuses, [200] * (limit - 1) + [429])
                self.assertPaused(self.try_password(page, PASSWORD), language, page)

    def test_another_restriction_and_another_client_are_not_affected(self):
        self.guess(self.reports["en"], 100)
        self.assertEqual(self.try_password(self.reports["en"], PASSWORD).status_code, 429)
        # Another restriction, from the same client.
        self.assertOpens(self.try_password(self.paper, PAPER_PASSWORD), self.paper)
        # The same restriction, from another client.
        other = self.client_class()
        self.assertOpens(
            self.try_password(self.reports["en"], PASSWORD, client=other, **OTHER_CLIENT),
            self.reports["en"],
            client=other,
        )

    def test_a_forged_x_forwarded_for_does_not_escape_the_limit(self):
        limit = settings.PAGE_PASSWORD_FAILURE_LIMIT
        statuses = [
            self.try_password(
                self.reports["en"], "zaytoun", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}"
            ).status_code
            for number in range(limit + 1)
        ]
        self.assertEqual(statuses, [200] * (limit - 1) + [429, 429])

    def test_reading_the_form_is_not_limited(self):
        self.guess(self.reports["en"], 100)
        self.assertEqual(self.client.get(self.reports["en"].url).status_code, 200)
