from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class EditorialConfig(AppConfig):
    name = "hub.editorial"
    label = "editorial"
    verbose_name = "Editorial roles and workflows"

    def ready(self):
        from wagtail.models import TaskState
        from wagtail.signals import task_submitted

        from hub.editorial import file_permissions
        from hub.editorial.notifications import LanguageReviewSubmissionEmailNotifier
        from hub.editorial.roles import setup_locales_and_roles

        # Takes the dispatch_uid Wagtail's admin uses for its review e-mails: this app is ready
        # before wagtail.admin, so Wagtail's own connection with that uid is skipped.
        task_submitted.connect(
            LanguageReviewSubmissionEmailNotifier(),
            sender=TaskState,
            dispatch_uid="group_approval_task_submitted_email_notification",
            weak=False,
        )

        file_permissions.connect()

        def after_migrate(using="default", **kwargs):
            setup_locales_and_roles(using=using)

        # After every migrate the configured locales and role groups exist (idempotent). The
        # signal is sent once per app with models; it is tied to Wagtail's core app, whose
        # Locale and workflow tables this needs.
        post_migrate.connect(after_migrate, sender=apps.get_app_config("wagtailcore"), weak=False)
