"""The publication page every type extends (a concrete multi-table base), and its ordered
related rows."""

from collections import defaultdict

from django.conf import settings
from django.core.validators import MaxLengthValidator, RegexValidator
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from hub.core.blocks import BodyBlock
from hub.resources import sharing
from hub.resources.citations import Author, Citation
from hub.resources.models.restricted import RestrictedPageMixin
from hub.resources.models.snippets import Person, Topic
from hub.resources.regions import REGION_CHOICES

SUMMARY_MAX_LENGTH = 300


class DownloadKind(models.TextChoices):
    FULL_TEXT = "full_text", _("Full text")
    SUMMARY = "summary", _("Summary")
    ANNEX = "annex", _("Annex")
    DATA = "data", _("Data")


class PublicationPage(RestrictedPageMixin, Page):
    """Fields and behaviour shared by reports, policy papers and campaign toolkits. A concrete
    (multi-table) base that editors cannot create directly, so that the library can list, sort
    and filter every type in one query."""

    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        # TextField's max_length limits the form only; the model checks it too.
        validators=[MaxLengthValidator(SUMMARY_MAX_LENGTH)],
        help_text=_("Plain text, shown on cards and in link previews."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    publication_date = models.DateField(_("publication date"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    doi = models.CharField(
        _("DOI"),
        max_length=100,
        blank=True,
        validators=[RegexValidator(r"^10\.\d{4,9}/\S+$", _("A DOI looks like 10.1234/abcd."))],
    )
    isbn = models.CharField(
        _("ISBN"),
        max_length=17,
        blank=True,
        validators=[
            RegexValidator(r"^[0-9Xx-]{10,17}$", _("Digits and hyphens, 10 or 13 digits."))
        ],
    )
    cite_as = models.TextField(
        _("cite as"),
        blank=True,
        help_text=_("Replaces the generated citation when set."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("publication_date"),
        InlinePanel("authors", label=_("Authors"), min_num=1),
        InlinePanel("topics", label=_("Topics")),
        InlinePanel("regions", label=_("Countries and regions")),
        FieldPanel("cover_image"),
        FieldPanel("body"),
    ]
    downloads_panels = [InlinePanel("downloads", label=_("Downloads"))]
    related_panels = [
        InlinePanel("related_publications", label=_("Related publications")),
        MultiFieldPanel(
            [FieldPanel("doi"), FieldPanel("isbn"), FieldPanel("cite_as")], heading=_("Citation")
        ),
    ]

    api_fields = [
        APIField("summary"),
        APIField("publication_date"),
        APIField("publication_type"),
        APIField("author_names"),
        APIField("topic_names"),
        APIField("region_codes"),
        APIField("cover_image"),
        APIField("body"),
        APIField("download_list"),
        APIField("doi"),
        APIField("isbn"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["resources.ResourceLibraryPage"]
    subpage_types = []
    # The type's key in URLs and filters ("report", "paper", "toolkit") and its schema.org type.
    publication_type = ""
    schema_type = "CreativeWork"

    is_creatable = False
    # Identifiers are the same in every language; wagtail-localize copies them.
    override_translatable_fields = [SynchronizedField("doi"), SynchronizedField("isbn")]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    @cached_property
    def type_label(self):
        return self._meta.verbose_name

    def related(self, limit=3):
        """Hand-picked related publications in the reader's language (else as picked), or
        failing those the most recent ones on the same topics. Only live, public ones: a
        private or unpublished pick must not show its title on a public page."""
        language = translation.get_language()
        picked = [
            row.publication for row in self.related_publications.select_related("publication")
        ]
        if picked:
            visible = list(
                PublicationPage.objects.live()
                .public()
                .filter(translation_key__in=[p.translation_key for p in picked])
                .select_related("locale")
            )
            public_pks = {publication.pk for publication in visible}
            localized = {
                publication.translation_key: publication
                for publication in visible
                if publication.locale.language_code == language
            }
            shown = [
                localized.get(p.translation_key) or p
                for p in picked
                if p.translation_key in localized or p.pk in public_pks
            ]
            if shown:
                return shown[:limit]
        topic_keys = [topic.translation_key for topic in self.localized_topics]
        return list(
            PublicationPage.objects.live()
            .public()
            .filter(locale=self.locale, topics__topic__translation_key__in=topic_keys)
            .exclude(pk=self.pk)
            .distinct()
            .order_by("-publication_date")[:limit]
            .specific()
        )

    def citation(self, request):
        return Citation(
            title=self.title,
            authors=[Author(person.name) for person in self.localized_authors],
            publisher=gettext("Manara"),
            published=self.publication_date,
            url=request.build_absolute_uri(self.get_url(request)),
            language=self.locale.language_code,
            kind=self.publication_type,
            type_label=str(self._meta.verbose_name).capitalize(),
            summary=self.summary,
            doi=self.doi,
            isbn=self.isbn,
            key=f"manara{self.publication_date.year}{self.slug.replace('-', '')[:24]}",
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        translations = sharing.live_translations(self)
        # Read from the database, so that a preview, a draft or a private page is not public
        # however its in-memory copy looks: such a page gets no short link, share links or
        # hreflang alternates, which would publish its address, and is not indexed.
        is_public = any(p.pk == self.pk for p in translations)
        url = request.build_absolute_uri(self.get_url(request))
        image_url = ""
        if self.cover_image:
            rendition = self.cover_image.get_rendition("fill-1200x630|format-jpeg")
            image_url = request.build_absolute_uri(rendition.url)
        citation = self.citation(request)
        context.update(
            {
                "is_public": is_public,
                "canonical_url": url,
                "other_translations": [p for p in translations if p.pk != self.pk],
                "alternates": sharing.alternates(request, translations) if is_public else [],
                "share_links": sharing.share_links(self.title, url) if is_public else [],
                "short_url": sharing.short_url(request, translations) if is_public else "",
                "og_image": image_url,
                "og_locale": sharing.open_graph_locale(self.locale.language_code),
                "structured_data": sharing.structured_data(
                    self, request, translations, self.localized_authors, image_url
                ),
                "citation": citation,
                "cite_as": self.cite_as or citation.apa(),
                "related": self.related(),
                "downloads": self.downloads.select_related("document"),
            }
        )
        return context

    @property
    def author_names(self):
        return [person.name for person in self.localized_authors]

    @property
    def topic_names(self):
        return [topic.name for topic in self.localized_topics]

    @property
    def region_codes(self):
        return [row.region for row in self.regions.all()]

    @property
    def download_list(self):
        return [
            {
                "label": download.label,
                "url": download.document.url,
                "language": download.language,
                "kind": download.kind,
            }
            for download in self.downloads.select_related("document")
        ]

    @cached_property
    def localized_authors(self):
        """Authors in the page's language where a live translation exists."""
        return self.localized_snippets("authors")

    @cached_property
    def localized_topics(self):
        """Topics in the page's language where a live translation exists."""
        return self.localized_snippets("topics")

    def localized_snippets(self, relation):
        """From the page's own rows, which in a preview are the ones being edited, not the
        database's. Two queries."""
        field, model = LOCALIZED_RELATIONS[relation]
        rows = getattr(self, relation).select_related(field).order_by("sort_order")
        # A preview may hold a row whose person or topic is not chosen yet.
        items = [getattr(row, field) for row in rows if getattr(row, f"{field}_id")]
        return in_page_languages(model, [(self, items)])[0]


# Each relation to snippets that are shown in the page's language: the row's field and model.
LOCALIZED_RELATIONS = {"authors": ("person", Person), "topics": ("topic", Topic)}
# What finding a snippet's translation in a page's language reads of it.
TRANSLATION_FIELDS = ("translation_key", "locale")


def in_page_languages(model, items_per_page, fields=None):
    """For (page, snippets) pairs, each page's snippets in the page's language where a live
    translation exists: one query however many pages and snippets. `fields`: the only fields
    of the translations loaded (see `prefetch_localized_snippets`)."""
    keys = {item.translation_key for _page, items in items_per_page for item in items}
    translations = model.objects.filter(translation_key__in=keys, live=True)
    if fields is not None:
        translations = translations.only(*fields, *TRANSLATION_FIELDS)
    translated = {(item.translation_key, item.locale_id): item for item in translations}
    return [
        [translated.get((item.translation_key, page.locale_id), item) for item in items]
        for page, items in items_per_page
    ]


def prefetch_localized_people_and_topics(pages):
    """Fills `localized_authors` and `localized_topics` of publications from the database: four
    queries however many pages and rows (feeds prefetch a whole list)."""
    return prefetch_localized_snippets(pages, *LOCALIZED_RELATIONS)


def prefetch_localized_snippets(pages, *relations, fields=None):
    """Fills `localized_<relation>` of publications for each relation named ("authors",
    "topics"): two queries each, however many pages and rows. `fields`: the only fields of
    the people or topics loaded, for a list that shows no others (search results show the
    authors' names); any other field then costs a query when read."""
    pages = list(pages)
    for relation in relations:
        field, model = LOCALIZED_RELATIONS[relation]
        rows = (
            getattr(PublicationPage, relation)
            .rel.related_model.objects.filter(page__in=pages)
            .select_related(field)
            .order_by("sort_order")
        )
        if fields is not None:
            rows = rows.only(
                "page", field, *(f"{field}__{name}" for name in (*fields, *TRANSLATION_FIELDS))
            )
        by_page = defaultdict(list)
        for row in rows:
            by_page[row.page_id].append(getattr(row, field))
        localized = in_page_languages(model, [(page, by_page[page.pk]) for page in pages], fields)
        for page, items in zip(pages, localized, strict=True):
            page.__dict__[f"localized_{relation}"] = items
    return pages


class PublicationAuthor(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "resources.Person", verbose_name=_("person"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("person")]


class PublicationTopic(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        "resources.Topic", verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("topic")]


class PublicationRegion(Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="regions")
    region = models.CharField(_("country or region"), max_length=2, choices=REGION_CHOICES)

    panels = [FieldPanel("region")]


class PublicationDownload(TranslatableMixin, Orderable):
    page = ParentalKey(PublicationPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    label = models.CharField(_("label"), max_length=200)
    language = models.CharField(
        _("language of the file"), max_length=10, choices=settings.LANGUAGES
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=DownloadKind.choices, default=DownloadKind.FULL_TEXT
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("label"),
        FieldPanel("language"),
        FieldPanel("kind"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class RelatedPublication(Orderable):
    page = ParentalKey(
        PublicationPage, on_delete=models.CASCADE, related_name="related_publications"
    )
    publication = models.ForeignKey(
        PublicationPage,
        verbose_name=_("publication"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel(
            "publication",
            page_type=[
                "resources.ResearchReportPage",
                "resources.PolicyPaperPage",
                "resources.CampaignToolkitPage",
            ],
        )
    ]


def publication_edit_handler(content_panels):
    """The editor's tabs for every publication type, with the type's own content panels."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(PublicationPage.downloads_panels, heading=_("Downloads")),
            ObjectList(PublicationPage.related_panels, heading=_("Related and citation")),
            ObjectList(PublicationPage.promote_panels, heading=_("Promote")),
            ObjectList(PublicationPage.settings_panels, heading=_("Settings")),
        ]
    )
