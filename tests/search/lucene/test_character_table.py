"""The character table in the repository is what its generator makes of Unicode, and folding
twice changes nothing (Elasticsearch folds the query Python has already folded)."""

import unicodedata

import pytest

from search.analysis.characters import WORD, build_table, character_table

# With the equivalence test it belongs to, in CI's one Lucene step.
pytestmark = pytest.mark.lucene


def test_the_table_is_what_the_generator_makes_of_its_unicode_version():
    table = character_table()
    if unicodedata.unidata_version != table.unicode_version:
        pytest.skip(
            f"this Python has Unicode {unicodedata.unidata_version}, the table "
            f"{table.unicode_version}: the table stays as generated (see search_characters)"
        )
    assert build_table() == table.folds


def test_folding_twice_changes_nothing_and_leaves_only_spaces_and_joiners_between_words():
    folds = character_table().folds
    for character, folded in folds.items():
        assert all(folds.get(part, part) == part for part in folded), hex(ord(character))
    assert len(folds) > 16_000
    assert [match.group() for match in WORD.finditer("don't 3.14 צה\"ל a.b x,y")] == [
        "don't",
        "3.14",
        'צה"ל',
        "a",
        "b",
        "x",
        "y",
    ]
