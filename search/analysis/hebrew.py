"""Hebrew: niqqud and geresh/gershayim removed, and the single-letter prefixes (ו ה ב כ ל מ ש,
alone or combined, up to three) handled by indexing each word also without them: ספרייה then
finds לספרייה and והספרייה, and a query with a prefix finds the bare word.

No Hebrew stemmer is well kept enough to depend on; the Elasticsearch chain does the same with a
`pattern_capture` filter (see `search.engines.elasticsearch`).
"""

import re

_NIQQUD = re.compile("[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]")
_GERESH = re.compile("['’״׳\"]")
PREFIX_LETTERS = "והבכלמש"
MAX_PREFIX = 3
# Hebrew words are rarely shorter than three letters once prefixes are off; shorter
# remainders would join unrelated words (שלום → ום).
MIN_STEM = 3

STOP_WORDS = frozenset(
    """
    של את על עם זה זו זאת הוא היא הם הן אני אנחנו אתה את אתם גם כי אם או לא כל יש אין בין אל
    מן עד אך רק כמו אשר כך כן לו לה להם בו בה בהם אותו אותה אותם שלו שלה שלהם היה היתה היו
    יהיה מה מי איך למה כאשר לפי אחרי לפני תוך עוד כבר
    """.split()
)


def display(word: str) -> str:
    return _GERESH.sub("", _NIQQUD.sub("", word))


def normalize(word: str) -> str:
    word = display(word)
    return "" if word in STOP_WORDS else word


def terms(word: str) -> tuple[str, ...]:
    word = normalize(word)
    if not word:
        return ()
    variants = [word]
    for length in range(1, MAX_PREFIX + 1):
        if len(word) - length < MIN_STEM or word[length - 1] not in PREFIX_LETTERS:
            break
        variant = word[length:]
        if variant not in STOP_WORDS:
            variants.append(variant)
    return tuple(variants)
