"""The guide's "Medical review" workflow (created by migration 0003) and its assignment to the guide index."""

from wagtail.models import Workflow, WorkflowPage

WORKFLOW_NAME = "Medical review"


def medical_review_workflow():
    return Workflow.objects.get(name=WORKFLOW_NAME)


def ensure_guide_workflow(guide):
    """Assigns the workflow to the guide index, so every article under it goes through it. Idempotent."""
    workflow = medical_review_workflow()
    WorkflowPage.objects.update_or_create(page=guide, defaults={"workflow": workflow})
    return workflow
