"""Review expiry: next review due = last sign-off + MEDICAL_REVIEW_INTERVAL_DAYS (or the article's shorter
interval). `reviews_due` and the reviewers' dashboard panel list exactly the overdue and due-soon articles."""

import re
from datetime import UTC, date, datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command

from reviews.due import STATUS_CURRENT, STATUS_DUE_SOON, STATUS_OVERDUE, review_due
from reviews.models import ArticleReviewSettings
from reviews.signoff import sign_off
from tests.factories import ArticlePageFactory, demo_guide
from tests.reviews.conftest import BODY, make_user, reload

pytestmark = pytest.mark.django_db

TODAY = datetime(2022, 1, 20, 9, 0, tzinfo=UTC)


def article(slug, signed_on, writer, reviewer, editor, publish=True):
    with time_machine.travel(datetime(*signed_on, 10, 0, tzinfo=UTC)):
        page = ArticlePageFactory(title=slug.title(), slug=slug, live=False, body=BODY, parent=demo_guide())
        sign_off(page.save_revision(user=writer), reviewer)
        if publish:
            page.get_latest_revision().publish(user=editor)
    return reload(page)


@pytest.fixture
def catalogue(writer, reviewer, editor):
    """Overdue, due soon (default and a 60-day interval), current, a signed draft, and a never-reviewed live page."""
    pages = {
        "overdue": article("overdue", (2021, 1, 10), writer, reviewer, editor),
        "soon": article("soon", (2021, 2, 4), writer, reviewer, editor),
        "current": article("current", (2021, 6, 1), writer, reviewer, editor),
        "short": article("short", (2021, 12, 1), writer, reviewer, editor),
        "draft": article("draft", (2020, 1, 1), writer, reviewer, editor, publish=False),
        "legacy": ArticlePageFactory(title="Legacy", slug="legacy", live=True, body=BODY, parent=demo_guide()),
    }
    ArticleReviewSettings.objects.create(page=pages["short"], review_interval_days=60)
    return pages


def test_next_review_due_and_status_follow_the_interval(catalogue):
    with time_machine.travel(TODAY):
        facts = {name: review_due(page) for name, page in catalogue.items() if name != "draft"}

    assert {name: (item.due, item.status) for name, item in facts.items()} == {
        "overdue": (date(2022, 1, 10), STATUS_OVERDUE),
        "soon": (date(2022, 2, 4), STATUS_DUE_SOON),
        "current": (date(2022, 6, 1), STATUS_CURRENT),
        "short": (date(2022, 1, 30), STATUS_DUE_SOON),
        "legacy": (None, STATUS_OVERDUE),
    }


def test_reviews_due_lists_exactly_the_overdue_and_due_soon_articles(catalogue):
    out = StringIO()
    with time_machine.travel(TODAY):
        call_command("reviews_due", stdout=out)

    assert out.getvalue().splitlines() == [
        "OVERDUE   never reviewed Legacy (/home/guide/legacy/)",
        "OVERDUE   due 2022-01-10 Overdue (/home/guide/overdue/)  last reviewed 2021-01-10 by Zahide Eris, MD",
        "DUE SOON  due 2022-01-30 Short (/home/guide/short/)  last reviewed 2021-12-01 by Zahide Eris, MD",
        "DUE SOON  due 2022-02-04 Soon (/home/guide/soon/)  last reviewed 2021-02-04 by Zahide Eris, MD",
    ]


def test_reviews_due_days_option_narrows_due_soon(catalogue):
    out = StringIO()
    with time_machine.travel(TODAY):
        call_command("reviews_due", "--days", "9", stdout=out)

    assert out.getvalue().splitlines() == [
        "OVERDUE   never reviewed Legacy (/home/guide/legacy/)",
        "OVERDUE   due 2022-01-10 Overdue (/home/guide/overdue/)  last reviewed 2021-01-10 by Zahide Eris, MD",
    ]


def test_dashboard_panel_shows_reviewers_the_same_articles(client, catalogue, reviewer):
    client.force_login(reviewer)
    with time_machine.travel(TODAY):
        html = client.get("/admin/").content.decode()

    panel = html[html.index('id="reviews-due-section"') :]
    panel = panel[: panel.index("</table>")]
    rows = re.findall(r'data-review-status="([^"]+)">\s*<td class="title"><a [^>]+>([^<]+)</a>', panel)
    assert rows == [("overdue", "Legacy"), ("overdue", "Overdue"), ("due soon", "Short"), ("due soon", "Soon")]


def test_dashboard_panel_is_for_reviewers_only(client, catalogue):
    client.force_login(make_user("wanda", "Writers"))
    with time_machine.travel(TODAY):
        html = client.get("/admin/").content.decode()

    assert 'id="reviews-due-section"' not in html


def test_editors_set_a_shorter_interval_in_the_admin_and_never_a_longer_one(client, catalogue, editor):
    client.force_login(editor)
    page = catalogue["current"]

    too_long = client.post("/admin/review_intervals/new/", {"page": page.pk, "review_interval_days": 400})
    shorter = client.post("/admin/review_intervals/new/", {"page": page.pk, "review_interval_days": 200})

    assert "Can only be shorter than the default of 365 days." in too_long.content.decode()
    assert shorter.status_code == 302
    with time_machine.travel(TODAY):
        assert review_due(page).due == date(2021, 12, 18)
        assert review_due(page).status == STATUS_OVERDUE
