"""`import_articles`: reads the shape of articles.serializers, creates drafts, all or nothing.

Every record is checked before anything is kept; one bad record rolls back the whole file and the
error names the record's position and the field, for example
`record 3 (slug "botox"): body[4] comparison_table.rows: Row “Cost” has 1 cells for 2 compared items...`.
Imported articles are drafts: the import never publishes (publishing needs a medical sign-off).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.blocks import ListBlockValidationError, StreamBlockValidationError, StructBlockValidationError

from articles.models import ArticlePage, ArticleRelatedLink, Category, GuideImage, GuideIndexPage, Person
from articles.serializers import PERSON_KEYS

REQUIRED_KEYS = ("title", "slug", "summary", "author", "body")
TEXT_KEYS = ("title", "slug", "summary", "seo_title", "search_description")


class ImportFailed(Exception):
    """The file was refused; `errors` lists every problem found, one line each."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


def records_of(document):
    """A file holds a list of articles, or an API listing {"items": [...]}, or a single article."""
    if isinstance(document, dict) and isinstance(document.get("items"), list):
        return document["items"]
    if isinstance(document, dict):
        return [document]
    if isinstance(document, list):
        return document
    raise ImportFailed(["The file must hold a JSON list of articles or an object with an “items” list."])


def block_error_lines(error, path):
    """Flattens a StreamField ValidationError tree into 'path: message' lines a writer can follow."""
    if isinstance(error, StreamBlockValidationError | ListBlockValidationError):
        lines = [f"{path}: {message}" for err in error.non_block_errors.as_data() for message in err.messages]
        for index, child in error.block_errors.items():
            lines += block_error_lines(child, f"{path}[{index}]")
        return lines
    if isinstance(error, StructBlockValidationError):
        lines = [f"{path}: {message}" for err in error.non_block_errors.as_data() for message in err.messages]
        for name, child in error.block_errors.items():
            lines += block_error_lines(child, f"{path}.{name}")
        return lines
    return [f"{path}: {message}" for message in error.messages]


class ArticleImport:
    """One import run; `run()` returns the created pages or raises ImportFailed having changed nothing."""

    def __init__(self, records, parent=None):
        self.records = records
        self.parent = parent
        self.errors = []

    def fail(self, position, record, field, message):
        slug = record.get("slug") if isinstance(record, dict) else None
        label = f'record {position} (slug "{slug}")' if slug else f"record {position}"
        self.errors.append(f"{label}: {field}: {message}")

    @transaction.atomic
    def run(self):
        parent = self.parent or self.default_parent()
        created = []
        seen_slugs = set()
        for position, record in enumerate(self.records, start=1):
            page = self.build(position, record, parent, seen_slugs)
            if page is not None:
                created.append((position, record, page))
        if not self.errors:
            for position, record, page in created:
                self.link_related(position, record, page, {p.slug: p for _, _, p in created})
        if self.errors:
            transaction.set_rollback(True)
            raise ImportFailed(self.errors)
        for _, _, page in created:
            page.save_revision(log_action="wagtail.create")
        return [page for _, _, page in created]

    def default_parent(self):
        parent = GuideIndexPage.objects.order_by("path").first()
        if parent is None:
            from articles.demo.site import ensure_site

            parent = ensure_site()[1]
        return parent

    def build(self, position, record, parent, seen_slugs):
        if not isinstance(record, dict):
            self.fail(position, {}, "record", "must be a JSON object")
            return None
        missing = [key for key in REQUIRED_KEYS if record.get(key) in (None, "", [])]
        for key in missing:
            self.fail(position, record, key, "is required")
        if missing:
            return None
        if record["slug"] in seen_slugs:
            self.fail(position, record, "slug", "appears twice in this file")
            return None
        seen_slugs.add(record["slug"])
        before = len(self.errors)
        page = ArticlePage(
            **{key: record.get(key) or "" for key in TEXT_KEYS},
            live=False,
            has_unpublished_changes=True,
        )
        self.check_text_fields(position, record, page)
        page.author = self.person(position, record)
        page.category = self.category(position, record)
        page.hero_image = self.image(position, record, "hero_image", record.get("hero_image"))
        page.historic_written_date = self.written_date(position, record)
        page.body = self.body(position, record)
        page.tags.set(self.tags(position, record))
        if len(self.errors) > before:
            return None
        try:
            parent.add_child(instance=page)
        except ValidationError as error:
            for field, messages in error.message_dict.items():
                for message in messages:
                    self.fail(position, record, field, message)
            return None
        return page

    def check_text_fields(self, position, record, page):
        """Length and format rules of the page's own fields, so they are reported with the body's problems."""
        for key in TEXT_KEYS:
            try:
                ArticlePage._meta.get_field(key).clean(getattr(page, key), page)
            except ValidationError as error:
                for message in error.messages:
                    self.fail(position, record, key, message)

    def person(self, position, record):
        author = record["author"]
        if not isinstance(author, dict) or not author.get("slug") or not author.get("name"):
            self.fail(position, record, "author", "needs at least a “slug” and a “name”")
            return None
        defaults = {key: author.get(key) or "" for key in PERSON_KEYS if key != "slug"}
        person, _ = Person.objects.get_or_create(slug=author["slug"], defaults=defaults)
        return person

    def category(self, position, record):
        category = record.get("category")
        if not category:
            return None
        if not isinstance(category, dict) or not category.get("slug") or not category.get("name"):
            self.fail(position, record, "category", "needs a “slug” and a “name”")
            return None
        existing, _ = Category.objects.get_or_create(slug=category["slug"], defaults={"name": category["name"]})
        return existing

    def image(self, position, record, field, data):
        if not data:
            return None
        image_id = data.get("id") if isinstance(data, dict) else None
        image = GuideImage.objects.filter(pk=image_id).first() if isinstance(image_id, int) else None
        if image is None:
            self.fail(position, record, field, f"image {image_id!r} does not exist; upload images before importing")
        return image

    def written_date(self, position, record):
        value = record.get("written_date")
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail(position, record, "written_date", f"“{value}” is not a date like 2018-01-01")
            return None

    def tags(self, position, record):
        tags = record.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(tag, str) and tag.strip() for tag in tags):
            self.fail(position, record, "tags", "must be a list of tag names")
            return []
        return tags

    def body(self, position, record):
        data = record["body"]
        stream_block = ArticlePage.body.field.stream_block
        if not isinstance(data, list) or not all(isinstance(item, dict) and "type" in item for item in data):
            self.fail(position, record, "body", "must be a list of blocks, each with a “type” and a “value”")
            return None
        for index, item in enumerate(data):
            if item["type"] not in stream_block.child_blocks:
                self.fail(position, record, f"body[{index}]", f"unknown block type “{item['type']}”")
        if any(item["type"] not in stream_block.child_blocks for item in data):
            return None
        try:
            return stream_block.clean(stream_block.to_python(data))
        except ValidationError as error:
            for line in block_error_lines(error, "body"):
                field, message = line.split(": ", 1)
                self.fail(position, record, self.with_block_type(field, data), message)
            return None

    @staticmethod
    def with_block_type(field, data):
        """body[4].rows → body[4] (comparison_table).rows, so the writer finds the block."""
        if not field.startswith("body["):
            return field
        index = int(field[5 : field.index("]")])
        return f"body[{index}] ({data[index]['type']}){field[field.index(']') + 1 :]}"

    def link_related(self, position, record, page, in_file):
        links = []
        for index, related in enumerate(record.get("related_articles") or []):
            slug = related.get("slug") if isinstance(related, dict) else None
            target = in_file.get(slug) or ArticlePage.objects.filter(slug=slug).first()
            if target is None:
                self.fail(position, record, f"related_articles[{index}]", f"no article with slug “{slug}”")
                continue
            links.append(ArticleRelatedLink(related=target, sort_order=index))
        page.related_articles = links
        page.save()
