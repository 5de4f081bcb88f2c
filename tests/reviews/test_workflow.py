"""The "Medical review" workflow: sign-off then editorial approval; rejection needs a comment and goes back to the
writer; e-mails on submit (reviewers) and on approve or reject (the writer)."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from wagtail.models import WorkflowPage

from reviews.models import MedicalSignOff
from reviews.tasks import REJECT_NEEDS_COMMENT, RejectionForm
from reviews.workflow import ensure_guide_workflow, medical_review_workflow
from tests.reviews.conftest import make_reviewer, reload

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_review(draft, writer):
    ensure_guide_workflow(draft.get_parent())
    mail.outbox.clear()
    return medical_review_workflow().start(draft, writer)


def test_the_workflow_is_a_medical_sign_off_then_an_editorial_approval():
    workflow = medical_review_workflow()
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]

    assert [(type(task).__name__, task.name) for task in tasks] == [
        ("MedicalReviewTask", "Medical sign-off"),
        ("GroupApprovalTask", "Editorial approval"),
    ]
    assert [group.name for group in tasks[1].groups.all()] == ["Editors"]


def test_ensure_guide_workflow_assigns_it_to_the_guide_once(draft):
    guide = draft.get_parent()
    ensure_guide_workflow(guide)
    ensure_guide_workflow(guide)

    assert WorkflowPage.objects.get(page=guide).workflow == medical_review_workflow()
    assert draft.get_workflow() == medical_review_workflow()


def test_submitting_e_mails_the_medical_reviewers(draft, writer, reviewer):
    make_reviewer("colleague", "Cole League")
    ensure_guide_workflow(draft.get_parent())
    mail.outbox.clear()

    medical_review_workflow().start(draft, writer)

    [message] = mail.outbox
    assert message.subject == "Medical review requested: Botox: all about it"
    assert sorted(message.to) == ["colleague@example.com", "zahide@example.com"]
    assert f"/admin/pages/{draft.pk}/edit/" in message.body


def test_only_medical_reviewers_get_the_sign_off_actions(in_review, reviewer, writer, editor):
    task = in_review.current_task_state.task.specific
    page = reload(in_review.content_object.specific)

    assert [name for name, *_ in task.get_actions(page, reviewer)] == ["reject", "approve"]
    assert task.get_actions(page, writer) == []
    assert task.get_actions(page, editor) == []


def test_approving_signs_off_moves_to_the_editors_and_e_mails_the_writer(in_review, reviewer, writer):
    state = in_review.current_task_state

    state.task.specific.on_action(state, reviewer, "approve", comment="Accurate.")

    in_review.refresh_from_db()
    signoff = MedicalSignOff.objects.get()
    assert (signoff.revision, signoff.comment) == (
        reload(in_review.content_object.specific).get_latest_revision(),
        "Accurate.",
    )
    assert in_review.current_task_state.task.name == "Editorial approval"
    writer_mail = [message for message in mail.outbox if message.to == [writer.email]]
    assert [message.subject for message in writer_mail] == ["Medical review passed: Botox: all about it"]
    assert "Zahide Eris, MD signed off" in writer_mail[0].body


def test_rejecting_needs_a_comment(in_review, reviewer):
    state = in_review.current_task_state

    with pytest.raises(ValidationError) as refused:
        state.task.specific.on_action(state, reviewer, "reject", comment="  ")

    assert refused.value.messages == [REJECT_NEEDS_COMMENT]
    state.refresh_from_db()
    assert state.status == "in_progress"
    assert RejectionForm({"comment": ""}).errors == {"comment": [REJECT_NEEDS_COMMENT]}


def test_rejecting_sends_the_draft_back_to_the_writer_with_the_comment(in_review, reviewer, writer):
    state = in_review.current_task_state

    state.task.specific.on_action(state, reviewer, "reject", comment="Cite a source for the dosage.")

    in_review.refresh_from_db()
    assert in_review.status == "needs_changes"
    assert not MedicalSignOff.objects.exists()
    writer_mail = [message for message in mail.outbox if message.to == [writer.email]]
    assert "Changes requested by the medical reviewer: Botox: all about it" in [m.subject for m in writer_mail]
    assert "Cite a source for the dosage." in writer_mail[0].body
