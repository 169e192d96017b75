from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField

from hub.resources.models.base import PublicationPage, publication_edit_handler

ADDRESSEES = [
    ("platforms", _("Platforms")),
    ("governments", _("Governments")),
    ("legislators", _("Legislators")),
    ("civil_society", _("Civil society")),
    ("donors", _("Donors")),
]


class RecommendationValue(blocks.StructValue):
    @property
    def addressee_label(self):
        return dict(ADDRESSEES).get(self["addressee"], "")


class RecommendationBlock(blocks.StructBlock):
    addressee = blocks.ChoiceBlock(choices=ADDRESSEES, label=_("Addressed to"))
    text = blocks.TextBlock(label=_("Recommendation"))

    class Meta:
        value_class = RecommendationValue


class PolicyPaperPage(PublicationPage):
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())],
        blank=True,
        verbose_name=_("recommendations"),
    )

    publication_type = "paper"
    template = "pages/policy_paper_page.html"
    schema_type = "ScholarlyArticle"

    content_panels = [*PublicationPage.content_panels, FieldPanel("recommendations")]
    edit_handler = publication_edit_handler(content_panels)
    api_fields = [
        *PublicationPage.api_fields,
        APIField("recommendations"),
    ]

    class Meta:
        verbose_name = _("policy paper")
        verbose_name_plural = _("policy papers")
