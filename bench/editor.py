"""An editor publishing signed-off articles through the real path: draft, revision, medical sign-off, publish.

Unlike the bulk seeder this goes through everything a real publish does (the publish guard, the search outbox
row in the page-save transaction, webhooks), which is what the load test and the publish-to-searchable
measurement need.
"""

import time

from articles.demo.site import ensure_site
from articles.models import ArticlePage, Person
from bench.corpus import article
from bench.seed import ensure_people
from reviews.signoff import sign_off


class Editor:
    def __init__(self):
        self.guide = ensure_site()[1]
        self.writer, self.reviewer, self.editor = ensure_people()
        self.author = Person.objects.exclude(user=self.reviewer).order_by("pk").first()

    def publish(self, index, slug_prefix="bench-live"):
        """Creates, signs off and publishes corpus article `index` under a fresh slug; returns (page, seconds)."""
        content = article(index)
        slug = f"{slug_prefix}-{index}-{time.time_ns()}"
        page = ArticlePage(title=f"{content.title} ({slug})", slug=slug, summary=content.summary, body=content.body,
                           author=self.author, live=False)  # fmt: skip
        self.guide.add_child(instance=page)
        revision = page.save_revision(user=self.writer)
        sign_off(revision, self.reviewer, comment="Benchmark publish")
        start = time.perf_counter()
        revision.publish(user=self.editor)
        return page, time.perf_counter() - start
