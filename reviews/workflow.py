"""The guide's "Medical review" workflow (created by migration 0003) and its assignment to the guide index."""

from wagtail.models import Workflow, WorkflowPage

WORKFLOW_NAME = "Medical review"


def medical_review_workflow():
    return Workflow.objects.get(name=WORKFLOW_NAME)


def ensure_guide_workflow(guide):
    """Assigns the workflow to the guide index, so every article under it goes through it. Idempotent; does
    nothing when an operator deleted the workflow on purpose."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is not None:
        WorkflowPage.objects.update_or_create(page=guide, defaults={"workflow": workflow})
    return workflow
