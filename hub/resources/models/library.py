import logging
from dataclasses import dataclass, replace

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub.core.rate_limits import ClientRate, too_many_requests
from hub.resources.feeds import feed_response
from hub.resources.models.base import PublicationPage, PublicationTopic
from hub.resources.models.restricted import RestrictedPageMixin
from hub.resources.models.snippets import Topic
from search.engines.base import FACETS, FacetCount, SearchEngineError

logger = logging.getLogger(__name__)

PUBLICATIONS_PER_PAGE = 12
POPULAR_TOPICS = 6
# The library without a search changes only when something is published: shared caches may
# keep it for a few minutes.
LANDING_MAX_AGE = 300
# When the search engine is down, readers and crawlers are asked to come back after this.
RETRY_AFTER_SECONDS = 120
# The engine's facets as the library names them, in the reader's language.
FACET_LEGENDS = {
    "type": gettext_lazy("Type"),
    "topic": gettext_lazy("Topic"),
    "available_in": gettext_lazy("Available in"),
    "year": gettext_lazy("Year"),
    "region": gettext_lazy("Country or region"),
}


def publication_types():
    from hub.resources.models import CampaignToolkitPage, PolicyPaperPage, ResearchReportPage

    return {
        model.publication_type: model
        for model in (ResearchReportPage, PolicyPaperPage, CampaignToolkitPage)
    }


@dataclass
class Facet:
    name: str
    legend: str
    options: list


@dataclass
class ActiveFilter:
    legend: str
    label: str
    remove_url: str


@dataclass
class SortOption:
    value: str
    label: str
    selected: bool


def sort_options(query):
    """The sort choices. The first, sent as no value, is the default: relevance for a text
    search, newest first for browsing; so a reader who browsed and then types a query gets
    relevance, not the browsing order."""
    if query.text:
        default = SortOption("", _("Relevance"), query.sort == "relevance")
        others = ("newest", "oldest")
    else:
        default = SortOption("", _("Newest first"), query.sort == "newest")
        others = ("oldest",)
    labels = {"newest": _("Newest first"), "oldest": _("Oldest first")}
    return [default] + [
        SortOption(value, labels[value], not default.selected and query.sort == value)
        for value in others
    ]


def without(params, *names):
    """A mutable copy of a QueryDict without the page number and the named parameters: every
    link that changes the search starts again from its first page."""
    params = params.copy()
    for name in ("page", *names):
        params.pop(name, None)
    return params


def with_chosen_values(results, query):
    """The results with every chosen facet value among the facet counts (at 0 when the query
    excludes it), so a reader always sees, and can untick, what they chose. A topic that no
    live, public publication has is left out: its name would be shown to whoever guessed its
    slug."""
    facets = {}
    for facet in FACETS:
        counts = list(results.facets.get(facet, []))
        counted = {count.value for count in counts}
        missing = query.filter_values(facet) - counted
        if facet == "topic" and missing:
            missing = topics_of_public_publications(missing)
        counts += [FacetCount(value, 0) for value in sorted(missing)]
        facets[facet] = counts
    return replace(results, facets=facets)


def topics_of_public_publications(keys):
    """Those of these topic translation keys that a live, public publication (in any language:
    a search may cover all of them) has."""
    return {
        str(key)
        for key in Topic.objects.filter(
            translation_key__in=keys,
            pk__in=PublicationPage.objects.live().public().values("topics__topic"),
        ).values_list("translation_key", flat=True)
    }


def mark_as_search_results(response):
    """What a reader searched for is kept by no cache and listed by no search engine."""
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True, no_store=True)


def too_many_searches(request, seconds):
    """Over SEARCH_PAGE_RATE: a 429 page before the engine runs and before the query is
    counted in the search analytics."""
    response = too_many_requests(
        request,
        seconds,
        _("Too many searches"),
        ngettext(
            "You have searched many times in a short while. Please wait %(seconds)d second, "
            "then search again.",
            "You have searched many times in a short while. Please wait %(seconds)d seconds, "
            "then search again.",
            seconds,
        )
        % {"seconds": seconds},
    )
    mark_as_search_results(response)
    return response


class ResourceLibraryPage(RestrictedPageMixin, RoutablePageMixin, Page):
    """The only parent of publications, and the public search: its index searches them (in the
    reader's language or all) with facets; /topics/<slug>/ lists one topic's publications."""

    intro = models.TextField(gettext_lazy("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "resources.ResearchReportPage",
        "resources.PolicyPaperPage",
        "resources.CampaignToolkitPage",
    ]
    max_count_per_parent = 1
    template = "pages/resource_library_page.html"

    class Meta:
        verbose_name = gettext_lazy("resource library")

    def publications(self):
        return (
            PublicationPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-publication_date", "-pk")
        )

    def topic_keys_in_use(self):
        """The translation keys of the topics of this library's live, public publications."""
        return Topic.objects.filter(pk__in=self.publications().values("topics__topic")).values(
            "translation_key"
        )

    def topics_in_use(self):
        """The topics of this library's publications, in the reader's language."""
        language = translation.get_language()
        return Topic.objects.filter(
            translation_key__in=self.topic_keys_in_use(),
            locale__language_code=language,
            live=True,
        ).order_by("name")

    def paginate(self, request, publications):
        paginator = Paginator(publications, PUBLICATIONS_PER_PAGE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404(_("There is no such page of results.")) from None

    def popular_topics(self):
        """The topics with the most publications in this library, in its language: offered
        when a search finds nothing. Two queries."""
        ranked = [
            row["topic__translation_key"]
            for row in PublicationTopic.objects.filter(page__in=self.publications().values("pk"))
            .values("topic__translation_key")
            .annotate(publications=Count("page", distinct=True))
            .order_by("-publications", "topic__translation_key")[:POPULAR_TOPICS]
        ]
        topics = {
            topic.translation_key: topic
            for topic in Topic.objects.filter(
                translation_key__in=ranked, locale=self.locale, live=True
            )
        }
        return [topics[key] for key in ranked if key in topics]

    def url_with(self, request, params):
        """This page's URL with the given query parameters (a QueryDict), if any."""
        encoded = params.urlencode()
        return f"{self.get_url(request)}?{encoded}" if encoded else self.get_url(request)

    @path("")
    def index_route(self, request):
        """The library is its own search: browsing is the empty query sorted newest first, so
        every visit goes through the search engine, with facets, whatever the parameters."""
        # search.query and search.results import this module, so they are imported here.
        from search import service
        from search.query import last_page, parse_search, past_result_window

        language = self.locale.language_code
        parsed = parse_search(request.GET, language)
        query = parsed.query
        if "page" in parsed.errors or past_result_window(query):
            raise Http404(_("There is no such page of results."))
        context = {
            "parsed": parsed,
            "query": query,
            "notices": parsed.notices,
            "sort_options": sort_options(query),
            "topics": self.topics_in_use(),
        }
        if query.text:
            searches = ClientRate("SEARCH_PAGE_RATE", "library")
            if not searches.allow_request(request):
                return too_many_searches(request, searches.wait())
        try:
            results = service.search(query)
        except SearchEngineError:
            # Logged without the query: search terms are personal data here.
            logger.warning("The library could not search: the search engine is unavailable.")
            response = self.render(request, context_overrides={**context, "unavailable": True})
            # A 503 keeps outages visible to monitoring and tells crawlers to come back.
            response.status_code = 503
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
            mark_as_search_results(response)
            return response
        page_count = last_page(results.count, query.page_size)
        if query.page > page_count:
            raise Http404(_("There is no such page of results."))
        response = self.render(
            request,
            context_overrides={
                **context,
                **self.results_context(request, parsed, results),
                "page_count": page_count,
                "previous_page": query.page - 1 if query.page > 1 else None,
                "next_page": query.page + 1 if query.page < page_count else None,
            },
        )
        if parsed.is_search:
            mark_as_search_results(response)
        else:
            patch_cache_control(response, public=True, max_age=LANDING_MAX_AGE)
        return response

    def results_context(self, request, parsed, results):
        # Imported here for the same reason as in index_route.
        from search.analytics import record_search
        from search.promotions import promoted_for
        from search.query import topic_keys_by_slug
        from search.results import build_cards, facet_options

        query = parsed.query
        promoted = []
        if query.text and query.page == 1:
            promoted = promoted_for(query.text, query.language)
            # Once per search, not once per page of it.
            record_search(query.text, query.language, results.count)
        options = facet_options(with_chosen_values(results, query), query)
        # Options are ordered newest year first, however the engine ordered them.
        options["year"].sort(key=lambda option: option.value, reverse=True)
        # A topic may be in the URL by its slug in another language; removing it must match
        # every slug of the same topic.
        topic_keys = {}
        if "topic" in query.filters:
            topic_keys = topic_keys_by_slug(
                {*request.GET.getlist("topic"), *(option.value for option in options["topic"])}
            )
        return {
            "results": results,
            "cards": build_cards(results.hits, request, promoted),
            "facets": [
                Facet(name, FACET_LEGENDS[name], options[name]) for name in FACETS if options[name]
            ],
            "active_filters": self.active_filters(request, options, topic_keys),
            "clear_filters_url": self.url_with(request, without(request.GET, *FACETS)),
            "popular_topics": [] if results.count else self.popular_topics(),
        }

    def active_filters(self, request, options, topic_keys):
        """Each chosen facet value with a link to the same search without it."""

        def same_value(facet, raw, value):
            if facet == "topic":
                return raw in topic_keys and topic_keys[raw] == topic_keys.get(value)
            return raw == value

        chosen = []
        for facet in FACETS:
            for option in options[facet]:
                if not option.selected:
                    continue
                params = without(request.GET)
                params.setlist(
                    facet,
                    [
                        raw
                        for raw in request.GET.getlist(facet)
                        if not same_value(facet, raw, option.value)
                    ],
                )
                chosen.append(
                    ActiveFilter(FACET_LEGENDS[facet], option.label, self.url_with(request, params))
                )
        return chosen

    def topic_in_language(self, slug):
        """The topic with this slug in the reader's language, if a live, public publication of
        this library has it: a topic that only private or unpublished work has is not named."""
        language = translation.get_language()
        topic = Topic.objects.filter(
            slug=slug,
            locale__language_code=language,
            live=True,
            translation_key__in=self.topic_keys_in_use(),
        ).first()
        if topic is None:
            raise Http404(_("There is no such topic."))
        return topic

    def publications_on(self, topic):
        return self.publications().filter(topics__topic__translation_key=topic.translation_key)

    @path("feed/<str:fmt>/")
    def feed_route(self, request, fmt):
        return feed_response(request, self, self.publications().specific(), self.title, fmt)

    @path("types/<str:type_key>/feed/<str:fmt>/")
    def type_feed_route(self, request, type_key, fmt):
        model = publication_types().get(type_key)
        if model is None:
            raise Http404(_("There is no such publication type."))
        title = f"{self.title}: {capfirst(model._meta.verbose_name_plural)}"
        return feed_response(request, self, self.publications().type(model).specific(), title, fmt)

    @path("topics/<slug:slug>/feed/<str:fmt>/")
    def topic_feed_route(self, request, slug, fmt):
        topic = self.topic_in_language(slug)
        title = f"{self.title}: {topic.name}"
        return feed_response(request, self, self.publications_on(topic).specific(), title, fmt)

    @path("topics/<slug:slug>/")
    def topic_route(self, request, slug):
        topic = self.topic_in_language(slug)
        publications = self.publications_on(topic)
        return render(
            request,
            "pages/topic_page.html",
            {
                "page": self,
                "topic": topic,
                "results": self.paginate(request, publications.specific()),
            },
        )
