"""Editors manage webhook endpoints and read the delivery log; writers and reviewers do neither."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = [
    ("webhookendpoint", "add"),
    ("webhookendpoint", "change"),
    ("webhookendpoint", "delete"),
    ("webhookendpoint", "view"),
    ("webhookdelivery", "view"),
]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("webhooks")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    for model, action in EDITOR_PERMISSIONS:
        editors.permissions.add(
            Permission.objects.get(content_type__app_label="webhooks", codename=f"{action}_{model}")
        )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    codenames = [f"{action}_{model}" for model, action in EDITOR_PERMISSIONS]
    for group in Group.objects.filter(name="Editors"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="webhooks", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0001_initial"),
        ("reviews", "0001_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
