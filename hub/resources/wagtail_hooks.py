from django.core.exceptions import PermissionDenied
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from hub.editorial.permissions import LanguageScopedPermissionPolicy
from hub.editorial.roles import working_languages
from hub.resources.models import Person, Topic


def in_working_languages(view_class, action):
    """The snippet view, refusing objects outside the languages the user works in."""

    class LanguageScopedView(view_class):
        def get_object(self, *args, **kwargs):
            instance = super().get_object(*args, **kwargs)
            policy = LanguageScopedPermissionPolicy(type(instance))
            if not policy.user_has_permission_for_instance(self.request.user, action, instance):
                raise PermissionDenied
            return instance

    LanguageScopedView.__name__ = f"LanguageScoped{view_class.__name__}"
    return LanguageScopedView


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
    edit_view_class = in_working_languages(snippet_views.EditView, "change")
    delete_view_class = in_working_languages(snippet_views.DeleteView, "delete")
    unpublish_view_class = in_working_languages(snippet_views.UnpublishView, "publish")
    lock_view_class = in_working_languages(snippet_views.LockView, "lock")
    unlock_view_class = in_working_languages(snippet_views.UnlockView, "unlock")

    def get_queryset(self, request):
        queryset = self.model._default_manager.all()
        languages = working_languages(request.user)
        if languages is None:
            return queryset
        return queryset.filter(locale__language_code__in=languages)


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
    register_permission_policy(model, LanguageScopedPermissionPolicy(model))
register_snippet(PersonViewSet)
register_snippet(TopicViewSet)
