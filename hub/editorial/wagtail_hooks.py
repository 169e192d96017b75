"""Translations go through review: wagtail-localize's translation editor only publishes, and
refuses that to anyone who cannot publish (its issue #676). This hook runs ahead of
wagtail-localize's own and adds the "Submit for review" action that its editor (through
templates/wagtail_localize/admin/edit_translation.html) offers: the translation is saved as a
draft and the review workflow starts."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail_localize.models import Translation

from hub.editorial import file_permissions, translation_views
from hub.editorial.permissions import translatable_snippet_policy
from hub.editorial.privacy_views import PrivacyOfEveryTranslationView
from hub.editorial.snippet_views import PersonViewSet, TopicViewSet
from hub.editorial.views import TranslationStatusReportView

SUBMIT_FOR_REVIEW = "submit-for-review"


def submit_translation_for_review(request, instance, may_edit):
    if request.method != "POST" or request.POST.get("action") != SUBMIT_FOR_REVIEW:
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    if translation is None:
        return None
    if not may_edit:
        raise PermissionDenied
    edit_url = AdminURLFinder(request.user).get_edit_url(instance)
    workflow = instance.get_workflow()
    if workflow is None:
        messages.error(request, _("There is no review workflow here: ask an administrator."))
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    instance = type(instance).objects.get(pk=instance.pk)
    if instance.current_workflow_state is None:
        workflow.start(instance, request.user)
        messages.success(
            request,
            _("The translation “%(title)s” was saved and submitted for review.")
            % {"title": str(instance)},
        )
    else:
        messages.success(
            request,
            _("The translation “%(title)s” was saved; it is already in review.")
            % {"title": str(instance)},
        )
    return redirect(edit_url)


@hooks.register("before_edit_page", order=-1)
def submit_page_translation_for_review(request, page):
    return submit_translation_for_review(
        request, page, page.permissions_for_user(request.user).can_edit()
    )


@hooks.register("before_edit_snippet", order=-1)
def submit_snippet_translation_for_review(request, instance):
    policy = translatable_snippet_policy(type(instance))
    return submit_translation_for_review(
        request, instance, policy.user_has_permission_for_instance(request.user, "change", instance)
    )


@hooks.register("register_admin_urls")
def register_translation_status_report_url():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


# Ahead of wagtail-localize's own patterns for the same addresses (hooks are read by order, then
# in INSTALLED_APPS order), and like them inside Wagtail's admin decorator: `access_admin`, the
# user's admin language, a refusal answered with a redirect and a message.
@hooks.register("register_admin_urls", order=-1)
def register_scoped_translation_urls():
    translate = "translate/<int:translation_id>/"
    return [
        path(
            "localize/",
            include(
                [
                    path(
                        "submit/page/<int:page_id>/",
                        translation_views.ScopedSubmitPageTranslationView.as_view(),
                    ),
                    path(
                        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
                        translation_views.ScopedSubmitSnippetTranslationView.as_view(),
                    ),
                    path(
                        "update/<int:translation_source_id>/",
                        translation_views.ReviewedUpdateTranslationsView.as_view(),
                    ),
                    path(
                        f"{translate}strings/<int:string_segment_id>/edit/",
                        translation_views.edit_string_translation,
                    ),
                    path(
                        f"{translate}overrides/<int:overridable_segment_id>/edit/",
                        translation_views.edit_override,
                    ),
                    path(f"{translate}pofile/download/", translation_views.download_pofile),
                    path(f"{translate}pofile/upload/", translation_views.upload_pofile),
                    path(f"{translate}machine_translate/", translation_views.machine_translate),
                    path(f"{translate}preview/", translation_views.preview_translation),
                    path(f"{translate}preview/<str:mode>/", translation_views.preview_translation),
                    path(f"{translate}disable/", translation_views.stop_translation),
                    path(
                        "page/<int:page_id>/convert_to_alias/",
                        translation_views.convert_to_alias,
                    ),
                ]
            ),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_report_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("translation_status_report"),
        icon_name="site",
        order=8900,
    )


@hooks.register("insert_editor_js")
def character_counts_in_the_editor():
    return format_html('<script src="{}"></script>', static("js/admin/character_count.js"))


class HubPageViewSet(PageViewSet):
    """The admin views of every page type: registered for the base Page model after Wagtail's
    own default viewset (its hook has order -1), it takes its place for every page type
    without a viewset of its own. Privacy is set for all of a page's translations at once."""

    set_privacy_view_class = PrivacyOfEveryTranslationView


@hooks.register("register_admin_viewset")
def register_page_viewset():
    return HubPageViewSet()


for viewset in (PersonViewSet, TopicViewSet):
    register_permission_policy(viewset.model, translatable_snippet_policy(viewset.model))
    register_snippet(viewset)


# Documents and images: changed or deleted only by the moderators of the languages of the live
# pages using them (file_permissions.py). For the exact models, which Wagtail looks up
# first: wagtail.snippets' ready() loads these hooks before wagtail.documents' and
# wagtail.images' ready() register their own policies, which would replace a plain registration.
register_permission_policy(
    get_document_model(), file_permissions.document_permission_policy(), exact_class=True
)
register_permission_policy(
    get_image_model(), file_permissions.image_permission_policy(), exact_class=True
)
hooks.register("register_log_actions", file_permissions.register_log_actions)
