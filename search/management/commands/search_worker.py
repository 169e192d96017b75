"""Drains the search outbox: the one process that keeps the public index in line with the
database in production (the `search-worker` container), and the way to catch up by hand."""

import logging
import signal
import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections
from django.template.defaultfilters import pluralize

from search import outbox

logger = logging.getLogger(__name__)

# Entries claimed per drain: one transaction each, so that a large fan-out (a library moved)
# neither holds a long transaction nor hides newer edits behind it.
BATCH_SIZE = 200
PRUNE_EVERY_SECONDS = 3600


class Command(BaseCommand):
    help = "Brings the public search index in line with the pages recorded in the outbox."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=2.0,
            help="Seconds to wait when nothing is due (default 2).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Drain everything due, then exit (1 when entries failed).",
        )

    def handle(self, *args, interval, once, **options):
        if once:
            self.drain_once()
        else:
            self.run_until_stopped(interval)

    def drain_once(self):
        done = failed = 0
        last_error = ""
        while True:
            report = outbox.drain(limit=BATCH_SIZE)
            done += report.done
            failed += report.failed
            last_error = report.last_error or last_error
            # Failed entries are no longer due, so this ends.
            if report.claimed == 0:
                break
        pruned = outbox.prune_done()
        self.stdout.write(
            f"{done} outbox entr{pluralize(done, 'y,ies')} done, {failed} failed, "
            f"{pruned} old ones pruned."
        )
        if failed:
            raise CommandError(
                f"Indexing failed for {failed} outbox entr{pluralize(failed, 'y,ies')}, "
                f"kept for a retry: {last_error}"
            )

    def run_until_stopped(self, interval):
        stop = threading.Event()
        previous_handlers = {
            signum: signal.signal(signum, lambda *_: stop.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        self.stdout.write(f"Search worker started; checking the outbox every {interval:g} s.")
        next_prune = time.monotonic()
        try:
            while not stop.is_set():
                # A long-running process: drop connections the database has closed.
                close_old_connections()
                try:
                    if time.monotonic() >= next_prune:
                        outbox.prune_done()
                        next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
                    report = outbox.drain(limit=BATCH_SIZE)
                except DatabaseError:
                    logger.exception("The search worker cannot reach the database; retrying.")
                    stop.wait(interval)
                    continue
                if report.claimed == 0:
                    stop.wait(interval)
        finally:
            for signum, handler in previous_handlers.items():
                signal.signal(signum, handler)
        self.stdout.write("Search worker stopped.")
