"""Publishing articles the way an editor does (draft, revision, medical sign-off, publish) for the search tests."""

import datetime

from django.contrib.auth.models import Group
from django.utils import timezone

from search.connection import get_client
from tests.factories import ArticlePageFactory, PersonFactory, UserFactory


def medical_reviewer():
    """A reviewer in good standing, so the publish guard (DESIGN.md invariant 1) lets signed-off articles go live."""
    user = UserFactory(username="search-reviewer")
    group, _ = Group.objects.get_or_create(name="Medical reviewers")
    user.groups.add(group)
    PersonFactory(
        name="Search Reviewer",
        reviewer=True,
        user=user,
        credential_verified_until=timezone.localdate() + datetime.timedelta(days=365),
    )
    return user


def sign_off(revision):
    try:
        from reviews.signoff import sign_off as record_sign_off
    except ImportError:  # before the review workflow exists, publishing needs no sign-off
        return
    record_sign_off(revision, medical_reviewer())


def publish_article(**fields):
    """A live article created through a revision, a sign-off and `revision.publish()`."""
    writer = UserFactory(username="search-writer")
    page = ArticlePageFactory(live=False, **fields)
    revision = page.save_revision(user=writer)
    sign_off(revision)
    revision.publish()
    page.refresh_from_db()
    return page


def own_search_index(settings, suffix):
    """Yields the alias of a fresh index under the test prefix plus `suffix`, made by search's own setup, and
    deletes every index under that prefix afterwards (a fixture's body: `yield from own_search_index(...)`)."""
    from search import documents
    from tests.services import require_env

    settings.ELASTICSEARCH_URL = require_env("ELASTICSEARCH_URL")
    settings.ELASTICSEARCH_INDEX_PREFIX = f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{suffix}"
    documents.setup()
    yield documents.alias_name()
    get_client().indices.delete(index=documents.index_pattern(), ignore_unavailable=True, allow_no_indices=True)


def consented_pair(consent):
    """A before/after gallery pair of two fresh images, shown under `consent`."""
    from tests.factories import GuideImageFactory

    return {
        "before": GuideImageFactory().pk,
        "after": GuideImageFactory().pk,
        "treatment": "Botox",
        "caption": "Marionette furrows softened",
        "consent": consent.pk,
    }


def rich(text):
    return {"type": "rich_text", "value": f"<p>{text}</p>"}


def qa(question, answer):
    return {"type": "question_answer", "value": {"question": question, "answer": f"<p>{answer}</p>", "cites": []}}


def indexed_ids(client=None):
    """Page ids in the index readers search, after a refresh."""
    from search.documents import alias_name

    client = client or get_client()
    client.indices.refresh(index=alias_name())
    response = client.search(index=alias_name(), body={"query": {"match_all": {}}, "_source": False, "size": 1000})
    return sorted(int(hit["_id"]) for hit in response["hits"]["hits"])
