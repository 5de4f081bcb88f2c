"""The "Medical review" workflow: a medical sign-off, then an editorial approval that publishes.

It also lets the three editorial groups read the (append-only) sign-off records in the admin.
The workflow is assigned to the guide index by reviews.workflow.ensure_guide_workflow (the demo loader calls it),
because the guide page does not exist when migrations run.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WORKFLOW_NAME = "Medical review"
MEDICAL_TASK_NAME = "Medical sign-off"
EDITORIAL_TASK_NAME = "Editorial approval"
GROUPS = ["Writers", "Medical reviewers", "Editors"]


def create_workflow(apps, schema_editor):
    app_config = apps.get_app_config("reviews")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    MedicalReviewTask = apps.get_model("reviews", "MedicalReviewTask")

    view_signoffs = Permission.objects.get(content_type__app_label="reviews", codename="view_medicalsignoff")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(view_signoffs)

    if Workflow.objects.filter(name=WORKFLOW_NAME).exists():
        return
    medical_type, _ = ContentType.objects.get_or_create(app_label="reviews", model="medicalreviewtask")
    group_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    medical = MedicalReviewTask.objects.create(name=MEDICAL_TASK_NAME, content_type=medical_type, active=True)
    editorial = GroupApprovalTask.objects.create(name=EDITORIAL_TASK_NAME, content_type=group_type, active=True)
    editorial.groups.set(Group.objects.filter(name="Editors"))
    workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=workflow, task_id=medical.pk, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task_id=editorial.pk, sort_order=1)


def remove_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WORKFLOW_NAME).delete()
    Task.objects.filter(name__in=[MEDICAL_TASK_NAME, EDITORIAL_TASK_NAME]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("reviews", "0002_signoffs_and_review_task"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
