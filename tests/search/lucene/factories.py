"""Elasticsearch 8's analysis factories, re-read from its sources, for the component types the
harness runs: the parameters each factory reads (with Elasticsearch's own defaults and parsing)
and the Lucene class it instantiates. Anything else (a type, a parameter, a predefined word list,
a stemmer language) is refused with a message, never guessed or ignored.

Sources, github.com/elastic/elasticsearch (8.x):
  AS = server/src/main/java/org/elasticsearch/index/analysis/
  AC = modules/analysis-common/src/main/java/org/elasticsearch/analysis/common/
  plus server/.../common/settings/Settings.java (how values are read) and
  server/.../common/regex/Regex.java (regex flags).

`resolve_analysis` is pure Python: the test process validates a definition with it before any
JVM starts. A resolved component's `create` runs only inside the harness' JVM subprocess.
"""

import functools
import re
import sys
from array import array
from collections.abc import Callable
from dataclasses import dataclass

JAVA_INT_MAX = 2**31 - 1

# AS/Analysis.java NAMED_STOP_WORDS: the lists Elasticsearch knows by name. The harness loads
# the two the hub can use from Lucene (Debian's Lucene 8 jar; the tables are unchanged in 9).
SUPPORTED_STOP_LISTS = {
    "_arabic_": ("org.apache.lucene.analysis.ar.ArabicAnalyzer", "getDefaultStopSet"),
    "_english_": ("org.apache.lucene.analysis.en.EnglishAnalyzer", "getDefaultStopSet"),
}
ELASTICSEARCH_STOP_LISTS = {
    f"_{language}_"
    for language in (
        "arabic armenian basque bengali brazilian bulgarian catalan czech danish dutch english "
        "estonian finnish french galician german greek hindi hungarian indonesian irish italian "
        "latvian lithuanian norwegian persian portuguese romanian russian serbian sorani spanish "
        "swedish thai turkish"
    ).split()
}
STOP_LIST_NAME = re.compile(r"_[a-z]+_")

# Regex.flagsFromString: the names Elasticsearch accepts, and java.util.regex.Pattern's values.
JAVA_REGEX_FLAGS = {
    "CASE_INSENSITIVE": 0x02,
    "MULTILINE": 0x08,
    "DOTALL": 0x20,
    "UNICODE_CASE": 0x40,
    "CANON_EQ": 0x80,
    "UNIX_LINES": 0x01,
    "LITERAL": 0x10,
    "COMMENTS": 0x04,
    "UNICODE_CHAR_CLASS": 0x100,
    "UNICODE_CHARACTER_CLASS": 0x100,
}
JAVA_DECIMAL = re.compile(r"[+-]?[0-9]+")

# java.lang.String.trim(): every character up to U+0020 is blank to it.
JAVA_BLANKS = "".join(map(chr, range(0x21)))


class AnalysisDefinitionError(ValueError):
    """The definition asks for something Elasticsearch would refuse, or that the harness cannot
    run exactly as Elasticsearch would."""


def java(class_name: str):
    """A Lucene or JDK class, inside the harness' JVM."""
    import jpype

    return jpype.JClass(class_name)


def java_trim(text: str) -> str:
    return text.strip(JAVA_BLANKS)


def java_split_commas(text: str) -> list[str]:
    """String.split(","): trailing empty strings dropped, the others kept."""
    parts = text.split(",")
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def ascii_name(where: str, key: str, value: str) -> str:
    """A language name as the factories compare it (equalsIgnoreCase), for ASCII names; a
    non-ASCII one is refused rather than guessing Java's case folding."""
    if not value.isascii():
        raise AnalysisDefinitionError(f"{where}: {key} [{value}] is not an ASCII name")
    return value.lower()


class Params:
    """One component's settings, read as org.elasticsearch.common.settings.Settings reads them
    (JSON scalars are strings to it: 2 is "2", true is "true"). Every key read is recorded, so
    `refuse_unread` can refuse the keys a factory does not know."""

    def __init__(self, where: str, settings: dict):
        self.where = where
        self.settings = settings
        self.read = {"type"}

    def _value(self, key):
        self.read.add(key)
        value = self.settings.get(key)
        if isinstance(value, dict):
            raise AnalysisDefinitionError(f"{self.where}: {key} is an object, not a value")
        return value

    def string(self, key: str, default: str | None = None) -> str | None:
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, list):
            # Settings.get would read a list as its Java toString(), "[a, b]".
            raise AnalysisDefinitionError(f"{self.where}: {key} is a list, not a single value")
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    def integer(self, key: str, default: int) -> int:
        """Settings.getAsInt: Integer.parseInt of the value's text."""
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, str) and JAVA_DECIMAL.fullmatch(value):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise AnalysisDefinitionError(
                f"{self.where}: failed to parse int setting [{key}] with value [{value}]"
            )
        if not -(2**31) <= value <= JAVA_INT_MAX:
            raise AnalysisDefinitionError(f"{self.where}: {key} [{value}] is beyond a Java int")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        """Settings.getAsBoolean: only true or false (as JSON or as text)."""
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if value in ("true", "false"):
            return value == "true"
        raise AnalysisDefinitionError(
            f"{self.where}: failed to parse value [{value}] of [{key}] as only [true] or "
            "[false] are allowed"
        )

    def word_list(self, key: str, *, comma_delimited: bool = True) -> list[str] | None:
        """Settings.getAsList: a JSON list as it is; a single string split at commas (each part
        trimmed) unless `comma_delimited` is false; None when absent or empty."""
        value = self._value(key)
        if value is None:
            return None
        if isinstance(value, list):
            if any(isinstance(item, (list, dict)) or item is None for item in value):
                raise AnalysisDefinitionError(f"{self.where}: {key} must be a list of values")
            return [
                ("true" if item else "false") if isinstance(item, bool) else str(item)
                for item in value
            ]
        text = self.string(key)
        if comma_delimited:
            words = [java_trim(part) for part in java_split_commas(text)] if text else []
        else:
            words = [java_trim(text)]
        return words or None

    def regex_flags(self) -> int:
        """Regex.flagsFromString of `flags`: names split at "|" (not trimmed), upper-cased."""
        text = self.string("flags")
        flags = 0
        for name in (text or "").split("|"):
            if not name:
                continue
            if name.upper() not in JAVA_REGEX_FLAGS:
                raise AnalysisDefinitionError(f"{self.where}: unknown regex flag [{name.upper()}]")
            flags |= JAVA_REGEX_FLAGS[name.upper()]
        return flags

    def refuse_unread(self) -> None:
        unknown = sorted(set(self.settings) - self.read)
        if unknown:
            known = ", ".join(sorted(self.read - {"type"})) or "none"
            raise AnalysisDefinitionError(
                f"{self.where}: unknown parameter(s) {', '.join(unknown)} "
                f"(the harness reads: {known})"
            )


@dataclass(frozen=True)
class Component:
    """A char filter, tokenizer or token filter as Elasticsearch's factory would build it.
    `create`, called in the JVM: for a char filter, () -> (constructor class, leading arguments
    as (Java type, value) pairs) of a class taking the Reader last; for a tokenizer, () ->
    Tokenizer; for a token filter, (upstream TokenStream) -> TokenStream."""

    kind: str
    name: str
    type: str
    lucene_class: str
    create: Callable


def compile_pattern(regex: str, flags: int):
    """Regex.compile: java.util.regex.Pattern, in the JVM."""
    return java("java.util.regex.Pattern").compile(regex, flags)


# --- Char filters ---------------------------------------------------------------------------

MAPPING_RULE = r"(.*)\s*=>\s*(.*)\s*$"
MAPPING_SIDE_LIMIT = 256  # MappingCharFilterFactory parses each side into a char[256]


MAPPING_ESCAPES = {
    ord(escape): ord(character) for escape, character in zip("\\ntrbf", "\\\n\t\r\b\f", strict=True)
}
ASCII_HEX = re.compile(r"[0-9A-Fa-f]{4}")


def utf16(text: str) -> array:
    units = array("H", text.encode("utf-16-be", "surrogatepass"))
    if sys.byteorder == "little":
        units.byteswap()
    return units


def from_utf16(units) -> str:
    data = array("H", units)
    if sys.byteorder == "little":
        data.byteswap()
    return data.tobytes().decode("utf-16-be", "surrogatepass")


def java_string(text: str):
    """A Java String of exactly this text's UTF-16 code units: JPype converts well-formed text
    itself, lone surrogates go through UTF-16 bytes."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        import jpype

        data = text.encode("utf-16-le", "surrogatepass")
        charset = java("java.nio.charset.StandardCharsets").UTF_16LE
        return java("java.lang.String")(jpype.JArray(jpype.JByte)(data), charset)
    return text


def parse_hex(digits: list[int]) -> int:
    """(char) Integer.parseInt(digits, 16). Java also reads a sign and non-ASCII digits (Arabic-
    Indic, fullwidth): those go to Java's own parse."""
    text = from_utf16(digits)
    if ASCII_HEX.fullmatch(text):
        value = int(text, 16)
    else:
        value = int(java("java.lang.Integer").parseInt(java_string(text), 16))
    return value & 0xFFFF


def parse_mapping_side(rule: str, side: str) -> str:
    """MappingCharFilterFactory.parseString, UTF-16 unit for unit: backslash escapes \\\\ \\n
    \\t \\r \\b \\f \\uXXXX (any other escaped character stands for itself), into at most 256
    code units."""
    if "\\" not in side:
        written = utf16(side)
        if len(written) > MAPPING_SIDE_LIMIT:
            raise AnalysisDefinitionError(
                f"mapping rule [{rule}]: a side longer than {MAPPING_SIDE_LIMIT} characters "
                "makes Elasticsearch fail (ArrayIndexOutOfBoundsException)"
            )
        return side
    units = utf16(side)
    written = []
    position = 0
    while position < len(units):
        unit = units[position]
        position += 1
        if unit == ord("\\"):
            if position >= len(units):
                raise AnalysisDefinitionError(f"Invalid escaped char in [{side}]")
            unit = units[position]
            position += 1
            if unit == ord("u"):
                if position + 3 >= len(units):
                    raise AnalysisDefinitionError(f"Invalid escaped char in [{side}]")
                unit = parse_hex(units[position : position + 4])
                position += 4
            else:
                unit = MAPPING_ESCAPES.get(unit, unit)
        written.append(unit)
    if len(written) > MAPPING_SIDE_LIMIT:
        raise AnalysisDefinitionError(
            f"mapping rule [{rule}]: a side longer than {MAPPING_SIDE_LIMIT} characters makes "
            "Elasticsearch fail (ArrayIndexOutOfBoundsException)"
        )
    return from_utf16(written)


# What java.util.regex counts as a line terminator (`.` stops at them, `$` may precede one).
JAVA_LINE_TERMINATORS = re.compile("[\n\r\u0085\u2028\u2029]")


def split_mapping_rule(rule: str, java_rule_pattern) -> tuple[str, str] | None:
    """The two sides of a rule as parseRules reads them: its regex's groups, trimmed. Without a
    line terminator in the rule, `.` matches every character and `$` only the end, so the
    greedy first group ends at the last "=>" and the `\\s*` around it (blanks to String.trim()
    too) vanish in the trim: a plain split, no call into Java. A rule with a line terminator
    goes through Java's regex itself."""
    if not JAVA_LINE_TERMINATORS.search(rule):
        arrow = rule.rfind("=>")
        if arrow < 0:
            return None
        return java_trim(rule[:arrow]), java_trim(rule[arrow + 2 :])
    matcher = java_rule_pattern.matcher(java_string(rule))
    if not matcher.find():
        return None
    return java_trim(str(matcher.group(1))), java_trim(str(matcher.group(2)))


def normalize_char_map(rules: list[str]):
    """MappingCharFilterFactory.parseRules into Lucene's NormalizeCharMap, in the JVM."""
    java_rule_pattern = compile_pattern(MAPPING_RULE, 0)
    builder = java("org.apache.lucene.analysis.charfilter.NormalizeCharMap$Builder")()
    for rule in rules:
        sides = split_mapping_rule(rule, java_rule_pattern)
        if sides is None:
            raise AnalysisDefinitionError(f"Invalid Mapping Rule : [{rule}]")
        source, target = (parse_mapping_side(rule, side) for side in sides)
        builder.add(java_string(source), java_string(target))
    return builder.build()


def mapping_char_filter(params: Params):
    # AC/MappingCharFilterFactory.java; `mappings_path` (a file on the node) is not supported.
    rules = params.word_list("mappings")
    if rules is None:
        raise AnalysisDefinitionError(f"{params.where}: mapping requires `mappings`")

    # One map for every analyser (and text) that uses this char filter.
    @functools.cache
    def create():
        return (
            "org.apache.lucene.analysis.charfilter.MappingCharFilter",
            [("org.apache.lucene.analysis.charfilter.NormalizeCharMap", normalize_char_map(rules))],
        )

    return "org.apache.lucene.analysis.charfilter.MappingCharFilter", create


def pattern_replace_char_filter(params: Params):
    # AC/PatternReplaceCharFilterFactory.java: pattern required and non-empty.
    pattern = params.string("pattern")
    if not pattern:
        raise AnalysisDefinitionError(
            f"{params.where}: pattern is missing for char filter of type 'pattern_replace'"
        )
    flags = params.regex_flags()
    replacement = params.string("replacement", "")

    @functools.cache
    def create():
        return (
            "org.apache.lucene.analysis.pattern.PatternReplaceCharFilter",
            [
                ("java.util.regex.Pattern", compile_pattern(pattern, flags)),
                ("java.lang.String", replacement),
            ],
        )

    return "org.apache.lucene.analysis.pattern.PatternReplaceCharFilter", create


CHAR_FILTER_TYPES = {
    "mapping": mapping_char_filter,
    "pattern_replace": pattern_replace_char_filter,
}


# --- Tokenizers -----------------------------------------------------------------------------

DEFAULT_MAX_TOKEN_LENGTH = 255  # StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH


def standard_tokenizer(params: Params):
    # AS/StandardTokenizerFactory.java
    max_token_length = params.integer("max_token_length", DEFAULT_MAX_TOKEN_LENGTH)

    def create():
        tokenizer = java("org.apache.lucene.analysis.standard.StandardTokenizer")()
        tokenizer.setMaxTokenLength(max_token_length)
        return tokenizer

    return "org.apache.lucene.analysis.standard.StandardTokenizer", create


def pattern_tokenizer(params: Params):
    # AC/PatternTokenizerFactory.java: the pattern splits (group -1) unless a group is named.
    pattern = params.string("pattern", r"\W+")
    flags = params.regex_flags()
    group = params.integer("group", -1)

    def create():
        return java("org.apache.lucene.analysis.pattern.PatternTokenizer")(
            compile_pattern(pattern, flags), group
        )

    return "org.apache.lucene.analysis.pattern.PatternTokenizer", create


def whitespace_tokenizer(params: Params):
    # AC/WhitespaceTokenizerFactory.java
    max_token_length = params.integer("max_token_length", DEFAULT_MAX_TOKEN_LENGTH)

    def create():
        factory = java("org.apache.lucene.analysis.TokenStream").DEFAULT_TOKEN_ATTRIBUTE_FACTORY
        return java("org.apache.lucene.analysis.core.WhitespaceTokenizer")(
            factory, max_token_length
        )

    return "org.apache.lucene.analysis.core.WhitespaceTokenizer", create


def keyword_tokenizer(params: Params):
    # AC/KeywordTokenizerFactory.java
    buffer_size = params.integer("buffer_size", 256)

    def create():
        return java("org.apache.lucene.analysis.core.KeywordTokenizer")(buffer_size)

    return "org.apache.lucene.analysis.core.KeywordTokenizer", create


TOKENIZER_TYPES = {
    "standard": standard_tokenizer,
    "pattern": pattern_tokenizer,
    "whitespace": whitespace_tokenizer,
    "keyword": keyword_tokenizer,
}


# --- Token filters --------------------------------------------------------------------------

LOWERCASE_LANGUAGES = {
    "greek": "org.apache.lucene.analysis.el.GreekLowerCaseFilter",
    "irish": "org.apache.lucene.analysis.ga.IrishLowerCaseFilter",
    "turkish": "org.apache.lucene.analysis.tr.TurkishLowerCaseFilter",
}


def wrap(class_name: str, *arguments) -> tuple[str, Callable]:
    """A filter whose constructor takes the upstream stream first, then `arguments`."""
    return class_name, lambda stream: java(class_name)(stream, *arguments)


def lowercase_filter(params: Params):
    # AC/LowerCaseTokenFilterFactory.java: LowerCaseFilter, or a language's own.
    language = params.string("language")
    if language is None:
        return wrap("org.apache.lucene.analysis.LowerCaseFilter")
    name = ascii_name(params.where, "language", language)
    if name not in LOWERCASE_LANGUAGES:
        raise AnalysisDefinitionError(
            f"{params.where}: language [{language}] not support for lower case"
        )
    return wrap(LOWERCASE_LANGUAGES[name])


def decimal_digit_filter(params: Params):
    # AC/DecimalDigitFilterFactory.java
    return wrap("org.apache.lucene.analysis.core.DecimalDigitFilter")


def stop_words(params: Params) -> Callable:
    """Analysis.parseStopWords with the English default: `_none_` (as a plain string) is no
    words; a list (or comma-separated string) may name predefined lists; without `stopwords`,
    Lucene's English set, whatever ignore_case says. Returns, for the JVM, () -> CharArraySet."""
    ignore_case = params.boolean("ignore_case", False)
    words = params.word_list("stopwords")
    if params.settings.get("stopwords") == "_none_":
        return lambda: java("org.apache.lucene.analysis.CharArraySet").EMPTY_SET
    if words is None:
        return lambda: java("org.apache.lucene.analysis.en.EnglishAnalyzer").ENGLISH_STOP_WORDS_SET
    for word in words:
        if word == "_none_":
            raise AnalysisDefinitionError(
                f"{params.where}: Elasticsearch reads _none_ only as the whole value; inside a "
                "list it would be a literal stop word"
            )
        if STOP_LIST_NAME.fullmatch(word) and word not in SUPPORTED_STOP_LISTS:
            known = word in ELASTICSEARCH_STOP_LISTS
            raise AnalysisDefinitionError(
                f"{params.where}: the stop list {word} "
                + (
                    "is not one the harness loads"
                    if known
                    else "is not one Elasticsearch knows: it would be a literal stop word"
                )
            )

    def create():
        char_array_set = java("org.apache.lucene.analysis.CharArraySet")(len(words), ignore_case)
        for word in words:
            if word in SUPPORTED_STOP_LISTS:
                analyzer_class, method = SUPPORTED_STOP_LISTS[word]
                char_array_set.addAll(getattr(java(analyzer_class), method)())
            else:
                char_array_set.add(java_string(word))
        return char_array_set

    return create


def stop_filter(params: Params):
    # AS/StopTokenFilterFactory.java + AS/Analysis.java. remove_trailing false keeps a last
    # stop word (SuggestStopFilter, for search-as-you-type).
    words = stop_words(params)
    remove_trailing = params.boolean("remove_trailing", True)
    class_name = (
        "org.apache.lucene.analysis.StopFilter"
        if remove_trailing
        else "org.apache.lucene.search.suggest.analyzing.SuggestStopFilter"
    )
    return class_name, lambda stream: java(class_name)(stream, words())


# AC/StemmerTokenFilterFactory.java: the languages the harness proves, by every spelling the
# factory accepts (compared with equalsIgnoreCase).
STEMMER_LANGUAGES = {
    "english": "org.apache.lucene.analysis.en.PorterStemFilter",
    "porter": "org.apache.lucene.analysis.en.PorterStemFilter",
    "possessive_english": "org.apache.lucene.analysis.en.EnglishPossessiveFilter",
    "possessiveenglish": "org.apache.lucene.analysis.en.EnglishPossessiveFilter",
    "light_english": "org.apache.lucene.analysis.en.KStemFilter",
    "lightenglish": "org.apache.lucene.analysis.en.KStemFilter",
    "kstem": "org.apache.lucene.analysis.en.KStemFilter",
    "minimal_english": "org.apache.lucene.analysis.en.EnglishMinimalStemFilter",
    "minimalenglish": "org.apache.lucene.analysis.en.EnglishMinimalStemFilter",
    "arabic": "org.apache.lucene.analysis.ar.ArabicStemFilter",
}
SNOWBALL_ENGLISH_UNPROVEN = (
    "is Snowball English, whose Lucene 8 classes predate the regenerated ones Elasticsearch "
    "8 runs: the harness cannot prove it"
)


def stemmer_filter(params: Params):
    # StemmerTokenFilterFactory: language, else name, else porter.
    language = params.string("language", params.string("name", "porter"))
    name = ascii_name(params.where, "language", language)
    if name == "porter2":
        raise AnalysisDefinitionError(
            f"{params.where}: stemmer porter2 {SNOWBALL_ENGLISH_UNPROVEN}"
        )
    if name not in STEMMER_LANGUAGES:
        raise AnalysisDefinitionError(
            f"{params.where}: stemmer language [{language}] is not one the harness runs "
            f"({', '.join(sorted(STEMMER_LANGUAGES))})"
        )
    return wrap(STEMMER_LANGUAGES[name])


def porter_stem_filter(params: Params):
    # AC/PorterStemTokenFilterFactory.java
    return wrap("org.apache.lucene.analysis.en.PorterStemFilter")


def snowball_filter(params: Params):
    # AC/SnowballTokenFilterFactory.java: Strings.capitalize(language, else name, else English),
    # then SnowballFilter loads org.tartarus.snowball.ext.<that>Stemmer: only the first letter is
    # capitalised, the rest must already be right.
    language = params.string("language", params.string("name", "English"))
    stemmer = language[:1].upper() + language[1:]
    if stemmer == "English":
        raise AnalysisDefinitionError(
            f"{params.where}: snowball English {SNOWBALL_ENGLISH_UNPROVEN}"
        )
    if stemmer != "Porter":
        raise AnalysisDefinitionError(
            f"{params.where}: snowball language [{language}] (the class "
            f"org.tartarus.snowball.ext.{stemmer}Stemmer) is not one the harness runs: Porter"
        )
    return wrap("org.apache.lucene.analysis.snowball.SnowballFilter", "Porter")


def arabic_normalization_filter(params: Params):
    # AC/ArabicNormalizationFilterFactory.java
    return wrap("org.apache.lucene.analysis.ar.ArabicNormalizationFilter")


def arabic_stem_filter(params: Params):
    # AC/ArabicStemTokenFilterFactory.java
    return wrap("org.apache.lucene.analysis.ar.ArabicStemFilter")


def pattern_replace_filter(params: Params):
    # AC/PatternReplaceTokenFilterFactory.java: pattern required (an empty one is allowed),
    # replacement "", every match replaced unless all is false.
    pattern = params.string("pattern")
    if pattern is None:
        raise AnalysisDefinitionError(
            f"{params.where}: pattern is missing for token filter of type 'pattern_replace'"
        )
    flags = params.regex_flags()
    replacement = params.string("replacement", "")
    replace_all = params.boolean("all", True)
    class_name = "org.apache.lucene.analysis.pattern.PatternReplaceFilter"
    return class_name, lambda stream: java(class_name)(
        stream, compile_pattern(pattern, flags), replacement, replace_all
    )


def pattern_capture_filter(params: Params):
    # AC/PatternCaptureGroupTokenFilterFactory.java: a LIST of patterns (a single string is one
    # pattern: no comma splitting), compiled without flags; the original kept by default.
    patterns = params.word_list("patterns", comma_delimited=False)
    if patterns is None:
        raise AnalysisDefinitionError(f"{params.where}: required setting 'patterns' is missing")
    preserve_original = params.boolean("preserve_original", True)
    class_name = "org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter"

    def create(stream):
        import jpype

        compiled = [compile_pattern(pattern, 0) for pattern in patterns]
        return java(class_name)(
            stream, preserve_original, jpype.JArray(java("java.util.regex.Pattern"))(compiled)
        )

    return class_name, create


def length_filter(params: Params):
    # AC/LengthTokenFilterFactory.java
    minimum = params.integer("min", 0)
    maximum = params.integer("max", JAVA_INT_MAX)
    return wrap("org.apache.lucene.analysis.miscellaneous.LengthFilter", minimum, maximum)


def edge_ngram_filter(params: Params):
    # AC/EdgeNGramTokenFilterFactory.java: grams of 1 to 2 by default; side "back" (deprecated)
    # is a ReverseStringFilter before and after.
    min_gram = params.integer("min_gram", 1)
    max_gram = params.integer("max_gram", 2)
    side = params.string("side", "front")
    if side not in ("front", "back"):
        raise AnalysisDefinitionError(f"{params.where}: invalid side: {side}")
    preserve_original = params.boolean("preserve_original", False)
    class_name = "org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter"
    reverse = "org.apache.lucene.analysis.reverse.ReverseStringFilter"

    def create(stream):
        if side == "back":
            stream = java(reverse)(stream)
        stream = java(class_name)(stream, min_gram, max_gram, preserve_original)
        return java(reverse)(stream) if side == "back" else stream

    return class_name, create


FILTER_TYPES = {
    "lowercase": lowercase_filter,
    "decimal_digit": decimal_digit_filter,
    "stop": stop_filter,
    "stemmer": stemmer_filter,
    "porter_stem": porter_stem_filter,
    "snowball": snowball_filter,
    "arabic_normalization": arabic_normalization_filter,
    "arabic_stem": arabic_stem_filter,
    "pattern_replace": pattern_replace_filter,
    "pattern_capture": pattern_capture_filter,
    "length": length_filter,
    "edge_ngram": edge_ngram_filter,
}


# --- Names used without a definition ---------------------------------------------------------
# AnalysisRegistry.buildMapping: a name the definition does not define is a pre-configured
# instance when one exists (CommonAnalysisPlugin.getPreConfiguredTokenFilters/-Tokenizers,
# AnalysisModule for lowercase and standard), else a type that needs no settings with its
# defaults. Types that require settings (mapping, pattern_replace, pattern_capture) have no
# instance under their name.

PRECONFIGURED_TOKENIZERS = {
    "standard": lambda: java("org.apache.lucene.analysis.standard.StandardTokenizer")(),
    "whitespace": lambda: java("org.apache.lucene.analysis.core.WhitespaceTokenizer")(),
    "keyword": lambda: java("org.apache.lucene.analysis.core.KeywordTokenizer")(),
    "pattern": lambda: java("org.apache.lucene.analysis.pattern.PatternTokenizer")(
        compile_pattern(r"\W+", 0), -1
    ),
}
PRECONFIGURED_TOKENIZER_CLASSES = {
    "standard": "org.apache.lucene.analysis.standard.StandardTokenizer",
    "whitespace": "org.apache.lucene.analysis.core.WhitespaceTokenizer",
    "keyword": "org.apache.lucene.analysis.core.KeywordTokenizer",
    "pattern": "org.apache.lucene.analysis.pattern.PatternTokenizer",
}

PRECONFIGURED_FILTERS = {
    "lowercase": wrap("org.apache.lucene.analysis.LowerCaseFilter"),
    "decimal_digit": wrap("org.apache.lucene.analysis.core.DecimalDigitFilter"),
    "arabic_normalization": wrap("org.apache.lucene.analysis.ar.ArabicNormalizationFilter"),
    "arabic_stem": wrap("org.apache.lucene.analysis.ar.ArabicStemFilter"),
    "porter_stem": wrap("org.apache.lucene.analysis.en.PorterStemFilter"),
    # The plain name "stemmer" is Porter, whatever the type's language parameter would say.
    "stemmer": wrap("org.apache.lucene.analysis.en.PorterStemFilter"),
    "stop": (
        "org.apache.lucene.analysis.StopFilter",
        lambda stream: java("org.apache.lucene.analysis.StopFilter")(
            stream, java("org.apache.lucene.analysis.en.EnglishAnalyzer").ENGLISH_STOP_WORDS_SET
        ),
    ),
    "length": wrap("org.apache.lucene.analysis.miscellaneous.LengthFilter", 0, JAVA_INT_MAX),
    "keyword_repeat": wrap("org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter"),
    "remove_duplicates": wrap(
        "org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter"
    ),
    # Not the type's defaults (1 to 2): the pre-configured edge_ngram makes 1-grams only.
    "edge_ngram": wrap("org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter", 1),
}
# Pre-configured names the harness refuses, and why.
REFUSED_PRECONFIGURED_FILTERS = {"snowball": f"the plain name snowball {SNOWBALL_ENGLISH_UNPROVEN}"}


# --- Analysers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Analyzer:
    name: str
    char_filters: tuple[Component, ...]
    tokenizer: Component
    filters: tuple[Component, ...]


ANALYSIS_SECTIONS = ("analyzer", "tokenizer", "char_filter", "filter")
SECTION_TYPES = {
    "char_filter": CHAR_FILTER_TYPES,
    "tokenizer": TOKENIZER_TYPES,
    "filter": FILTER_TYPES,
}


def defined_component(kind: str, name: str, settings: dict) -> Component:
    where = f"{kind} [{name}]"
    if not isinstance(settings, dict):
        raise AnalysisDefinitionError(f"{where}: its definition is not an object")
    type_name = settings.get("type")
    if type_name is None:
        raise AnalysisDefinitionError(f"{where} must specify a type")
    factory = SECTION_TYPES[kind].get(type_name)
    if factory is None:
        raise AnalysisDefinitionError(
            f"{where}: type [{type_name}] is not one the harness runs "
            f"({', '.join(sorted(SECTION_TYPES[kind]))})"
        )
    params = Params(f"{where} (type {type_name})", settings)
    lucene_class, create = factory(params)
    params.refuse_unread()
    return Component(kind, name, type_name, lucene_class, create)


def preconfigured_component(kind: str, name: str, analyzer: str) -> Component:
    not_found = AnalysisDefinitionError(
        f"Custom Analyzer [{analyzer}] failed to find {kind} under name [{name}]"
    )
    if kind == "tokenizer" and name in PRECONFIGURED_TOKENIZERS:
        return Component(
            kind, name, name, PRECONFIGURED_TOKENIZER_CLASSES[name], PRECONFIGURED_TOKENIZERS[name]
        )
    if kind == "filter" and name in REFUSED_PRECONFIGURED_FILTERS:
        raise AnalysisDefinitionError(
            f"Custom Analyzer [{analyzer}]: {REFUSED_PRECONFIGURED_FILTERS[name]}"
        )
    if kind == "filter" and name in PRECONFIGURED_FILTERS:
        lucene_class, create = PRECONFIGURED_FILTERS[name]
        return Component(kind, name, name, lucene_class, create)
    raise not_found


def resolve_analysis(analysis: dict) -> dict[str, Analyzer]:
    """Every analyser of an index definition's `settings.analysis`, built from its components
    as Elasticsearch would; every defined component is checked, used or not (Elasticsearch
    builds them all when it creates the index)."""
    if not isinstance(analysis, dict):
        raise AnalysisDefinitionError("the analysis settings are not an object")
    unknown = sorted(set(analysis) - set(ANALYSIS_SECTIONS))
    if unknown:
        raise AnalysisDefinitionError(
            f"analysis section(s) {', '.join(unknown)} are not ones the harness runs "
            f"({', '.join(ANALYSIS_SECTIONS)})"
        )
    for kind in ANALYSIS_SECTIONS:
        if not isinstance(analysis.get(kind, {}), dict):
            raise AnalysisDefinitionError(f"analysis section {kind} is not an object")
    defined = {
        kind: {
            name: defined_component(kind, name, settings)
            for name, settings in analysis.get(kind, {}).items()
        }
        for kind in SECTION_TYPES
    }

    def component(kind: str, name, analyzer: str) -> Component:
        if not isinstance(name, str):
            raise AnalysisDefinitionError(
                f"Custom Analyzer [{analyzer}]: {kind} {name!r} is not a name (inline "
                "definitions exist only in the _analyze API)"
            )
        return defined[kind].get(name) or preconfigured_component(kind, name, analyzer)

    analyzers = {}
    for name, settings in analysis.get("analyzer", {}).items():
        if name.startswith("_"):
            raise AnalysisDefinitionError(f"analyzer name must not start with '_'. got \"{name}\"")
        params = Params(f"analyzer [{name}]", settings)
        type_name = params.string("type", "custom")
        if type_name != "custom":
            raise AnalysisDefinitionError(
                f"analyzer [{name}]: type [{type_name}] is not one the harness runs (custom)"
            )
        tokenizer = settings.get("tokenizer")
        params.read.add("tokenizer")
        if tokenizer is None:
            raise AnalysisDefinitionError(
                f"Custom Analyzer [{name}] must be configured with a tokenizer"
            )
        char_filters = params.word_list("char_filter") or []
        filters = params.word_list("filter") or []
        # Both only separate the values of a multi-valued field; each text the harness analyses
        # is one value, so they change nothing it reports (still parsed as Elasticsearch would).
        params.integer("position_increment_gap", 100)
        params.integer("offset_gap", -1)
        params.refuse_unread()
        analyzers[name] = Analyzer(
            name,
            tuple(component("char_filter", each, name) for each in char_filters),
            component("tokenizer", tokenizer, name),
            tuple(component("filter", each, name) for each in filters),
        )
    return analyzers
