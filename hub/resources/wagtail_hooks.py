from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from hub.core.permissions import checking_the_object
from hub.editorial.permissions import translatable_snippet_policy, working_languages
from hub.resources import file_permissions
from hub.resources.models import Person, Topic
from hub.resources.rich_text import PublicPageLinkHandler


class LanguageScopedCreateView(snippet_views.CreateView):
    def dispatch(self, request, *args, **kwargs):
        languages = working_languages(request.user)
        if languages is not None and self.locale.language_code not in languages:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class LanguageScopedSnippetViewSet(snippet_views.SnippetViewSet):
    """Translatable snippets as seen by someone who works in some languages only: the listing
    shows those languages, and the other views refuse objects in any other."""

    add_view_class = LanguageScopedCreateView
    edit_view_class = checking_the_object(snippet_views.EditView, "change")
    delete_view_class = checking_the_object(snippet_views.DeleteView, "delete")
    unpublish_view_class = checking_the_object(snippet_views.UnpublishView, "publish")
    lock_view_class = checking_the_object(snippet_views.LockView, "lock")
    unlock_view_class = checking_the_object(snippet_views.UnlockView, "unlock")
    # Wagtail checks these against the model only. (Revert is built from the edit view, and
    # preview on edit and copy check the instance through the registered policy.)
    usage_view_class = checking_the_object(snippet_views.UsageView, "change")
    history_view_class = checking_the_object(snippet_views.HistoryView, "change")
    revisions_view_class = checking_the_object(snippet_views.PreviewRevisionView, "change")
    revisions_compare_view_class = checking_the_object(snippet_views.RevisionsCompareView, "change")
    revisions_unschedule_view_class = checking_the_object(
        snippet_views.RevisionsUnscheduleView, "publish"
    )
    workflow_history_view_class = checking_the_object(snippet_views.WorkflowHistoryView, "change")
    workflow_history_detail_view_class = checking_the_object(
        snippet_views.WorkflowHistoryDetailView, "change"
    )

    def get_queryset(self, request):
        return translatable_snippet_policy(self.model).in_user_languages(
            self.model._default_manager.all(), request.user
        )


class PersonViewSet(LanguageScopedSnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name"]


class TopicViewSet(LanguageScopedSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


for model in (Person, Topic):
    register_permission_policy(model, translatable_snippet_policy(model))
register_snippet(PersonViewSet)
register_snippet(TopicViewSet)


# After Wagtail's own registration (order 0), whose page link handler this one replaces.
@hooks.register("register_rich_text_features", order=1)
def page_links_to_public_pages_only(features):
    features.register_link_type(PublicPageLinkHandler)


@hooks.register("on_serve_page")
def restricted_pages_are_not_indexed(serve):
    """A page under a view restriction (on it or an ancestor) answers with noindex, whether
    with the page, its password form or the login redirect. Wagtail's own view-restriction
    hook, which this one wraps, marks exactly these answers private and uncacheable."""

    def serve_with_robots_header(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if "private" in response.get("Cache-Control", ""):
            response["X-Robots-Tag"] = "noindex"
        return response

    return serve_with_robots_header


# Documents and images: changed or deleted only by the moderators of the languages of the live
# pages using them (hub.resources.file_permissions). For the exact models, which Wagtail looks up
# first: wagtail.snippets' ready() loads these hooks before wagtail.documents' and
# wagtail.images' ready() register their own policies, which would replace a plain registration.
register_permission_policy(
    get_document_model(), file_permissions.document_permission_policy(), exact_class=True
)
register_permission_policy(
    get_image_model(), file_permissions.image_permission_policy(), exact_class=True
)
hooks.register("register_log_actions", file_permissions.register_log_actions)
