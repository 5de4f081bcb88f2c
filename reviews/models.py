"""The medical-review records: sign-offs (append-only), per-article review intervals, the review task."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import MinValueValidator
from django.db import models

from reviews.tasks import MedicalReviewTask

__all__ = ["ArticleReviewSettings", "MedicalReviewTask", "MedicalSignOff"]


class AppendOnlyError(PermissionDenied):
    """A sign-off is evidence: once written it is never edited or deleted, by anyone."""


class MedicalSignOffQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Medical sign-offs are append-only: they cannot be edited.")

    def delete(self):
        raise AppendOnlyError("Medical sign-offs are append-only: they cannot be deleted.")

    def for_page(self, page):
        return self.filter(page_id=page.pk)


class MedicalSignOff(models.Model):
    """A medical reviewer's sign-off on one revision, bound to the fingerprint of its medical content.

    The reviewer's name and credentials are copied at signing time so the public review history keeps
    saying who reviewed it even after the person's record changes. Foreign keys carry no database
    constraint and never cascade: deleting a page or a user must not erase the evidence.
    """

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    content_fingerprint = models.CharField(max_length=64, db_index=True)
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    reviewer_person = models.ForeignKey(
        "articles.Person", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    reviewer_name = models.CharField(max_length=120)
    reviewer_credentials = models.CharField(max_length=60, blank=True)
    created_at = models.DateTimeField(db_index=True)
    comment = models.TextField(blank=True)

    objects = MedicalSignOffQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "medical sign-off"
        get_latest_by = ("created_at", "id")

    def __str__(self):
        return f"{self.reviewer_display} on {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError("Medical sign-offs are append-only: they cannot be edited.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Medical sign-offs are append-only: they cannot be deleted.")

    @property
    def reviewer_display(self):
        """“Zahide Eris, MD”, as it was when they signed."""
        if self.reviewer_credentials:
            return f"{self.reviewer_name}, {self.reviewer_credentials}"
        return self.reviewer_name


class ArticleReviewSettings(models.Model):
    """A shorter review interval for one article (for example a fast-moving treatment)."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="review_settings")
    review_interval_days = models.PositiveIntegerField(
        validators=[MinValueValidator(1)],
        help_text="Days until the next medical review is due; at most MEDICAL_REVIEW_INTERVAL_DAYS.",
    )

    class Meta:
        verbose_name = "article review settings"
        verbose_name_plural = "article review settings"

    def __str__(self):
        return f"{self.page}: every {self.review_interval_days} days"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.review_interval_days and self.review_interval_days > settings.MEDICAL_REVIEW_INTERVAL_DAYS:
            raise ValidationError(
                {
                    "review_interval_days": (
                        f"Can only be shorter than the default of {settings.MEDICAL_REVIEW_INTERVAL_DAYS} days."
                    )
                }
            )
