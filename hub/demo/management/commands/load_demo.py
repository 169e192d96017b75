import html
import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from home.models import HomePage
from hub.demo.content import ORGANISATION, home_page_fields, translation_memory
from hub.editorial.roles import EDITORS, MODERATORS, locale_roles, setup_locales_and_roles

DEFAULT_DEMO_PASSWORD = "manara-demo-2026"  # noqa: S105 - local demo only, printed on purpose


class Command(BaseCommand):
    help = (
        "Load the demo site: the home page in every language (translations made through "
        "wagtail-localize), the role groups, a local superuser and one user per role. Running "
        "it again changes nothing. Refused under production settings."
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
            home = self.home_page()
            for locale in Locale.objects.exclude(pk=home.locale_id):
                self.translate(home, locale)
            users = self.users(password)
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
        self.stdout.write(
            f"Local sign-in at {settings.WAGTAILADMIN_BASE_URL}/admin/ "
            f"(password for every demo user: {password}):"
        )
        for username, role in users:
            self.stdout.write(f"  {username:<16} {role}")

    def home_page(self) -> HomePage:
        source_locale = Locale.get_default()
        home = HomePage.objects.filter(locale=source_locale).first()
        if home is not None:
            return home
        root = Page.get_first_root_node()
        # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page at the top.
        Page.objects.filter(depth=2, content_type__model="page", locale=source_locale).delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(slug="home", **home_page_fields("en")))
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.root_page = home
        site.site_name = ORGANISATION["en"]
        site.hostname = site.hostname or "localhost"
        site.port = site.port or 80
        site.save()
        self.stdout.write(f"Created the home page ({source_locale.language_code}).")
        return home

    def translate(self, page: Page, locale: Locale):
        """Translates the page through wagtail-localize, as a translator would: a translation
        source, a translation, one StringTranslation per segment, then the published target."""
        if page.has_translation(locale):
            return
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        memory = translation_memory(page.locale.language_code, locale.language_code)
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            source_text = html.unescape(segment.string.data)
            if segment.context.path == "slug":
                translated = source_text
            elif source_text in memory:
                translated = memory[source_text]
            else:
                raise CommandError(
                    f"The demo content has no {locale.language_code} translation of "
                    f"{segment.context.path}: {source_text!r}."
                )
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(translated).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        translation.save_target(publish=True)
        self.stdout.write(f"Translated the home page into {locale.language_code}.")

    def users(self, password: str) -> list[tuple[str, str]]:
        User = get_user_model()
        accounts = [
            ("admin", "Administrator (superuser)", None),
            ("editor", EDITORS, EDITORS),
            ("moderator", MODERATORS, MODERATORS),
        ]
        for roles in locale_roles():
            code = roles.language_code
            accounts.append((f"translator-{code}", roles.translators, roles.translators))
            accounts.append((f"moderator-{code}", roles.moderators, roles.moderators))
        for username, _role, group_name in accounts:
            if User.objects.filter(username=username).exists():
                continue
            if group_name is None:
                User.objects.create_superuser(username, f"{username}@localhost", password)
            else:
                user = User.objects.create_user(username, f"{username}@localhost", password)
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"Created the user {username}.")
        return [(username, role) for username, role, _group in accounts]
