"""The permission matrix: every role × action × language, acted out through the admin's own views
with the test client, and allowed exactly where the role table says.

The roles come from hub/editorial/roles.py (one user per role group, plus a superuser as
"Administrators"); what each may do is the rule table below, which the README states:

| role | edit | publish, approve | tighten privacy | relax privacy |
| Editors | en | no | no | no |
| Moderators | en | en | en | where they publish every translation |
| Moderators – <Language> | theirs | theirs | theirs | where they publish every translation |
| Translators – <Language> | theirs | no | no | no |
| Administrators | all | all | all | all |

| role | translate into | string edit, PO files | snippet history |
| Editors | any but the source's | en | en |
| Moderators | any | en | en |
| Moderators – <Language> | theirs | theirs | theirs |
| Translators – <Language> | theirs | theirs | theirs |
| Administrators | all | all | all |

| role | files of a live publication | own unused upload | another's unused upload |
| Editors | no | yes | yes |
| Moderators | en | yes | yes |
| Moderators – <Language> | theirs | yes | yes |
| Translators – <Language> | no | yes | no |
| Administrators | all | yes | yes |

Nobody approves their own submission. Privacy is the same on every translation of a page:
tightening applies to all of them; relaxing needs the right to publish every one of them. A
document that a publication lists as a download is protected from deletion, administrators
included (on_delete=PROTECT): the right to delete a live publication's file is the images'.

Every cell runs in a savepoint that is rolled back, so the cells share one content tree. An
allowed action must have its effect; a refused one answers 403, a redirect with an error
message, or the form again with an error, and changes nothing (re-read from the database)."""

import io
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import TestCase
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, PageViewRestriction, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_factories import ImageFactory
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from hub.demo.translation import translate
from hub.editorial.role_names import (
    group_languages,
    locale_roles,
    moderated_languages,
    role_grants,
    role_group_names,
)
from hub.editorial.roles import setup_locales_and_roles
from hub.resources.models import Person, PublicationDownload, ResearchReportPage
from tests.home.factories import build_home_tree
from tests.hub.editorial.factories import UserFactory
from tests.hub.resources.factories import (
    PersonFactory,
    ResearchReportPageFactory,
    ResourceLibraryPageFactory,
)
from tests.hub.resources.factories import translate as copy_for_language

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ADMINISTRATORS = "Administrators"
RESTRICTIONS = [
    PageViewRestriction.PASSWORD,
    PageViewRestriction.LOGIN,
    PageViewRestriction.GROUPS,
]
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
REPLACEMENT_PDF = PDF.replace(b"%%EOF", b"% replaced\n%%EOF")

# A person and a publication first written in each language, with their translations.
PEOPLE = {
    "en": {
        "en": {"name": "Lina Haddad", "role": "Senior researcher"},
        "ar": {"name": "لينا حداد", "role": "باحثة أولى"},
        "he": {"name": "לינה חדאד", "role": "חוקרת בכירה"},
    },
    "ar": {
        "ar": {"name": "رنا منصور", "role": "منسقة المناصرة"},
        "en": {"name": "Rana Mansour", "role": "Advocacy coordinator"},
        "he": {"name": "ראנה מנסור", "role": "רכזת קידום מדיניות"},
    },
    "he": {
        "he": {"name": "נועה לוי", "role": "עורכת דין לזכויות דיגיטליות"},
        "en": {"name": "Noa Levi", "role": "Digital-rights lawyer"},
        "ar": {"name": "نوعا ليفي", "role": "محامية في الحقوق الرقمية"},
    },
}
PUBLICATIONS = {
    "en": {
        "slug": "deleted-evidence",
        "en": {
            "title": "Deleted evidence: takedowns of war-crimes documentation",
            "summary": "How platforms removed videos that human-rights investigators needed "
            "as evidence.",
            "label": "Full report (PDF)",
        },
        "ar": {
            "title": "أدلة محذوفة: إزالة توثيق جرائم الحرب",
            "summary": "كيف أزالت المنصات مقاطع فيديو احتاجها محققو حقوق الإنسان كأدلة.",
            "label": "التقرير الكامل (PDF)",
        },
        "he": {
            "title": "ראיות שנמחקו: הסרת תיעוד של פשעי מלחמה",
            "summary": "איך הפלטפורמות הסירו סרטונים שחוקרי זכויות אדם נזקקו להם כראיות.",
            "label": "הדוח המלא (PDF)",
        },
    },
    "ar": {
        "slug": "automated-moderation-of-arabic",
        "ar": {
            "title": "الرقابة الآلية على المحتوى العربي",
            "summary": "كيف تحذف خوارزميات الإشراف منشورات عربية مشروعة بمعدلات تفوق "
            "نظيراتها بالإنجليزية.",
            "label": "التقرير الكامل (PDF)",
        },
        "en": {
            "title": "Automated moderation of Arabic content",
            "summary": "How moderation algorithms remove legitimate Arabic posts at higher "
            "rates than English ones.",
            "label": "Full report (PDF)",
        },
        "he": {
            "title": "פיקוח אוטומטי על תוכן בערבית",
            "summary": "איך אלגוריתמים של פיקוח מסירים פוסטים לגיטימיים בערבית בשיעור גבוה "
            "יותר מאשר באנגלית.",
            "label": "הדוח המלא (PDF)",
        },
    },
    "he": {
        "slug": "biometric-surveillance-at-checkpoints",
        "he": {
            "title": "מעקב ביומטרי במחסומים",
            "summary": "מה נאסף על מי שעובר במחסום, מי שומר את הנתונים ולכמה זמן.",
            "label": "הדוח המלא (PDF)",
        },
        "en": {
            "title": "Biometric surveillance at checkpoints",
            "summary": "What is collected from people crossing a checkpoint, who keeps the "
            "data and for how long.",
            "label": "Full report (PDF)",
        },
        "ar": {
            "title": "المراقبة البيومترية على الحواجز",
            "summary": "ما الذي يُجمع عمّن يعبرون الحاجز، ومن يحتفظ بالبيانات ولأي مدة.",
            "label": "التقرير الكامل (PDF)",
        },
    },
}
# Published in one language only: the pages whose privacy their moderators may relax, and the
# sources of new translations.
SINGLE_LANGUAGE = {
    "en": {
        "slug": "phones-searched-at-the-crossing",
        "title": "Phones searched at the crossing",
        "summary": "Testimonies of travellers whose phones were searched at the bridge "
        "crossing, and what the law allows.",
    },
    "ar": {
        "slug": "news-sites-blocked-in-wartime",
        "title": "حجب المواقع الإخبارية في زمن الحرب",
        "summary": "رصد المواقع الإخبارية التي حُجبت خلال الأشهر الستة الماضية ومدة كل حجب.",
    },
    "he": {
        "slug": "military-censorship-on-social-media",
        "title": "צנזורה צבאית ברשתות החברתיות",
        "summary": "אילו פוסטים הוסרו בדרישת הצנזורה ומה נמסר לכותבים.",
    },
}
# What an editor types into a field while acting, per language.
NEW_TITLE = {
    "en": "Deleted evidence: the revised edition",
    "ar": "أدلة محذوفة: الطبعة المنقحة",
    "he": "ראיות שנמחקו: המהדורה המעודכנת",
}
NEW_NAME = {"en": "Lina Haddad-Nasser", "ar": "لينا حداد نصار", "he": "לינה חדאד-נאסר"}
# The same, by the translated field: a report's title, a person's name.
NEW_TEXT = {"title": NEW_TITLE, "name": NEW_NAME}


@dataclass(frozen=True)
class Role:
    """A role group as hub/editorial/roles.py defines it, or the superuser."""

    group: str
    language: str | None
    publishes: bool
    is_translator: bool

    @property
    def is_administrator(self):
        return self.group == ADMINISTRATORS

    @property
    def username(self):
        return slugify(self.group)

    def works_in(self, language):
        return self.is_administrator or language == self.language

    def moderates(self, language):
        return self.is_administrator or (self.publishes and language == self.language)

    def __str__(self):
        return self.group


def roles_under_test() -> list[Role]:
    languages = group_languages()
    grants = role_grants()
    translators = {roles.translators for roles in locale_roles()}
    reviewers = moderated_languages()
    roles = []
    for name in role_group_names():
        page_permissions, _snippet_permissions, _may_submit = grants[name]
        publishes = "publish_page" in page_permissions
        # A group that publishes is the one that reviews its language.
        assert publishes == (reviewers.get(languages[name]) == name), name
        roles.append(
            Role(
                group=name,
                language=languages[name],
                publishes=publishes,
                is_translator=name in translators,
            )
        )
    roles.append(Role(ADMINISTRATORS, None, True, False))
    return roles


ROLES = roles_under_test()


# What the rule table allows: role × language → bool.
def may_edit(role, language):
    return role.works_in(language)


def may_publish(role, language):
    return role.moderates(language)


def may_tighten_privacy(role, language):
    return role.moderates(language)


def may_relax_privacy(role, languages_of_the_page):
    return all(role.moderates(language) for language in languages_of_the_page)


def may_translate_into(role, language):
    # The default language's editors and moderators send work to every language's team; the
    # other languages' roles translate into their own. Nobody translates into the source's own
    # language: the sources below are in another.
    return role.language in (None, settings.LANGUAGE_CODE) or role.works_in(language)


def may_change_a_live_publications_file(role, language):
    return role.moderates(language)


def may_change_others_unused_upload(role):
    # Translators hold "add" and "choose" on files, not "change": their own uploads only.
    return not role.is_translator


class Rollback(Exception):
    """Undoes a cell's changes (see cell())."""


def png(colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (12, 8), colour).save(buffer, "PNG")
    return buffer.getvalue()


def publication_form(page, title, action=None):
    """The page editor's form for a research report as it stands, with a new title."""
    authors = list(page.authors.order_by("sort_order"))
    downloads = list(page.downloads.order_by("sort_order"))
    data = {
        "title": title,
        "slug": page.slug,
        "summary": page.summary,
        "publication_date": page.publication_date.isoformat(),
        "cover_image": page.cover_image_id or "",
        "authors": inline_formset(
            [{"id": row.pk, "person": row.person_id} for row in authors], initial=len(authors)
        ),
        "topics": inline_formset([]),
        "regions": inline_formset([]),
        "downloads": inline_formset(
            [
                {
                    "id": row.pk,
                    "document": row.document_id,
                    "label": row.label,
                    "language": row.language,
                    "kind": row.kind,
                }
                for row in downloads
            ],
            initial=len(downloads),
        ),
        "related_publications": inline_formset([]),
        "body": streamfield([]),
        "key_findings": streamfield([]),
        "methodology": rich_text(""),
        "doi": "",
        "isbn": "",
        "cite_as": "",
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
    }
    if action:
        data[f"action-{action}"] = action
    return nested_form_data(data)


class PermissionMatrixTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Wagtail fills its reference index (which says which pages use a file) after commit.
        with cls.captureOnCommitCallbacks(execute=True):
            cls.build_content()

    @classmethod
    def build_content(cls):
        cls.locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
        # Wagtail's migrations leave a welcome page at the top, where the English roles' rights
        # would go instead of on the English home page.
        Page.objects.filter(depth=2, content_type__model="page").delete()
        homes = build_home_tree()
        library = ResourceLibraryPageFactory(parent=homes["en"])
        library.save_revision().publish()
        libraries = {"en": library}
        libraries["ar"] = copy_for_language(library, "ar", title="مكتبة الموارد")
        libraries["he"] = copy_for_language(library, "he", title="ספריית המשאבים")
        # Rights on every language's tree and the review workflow on every library.
        setup_locales_and_roles()
        cls.root_collection = Collection.get_first_root_node()

        cls.users = {
            role.group: (
                UserFactory(username=role.username, is_superuser=True)
                if role.is_administrator
                else UserFactory(username=role.username, groups=[role.group])
            )
            for role in ROLES
        }
        # The authors whose work the reviewers approve: a second writer in each language.
        writers = {"en": "Editors"} | {r.language_code: r.translators for r in locale_roles()}
        cls.authors = {
            language: UserFactory(username=f"author-{language}", groups=[group])
            for language, group in writers.items()
        }

        # cls.people[source language][language] is the person first written in the source
        # language, in that language; cls.reports the same for publications.
        cls.people = {}
        for source, texts in PEOPLE.items():
            person = PersonFactory(locale=cls.locales[source], **texts[source])
            person.save_revision().publish()
            versions = {source: person}
            for language, translated in texts.items():
                if language != source:
                    memory = {texts[source][field]: translated[field] for field in translated}
                    versions[language] = translate(person, cls.locales[language], memory)
            cls.people[source] = {code: versions[code].pk for code in LANGUAGES}

        cls.documents = {}
        cls.covers = {}
        cls.reports = {}
        for source, texts in PUBLICATIONS.items():
            documents = {
                language: Document.objects.create(
                    title=f"{texts[language]['title']} ({language})",
                    file=ContentFile(PDF, name=f"{texts['slug']}-{language}.pdf"),
                    collection=cls.root_collection,
                    uploaded_by_user=cls.authors[source],
                )
                for language in LANGUAGES
            }
            cover = ImageFactory(
                title=texts[source]["title"],
                collection=cls.root_collection,
                uploaded_by_user=cls.authors[source],
            )
            report = ResearchReportPageFactory(
                parent=libraries[source],
                locale=cls.locales[source],
                title=texts[source]["title"],
                slug=texts["slug"],
                summary=texts[source]["summary"],
                cover_image=cover,
                people=[Person.objects.get(pk=cls.people[source][source])],
            )
            PublicationDownload.objects.create(
                page=report,
                locale=cls.locales[source],
                document=documents[source],
                label=texts[source]["label"],
                language=source,
            )
            report.save_revision().publish()
            report = ResearchReportPage.objects.get(pk=report.pk)
            versions = {source: report}
            for language, translated in texts.items():
                if language in (source, "slug"):
                    continue
                memory = {texts[source][field]: translated[field] for field in translated}
                page = translate(report, cls.locales[language], memory)
                # Each language's version lists its own language's file and has no cover.
                PublicationDownload.objects.filter(page=page).update(
                    document=documents[language], language=language
                )
                page = ResearchReportPage.objects.get(pk=page.pk)
                page.cover_image = None
                page.save_revision().publish()
                versions[language] = page
            cls.reports[source] = {code: versions[code].pk for code in LANGUAGES}
            cls.documents[source] = documents[source].pk
            cls.covers[source] = cover.pk

        cls.single_language = {}
        for language, texts in SINGLE_LANGUAGE.items():
            page = ResearchReportPageFactory(
                parent=libraries[language],
                locale=cls.locales[language],
                people=[Person.objects.get(pk=cls.people["en"][language])],
                **texts,
            )
            page.save_revision().publish()
            cls.single_language[language] = page.pk

        # Each role's own upload, used nowhere, and one by somebody else.
        cls.own_uploads = {
            role.group: cls.unused_upload(cls.users[role.group], role.username) for role in ROLES
        }
        cls.others_upload = cls.unused_upload(cls.authors["en"], "archive")

    @classmethod
    def unused_upload(cls, user, name):
        document = Document.objects.create(
            title=f"Interview notes ({name})",
            file=ContentFile(PDF, name=f"notes-{name}.pdf"),
            collection=cls.root_collection,
            uploaded_by_user=user,
        )
        image = ImageFactory(
            title=f"Workshop photo ({name})",
            collection=cls.root_collection,
            uploaded_by_user=user,
        )
        return {"document": document.pk, "image": image.pk}

    # Running a cell

    @contextmanager
    def cell(self, role, **labels):
        """One cell of the matrix, as `role`, undone afterwards."""
        with self.subTest(role=str(role), **labels), suppress(Rollback), transaction.atomic():
            # Nothing remembered from an earlier cell's (rolled back) state.
            for cache in caches.all():
                cache.clear()
            # A new session, without the messages of earlier cells.
            self.client.cookies.clear()
            self.client.force_login(self.users[role.group])
            yield
            raise Rollback

    def act(self, method, path, data=None, **extra):
        with self.captureOnCommitCallbacks(execute=True):
            response = getattr(self.client, method)(path, data, **extra)
        self.assertLess(response.status_code, 500, f"{method.upper()} {path}")
        return response

    def assertAllowed(self, response, ok):
        """Answered with one of the `ok` statuses (showing the start of the page otherwise)."""
        self.assertIn(response.status_code, ok, response.content[:1000])

    def assertRefused(self, response, form_error=None):
        """A 403, a redirect with an error message, or (for the views that refuse inside their
        form) the form again with an error: `form_error(response)` says whether it shows one."""
        if response.status_code == 403:
            return
        if response.status_code == 302:
            levels = [message.level for message in messages.get_messages(response.wsgi_request)]
            self.assertIn(messages.ERROR, levels, f"redirected to {response.url} without an error")
            return
        if form_error is not None and response.status_code == 200:
            self.assertTrue(form_error(response), "the form came back without an error")
            return
        self.fail(f"answered {response.status_code} instead of refusing")

    # Pages

    def page(self, pk):
        return Page.objects.get(pk=pk).specific

    def test_edit_a_page(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    page = self.page(self.reports[language][language])
                    before = page.get_latest_revision().pk
                    response = self.act(
                        "post",
                        f"/admin/pages/{page.pk}/edit/",
                        publication_form(page, NEW_TITLE[language]),
                    )
                    latest = self.page(page.pk).get_latest_revision()
                    if may_edit(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(latest.content["title"], NEW_TITLE[language])
                        self.assertEqual(latest.user, self.users[role.group])
                    else:
                        self.assertRefused(response)
                        self.assertEqual(latest.pk, before)

    def test_publish_a_page(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    page = self.page(self.reports[language][language])
                    response = self.act(
                        "post",
                        f"/admin/pages/{page.pk}/edit/",
                        publication_form(page, NEW_TITLE[language], action="publish"),
                    )
                    live_title = self.page(page.pk).title
                    if may_publish(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(live_title, NEW_TITLE[language])
                    elif may_edit(role, language):
                        # Wagtail saves a draft instead.
                        self.assertEqual(response.status_code, 302)
                        self.assertEqual(live_title, page.title)
                    else:
                        self.assertRefused(response)
                        self.assertEqual(live_title, page.title)

    def submit_for_review(self, page_pk, user):
        page = self.page(page_pk)
        page.title = NEW_TITLE[page.locale.language_code]
        revision = page.save_revision(user=user)
        page.get_workflow().start(page, user)
        return revision

    def approve(self, page_pk):
        state = TaskState.objects.get(
            workflow_state__object_id=str(page_pk), status=TaskState.STATUS_IN_PROGRESS
        )
        response = self.act(
            "post",
            f"/admin/pages/workflow/action/{page_pk}/approve/{state.pk}/",
            {"comment": ""},
        )
        return response, TaskState.objects.get(pk=state.pk)

    def test_approve_anothers_submission(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    page_pk = self.reports[language][language]
                    revision = self.submit_for_review(page_pk, self.authors[language])
                    response, state = self.approve(page_pk)
                    page = self.page(page_pk)
                    if may_publish(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(state.status, TaskState.STATUS_APPROVED)
                        self.assertEqual(page.live_revision_id, revision.pk)
                    else:
                        self.assertRefused(response)
                        self.assertEqual(state.status, TaskState.STATUS_IN_PROGRESS)
                        self.assertNotEqual(page.live_revision_id, revision.pk)

    def test_nobody_approves_their_own_submission(self):
        for role in ROLES:
            for language in LANGUAGES:
                if not may_publish(role, language):
                    continue
                with self.cell(role, language=language):
                    page = self.page(self.reports[language][language])
                    response = self.act(
                        "post",
                        f"/admin/pages/{page.pk}/edit/",
                        publication_form(page, NEW_TITLE[language], action="submit"),
                    )
                    self.assertEqual(response.status_code, 302)
                    submitted = self.page(page.pk).get_latest_revision()
                    response, state = self.approve(page.pk)
                    self.assertRefused(response)
                    self.assertEqual(state.status, TaskState.STATUS_IN_PROGRESS)
                    self.assertNotEqual(self.page(page.pk).live_revision_id, submitted.pk)

    # Privacy

    def privacy_form(self, restriction_type):
        data = {"restriction_type": restriction_type}
        if restriction_type == PageViewRestriction.PASSWORD:
            data["password"] = "مفتاح-المراجعة-2026"
        if restriction_type == PageViewRestriction.GROUPS:
            data["groups"] = [Group.objects.get(name=moderated_languages()["en"]).pk]
        return data

    def set_privacy(self, page_pk, restriction_type):
        response = self.act(
            "post", f"/admin/pages/{page_pk}/privacy/", self.privacy_form(restriction_type)
        )
        if response.status_code == 200:
            # The privacy dialog answers JSON: the form again, or that it is done.
            return response, response.json()
        return response, None

    def restrictions(self, page_pk):
        """The restriction types on each translation of the page (none: public)."""
        page = Page.objects.get(pk=page_pk)
        return {
            translation.locale.language_code: list(
                translation.view_restrictions.values_list("restriction_type", flat=True)
            )
            for translation in page.get_translations(inclusive=True).select_related("locale")
        }

    def make_private(self, versions, restriction_type):
        """The same restriction on every version, where the hub's own propagation has not put
        it already."""
        data = self.privacy_form(restriction_type)
        for pk in versions.values():
            if PageViewRestriction.objects.filter(page_id=pk).exists():
                continue
            restriction = PageViewRestriction.objects.create(
                page_id=pk, restriction_type=restriction_type, password=data.get("password", "")
            )
            restriction.groups.set(data.get("groups", []))

    @staticmethod
    def privacy_form_error(response):
        return 'class="error-message"' in response.json().get("html", "")

    def test_tighten_privacy(self):
        for role in ROLES:
            for language in LANGUAGES:
                for restriction_type in RESTRICTIONS:
                    with self.cell(role, language=language, restriction=restriction_type):
                        # The English report's version in this language.
                        page_pk = self.reports["en"][language]
                        response, answer = self.set_privacy(page_pk, restriction_type)
                        restrictions = self.restrictions(page_pk)
                        if may_tighten_privacy(role, language):
                            self.assertAllowed(response, ok=(200,))
                            self.assertEqual(answer["step"], "set_privacy_done")
                            # An emergency brake: every translation is private at once.
                            everywhere = {code: [restriction_type] for code in LANGUAGES}
                            self.assertEqual(restrictions, everywhere)
                        else:
                            self.assertRefused(response, self.privacy_form_error)
                            self.assertEqual(restrictions, {code: [] for code in LANGUAGES})

    def test_relax_privacy(self):
        pages = {
            "translated into every language": self.reports,
            "in one language": {
                language: {language: pk} for language, pk in self.single_language.items()
            },
        }
        for role in ROLES:
            for kind, pages_of_kind in pages.items():
                for language in LANGUAGES:
                    versions = pages_of_kind[language]
                    for restriction_type in RESTRICTIONS:
                        with self.cell(
                            role, page=kind, language=language, restriction=restriction_type
                        ):
                            private = {code: [restriction_type] for code in versions}
                            self.make_private(versions, restriction_type)
                            page_pk = versions[language]
                            self.assertEqual(self.restrictions(page_pk), private)
                            response, answer = self.set_privacy(page_pk, PageViewRestriction.NONE)
                            restrictions = self.restrictions(page_pk)
                            if may_relax_privacy(role, versions):
                                self.assertAllowed(response, ok=(200,))
                                self.assertEqual(answer["step"], "set_privacy_done")
                                self.assertEqual(restrictions, {code: [] for code in versions})
                            else:
                                self.assertRefused(response, self.privacy_form_error)
                                self.assertEqual(restrictions, private)

    # Translation

    def test_submit_a_translation(self):
        for role in ROLES:
            for language in LANGUAGES:
                # A page in one language only, never the target's own.
                source = "ar" if language == "en" else "en"
                with self.cell(role, language=language):
                    page = self.page(self.single_language[source])
                    response = self.act(
                        "post",
                        f"/admin/localize/submit/page/{page.pk}/",
                        {"locales": [self.locales[language].pk]},
                    )
                    translated = Page.objects.filter(
                        translation_key=page.translation_key, locale=self.locales[language]
                    ).exists()
                    if may_translate_into(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertTrue(translated)
                    else:
                        self.assertRefused(
                            response, lambda response: bool(response.context["form"].errors)
                        )
                        self.assertFalse(translated)

    def translation_into(self, model, versions, language):
        """wagtail-localize's translation into `language` of one of `versions` (source language
        → its versions) whose source is in another language."""
        source = "ar" if language == "en" else "en"
        target = model.objects.get(pk=versions[source][language])
        return Translation.objects.get(
            source__object_id=target.translation_key, target_locale=self.locales[language]
        )

    def string_translation(self, translation, path):
        segment = StringSegment.objects.get(source=translation.source, context__path=path)
        found = StringTranslation.objects.filter(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
        ).first()
        return segment, found.data if found else None

    def check_string_edit(self, model, versions, path):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    translation = self.translation_into(model, versions, language)
                    segment, before = self.string_translation(translation, path)
                    response = self.act(
                        "put",
                        f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                        urlencode({"value": NEW_TEXT[path][language]}),
                        content_type="application/x-www-form-urlencoded",
                    )
                    _segment, after = self.string_translation(translation, path)
                    if role.works_in(language):
                        self.assertAllowed(response, ok=(200, 201))
                        self.assertEqual(after, NEW_TEXT[path][language])
                    else:
                        self.assertRefused(response)
                        self.assertEqual(after, before)

    def test_edit_a_string_of_a_page_translation(self):
        self.check_string_edit(Page, self.reports, "title")

    def test_edit_a_string_of_a_snippet_translation(self):
        self.check_string_edit(Person, self.people, "name")

    def check_po_download(self, model, versions):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    translation = self.translation_into(model, versions, language)
                    response = self.act(
                        "get", f"/admin/localize/translate/{translation.pk}/pofile/download/"
                    )
                    if role.works_in(language):
                        self.assertAllowed(response, ok=(200,))
                        self.assertIn(str(translation.uuid), response.content.decode())
                    else:
                        self.assertRefused(response)
                        self.assertNotIn(str(translation.uuid), response.content.decode())

    def test_download_the_po_file_of_a_page_translation(self):
        self.check_po_download(Page, self.reports)

    def test_download_the_po_file_of_a_snippet_translation(self):
        self.check_po_download(Person, self.people)

    def check_po_upload(self, model, versions, path):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    translation = self.translation_into(model, versions, language)
                    _segment, before = self.string_translation(translation, path)
                    po = translation.export_po()
                    for entry in po:
                        if entry.msgctxt == path:
                            entry.msgstr = NEW_TEXT[path][language]
                    response = self.act(
                        "post",
                        f"/admin/localize/translate/{translation.pk}/pofile/upload/",
                        {"file": SimpleUploadedFile("translation.po", str(po).encode())},
                    )
                    _segment, after = self.string_translation(translation, path)
                    if role.works_in(language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(after, NEW_TEXT[path][language])
                    else:
                        self.assertRefused(response)
                        self.assertEqual(after, before)

    def test_upload_a_po_file_for_a_page_translation(self):
        self.check_po_upload(Page, self.reports, "title")

    def test_upload_a_po_file_for_a_snippet_translation(self):
        self.check_po_upload(Person, self.people, "name")

    # Snippets

    def person_form(self, person, name, action=None):
        data = {"name": name, "role": person.role, "bio": person.bio, "photo": ""}
        if action:
            data[f"action-{action}"] = action
        return data

    def test_edit_a_person(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    person = Person.objects.get(pk=self.people[language][language])
                    before = person.latest_revision_id
                    response = self.act(
                        "post",
                        f"/admin/snippets/resources/person/edit/{person.pk}/",
                        self.person_form(person, NEW_NAME[language]),
                    )
                    person = Person.objects.get(pk=person.pk)
                    if may_edit(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(person.latest_revision.content["name"], NEW_NAME[language])
                    else:
                        self.assertRefused(response)
                        self.assertEqual(person.latest_revision_id, before)

    def test_publish_a_person(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    person = Person.objects.get(pk=self.people[language][language])
                    response = self.act(
                        "post",
                        f"/admin/snippets/resources/person/edit/{person.pk}/",
                        self.person_form(person, NEW_NAME[language], action="publish"),
                    )
                    live_name = Person.objects.get(pk=person.pk).name
                    if may_publish(role, language):
                        self.assertAllowed(response, ok=(302,))
                        self.assertEqual(live_name, NEW_NAME[language])
                    elif may_edit(role, language):
                        # Wagtail saves a draft instead.
                        self.assertEqual(response.status_code, 302)
                        self.assertEqual(live_name, person.name)
                    else:
                        self.assertRefused(response)
                        self.assertEqual(live_name, person.name)

    def test_read_a_persons_history(self):
        for role in ROLES:
            for language in LANGUAGES:
                with self.cell(role, language=language):
                    person = Person.objects.get(pk=self.people["en"][language])
                    response = self.act(
                        "get", f"/admin/snippets/resources/person/history/{person.pk}/"
                    )
                    if role.works_in(language):
                        self.assertAllowed(response, ok=(200,))
                        self.assertContains(response, person.name)
                    else:
                        self.assertRefused(response)
                        self.assertNotIn(person.name, response.content.decode())

    # Files

    def change_document(self, pk):
        document = Document.objects.get(pk=pk)
        response = self.act(
            "post",
            f"/admin/documents/edit/{pk}/",
            {
                "title": document.title,
                "file": SimpleUploadedFile("replacement.pdf", REPLACEMENT_PDF),
                "collection": document.collection_id,
                "tags": "",
            },
        )
        return response, Document.objects.get(pk=pk).file.name != document.file.name

    def change_image(self, pk):
        image = Image.objects.get(pk=pk)
        response = self.act(
            "post",
            f"/admin/images/{pk}/",
            {
                "title": image.title,
                "file": SimpleUploadedFile("replacement.png", png("crimson")),
                "collection": image.collection_id,
                "tags": "",
            },
        )
        return response, Image.objects.get(pk=pk).file.name != image.file.name

    def delete_document(self, pk):
        response = self.act("post", f"/admin/documents/delete/{pk}/")
        return response, not Document.objects.filter(pk=pk).exists()

    def delete_image(self, pk):
        response = self.act("post", f"/admin/images/{pk}/delete/")
        return response, not Image.objects.filter(pk=pk).exists()

    def check_file_action(self, role, action, pk, allowed, **labels):
        with self.cell(role, **labels):
            response, changed = action(pk)
            if allowed:
                self.assertAllowed(response, ok=(302,))
                self.assertTrue(changed)
            else:
                self.assertRefused(response)
                self.assertFalse(changed)

    def test_change_the_files_of_a_live_publication(self):
        for role in ROLES:
            for language in LANGUAGES:
                allowed = may_change_a_live_publications_file(role, language)
                for action, pk in (
                    (self.change_document, self.documents[language]),
                    (self.change_image, self.covers[language]),
                    (self.delete_image, self.covers[language]),
                ):
                    self.check_file_action(
                        role, action, pk, allowed, language=language, file_action=action.__name__
                    )

    def test_nobody_deletes_a_document_a_publication_lists(self):
        for role in ROLES:
            for language in LANGUAGES:
                self.check_file_action(
                    role, self.delete_document, self.documents[language], False, language=language
                )

    def test_change_ones_own_unused_upload(self):
        for role in ROLES:
            uploads = self.own_uploads[role.group]
            for action, kind in (
                (self.change_document, "document"),
                (self.delete_document, "document"),
                (self.change_image, "image"),
                (self.delete_image, "image"),
            ):
                self.check_file_action(
                    role, action, uploads[kind], True, file_action=action.__name__
                )

    def test_change_somebody_elses_unused_upload(self):
        for role in ROLES:
            allowed = may_change_others_unused_upload(role)
            for action, kind in (
                (self.change_document, "document"),
                (self.delete_document, "document"),
                (self.change_image, "image"),
                (self.delete_image, "image"),
            ):
                self.check_file_action(
                    role, action, self.others_upload[kind], allowed, file_action=action.__name__
                )
