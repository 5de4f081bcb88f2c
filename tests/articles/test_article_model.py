"""Dates come from publish history; the medical content is stable and leaves out what is not medical."""

import datetime

import pytest
import time_machine

from tests.articles.publishing import publish_signed_off
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def test_written_and_updated_dates_come_from_publishing(guide):
    page = ArticlePageFactory()
    assert (page.written_date, page.last_updated) == (None, None)

    with time_machine.travel(datetime.datetime(2021, 2, 4, 9, 0, tzinfo=datetime.UTC), tick=False):
        page = publish_signed_off(page)
    with time_machine.travel(datetime.datetime(2023, 2, 5, 9, 0, tzinfo=datetime.UTC), tick=False):
        page.title = "Botox: all about it, updated"
        page.save_revision()
        page = publish_signed_off(page)

    assert page.written_date == datetime.date(2021, 2, 4)
    assert page.last_updated == datetime.datetime(2023, 2, 5, 9, 0, tzinfo=datetime.UTC)


def test_historic_written_date_of_an_import_wins(guide):
    page = ArticlePageFactory(historic_written_date=datetime.date(2018, 1, 1))
    page = publish_signed_off(page)
    assert page.written_date == datetime.date(2018, 1, 1)


def test_medical_content_ignores_block_ids_tags_and_seo(guide, every_block_body):
    page = ArticlePageFactory(body=every_block_body)
    before = page.medical_content()

    page.body = every_block_body  # the same content again: every block gets a new id
    page.tags.add("botox")
    page.seo_title = "Botox guide"
    page.save()

    assert page.medical_content() == before
    assert before["body"][0] == {"type": "heading", "value": {"text": "All about the treatment", "level": "h2"}}
    assert before["body"][2]["value"]["facts"] == [{"label": "Results last", "value": "3–6 months"}]
    page.summary = "Another summary."
    assert page.medical_content() != before
