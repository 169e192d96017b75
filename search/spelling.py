""" "Did you mean": each word of a query that the index does not know is replaced by the closest
known word of the same language (Damerau–Levenshtein, via rapidfuzz), preferring frequent words.
Engines supply the known words; this module only chooses."""

from collections.abc import Callable, Iterable

from rapidfuzz.distance import DamerauLevenshtein

from search.analysis import token_analysis, word_spans


def max_distance(word: str) -> int:
    return 1 if len(word) <= 4 else 2


def closest(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """The candidate (word, documents) nearest to `word`; ties go to the more frequent one."""
    limit = max_distance(word)
    best, best_key = None, None
    for candidate, documents in candidates:
        if candidate == word:
            return None
        distance = DamerauLevenshtein.distance(word, candidate, score_cutoff=limit)
        if distance <= limit:
            key = (distance, -documents)
            if best_key is None or key < best_key:
                best, best_key = candidate, key
    return best


def respell(
    text: str,
    language: str,
    is_known: Callable[[str], bool],
    candidates_for: Callable[[str], Iterable[tuple[str, int]]],
) -> str | None:
    """The query with each unknown word replaced by its closest known word, or None when no
    word changed."""
    changed = False
    parts = []
    cursor = 0
    for span in word_spans(text):
        word = token_analysis(span.token, language)[1]
        replacement = None
        if word and not is_known(word):
            replacement = closest(word, candidates_for(word))
        parts.append(text[cursor : span.start])
        if replacement:
            parts.append(replacement)
            changed = True
        else:
            parts.append(text[span.start : span.end])
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts).strip() if changed else None
