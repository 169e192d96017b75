"""Looking after the public search index: `status`, `rebuild` and `install`."""

import datetime
import itertools
from collections import defaultdict

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Q
from django.template.defaultfilters import pluralize
from django.utils import timezone
from wagtail.documents import get_document_model

from hub.core.languages import language_codes
from hub.resources.catalogue import PublicationPage
from search import outbox
from search.documents import all_documents
from search.engines import get_search_engine
from search.engines.base import SearchEngineError
from search.engines.layout import IndexOfAnotherVersion
from search.models import ExtractedText, IndexOutboxEntry
from search.promotions import rekey_promotions

# Pending entries listed one by one; more are counted only.
LISTED_ENTRIES = 50
LISTED_PAGE_IDS = 20
# Entries from a little before the rebuild started are replayed too, in case the worker's
# clock is behind this one's: replaying a change twice does no harm.
CLOCK_MARGIN = datetime.timedelta(minutes=1)
BAR_WIDTH = 30
# Entries marked done per statement: databases bound the parameters of one statement.
ENTRIES_PER_UPDATE = 500
BOUND_OUTCOMES = (
    ExtractedText.Outcome.TOO_LARGE,
    ExtractedText.Outcome.TOO_LARGE_EXPANDED,
    ExtractedText.Outcome.TIMED_OUT,
    ExtractedText.Outcome.OUT_OF_MEMORY,
)


def documents_by_hash(file_hashes) -> dict[str, list[str]]:
    """Each file's documents, as the status names them: id, title and file name."""
    names = defaultdict(list)
    documents = get_document_model().objects.filter(file_hash__in=set(file_hashes))
    for document in documents.order_by("pk"):
        names[document.file_hash].append(
            f"document {document.pk} “{document.title}” ({document.filename})"
        )
    return names


def engine_unreachable(engine, error) -> CommandError:
    if isinstance(error, IndexOfAnotherVersion):
        return CommandError(str(error))
    return CommandError(f"The search engine {engine.name} is unreachable: {error}")


class Command(BaseCommand):
    help = "Shows the state of the public search index, rebuilds it, or installs its structures."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        actions.add_parser(
            "status", help="Outbox entries pending and failed, documents per language."
        )
        rebuild = actions.add_parser(
            "rebuild", help="Build a new index from the database and swap it in."
        )
        rebuild.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )
        actions.add_parser("install", help="Create what the engine needs, when missing.")

    def handle(self, *args, action, **options):
        engine = get_search_engine()
        if action == "status":
            self.status(engine)
        elif action == "rebuild":
            self.rebuild(engine, interactive=options.get("interactive", True))
        else:
            self.install(engine)

    def status(self, engine):
        health = engine.health()
        reason = f": {health['reason']}" if "reason" in health else ""
        self.stdout.write(f"Search engine: {engine.name} ({health['status']}{reason})")
        self.write_outbox()
        self.write_attachments_without_text()
        try:
            index_counts = engine.document_counts()
            indexed_ids = engine.indexed_page_ids()
        except SearchEngineError as error:
            raise engine_unreachable(engine, error) from error
        self.write_counts(index_counts)
        public_ids = set(PublicationPage.objects.live().public().values_list("pk", flat=True))
        self.write_page_ids("Live and public but not in the index", public_ids - indexed_ids)
        self.write_page_ids("In the index but not live and public", indexed_ids - public_ids)

    def write_outbox(self):
        counts = outbox.pending_counts()
        self.stdout.write(f"Outbox: {counts['pending']} pending, {counts['failed']} failed.")
        pending = IndexOutboxEntry.objects.filter(status=IndexOutboxEntry.Status.PENDING)
        for entry in pending.order_by("-attempts", "pk")[:LISTED_ENTRIES]:
            line = f"  page {entry.page_id}  {entry.reason}  attempts {entry.attempts}"
            if entry.next_attempt_at:
                line += f"  next attempt {entry.next_attempt_at:%Y-%m-%d %H:%M:%S %Z}"
            if entry.last_error:
                line += f"  error: {entry.last_error}"
            self.stdout.write(line)
        if counts["pending"] > LISTED_ENTRIES:
            self.stdout.write(f"  … and {counts['pending'] - LISTED_ENTRIES} more.")

    def write_attachments_without_text(self):
        """The files a bound kept out of search (which file, which bound), and those a
        background process is still reading; nothing when there are none."""
        bounded = ExtractedText.objects.filter(outcome__in=BOUND_OUTCOMES).order_by("file_hash")
        rows = list(bounded[: LISTED_ENTRIES + 1])
        if rows:
            count = bounded.count()
            self.stdout.write(
                f"Attachments indexed without their text (a bound was reached): {count}"
            )
            documents = documents_by_hash(row.file_hash for row in rows[:LISTED_ENTRIES])
            for row in rows[:LISTED_ENTRIES]:
                for name in documents.get(row.file_hash) or [f"file {row.file_hash}"]:
                    self.stdout.write(f"  {name}: {row.get_outcome_display()}: {row.detail}")
            if count > LISTED_ENTRIES:
                self.stdout.write(f"  … and {count - LISTED_ENTRIES} more.")
        waiting = ExtractedText.objects.filter(outcome=ExtractedText.Outcome.PENDING)
        hashes = list(waiting.values_list("file_hash", flat=True)[:LISTED_PAGE_IDS])
        if hashes:
            documents = get_document_model().objects.filter(file_hash__in=hashes)
            listed = ", ".join(
                f"document {pk}" for pk in sorted(documents.values_list("pk", flat=True))
            )
            count = waiting.count()
            more = " …" if count > len(hashes) else ""
            self.stdout.write(
                f"Attachments waiting for their text: {count} ({listed or 'no document'}{more})"
            )

    def write_counts(self, index_counts):
        database_counts = dict(
            PublicationPage.objects.live()
            .public()
            .order_by()
            .values_list("locale__language_code")
            .annotate(count=Count("pk"))
        )
        self.stdout.write("Documents per language (index / live public publications):")
        languages = language_codes()
        languages += sorted((set(index_counts) | set(database_counts)) - set(languages))
        for language in languages:
            indexed, published = index_counts.get(language, 0), database_counts.get(language, 0)
            mark = "" if indexed == published else "  (differs)"
            self.stdout.write(f"  {language}: {indexed} / {published}{mark}")

    def write_page_ids(self, label, page_ids):
        if page_ids:
            listed = ", ".join(str(page_id) for page_id in sorted(page_ids)[:LISTED_PAGE_IDS])
            more = " …" if len(page_ids) > LISTED_PAGE_IDS else ""
            count = len(page_ids)
            self.stdout.write(f"{label}: {count} page{pluralize(count)} ({listed}{more}).")

    def rebuild(self, engine, interactive):
        if interactive:
            answer = input(
                f"Rebuild the {engine.name} search index from the database? Search keeps "
                "answering from the current index until the new one is complete. [y/N] "
            )
            if answer.strip().lower() not in ("y", "yes"):
                self.stdout.write("Rebuild cancelled.")
                return
        started = timezone.now()
        # The rebuild reads every page after these were committed, so it takes their changes
        # (also those an index of another version refused, which would wait for a retry).
        taken = list(
            IndexOutboxEntry.objects.filter(status=IndexOutboxEntry.Status.PENDING).values_list(
                "pk", flat=True
            )
        )
        total = PublicationPage.objects.live().public().count()
        documents = itertools.chain.from_iterable(all_documents())
        try:
            indexed = engine.rebuild(documents, progress=self.progress_bar(total))
        except SearchEngineError as error:
            raise CommandError(f"The search index could not be rebuilt: {error}") from error
        if self.stdout.isatty():
            self.stdout.write("")
        replayed = self.replay_changes_since(started - CLOCK_MARGIN)
        self.mark_done(taken)
        self.stdout.write(
            f"Indexed {indexed} document{pluralize(indexed)}; replayed {replayed} "
            f"page{pluralize(replayed)} changed during the rebuild or just before it."
        )
        self.write_rekeyed(rekey_promotions())
        try:
            self.write_counts(engine.document_counts())
        except SearchEngineError as error:
            raise engine_unreachable(engine, error) from error

    def mark_done(self, entry_ids):
        """Marks the entries the rebuild took as done, unless a drain already did."""
        for start in range(0, len(entry_ids), ENTRIES_PER_UPDATE):
            IndexOutboxEntry.objects.filter(
                pk__in=entry_ids[start : start + ENTRIES_PER_UPDATE],
                status=IndexOutboxEntry.Status.PENDING,
            ).update(status=IndexOutboxEntry.Status.DONE, processed_at=timezone.now())

    def write_rekeyed(self, rekeyed):
        """Promotions keyed again with the analysis the new index was built with; nothing when
        there are none."""
        if not rekeyed.count:
            return
        self.stdout.write(
            f"Promoted results keyed again from their queries: {rekeyed.count}, "
            f"{rekeyed.changed} changed."
        )
        for language, key, ids in rekeyed.now_shared:
            listed = ", ".join(str(pk) for pk in ids)
            self.stdout.write(
                f"  Promotions {listed} ({language}) now match the same query “{key}”: "
                "all are kept and shown together."
            )
        if rekeyed.ignored:
            listed = ", ".join(str(pk) for pk in rekeyed.ignored)
            self.stdout.write(
                f"  Promotions {listed} are no longer shown: search ignores every word of "
                "their query; give them a word readers search for."
            )

    def progress_bar(self, total):
        """Redraws one line on a terminal; writes a line per batch otherwise (logs, tests)."""
        ending = "" if self.stdout.isatty() else "\n"
        prefix = "\r" if self.stdout.isatty() else ""

        def show(count):
            filled = BAR_WIDTH * min(count, total) // total if total else BAR_WIDTH
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stdout.write(f"{prefix}[{bar}] {count}/{total}", ending=ending)
            self.stdout.flush()

        return show

    def replay_changes_since(self, started):
        """The rebuild read each page once, and changes drained meanwhile went to the index it
        replaced: every page recorded or drained since it started is reconciled again."""
        page_ids = set(
            IndexOutboxEntry.objects.filter(
                Q(created_at__gte=started) | Q(processed_at__gte=started)
            ).values_list("page_id", flat=True)
        )
        outbox.enqueue(page_ids, "rebuild")
        report = outbox.drain()
        if report.failed:
            self.stderr.write(
                f"{report.failed} changes could not be replayed yet and stay in the outbox for "
                f"the search worker: {report.last_error}"
            )
        return len(page_ids)

    def install(self, engine):
        try:
            engine.install()
        except SearchEngineError as error:
            raise CommandError(
                f"The search engine {engine.name} could not be set up: {error}"
            ) from error
        self.stdout.write(f"The {engine.name} search engine is ready.")
