from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub.core.view_restrictions import without_private_pages
from hub.resources.feeds import feed_response
from hub.resources.models.base import PublicationPage, PublicationTopic
from hub.resources.models.restricted import RestrictedPageMixin
from hub.resources.models.snippets import Topic
from hub.resources.models.types import publication_types

PUBLICATIONS_PER_PAGE = 12
POPULAR_TOPICS = 6


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

    def in_use(self, topics):
        """Those of these topics that one of this library's live, public publications has (in
        any language's version of the topic). A subquery that stops at each topic's first
        publication, rather than the topics of every publication of the library."""
        # The restrictions as a subquery: `public()` would cost a query of its own. Not in
        # `publications()`, whose lists would be estimated at such a cost that PostgreSQL
        # compiles them (JIT) for longer than they take to run.
        publications = without_private_pages(PublicationPage.objects.child_of(self).live())
        publications = publications.filter(
            topics__topic__translation_key=OuterRef("translation_key")
        )
        return topics.filter(Exists(publications))

    def topics_in_use(self):
        """The topics of this library's publications, in the reader's language."""
        language = translation.get_language()
        topics = Topic.objects.filter(locale__language_code=language, live=True)
        return self.in_use(topics).order_by("name")

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
        """The library is its own search, served by the view LIBRARY_SEARCH_VIEW names: the
        search layer sits above the publications, which know nothing of it."""
        return import_string(settings.LIBRARY_SEARCH_VIEW)(self, request)

    def topic_in_language(self, slug):
        """The topic with this slug in the reader's language, if a live, public publication of
        this library has it: a topic that only private or unpublished work has is not named."""
        language = translation.get_language()
        topics = Topic.objects.filter(slug=slug, locale__language_code=language, live=True)
        topic = self.in_use(topics).first()
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
