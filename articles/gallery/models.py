"""The patient's consent behind a before-and-after pair: a pair is shown only while its consent is valid."""

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import log
from wagtail.search import index

SCOPE_PUBLIC = "public"
SCOPE_INTERNAL = "internal"
SCOPES = [
    (SCOPE_PUBLIC, "Published guide: website, app, API and search"),
    (SCOPE_INTERNAL, "Internal training only (never published)"),
]


class GalleryConsent(index.Indexed, models.Model):
    """A signed consent form, by reference only: the form itself stays in the clinic's records system."""

    label = models.CharField(
        max_length=120, help_text="A reference that does not identify the patient, e.g. “Clinic A, case 2024-017”."
    )
    obtained_on = models.DateField(help_text="The date the patient signed the consent form.")
    scope = models.CharField(max_length=20, choices=SCOPES, default=SCOPE_PUBLIC)
    document_reference = models.CharField(
        max_length=200, help_text="Where the signed form is filed, e.g. its number in the clinic's records system."
    )
    withdrawn_on = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("label"), FieldPanel("obtained_on"), FieldPanel("scope"), FieldPanel("document_reference")]
    search_fields = [
        index.SearchField("label"),
        index.SearchField("document_reference"),
        index.AutocompleteField("label"),
    ]

    class Meta:
        verbose_name = "gallery consent"
        verbose_name_plural = "gallery consents"
        ordering = ["-obtained_on", "label"]
        permissions = [("withdraw_galleryconsent", "Can withdraw a gallery consent")]

    def __str__(self):
        state = " (withdrawn)" if self.withdrawn_on else ""
        return f"{self.label}{state}"

    @property
    def is_withdrawn(self):
        return self.withdrawn_on is not None

    def allows_publication(self, today=None):
        """True while the pair may be shown to readers: obtained, for publication, not withdrawn."""
        today = today or timezone.localdate()
        return self.withdrawn_on is None and self.scope == SCOPE_PUBLIC and self.obtained_on <= today

    @transaction.atomic
    def withdraw(self, user):
        """Withdraws consent: from the commit on, every pair using it leaves pages, API and search together."""
        from .consent import reindex_pages_using

        locked = type(self).objects.select_for_update().get(pk=self.pk)
        if locked.withdrawn_on is not None:
            return False
        self.withdrawn_on = locked.withdrawn_on = timezone.now()
        self.withdrawn_by = locked.withdrawn_by = user
        locked.save(update_fields=["withdrawn_on", "withdrawn_by"])
        log(locked, "gallery.consent_withdrawn", user=user)
        reindex_pages_using(locked)
        return True
