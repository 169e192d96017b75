"""The corpora the Lucene equivalence test runs on hold what they promise: every case the issue
found, all of the demo's searchable text and the catalogues, and 100,000 distinct generated
words per language, the same on every run."""

import re
import unicodedata

import pytest

from hub.demo.dataset import publications
from tests.search.lucene.corpora import (
    ARABIC_PREFIXES,
    ARABIC_SUFFIXES,
    HARAKAT,
    MIXED_CASES,
    NIQQUD,
    VERSION_SENSITIVE_CODE_POINTS,
    catalogue_texts,
    demo_corpus_texts,
    generated_words,
    mixed_texts,
)

# With the equivalence test they prove, in CI's one Lucene step.
pytestmark = pytest.mark.lucene

LANGUAGES = ("en", "ar", "he")
ARABIC_PRESENTATION_FORM = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
HEBREW_PRESENTATION_FORM = re.compile("[\ufb1d-\ufb4f]")
WHITESPACE = re.compile(r"\s")


@pytest.fixture(scope="module")
def words():
    return {language: generated_words(language) for language in LANGUAGES}


# Mixed texts -------------------------------------------------------------------------------


def test_there_are_26_short_mixed_texts_in_three_scripts():
    texts = mixed_texts()
    assert len(texts) == 26
    assert len(set(texts)) == 26
    assert max(map(len, texts)) <= 200
    joined = "".join(texts)
    assert re.search("[\u0627-\u064a]", joined)
    assert re.search("[\u05d0-\u05ea]", joined)
    assert re.search("[A-Za-z]", joined)


@pytest.mark.parametrize(("case", "fragment"), MIXED_CASES, ids=[case for case, _ in MIXED_CASES])
def test_every_case_the_issue_lists_is_in_a_mixed_text(case, fragment):
    assert any(fragment in text for text in mixed_texts()), case


@pytest.mark.parametrize(
    ("case", "code_point"),
    [
        ("presentation forms", 0xFEE3),  # ﻣ, initial meem
        ("lam-alef", 0xFEFB),
        ("Allah", 0xFDF2),
        ("fi ligature", 0xFB01),
        ("alternative ayin", 0xFB20),
        ("shin with shin dot", 0xFB2A),
        ("tatweel", 0x0640),
        ("ZWNJ", 0x200C),
        ("ZWJ", 0x200D),
        ("LRM", 0x200E),
        ("RLM", 0x200F),
        ("Arabic decimal separator", 0x066B),
        ("Hebrew geresh", 0x05F3),
        ("Hebrew gershayim", 0x05F4),
        ("mathematical bold b, outside the BMP", 0x1D41B),
    ],
)
def test_the_mixed_texts_hold_the_very_code_points(case, code_point):
    """The fragments above are easy to retype by accident as their look-alikes."""
    assert any(chr(code_point) in text for text in mixed_texts()), case


def test_marks_in_typing_order_are_kept_out_of_canonical_order():
    """Normalisation reorders them (its offsets must follow), so the texts must not be NFC."""
    typed = [fragment for case, fragment in MIXED_CASES if "typing order" in case]
    assert len(typed) == 2
    for fragment in typed:
        assert not unicodedata.is_normalized("NFC", fragment)
        assert any(fragment in text for text in mixed_texts())


def test_mixed_texts_are_a_fresh_list_each_time():
    texts = mixed_texts()
    texts.clear()
    assert len(mixed_texts()) == 26


# Demo content ------------------------------------------------------------------------------


def test_demo_corpus_has_every_language_of_the_demo():
    corpus = demo_corpus_texts()
    assert set(corpus) == set(LANGUAGES)
    # Publications per language, times title, summary, body and attachment at least.
    for language in LANGUAGES:
        pages = sum(language in publication["languages"] for publication in publications())
        assert len(corpus[language]) >= 4 * pages
    assert all(text.strip() for texts in corpus.values() for text in texts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_corpus_has_each_title_summary_and_body_paragraph(language):
    texts = demo_corpus_texts()[language]
    joined = "\n".join(texts)
    for publication in publications():
        if language not in publication["languages"]:
            continue
        assert publication["title"][language] in texts
        assert publication["summary"][language] in texts
        for _kind, text, *_attribution in publication["body"][language]:
            assert text in joined


@pytest.mark.parametrize(
    ("language", "pdf_only_word"), [("en", "vault"), ("ar", "خزنة"), ("he", "כספת")]
)
def test_demo_corpus_has_the_text_of_the_attached_pdfs(language, pdf_only_word):
    """Each demo PDF holds words its page does not: only the attachment text brings them."""
    page_text = "\n".join(
        str(publication[field][language])
        for publication in publications()
        if language in publication["languages"]
        for field in ("title", "summary", "body")
    )
    assert pdf_only_word not in page_text
    assert any(pdf_only_word in text for text in demo_corpus_texts()[language])


def test_a_page_attachment_holds_the_pdfs_of_every_language_of_the_publication():
    arabic = "\n".join(demo_corpus_texts()["ar"])
    assert "vault" in arabic  # The English PDF of the first report, on its Arabic page.
    assert "כספת" in arabic


def test_demo_corpus_has_no_markup():
    for texts in demo_corpus_texts().values():
        assert not any(re.search(r"</?(p|h2|a|b|i)\b", text) for text in texts)


def test_demo_corpus_is_the_same_twice():
    assert demo_corpus_texts() == demo_corpus_texts()


# Catalogues --------------------------------------------------------------------------------


def test_catalogue_texts_have_ids_as_english_and_strings_in_their_language():
    texts = catalogue_texts()
    assert set(texts) == set(LANGUAGES)
    assert len(texts["en"]) >= 1200
    assert len(texts["ar"]) >= 400
    assert len(texts["he"]) >= 1200
    assert "Search the library" in texts["en"]
    assert "ابحث في المكتبة" in texts["ar"]
    assert "חיפוש בספרייה" in texts["he"]
    assert "Search the library" not in texts["ar"] + texts["he"]
    assert "" not in texts["en"] + texts["ar"] + texts["he"]


def test_catalogue_texts_keep_plural_forms_and_placeholders():
    texts = catalogue_texts()
    assert "%(counter)s publications" in texts["en"]
    assert "منشوران" in texts["ar"]
    assert "%(counter)s منشورًا" in texts["ar"]
    # The standalone "s" of a placeholder is what made empty terms.
    assert sum("%(" in text and ")s" in text for text in texts["en"]) >= 200
    assert any("{}" in text for text in texts["ar"])


def test_catalogue_texts_are_the_same_twice():
    assert catalogue_texts() == catalogue_texts()


# Generated words ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_100000_distinct_words_per_language(words, language):
    assert len(words[language]) == 100_000
    assert len(set(words[language])) == 100_000
    assert not any(WHITESPACE.search(word) for word in words[language])


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_words_are_the_same_for_the_same_seed_and_differ_for_another(words, language):
    assert generated_words(language) == words[language]
    other = generated_words(language, count=20_000, seed=14)
    assert other != words[language][:20_000]
    assert generated_words(language, count=20_000, seed=14) == other


def test_generated_words_take_their_count():
    assert len(generated_words("ar", count=150_000)) == 150_000
    assert len(set(generated_words("he", count=500))) == 500


@pytest.mark.parametrize(
    ("language", "real_words"),
    [
        ("en", {"surveillance", "censorship", "technology", "possibly", "us", "vault"}),
        ("ar", {"رقابة", "مراقبة", "خصوصية", "جبهة", "واجهة", "مواجهة", "علي", "هؤلاء"}),
        ("he", {"פרטיות", "מעקב", "ספרייה", "צה״ל", "מס׳", "כספת"}),
    ],
)
def test_generated_words_start_from_real_vocabulary(words, language, real_words):
    assert real_words <= set(words[language])


def test_arabic_words_have_every_prefix_and_suffix_and_their_marks(words):
    arabic = words["ar"]
    for prefix in ARABIC_PREFIXES:
        assert sum(word.startswith(prefix) for word in arabic) > 100, prefix
    for suffix in ARABIC_SUFFIXES:
        assert sum(word.endswith(suffix) for word in arabic) > 100, suffix
    for mark in HARAKAT:
        assert any(mark in word for word in arabic), hex(ord(mark))
    assert any("\u0640" in word for word in arabic)
    assert sum(bool(ARABIC_PRESENTATION_FORM.search(word)) for word in arabic) > 1000
    assert any(ligature in word for word in arabic for ligature in "ﻻﻼﷲ")


def test_hebrew_words_have_prefixes_apostrophes_niqqud_and_presentation_forms(words):
    hebrew = words["he"]
    # Three prefix letters before a word of the vocabulary, as in ושבספרייה.
    assert any(re.fullmatch("[והבכלמש]{3}ספרייה", word) for word in hebrew)
    for mark in ("\u05f3", "\u05f4", "'", '"', "\u05be"):
        assert sum(mark in word for word in hebrew) > 100, mark
    for mark in NIQQUD:
        assert any(mark in word for word in hebrew), hex(ord(mark))
    assert sum(bool(HEBREW_PRESENTATION_FORM.search(word)) for word in hebrew) > 1000
    assert any("\ufb20" in word for word in hebrew)
    assert any("\ufb2a" in word for word in hebrew)


def test_english_words_have_suffixes_case_and_compatibility_forms(words):
    english = words["en"]
    for suffix in ("'s", "’s", "ing", "ed", "ly", "ation"):
        assert sum(word.endswith(suffix) for word in english) > 100, suffix
    assert any(word.isupper() for word in english)
    assert any(re.search("[a-z][A-Z]", word) for word in english)
    assert any(re.search("[\uff21-\uff5a]", word) for word in english)  # fullwidth
    assert any(re.search("[\ufb00-\ufb06]", word) for word in english)  # ligatures
    assert any(re.search("[\U0001d400-\U0001d7ff]", word) for word in english)
    for letter in "éüøßİıſ":
        assert any(letter in word for word in english), letter
    assert any(unicodedata.combining(char) for word in english for char in word)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_meets_digits_punctuation_and_invisible_characters(words, language):
    generated = words[language]
    for digits in ("0-9", "\u0660-\u0669", "\u06f0-\u06f9", "\uff10-\uff19"):
        assert any(re.search(f"[{digits}]", word) for word in generated), digits
    for mark in (".", ",", "'", '"', "׳", "״", "-", "_", "/", ":", "@"):
        assert any(mark in word[1:-1] for word in generated), mark
    for invisible in ("\u200c", "\u200d", "\u200e", "\u200f", "\u00ad"):
        assert any(invisible in word for word in generated), hex(ord(invisible))
    assert any(re.fullmatch("[0-9]+[.,][0-9]+", word) for word in generated)


def unicode_version(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@pytest.mark.parametrize("language", LANGUAGES)
def test_version_sensitive_code_points_are_assigned_as_their_version_says(language):
    """Python assigns what its Unicode version (14.0 on Python 3.11) has, and nothing newer:
    the ranges are the ones that part Python, Debian's JDK 17 and Elasticsearch's JDK."""
    python_version = unicode_version(unicodedata.unidata_version)
    for version, first, last in VERSION_SENSITIVE_CODE_POINTS[language]:
        for code_point in range(first, last + 1):
            assigned = unicodedata.category(chr(code_point)) != "Cn"
            assert assigned == (unicode_version(version) <= python_version), hex(code_point)


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_words_hold_each_range_of_version_sensitive_code_points(words, language):
    present = {char for word in words[language] for char in word}
    for version, first, last in VERSION_SENSITIVE_CODE_POINTS[language]:
        in_range = {chr(code_point) for code_point in range(first, last + 1)}
        assert present & in_range, (version, hex(first))
    versions = {version for version, _first, _last in VERSION_SENSITIVE_CODE_POINTS[language]}
    assert {"13.0", "14.0", "15.0"} <= versions
