"""The one text pipeline: what indexing stores and what a query looks for must meet."""

import pytest

from search.models import SynonymSet
from search.pipeline import SynonymIndex, analyze, analyze_with_offsets, edit_distance, expand_query
from search.synonyms import current_synonyms


def test_folds_accents_lowercases_stems_and_drops_stop_words():
    assert analyze("The Crème for Crow's Feet injections") == ["creme", "crow", "feet", "inject"]


def test_plural_and_singular_meet():
    assert analyze("fillers") == analyze("filler") == ["filler"]


def test_offsets_point_at_the_original_words():
    text = "Naïve readers: crow’s feet"
    assert [(token.term, text[token.start : token.end]) for token in analyze_with_offsets(text)] == [
        ("naiv", "Naïve"),
        ("reader", "readers"),
        ("crow", "crow’s"),
        ("feet", "feet"),
    ]


def test_edit_distance_counts_a_transposition_as_one_edit():
    assert edit_distance("botxo", "botox", 2) == 1
    assert edit_distance("hyperhydrosi", "hyperhidrosi", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2


def test_multi_word_synonyms_are_matched_longest_first():
    synonyms = SynonymIndex.from_groups([["crow's feet", "lateral canthal lines"], ["feet", "foot"]])
    concepts = expand_query("crows feet treatment", synonyms)
    assert [concept.alternatives for concept in concepts] == [
        [("crow", "feet"), ("lateral", "canthal", "line")],
        [("treatment",)],
    ]


def test_a_mistyped_word_still_finds_its_synonym_group():
    synonyms = SynonymIndex.from_groups([["excessive sweating", "hyperhidrosis"]])
    (concept,) = expand_query("hyperhydrosis", synonyms)
    assert concept.alternatives == [("hyperhydrosi",), ("hyperhidrosi",), ("excess", "sweat")]


@pytest.mark.django_db
def test_the_seeded_sets_cover_the_brand_names():
    (concept,) = expand_query("Botox", current_synonyms())
    assert ("onabotulinumtoxina",) in concept.alternatives
    assert ("botulinum", "toxin") in concept.alternatives


@pytest.mark.django_db
def test_an_edited_synonym_set_applies_to_the_next_query():
    assert expand_query("liquid facelift", current_synonyms())[0].alternatives == [("liquid",)]
    SynonymSet.objects.create(name="Fillers", terms="liquid facelift, dermal fillers")
    assert ("dermal", "filler") in expand_query("liquid facelift", current_synonyms())[0].alternatives
