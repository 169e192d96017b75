"""English: the possessive 's removed, apostrophes dropped, Lucene's English stop words, then
Snowball's Porter stemmer. Elasticsearch runs the same chain (`stemmer` possessive_english,
`pattern_replace`, `stop`, `snowball` with language Porter, `length`).

Snowball's Porter, not Lucene's PorterStemFilter (Elasticsearch's `porter_stem` and its
`english` stemmer): the two differ on about one word in 800 (technology → technologi vs
technolog), and Snowball's Porter is what both PyStemmer and Lucene's SnowballFilter run. Not
Snowball's English (porter2) either: Lucene's Snowball classes changed after 8.x, so the Lucene
these machines run could not prove it matches Elasticsearch's.
"""

import threading

import Stemmer

# Lucene's ENGLISH_STOP_WORDS_SET, which Elasticsearch's `_english_` list also is.
STOP_WORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)

_local = threading.local()


def _stemmer():
    # Snowball stemmer objects keep per-call state: one per thread.
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("porter")
    return stemmer


def display(token: str) -> str:
    """The token without its possessive and its apostrophes (the character table has made every
    apostrophe ASCII)."""
    if token.endswith("'s"):
        token = token[:-2]
    return token.replace("'", "")


def vocabulary(token: str) -> str:
    """The token as suggestions show it, empty for a stop word."""
    word = display(token)
    return "" if word in STOP_WORDS else word


def normalize(token: str) -> str:
    return display(token)


def porter(word: str) -> str:
    """Snowball's Porter as Lucene runs it. Lucene's Snowball counts UTF-16 code units, so a
    letter beyond the BMP counts twice when it finds the word's regions: such a letter is stemmed
    as two letters of the BMP's private use area, then put back (stemming only rewrites the
    word's ASCII ending)."""
    if word.isascii() or all(ord(character) <= 0xFFFF for character in word):
        return _stemmer().stemWord(word)
    as_units = "".join(
        character if ord(character) <= 0xFFFF else "\ue000\ue000" for character in word
    )
    stem = _stemmer().stemWord(as_units)
    kept = 0
    while kept < min(len(stem), len(as_units)) and stem[kept] == as_units[kept]:
        kept += 1
    prefix, units = [], 0
    for character in word:
        width = 1 if ord(character) <= 0xFFFF else 2
        if units + width > kept:
            break
        prefix.append(character)
        units += width
    return "".join(prefix) + stem[units:]


def terms(token: str) -> tuple[str, ...]:
    word = display(token)
    if word in STOP_WORDS:
        return ()
    # Porter stems a lone "s" to nothing; an empty term is no term (PostgreSQL refuses it).
    stem = porter(word)
    return (stem,) if stem else ()


def key_term(word_terms: tuple[str, ...]) -> str:
    """The word's only term, its stem."""
    return word_terms[0]
