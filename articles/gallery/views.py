"""The admin action that withdraws a patient's consent (a confirmation page, then a POST)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from .models import GalleryConsent

WITHDRAW_PERMISSION = "gallery.withdraw_galleryconsent"


def withdraw_consent(request, pk):
    if not request.user.has_perm(WITHDRAW_PERMISSION):
        raise PermissionDenied
    consent = get_object_or_404(GalleryConsent, pk=pk)
    listing_url = reverse("wagtailsnippets_gallery_galleryconsent:list")
    if request.method == "POST":
        if consent.withdraw(request.user):
            messages.success(
                request,
                f"Consent “{consent.label}” withdrawn. Its photos have left the site, the API and search.",
            )
        else:
            messages.warning(request, f"Consent “{consent.label}” was already withdrawn.")
        return redirect(listing_url)
    return TemplateResponse(request, "gallery/withdraw_consent.html", {"consent": consent, "listing_url": listing_url})
