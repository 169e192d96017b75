"""Security headers, the Content-Security-Policy, and privacy of logs and error reports."""

import logging
import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase, override_settings

from tests.home.factories import build_home_tree
from tests.hub.resources.factories import build_library_tree


def csp_directives(response) -> dict[str, set[str]]:
    policy = response["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


class PublicSiteSecurityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()

    def test_public_pages_send_a_strict_content_security_policy(self):
        for path in ("/en/", "/ar/", "/he/", "/en/no-such-page/"):
            with self.subTest(path=path):
                directives = csp_directives(self.client.get(path))
                self.assertEqual(directives["default-src"], {"'self'"})
                self.assertEqual(directives["script-src"], {"'self'"})
                self.assertEqual(directives["style-src"], {"'self'"})
                self.assertEqual(directives["object-src"], {"'none'"})
                self.assertEqual(directives["frame-ancestors"], {"'self'"})
                every_source = set().union(*directives.values())
                self.assertFalse({s for s in every_source if "://" in s or s == "*"})

    def test_public_pages_have_no_inline_script_or_style_and_no_other_host(self):
        for path in ("/en/", "/ar/", "/he/"):
            with self.subTest(path=path):
                html = self.client.get(path).content.decode()
                self.assertNotRegex(html, r"<script(?![^>]*\bsrc=)[^>]*>")
                self.assertNotIn("<style", html)
                self.assertNotRegex(html, r"\sstyle=")
                self.assertNotRegex(html, r"\son[a-z]+=")
                self.assertNotRegex(html, r'(src|href)="(https?:)?//')

    def test_security_headers(self):
        response = self.client.get("/ar/")
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")
        self.assertEqual(response["Referrer-Policy"], "same-origin")
        self.assertEqual(response["X-Frame-Options"], "SAMEORIGIN")
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
            self.assertIn(feature, policy)


class AdminSecurityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser(
            "root", "root@localhost", "correct horse battery staple"
        )

    def test_admin_relaxes_only_inline_scripts_styles_and_blob_images(self):
        self.client.force_login(self.admin)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        directives = csp_directives(response)
        self.assertEqual(directives["script-src"], {"'self'", "'unsafe-inline'"})
        self.assertEqual(directives["style-src"], {"'self'", "'unsafe-inline'"})
        self.assertEqual(directives["img-src"], {"'self'", "data:", "blob:"})
        self.assertEqual(directives["default-src"], {"'self'"})
        self.assertEqual(directives["object-src"], {"'none'"})

    def test_admin_loads_nothing_from_another_host(self):
        self.client.force_login(self.admin)
        html = self.client.get("/admin/").content.decode()
        self.assertNotIn("gravatar", html)
        self.assertFalse(re.findall(r'src="(?:https?:)?//[^"]+"', html))
        self.assertFalse(re.findall(r'<link[^>]+href="(?:https?:)?//[^"]+"', html))


@override_settings(
    ROOT_URLCONF="tests.hub.core.urls",
    ADMINS=[("Operators", "ops@example.org")],
)
class ErrorReportPrivacyTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_home_tree()

    def setUp(self):
        self.client.raise_request_exception = False

    def test_error_report_email_has_no_ip_address_no_query_and_no_local_values(self):
        logger = logging.getLogger("django.request")
        records = []
        collector = logging.Handler(level=logging.ERROR)
        collector.emit = lambda record: records.append(logging.Formatter().format(record))
        logger.addHandler(collector)
        try:
            response = self.client.get(
                "/ar/crash/?q=تسريب+بيانات+الناشطين",
                REMOTE_ADDR="203.0.113.77",
                headers={"x-forwarded-for": "198.51.100.23", "referer": "https://x.example/"},
            )
        finally:
            logger.removeHandler(collector)
        self.assertEqual(response.status_code, 500)
        self.assertEqual(len(mail.outbox), 1)
        report = mail.outbox[0]
        text = report.subject + report.body + "".join(str(a[1]) for a in report.alternatives)
        self.assertIn("/ar/crash/", text)
        self.assertIn("RuntimeError", text)
        for private in ("203.0.113.77", "198.51.100.23", "تسريب", "%D8%AA", "x.example"):
            self.assertNotIn(private, text)
        logged = "\n".join(records)
        self.assertIn("/ar/crash/", logged)
        for private in ("203.0.113.77", "تسريب", "%D8%AA"):
            self.assertNotIn(private, logged)


class PublicationPageSecurityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_library_tree()

    def test_publication_pages_load_nothing_from_another_host_and_run_no_inline_script(self):
        for path in ("/ar/library/erased/", "/en/library/", "/he/library/erased/"):
            with self.subTest(path=path):
                html = self.client.get(path).content.decode()
                for script in re.findall(r"<script[^>]*>", html):
                    self.assertRegex(script, r'src="/static/|type="application/ld\+json"')
                self.assertNotIn("<style", html)
                self.assertNotRegex(html, r"\sstyle=")
                self.assertNotRegex(html, r'\ssrc="(https?:)?//')
                for link in re.findall(r'<link rel="(?:stylesheet|icon)"[^>]*>', html):
                    self.assertRegex(link, r'href="/static/')
