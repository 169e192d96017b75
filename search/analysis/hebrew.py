"""Hebrew: a geresh or gershayim inside a word removed (צה"ל is צהל), a final geresh kept (מס'
is not מס, "tax"), stop words dropped, and the single-letter prefixes (ו ה ב כ ל מ ש, alone or
combined, up to three) handled by indexing each word also without them, as variants: ספרייה
then finds לספרייה and והספרייה, and a query with a prefix finds the bare word. Those letters
are as often the word's own (מעקב is not מ + עקב, nor מספר מ + ספר), so a variant only ever
matches in the low-weighted variants field (see `search.analysis`): a word found as itself
always ranks above one found through a prefix. The character table has removed niqqud and made
every geresh an apostrophe and every gershayim a double quote.

No Hebrew stemmer is well kept enough to depend on; Elasticsearch does the same with
`pattern_replace`, `stop` and `pattern_capture` filters (see `search.engines.elasticsearch`).
"""

import re

# A quote followed by anything is inside the word (the word rule never starts a word with one).
INNER_QUOTES = re.compile("['\"](?=.)")
PREFIX_LETTERS = "והבכלמש"
MAX_PREFIX = 3
# Hebrew words are rarely shorter than three letters once prefixes are off; shorter
# remainders would join unrelated words (שלום → ום).
MIN_STEM = 3

STOP_WORDS = frozenset(
    """
    של את על עם זה זו זאת הוא היא הם הן אני אנחנו אתה אתם גם כי אם או לא כל יש אין בין אל
    מן עד אך רק כמו אשר כך כן לו לה להם בו בה בהם אותו אותה אותם שלו שלה שלהם היה היתה היו
    יהיה מה מי איך למה כאשר לפי אחרי לפני תוך עוד כבר
    """.split()
)


def display(token: str) -> str:
    return INNER_QUOTES.sub("", token)


def vocabulary(token: str) -> str:
    """The token as suggestions show it, empty for a stop word."""
    word = display(token)
    return "" if word in STOP_WORDS else word


def normalize(token: str) -> str:
    return display(token)


def terms(token: str) -> tuple[str, ...]:
    word = display(token)
    if word in STOP_WORDS:
        return ()
    variants = [word]
    for length in range(1, MAX_PREFIX + 1):
        if len(word) - length < MIN_STEM or word[length - 1] not in PREFIX_LETTERS:
            break
        variant = word[length:]
        if variant not in STOP_WORDS:
            variants.append(variant)
    return tuple(variants)


def key_term(word_terms: tuple[str, ...]) -> str:
    """The word without all its prefixes: לספרייה and ספרייה both give ספרייה."""
    return word_terms[-1]
