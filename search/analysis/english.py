"""English: the possessive 's removed, apostrophes dropped, Lucene's English stop words. A word's
own term is the word itself (news, communities); its variants are its Porter stem, its singular
(Lucene's minimal English stemmer: communities → community) and the singular's stem, so a query
finds every inflection, and a publication with the word itself ranks above one that only shares
its stem (news/new, community/communications, experiment/experience are each one Porter stem).
Elasticsearch runs the same chain (`stemmer` possessive_english, `pattern_replace`, `stop`; for
the variants `keyword_repeat`, `stemmer` minimal_english, `keyword_repeat`, `snowball` with
language Porter, `remove_duplicates`; `length`).

Snowball's Porter, not Lucene's PorterStemFilter (Elasticsearch's `porter_stem` and its
`english` stemmer): the two differ on about one word in 800 (technology → technologi vs
technolog), and Snowball's Porter is what both PyStemmer and Lucene's SnowballFilter run. Not
Snowball's English (porter2) either: Lucene's Snowball classes changed after 8.x, so the Lucene
these machines run could not prove it matches Elasticsearch's.
"""

import threading

import Stemmer

from search.analysis.characters import utf16_units

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


def singular(word: str) -> str:
    """Lucene's EnglishMinimalStemmer (an S-stemmer): a plural's final s off, ies to y. Lengths
    are Lucene's UTF-16 units; every letter it compares is ASCII, so a letter beyond the BMP
    compares unequal on both sides."""
    length = utf16_units(word)
    if length < 3 or word[-1] != "s":
        return word
    if word[-2] in "us":
        return word
    if word[-2] == "e":
        if length > 3 and word[-3] == "i" and word[-4] not in "ae":
            return word[:-3] + "y"
        if word[-3] in "iaoe":
            return word
    return word[:-1]


def terms(token: str) -> tuple[str, ...]:
    """The word, then its stem, its singular and the singular's stem, each once, in the order
    Elasticsearch's keyword_repeat filters give them. Porter stems a lone "s" to nothing; an
    empty term is no term (PostgreSQL refuses it)."""
    word = display(token)
    if word in STOP_WORDS or not word:
        return ()
    one = singular(word)
    found = []
    for term in (word, porter(word), one, porter(one)):
        if term and term not in found:
            found.append(term)
    return tuple(found)


def key_term(word_terms: tuple[str, ...]) -> str:
    """The word's stem: reports, reporting and report are one key."""
    return porter(word_terms[0]) or word_terms[0]
