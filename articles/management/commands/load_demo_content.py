"""Loads the demo site, its articles and the demo accounts. Safe to run again: nothing is duplicated."""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from articles.demo.accounts import DEMO_ACCOUNTS, ensure_demo_accounts
from articles.demo.content import ensure_demo_articles
from articles.demo.site import ensure_site


class Command(BaseCommand):
    help = "Creates the demo site, guide articles and demo accounts (idempotent)."

    def handle(self, *args, **options):
        with transaction.atomic():
            home, guide = ensure_site()
            created = ensure_demo_accounts()
            new_articles = ensure_demo_articles(guide)
        self.stdout.write(f"Site: {home.title} with the guide at {guide.get_url()}")
        self.stdout.write(f"Articles: {new_articles} created, {guide.get_children().count()} in the guide")
        dev_password = getattr(settings, "DEMO_ACCOUNT_PASSWORD", "")
        if dev_password:
            names = ", ".join(username for username, *_ in DEMO_ACCOUNTS)
            self.stdout.write(f"Demo logins: {names}; password for each: {dev_password} (dev settings only)")
        elif created:
            self.stdout.write("Demo accounts created. Their passwords are shown only now:")
            for username, password in created.items():
                self.stdout.write(f"  {username:<10} {password}")
        else:
            self.stdout.write("Demo accounts already exist; their passwords are unchanged.")
