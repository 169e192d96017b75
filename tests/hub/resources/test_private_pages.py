"""Private publications answer with their password or login form, in the reader's language and
direction, to anyone not authorised and with the page to anyone who is: never a 500, on any
method, with DEBUG on or off. Previews work for every state of a publication. And no public
door of the site shows a private, draft or unpublished publication."""

import json
import re

import feedparser
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase, override_settings
from wagtail.models import PageViewRestriction, TaskState, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from hub.editorial.roles import setup_locales_and_roles
from hub.resources.models import PublicationTopic, RelatedPublication
from tests.hub.resources.factories import (
    ResearchReportPageFactory,
    TopicFactory,
    build_library_tree,
    translate,
)
from tests.search.factories import index_all_publications

User = get_user_model()

PASSWORD = "zaytoun-harvest-2026"
MEMBER_PASSWORD = "olive-press-in-jenin"
DIRECTION = {"en": "ltr", "ar": "rtl", "he": "rtl"}
PASSWORD_HEADINGS = {"en": "Password required", "ar": "كلمة المرور مطلوبة", "he": "נדרשת סיסמה"}
LOGIN_HEADINGS = {"en": "Log in", "ar": "تسجيل الدخول", "he": "התחברות"}
WRONG_PASSWORD = {
    "en": "The password you have entered is not correct. Please try again.",
    "ar": "كلمة المرور التي أدخلتها غير صحيحة. يرجى المحاولة مرة أخرى.",
    "he": "הסיסמה שהוזנה שגויה. נא לנסות שוב.",
}
NO_ACCESS = {
    "en": "Your account does not have access to this page.",
    "ar": "لا يملك حسابك صلاحية الوصول إلى هذه الصفحة.",
    "he": "לחשבון שלך אין גישה לדף הזה.",
}
NEW_TITLES = {
    "en": "Journalists under surveillance",
    "ar": "صحفيون تحت المراقبة",
    "he": "עיתונאים תחת מעקב",
}
SUMMARIES = {
    "en": "New limits on publishing reach independent journalists.",
    "ar": "قيود جديدة على النشر تطال الصحفيين المستقلين.",
    "he": "מגבלות חדשות על פרסום פוגעות בעיתונאים עצמאיים.",
}
DRAFT_TITLES = {
    "en": "Draft: journalists and the cybercrime law",
    "ar": "مسودة: الصحفيون في مواجهة قانون الجرائم الإلكترونية",
    "he": "טיוטה: עיתונאים מול חוק פשעי המחשב",
}
LIVE_TITLES = {
    "en": "Blocked news sites in 2025",
    "ar": "المواقع الإخبارية المحجوبة في 2025",
    "he": "אתרי חדשות חסומים ב־2025",
}
REVISED_TITLES = {
    "en": "Revised: blocked news sites in 2025",
    "ar": "نسخة منقّحة: المواقع الإخبارية المحجوبة في 2025",
    "he": "גרסה מתוקנת: אתרי חדשות חסומים ב־2025",
}
# Requests a browser or a cache sends for the same page: plain, HEAD and conditional.
CONDITIONAL_HEADERS = [
    {},
    {"if-none-match": '"5d41402abc4b2a76b9719d911017c592"'},
    {"if-modified-since": "Wed, 21 Oct 2025 07:28:00 GMT"},
]


def restrict(pages, restriction_type, password="", groups=()):
    """The same restriction on every translation, as the admin's privacy view leaves them."""
    for page in pages:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=restriction_type, password=password
        )
        restriction.groups.set(groups)


def action_url(html):
    return re.search(r'<form action="([^"]+)" method="post">', html).group(1)


def json_ld(html):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )


class RestrictedPublicationTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        cls.reports = cls.tree["reports"]
        cls.papers = cls.tree["papers"]
        toolkit = cls.tree["toolkit"]
        toolkit.save_revision().publish()
        cls.toolkits = {
            "en": toolkit,
            "he": translate(
                toolkit,
                "he",
                title="לאבטח את הטלפון לפני ההפגנה",
                summary="שישה צעדים כדי להגן על עצמך ועל האנשים שברשימת אנשי הקשר שלך.",
            ),
        }
        editors = Group.objects.get(name="Editors")
        restrict(cls.reports.values(), PageViewRestriction.PASSWORD, password=PASSWORD)
        restrict(cls.papers.values(), PageViewRestriction.LOGIN)
        restrict(cls.toolkits.values(), PageViewRestriction.GROUPS, groups=[editors])
        cls.member = User.objects.create_user("nour", "nour@example.org", MEMBER_PASSWORD)
        cls.member.groups.add(editors)
        cls.reader = User.objects.create_user("yael", "yael@example.org", MEMBER_PASSWORD)

    def private_texts(self):
        """Every title and summary of the restricted publications, in every language."""
        pages = [*self.reports.values(), *self.papers.values(), *self.toolkits.values()]
        return [text for page in pages for text in (page.title, page.summary)]

    def assertPrivateAnswer(self, response):
        self.assertIn("private", response["Cache-Control"])
        self.assertIn("no-store", response["Cache-Control"])
        self.assertEqual(response["X-Robots-Tag"], "noindex")

    def assertFormPage(self, response, language, heading):
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn(f'<html lang="{language}" dir="{DIRECTION[language]}">', html)
        self.assertIn(f"<h1>{heading}</h1>", html)
        self.assertIn('<meta name="robots" content="noindex">', html)
        for text in self.private_texts():
            self.assertNotIn(text, html)
        # The language switcher leads to the home pages, not to the private translations.
        self.assertNotIn("/library/erased/", re.sub(r'value="[^"]*"', "", html))
        return html

    def assertAuthorisedPage(self, response, page):
        self.assertEqual(response.status_code, 200)
        self.assertPrivateAnswer(response)
        html = response.content.decode()
        self.assertIn(f"<h1>{page.title}</h1>", html)
        self.assertIn('<meta name="robots" content="noindex">', html)
        # No address that would publish it, and no link to the private translations.
        self.assertNotIn('id="short-link"', html)
        self.assertNotIn("/r/", html)
        self.assertNotIn('<section class="share"', html)
        self.assertNotIn('rel="alternate" hreflang', html)
        data = json_ld(html)
        self.assertEqual(data["headline"], page.title)
        self.assertNotIn("workTranslation", data)
        self.assertNotIn("translationOfWork", data)
        return html

    def pass_password(self, page):
        html = self.client.get(page.url).content.decode()
        return self.client.post(action_url(html), {"password": PASSWORD, "return_url": page.url})


class PasswordRestrictionTests(RestrictedPublicationTestCase):
    def test_the_form_answers_every_method_in_every_language_with_debug_on_or_off(self):
        for debug in (False, True):
            for language, page in self.reports.items():
                for headers in CONDITIONAL_HEADERS:
                    with (
                        self.subTest(debug=debug, language=language, headers=headers),
                        override_settings(DEBUG=debug),
                    ):
                        response = self.client.get(page.url, headers=headers)
                        self.assertFormPage(response, language, PASSWORD_HEADINGS[language])
                        self.assertPrivateAnswer(response)
                with self.subTest(debug=debug, language=language, method="HEAD"):
                    with override_settings(DEBUG=debug):
                        response = self.client.head(page.url)
                    self.assertEqual(response.status_code, 200)
                    self.assertPrivateAnswer(response)

    def test_a_wrong_password_is_refused_in_the_readers_language(self):
        for language, page in self.reports.items():
            with self.subTest(language=language):
                form = self.client.get(page.url).content.decode()
                response = self.client.post(
                    action_url(form), {"password": "zaytoun", "return_url": page.url}
                )
                html = self.assertFormPage(response, language, PASSWORD_HEADINGS[language])
                self.assertIn(WRONG_PASSWORD[language], html)
                self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_the_right_password_opens_that_translation_only(self):
        for debug in (False, True):
            with self.subTest(debug=debug), override_settings(DEBUG=debug):
                self.client.logout()
                response = self.pass_password(self.reports["ar"])
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], self.reports["ar"].url)
                for headers in CONDITIONAL_HEADERS:
                    response = self.client.get(self.reports["ar"].url, headers=headers)
                    self.assertAuthorisedPage(response, self.reports["ar"])
                self.assertEqual(self.client.head(self.reports["ar"].url).status_code, 200)
                # Each translation keeps its own password form.
                self.assertFormPage(
                    self.client.get(self.reports["he"].url), "he", PASSWORD_HEADINGS["he"]
                )

    def test_a_password_on_the_library_covers_its_search_topics_and_feeds(self):
        restrict([self.tree["libraries"]["ar"]], PageViewRestriction.PASSWORD, password=PASSWORD)
        for path in ("", "?q=الرقابة", "topics/platform-censorship/", "feed/rss/"):
            with self.subTest(path=path):
                response = self.client.get(f"/ar/library/{path}")
                self.assertFormPage(response, "ar", PASSWORD_HEADINGS["ar"])
                self.assertPrivateAnswer(response)

    def test_the_citation_files_need_the_password_too(self):
        page = self.reports["he"]
        for extension in ("bib", "ris"):
            with self.subTest(extension=extension, reader="anonymous"):
                self.assertEqual(self.client.get(f"{page.url}cite.{extension}").status_code, 404)
        self.pass_password(page)
        for extension in ("bib", "ris"):
            with self.subTest(extension=extension, reader="with the password"):
                response = self.client.get(f"{page.url}cite.{extension}")
                self.assertEqual(response.status_code, 200)
                self.assertIn(page.title, response.content.decode())
                self.assertPrivateAnswer(response)


class LoginRestrictionTests(RestrictedPublicationTestCase):
    def test_anonymous_readers_are_sent_to_the_login_in_their_language(self):
        for language, page in self.papers.items():
            with self.subTest(language=language):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], f"/{language}/_util/login/?next={page.url}")
                self.assertPrivateAnswer(response)
                login = self.client.get(response["Location"])
                self.assertFormPage(login, language, LOGIN_HEADINGS[language])
                self.assertIn("no-store", login["Cache-Control"])

    def test_logging_in_opens_the_page(self):
        page = self.papers["ar"]
        response = self.client.post(
            "/ar/_util/login/",
            {"username": "yael", "password": MEMBER_PASSWORD, "next": page.url},
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], page.url)
        for debug in (False, True):
            with self.subTest(debug=debug), override_settings(DEBUG=debug):
                self.assertAuthorisedPage(self.client.get(page.url), page)

    def test_logging_in_without_a_page_to_return_to_lands_on_the_home_page(self):
        response = self.client.post(
            "/ar/_util/login/", {"username": "yael", "password": MEMBER_PASSWORD}, follow=True
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.redirect_chain[0][0], "/")

    def test_a_wrong_login_is_refused_in_the_readers_language(self):
        response = self.client.post(
            "/he/_util/login/",
            {"username": "yael", "password": "olive", "next": self.papers["en"].url},
        )
        html = self.assertFormPage(response, "he", LOGIN_HEADINGS["he"])
        # Django's own Hebrew message.
        self.assertIn("נא להזין  שם משתמש וסיסמה נכונים.", html)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_logged_in_readers_get_the_citation_files(self):
        page = self.papers["en"]
        self.assertEqual(self.client.get(f"{page.url}cite.bib").status_code, 404)
        self.client.force_login(self.reader)
        response = self.client.get(f"{page.url}cite.bib")
        self.assertEqual(response.status_code, 200)
        self.assertPrivateAnswer(response)


class GroupRestrictionTests(RestrictedPublicationTestCase):
    def test_anonymous_readers_are_sent_to_the_login(self):
        for language, page in self.toolkits.items():
            with self.subTest(language=language):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 302)
                self.assertEqual(response["Location"], f"/{language}/_util/login/?next={page.url}")

    def test_a_reader_outside_the_group_is_told_their_account_has_no_access(self):
        self.client.force_login(self.reader)
        for language, page in self.toolkits.items():
            with self.subTest(language=language):
                response = self.client.get(page.url, follow=True)
                html = self.assertFormPage(response, language, LOGIN_HEADINGS[language])
                self.assertIn(NO_ACCESS[language], html)
                self.assertEqual(self.client.get(f"{page.url}cite.ris").status_code, 404)

    def test_a_member_of_the_group_reads_the_page_and_its_citation(self):
        self.client.force_login(self.member)
        for debug in (False, True):
            for language, page in self.toolkits.items():
                with self.subTest(debug=debug, language=language), override_settings(DEBUG=debug):
                    for headers in CONDITIONAL_HEADERS:
                        self.assertAuthorisedPage(self.client.get(page.url, headers=headers), page)
                    self.assertEqual(self.client.head(page.url).status_code, 200)
                    citation = self.client.get(f"{page.url}cite.ris")
                    self.assertEqual(citation.status_code, 200)
                    self.assertPrivateAnswer(citation)


def report_form(title, slug, person, language):
    """What the page editor sends for a research report, for its preview."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": SUMMARIES[language],
            "publication_date": "2026-02-01",
            "authors": inline_formset([{"person": person.pk}]),
            "topics": inline_formset([]),
            "regions": inline_formset([{"region": "PS"}]),
            "downloads": inline_formset([]),
            "related_publications": inline_formset([]),
            "body": streamfield([("paragraph", rich_text(f"<p>{SUMMARIES[language]}</p>"))]),
            "key_findings": streamfield([]),
            "methodology": rich_text(""),
            "comments": inline_formset([]),
        }
    )


class PreviewTests(TestCase):
    """The editor's preview, its live preview panel, "view draft" and the moderator's preview of
    a submitted revision, for a publication never published, a draft, a private one and a live
    one with unpublished changes, in every language."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        setup_locales_and_roles()
        cls.admin = User.objects.create_superuser("root", "root@example.org", MEMBER_PASSWORD)
        cls.moderators = {}
        for language, group in (
            ("en", "Moderators"),
            ("ar", "Moderators – Arabic"),
            ("he", "Moderators – Hebrew"),
        ):
            moderator = User.objects.create_user(f"moderator-{language}", password=MEMBER_PASSWORD)
            moderator.groups.add(Group.objects.get(name=group))
            cls.moderators[language] = moderator
        cls.private = cls.tree["reports"]
        restrict(cls.private.values(), PageViewRestriction.PASSWORD, password=PASSWORD)
        cls.drafts = {
            language: ResearchReportPageFactory(
                parent=library, title=DRAFT_TITLES[language], slug="draft", live=False
            )
            for language, library in cls.tree["libraries"].items()
        }
        for draft in cls.drafts.values():
            draft.save_revision()
        cls.live = {}
        for language, library in cls.tree["libraries"].items():
            page = ResearchReportPageFactory(
                parent=library, title=LIVE_TITLES[language], slug="blocked-news-sites"
            )
            page.save_revision().publish()
            page.title = REVISED_TITLES[language]
            page.save_revision()
            cls.live[language] = page

    def setUp(self):
        self.client.force_login(self.admin)

    def assertPreview(self, response, title, public=False):
        html = response.content.decode()
        self.assertEqual(response.status_code, 200, html[:2000])
        self.assertIn(f"<h1>{title}</h1>", html)
        self.assertIn("private", response["Cache-Control"])
        self.assertEqual('<meta name="robots" content="noindex">' in html, not public)
        json_ld(html)

    def test_preview_of_a_publication_never_saved(self):
        lina = self.tree["people"][0]
        for language, library in self.tree["libraries"].items():
            url = f"/admin/pages/add/resources/researchreportpage/{library.pk}/preview/"
            title = NEW_TITLES[language]
            with self.subTest(language=language):
                response = self.client.post(url, report_form(title, "surveillance", lina, language))
                self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
                self.assertPreview(self.client.get(url), title)
                self.assertPreview(self.client.get(url, {"in_preview_panel": "true"}), title)

    def test_preview_of_a_publication_with_only_a_title_and_a_date_so_far(self):
        """The live preview panel shows a new page while the editor is still typing: Wagtail
        defers every required field the database can do without, so there is no slug, summary,
        author or country yet."""
        library = self.tree["libraries"]["he"]
        url = f"/admin/pages/add/resources/researchreportpage/{library.pk}/preview/"
        data = report_form("טיוטה ראשונה", "", self.tree["people"][0], "he")
        data.update(
            summary="",
            **nested_form_data({"authors": inline_formset([]), "regions": inline_formset([])}),
        )
        self.assertEqual(self.client.post(url, data).json()["is_available"], True)
        self.assertPreview(self.client.get(url, {"in_preview_panel": "true"}), "טיוטה ראשונה")

    def test_edit_preview_and_view_draft_of_drafts_private_and_live_publications(self):
        lina = self.tree["people"][0]
        cases = [
            *((language, page, page.title, False) for language, page in self.drafts.items()),
            *((language, page, page.title, False) for language, page in self.private.items()),
            *((language, page, page.title, True) for language, page in self.live.items()),
        ]
        for language, page, title, public in cases:
            with self.subTest(language=language, page=page.slug, door="view draft"):
                draft_title = page.get_latest_revision_as_object().title
                self.assertPreview(
                    self.client.get(f"/admin/pages/{page.pk}/view_draft/"), draft_title, public
                )
            with self.subTest(language=language, page=page.slug, door="edit preview"):
                url = f"/admin/pages/{page.pk}/edit/preview/"
                edited = f"{title} ✎"
                response = self.client.post(url, report_form(edited, page.slug, lina, language))
                self.assertEqual(response.json()["is_valid"], True)
                self.assertPreview(self.client.get(url), edited, public)
                self.assertPreview(
                    self.client.get(url, {"in_preview_panel": "true"}), edited, public
                )

    def test_the_moderator_previews_a_submitted_draft_in_their_language(self):
        workflow = Workflow.objects.get(name="Publication review")
        for language, page in self.drafts.items():
            with self.subTest(language=language):
                workflow.start(page, self.admin)
                state = TaskState.objects.get(
                    workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
                )
                self.client.force_login(self.moderators[language])
                response = self.client.get(
                    f"/admin/pages/workflow/preview/{page.pk}/{state.task_id}/"
                )
                self.assertPreview(response, page.title)


class PublicDoorsTests(TestCase):
    """Every public door, anonymously, in every language, for publications that are private
    (by their own restriction or an ancestor's), drafts or unpublished."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_library_tree()
        reports, papers = cls.tree["reports"], cls.tree["papers"]
        restrict(reports.values(), PageViewRestriction.PASSWORD, password=PASSWORD)
        restrict(papers.values(), PageViewRestriction.LOGIN)
        libraries = cls.tree["libraries"]
        censorship = cls.tree["topics"][0]
        cls.draft = ResearchReportPageFactory(
            parent=libraries["en"],
            title="Draft: the new cybercrime law and its first victims",
            slug="cybercrime-law-draft",
            summary="Who was charged under the cybercrime law in its first year.",
            subjects=[censorship],
            live=False,
        )
        cls.unpublished = ResearchReportPageFactory(
            parent=libraries["en"],
            title="Withdrawn: the list of blocked news sites",
            slug="blocked-news-sites",
            summary="Every news site blocked in 2024, with the date of the order.",
            subjects=[censorship],
        )
        cls.unpublished.save_revision().publish()
        cls.unpublished.unpublish()
        # Private in Hebrew only, through its library: the English toolkit stays public.
        toolkit = cls.tree["toolkit"]
        toolkit.save_revision().publish()
        cls.toolkit_he = translate(
            toolkit,
            "he",
            title="לאבטח את הטלפון לפני ההפגנה",
            summary="שישה צעדים כדי להגן על עצמך ועל האנשים שברשימת אנשי הקשר שלך.",
        )
        restrict([libraries["he"]], PageViewRestriction.LOGIN)
        cls.public = ResearchReportPageFactory(
            parent=libraries["en"],
            title="Silenced: how platforms moderate Arabic content",
            slug="silenced",
            summary="Over-enforcement on Arabic posts, measured across three platforms.",
            subjects=[censorship],
        )
        cls.public.save_revision().publish()
        for order, picked in enumerate(
            [reports["en"], papers["en"], cls.draft, cls.unpublished, cls.toolkit_he]
        ):
            RelatedPublication.objects.create(page=cls.public, publication=picked, sort_order=order)
        cls.hidden = [*reports.values(), *papers.values(), cls.draft, cls.unpublished]
        cls.hidden.append(cls.toolkit_he)
        # A topic that only hidden publications have.
        cls.secret_topic = TopicFactory(
            name="Surveillance contractors",
            slug="surveillance-contractors",
            description="Companies that sell spyware to the security services.",
        )
        for page in (reports["en"], cls.draft, cls.unpublished):
            PublicationTopic.objects.create(page=page, topic=cls.secret_topic, sort_order=5)
        cls.reader = User.objects.create_user("yael", "yael@example.org", MEMBER_PASSWORD)
        index_all_publications()

    def hidden_texts(self):
        topic = (self.secret_topic.name, self.secret_topic.description)
        return [*topic, *(text for page in self.hidden for text in (page.title, page.summary))]

    def hidden_paths(self):
        return [f"/{page.locale.language_code}/library/{page.slug}/" for page in self.hidden]

    def assertShowsNothingHidden(self, response):
        self.assertLess(response.status_code, 500)
        body = response.content.decode()
        for text in [*self.hidden_texts(), *self.hidden_paths()]:
            self.assertNotIn(text, body)
        return body

    def test_home_library_and_topic_pages(self):
        for language in ("en", "ar", "he"):
            for path in (f"/{language}/", f"/{language}/library/", f"/{language}/library/?q=2024"):
                with self.subTest(path=path):
                    self.assertShowsNothingHidden(self.client.get(path))
        topic = self.client.get("/en/library/topics/platform-censorship/")
        self.assertEqual(topic.status_code, 200)
        self.assertIn(self.public.title, self.assertShowsNothingHidden(topic))

    def test_feeds(self):
        paths = ["feed/rss/", "feed/atom/", "types/report/feed/rss/", "types/paper/feed/atom/"]
        for path in [
            *(f"/{language}/library/{path}" for language in ("en", "ar") for path in paths),
            "/en/library/topics/platform-censorship/feed/rss/",
        ]:
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertEqual(response.status_code, 200)
                entries = feedparser.parse(self.assertShowsNothingHidden(response)).entries
                for entry in entries:
                    self.assertNotIn(entry.title, self.hidden_texts())
        # In Arabic only private publications have this topic, so it has no feed.
        response = self.client.get("/ar/library/topics/platform-censorship/feed/rss/")
        self.assertEqual(response.status_code, 404)

    def test_sitemap_lists_no_hidden_page_and_no_hidden_alternate(self):
        sitemap = self.assertShowsNothingHidden(self.client.get("/sitemap.xml"))
        self.assertIn("/en/library/secure-your-phone/", sitemap)
        self.assertNotIn("/he/library/", sitemap)

    def test_read_api(self):
        listed = set()
        for offset in range(0, 60, 20):
            response = self.client.get("/api/v2/pages/", {"limit": 20, "offset": offset})
            self.assertShowsNothingHidden(response)
            listed |= {item["id"] for item in response.json()["items"]}
        self.assertIn(self.public.pk, listed)
        self.assertFalse(listed & {page.pk for page in self.hidden})
        for page in self.hidden:
            with self.subTest(page=page.slug):
                self.assertEqual(self.client.get(f"/api/v2/pages/{page.pk}/").status_code, 404)
        private_library = self.tree["libraries"]["he"].pk
        response = self.client.get("/api/v2/pages/", {"child_of": private_library})
        self.assertEqual(response.status_code, 400)
        self.assertShowsNothingHidden(response)

    def test_a_topic_only_hidden_publications_have_is_named_nowhere(self):
        for language in ("en", "ar"):
            library = f"/{language}/library/"
            for path in (
                "topics/surveillance-contractors/",
                "topics/surveillance-contractors/feed/rss/",
            ):
                with self.subTest(path=f"{library}{path}"):
                    response = self.client.get(f"{library}{path}")
                    self.assertEqual(response.status_code, 404)
                    self.assertShowsNothingHidden(response)
            with self.subTest(path=f"{library}?topic=surveillance-contractors"):
                response = self.client.get(library, {"topic": "surveillance-contractors"})
                self.assertEqual(response.status_code, 200)
                self.assertShowsNothingHidden(response)

    def test_the_read_api_is_public_only_for_signed_in_readers_too(self):
        self.client.force_login(self.reader)
        listed = set()
        for offset in range(0, 60, 20):
            response = self.client.get("/api/v2/pages/", {"limit": 20, "offset": offset})
            self.assertShowsNothingHidden(response)
            listed |= {item["id"] for item in response.json()["items"]}
        self.assertFalse(listed & {page.pk for page in self.hidden})
        for page in self.tree["papers"].values():
            with self.subTest(page=page.url):
                self.assertEqual(self.client.get(f"/api/v2/pages/{page.pk}/").status_code, 404)
                response = self.client.get("/api/v2/pages/", {"slug": page.slug})
                self.assertShowsNothingHidden(response)
                self.assertEqual(response.json()["items"], [])

    def test_short_links_and_citations(self):
        for page in self.hidden:
            with self.subTest(page=page.url):
                if page != self.toolkit_he:
                    self.assertEqual(self.client.get(f"/r/{page.pk}/").status_code, 404)
                self.assertEqual(self.client.get(f"{page.url}cite.bib").status_code, 404)
                self.assertEqual(self.client.get(f"{page.url}cite.ris").status_code, 404)
        # The Hebrew toolkit is private: its short link leads to the public English one.
        response = self.client.get(f"/r/{self.toolkit_he.pk}/", headers={"accept-language": "he"})
        self.assertEqual(response["Location"], "/en/library/secure-your-phone/")

    def test_related_publications_show_live_public_ones_only(self):
        def related_titles():
            html = self.client.get(self.public.url).content.decode()
            related = re.search(r'<section class="related".*?</section>', html, re.S).group(0)
            return re.findall(r'<h3 class="publication-card__title"><a [^>]+>([^<]+)</a>', related)

        self.assertShowsNothingHidden(self.client.get(self.public.url))
        # Of the five picks, only the Hebrew toolkit has a public version: the English one.
        self.assertEqual(related_titles(), [self.tree["toolkit"].title])
        self.unpublished.save_revision().publish()
        self.assertEqual(related_titles(), [self.unpublished.title, self.tree["toolkit"].title])

    def test_related_publications_fall_back_to_public_ones_on_the_same_topics(self):
        RelatedPublication.objects.filter(page=self.public).exclude(publication=self.draft).delete()
        html = self.assertShowsNothingHidden(self.client.get(self.public.url))
        self.assertNotIn('<section class="related"', html)
        self.unpublished.save_revision().publish()
        self.assertIn(self.unpublished.title, self.client.get(self.public.url).content.decode())

    def test_a_public_page_does_not_name_its_private_translation(self):
        toolkit = self.tree["toolkit"]
        response = self.client.get(toolkit.url)
        html = self.assertShowsNothingHidden(response)
        self.assertNotIn("/he/library/", html)
        # The language switcher leads to the Hebrew home page instead.
        switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
        self.assertIn('href="/he/"', switcher)
        self.assertNotIn("Also in", html)
        data = json_ld(html)
        self.assertNotIn("workTranslation", data)
        self.assertIn(f'value="http://testserver/r/{toolkit.pk}/"', html)

    def test_the_not_found_page_offers_public_translations_only(self):
        response = self.client.get("/ar/library/secure-your-phone/")
        self.assertEqual(response.status_code, 404)
        html = self.assertShowsNothingHidden(response)
        self.assertIn('href="/en/library/secure-your-phone/"', html)
        self.assertNotIn("/he/library/", html)
        response = self.client.get("/ar/library/cybercrime-law-draft/")
        self.assertEqual(response.status_code, 404)
        self.assertShowsNothingHidden(response)

    def test_search_api_and_suggestions(self):
        for language in ("en", "ar", "he"):
            for query in ("2024", "cybercrime", "blocked", "Erased", "محو", "phone", "ההפגנה"):
                for path in ("/api/search/", "/api/search/suggest/"):
                    with self.subTest(language=language, query=query, path=path):
                        response = self.client.get(path, {"q": query, "scope": "all"})
                        self.assertShowsNothingHidden(response)
