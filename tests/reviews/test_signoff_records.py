"""A sign-off is evidence: append-only in the model, read-only in the admin (no add, edit or delete URL)."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import NoReverseMatch, reverse

from reviews.models import AppendOnlyError, MedicalSignOff
from tests.reviews.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def signoff(signed_draft):
    return MedicalSignOff.objects.get()


def test_a_sign_off_records_what_was_signed_and_by_whom(signoff, signed_draft, reviewer):
    revision = signed_draft.get_latest_revision()
    assert (signoff.page_id, signoff.revision, signoff.reviewer, signoff.reviewer_person) == (
        signed_draft.pk,
        revision,
        reviewer,
        reviewer.person,
    )
    assert (signoff.reviewer_name, signoff.reviewer_credentials, len(signoff.content_fingerprint)) == (
        "Zahide Eris",
        "MD",
        64,
    )


def test_the_snapshot_keeps_the_name_after_the_person_record_changes(signoff, reviewer):
    reviewer.person.name = "Zahide Eris-Long"
    reviewer.person.save()

    assert MedicalSignOff.objects.get().reviewer_display == "Zahide Eris, MD"


def test_a_sign_off_cannot_be_edited_or_deleted_through_the_model(signoff):
    signoff.comment = "edited later"
    with pytest.raises(AppendOnlyError, match="cannot be edited"):
        signoff.save()
    with pytest.raises(AppendOnlyError, match="cannot be deleted"):
        signoff.delete()
    with pytest.raises(AppendOnlyError, match="cannot be edited"):
        MedicalSignOff.objects.update(comment="bulk edit")
    with pytest.raises(AppendOnlyError, match="cannot be deleted"):
        MedicalSignOff.objects.all().delete()
    assert MedicalSignOff.objects.get().comment == ""


def test_the_admin_lists_and_inspects_sign_offs_but_offers_no_way_to_change_them(client, signoff, editor, superuser):
    for name in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"medical_signoffs:{name}", args=[] if name == "add" else [signoff.pk])
    client.force_login(superuser)

    listing = client.get("/admin/medical_signoffs/")
    inspect = client.get(f"/admin/medical_signoffs/inspect/{signoff.pk}/")

    assert listing.status_code == 200
    assert "Zahide Eris, MD" in listing.content.decode()
    assert inspect.status_code == 200
    assert signoff.content_fingerprint in inspect.content.decode()
    assert client.get(f"/admin/medical_signoffs/edit/{signoff.pk}/").status_code == 404
    assert client.post(f"/admin/medical_signoffs/delete/{signoff.pk}/").status_code == 404


def test_editors_may_read_sign_offs_and_people_outside_the_editorial_groups_may_not(client, signoff, editor):
    client.force_login(editor)
    assert client.get("/admin/medical_signoffs/").status_code == 200

    visitor = make_user("visitor")
    visitor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(visitor)
    response = client.get("/admin/medical_signoffs/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
