"""Giving a medical sign-off: the checks of invariant 1 at signing time, then an append-only record."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from reviews.fingerprint import revision_fingerprint
from reviews.models import MedicalSignOff
from reviews.rules import four_eyes_problem, reviewer_person, reviewer_standing_problem


class SignOffRefused(PermissionDenied):
    """A reviewer may not sign off this revision; the message says why in plain words."""

    def __init__(self, reason):
        super().__init__(f"Sign-off refused: {reason}.")
        self.reason = reason


def sign_off_problem(revision, user):
    """Why `user` cannot sign off `revision` now, or None."""
    page = revision.content_object
    return reviewer_standing_problem(user) or four_eyes_problem(page, revision, user)


def refuse_sign_off(revision, user, reason):
    """Writes the refusal to the audit log and raises it."""
    from reviews.auditlog import log_refusal

    data = {"reason": f"Sign-off refused: {reason}.", "revision_id": revision.pk}
    log_refusal(revision.content_object, "reviews.signoff_refused", user=user, revision=revision, data=data)
    raise SignOffRefused(reason)


def sign_off(revision, user, comment=""):
    """Records `user`'s sign-off of `revision` and logs it; raises SignOffRefused (logged) when not allowed."""
    problem = sign_off_problem(revision, user)
    if problem:
        refuse_sign_off(revision, user, problem)
    page = revision.content_object
    person = reviewer_person(user)
    with transaction.atomic():
        signoff = MedicalSignOff.objects.create(
            page_id=page.pk,
            revision=revision,
            content_fingerprint=revision_fingerprint(revision),
            reviewer=user,
            reviewer_person=person,
            reviewer_name=person.name,
            reviewer_credentials=person.credentials,
            created_at=timezone.now(),
            comment=comment,
        )
        log(
            instance=page,
            action="reviews.signed_off",
            user=user,
            revision=revision,
            data={
                "reviewer": signoff.reviewer_display,
                "revision_id": revision.pk,
                "fingerprint": signoff.content_fingerprint,
                "comment": comment,
            },
        )
    return signoff
