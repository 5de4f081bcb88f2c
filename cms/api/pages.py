"""/api/v2/pages/: only live, public pages; articles with every field, filters, ordering and HTTP caching."""

from django.db.models import Prefetch, QuerySet
from django.db.models.functions import Coalesce, TruncDate
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet

from articles.api import ARTICLE_FIELDS, article_v2_fields
from cms.api.article_content import with_content_digest
from cms.api.articles import ArticleBatch, PublicRequest, public_pages
from cms.api.review_facts import load_review_facts
from cms.caching import ConditionalGetMixin

# ?order= names a reader understands, mapped to what they sort by; "-" in front reverses.
ORDERINGS = {"last_updated": "last_published_at", "title": "title", "written_date": "written_on"}
ARTICLE_FILTERS = ("tag", "category", "author", "reviewer", "review_status")
REVIEW_STATUSES = ("current", "due soon", "overdue")


def article_model():
    from articles.models import ArticlePage

    return ArticlePage


class GuideOrderingFilter(OrderingFilter):
    """Wagtail's ordering, plus last_updated / written_date (an imported article's historic date first)."""

    def filter_queryset(self, request, queryset, view):
        order = request.GET.get("order", "")
        name = order.removeprefix("-")
        if name not in ORDERINGS or queryset.model is not article_model():
            return super().filter_queryset(request, queryset, view)
        if name == "written_date":
            queryset = queryset.annotate(written_on=Coalesce("historic_written_date", TruncDate("first_published_at")))
        prefix = "-" if order.startswith("-") else ""
        return queryset.order_by(f"{prefix}{ORDERINGS[name]}", "pk")


class ArticleFilter:
    """?tag=, ?category=, ?author= (slugs), ?reviewer= (slug of the reviewer of the live content), ?review_status=."""

    def filter_queryset(self, request, queryset, view):
        params = {name: request.GET[name] for name in ARTICLE_FILTERS if name in request.GET}
        if not params:
            return queryset
        if queryset.model is not article_model():
            raise BadRequestError("tag, category, author, reviewer and review_status need type=articles.ArticlePage")
        if "tag" in params:
            queryset = queryset.filter(tags__slug=params["tag"]).distinct()
        if "category" in params:
            queryset = queryset.filter(category__slug=params["category"])
        if "author" in params:
            queryset = queryset.filter(author__slug=params["author"])
        if "reviewer" in params or "review_status" in params:
            queryset = self._by_review(queryset, params)
        return queryset

    def _by_review(self, queryset, params):
        status = params.get("review_status")
        if status is not None and status not in REVIEW_STATUSES:
            raise BadRequestError(f"review_status must be one of: {', '.join(REVIEW_STATUSES)}")
        pages = list(queryset.select_related(None).only("id", "title", "summary", "body", "live"))
        matching = [
            page_id
            for page_id, facts in load_review_facts(pages).items()
            if (status is None or facts["byline"]["review_status"] == status)
            and ("reviewer" not in params or _reviewer_slug(facts) == params["reviewer"])
        ]
        return queryset.filter(pk__in=matching)


def _reviewer_slug(facts):
    signoff = facts["signoff"]
    return signoff.reviewer_person.slug if signoff and signoff.reviewer_person else None


# Keys of the shared article shape that Wagtail keeps in `meta`; an article item repeats them at the top.
SHARED_TOP_LEVEL_KEYS = ("type", "url", "live", "slug", "seo_title", "search_description")


class GuidePageSerializer(PageSerializer):
    """An article with its fields (e.g. `?fields=*`) also carries every key of the shared article shape."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        batch = self.context.get("article_batch")
        if batch is not None and instance.pk in batch.base and any(key in data for key in ARTICLE_FIELDS):
            article = batch.article(instance)
            data.update({key: article[key] for key in SHARED_TOP_LEVEL_KEYS})
        return data


class GuidePagesAPIViewSet(ConditionalGetMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, public-only whoever asks, with the article fields of articles/api.py."""

    filter_backends = [
        ArticleFilter,
        *[GuideOrderingFilter if backend is OrderingFilter else backend for backend in PagesAPIViewSet.filter_backends],
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(ARTICLE_FILTERS)
    base_serializer_class = GuidePageSerializer

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only=db_fields_only)
        if db_fields_only:
            # ?category=, ?author= take slugs (ArticleFilter), not the primary keys Wagtail's field filter wants.
            fields = [field for field in fields if field not in ARTICLE_FILTERS]
        return fields

    @classmethod
    def get_body_fields(cls, model):
        if model is article_model():
            return cls._convert_api_fields([*cls.body_fields, *article_v2_fields()])
        return super().get_body_fields(model)

    def get_base_queryset(self):
        # The delivery API is public: a signed-in editor's session never unlocks private pages here.
        try:
            return public_pages(PublicRequest(self.request))
        except ValueError as error:
            raise BadRequestError(str(error)) from error

    def get_queryset(self):
        queryset = super().get_queryset()
        if queryset.model is article_model():
            # The public articles filtered on their own page row, not Wagtail's `pk IN (public page ids)`:
            # the same rows, but PostgreSQL pages through one join instead of a join and a semi-join.
            queryset = self._with_article_relations(public_pages(PublicRequest(self.request), article_model()))
        return queryset

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if not isinstance(page, QuerySet) or page.model is not article_model():
            return page  # ?search= results, or not articles
        # Sorting and skipping `offset` rows is done on the ids alone; only the page's rows are read whole.
        ids = list(page.values_list("pk", flat=True))
        articles = {article.pk: article for article in self._load_articles(ids)}
        return [articles[pk] for pk in ids]

    def get_object(self):
        # Wagtail's `.specific` loads the article without its relations (one query per author, tag, related
        # article …); loading it as a list does keeps a detail at the list's fixed query count.
        if not hasattr(self, "_specific_object"):
            page = BaseAPIViewSet.get_object(self)
            if page.specific_class is article_model():
                (page,) = self._load_articles([page.pk])
            else:
                page = page.specific
            self._specific_object = page
        return self._specific_object

    @classmethod
    def _load_articles(cls, ids):
        """The articles with every relation the API shows and the digest their cached content is found by."""
        return list(with_content_digest(cls._with_article_relations(article_model().objects.filter(pk__in=ids))))

    @classmethod
    def _with_article_relations(cls, queryset):
        return queryset.select_related("author", "category", "hero_image", "locale", "content_type").prefetch_related(
            "tags",
            Prefetch("related_articles", queryset=cls._related_links()),
        )

    @staticmethod
    def _related_links():
        from articles.models import ArticleRelatedLink

        # A related article shows its title, slug, summary and URL: its body (~20 KB) is never read.
        return ArticleRelatedLink.objects.select_related("related").defer("related__body").order_by("sort_order")

    def get_renderer_context(self):
        context = super().get_renderer_context()
        # Compact JSON: Wagtail's indent=4 forces Python's pure-Python encoder (~5x slower) and adds a third of the
        # bytes; a frontend parses the same data.
        context.pop("indent", None)
        return context

    def resolve_rich_text_format(self):
        # Articles default to HTML with links resolved; ?rich_text_format=db_html gives the stored form.
        if "rich_text_format" not in self.request.GET:
            return "html"
        return super().resolve_rich_text_format()

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        instances = args[0] if args else kwargs.get("instance")
        pages = instances if kwargs.get("many") else [instances]
        self.served_pages = pages  # their publish dates make Last-Modified (cms/caching.py)
        articles = [page for page in pages if isinstance(page, article_model())]
        if articles:
            serializer.context["article_batch"] = ArticleBatch(
                articles, self.request, serializer.context.get("_wagtail_rich_text_format")
            )
        return serializer
