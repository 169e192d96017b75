"""wagtail-localize's views, wrapped so that translations follow the roles: translators create
and edit translations into their own language only, and nobody publishes a translation by
syncing who could not publish it directly. hub.editorial.wagtail_hooks routes wagtail-localize's
own addresses here, inside Wagtail's admin (which checks `access_admin` and speaks the user's
admin language, and answers a refusal with a redirect to the dashboard and a message).

wagtail-localize checks only the global `submit_translation` permission (submit, sync) or
`user_can_edit_instance()`, which is model-level for snippets (string and override edits, PO
files, machine translation, preview, stop syncing)."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import DataError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from hub.editorial.permissions import translatable_snippet_policy, working_languages
from hub.editorial.role_names import EDITORS, MODERATORS


def target_languages(user) -> set[str] | None:
    """The languages a user may translate into; None for all. Editors and moderators of the
    default language submit into any; translators into their own."""
    if user.is_superuser or user.groups.filter(name__in=[EDITORS, MODERATORS]).exists():
        return None
    return working_languages(user)


def works_in(user, locale: Locale) -> bool:
    languages = working_languages(user)
    return languages is None or locale.language_code in languages


def may_edit(user, instance) -> bool:
    """Pages by the user's rights in the page tree, snippets by their languages."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return translatable_snippet_policy(type(instance)).user_has_permission_for_instance(
        user, "change", instance
    )


def may_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return translatable_snippet_policy(type(instance)).user_has_permission_for_instance(
        user, "publish", instance
    )


def may_edit_translation(user, translation: Translation) -> bool:
    """Whether the user works in the translation's language and may edit what it writes to."""
    if not works_in(user, translation.target_locale):
        return False
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    return may_edit(user, target)


def for_translations_the_user_may_edit(view):
    """A wagtail-localize view of one translation, refused to anyone who may not edit it."""

    @wraps(view)
    def checked_view(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(
            Translation.objects.select_related("target_locale"), pk=translation_id
        )
        if not may_edit_translation(request.user, translation):
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return checked_view


def for_pages_in_the_users_languages(view):
    """A wagtail-localize view of one translated page (which checks the page tree itself),
    refused outside the user's languages."""

    @wraps(view)
    def checked_view(request, page_id, *args, **kwargs):
        page = get_object_or_404(Page.objects.select_related("locale"), pk=page_id)
        if not works_in(request.user, page.locale):
            raise PermissionDenied
        return view(request, page_id, *args, **kwargs)

    return checked_view


edit_string_translation = for_translations_the_user_may_edit(
    edit_translation.edit_string_translation
)
edit_override = for_translations_the_user_may_edit(edit_translation.edit_override)
download_pofile = for_translations_the_user_may_edit(edit_translation.download_pofile)
upload_pofile = for_translations_the_user_may_edit(edit_translation.upload_pofile)
machine_translate = for_translations_the_user_may_edit(edit_translation.machine_translate)
preview_translation = for_translations_the_user_may_edit(edit_translation.preview_translation)
stop_translation = for_translations_the_user_may_edit(edit_translation.stop_translation)
convert_to_alias = for_pages_in_the_users_languages(convert.convert_to_alias)


class OwnLanguagesOnlyMixin:
    """The form offers the user's own languages only; a request for another is refused."""

    def get_form(self):
        form = super().get_form()
        languages = target_languages(self.request.user)
        if languages is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(language_code__in=languages)
        return form

    def post(self, request, *args, **kwargs):
        languages = target_languages(request.user)
        if languages is not None:
            # Anything but a locale's id is left to the form, which rejects it.
            requested = [value for value in request.POST.getlist("locales") if value.isdecimal()]
            others = Locale.objects.filter(pk__in=requested).exclude(language_code__in=languages)
            if others.exists():
                raise PermissionDenied
        return super().post(request, *args, **kwargs)


class ScopedSubmitPageTranslationView(OwnLanguagesOnlyMixin, SubmitPageTranslationView):
    pass


class ScopedSubmitSnippetTranslationView(OwnLanguagesOnlyMixin, SubmitSnippetTranslationView):
    pass


class ReviewedUpdateTranslationsView(UpdateTranslationsView):
    """ "Sync translated pages": it refreshes the source and updates the translations into the
    user's languages only (refused to a translator if there are none), and publishes them only
    for someone who may publish every one of them; otherwise they wait for review."""

    def get_object(self):
        source = super().get_object()
        languages = target_languages(self.request.user)
        if languages is not None and not self.synced_translations(source).exists():
            raise PermissionDenied
        return source

    def synced_translations(self, source):
        translations = source.translations.filter(enabled=True)
        languages = target_languages(self.request.user)
        if languages is None:
            return translations
        return translations.filter(target_locale__language_code__in=languages)

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
        for translation in self.synced_translations(self.object):
            try:
                target = translation.source.get_translated_instance(translation.target_locale)
            except ObjectDoesNotExist:  # noqa: S112 - no target yet: syncing publishes nothing
                continue
            if not may_publish(user, target):
                return False
        return True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        synced = set(self.synced_translations(self.object).values_list("target_locale", flat=True))
        context["translations"] = [
            listed for listed in context["translations"] if listed["locale"].pk in synced
        ]
        return context

    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize's own, applied to the synced translations only; a translation that
        cannot be published is named in a message rather than silently skipped."""
        self.object.update_from_db()
        # Read after the refresh, so that publishing uses the refreshed source.
        translations = list(self.synced_translations(self.object).select_related("target_locale"))
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in translations:
                apply_machine_translation(translation.id, self.request.user, machine_translator)
        for translation in translations:
            if form.cleaned_data["publish_translations"]:
                errors = self.publish_target(translation)
                if errors:
                    messages.error(
                        self.request,
                        _("The translation into %(language)s was not published: %(errors)s")
                        % {
                            "language": translation.target_locale.get_display_name(),
                            "errors": errors,
                        },
                    )
            else:
                translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())

    def publish_target(self, translation) -> str:
        """Publishes one translation in a savepoint of its own; what stopped it, or "". A value
        too long for its column fails validation on SQLite but is refused by PostgreSQL when
        saved, before validation: both leave the translation as it was."""
        try:
            with transaction.atomic():
                translation.save_target(user=self.request.user, publish=True)
        except ValidationError as invalid:
            return " ".join(invalid.messages)
        except DataError:
            return _("a translated value is longer than its field allows.")
        return ""


class SnippetTranslationStatusPanel(StatusSidePanel):
    """wagtail-localize gives a snippet's translation editor Wagtail's generic status panel,
    without the URL name of the snippet's revision comparison that its workflow status links
    to: the editor of a snippet in review failed (NoReverseMatch)."""

    @classmethod
    def replacing(cls, panel: StatusSidePanel) -> "SnippetTranslationStatusPanel":
        return cls(
            panel.object,
            panel.request,
            show_schedule_publishing_toggle=panel.show_schedule_publishing_toggle,
            live_object=panel.live_object,
            scheduled_object=panel.scheduled_object,
            locale=panel.locale,
            translations=panel.translations,
            usage_url=panel.usage_url,
            history_url=panel.history_url,
            last_updated_info=panel.last_updated_info,
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["revisions_compare_url_name"] = self.object.snippet_viewset.get_url_name(
            "revisions_compare"
        )
        return context
