"""Wagtail's `publish_scheduled`, with the publish guard asked first for every article that is due.

A due article revision without a valid sign-off is not published: the command says why on stderr, writes the
refusal to the audit log, leaves its schedule as it is (a later sign-off lets it go live on the next run) and
carries on with the other revisions. This app comes before Wagtail in INSTALLED_APPS, so Django runs this
command; `--dryrun` is Wagtail's own.
"""

from django.apps import apps
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import DraftStateMixin, Page, Revision

from reviews.guard import PublishRefused, is_guarded, publish_guard


class Command(WagtailCommand):
    help = "Publishes scheduled revisions that are due and unpublishes expired ones; articles need a sign-off."

    def handle(self, *args, **options):
        if options.get("dryrun"):
            return super().handle(*args, **options)
        self.unpublish_expired()
        refused = self.refuse_unreviewed()
        due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).exclude(pk__in=refused)
        for revision in due.order_by("approved_go_live_at"):
            revision.publish(log_action="wagtail.publish.scheduled")
        return None

    def unpublish_expired(self):
        """As Wagtail does: every live object whose expiry passed goes offline."""
        models = [Page] + [m for m in apps.get_models() if issubclass(m, DraftStateMixin) and not issubclass(m, Page)]
        for model in models:
            for obj in list(model.objects.filter(live=True, expire_at__lt=timezone.now()).order_by("expire_at")):
                obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")

    def refuse_unreviewed(self):
        refused = []
        for revision in Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at"):
            page = revision.as_object()
            if not is_guarded(page):
                continue
            try:
                publish_guard(revision, content=page)
            except PublishRefused as error:
                refused.append(revision.pk)
                self.stderr.write(f"Not published: “{page.title}” (revision {revision.pk}): {error}")
        return refused
