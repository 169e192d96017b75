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
# How far past the first match to look for a passage with more of the query's terms.
LOOK_AHEAD_PASSAGES = 4


def passage_from_offsets(
    text: str, language: str, terms: frozenset[str], first_offsets: dict[str, int]
) -> str | None:
    """The passage around the earliest of the terms, found from where each term first occurs
    in the text (recorded when it was indexed): only the passage itself is analysed."""
    starts = [first_offsets[term] for term in terms if term in first_offsets]
    if not starts:
        return None
    begin = _word_boundary_before(text, max(0, min(starts) - PASSAGE_LENGTH // 4))
    return passage(text[begin:], language, terms, lead=ELLIPSIS if begin else "")


def passage(text: str, language: str, terms: frozenset[str], lead: str = "") -> str | None:
    """An escaped passage of `text` with the matched words in <mark>, or None when no word of
    the text matches `terms`. The passage starts shortly before the first match, widened to
    hold the most distinct matched terms."""
    scanned = text[:SCAN_LIMIT]
    matches = []
    for token in tokens(scanned, language):
        matched = terms.intersection(token.terms)
        if not matched:
            continue
        matches.append((token.start, token.end, matched))
        # Enough is read once a passage holds every term, or a few passages past the first
        # match: a frequent word would otherwise cost the whole text.
        if token.start - matches[0][0] > PASSAGE_LENGTH * LOOK_AHEAD_PASSAGES or (
            token.start - matches[0][0] < PASSAGE_LENGTH * 0.7
            and len(set().union(*(found for _start, _end, found in matches))) == len(terms)
        ):
            break
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
    parts = [ELLIPSIS] if begin > 0 or lead else []
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
