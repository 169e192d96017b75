from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import render
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub.resources.feeds import feed_response
from hub.resources.models.base import PublicationPage
from hub.resources.models.snippets import Topic

PUBLICATIONS_PER_PAGE = 12


def publication_types():
    from hub.resources.models import CampaignToolkitPage, PolicyPaperPage, ResearchReportPage

    return {
        model.publication_type: model
        for model in (ResearchReportPage, PolicyPaperPage, CampaignToolkitPage)
    }


class ResourceLibraryPage(RoutablePageMixin, Page):
    """The only parent of publications. Lists them in the reader's language, filtered by type,
    topic and year; /topics/<slug>/ lists one topic's publications."""

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

    def topics_in_use(self):
        """The topics of this library's publications, in the reader's language."""
        keys = Topic.objects.filter(pk__in=self.publications().values("topics__topic")).values(
            "translation_key"
        )
        language = translation.get_language()
        return Topic.objects.filter(
            translation_key__in=keys, locale__language_code=language, live=True
        ).order_by("name")

    def paginate(self, request, publications):
        paginator = Paginator(publications, PUBLICATIONS_PER_PAGE)
        try:
            return paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404(_("There is no such page of results.")) from None

    @path("")
    def index_route(self, request):
        publications = self.publications()
        notices = []
        types = publication_types()
        topics = self.topics_in_use()
        years = [date.year for date in publications.dates("publication_date", "year", "DESC")]
        chosen = {}

        type_key = request.GET.get("type", "")
        if type_key in types:
            publications = publications.type(types[type_key])
            chosen["type"] = type_key
        elif type_key:
            notices.append(
                _("There is no publication type “%(value)s”: showing all types.")
                % {"value": type_key}
            )

        topic_slug = request.GET.get("topic", "")
        topic = next((t for t in topics if t.slug == topic_slug), None)
        if topic is not None:
            publications = publications.filter(topics__topic__translation_key=topic.translation_key)
            chosen["topic"] = topic_slug
        elif topic_slug:
            notices.append(
                _("There is no topic “%(value)s”: showing all topics.") % {"value": topic_slug}
            )

        year = request.GET.get("year", "")
        if year.isdigit() and int(year) in years:
            publications = publications.filter(publication_date__year=int(year))
            chosen["year"] = int(year)
        elif year:
            notices.append(
                _("There are no publications from “%(value)s”: showing all years.")
                % {"value": year}
            )

        results = self.paginate(request, publications.specific())
        return self.render(
            request,
            context_overrides={
                "results": results,
                "types": [(key, model._meta.verbose_name_plural) for key, model in types.items()],
                "topics": topics,
                "years": years,
                "chosen": chosen,
                "notices": notices,
            },
        )

    def topic_in_language(self, slug):
        language = translation.get_language()
        topic = Topic.objects.filter(slug=slug, locale__language_code=language, live=True).first()
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
