"""The synonym index queries use, rebuilt whenever an editor changes a SynonymSet (no reindex, no restart)."""

from django.db.models import Count, Max

from search.models import SynonymSet
from search.pipeline import SynonymIndex

_cached = {"key": None, "index": SynonymIndex()}


def current_synonyms():
    """The analysed synonym groups; one cheap aggregate query per search tells whether a set changed."""
    key = tuple(SynonymSet.objects.aggregate(count=Count("id"), latest=Max("updated_at")).values())
    if key != _cached["key"]:
        groups = [synonym_set.phrases for synonym_set in SynonymSet.objects.filter(enabled=True)]
        _cached.update(key=key, index=SynonymIndex.from_groups(groups))
    return _cached["index"]
