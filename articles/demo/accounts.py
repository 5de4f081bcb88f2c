"""The demo accounts of CONTRACT.md. Their names and e-mail addresses say they are demo accounts."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

DEMO_ACCOUNTS = [
    # username, first name, last name, group (None: superuser)
    ("writer", "Demo", "Writer", "Writers"),
    ("writer2", "Demo", "Writer Two", "Writers"),
    ("reviewer", "Demo", "Reviewer", "Medical reviewers"),
    ("reviewer2", "Demo", "Reviewer Two", "Medical reviewers"),
    ("editor", "Demo", "Editor", "Editors"),
    ("admin", "Demo", "Admin", None),
]


def demo_password():
    """dev settings may fix a documented password; anywhere else each new account gets a random one."""
    return getattr(settings, "DEMO_ACCOUNT_PASSWORD", "") or secrets.token_urlsafe(12)


def ensure_demo_accounts():
    """Creates missing demo accounts; returns {username: password} for the ones created now."""
    User = get_user_model()
    created = {}
    for username, first_name, last_name, group_name in DEMO_ACCOUNTS:
        user, is_new = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@demo.example.com",
                "is_superuser": group_name is None,
                "is_staff": group_name is None,
            },
        )
        if is_new:
            password = demo_password()
            user.set_password(password)
            user.save(update_fields=["password"])
            created[username] = password
        if group_name:
            group = Group.objects.filter(name=group_name).first()
            if group:
                user.groups.add(group)
    return created
