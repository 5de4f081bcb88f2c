"""`manage.py reviews_due [--days N]`: live articles whose medical review is overdue or due within N days."""

from django.core.management.base import BaseCommand

from reviews.due import DUE_SOON_DAYS, reviews_due


class Command(BaseCommand):
    help = "Lists live articles whose medical review is overdue or due within --days days (default 30)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DUE_SOON_DAYS, help="How far ahead counts as due soon.")

    def handle(self, *args, **options):
        items = reviews_due(days=options["days"])
        if not items:
            self.stdout.write(f"No medical review is overdue or due within {options['days']} days.")
            return
        for item in items:
            due = f"due {item.due:%Y-%m-%d}" if item.due else "never reviewed"
            reviewed = f"last reviewed {item.last_reviewed:%Y-%m-%d} by {item.reviewer}" if item.last_reviewed else ""
            line = f"{item.status.upper():<9} {due:<14} {item.page.title} ({item.page.url_path})"
            self.stdout.write(f"{line}  {reviewed}".rstrip())
