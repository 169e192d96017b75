"""The language analysis every embedded engine indexes and queries with: a word written in any
of its usual forms gets the same term, in documents and in queries alike."""

import pytest

from search.analysis import analyse_query, analyse_text, tokens, words


def index_terms(text, language):
    """Every term a text is indexed under, in order, variants after their word's own term."""
    return [term for terms in analyse_text(text, language).words for term in terms]


def primary_terms(text, language):
    return [terms[0] for terms in analyse_text(text, language).words]


def same_terms(language, *written):
    return {tuple(primary_terms(text, language)) for text in written}


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        # Diacritics, shadda and tatweel.
        ("ar", ["الرقابة", "الرَّقابة", "الرقـــابة", "الرَّقَابَةُ"]),
        # The article and the combined prefixes Snowball leaves in place.
        ("ar", ["رقابة", "الرقابة", "والرقابة", "بالرقابة", "فالرقابة", "كالرقابة"]),
        ("ar", ["للمنصات", "المنصات", "منصات", "منصة", "المنصّة"]),
        # Hamza forms of alef, alef wasla, final yeh and teh marbuta.
        ("ar", ["إعلام", "أعلام", "اعلام", "ٱعلام"]),
        ("ar", ["مستشفى", "مستشفي"]),
        # Arabic-Indic and extended Arabic-Indic digits.
        ("ar", ["٢٠٢٣", "۲۰۲۳", "2023"]),
        ("en", ["surveillance", "surveilled", "Surveillance"]),
        ("en", ["platform's", "platforms", "Platform"]),
        ("he", ["שָׁלוֹם", "שלום"]),
        ("he", ['צה"ל', "צה״ל", "צהל"]),
    ],
)
def test_every_form_of_a_word_gets_the_same_term(language, forms):
    assert len(same_terms(language, *forms)) == 1, forms


def test_hebrew_words_are_indexed_also_without_their_prefixes():
    indexed = index_terms("לספרייה והספרייה בספרייה", "he")
    assert indexed.count("ספרייה") == 3
    # A query with a prefix looks for the bare word too.
    assert analyse_query("והספרייה", "he").groups == (("והספרייה", "הספרייה", "ספרייה"),)


def test_hebrew_prefixes_are_not_stripped_below_three_letters():
    assert index_terms("בית", "he") == ["בית"]
    assert index_terms("בבית", "he") == ["בבית", "בית"]


def test_stop_words_are_left_out_in_each_language():
    assert index_terms("the reports of the platforms", "en") == ["report", "platform"]
    assert index_terms("تقرير عن الرقابة في المنصات", "ar") == ["تقرير", "رقاب", "منص"]
    assert index_terms("דוח על הצנזורה של הפלטפורמות", "he")[0] == "דוח"
    assert "על" not in index_terms("דוח על הצנזורה", "he")


def test_tokens_keep_their_offsets_in_the_original_text():
    text = "قالت: «الرَّقابةُ مستمرّة»"
    found = [text[token.start : token.end] for token in tokens(text, "ar")]
    assert found == ["قالت", "الرَّقابةُ", "مستمرّة"]


def test_query_syntax_is_plain_text():
    analysed = analyse_query('field:value AND "digital rights" -x* (OR) \x00 🙂 \u200f', "en")
    assert analysed.groups == (("field",), ("valu",), ("digit",), ("right",), ("x",))
    assert analysed.phrases == (("digit", "right"),)
    assert not analyse_query("* ? : ( ) \u202e", "en")


def test_vocabulary_words_keep_the_letters_as_written():
    assert words("الرَّقابة على المنصّات", "ar") == ["الرقابة", "المنصات"]
    assert words("Platform's moderation", "en") == ["platform", "moderation"]
