from django.core.management.base import BaseCommand

from hub.editorial.roles import setup_locales_and_roles


class Command(BaseCommand):
    help = (
        "Create the locales of settings.LANGUAGES and the role groups (Editors, Moderators, and "
        "per language a translators and a moderators group). Safe to run again."
    )

    def handle(self, *args, **options):
        created = setup_locales_and_roles()
        if created:
            for item in created:
                self.stdout.write(f"Created {item}.")
        else:
            self.stdout.write("Locales and role groups were already in place.")
