"""Review e-mails go to the moderators of the content's language, not to every group of the
review task."""

from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier

from hub.editorial.models import LanguageReviewTask


class LanguageReviewSubmissionEmailNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def get_recipient_users(self, task_state, **kwargs):
        recipients = super().get_recipient_users(task_state, **kwargs)
        task = task_state.task.specific
        if not isinstance(task, LanguageReviewTask):
            return recipients
        obj = task_state.workflow_state.content_object
        reviewers = task.reviewer_group_names(obj)
        return recipients.filter(is_superuser=True) | recipients.filter(groups__name__in=reviewers)
