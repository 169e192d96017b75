"""People in the role groups, for tests of who may do what."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile


class UserFactory(factory.django.DjangoModelFactory):
    """A user in the named role groups (`groups=["Translators – Arabic"]`), optionally with an
    admin language (`admin_language="ar"`)."""

    username = factory.Sequence(lambda number: f"user-{number}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@localhost")
    password = factory.django.Password("manara-test-2026")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, names, **kwargs):
        if names:
            groups = Group.objects.filter(name__in=names)
            if len(groups) != len(names):
                raise ValueError(f"No such role group among {names}")
            user.groups.set(groups)

    @factory.post_generation
    def admin_language(user, create, language, **kwargs):
        if language:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
