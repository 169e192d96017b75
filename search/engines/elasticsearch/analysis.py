"""The analysis of each language's Elasticsearch index. Each language's chain is its module in
search.analysis, built from that module's own constants and from the same character table, so
that the two cannot drift apart (a test runs these declarations in Lucene against
search.analysis)."""

from dataclasses import dataclass

from elasticsearch.dsl import analyzer, char_filter, token_filter, tokenizer

from search.analysis import arabic, english, hebrew
from search.analysis.characters import WORD_PATTERN, character_table


@dataclass(frozen=True)
class LanguageChain:
    """A language's token filters in parts, in order: those that give a token its display form
    (`search.analysis.vocabulary_word`: what suggestions show), the stop filter (on the display
    form), those that normalise it (which give the word's own term: the exact fields), and
    `variants`, which follow them for the word's own term and its variants at one position (the
    variants sub-fields; see `search.analysis`)."""

    display: tuple
    stop: object
    normalise: tuple
    variants: tuple


EDGE_NGRAM = token_filter("autocomplete_edge_ngram", type="edge_ngram", min_gram=2, max_gram=20)
# Porter stems a lone "s" to nothing: no term is ever empty.
NO_EMPTY_TERM = token_filter("no_empty_term", type="length", min=1)


def utf16_escapes(text: str) -> str:
    """Every UTF-16 code unit as a \\uXXXX escape, which the `mapping` char filter reads."""
    units = text.encode("utf-16-be")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def character_folds() -> object:
    """The character table's folds, as Elasticsearch's `mapping` char filter: Lucene's
    MappingCharFilter keeps offsets in the original text, so `_source` keeps the text as
    written and highlights mark it."""
    return char_filter(
        "hub_characters",
        type="mapping",
        mappings=[
            f"{utf16_escapes(character)} => {utf16_escapes(folded)}".rstrip()
            for character, folded in character_table().folds.items()
        ],
    )


def word_tokenizer() -> object:
    """The character table's word rule, as Elasticsearch's `pattern` tokenizer (group 0: each
    match is a token)."""
    return tokenizer("hub_words", type="pattern", pattern=WORD_PATTERN, group=0)


def english_chain() -> LanguageChain:
    porter = token_filter("english_porter", type="snowball", language="Porter")
    singular = token_filter("english_singular", type="stemmer", language="minimal_english")
    return LanguageChain(
        display=(
            token_filter(
                "english_possessive_stemmer", type="stemmer", language="possessive_english"
            ),
            token_filter(
                "english_apostrophes", type="pattern_replace", pattern="'", replacement=""
            ),
        ),
        stop=token_filter("english_stop", type="stop", stopwords=sorted(english.STOP_WORDS)),
        normalise=(),
        # The word (kept by keyword_repeat), its stem, its singular, the singular's stem.
        variants=("keyword_repeat", singular, "keyword_repeat", porter, "remove_duplicates"),
    )


def arabic_chain() -> LanguageChain:
    return LanguageChain(
        display=(),
        stop=token_filter("arabic_stop", type="stop", stopwords=sorted(arabic.STOP_WORDS)),
        normalise=("arabic_normalization",),
        # The word and the word without its proclitic, article or و, each kept and stemmed.
        variants=(
            token_filter(
                "arabic_proclitics",
                type="pattern_capture",
                preserve_original=True,
                patterns=[pattern.pattern for pattern in arabic.PATTERNS],
            ),
            "keyword_repeat",
            "arabic_stem",
            "remove_duplicates",
        ),
    )


def hebrew_prefix_patterns() -> list[str]:
    """One pattern per prefix length, each capturing the word without a prefix sequence of that
    length that Hebrew grammar allows, as `search.analysis.hebrew.terms` does."""
    return [
        f"^(?:{'|'.join(sequences)})(.{{{hebrew.MIN_STEM},}})$"
        for sequences in hebrew.PREFIXES.values()
    ]


def hebrew_chain() -> LanguageChain:
    stop = token_filter("hebrew_stop", type="stop", stopwords=sorted(hebrew.STOP_WORDS))
    return LanguageChain(
        display=(
            token_filter(
                "hebrew_inner_quotes",
                type="pattern_replace",
                pattern=hebrew.INNER_QUOTES.pattern,
                replacement="",
            ),
        ),
        stop=stop,
        normalise=(),
        variants=(
            token_filter(
                "hebrew_prefixes",
                type="pattern_capture",
                preserve_original=True,
                patterns=hebrew_prefix_patterns(),
            ),
            # A word without its prefixes that is a stop word is not indexed either.
            stop,
        ),
    )


LANGUAGE_CHAINS = {"en": english_chain, "ar": arabic_chain, "he": hebrew_chain}


def language_analyzers(language: str) -> dict:
    """The five analysers of a language's index: `text` (each word's own term, for search),
    `variants` (each word's own term and its variants, for the variants sub-fields),
    `words` (display forms without stop words: the vocabulary "did you mean" corrects from),
    `autocomplete` (normalised words cut into edge n-grams) and `prefix` (what the reader types
    into autocomplete: normalised but not stop-filtered, so "the" still begins "theory")."""
    chain = LANGUAGE_CHAINS[language]()
    characters = character_folds()
    words = word_tokenizer()

    def build(name, filters):
        return analyzer(
            f"{language}_{name}",
            tokenizer=words,
            char_filter=[characters],
            filter=[*filters, NO_EMPTY_TERM],
        )

    return {
        "text": build("text", (*chain.display, chain.stop, *chain.normalise)),
        "variants": build(
            "variants", (*chain.display, chain.stop, *chain.normalise, *chain.variants)
        ),
        "words": build("words", (*chain.display, chain.stop)),
        "autocomplete": build(
            "autocomplete", (*chain.display, chain.stop, *chain.normalise, EDGE_NGRAM)
        ),
        "prefix": build("prefix", (*chain.display, *chain.normalise)),
    }
