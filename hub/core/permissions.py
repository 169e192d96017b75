"""One permission policy for models whose objects each belong to a language, and one view
factory that checks it. Wagtail's model permissions are per model, so without it a translator
allowed to change people could change every language's biographies, and a moderator of Arabic
promotions the Hebrew ones.

The policy does not know who works in which language: it is given a function that answers it
(hub.editorial.permissions for the translatable snippets, search.promotions for promoted
results), so this ground floor depends on no other app."""

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

# The languages a user may act in, or None for every language.
UserLanguages = Callable[[object], set[str] | None]


class LanguageScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed to the objects in the user's languages.

    `language_field` is the lookup from an object to its language code. With
    `languages_grant_permission`, working in a language is itself the permission to manage its
    objects, with no model permission needed."""

    def __init__(
        self,
        model,
        *,
        languages: UserLanguages,
        language_field: str = "locale__language_code",
        languages_grant_permission: bool = False,
    ):
        super().__init__(model)
        self.languages = languages
        self.language_field = language_field
        self.languages_grant_permission = languages_grant_permission

    def user_has_permission(self, user, action):
        if self.languages_grant_permission:
            return bool(self.languages(user))
        return super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        languages = self.languages(user)
        return languages is None or self.language_of(instance) in languages

    def instances_user_has_permission_for(self, user, action):
        return self.in_user_languages(super().instances_user_has_permission_for(user, action), user)

    def instances_user_has_any_permission_for(self, user, actions):
        return self.in_user_languages(
            super().instances_user_has_any_permission_for(user, actions), user
        )

    def language_of(self, instance) -> str:
        value = instance
        for name in self.language_field.split("__"):
            value = getattr(value, name)
        return value

    def in_user_languages(self, queryset, user):
        languages = self.languages(user)
        if languages is None:
            return queryset
        return queryset.filter(**{f"{self.language_field}__in": languages})


def checking_the_object(view_class, action: str):
    """The admin view, refusing (403) an object its model's registered permission policy does
    not let the user `action`: Wagtail checks some views (history, usage, revisions) against
    the model only."""

    class ObjectCheckedView(view_class):
        def get_object(self, *args, **kwargs):
            instance = super().get_object(*args, **kwargs)
            policy = policy_registry.get(instance)
            if not policy.user_has_permission_for_instance(self.request.user, action, instance):
                raise PermissionDenied
            return instance

    ObjectCheckedView.__name__ = f"ObjectChecked{view_class.__name__}"
    return ObjectCheckedView
