"""Snippet permissions scoped to the languages a user works in. Wagtail's snippet permissions
are per model, so a translator allowed to change people could otherwise change every
language's biographies."""

from wagtail.permission_policies import ModelPermissionPolicy

from hub.editorial.roles import working_languages


class LanguageScopedPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        languages = working_languages(user)
        return languages is None or instance.locale.language_code in languages

    def instances_user_has_permission_for(self, user, action):
        return self.in_working_languages(
            super().instances_user_has_permission_for(user, action), user
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return self.in_working_languages(
            super().instances_user_has_any_permission_for(user, actions), user
        )

    @staticmethod
    def in_working_languages(queryset, user):
        languages = working_languages(user)
        return (
            queryset if languages is None else queryset.filter(locale__language_code__in=languages)
        )
