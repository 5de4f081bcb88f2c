"""Editors and medical reviewers may set a shorter review interval per article (ArticleReviewSettings)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_articlereviewsettings", "change_articlereviewsettings", "view_articlereviewsettings"]
GROUPS = ["Editors", "Medical reviewers"]


def grant(apps, schema_editor):
    app_config = apps.get_app_config("reviews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label="reviews", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label="reviews", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("reviews", "0003_medical_review_workflow")]

    operations = [migrations.RunPython(grant, revoke)]
