"""Whole numbers from query parameters (page numbers, offsets, ids), read the same way by the
library, the search API and the read API."""

import re

_ASCII_DIGITS = re.compile(r"[0-9]+")


def whole_number(raw: str, maximum: int) -> int | None:
    """`raw` as a number from 0 to `maximum`, else None.

    ASCII digits only: str.isdigit() also takes "²", which int() refuses, and int() reads " 1",
    "1_0" and Arabic-Indic "١". The length is checked before int() reads it, since int() refuses
    numbers of more than 4,300 digits.
    """
    if not _ASCII_DIGITS.fullmatch(raw):
        return None
    significant = raw.lstrip("0") or "0"
    if len(significant) > len(str(maximum)):
        return None
    number = int(significant)
    return number if number <= maximum else None
