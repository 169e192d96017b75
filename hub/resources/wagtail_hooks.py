from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.editorial.permissions import LanguageScopedPermissionPolicy
from hub.editorial.roles import working_languages
from hub.resources.models import Person, Topic


class LanguageScopedSnippetViewSet(SnippetViewSet):
    """Lists only the snippets in the languages the user works in (see
    LanguageScopedPermissionPolicy, which guards editing them)."""

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
