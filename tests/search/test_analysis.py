"""The language analysis every engine indexes and queries with: a word's own term is the word
as written (folded), and every usual form of a word shares its key term (its stem in Arabic and
English, the word without its prefixes in Hebrew), in documents and in queries alike."""

import pytest

from search.analysis import analyse_query, analyse_text, key_term, tokens, words


def index_terms(text, language):
    """Every term a text is indexed under, in order, variants after their word's own term."""
    return [term for terms in analyse_text(text, language).words for term in terms]


def primary_terms(text, language):
    return [terms[0] for terms in analyse_text(text, language).words]


def key_terms(text, language):
    return [key_term(terms, language) for terms in analyse_text(text, language).words]


def same_terms(language, *written):
    """The texts' key terms, once per different sequence."""
    return {tuple(key_terms(text, language)) for text in written}


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
def test_every_form_of_a_word_gets_the_same_key_term_and_finds_the_others(language, forms):
    assert len(same_terms(language, *forms)) == 1, forms
    for query in forms:
        wanted = set(analyse_query(query, language).groups[0])
        for form in forms:
            assert wanted & set(index_terms(form, language)), (query, form)


@pytest.mark.parametrize(
    ("language", "text", "own"),
    [
        # Porter makes one stem of each pair; the word as written keeps them apart.
        ("en", "news new organ organizations community communications", None),
        ("en", "experiment experience", None),
        # Light10 makes one stem of Lebanon and yoghurt.
        ("ar", "لبنان لبن", ["لبنان", "لبن"]),
        ("he", "מעקב עקב", ["מעקב", "עקב"]),
    ],
)
def test_a_words_own_term_is_the_word_not_its_stem(language, text, own):
    terms = primary_terms(text, language)
    assert terms == (own or text.split())
    assert len(set(terms)) == len(terms)


def test_an_english_word_has_its_stem_and_its_singular_as_variants():
    assert analyse_query("communities news", "en").groups == (
        ("communities", "commun", "community"),
        ("news", "new"),
    )


def test_hebrew_words_are_indexed_also_without_their_prefixes():
    indexed = index_terms("לספרייה והספרייה בספרייה", "he")
    assert indexed.count("ספרייה") == 3
    # A query with a prefix looks for the bare word too.
    assert analyse_query("והספרייה", "he").groups == (("והספרייה", "הספרייה", "ספרייה"),)


def test_hebrew_prefixes_are_not_stripped_below_three_letters():
    assert index_terms("בית", "he") == ["בית"]
    assert index_terms("בבית", "he") == ["בבית", "בית"]


def test_only_the_prefix_sequences_hebrew_writes_come_off():
    # והמעקב is ו + ה + מעקב, never והמ + עקב (because of); הודעה (a notice) is never הו + דעה
    # (an opinion), למחוק (to erase) never למ + חוק (a law), מכשיר (a device) never מכ + שיר.
    assert index_terms("והמעקב", "he") == ["והמעקב", "המעקב", "מעקב"]
    assert index_terms("הודעה", "he") == ["הודעה", "ודעה"]
    assert index_terms("למחוק", "he") == ["למחוק", "מחוק"]
    assert index_terms("מכשיר", "he") == ["מכשיר", "כשיר"]
    # ו, then ש or כש, then ב כ ל מ, or ה after מ: all three come off.
    assert index_terms("ומהבית", "he") == ["ומהבית", "מהבית", "הבית", "בית"]
    assert index_terms("וכשהילד", "he") == ["וכשהילד", "כשהילד", "שהילד", "הילד"]


def test_arabic_proclitics_without_the_article_give_the_word_as_a_variant():
    # بحقوق (with rights), فمنصات (so platforms), كتقرير (as a report), وللمراقبة (and for
    # monitoring): the word first, then its Light10 stem, then the word without them and its
    # stem (وللمراقبة also without و alone).
    assert analyse_query("بحقوق فمنصات كتقرير وللمراقبة", "ar").groups == (
        ("بحقوق", "حقوق"),
        ("فمنصات", "فمنص", "منصات", "منص"),
        ("كتقرير", "تقرير"),
        ("وللمراقبه", "للمراقب", "للمراقبه", "مراقب", "مراقبه"),
    )


def test_arabic_words_are_also_indexed_without_the_article_or_wa():
    # ولبنان is found as لبنان, البطاقة as بطاقة: not only through their stems.
    assert index_terms("ولبنان", "ar") == ["ولبنان", "لبن", "لبنان", "بنان", "بن"]
    assert index_terms("البطاقة", "ar") == ["البطاقه", "بطاق", "بطاقه"]


def test_arabic_proclitic_letters_stay_on_a_short_word_and_before_the_article():
    # بحث (research) is not ب + حث (urged), nor فكر (thought) ف + كر; بالحقوق is Lucene's.
    assert index_terms("بحث فكر كتب بالحقوق", "ar") == [
        "بحث",
        "فكر",
        "كتب",
        "بالحقوق",
        "حقوق",
    ]


def test_stop_words_are_left_out_in_each_language():
    assert key_terms("the reports of the platforms", "en") == ["report", "platform"]
    assert key_terms("تقرير عن الرقابة في المنصات", "ar") == ["تقرير", "رقاب", "منص"]
    assert index_terms("דוח על הצנזורה של הפלטפורמות", "he")[0] == "דוח"
    assert "על" not in index_terms("דוח על הצנזורה", "he")


def test_tokens_keep_their_offsets_in_the_original_text():
    text = "قالت: «الرَّقابةُ مستمرّة»"
    found = [text[token.start : token.end] for token in tokens(text, "ar")]
    assert found == ["قالت", "الرَّقابةُ", "مستمرّة"]


def test_query_syntax_is_plain_text():
    analysed = analyse_query('field:value AND "digital rights" -x* (OR) \x00 🙂 \u200f', "en")
    assert analysed.groups == (
        ("field",),
        ("value", "valu"),
        ("digital", "digit"),
        ("rights", "right"),
        ("x",),
    )
    assert analysed.phrases == (("digit", "right"),)
    assert not analyse_query("* ? : ( ) \u202e", "en")


def test_vocabulary_words_keep_the_letters_as_written():
    assert words("الرَّقابة على المنصّات", "ar") == ["الرقابة", "المنصات"]
    assert words("Platform's moderation", "en") == ["platform", "moderation"]


# What the Lucene comparison found (issue 13), each as the reader meets it.


def test_no_term_is_ever_empty():
    """Porter stems a lone "s" to nothing: "U.S.", "S&P" and "Plan S" once gave an empty term."""
    for text in ("U.S. policy", "S&P ratings", "Plan S", "%(name)s"):
        assert "" not in index_terms(text, "en"), text
        assert all(group and all(group) for group in analyse_query(text, "en").groups), text
    assert key_terms("U.S. policy", "en") == ["u", "s", "polici"]


def test_arabic_suffixes_come_off_once_as_in_lucene():
    # Lucene's ArabicStemmer after its normaliser: جبهة is a front, not جب (a pit).
    assert key_terms("جبهة واجهة مواجهة", "ar") == ["جبه", "اجه", "مواجه"]


def test_arabic_stop_words_are_lucenes_compared_as_written():
    # على is a stop word; the name علي, which on normalising is spelt the same, is not.
    assert index_terms("على", "ar") == []
    assert key_terms("علي", "ar") == ["عل"]
    assert index_terms("هؤلاء هولاء", "ar") == []
    # آلية (mechanism) is not اليه (to him) as written.
    assert key_terms("آلية", "ar") == ["يه"]


def test_compatibility_forms_case_and_marks_are_folded_before_any_word_is_read():
    assert same_terms("ar", "ﻣﺮﺍﻗﺒﺔ", "مراقبة", "مُرَاقَبَة") == {("مراقب",)}
    assert primary_terms("ﻻ ﷲ", "ar") == primary_terms("لا الله", "ar")
    assert same_terms("en", "ﬁle", "file", "FILE", "ｆｉｌｅ", "𝐟𝐢𝐥𝐞") == {("file",)}
    assert same_terms("en", "Straße", "strasse") == {("strass",)}
    assert same_terms("en", "İstanbul", "istanbul") == {("istanbul",)}
    assert same_terms("en", "café", "cafe\u0301", "cafe") == {("cafe",)}
    assert same_terms("he", "ﬠבודה", "עבודה") == {("עבודה",)}
    assert same_terms("ar", "حقوق\u200cالإنسان", "حقوقالإنسان") == same_terms("ar", "حقوقالإنسان")


def test_highlight_offsets_point_into_the_original_text_when_folding_changes_lengths():
    text = "ﷲ ﻻ ﬁle الرَّقابةُ\u200f 𝐛𝐨𝐥𝐝"
    found = [text[token.start : token.end] for token in tokens(text, "en")]
    assert found == ["ﷲ", "ﻻ", "ﬁle", "الرَّقابةُ\u200f", "𝐛𝐨𝐥𝐝"]


def test_one_word_rule_for_numbers_quotes_and_geresh():
    assert primary_terms("3.14 10,000 ٣٫١٤", "en") == ["3.14", "10,000", "3.14"]
    assert key_terms('said"yes', "en") == ["said", "ye"]
    assert key_terms("_private example.com", "en") == ["privat", "exampl", "com"]
    # A final geresh is kept: מס׳ (number) is not מס (tax); inside a word it goes.
    assert primary_terms("מס׳ מס' מס", "he") == ["מס'", "מס'", "מס"]
    assert same_terms("he", 'צה"ל', "צה״ל", "צה'ל") == {("צהל",)}
