"""Arabic: normalisation and Lucene's light stemmer (Larkey's Light10), written out in Python so
that the embedded engines and Elasticsearch (`arabic_normalization` + `arabic_stem`) index the
same terms.

Snowball's Arabic stemmer is not used: it keeps combined prefixes (والرقابة → والرقاب) and stems
a plural and its singular apart (منصات → منصا, منصة → منص); Light10 joins both.
"""

import re

# Harakat, Quranic marks, superscript alef and tatweel: removed.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})

# Compared after normalisation, so the list is normalised too (إلى → الي).
STOP_WORDS = frozenset(
    word.translate(_LETTERS)
    for word in """
    في من على إلى عن مع ان أن إن او أو ثم قد لا ما لم لن كل بين عند حتى هو هي هم هن انا نحن انت انتم
    هذا هذه ذلك تلك هولاء الذي التي الذين اللذين اللتين اللواتي كان كانت يكون تكون ليس لكن بل
    اذا اذ كما مثل غير بعد قبل حيث منذ ضد عبر خلال لدي لدى أي التى ام وقد وفي وعلي ومن
    وهو وهي وان ولا ولم فقد فان كانوا أيضا انه انها به بها له لها لهم فيه فيها منه منها عليه
    عليها اليه اليها عنه عنها
    """.split()
)

# Lucene's ArabicStemmer, in its order: one prefix at most, then each suffix at most once.
PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "يه", "ه", "ه", "ي")


def display(word: str) -> str:
    return _MARKS.sub("", word)


def normalize(word: str) -> str:
    word = display(word).translate(_LETTERS)
    return "" if word in STOP_WORDS else word


def stem(word: str) -> str:
    for prefix in PREFIXES:
        # A single-letter prefix only comes off words of four letters or more; every prefix
        # must leave at least two letters.
        if len(prefix) == 1 and len(word) < 4:
            continue
        if len(word) >= len(prefix) + 2 and word.startswith(prefix):
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if len(word) >= len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def terms(word: str) -> tuple[str, ...]:
    word = normalize(word)
    return (stem(word),) if word else ()
