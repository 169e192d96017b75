from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    name = "hub.editorial"
    label = "editorial"
    verbose_name = "Editorial roles and workflows"

    def ready(self):
        from hub.editorial import privacy
        from hub.editorial.roles import setup_locales_and_roles

        privacy.connect()

        def after_migrate(using="default", **kwargs):
            setup_locales_and_roles(using=using)

        # After every migrate the configured locales and role groups exist (idempotent). The
        # signal is sent per app with models, so it is tied to Wagtail's core app, whose
        # Locale model this needs; this app has no models of its own yet.
        post_migrate.connect(after_migrate, sender=apps.get_app_config("wagtailcore"), weak=False)
