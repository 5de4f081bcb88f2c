"""The audit log shows sign-offs, rejections and refused publishes with user, time and reason, in the page
history and the site-wide report, with readable labels."""

from datetime import UTC, datetime

import pytest
import time_machine
from wagtail.log_actions import LogContext
from wagtail.models import PageLogEntry

from reviews.guard import PublishRefused
from reviews.workflow import ensure_guide_workflow, medical_review_workflow
from tests.reviews.conftest import reload

pytestmark = pytest.mark.django_db

AT = datetime(2021, 2, 4, 10, 0, tzinfo=UTC)


def entries(page, action):
    return list(PageLogEntry.objects.filter(page=page, action=action))


def test_sign_off_rejection_and_refused_publish_are_logged_with_user_time_and_reason(draft, writer, reviewer, editor):
    ensure_guide_workflow(draft.get_parent())
    with time_machine.travel(AT, tick=False):
        state = medical_review_workflow().start(draft, writer).current_task_state
        state.task.specific.on_action(state, reviewer, "reject", comment="Cite a source for the dosage.")
        with LogContext(user=editor), pytest.raises(PublishRefused):  # a shell publish names its user this way
            reload(draft).get_latest_revision().publish(user=editor)
        state = reload(draft).current_workflow_state
        state.resume(user=writer)
        state = reload(draft).current_workflow_state.current_task_state
        state.task.specific.on_action(state, reviewer, "approve", comment="Checked against the label.")

    [rejected] = entries(draft, "wagtail.workflow.reject")
    assert (rejected.user, rejected.timestamp, rejected.data["comment"]) == (
        reviewer,
        AT,
        "Cite a source for the dosage.",
    )
    [refused] = entries(draft, "reviews.publish_refused")
    assert (refused.user, refused.timestamp, refused.data["reason"]) == (
        editor,
        AT,
        "needs medical review: no medical reviewer has signed off this content yet",
    )
    [signed] = entries(draft, "reviews.signed_off")
    assert (signed.user, signed.timestamp, signed.data["reviewer"], signed.data["comment"]) == (
        reviewer,
        AT,
        "Zahide Eris, MD",
        "Checked against the label.",
    )


def test_page_history_shows_readable_labels_and_reasons(client, draft, editor, superuser):
    with pytest.raises(PublishRefused):
        draft.get_latest_revision().publish(user=editor)
    client.force_login(superuser)

    html = client.get(f"/admin/pages/{draft.pk}/history/").content.decode()

    assert "Publish refused: needs medical review: no medical reviewer has signed off this content yet" in html


def test_site_history_report_filters_on_the_review_actions(client, signed_draft, superuser):
    client.force_login(superuser)

    html = client.get("/admin/reports/site-history/", {"action": "reviews.signed_off"}).content.decode()

    assert "Medical sign-off by Zahide Eris, MD" in html
