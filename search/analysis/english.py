"""English: Lucene's English stop words, the possessive 's removed, then Porter's stemmer (the
chain of Elasticsearch's `english` analyser, so both engines stem alike)."""

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


def display(word: str) -> str:
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.replace("'", "")


def normalize(word: str) -> str:
    word = display(word)
    return "" if word in STOP_WORDS else word


def terms(word: str) -> tuple[str, ...]:
    word = normalize(word)
    return (_stemmer().stemWord(word),) if word else ()
