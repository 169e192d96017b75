"""The admin of the translatable snippets (people, topics) for someone who works in some
languages only: the listing shows those languages, and the other views refuse objects in any
other. Registered in wagtail_hooks.py with the permission policy that answers the same."""

from django.core.exceptions import PermissionDenied
from wagtail.snippets.views import snippets as snippet_views

from hub.core.permissions import checking_the_object
from hub.editorial.permissions import translatable_snippet_policy, working_languages
from hub.resources.models import Person, Topic


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
