"""The review task of the "Publication review" workflow: approval by the moderators of the
content's own language, so one workflow serves every locale's tree and the snippets, and an
English-only moderator cannot approve an Arabic translation. Four eyes: nobody approves what
they submitted or wrote; where that leaves a language without reviewers (a single moderator),
administrators review it."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState, TranslatableMixin

from hub.editorial.role_names import moderated_languages


def content_language(obj) -> str | None:
    locale = getattr(obj, "locale", None)
    return locale.language_code if locale is not None else None


class LanguageReviewTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve, but only content in their own language: a group
    reviews the language it moderates ("Moderators" the default one, "Moderators – Arabic"
    Arabic)."""

    def reviewer_group_names(self, obj) -> set[str]:
        language = content_language(obj)
        if language is None:
            return set(self.groups.values_list("name", flat=True))
        reviewers = moderated_languages().get(language)
        return {reviewers} & set(self.groups.values_list("name", flat=True))

    def may_review(self, obj, user) -> bool:
        if user.is_superuser:
            return True
        return user.groups.filter(name__in=self.reviewer_group_names(obj)).exists()

    @staticmethod
    def submitter_ids(obj) -> set[int]:
        """Who asked for this review and who wrote the revision under review (a reviewer who
        requested changes and resubmitted their own edit is its author)."""
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state is None:
            return set()
        ids = {workflow_state.requested_by_id}
        task_state = workflow_state.current_task_state
        if task_state is not None:
            ids.add(task_state.revision.user_id)
        return ids - {None}

    def may_approve(self, obj, user) -> bool:
        return self.may_review(obj, user) and user.pk not in self.submitter_ids(obj)

    def user_can_access_editor(self, obj, user):
        return self.may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.may_review(obj, user)

    def get_actions(self, obj, user):
        return super().get_actions(obj, user) if self.may_approve(obj, user) else []

    def get_task_states_user_can_moderate(self, user, **kwargs):
        in_progress = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            Q(workflow_state__requested_by=user) | Q(revision__user=user)
        )
        if user.is_superuser:
            return in_progress
        languages = self.languages_reviewed_by(user)
        if not languages:
            return TaskState.objects.none()
        matches = Q(pk__in=[])
        content_types = ContentType.objects.filter(
            pk__in=in_progress.values("workflow_state__base_content_type")
        )
        for content_type in content_types:
            model = content_type.model_class()
            if model is None or not issubclass(model, TranslatableMixin):
                continue
            ids = (
                model.objects.filter(locale__language_code__in=languages)
                .annotate(id_text=Cast("pk", CharField()))
                .values("id_text")
            )
            matches |= Q(
                workflow_state__base_content_type=content_type, workflow_state__object_id__in=ids
            )
        return in_progress.filter(matches)

    def languages_reviewed_by(self, user) -> list[str]:
        names = set(self.groups.filter(id__in=user.groups.all()).values_list("name", flat=True))
        return [code for code, group in moderated_languages().items() if group in names]

    @classmethod
    def get_description(cls):
        return _("Moderators of the content's own language approve it")

    class Meta:
        verbose_name = _("language review task")
        verbose_name_plural = _("language review tasks")
