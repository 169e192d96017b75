"""Arabic: Lucene's stop words, its normaliser and its light stemmer (Larkey's Light10), written
out in Python so that every engine indexes the same terms as Elasticsearch's `stop`,
`arabic_normalization` and `arabic_stem` filters.

Stop words are compared with the word as written, before أ إ آ → ا, ى → ي and ة → ه, as
Lucene's Arabic analyser does: على is a stop word, the name علي is not. The list is Lucene's
(`lucene_arabic_stop_words.txt`, Elasticsearch's `_arabic_`) and a few of our own, each in the
spellings readers write it with (with and without hamza).

Snowball's Arabic stemmer is not used: it keeps combined prefixes (والرقابة → والرقاب) and stems
a plural and its singular apart (منصات → منصا, منصة → منص); Light10 joins both.

A word's own term is the word itself, normalised (لبنان); its variants are its Light10 stem
(لبن) and, for a word beginning with a single-letter proclitic, the word without it and that
remainder's stem. Light10 takes too much off some words (لبنان/لبن, Lebanon/yoghurt, is one stem),
so a publication with the word itself ranks above one that only shares its stem (see
`search.analysis`), and every inflection is still found through the stem.

Light10 leaves the single-letter proclitics ب ف ك ل on a word without the article (بحقوق,
فمنصات, كتقرير, ولحماية). Those letters are as often the word's own first letter (بحث, فكر, كتب,
لبنان), so the word without them is only ever a variant, never the word. So is the word without
the article or و (ARTICLE, CONJUNCTION).
Elasticsearch declares the same chain: `stop`, `arabic_normalization`, then for the variants a
`pattern_capture` filter of PATTERNS, `keyword_repeat`, `arabic_stem` and `remove_duplicates`.
"""

import re
from pathlib import Path

from search.analysis.characters import utf16_units

# The character table has removed harakat and tatweel; Lucene's normaliser folds the rest.
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def _lucene_stop_words() -> list[str]:
    path = Path(__file__).with_name("lucene_arabic_stop_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


# Ours, beside Lucene's: pronouns, relatives and particles common in reports. Not أم/ام
# (mother), فقد (lost), وعلي (and Ali).
OUR_STOP_WORDS = """
هم هن انا أنا نحن انتم أنتم هولاء هؤلاء اللذين اللتين اللواتي ليس بل اذ إذ مثل ضد عبر وقد
كانوا لهم اليه إليه اليها إليها عنه عنها
""".split()

STOP_WORDS = frozenset(_lucene_stop_words() + OUR_STOP_WORDS)

# Lucene's ArabicStemmer, in its order: one prefix at most, then each suffix at most once.
PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


# A proclitic and at least three letters after it (a shorter remainder is rarely the word:
# بحث is not ب + حث). و may come first. The article is Light10's: بال كال فال come off there,
# so ب ف ك before ال are left alone, except after و (وبالحقوق), which Light10 stops at; لل is
# Light10's too, except after و (وللمراقبة).
PROCLITIC = re.compile("^(?:ولل|و[بفك]ال|و?[بفك](?!ال)|و?ل(?!ل))(.{3,})$")
# Light10's prefixes, each also a variant on its own, so that the word without them is found as
# a word: بطاقة in البطاقة and لبنان in ولبنان, not only their stems (Light10's suffixes take too
# much off some words: لبنان and لبن are one stem).
ARTICLE = re.compile("^(?:ال|وال|بال|كال|فال|لل)(.{2,})$")
CONJUNCTION = re.compile("^و(.{3,})$")
# In the order of Elasticsearch's pattern_capture filter, which emits its captures by where
# they start, then in the order of its patterns.
PATTERNS = (PROCLITIC, ARTICLE, CONJUNCTION)


def vocabulary(token: str) -> str:
    """The token as suggestions show it (letters as written), empty for a stop word."""
    return "" if token in STOP_WORDS else token


def normalize(token: str) -> str:
    return token.translate(_LETTERS)


def stem(word: str) -> str:
    for prefix in PREFIXES:
        # A single-letter prefix only comes off words of four letters or more; every prefix
        # must leave at least two letters.
        if len(prefix) == 1 and utf16_units(word) < 4:
            continue
        if utf16_units(word) >= len(prefix) + 2 and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if utf16_units(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def terms(token: str) -> tuple[str, ...]:
    """The word's own term (the word, normalised), its stem, then, for a word beginning with a
    proclitic, the article or و, what follows each and its stem: each once, in the order
    Elasticsearch's pattern_capture and keyword_repeat filters give them."""
    if token in STOP_WORDS:
        return ()
    word = normalize(token)
    captures = sorted(
        (match.start(1), index, match.group(1))
        for index, pattern in enumerate(PATTERNS)
        if (match := pattern.match(word))
    )
    found = []
    for form in (word, *(capture for _start, _index, capture in captures)):
        for term in (form, stem(form)):
            if term not in found:
                found.append(term)
    return tuple(found)


def key_term(word_terms: tuple[str, ...]) -> str:
    """The stem of the word itself: a proclitic-less variant (يومتر of بيومترية) would part a
    word from itself with the article (البيومترية gives only بيومتر)."""
    return stem(word_terms[0])
