"""One analysis, one truth: the analysers every Elasticsearch index declares
(`index_definition(language)`), run in Debian's real Lucene, give exactly the terms of the
Python analysis the embedded engines index and search with, on the demo corpus, the interface
catalogues, mixed texts of every case the analysis has ever got wrong, and at least 100,000
generated words per language. And the Python analysis passes Lucene's own published test
vectors for its Arabic normaliser, stemmer and analyser and its English analyser.

Each text is compared position by position: Lucene's tokens grouped by position (in `variants`,
a word and its variants without a Hebrew prefix or an Arabic proclitic share one) against the
Python analysis' terms per word, stop words and empty terms left out on both sides.
"""

import itertools

import pytest

from search.analysis import LANGUAGES, analyse_text, analyser, key_term, word_spans
from search.analysis import arabic as arabic_analysis
from search.engines.elasticsearch import EDGE_NGRAM, index_definition
from tests.search.lucene.corpora import (
    catalogue_texts,
    demo_corpus_texts,
    generated_words,
    mixed_texts,
)
from tests.search.lucene.harness import LuceneRequest
from tests.search.lucene.vectors import lucene_vectors

pytestmark = pytest.mark.lucene

GENERATED_WORDS = 100_000
# Generated words go to Lucene as lines of this many words (one text each), so a difference
# names its line.
WORDS_PER_LINE = 50
# How many differing texts a failure shows.
SHOWN = 8


def python_groups(text: str, language: str, analyser_name: str) -> list[tuple[str, ...]]:
    """What the Python analysis makes of a text, per word, for the analyser of that name."""
    module = analyser(language)
    groups = []
    for span in word_spans(text):
        token = span.token
        if analyser_name == "text":
            found = module.terms(token)[:1]
        elif analyser_name == "variants":
            found = module.terms(token)
        elif analyser_name == "words":
            found = (module.vocabulary(token),)
        elif analyser_name == "prefix":
            found = (module.normalize(token),)
        else:
            found = edge_grams(module.normalize(token)) if module.vocabulary(token) else ()
        found = tuple(term for term in found if term)
        if found:
            groups.append(found)
    return groups


def edge_grams(word: str) -> tuple[str, ...]:
    """Elasticsearch's `edge_ngram` filter as declared: the word's first 2 to 20 characters,
    nothing for a shorter word."""
    low, high = EDGE_NGRAM.min_gram, EDGE_NGRAM.max_gram
    return tuple(word[:length] for length in range(low, min(high, len(word)) + 1))


def lucene_groups(tokens) -> list[tuple[str, ...]]:
    return [
        tuple(token.term for token in same_position)
        for _position, same_position in itertools.groupby(tokens, key=lambda token: token.position)
    ]


CORPORA = {
    "mixed": lambda: mixed_texts(),
    "demo": lambda: [text for texts in demo_corpus_texts().values() for text in texts],
    "catalogues": lambda: [text for texts in catalogue_texts().values() for text in texts],
}
ANALYSERS = ("text", "variants", "words", "prefix", "autocomplete")


def generated_lines(language: str) -> list[str]:
    words = generated_words(language, GENERATED_WORDS)
    assert len(set(words)) >= GENERATED_WORDS
    return [
        " ".join(words[start : start + WORDS_PER_LINE])
        for start in range(0, len(words), WORDS_PER_LINE)
    ]


@pytest.fixture(scope="module")
def compared(lucene):
    """Every corpus through every analyser of every language, in one Lucene subprocess: for
    each (corpus, language, analyser), the texts, and Lucene's tokens for each."""
    cases = {}
    for language in LANGUAGES:
        analysis = index_definition(language)["settings"]["analysis"]
        corpora = {name: texts() for name, texts in CORPORA.items()}
        corpora["generated"] = generated_lines(language)
        for corpus, texts in corpora.items():
            for name in ANALYSERS:
                cases[corpus, language, name] = LuceneRequest(analysis, f"{language}_{name}", texts)
    answers = lucene.analyse(list(cases.values()))
    return {
        key: (request.texts, tokens)
        for (key, request), tokens in zip(cases.items(), answers, strict=True)
    }


def assert_same(compared, corpus: str, language: str, analyser_name: str):
    texts, lucene = compared[corpus, language, analyser_name]
    found = []
    for text, tokens in zip(texts, lucene, strict=True):
        expected = python_groups(text, language, analyser_name)
        actual = lucene_groups(tokens)
        if expected != actual:
            found.append((text, expected, actual))
    shown = "\n".join(
        f"  {text!r}\n    Python: {expected}\n    Lucene: {actual}"
        for text, expected, actual in found[:SHOWN]
    )
    assert not found, (
        f"{len(found)} of {len(texts)} texts differ for {language}_{analyser_name}:\n{shown}"
    )


EVERY_ANALYSER = [
    pytest.param(language, name, id=f"{language}_{name}")
    for language in LANGUAGES
    for name in ANALYSERS
]


@pytest.mark.parametrize(("language", "analyser_name"), EVERY_ANALYSER)
def test_mixed_texts_give_the_same_terms(compared, language, analyser_name):
    assert len(compared["mixed", language, analyser_name][0]) == 26
    assert_same(compared, "mixed", language, analyser_name)


@pytest.mark.parametrize(("language", "analyser_name"), EVERY_ANALYSER)
def test_the_demo_corpus_gives_the_same_terms(compared, language, analyser_name):
    assert_same(compared, "demo", language, analyser_name)


@pytest.mark.parametrize(("language", "analyser_name"), EVERY_ANALYSER)
def test_the_interface_catalogues_give_the_same_terms(compared, language, analyser_name):
    assert_same(compared, "catalogues", language, analyser_name)


@pytest.mark.parametrize(("language", "analyser_name"), EVERY_ANALYSER)
def test_generated_words_give_the_same_terms(compared, language, analyser_name):
    assert_same(compared, "generated", language, analyser_name)


def utf16_offset(text: str, position: int) -> int:
    return len(text[:position].encode("utf-16-le")) // 2


@pytest.mark.parametrize("corpus", ["mixed", "demo", "catalogues", "generated"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_highlight_offsets_are_lucenes(compared, corpus, language):
    """Where the Python analysis says a word is in the original text (what the embedded engines
    highlight) is where Lucene's char filter says it is (what Elasticsearch highlights), in
    UTF-16 code units: `prefix` keeps every word, so the two lists pair up."""
    texts, lucene = compared[corpus, language, "prefix"]
    differing = []
    for text, tokens in zip(texts, lucene, strict=True):
        python = [
            (utf16_offset(text, span.start), utf16_offset(text, span.end))
            for span in word_spans(text)
        ]
        if python != [(token.start, token.end) for token in tokens]:
            differing.append(text)
    assert not differing, f"{len(differing)} of {len(texts)} texts, first: {differing[0]!r}"


# Lucene's published vectors (tests/search/data/lucene_vectors.tsv, Apache-2.0).


def vector_ids(vectors):
    return [f"{vector.suite}-{vector.method}-{index}" for index, vector in enumerate(vectors)]


NORMALISER = lucene_vectors("normalizer")
STEMMER = lucene_vectors("stemmer")
ARABIC_ANALYSER = lucene_vectors("arabic_analyzer")
ENGLISH_ANALYSER = lucene_vectors("english_analyzer")


@pytest.mark.parametrize("vector", NORMALISER, ids=vector_ids(NORMALISER))
def test_lucenes_arabic_normaliser_vectors(vector):
    # Lucene's normaliser also removes harakat and tatweel; here the character table does.
    normalised = tuple(arabic_analysis.normalize(span.token) for span in word_spans(vector.input))
    assert normalised == vector.expected


@pytest.mark.parametrize("vector", STEMMER, ids=vector_ids(STEMMER))
def test_lucenes_arabic_stemmer_vectors(vector):
    # Lucene's test runs the stemmer alone on words as written (one of them English, in
    # capitals), so the character table, which would fold the case, is left out.
    stemmed = tuple(
        arabic_analysis.stem(arabic_analysis.normalize(word)) for word in vector.input.split()
    )
    assert stemmed == vector.expected


@pytest.mark.parametrize(
    ("vector", "language"),
    [(vector, "ar") for vector in ARABIC_ANALYSER]
    + [(vector, "en") for vector in ENGLISH_ANALYSER],
    ids=vector_ids(ARABIC_ANALYSER) + vector_ids(ENGLISH_ANALYSER),
)
def test_lucenes_analyser_vectors_pass_in_python_and_in_the_declared_analysers(
    vector, language, declared_on_vectors
):
    # Lucene's analysers index a word's stem alone; here it is the word's key term, and one of
    # the variants the declared analyser gives the word's position.
    words = analyse_text(vector.input, language).words
    assert tuple(key_term(terms, language) for terms in words) == vector.expected
    groups = lucene_groups(declared_on_vectors[language][vector.input])
    assert len(groups) == len(vector.expected)
    for group, stem in zip(groups, vector.expected, strict=True):
        assert stem in group


@pytest.fixture(scope="module")
def declared_on_vectors(lucene):
    """The analysers' vectors through each language's declared `variants` analyser, at once."""
    inputs = {
        "ar": [vector.input for vector in ARABIC_ANALYSER],
        "en": [vector.input for vector in ENGLISH_ANALYSER],
    }
    requests = [
        LuceneRequest(
            index_definition(language)["settings"]["analysis"], f"{language}_variants", texts
        )
        for language, texts in inputs.items()
    ]
    answers = lucene.analyse(requests)
    return {
        language: dict(zip(texts, tokens, strict=True))
        for (language, texts), tokens in zip(inputs.items(), answers, strict=True)
    }
