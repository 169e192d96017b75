from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

from hub.resources.models.base import PublicationPage, publication_edit_handler


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    text = blocks.TextBlock(label=_("What to do"))


class SharePostsBlock(blocks.StructBlock):
    """Ready-to-share texts, one per platform, each capped at the platform's own limit; the
    editor shows a character count against it."""

    x = blocks.TextBlock(label=_("X"), max_length=280, required=False)
    facebook = blocks.TextBlock(label=_("Facebook"), max_length=2000, required=False)
    instagram = blocks.TextBlock(label=_("Instagram"), max_length=2200, required=False)
    whatsapp = blocks.TextBlock(label=_("WhatsApp / Telegram"), max_length=4096, required=False)


class ShareImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Alternative text"), max_length=250)


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Organisation"), max_length=200)
    url = blocks.URLBlock(label=_("Website"), required=False)


class CampaignToolkitPage(PublicationPage):
    goal = models.TextField(_("goal"), max_length=500)
    call_to_action = models.CharField(_("call to action"), max_length=200)
    steps = StreamField([("step", StepBlock())], blank=True, verbose_name=_("steps"))
    share_posts = StreamField(
        [("posts", SharePostsBlock())], blank=True, max_num=1, verbose_name=_("posts to share")
    )
    share_images = StreamField(
        [("image", ShareImageBlock())], blank=True, verbose_name=_("images to share")
    )
    hashtags = models.CharField(
        _("hashtags"), max_length=300, blank=True, help_text=_("Separated by spaces: #tag #وسم")
    )
    campaign_start = models.DateField(_("campaign starts"), null=True, blank=True)
    campaign_end = models.DateField(_("campaign ends"), null=True, blank=True)
    partners = StreamField([("partner", PartnerBlock())], blank=True, verbose_name=_("partners"))

    publication_type = "toolkit"
    template = "pages/campaign_toolkit_page.html"
    schema_type = "CreativeWork"

    content_panels = [
        *PublicationPage.content_panels,
        FieldPanel("goal"),
        FieldPanel("call_to_action"),
        FieldPanel("steps"),
        MultiFieldPanel(
            [
                FieldPanel("share_posts"),
                FieldPanel("share_images"),
                FieldPanel("hashtags"),
                FieldRowPanel([FieldPanel("campaign_start"), FieldPanel("campaign_end")]),
                FieldPanel("partners"),
            ],
            heading=_("Campaign"),
        ),
    ]
    edit_handler = publication_edit_handler(content_panels)
    api_fields = [
        *PublicationPage.api_fields,
        APIField("goal"),
        APIField("call_to_action"),
        APIField("steps"),
        APIField("share_posts"),
        APIField("hashtags"),
        APIField("campaign_start"),
        APIField("campaign_end"),
        APIField("partners"),
    ]

    class Meta:
        verbose_name = _("campaign toolkit")
        verbose_name_plural = _("campaign toolkits")

    def clean(self):
        super().clean()
        if self.campaign_start and self.campaign_end and self.campaign_end < self.campaign_start:
            raise ValidationError({"campaign_end": _("The campaign cannot end before it starts.")})

    @property
    def hashtag_list(self):
        return self.hashtags.split()
