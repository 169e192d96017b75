"""Reads the text of documents a request handed to the background, then has the publications
that offer them indexed again. The hub starts it, detached, after a commit (search/extract.py);
it is not needed by hand."""

from django.core.management.base import BaseCommand
from django.template.defaultfilters import pluralize

from hub.resources.catalogue import PublicationDownload
from search import extract, outbox


class Command(BaseCommand):
    help = (
        "Extracts the text of the given documents (each in a bounded child process) and "
        "records the publications that offer them in the search outbox."
    )

    def add_arguments(self, parser):
        parser.add_argument("document_ids", nargs="+", type=int, metavar="DOCUMENT_ID")

    def handle(self, *args, document_ids, **options):
        extracted = extract.extract_claimed(document_ids)
        page_ids = PublicationDownload.objects.filter(document_id__in=extracted).values_list(
            "page_id", flat=True
        )
        # Outside a transaction, so drained at once when the on-commit drain is on, as after a
        # request: a file another process has claimed is left to that process.
        outbox.record(page_ids, "attachment")
        count = len(extracted)
        self.stdout.write(f"Extracted the text of {count} document{pluralize(count)}.")
