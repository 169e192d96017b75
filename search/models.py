from django.db import models
from django.utils.translation import gettext_lazy as _


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
    once, not on every save or rebuild."""

    class Outcome(models.TextChoices):
        TEXT = "text", _("text extracted")
        EMPTY = "empty", _("no text (image-only?)")
        ENCRYPTED = "encrypted", _("encrypted")
        BROKEN = "broken", _("unreadable")
        UNSUPPORTED = "unsupported", _("unsupported format")
        TOO_LARGE = "too_large", _("too large")

    file_hash = models.CharField(_("file hash"), max_length=40, unique=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    text = models.TextField(_("text"), blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)
    extracted_at = models.DateTimeField(_("extracted at"), auto_now=True)

    class Meta:
        verbose_name = _("extracted text")
        verbose_name_plural = _("extracted texts")

    def __str__(self):
        return f"{self.file_hash} ({self.outcome})"
