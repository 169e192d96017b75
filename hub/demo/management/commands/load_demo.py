import os

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from hub.demo.loader import DemoLoader
from hub.editorial.roles import setup_locales_and_roles

DEFAULT_DEMO_PASSWORD = "manara-demo-2026"  # noqa: S105 - local demo only, printed on purpose


class Command(BaseCommand):
    help = (
        "Load the demo site: home page and resource library in every language, people, topics "
        "and twelve publications (translations made through wagtail-localize), the role "
        "groups, a local superuser and one user per role. Running it again changes nothing. "
        "Refused under production settings."
    )

    def handle(self, *args, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "load_demo is refused under these settings: it creates a superuser whose "
                "password it prints. Use it only with the dev settings (make run)."
            )
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
        with transaction.atomic():
            setup_locales_and_roles()
            users = DemoLoader(report=self.stdout.write).load(password)
            # Again, now that the site tree exists: page permissions and the review workflow.
            for item in setup_locales_and_roles():
                self.stdout.write(f"Created {item}.")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(
            f"Local sign-in at {settings.WAGTAILADMIN_BASE_URL}/admin/ "
            f"(password for every demo user: {password}):"
        )
        for username, role in users:
            self.stdout.write(f"  {username:<16} {role}")
