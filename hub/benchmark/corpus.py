"""The benchmark corpus in the database: real, live publication pages under each language's
resource library, with people, topics and regions, created from `hub.benchmark.plan`.

Everything the benchmark creates is owned by one inactive user, `search-benchmark`: that is how
it tells its pages from anyone else's. Slugs start with "bench-" so that people can tell too.
On a freshly migrated database it also creates a home page and a library per language, with
its own short text: it needs no demo content.

Pages are written directly (one save per page, related rows in bulk), without revisions: they
are created live, as a publish leaves them, but send no publish signal, so the search outbox
records nothing and the benchmark indexes them itself.
"""

import html
import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from home.models import HomePage
from hub.benchmark.plan import ADDRESSEES, NAMESPACE, PlannedPublication
from hub.benchmark.words import PEOPLE, TOPICS
from hub.resources.catalogue import (
    CampaignToolkitPage,
    Person,
    PolicyPaperPage,
    PublicationAuthor,
    PublicationPage,
    PublicationRegion,
    PublicationTopic,
    ResearchReportPage,
    ResourceLibraryPage,
    Topic,
)
from search.analysis import LANGUAGES

OWNER_USERNAME = "search-benchmark"
PAGE_MODELS = {
    "report": ResearchReportPage,
    "paper": PolicyPaperPage,
    "toolkit": CampaignToolkitPage,
}
PAGES_PER_TRANSACTION = 500
# The home page and library made where a language has none: only enough for the library's URLs.
TREE_TEXT = {
    "en": {
        "home": "Search benchmark",
        "intro": "Generated publications for measuring the speed of search.",
        "library": "Benchmark library",
    },
    "ar": {
        "home": "قياس أداء البحث",
        "intro": "منشورات مولَّدة آليًا لقياس سرعة البحث.",
        "library": "مكتبة قياس الأداء",
    },
    "he": {
        "home": "מדידת ביצועי החיפוש",
        "intro": "פרסומים שנוצרו אוטומטית כדי למדוד את מהירות החיפוש.",
        "library": "ספריית מדידת הביצועים",
    },
}
PAGES_PER_DELETE = 1000


class CorpusError(Exception):
    """The database cannot hold the corpus as it is (not migrated)."""


def benchmark_owner(create: bool = False):
    users = get_user_model().objects
    if not create:
        return users.filter(username=OWNER_USERNAME).first()
    owner, created = users.get_or_create(
        username=OWNER_USERNAME, defaults={"is_active": False, "last_name": "Search benchmark"}
    )
    if created:
        owner.set_unusable_password()
        owner.save(update_fields=["password"])
    return owner


def corpus_pages():
    """The benchmark's publications (none when it has never run here)."""
    owner = benchmark_owner()
    return PublicationPage.objects.filter(owner=owner) if owner else PublicationPage.objects.none()


def foreign_publications():
    """Publications the benchmark did not make."""
    owner = benchmark_owner()
    return PublicationPage.objects.exclude(owner=owner) if owner else PublicationPage.objects.all()


@contextmanager
def quiet_page_log():
    """Wagtail logs a line for every page created or deleted: ten thousand lines here."""
    logger = logging.getLogger("wagtail")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


@contextmanager
def wagtail_indexes_paused():
    """Wagtail updates its admin search index and its reference index after every page save and
    delete, a task per page that would cost more than creating the page. The benchmark's pages
    are never edited in the admin, so both are left alone while it creates and deletes them."""
    paused = []
    for signal, handler in (
        (post_save, post_save_signal_handler),
        (post_delete, post_delete_signal_handler),
    ):
        for model in (Page, PublicationPage, *PAGE_MODELS.values()):
            if signal.disconnect(handler, sender=model):
                paused.append((signal, handler, model))
    try:
        with disable_reference_index_auto_update(), quiet_page_log():
            yield
    finally:
        for signal, handler, model in paused:
            signal.connect(handler, sender=model)


def delete_corpus() -> int:
    """Deletes the benchmark's publications; returns how many. Their deletion goes through the
    search outbox like any other, which removes their documents from the index."""
    page_ids = list(corpus_pages().order_by("pk").values_list("pk", flat=True))
    with wagtail_indexes_paused():
        for start in range(0, len(page_ids), PAGES_PER_DELETE):
            with transaction.atomic():
                Page.objects.filter(pk__in=page_ids[start : start + PAGES_PER_DELETE]).delete()
    return len(page_ids)


def create_corpus(
    plans: list[PlannedPublication], progress: Callable[[int], None] | None = None
) -> None:
    owner = benchmark_owner(create=True)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    missing = [language for language in LANGUAGES if language not in locales]
    if missing:
        raise CorpusError(f"Locales {missing} are missing: run `manage.py migrate` first.")
    with transaction.atomic(), quiet_page_log():
        libraries = language_libraries(locales, owner)
        people = snippets(Person, people_rows(), locales)
        topics = snippets(Topic, topic_rows(), locales)
    with wagtail_indexes_paused():
        created = 0
        for start in range(0, len(plans), PAGES_PER_TRANSACTION):
            chunk = plans[start : start + PAGES_PER_TRANSACTION]
            with transaction.atomic():
                create_pages(chunk, libraries, people, topics, owner)
            created += len(chunk)
            if progress:
                progress(created)


# Homes and libraries --------------------------------------------------------------------------


def language_libraries(locales, owner) -> dict[str, ResourceLibraryPage]:
    """Each language's library, created with its home page where missing; a new home is the
    default site's root (English) or a translation of it."""
    homes = {}
    for language in LANGUAGES:
        homes[language] = HomePage.objects.filter(locale=locales[language]).first()
        if homes[language] is None:
            source = homes.get(LANGUAGES[0])
            homes[language] = add_page(
                Page.get_first_root_node(),
                HomePage(
                    slug=f"bench-home-{language}",
                    locale=locales[language],
                    owner=owner,
                    title=TREE_TEXT[language]["home"],
                    intro=TREE_TEXT[language]["intro"],
                ),
                source,
            )
            if source is None:
                site = Site.objects.filter(is_default_site=True).first() or Site(
                    hostname="localhost", port=80, is_default_site=True
                )
                site.root_page = homes[language]
                site.save()
    libraries = {}
    for language in LANGUAGES:
        libraries[language] = ResourceLibraryPage.objects.child_of(homes[language]).first()
        if libraries[language] is None:
            libraries[language] = add_page(
                homes[language],
                ResourceLibraryPage(
                    slug="library",
                    locale=locales[language],
                    owner=owner,
                    title=TREE_TEXT[language]["library"],
                ),
                libraries.get(LANGUAGES[0]),
            )
    return libraries


def add_page(parent: Page, page: Page, translation_of: Page | None) -> Page:
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    page.first_published_at = page.last_published_at = timezone.now()
    parent.refresh_from_db()
    return parent.add_child(instance=page)


# People and topics ---------------------------------------------------------------------------


def people_rows() -> Iterator[tuple[uuid.UUID, dict[str, dict]]]:
    for index, names in enumerate(PEOPLE):
        key = uuid.uuid5(NAMESPACE, f"person-{index}")
        yield (
            key,
            {language: {"name": name} for language, name in zip(LANGUAGES, names, strict=True)},
        )


def topic_rows() -> Iterator[tuple[uuid.UUID, dict[str, dict]]]:
    for slug, *names in TOPICS:
        key = uuid.uuid5(NAMESPACE, f"topic-{slug}")
        yield (
            key,
            {
                language: {"name": name, "slug": f"bench-{slug}"}
                for language, name in zip(LANGUAGES, names, strict=True)
            },
        )


def snippets(model, rows, locales) -> dict[tuple[uuid.UUID, str], object]:
    """The live snippets of the rows, one per language with the row's translation key, created
    where missing; by (translation key, language)."""
    rows = list(rows)
    keys = [key for key, _fields in rows]
    existing = {
        (snippet.translation_key, snippet.locale.language_code): snippet
        for snippet in model.objects.filter(translation_key__in=keys).select_related("locale")
    }
    model.objects.bulk_create(
        model(translation_key=key, locale=locales[language], live=True, **fields)
        for key, by_language in rows
        for language, fields in by_language.items()
        if (key, language) not in existing
    )
    return {
        (snippet.translation_key, snippet.locale.language_code): snippet
        for snippet in model.objects.filter(translation_key__in=keys).select_related("locale")
    }


# Publications -------------------------------------------------------------------------------


def create_pages(plans, libraries, people, topics, owner) -> None:
    """Saves the pages as the last children of their libraries, then their related rows in
    bulk. Tree paths are taken in order after each library's last child (the library row is
    locked, as treebeard's add_child does), so a save costs no lookup of the last child."""
    now = timezone.now()
    previous = {}
    authors, page_topics, regions = [], [], []
    added = dict.fromkeys(libraries, 0)
    for plan in plans:
        library = libraries[plan.language]
        if plan.language not in previous:
            Page.objects.select_for_update().filter(pk=library.pk).first()
            previous[plan.language] = library.get_last_child()
        page = build_page(plan, library.locale, owner, now)
        page.depth = library.depth + 1
        last = previous[plan.language]
        # treebeard's own path arithmetic: the step after the last child, or the first step.
        page.path = last._inc_path() if last else Page._get_path(library.path, page.depth, 1)
        page._cached_parent_obj = library
        page.save(clean=False)
        previous[plan.language] = page
        added[plan.language] += 1
        topic_key = {slug: uuid.uuid5(NAMESPACE, f"topic-{slug}") for slug in plan.topics}
        authors += [
            PublicationAuthor(
                page=page,
                person=people[(uuid.uuid5(NAMESPACE, f"person-{index}"), plan.language)],
                sort_order=order,
            )
            for order, index in enumerate(plan.people)
        ]
        page_topics += [
            PublicationTopic(
                page=page, topic=topics[(topic_key[slug], plan.language)], sort_order=order
            )
            for order, slug in enumerate(plan.topics)
        ]
        regions += [
            PublicationRegion(page=page, region=code, sort_order=order)
            for order, code in enumerate(plan.regions)
        ]
    PublicationAuthor.objects.bulk_create(authors)
    PublicationTopic.objects.bulk_create(page_topics)
    PublicationRegion.objects.bulk_create(regions)
    for language, count in added.items():
        library = libraries[language]
        Page.objects.filter(pk=library.pk).update(numchild=F("numchild") + count)
        library.numchild += count


def build_page(plan: PlannedPublication, locale, owner, now) -> PublicationPage:
    fields = {
        "title": plan.title,
        "draft_title": plan.title,
        "slug": plan.slug,
        "locale": locale,
        "translation_key": plan.translation_key,
        "owner": owner,
        "live": True,
        "first_published_at": now,
        "last_published_at": now,
        "summary": plan.summary,
        "publication_date": plan.date,
        "body": stream(plan, "body", [body_block(kind, text) for kind, text in plan.body]),
    }
    if plan.publication_type == "report":
        fields["key_findings"] = stream(
            plan, "findings", [("finding", text) for text in plan.type_texts]
        )
    elif plan.publication_type == "paper":
        fields["recommendations"] = stream(
            plan,
            "recommendations",
            [
                (
                    "recommendation",
                    {"addressee": ADDRESSEES[plan.number % len(ADDRESSEES)], "text": text},
                )
                for text in plan.type_texts
            ],
        )
    else:
        fields["goal"], fields["call_to_action"] = plan.type_texts
    return PAGE_MODELS[plan.publication_type](**fields)


def body_block(kind: str, text: str) -> tuple[str, object]:
    if kind == "heading":
        return ("heading", {"text": text, "level": "h2"})
    return ("paragraph", f"<p>{html.escape(text, quote=False)}</p>")


def stream(plan, field_name, blocks) -> list[dict]:
    """A StreamField's raw data, with block ids derived from the page so the corpus is the same
    on every run."""
    return [
        {
            "type": block_type,
            "value": value,
            "id": str(uuid.uuid5(NAMESPACE, f"{plan.slug}-{field_name}-{index}")),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]
