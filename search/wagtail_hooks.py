"""Editors maintain synonym sets in the admin (Snippets > Synonym sets); no reindex is needed after an edit."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import SynonymSet


class SynonymSetViewSet(SnippetViewSet):
    model = SynonymSet
    icon = "search"
    list_display = ["name", "terms", "enabled", "updated_at"]
    list_filter = ["enabled"]
    search_fields = ["name", "terms"]
    form_fields = ["name", "terms", "enabled"]


register_snippet(SynonymSetViewSet)
