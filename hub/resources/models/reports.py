from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField

from hub.resources.models.base import PublicationPage, publication_edit_handler


class ResearchReportPage(PublicationPage):
    key_findings = StreamField(
        [("finding", blocks.TextBlock(label=_("Finding")))],
        blank=True,
        verbose_name=_("key findings"),
    )
    methodology = RichTextField(
        _("methodology"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )

    publication_type = "report"
    template = "pages/research_report_page.html"
    schema_type = "Report"

    content_panels = [
        *PublicationPage.content_panels,
        FieldPanel("key_findings"),
        FieldPanel("methodology"),
    ]
    edit_handler = publication_edit_handler(content_panels)
    api_fields = [
        *PublicationPage.api_fields,
        APIField("key_findings"),
        APIField("methodology"),
    ]

    class Meta:
        verbose_name = _("research report")
        verbose_name_plural = _("research reports")
