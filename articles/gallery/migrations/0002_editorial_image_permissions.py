"""Gives the editorial groups Wagtail's image permissions.

Wagtail checks image permissions against `wagtailimages.Image` (its permission policy's auth model), not
the custom `articles.GuideImage`, so without these rows a writer could not upload or choose a photo.
Withdrawing a consent is for editors.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

IMAGE_PERMISSIONS = {
    "Writers": ["add_image", "choose_image"],
    "Medical reviewers": ["choose_image"],
    "Editors": ["add_image", "change_image", "choose_image", "delete_image"],
}
CONSENT_PERMISSIONS = {
    "Writers": ["view_galleryconsent"],
    "Medical reviewers": ["view_galleryconsent"],
    "Editors": ["add_galleryconsent", "change_galleryconsent", "view_galleryconsent", "withdraw_galleryconsent"],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")
    root_collection = Collection.objects.filter(depth=1).first()
    for name, codenames in IMAGE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None or root_collection is None:
            continue
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        for codename in CONSENT_PERMISSIONS[name]:
            group.permissions.add(Permission.objects.get(content_type__app_label="gallery", codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("gallery", "0001_initial"),
        ("reviews", "0001_editorial_groups"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
