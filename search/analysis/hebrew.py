"""Hebrew: a geresh or gershayim inside a word removed (צה"ל is צהל), a final geresh kept (מס'
is not מס, "tax"), stop words dropped, and the single-letter prefixes (ו ה ב כ ל מ ש, up to three)
handled by indexing each word also without them, as variants: ספרייה then finds לספרייה and
והספרייה, and a query with a prefix finds the bare word. Only the sequences Hebrew grammar
allows come off (PREFIX_GRAMMAR: ו first, then ש or כש, then one of ב כ ל מ, or ה last, alone
or after מ): והמעקב is ו + ה + מעקב, never והמ + עקב, and הודעה is never הו + דעה. Those letters
are still as often the word's own (מספר is not מ + ספר), so a variant only ever matches in the
low-weighted variants field (see `search.analysis`): a word found as itself always ranks above
one found through a prefix. The character table has removed niqqud and made every geresh an
apostrophe and every gershayim a double quote.

No Hebrew stemmer is well kept enough to depend on; Elasticsearch does the same with
`pattern_replace`, `stop` and `pattern_capture` filters (see `search.engines.elasticsearch`).
"""

import itertools
import re

# A quote followed by anything is inside the word (the word rule never starts a word with one).
INNER_QUOTES = re.compile("['\"](?=.)")
PREFIX_LETTERS = "והבכלמש"
MAX_PREFIX = 3
# The prefix sequences Hebrew writes before a word. ב כ ל swallow the article in unpointed
# writing (בבית, not בהבית), so ה follows only מ (מהבית) or stands after ו and ש (והבית, שהבית).
PREFIX_GRAMMAR = re.compile("ו?(?:כ?ש)?(?:[בכל]|מ?ה|מ)?")
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


def prefix_sequences() -> dict[int, tuple[str, ...]]:
    """Every prefix sequence PREFIX_GRAMMAR allows, by length (1 to MAX_PREFIX)."""
    sequences = {length: [] for length in range(1, MAX_PREFIX + 1)}
    for sequence in itertools.chain.from_iterable(
        itertools.product(PREFIX_LETTERS, repeat=length) for length in sequences
    ):
        text = "".join(sequence)
        if PREFIX_GRAMMAR.fullmatch(text):
            sequences[len(text)].append(text)
    return {length: tuple(sorted(found)) for length, found in sequences.items()}


PREFIXES = prefix_sequences()


def terms(token: str) -> tuple[str, ...]:
    """The word, then the word without each prefix sequence it begins with, shortest first (the
    order of Elasticsearch's pattern_capture, one pattern per length)."""
    word = display(token)
    if word in STOP_WORDS:
        return ()
    variants = [word]
    for length, sequences in PREFIXES.items():
        if len(word) - length < MIN_STEM:
            break
        if word[:length] in sequences:
            variant = word[length:]
            if variant not in STOP_WORDS:
                variants.append(variant)
    return tuple(variants)


def key_term(word_terms: tuple[str, ...]) -> str:
    """The word without every leading prefix letter (up to three, leaving three), grammar or
    not: לספרייה, הספרייה and ספרייה all give ספרייה, and so do הביומטרי and ביומטרי, whose ב
    a reader cannot tell from a prefix. Coarser than the variants, since a promotion's key must
    be one term."""
    word = word_terms[0]
    for _letter in range(MAX_PREFIX):
        if len(word) - 1 < MIN_STEM or word[0] not in PREFIX_LETTERS:
            break
        word = word[1:]
    return word
