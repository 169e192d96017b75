from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from hub.core.blocks import BodyBlock
from hub.resources.models import PublicationPage, ResourceLibraryPage
from hub.resources.models.restricted import RestrictedPageMixin


class HomePage(RestrictedPageMixin, Page):
    """The root of each language's site tree: /en/, /ar/, /he/."""

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("One or two sentences under the title: who we are and what we do."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["resources.ResourceLibraryPage"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["library"] = ResourceLibraryPage.objects.child_of(self).live().first()
        context["latest_publications"] = (
            PublicationPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .order_by("-publication_date")[:3]
            .specific()
        )
        return context
