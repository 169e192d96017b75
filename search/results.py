"""Search results as readers see them, for the library page and the API alike: one card per
publication in the reader's language, with the other languages it exists in, and facet options
with labels in the reader's language. A constant number of queries per results page."""

from dataclasses import dataclass

from hub.core.languages import own_name
from hub.core.view_restrictions import without_private_pages
from hub.resources.catalogue import (
    PublicationPage,
    Topic,
    prefetch_localized_snippets,
    publication_types,
    region_name,
)
from search.engines.base import FACETS, Highlight, Hit, SearchQuery, SearchResults


@dataclass
class LanguageVersion:
    code: str
    name: str
    url: str


@dataclass
class ResultCard:
    # The base PublicationPage, not the specific one: loading the specific pages would cost a
    # query per publication type among the hits. `type_label` comes from its class.
    page: PublicationPage
    language: str
    other_languages: list[LanguageVersion]
    highlight: Highlight | None
    # Set when the match was found in another language's version (all-languages scope).
    matched_language: LanguageVersion | None = None
    promoted: bool = False

    @property
    def type_label(self) -> str:
        return self.page.specific_class._meta.verbose_name

    @property
    def from_attachment(self) -> bool:
        return bool(self.highlight and self.highlight.source == "attachment")


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


# What a card shows of its page, and what its URL and its versions' links are made of.
CARD_FIELDS = (
    "title",
    "summary",
    "publication_date",
    "translation_key",
    "url_path",
    "content_type",
    "locale__language_code",
)


def build_cards(hits: list[Hit], request, promoted: list[PublicationPage] = ()) -> list[ResultCard]:
    """Cards for the hits, promoted publications first (and not repeated below)."""
    promoted_keys = {str(page.translation_key) for page in promoted}
    hits = [hit for hit in hits if hit.translation_key not in promoted_keys]
    # The cards' pages and their other languages' versions in one query: every live, public
    # page of the shown translation groups.
    keys = promoted_keys | {hit.translation_key for hit in hits}
    pages, versions = {}, {}
    for version in (
        without_private_pages(PublicationPage.objects.live())
        .filter(translation_key__in=keys)
        .select_related("locale")
        .only(*CARD_FIELDS)
        .order_by("locale__language_code")
    ):
        pages[version.pk] = version
        versions.setdefault(version.translation_key, []).append(version)
    shown = {page.pk for page in promoted} | {hit.page_id for hit in hits}
    # A card names its authors, not its topics.
    prefetch_localized_snippets(
        [page for pk, page in pages.items() if pk in shown], "authors", fields=("name",)
    )

    def other_languages(page):
        return [
            LanguageVersion(
                version.locale.language_code,
                own_name(version.locale.language_code),
                version.get_url(request),
            )
            for version in versions.get(page.translation_key, [])
            if version.pk != page.pk
        ]

    cards = [
        ResultCard(
            page=pages[page.pk],
            language=page.locale.language_code,
            other_languages=other_languages(page),
            highlight=None,
            promoted=True,
        )
        for page in promoted
        if page.pk in pages
    ]
    for hit in hits:
        page = pages.get(hit.page_id)
        if page is None:
            continue
        matched = None
        if hit.matched_language != hit.language:
            matched = LanguageVersion(hit.matched_language, own_name(hit.matched_language), "")
        cards.append(
            ResultCard(
                page=page,
                language=hit.language,
                other_languages=other_languages(page),
                highlight=hit.highlight,
                matched_language=matched,
            )
        )
    return cards


def facet_options(results: SearchResults, query: SearchQuery) -> dict[str, list[FacetOption]]:
    """Each facet's values with counts, labelled in the reader's language; the value is what
    the URL carries (a topic's slug in the reader's language, where it has one)."""
    topics = _topics_by_key(
        [count.value for count in results.facets.get("topic", [])], query.language
    )
    types = publication_types()
    options = {}
    for facet in FACETS:
        chosen = query.filter_values(facet)
        facet_values = []
        for count in results.facets.get(facet, []):
            if facet == "topic":
                topic = topics.get(count.value)
                if topic is None:
                    continue
                value, label = topic.slug, topic.name
            elif facet == "type":
                model = types.get(count.value)
                value = count.value
                label = str(model._meta.verbose_name_plural).capitalize() if model else value
            elif facet == "available_in":
                value, label = count.value, own_name(count.value)
            elif facet == "region":
                value, label = count.value, region_name(count.value)
            else:
                value, label = count.value, count.value
            facet_values.append(FacetOption(value, label, count.count, count.value in chosen))
        options[facet] = facet_values
    return options


def _topics_by_key(keys, language) -> dict[str, Topic]:
    """Topics by translation key, in the reader's language where a live version exists."""
    found = {}
    topics = (
        Topic.objects.filter(translation_key__in=keys, live=True)
        .select_related("locale")
        .only("translation_key", "slug", "name", "locale__language_code")
    )
    for topic in topics:
        key = str(topic.translation_key)
        if key not in found or topic.locale.language_code == language:
            found[key] = topic
    return found
