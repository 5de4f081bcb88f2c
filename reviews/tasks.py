"""The "Medical review" workflow task: a medical reviewer signs off (approve) or sends the draft back (reject)."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.forms import TaskStateCommentForm
from wagtail.models import Task

from reviews.rules import REVIEWER_GROUP

REJECT_NEEDS_COMMENT = "Tell the writer what to change: a comment is required to send the draft back."


class RejectionForm(forms.Form):
    comment = forms.CharField(
        label="What needs to change",
        required=True,
        widget=forms.Textarea({"rows": 3}),
        error_messages={"required": REJECT_NEEDS_COMMENT},
    )


class MedicalReviewTask(Task):
    """Approving signs off the medical content of the latest revision (a MedicalSignOff); rejecting sends it
    back to the writer with a required comment. Only members of "Medical reviewers" act on it, and the
    four-eyes and credential rules of reviews/rules.py apply to superusers too."""

    admin_form_fields = Task.admin_form_fields

    class Meta:
        verbose_name = "medical review task"
        verbose_name_plural = "medical review tasks"

    @classmethod
    def get_description(cls):
        return "A medical reviewer with a verified credential signs off the medical content, or requests changes"

    def is_reviewer(self, user):
        return user.groups.filter(name=REVIEWER_GROUP).exists()

    def start(self, workflow_state, user=None):
        from reviews.notifications import notify_review_requested

        task_state = super().start(workflow_state, user=user)
        notify_review_requested(task_state, user)
        return task_state

    def user_can_access_editor(self, obj, user):
        return self.is_reviewer(user)

    def locked_for_user(self, obj, user):
        # The content under review stays as the reviewer sees it; a reviewer's own edit would void four eyes anyway.
        return not (user.is_superuser or self.is_reviewer(user))

    def get_actions(self, obj, user):
        if user.is_superuser or self.is_reviewer(user):
            return [
                ("reject", "Request changes", True),
                ("approve", "Sign off medical content", True),
            ]
        return []

    def get_template_for_action(self, action):
        return "reviews/sign_off_modal.html" if action == "approve" else ""

    def get_form_for_action(self, action):
        return RejectionForm if action == "reject" else TaskStateCommentForm

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if user.is_superuser or self.is_reviewer(user):
            return self.task_states.filter(status="in_progress")
        return self.task_states.none()

    def on_action(self, task_state, user, action_name, **kwargs):
        """Not atomic as a whole on purpose: a refused sign-off is written to the audit log and must stay there."""
        from reviews.notifications import notify_writer
        from reviews.signoff import refuse_sign_off, sign_off, sign_off_problem

        comment = (kwargs.get("comment") or "").strip()
        if action_name == "approve":
            revision = task_state.workflow_state.content_object.get_latest_revision()
            problem = sign_off_problem(revision, user)
            if problem:
                refuse_sign_off(revision, user, problem)
            with transaction.atomic():
                signoff = sign_off(revision, user, comment)
                task_state.revision = revision
                task_state.approve(user=user, comment=comment)
            notify_writer(task_state, user, approved=True, signoff=signoff)
        elif action_name == "reject":
            if not comment:
                raise ValidationError(REJECT_NEEDS_COMMENT)
            with transaction.atomic():
                task_state.reject(user=user, comment=comment)
            notify_writer(task_state, user, approved=False)
