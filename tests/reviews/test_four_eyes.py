"""Four eyes and credentials: nobody signs off medical changes they wrote, superusers included; an expired or
unverified credential cannot sign off; each refusal says why and changes nothing."""

from datetime import date

import pytest
import time_machine
from wagtail.models import PageLogEntry

from articles.models import Person
from reviews.fingerprint import revision_fingerprint
from reviews.guard import PublishRefused
from reviews.models import MedicalSignOff
from reviews.signoff import SignOffRefused, sign_off
from reviews.workflow import ensure_guide_workflow, medical_review_workflow
from tests.reviews.conftest import BODY, edit, make_reviewer, make_user, reload

pytestmark = pytest.mark.django_db

NEW_BODY = [BODY[0], {"type": "rich_text", "value": "<p>Botox relaxes every muscle it is injected into.</p>"}]


def test_a_reviewer_cannot_sign_off_medical_changes_they_wrote(draft, reviewer):
    revision = edit(draft, reviewer, body=NEW_BODY)

    with pytest.raises(SignOffRefused) as refused:
        sign_off(revision, reviewer)

    assert str(refused.value) == (
        "Sign-off refused: Zahide Eris, MD wrote medical changes since the last sign-off "
        "and cannot sign off their own changes (four eyes)."
    )
    assert not MedicalSignOff.objects.exists()


def test_a_superuser_who_edited_the_body_cannot_sign_off_either(draft):
    boss = make_user("boss", "Medical reviewers", superuser=True)
    Person.objects.create(
        name="Ada Boss", slug="boss", credentials="MD", user=boss, credential_verified_until=date(2030, 1, 1)
    )
    revision = edit(draft, boss, body=NEW_BODY)

    with pytest.raises(SignOffRefused) as refused:
        sign_off(revision, boss)

    assert str(refused.value) == (
        "Sign-off refused: Ada Boss, MD edited the medical content since the last sign-off; "
        "superusers cannot sign off their own changes either (four eyes)."
    )
    assert not MedicalSignOff.objects.exists()


def test_a_reviewer_whose_credential_expired_cannot_sign_off(draft):
    lapsed = make_reviewer("lapsed", "Lee Lapsed", verified_until=date(2021, 1, 1))

    with time_machine.travel(date(2021, 2, 4)), pytest.raises(SignOffRefused) as refused:
        sign_off(draft.get_latest_revision(), lapsed)

    assert str(refused.value) == "Sign-off refused: the credential of Lee Lapsed, MD expired on 1 Jan 2021."


def test_an_unverified_credential_or_a_non_reviewer_cannot_sign_off(draft, editor):
    unverified = make_reviewer("fresh", "Fay Fresh", verified_until=None)
    revision = draft.get_latest_revision()

    with pytest.raises(SignOffRefused) as unverified_refusal:
        sign_off(revision, unverified)
    with pytest.raises(SignOffRefused) as editor_refusal:
        sign_off(revision, editor)

    assert str(unverified_refusal.value) == "Sign-off refused: the credential of Fay Fresh, MD is not verified."
    assert str(editor_refusal.value) == "Sign-off refused: Eddie is not a medical reviewer."


def test_changes_to_tags_only_do_not_make_the_reviewer_an_author(draft, reviewer):
    revision = edit(draft, reviewer, seo_title="Botox explained")

    assert sign_off(revision, reviewer).reviewer == reviewer


def test_after_a_valid_sign_off_only_later_medical_changes_count(draft, reviewer, writer):
    """The reviewer may sign off a later change by the writer: their own earlier edit was covered by a colleague."""
    colleague = make_reviewer("colleague", "Cole League")
    sign_off(edit(draft, reviewer, body=NEW_BODY), colleague)
    later = edit(reload(draft), writer, title="Botox: everything about it")

    assert sign_off(later, reviewer).revision == later


def test_the_workflow_refuses_self_sign_off_keeps_the_task_open_and_logs_it(draft, reviewer, writer):
    ensure_guide_workflow(draft.get_parent())
    edit(draft, reviewer, body=NEW_BODY)
    workflow_state = medical_review_workflow().start(reload(draft), writer)
    task_state = workflow_state.current_task_state

    with pytest.raises(SignOffRefused):
        task_state.task.specific.on_action(task_state, reviewer, "approve", comment="")

    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    entry = PageLogEntry.objects.get(page=draft, action="reviews.signoff_refused")
    assert entry.user == reviewer
    assert entry.data["reason"].startswith("Sign-off refused: Zahide Eris, MD wrote medical changes")


def test_the_guard_applies_four_eyes_to_a_sign_off_created_behind_the_workflows_back(draft, reviewer, editor):
    """A sign-off row written directly (a shell, a bug) by the author of the change does not let it go live."""
    revision = edit(draft, reviewer, body=NEW_BODY)
    MedicalSignOff.objects.create(
        page_id=draft.pk,
        revision=revision,
        content_fingerprint=revision_fingerprint(revision),
        reviewer=reviewer,
        reviewer_person=reviewer.person,
        reviewer_name="Zahide Eris",
        reviewer_credentials="MD",
        created_at=revision.created_at,
    )

    with pytest.raises(PublishRefused) as refused:
        revision.publish(user=editor)

    assert str(refused.value) == (
        "needs medical review: Zahide Eris, MD wrote medical changes since the last sign-off "
        "and cannot sign off their own changes (four eyes)"
    )
    assert not reload(draft).live


def test_the_guard_refuses_once_the_reviewer_left_the_group(signed_draft, reviewer, editor):
    reviewer.groups.clear()

    with pytest.raises(PublishRefused) as refused:
        signed_draft.get_latest_revision().publish(user=editor)

    assert str(refused.value).startswith("needs medical review: Zahide Eris, MD is not a medical reviewer (they signed")


def test_the_sign_off_dialog_tells_a_self_reviewing_reviewer_why_they_cannot_sign(client, draft, reviewer, writer):
    ensure_guide_workflow(draft.get_parent())
    edit(draft, reviewer, body=NEW_BODY)
    task_state = medical_review_workflow().start(reload(draft), writer).current_task_state
    url = f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/"
    client.force_login(reviewer)

    response = client.get(url)

    assert response.status_code == 200
    html = response.json()["html"]
    assert (
        "You cannot sign off this draft: Zahide Eris, MD wrote medical changes since the last sign-off "
        "and cannot sign off their own changes (four eyes)."
    ) in html
    assert 'type="submit"' not in html
    # Posting anyway is refused (Wagtail turns the PermissionDenied into its "no permission" redirect).
    assert client.post(url, {"comment": "ok"}).status_code == 302
    assert not MedicalSignOff.objects.exists()
    assert PageLogEntry.objects.filter(page=draft, action="reviews.signoff_refused", user=reviewer).exists()
