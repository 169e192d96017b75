from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from search import extractors
from search.analysis import LANGUAGES as ANALYSED_LANGUAGES
from search.analysis import analyse_query, key_term


class IndexOutboxEntry(models.Model):
    """A page whose search documents must be brought in line with the database, written in the
    same transaction as the change (publish, unpublish, delete, move, privacy, translation,
    document replaced). The worker reconciles the page's whole translation group from the
    database as it is then, so an entry says *which* page changed, not what to do with it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        DONE = "done", _("done")

    page_id = models.PositiveIntegerField(_("page id"), db_index=True)
    reason = models.CharField(_("reason"), max_length=40)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    processed_at = models.DateTimeField(_("processed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("search index outbox entry")
        verbose_name_plural = _("search index outbox entries")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"page {self.page_id} ({self.reason}, {self.status})"


class ExtractedText(models.Model):
    """The text of an attached file, cached by the SHA-1 of its content so that it is extracted
    once, not on every save or rebuild. A PENDING row is a claim: a background process is
    extracting the file (see search/extract.py)."""

    class Outcome(models.TextChoices):
        # The values are those the extraction process reports (search/extractors.py).
        TEXT = extractors.Outcome.TEXT.value, _("text extracted")
        EMPTY = extractors.Outcome.EMPTY.value, _("no text (image-only?)")
        ENCRYPTED = extractors.Outcome.ENCRYPTED.value, _("encrypted")
        BROKEN = extractors.Outcome.BROKEN.value, _("unreadable")
        UNSUPPORTED = extractors.Outcome.UNSUPPORTED.value, _("unsupported format")
        TOO_LARGE = extractors.Outcome.TOO_LARGE.value, _("too large")
        TOO_LARGE_EXPANDED = (
            extractors.Outcome.TOO_LARGE_EXPANDED.value,
            _("too large when unpacked"),
        )
        TIMED_OUT = extractors.Outcome.TIMED_OUT.value, _("took too long")
        OUT_OF_MEMORY = extractors.Outcome.OUT_OF_MEMORY.value, _("needed too much memory")
        PENDING = "pending", _("being extracted")

    file_hash = models.CharField(_("file hash"), max_length=40, unique=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices)
    text = models.TextField(_("text"), blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    # For an outcome that a bound decided (time, memory, unpacked size): the bounds then in
    # force, so that changing them has the file read again.
    limits = models.CharField(_("limits"), max_length=100, blank=True)
    extracted_at = models.DateTimeField(_("extracted at"), auto_now=True)

    class Meta:
        verbose_name = _("extracted text")
        verbose_name_plural = _("extracted texts")

    def __str__(self):
        return f"{self.file_hash} ({self.outcome})"


class SearchPromotion(models.Model):
    """A publication pinned to the top of the results for a query, for the readers of one
    language. A promotion belongs to a language rather than being translated: what Arabic readers
    look for and cannot find is not what English readers do.

    The query matches by `query_key`: its words analysed as search analyses them (see
    `key_for`), so diacritics, case, word order, stop words, Arabic articles and clitics and
    Hebrew prefixes do not matter, while every word does."""

    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    query = models.CharField(
        _("query"),
        max_length=200,
        help_text=_("The words readers search for, as they would type them."),
    )
    # Longer than the query: compatibility forms expand when folded (ﷺ is four words).
    query_key = models.CharField(_("normalised query"), max_length=800, editable=False)
    publication = models.ForeignKey(
        "resources.PublicationPage",
        verbose_name=_("publication"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Any language version: readers are shown the version in their language where "
            "there is one."
        ),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"),
        default=0,
        help_text=_("Lower numbers come first when a query has several promoted publications."),
    )
    starts_on = models.DateField(_("shown from"), null=True, blank=True)
    ends_on = models.DateField(_("shown until"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("promoted result")
        verbose_name_plural = _("promoted results")
        ordering = ["language", "query_key", "sort_order", "pk"]
        indexes = [models.Index(fields=["language", "query_key"])]

    def __str__(self):
        return self.query

    def save(self, *args, **kwargs):
        self.query_key = self.key_for(self.query, self.language)
        super().save(*args, **kwargs)

    @staticmethod
    def key_for(text: str, language: str) -> str:
        """The words of a query as search reads them, sorted and without repeats: each word's
        key term (`search.analysis.key_term`: its stem in Arabic and English, the word without
        its prefixes in Hebrew, so לספרייה and ספרייה both give ספרייה). Empty when no word is
        searchable."""
        groups = analyse_query(text, language).groups
        return " ".join(sorted({key_term(terms, language) for terms in groups}))

    def clean(self):
        errors = {}
        if self.language and self.language not in ANALYSED_LANGUAGES:
            errors["language"] = _("Search does not analyse this language yet.")
        elif self.language and self.query and not self.key_for(self.query, self.language):
            errors["query"] = _(
                "Search ignores every word of this query (they are all common words like "
                "“the” or “في”): add a word readers would search for."
            )
        if self.publication_id is not None and not self.publication.live:
            errors["publication"] = _("Only a published publication can be promoted.")
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The last day comes before the first day.")
        if errors:
            raise ValidationError(errors)


class SearchQueryCount(models.Model):
    """How often a query was searched on a day in a language, and how often it found nothing.
    Nothing else: no time of day, address, user, session, browser or referrer, so a row cannot
    be traced to a reader. Rows older than SEARCH_ANALYTICS_RETENTION_DAYS are deleted."""

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("searches with no results"), default=0)

    class Meta:
        verbose_name = _("search term count")
        verbose_name_plural = _("search term counts")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="search_query_count_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.language}: {self.query} ({self.searches})"
