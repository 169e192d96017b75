"""The Lucene harness itself: it reproduces Lucene's behaviour on cases whose answers Lucene's and
Elasticsearch's sources give, reads a definition the way Elasticsearch 8 does, refuses what it
cannot run exactly (with a message naming the component), and runs every analyser the hub's
index definitions declare."""

import pytest

from search.engines.elasticsearch import index_definition
from tests.search.lucene import harness
from tests.search.lucene.conftest import lucene_or_skip
from tests.search.lucene.factories import AnalysisDefinitionError
from tests.search.lucene.harness import LuceneHarness, LuceneRequest, LuceneRuntime, LuceneToken

pytestmark = pytest.mark.lucene


def definition(filters=(), *, tokenizer="standard", char_filters=(), **sections) -> dict:
    """An analysis definition with one analyser, "probe"."""
    probe = {
        "type": "custom",
        "tokenizer": tokenizer,
        "char_filter": list(char_filters),
        "filter": list(filters),
    }
    return {"analyzer": {"probe": probe}, **sections}


def tokens(lucene: LuceneHarness, analysis: dict, text: str) -> list[tuple]:
    return [tuple(token) for token in lucene.tokens(analysis, "probe", [text])[0]]


def terms(lucene: LuceneHarness, analysis: dict, text: str) -> list[str]:
    return [token.term for token in lucene.tokens(analysis, "probe", [text])[0]]


class TestLuceneBehaviour:
    def test_a_stop_word_leaves_a_gap_in_the_positions(self, lucene):
        analysis = definition(
            ["lowercase", "articles"],
            filter={"articles": {"type": "stop", "stopwords": ["the", "of"]}},
        )

        assert tokens(lucene, analysis, "The right of access") == [
            ("right", 4, 9, 1),
            ("access", 13, 19, 3),
        ]

    def test_the_arabic_stop_list_is_lucenes_by_name(self, lucene):
        analysis = definition(
            ["arabic"], filter={"arabic": {"type": "stop", "stopwords": "_arabic_"}}
        )

        # في and على are in Lucene's list; the gaps stay.
        assert tokens(lucene, analysis, "في مواجهة الرقابة على الإنترنت") == [
            ("مواجهة", 3, 9, 1),
            ("الرقابة", 10, 17, 2),
            ("الإنترنت", 22, 30, 4),
        ]

    def test_pattern_capture_keeps_the_word_and_adds_each_capture_at_its_position(self, lucene):
        analysis = definition(
            ["prefixes"],
            filter={
                "prefixes": {
                    "type": "pattern_capture",
                    "patterns": ["^[והבכלמש]{1}(.{3,})$", "^[והבכלמש]{2}(.{3,})$"],
                }
            },
        )

        assert tokens(lucene, analysis, "לספרייה וכשהמדינה") == [
            ("לספרייה", 0, 7, 0),
            ("ספרייה", 0, 7, 0),
            ("וכשהמדינה", 8, 17, 1),
            ("כשהמדינה", 8, 17, 1),
            ("שהמדינה", 8, 17, 1),
        ]

    def test_mapping_char_filter_offsets_point_into_the_original_text(self, lucene):
        # One presentation-form character becomes two (ﻻ) or four (ﷲ, written as escapes):
        # the offsets still cut the original text.
        analysis = definition(
            char_filters=["forms"],
            char_filter={
                "forms": {
                    "type": "mapping",
                    "mappings": ["ﻻ => لا", "\\ufdf2 => \\u0627\\u0644\\u0644\\u0647"],
                }
            },
        )
        text = "ﻻ للرقابة ﷲ"

        found = tokens(lucene, analysis, text)

        assert found == [("لا", 0, 1, 0), ("للرقابة", 2, 9, 1), ("الله", 10, 11, 2)]
        assert [text[start:end] for _, start, end, _ in found] == ["ﻻ", "للرقابة", "ﷲ"]

    def test_edge_ngrams_share_the_words_position_and_offsets(self, lucene):
        analysis = definition(
            ["grams"], filter={"grams": {"type": "edge_ngram", "min_gram": 2, "max_gram": 4}}
        )

        assert tokens(lucene, analysis, "رقابة مشددة") == [
            ("رق", 0, 5, 0),
            ("رقا", 0, 5, 0),
            ("رقاب", 0, 5, 0),
            ("مش", 6, 11, 1),
            ("مشد", 6, 11, 1),
            ("مشدد", 6, 11, 1),
        ]

    def test_the_plain_name_edge_ngram_is_elasticsearchs_preconfigured_one_gram_filter(
        self, lucene
    ):
        with_defaults = definition(["grams"], filter={"grams": {"type": "edge_ngram"}})

        assert terms(lucene, definition(["edge_ngram"]), "privacy") == ["p"]
        assert terms(lucene, with_defaults, "privacy") == ["p", "pr"]

    def test_lucenes_porter_and_snowball_porter_are_two_stemmers(self, lucene):
        snowball = definition(
            ["lowercase", "porter"], filter={"porter": {"type": "snowball", "language": "Porter"}}
        )
        text = "technology possibly us s"

        assert terms(lucene, definition(["lowercase", "porter_stem"]), text) == [
            "technolog",
            "possibl",
            "us",
            "s",
        ]
        # Snowball Porter stems a lone s to an empty term.
        assert terms(lucene, snowball, text) == ["technologi", "possibli", "u", ""]

    def test_arabic_normalisation_and_stemmer_strip_each_suffix_once(self, lucene):
        analysis = definition(["arabic_normalization", "arabic_stem"])

        assert terms(lucene, analysis, "جبهة واجهة مواجهة والرقابة") == [
            "جبه",
            "اجه",
            "مواجه",
            "رقاب",
        ]

    def test_offsets_count_utf16_code_units(self, lucene):
        # Mathematical bold letters lie outside the BMP: two UTF-16 units each.
        assert tokens(lucene, definition(tokenizer="whitespace"), "𝐛𝐨𝐥𝐝 rights") == [
            ("𝐛𝐨𝐥𝐝", 0, 8, 0),
            ("rights", 9, 15, 1),
        ]

    def test_one_call_analyses_many_texts_with_many_analysers(self, lucene):
        analysis = definition(["lowercase"])
        analysis["analyzer"]["keyword"] = {"type": "custom", "tokenizer": "keyword"}

        by_probe, by_keyword, nothing = lucene.analyse(
            [
                LuceneRequest(analysis, "probe", ["Digital Rights", "", "حقوق رقمية"]),
                LuceneRequest(analysis, "keyword", ["Digital Rights"]),
                LuceneRequest(analysis, "keyword", []),
            ]
        )

        assert by_probe == [
            [LuceneToken("digital", 0, 7, 0), LuceneToken("rights", 8, 14, 1)],
            [],
            [LuceneToken("حقوق", 0, 4, 0), LuceneToken("رقمية", 5, 10, 1)],
        ]
        assert by_keyword == [[LuceneToken("Digital Rights", 0, 14, 0)]]
        assert nothing == []


class TestElasticsearchParsing:
    def test_stopwords_none_and_a_comma_separated_string(self, lucene):
        no_words = definition(["none"], filter={"none": {"type": "stop", "stopwords": "_none_"}})
        two_words = definition(["two"], filter={"two": {"type": "stop", "stopwords": "the, state"}})

        assert terms(lucene, no_words, "the state") == ["the", "state"]
        assert tokens(lucene, two_words, "the state of the art") == [
            ("of", 10, 12, 2),
            ("art", 17, 20, 4),
        ]

    def test_without_stopwords_the_stop_filter_is_english_whatever_ignore_case_says(self, lucene):
        analysis = definition(["stop"], filter={"stop": {"type": "stop", "ignore_case": True}})

        assert terms(lucene, analysis, "The state of the art") == ["The", "state", "art"]

    def test_remove_trailing_false_keeps_a_last_stop_word(self, lucene):
        analysis = definition(
            ["typed"],
            filter={"typed": {"type": "stop", "stopwords": ["the"], "remove_trailing": False}},
        )

        assert terms(lucene, analysis, "read the") == ["read", "the"]

    def test_a_mapping_rule_splits_at_its_last_arrow_and_java_reads_line_breaks(self, lucene):
        analysis = definition(
            tokenizer="keyword",
            char_filters=["rules"],
            char_filter={"rules": {"type": "mapping", "mappings": ["a => b => c", "x\n=> y"]}},
        )

        assert lucene.tokens(analysis, "probe", ["a => b", "x"]) == [
            [LuceneToken("c", 0, 6, 0)],
            [LuceneToken("y", 0, 1, 0)],
        ]

    def test_the_possessive_stemmer_drops_s_after_either_apostrophe(self, lucene):
        analysis = definition(
            ["possessive", "lowercase"],
            filter={"possessive": {"type": "stemmer", "language": "possessive_english"}},
        )

        assert terms(lucene, analysis, "Amnesty’s report, O'Brien's rights") == [
            "amnesty",
            "report",
            "o'brien",
            "rights",
        ]


REFUSED = [
    pytest.param(
        definition(["folded"], filter={"folded": {"type": "kstem"}}),
        r"filter \[folded\]: type \[kstem\] is not one the harness runs",
        id="unknown filter type",
    ),
    pytest.param(
        definition(
            ["stop"], filter={"stop": {"type": "stop", "stopwords": ["the"], "ignorecase": True}}
        ),
        r"filter \[stop\] \(type stop\): unknown parameter\(s\) ignorecase "
        r"\(the harness reads: ignore_case, remove_trailing, stopwords\)",
        id="unknown parameter",
    ),
    pytest.param(
        definition(tokenizer="words")
        | {"tokenizer": {"words": {"type": "pattern", "pattern": "\\w+", "grup": 0}}},
        r"tokenizer \[words\] \(type pattern\): unknown parameter\(s\) grup",
        id="unknown tokenizer parameter",
    ),
    pytest.param(
        definition(["english"], filter={"english": {"type": "snowball", "language": "English"}}),
        "snowball English is Snowball English, whose Lucene 8 classes predate",
        id="snowball English",
    ),
    pytest.param(
        definition(["english"], filter={"english": {"type": "stemmer", "language": "porter2"}}),
        "stemmer porter2 is Snowball English",
        id="stemmer porter2",
    ),
    pytest.param(
        definition(["porter"], filter={"porter": {"type": "snowball", "language": "PORTER"}}),
        r"org\.tartarus\.snowball\.ext\.PORTERStemmer\) is not one the harness runs",
        id="snowball name capitalised only at its first letter",
    ),
    pytest.param(
        definition(["snowball"]),
        "the plain name snowball is Snowball English",
        id="plain snowball",
    ),
    pytest.param(
        definition(["hebrew"], filter={"hebrew": {"type": "stop", "stopwords": ["_hebrew_"]}}),
        "the stop list _hebrew_ is not one Elasticsearch knows: it would be a literal stop word",
        id="stop list Elasticsearch does not know",
    ),
    pytest.param(
        definition(["french"], filter={"french": {"type": "stop", "stopwords": "_french_"}}),
        "the stop list _french_ is not one the harness loads",
        id="stop list the harness does not load",
    ),
    pytest.param(
        definition(["none"], filter={"none": {"type": "stop", "stopwords": ["_none_"]}}),
        "inside a list it would be a literal stop word",
        id="_none_ in a list",
    ),
    pytest.param(
        definition(["quotes"], filter={"quotes": {"type": "pattern_replace", "replacement": ""}}),
        "pattern is missing for token filter of type 'pattern_replace'",
        id="pattern_replace without a pattern",
    ),
    pytest.param(
        definition(
            ["prefixes"],
            filter={
                "prefixes": {
                    "type": "pattern_capture",
                    "patterns": ["(ו)"],
                    "preserve_original": "yes",
                }
            },
        ),
        r"failed to parse value \[yes\] of \[preserve_original\] as only \[true\] or \[false\]",
        id="a boolean that is not true or false",
    ),
    pytest.param(
        definition(["grams"], filter={"grams": {"type": "edge_ngram", "min_gram": "two"}}),
        r"failed to parse int setting \[min_gram\] with value \[two\]",
        id="an int that is not one",
    ),
    pytest.param(
        definition(["grams"], filter={"grams": {"type": "edge_ngram", "side": "middle"}}),
        "invalid side: middle",
        id="edge_ngram side",
    ),
    pytest.param(
        definition(["pattern_capture"]),
        r"Custom Analyzer \[probe\] failed to find filter under name \[pattern_capture\]",
        id="a type that needs settings used by name",
    ),
    pytest.param(
        definition(char_filters=["forms"]),
        r"failed to find char_filter under name \[forms\]",
        id="an undefined char filter",
    ),
    pytest.param(
        {"analyzer": {"probe": {"type": "arabic"}}},
        r"analyzer \[probe\]: type \[arabic\] is not one the harness runs",
        id="a built-in analyser",
    ),
    pytest.param(
        {"analyzer": {"_probe": {"tokenizer": "standard"}}},
        "analyzer name must not start with '_'",
        id="an analyser named with _",
    ),
    pytest.param(
        {"analyzer": {"probe": {"type": "custom", "filter": ["lowercase"]}}},
        r"Custom Analyzer \[probe\] must be configured with a tokenizer",
        id="no tokenizer",
    ),
    pytest.param(
        definition() | {"normalizer": {"folded": {"type": "custom", "filter": ["lowercase"]}}},
        "analysis section.s. normalizer are not ones the harness runs",
        id="normalizers",
    ),
]


class TestRefusals:
    @pytest.mark.parametrize(("analysis", "message"), REFUSED)
    def test_refused_before_any_jvm_starts(self, analysis, message):
        no_java = LuceneHarness(LuceneRuntime(jvm="/nonexistent/libjvm.so", classpath=()))

        with pytest.raises(AnalysisDefinitionError, match=message):
            no_java.tokens(analysis, "probe", ["Digital rights"])

    def test_an_analyser_the_definition_does_not_have(self):
        with pytest.raises(AnalysisDefinitionError, match=r"no analyzer \[ar_text\].*probe"):
            harness.lucene_tokens(definition(), "ar_text", ["حقوق رقمية"])

    @pytest.mark.parametrize(
        ("analysis", "message"),
        [
            pytest.param(
                definition(
                    ["broken"], filter={"broken": {"type": "pattern_replace", "pattern": "(["}}
                ),
                r"analyzer \[probe\], filter \[broken\] \(type pattern_replace, "
                r"org\.apache\.lucene\.analysis\.pattern\.PatternReplaceFilter\): "
                r"java\.util\.regex\.PatternSyntaxException",
                id="a regex Java cannot compile",
            ),
            pytest.param(
                definition(["short"], filter={"short": {"type": "length", "min": 5, "max": 2}}),
                r"filter \[short\] .*java\.lang\.IllegalArgumentException",
                id="length min above max",
            ),
            pytest.param(
                definition(
                    char_filters=["forms"],
                    char_filter={"forms": {"type": "mapping", "mappings": ["ﻻ -> لا"]}},
                ),
                r"Invalid Mapping Rule : \[ﻻ -> لا\]",
                id="a mapping rule without =>",
            ),
            pytest.param(
                definition(
                    char_filters=["forms"],
                    char_filter={"forms": {"type": "mapping", "mappings": ["ﻻ => لا", "ﻻ => ل"]}},
                ),
                'java.lang.IllegalArgumentException: match "ﻻ" was already added',
                id="a character mapped twice",
            ),
            pytest.param(
                definition(
                    char_filters=["long"],
                    char_filter={"long": {"type": "mapping", "mappings": ["x => " + "ب" * 257]}},
                ),
                "a side longer than 256 characters makes Elasticsearch fail",
                id="a mapping side beyond 256 characters",
            ),
        ],
    )
    def test_what_lucene_or_java_refuses_is_refused_naming_the_component(
        self, lucene, analysis, message
    ):
        with pytest.raises(AnalysisDefinitionError, match=message):
            lucene.tokens(analysis, "probe", ["حقوق رقمية"])


class TestRuntime:
    def test_missing_jars_skip_the_test_locally_and_fail_it_in_ci(self, monkeypatch, tmp_path):
        monkeypatch.setattr(harness, "JAR_FOLDER", tmp_path)
        install = "apt-get install default-jre-headless liblucene8-java"

        monkeypatch.delenv("CI", raising=False)
        with pytest.raises(pytest.skip.Exception, match=install):
            lucene_or_skip()
        monkeypatch.setenv("CI", "true")
        with pytest.raises(pytest.fail.Exception, match=install):
            lucene_or_skip()


TEXTS = {
    "en": [
        "The U.S. policy on surveillance technology, and the students’ campaign for 10,000 "
        "signatures.",
        "O’Brien's report: don't share e-mail addresses (e.g. press@example.com).",
    ],
    "ar": [
        "تقرير جديد عن مواجهة الرقابة على الإنترنت في ٢٠٢٤ والخصوصية الرقمية للصحفيين.",
        "يطالب عليٌّ بحماية المعلومات الشخصية ﻻ بمراقبتها.",
    ],
    "he": [
        "דו״ח חדש על המעקב אחר עיתונאים ועל הזכות לפרטיות בספרייה הדיגיטלית.",
        'צה"ל, מס׳ 3.14 ושָׁלוֹם לכולם.',
    ],
}


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_every_analyser_the_index_definition_declares_runs_in_lucene(lucene, language):
    analysis = index_definition(language)["settings"]["analysis"]
    texts = TEXTS[language] + TEXTS["en"][:1]

    results = lucene.analyse(
        [LuceneRequest(analysis, name, texts) for name in analysis["analyzer"]]
    )

    assert len(results) == len(analysis["analyzer"]) >= 1
    for name, per_text in zip(analysis["analyzer"], results, strict=True):
        assert len(per_text) == len(texts), name
        for text, found in zip(texts, per_text, strict=True):
            assert found, f"{name} found no token in {text!r}"
            positions = [token.position for token in found]
            assert positions == sorted(positions), name
            assert all(0 <= t.start <= t.end <= utf16_length(text) for t in found), name
