"""Language analysis shared by documents and queries, and by every engine.

A text goes through three steps, the same on every engine and on both sides of a search:
1. the character table (`search.analysis.characters`): NFKC, case folding, marks and format
   characters removed, digits made ASCII, with a map back to the original offsets;
2. the word rule of the same table, which splits the result into tokens;
3. one function per language turns each token into its index terms: drop stop words, normalise,
   stem. Elasticsearch declares the same steps (`search.engines.elasticsearch.language_analyzers`:
   a `mapping` char filter and a `pattern` tokenizer from the table, then the same filters), and
   a test runs those declarations in real Lucene against this module.

A word's first term is its own: the word as written, folded (news, لبنان, מעקב), never its stem.
The others are its variants: its stem and singular (English), its Light10 stem and the word
without the article, و or a proclitic (Arabic), the word without a prefix sequence (Hebrew).
A stem or a stripped letter is as often another word (news/new, لبنان/لبن, מעקב is not מ + עקב).
Every engine ranks three tiers: a query word's own term in a field as written (weighted as the
field is); its own term among a document word's variants, the word affixed (communities,
البطاقة, והמעקב for community, بطاقة, מעקב; SQLite's `prefixed` column, PostgreSQL's C,
Elasticsearch's `prefixed` sub-fields); and any of its terms among any of the document's, the
variants field, weighted lowest. A query word matches a document whose variants field has any
of its terms, and every word of a query has to match. So a publication using the word itself
ranks above one that only shares its stem or its prefix-less form, and prefixed, inflected
and bare forms still find each other (לספרייה, ספרייה; reports, reporting).

A token keeps its offsets in the original text, which is what highlighting needs: passages are
cut from the text as written, never from its analysed form.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from search.analysis import arabic, english, hebrew
from search.analysis.characters import WORD, normalise, start_after_span

ANALYSERS = {"en": english, "ar": arabic, "he": hebrew}
LANGUAGES = tuple(ANALYSERS)
# Recorded in every index built; a change to any term the analysis produces must bump it.
ANALYSIS_VERSION = 4


@dataclass(frozen=True)
class Token:
    """A word of the original text: where it is, and the terms it is indexed under (the first
    is its own term, the others its variants: without a Hebrew prefix or an Arabic
    proclitic)."""

    start: int
    end: int
    terms: tuple[str, ...]


def analyser(language):
    try:
        return ANALYSERS[language]
    except KeyError:
        raise ValueError(f"No analysis for language {language!r}") from None


@dataclass(frozen=True)
class WordSpan:
    """A token of a text: its span in the original text and its normalised form."""

    start: int
    end: int
    token: str


def word_spans(text: str) -> Iterator[WordSpan]:
    """The tokens of a text, in order, with their offsets in the original text."""
    normalised = normalise(text)
    if not normalised.spans:
        for match in WORD.finditer(normalised.text):
            yield WordSpan(match.start(), match.end(), match.group())
        return
    for match in WORD.finditer(normalised.text):
        yield WordSpan(
            normalised.original_start(match.start()),
            normalised.original_end(match.end()),
            match.group(),
        )


@lru_cache(maxsize=200_000)
def token_analysis(token: str, language: str) -> tuple[tuple[str, ...], str]:
    """A normalised token's index terms and its vocabulary form: the word as suggestions and
    "did you mean" show it, with its letters as written (مراقبة, not the index's مراقبه). Both
    empty for a stop word (a lone "s" has a vocabulary form but no term)."""
    module = analyser(language)
    return module.terms(token), module.vocabulary(token)


@lru_cache(maxsize=200_000)
def key_term(terms: tuple[str, ...], language: str) -> str:
    """The one term of a word's terms that keys it where only which words a query has counts
    (promotions): see each language's `key_term`."""
    return analyser(language).key_term(terms)


def word_terms(word: str, language: str) -> tuple[str, ...]:
    """The index terms of a text that is one word as written; empty for a stop word."""
    spans = word_spans(word)
    return tuple(term for span in spans for term in token_analysis(span.token, language)[0])


def vocabulary_word(word: str, language: str) -> str:
    """The vocabulary form of a word as written (see `token_analysis`); empty for a stop word."""
    return "".join(token_analysis(span.token, language)[1] for span in word_spans(word))


def analyse_text(text: str, language: str) -> "AnalysedText":
    """One pass over a text for indexing: each word's terms in order (stop words left out),
    its vocabulary words, and where each term first occurs (what highlighting starts from)."""
    words = []
    vocabulary = set()
    first_offsets = {}
    normalised = normalise(text)
    spans = normalised.spans
    count = len(spans)
    # Most words of a text recur: a token already met has given its vocabulary word and the
    # first offsets of its terms, so only its terms are appended again.
    seen = {}
    # Indexing reads every word of long attachments: the starts are mapped back in one walk
    # over the spans, the words rising.
    index = 0
    for match in WORD.finditer(normalised.text):
        token = match.group()
        terms = seen.get(token)
        if terms is not None:
            if terms:
                words.append(terms)
            continue
        terms, word = token_analysis(token, language)
        seen[token] = terms
        if word:
            vocabulary.add(word)
        if not terms:
            continue
        words.append(terms)
        start = match.start()
        if count:
            while index < count and spans[index][0] <= start:
                index += 1
            if index:
                start = start_after_span(spans[index - 1], start)
        for term in terms:
            first_offsets.setdefault(term, start)
    return AnalysedText(words, vocabulary, first_offsets)


@dataclass
class AnalysedText:
    words: list[tuple[str, ...]]
    vocabulary: set[str]
    first_offsets: dict[str, int]


def tokens(text: str, language: str) -> Iterator[Token]:
    """The words of a text with their offsets and terms, stop words left out."""
    for span in word_spans(text):
        terms = token_analysis(span.token, language)[0]
        if terms:
            yield Token(span.start, span.end, terms)


def words(text: str, language: str) -> list[str]:
    """The vocabulary words of a text (see `token_analysis`): what suggestions and "did you
    mean" draw from."""
    found = (token_analysis(span.token, language)[1] for span in word_spans(text))
    return [word for word in found if word]


@dataclass(frozen=True)
class AnalysedQuery:
    """A query as engines need it. `groups` is one tuple of alternative terms per word, its own
    term first (a document matches a word when its variants field has any of them, and scores
    high when its exact fields have the first; every word must match); `phrases` are the quoted
    parts, each a list of the words' key terms that must appear in order (in any of their
    forms, as the documents' word pairs are made)."""

    groups: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(term for group in self.groups for term in group)

    def __bool__(self):
        return bool(self.groups)


# The quotes a query marks phrases with, after the character table (which leaves them alone).
PHRASE = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')


def analyse_query(text: str, language: str) -> AnalysedQuery:
    """Reads user text as plain words: quotes mark phrases, everything else (operators, `*`,
    `field:value`, control characters) is only text. Words that are all stop words drop out."""
    groups = []
    phrases = []
    for match in PHRASE.finditer(text):
        phrase = next(part for part in match.groups() if part)
        terms = tuple(key_term(token.terms, language) for token in tokens(phrase, language))
        if len(terms) > 1:
            phrases.append(terms)
    seen = set()
    for token in tokens(text, language):
        if token.terms not in seen:
            seen.add(token.terms)
            groups.append(token.terms)
    return AnalysedQuery(tuple(groups), tuple(phrases))
