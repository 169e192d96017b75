"""Search analytics upkeep. `prune` deletes the counts older than
SEARCH_ANALYTICS_RETENTION_DAYS; recording a search also does it once a day per process, so
retention holds without this command, which is for cron or for applying a shorter retention at
once."""

from django.core.management.base import BaseCommand
from django.template.defaultfilters import pluralize

from search import analytics


class Command(BaseCommand):
    help = "Search analytics upkeep: `prune` deletes counts older than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["prune"])

    def handle(self, *args, action, **options):
        deleted = analytics.prune()
        days = analytics.retention_days()
        self.stdout.write(
            f"{deleted} search count{pluralize(deleted)} older than {days} "
            f"day{pluralize(days)} deleted."
        )
