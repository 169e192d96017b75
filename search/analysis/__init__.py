"""Language analysis shared by documents and queries, and by every embedded engine.

One function per language turns a word as written into its index terms: normalise, drop stop
words, stem. The same function runs on documents when they are indexed and on queries when
they are searched, so both sides agree by construction. The chains mirror the Elasticsearch
analysers in `search.engines.elasticsearch` (Lucene's `arabic_normalization` + `arabic_stem`,
Porter for English, a prefix-aware chain for Hebrew), so every engine answers the same cases.

A token keeps its offsets in the original text, which is what highlighting needs: passages are
cut from the text as written, never from its analysed form.
"""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from search.analysis import arabic, english, hebrew

ANALYSERS = {"en": english, "ar": arabic, "he": hebrew}
LANGUAGES = tuple(ANALYSERS)

# Letters, digits and the combining marks written inside Arabic and Hebrew words (harakat,
# niqqud), optionally joined by an apostrophe or a geresh/gershayim (don't, צה״ל, צה"ל).
_MARKS = (
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"  # niqqud and cantillation
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # harakat and Quranic marks
)
_WORD = rf"[^\W_][\w{_MARKS}]*"
WORD = re.compile(rf"{_WORD}(?:['’״׳\"]{_WORD})*")
# Arabic-Indic and extended Arabic-Indic digits become ASCII in every language.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


@dataclass(frozen=True)
class Token:
    """A word of the original text: where it is, and the terms it is indexed under (the first
    is its own term; Hebrew adds the word without its prefixes)."""

    start: int
    end: int
    terms: tuple[str, ...]


def analyser(language):
    try:
        return ANALYSERS[language]
    except KeyError:
        raise ValueError(f"No analysis for language {language!r}") from None


def fold(word: str) -> str:
    """What every language does first: compatibility forms (Arabic presentation forms from
    PDFs, ligatures), case, and digits."""
    return unicodedata.normalize("NFKC", word).casefold().translate(_DIGITS)


@lru_cache(maxsize=200_000)
def word_terms(word: str, language: str) -> tuple[str, ...]:
    """The index terms of one word as written; empty for a stop word."""
    return analyser(language).terms(fold(word))


@lru_cache(maxsize=200_000)
def vocabulary_word(word: str, language: str) -> str:
    """The word as suggestions and "did you mean" show it: folded and without diacritics,
    but with its letters as written (مراقبة, not the index's مراقبه); empty for a stop word."""
    module = analyser(language)
    folded = fold(word)
    return module.display(folded) if module.normalize(folded) else ""


@lru_cache(maxsize=200_000)
def word_analysis(word: str, language: str) -> tuple[tuple[str, ...], str]:
    """A word's index terms and its vocabulary form at once (both empty for a stop word)."""
    module = analyser(language)
    folded = fold(word)
    terms = module.terms(folded)
    return terms, (module.display(folded) if terms else "")


def analyse_text(text: str, language: str) -> "AnalysedText":
    """One pass over a text for indexing: each word's terms in order (stop words left out),
    its vocabulary words, and where each term first occurs (what highlighting starts from)."""
    analysed = AnalysedText([], set(), {})
    first_offsets = analysed.first_offsets
    for match in WORD.finditer(text):
        terms, word = word_analysis(match.group(), language)
        if terms:
            analysed.words.append(terms)
            analysed.vocabulary.add(word)
            for term in terms:
                first_offsets.setdefault(term, match.start())
    return analysed


@dataclass
class AnalysedText:
    words: list[tuple[str, ...]]
    vocabulary: set[str]
    first_offsets: dict[str, int]


def tokens(text: str, language: str) -> Iterator[Token]:
    """The words of a text with their offsets and terms, stop words left out."""
    for match in WORD.finditer(text):
        terms = word_terms(match.group(), language)
        if terms:
            yield Token(match.start(), match.end(), terms)


def words(text: str, language: str) -> list[str]:
    """The vocabulary words of a text (see `vocabulary_word`): what suggestions and
    "did you mean" draw from."""
    found = (vocabulary_word(match.group(), language) for match in WORD.finditer(text))
    return [word for word in found if word]


@dataclass(frozen=True)
class AnalysedQuery:
    """A query as engines need it. `groups` is one tuple of alternative terms per word (a
    document matches a word when it has any of them; every word must match); `phrases` are the
    quoted parts, each a list of the words' own terms that must appear in order."""

    groups: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(term for group in self.groups for term in group)

    def __bool__(self):
        return bool(self.groups)


_PHRASE = re.compile(r'"([^"]+)"|“([^”]+)”|«([^»]+)»')


def analyse_query(text: str, language: str) -> AnalysedQuery:
    """Reads user text as plain words: quotes mark phrases, everything else (operators, `*`,
    `field:value`, control characters) is only text. Words that are all stop words drop out."""
    groups = []
    phrases = []
    for match in _PHRASE.finditer(text):
        phrase = next(part for part in match.groups() if part)
        terms = tuple(token.terms[0] for token in tokens(phrase, language))
        if len(terms) > 1:
            phrases.append(terms)
    seen = set()
    for token in tokens(text, language):
        if token.terms not in seen:
            seen.add(token.terms)
            groups.append(token.terms)
    return AnalysedQuery(tuple(groups), tuple(phrases))
