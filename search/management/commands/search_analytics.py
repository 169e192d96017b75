"""Search analytics upkeep. `prune` deletes the counts older than
SEARCH_ANALYTICS_RETENTION_DAYS and those of queries that look like an e-mail address or a phone
number (recorded before such queries were withheld); recording a search also does it once a day
per process, so retention holds without this command, which is for cron or for applying a
shorter retention at once. It never prints a query."""

from django.core.management.base import BaseCommand
from django.template.defaultfilters import pluralize

from search import analytics


class Command(BaseCommand):
    help = (
        "Search analytics upkeep: `prune` deletes counts older than the retention period and "
        "those of queries that look like an e-mail address or a phone number."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["prune"])

    def handle(self, *args, action, **options):
        pruned = analytics.prune()
        days = analytics.retention_days()
        self.stdout.write(
            f"{pruned.expired} search count{pluralize(pruned.expired)} older than {days} "
            f"day{pluralize(days)} deleted."
        )
        withheld = pruned.contact_details
        self.stdout.write(
            f"{withheld} search count{pluralize(withheld)} of queries that look like an e-mail "
            "address or a phone number deleted."
        )
