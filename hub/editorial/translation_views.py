"""wagtail-localize's views, wrapped so that translations follow the roles: translators create
translations into their own language only, and nobody publishes a translation by syncing who
could not publish it directly. hub.urls routes wagtail-localize's own addresses here."""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from hub.editorial.permissions import LanguageScopedPermissionPolicy
from hub.editorial.roles import EDITORS, MODERATORS, working_languages


def target_languages(user) -> set[str] | None:
    """The languages a user may translate into; None for all. Editors and moderators of the
    default language submit into any; translators into their own."""
    if user.is_superuser or user.groups.filter(name__in=[EDITORS, MODERATORS]).exists():
        return None
    return working_languages(user)


class OwnLanguagesOnlyMixin:
    def get_form(self):
        form = super().get_form()
        languages = target_languages(self.request.user)
        if languages is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code__in=languages)
        return form


class ScopedSubmitPageTranslationView(OwnLanguagesOnlyMixin, SubmitPageTranslationView):
    pass


class ScopedSubmitSnippetTranslationView(OwnLanguagesOnlyMixin, SubmitSnippetTranslationView):
    pass


def may_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return LanguageScopedPermissionPolicy(type(instance)).user_has_permission_for_instance(
        user, "publish", instance
    )


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages" without "Publish immediately" for anyone who may not publish
    every translation it would publish: their synced translations wait for review."""

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_all(self.request.user):
            field = form.fields["publish_translations"]
            field.disabled = True
            field.initial = False
            field.help_text = _(
                "You cannot publish all of these translations: they are saved as drafts, "
                "to be reviewed."
            )
        return form

    def may_publish_all(self, user) -> bool:
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.source.get_translated_instance(translation.target_locale)
            except ObjectDoesNotExist:  # noqa: S112 - no target yet: syncing publishes nothing
                continue
            if not may_publish(user, target):
                return False
        return True
