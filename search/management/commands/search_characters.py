"""Writes search/analysis/characters.tsv, the character table every engine's analysis reads,
from this Python's Unicode database. Run it only to move the analysis to a newer Unicode
version: the terms change, so ANALYSIS_VERSION must be bumped and every index rebuilt."""

from django.core.management.base import BaseCommand

from search.analysis.characters import TABLE_PATH, write_table


class Command(BaseCommand):
    help = "Regenerate the search analysis's character table from Python's Unicode database."

    def handle(self, *args, **options):
        folds = write_table()
        self.stdout.write(f"Wrote {TABLE_PATH}: {folds} code points fold.")
