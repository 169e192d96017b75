"""Passages cut from the original text around the words a query matched, for the embedded
engines (Elasticsearch highlights from its own stored source). The text is analysed word by word
with the same function as the index, so a match is found however the word is written (with
diacritics, a prefix, another inflection) and shown as written."""

from django.utils.html import escape

from search.analysis import tokens

PASSAGE_LENGTH = 220
# Beyond this many characters a field is not scanned: a match deep inside a long attachment
# costs its whole text in Python on every results page.
SCAN_LIMIT = 60_000
ELLIPSIS = "…"


def passage(text: str, language: str, terms: frozenset[str]) -> str | None:
    """An escaped passage of `text` with the matched words in <mark>, or None when no word of
    the text matches `terms`. The passage starts shortly before the first match, widened to
    hold the most distinct matched terms."""
    scanned = text[:SCAN_LIMIT]
    matches = [
        (token.start, token.end, matched)
        for token in tokens(scanned, language)
        if (matched := terms.intersection(token.terms))
    ]
    if not matches:
        return None
    best_start, best_terms = matches[0][0], 0
    for index, (start, _end, _matched) in enumerate(matches):
        covered = set()
        for other_start, _other_end, other_terms in matches[index:]:
            if other_start - start > PASSAGE_LENGTH * 0.7:
                break
            covered |= other_terms
        if len(covered) > best_terms:
            best_start, best_terms = start, len(covered)
    begin = _word_boundary_before(scanned, max(0, best_start - PASSAGE_LENGTH // 4))
    end = _word_boundary_after(scanned, begin + PASSAGE_LENGTH)
    parts = [ELLIPSIS] if begin > 0 else []
    cursor = begin
    for start, stop, _matched in matches:
        if start < begin or stop > end:
            continue
        parts.append(escape(scanned[cursor:start]))
        parts.append(f"<mark>{escape(scanned[start:stop])}</mark>")
        cursor = stop
    parts.append(escape(scanned[cursor:end]))
    if end < len(text):
        parts.append(ELLIPSIS)
    return "".join(parts).strip()


def _word_boundary_before(text, position):
    if position == 0:
        return 0
    space = text.rfind(" ", 0, position)
    return space + 1 if space >= 0 else 0


def _word_boundary_after(text, position):
    if position >= len(text):
        return len(text)
    space = text.find(" ", position)
    return space if space >= 0 else len(text)
