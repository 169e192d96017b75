"""Runs the analysers an Elasticsearch index definition declares in Debian's Lucene 8, the way
Elasticsearch 8's factories build them (`factories`), and returns every text's tokens as Lucene
emits them:

    lucene_tokens(index_definition("en")["settings"]["analysis"], "en_text", ["U.S. policy"])
    -> [[LuceneToken(term=..., start=0, end=4, position=0), ...]]

Offsets count UTF-16 code units, as Lucene does; a position is the sum of the position
increments so far, from 0 (a stop word leaves a gap, an alternative at the same position has
an increment of 0), as Elasticsearch's _analyze API reports them.

The JVM runs in a subprocess, `python -m tests.search.lucene.harness` (a JSON request on stdin,
a JSON answer on stdout), so the test process never hosts one. In it each analyser is built
once and reused for every text, and the loops over texts and tokens are composed from
java.lang.invoke method handles, so they run in Java: Python crosses into Java once per batch of
texts, not several times per token, and no Java compiler is needed.
"""

import itertools
import json
import subprocess
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tests.search.lucene.factories import AnalysisDefinitionError, Analyzer, java, resolve_analysis

MODULE = "tests.search.lucene.harness"
PROJECT_ROOT = Path(__file__).resolve().parents[3]
JAR_FOLDER = Path("/usr/share/java")
# lucene-suggest holds SuggestStopFilter (a stop filter with remove_trailing: false).
LUCENE_JARS = ("lucene-core", "lucene-analyzers-common", "lucene-suggest")
LUCENE_MAJOR_VERSION = 8
INSTALL = "apt-get install default-jre-headless liblucene8-java"


class LuceneToken(NamedTuple):
    term: str
    start: int
    end: int
    position: int


@dataclass(frozen=True)
class LuceneRequest:
    """Texts to analyse with one analyser of an index definition's `settings.analysis`."""

    analysis: dict
    analyzer: str
    texts: Sequence[str]


class LuceneUnavailable(RuntimeError):
    """Java, JPype or the Lucene jars are missing; the message says what to install."""


class LuceneHarnessError(RuntimeError):
    """The subprocess failed while analysing."""


@dataclass(frozen=True)
class LuceneRuntime:
    jvm: str
    classpath: tuple[str, ...]


def find_lucene_runtime() -> LuceneRuntime:
    """The JVM library JPype would start and Debian's Lucene 8 jars, without starting a JVM."""
    try:
        import jpype
    except ImportError as error:
        raise LuceneUnavailable("JPype1 (a dev dependency) is not installed") from error
    try:
        jvm = jpype.getDefaultJVMPath()
    except jpype.JVMNotFoundException as error:
        raise LuceneUnavailable(f"no Java runtime was found ({INSTALL})") from error
    classpath = []
    for jar in LUCENE_JARS:
        found = sorted(JAR_FOLDER.glob(f"{jar}-{LUCENE_MAJOR_VERSION}.*.jar"))
        if not found:
            raise LuceneUnavailable(
                f"{JAR_FOLDER}/{jar}-{LUCENE_MAJOR_VERSION}.*.jar is missing ({INSTALL})"
            )
        classpath.append(str(found[-1]))
    return LuceneRuntime(jvm, tuple(classpath))


def resolve_analyzer(analysis: dict, analyzer: str) -> Analyzer:
    analyzers = resolve_analysis(analysis)
    if analyzer not in analyzers:
        raise AnalysisDefinitionError(
            f"no analyzer [{analyzer}] in the definition (it has: {', '.join(sorted(analyzers))})"
        )
    return analyzers[analyzer]


def lucene_analyse(
    requests: Sequence[LuceneRequest], runtime: LuceneRuntime | None = None
) -> list[list[list[LuceneToken]]]:
    """Every request's texts' tokens, from one JVM subprocess. A definition Elasticsearch would
    refuse, or that the harness cannot run exactly, raises AnalysisDefinitionError (most of them
    before any JVM starts)."""
    for request in requests:
        resolve_analyzer(request.analysis, request.analyzer)
    runtime = runtime or find_lucene_runtime()
    payload = {
        "jvm": runtime.jvm,
        "classpath": list(runtime.classpath),
        "requests": [
            {"analysis": each.analysis, "analyzer": each.analyzer, "texts": list(each.texts)}
            for each in requests
        ],
    }
    completed = subprocess.run(
        [sys.executable, "-m", MODULE],
        input=json.dumps(payload).encode(),
        capture_output=True,
        cwd=PROJECT_ROOT,
        check=False,
    )
    if completed.returncode != 0:
        try:
            error = json.loads(completed.stdout)["error"]
        except (ValueError, KeyError, TypeError):
            raise LuceneHarnessError(
                f"the Lucene subprocess exited with {completed.returncode}:\n"
                + completed.stderr.decode(errors="replace")[-4000:]
            ) from None
        if error["kind"] == "definition":
            raise AnalysisDefinitionError(error["message"])
        raise LuceneHarnessError(error["message"])
    answer = json.loads(completed.stdout)
    return [tokens_per_text(result) for result in answer["results"]]


def lucene_tokens(analysis: dict, analyzer: str, texts: Sequence[str]) -> list[list[LuceneToken]]:
    """Each text's tokens from one analyser."""
    return lucene_analyse([LuceneRequest(analysis, analyzer, texts)])[0]


@dataclass(frozen=True)
class LuceneHarness:
    """The harness bound to a runtime found once (what the `lucene` fixture gives tests)."""

    runtime: LuceneRuntime

    def analyse(self, requests: Sequence[LuceneRequest]) -> list[list[list[LuceneToken]]]:
        return lucene_analyse(requests, self.runtime)

    def tokens(
        self, analysis: dict, analyzer: str, texts: Sequence[str]
    ) -> list[list[LuceneToken]]:
        return self.analyse([LuceneRequest(analysis, analyzer, texts)])[0]


def tokens_per_text(result: dict) -> list[list[LuceneToken]]:
    tokens = list(
        map(LuceneToken, result["terms"], result["starts"], result["ends"], result["positions"])
    )
    bounds = itertools.accumulate(result["token_counts"], initial=0)
    return [tokens[start:end] for start, end in itertools.pairwise(bounds)]


# --- In the subprocess, with the JVM -------------------------------------------------------


def java_error(error) -> str:
    return f"{error.getClass().getName()}: {error.getMessage()}"


class MethodHandleKit:
    """The few java.lang.invoke operations the loops are composed of. Types are Java classes
    or their names."""

    def __init__(self):
        self.handles = java("java.lang.invoke.MethodHandles")
        self.method_type = java("java.lang.invoke.MethodType")
        self.lookup = self.handles.publicLookup()
        self.void = java("java.lang.Void").TYPE
        self.int = java("java.lang.Integer").TYPE
        self.boolean = java("java.lang.Boolean").TYPE

    def type_of(self, java_type):
        return java(java_type).class_ if isinstance(java_type, str) else java_type

    def signature(self, returns, parameters):
        return self.method_type.methodType(
            self.type_of(returns), [self.type_of(each) for each in parameters]
        )

    def virtual(self, receiver, class_name: str, method: str, returns, *parameters):
        """`receiver.method(...)`, as a handle taking the method's parameters."""
        handle = self.lookup.findVirtual(
            self.type_of(class_name), method, self.signature(returns, parameters)
        )
        return handle.bindTo(receiver)

    def constructor(self, class_name: str, *parameters, returns=None):
        """`new class_name(...)`, typed as returning `returns` (default: the class itself)."""
        handle = self.lookup.findConstructor(
            self.type_of(class_name), self.signature(self.void, parameters)
        )
        return handle.asType(self.signature(returns or class_name, parameters))

    def reader_wrapper(self, class_name: str, leading: list):
        """(Reader)Reader: `new class_name(*leading values, reader)`."""
        reader = "java.io.Reader"
        types = [java_type for java_type, _ in leading]
        constructor = self.constructor(class_name, *types, reader, returns=reader)
        return self.handles.insertArguments(constructor, 0, *[value for _, value in leading])

    def write_int(self, output, value_handle):
        """()void: output.writeInt(value_handle())."""
        write = self.virtual(output, "java.io.DataOutputStream", "writeInt", self.void, self.int)
        return self.handles.collectArguments(write, 0, value_handle)

    def sequence(self, *steps):
        """()void: each ()X step in turn, results dropped."""
        body = self.handles.dropReturn(steps[-1])
        for step in reversed(steps[:-1]):
            body = self.handles.foldArguments(body, self.handles.dropReturn(step))
        return body


TOKEN_STREAM = "org.apache.lucene.analysis.TokenStream"
ATTRIBUTES = "org.apache.lucene.analysis.tokenattributes."


class JavaAnalyzer:
    """One analyser's Lucene chain, built once and reused for every text (as Lucene's Analyzer
    reuses its components), and `run_texts`: (Iterable<String>)void, which analyses each text
    into three buffers: the terms, one after another; four ints per token (the term's length in
    UTF-16 units, start, end, position increment); after each text, the size of the ints so far.
    """

    def __init__(self, analyzer: Analyzer, kit: MethodHandleKit):
        self.name = analyzer.name
        self.kit = kit
        self.terms = java("java.lang.StringBuilder")()
        self.numbers_bytes = java("java.io.ByteArrayOutputStream")()
        self.numbers = java("java.io.DataOutputStream")(self.numbers_bytes)
        self.text_ends_bytes = java("java.io.ByteArrayOutputStream")()
        self.text_ends = java("java.io.DataOutputStream")(self.text_ends_bytes)

        reader_chain = self.reader_chain(analyzer)
        tokenizer = self.build(analyzer.tokenizer)
        stream = tokenizer
        for token_filter in analyzer.filters:
            stream = self.build(token_filter, stream)
        set_reader = kit.virtual(
            tokenizer,
            "org.apache.lucene.analysis.Tokenizer",
            "setReader",
            kit.void,
            "java.io.Reader",
        )
        open_text = kit.handles.filterArguments(set_reader, 0, reader_chain)
        analyse_text = kit.sequence(
            kit.virtual(stream, TOKEN_STREAM, "reset", kit.void),
            self.token_loop(stream),
            kit.virtual(stream, TOKEN_STREAM, "end", kit.void),
            kit.virtual(stream, TOKEN_STREAM, "close", kit.void),
            kit.write_int(
                self.text_ends,
                kit.virtual(self.numbers, "java.io.DataOutputStream", "size", kit.int),
            ),
        )
        one_text = kit.handles.foldArguments(
            kit.handles.dropArguments(analyse_text, 0, [kit.type_of("java.lang.String")]),
            open_text,
        )
        self.run_texts = kit.handles.iteratedLoop(None, None, one_text)

    def reader_chain(self, analyzer: Analyzer):
        """(String)Reader: the text's reader wrapped by each char filter in the order the
        analyser lists them, new for each text (a CharFilter cannot be reset)."""
        kit = self.kit
        chain = kit.constructor(
            "java.io.StringReader", "java.lang.String", returns="java.io.Reader"
        )
        for char_filter in analyzer.char_filters:
            class_name, leading = self.build(char_filter)
            chain = kit.handles.filterReturnValue(chain, kit.reader_wrapper(class_name, leading))
        return chain

    def token_loop(self, stream):
        """()void: while stream.incrementToken(), record the token in the buffers."""
        kit = self.kit
        term = stream.addAttribute(java(ATTRIBUTES + "CharTermAttribute").class_)
        offset = stream.addAttribute(java(ATTRIBUTES + "OffsetAttribute").class_)
        increment = stream.addAttribute(java(ATTRIBUTES + "PositionIncrementAttribute").class_)
        sequence, builder = "java.lang.CharSequence", "java.lang.StringBuilder"
        offsets = ATTRIBUTES + "OffsetAttribute"
        one_token = kit.sequence(
            kit.virtual(self.terms, builder, "append", builder, sequence).bindTo(term),
            kit.write_int(self.numbers, kit.virtual(term, sequence, "length", kit.int)),
            kit.write_int(self.numbers, kit.virtual(offset, offsets, "startOffset", kit.int)),
            kit.write_int(self.numbers, kit.virtual(offset, offsets, "endOffset", kit.int)),
            kit.write_int(
                self.numbers,
                kit.virtual(
                    increment,
                    ATTRIBUTES + "PositionIncrementAttribute",
                    "getPositionIncrement",
                    kit.int,
                ),
            ),
        )
        next_token = kit.virtual(stream, TOKEN_STREAM, "incrementToken", kit.boolean)
        return kit.handles.whileLoop(None, next_token, one_token)

    def build(self, component, *arguments):
        """A component's Lucene object; what Lucene or Java refuses here, Elasticsearch would
        refuse when creating the index."""
        import jpype

        try:
            return component.create(*arguments)
        except jpype.JException as error:
            raise AnalysisDefinitionError(
                f"analyzer [{self.name}], {component.kind} [{component.name}] "
                f"(type {component.type}, {component.lucene_class}): {java_error(error)}"
            ) from None

    def analyse(self, texts: list[str]) -> dict:
        import jpype

        self.terms.setLength(0)
        self.numbers_bytes.reset()
        self.text_ends_bytes.reset()
        java_texts = java("java.util.Arrays").asList(jpype.JArray(jpype.JString)(texts))
        try:
            self.run_texts.invokeWithArguments([java_texts])
        except jpype.JException as error:
            raise LuceneHarnessError(
                f"analyzer [{self.name}] failed: {java_error(error)}"
            ) from None
        return self.columns()

    def columns(self) -> dict:
        """The buffers as JSON-ready columns (terms, starts, ends, positions, tokens per text)."""
        charset = java("java.nio.charset.StandardCharsets").UTF_16LE
        term_bytes = bytes(self.terms.toString().getBytes(charset))
        numbers = ints(bytes(self.numbers_bytes.toByteArray()))
        lengths, starts, ends, increments = (numbers[i::4] for i in range(4))
        text_ends = [size // 16 for size in ints(bytes(self.text_ends_bytes.toByteArray()))]
        token_counts = [end - start for start, end in itertools.pairwise([0, *text_ends])]

        all_terms = term_bytes.decode("utf-16-le", "surrogatepass")
        if len(all_terms) * 2 == len(term_bytes):
            # No surrogate pairs: UTF-16 lengths are string lengths.
            cuts = list(itertools.accumulate(lengths, initial=0))
            terms = [all_terms[a:b] for a, b in itertools.pairwise(cuts)]
        else:
            cuts = list(itertools.accumulate((2 * n for n in lengths), initial=0))
            terms = [
                term_bytes[a:b].decode("utf-16-le", "surrogatepass")
                for a, b in itertools.pairwise(cuts)
            ]
        # A position is the sum of the increments so far within its text, from 0: the running
        # sum over every token, less the sum before the text's first token.
        totals = list(itertools.accumulate(increments))
        first_tokens = [0, *itertools.accumulate(token_counts)][:-1]
        before_each_text = [totals[first - 1] if first else 0 for first in first_tokens]
        before_each_token = itertools.chain.from_iterable(
            itertools.repeat(before, count)
            for before, count in zip(before_each_text, token_counts, strict=True)
        )
        positions = [
            total - before - 1 for total, before in zip(totals, before_each_token, strict=True)
        ]
        return {
            "terms": terms,
            "starts": starts.tolist(),
            "ends": ends.tolist(),
            "positions": positions,
            "token_counts": token_counts,
        }


def ints(data: bytes) -> array:
    """Java's DataOutputStream ints (big-endian)."""
    numbers = array("i")
    numbers.frombytes(data)
    if sys.byteorder == "little":
        numbers.byteswap()
    return numbers


def run_in_jvm(payload: dict) -> dict:
    import jpype

    jpype.startJVM(payload["jvm"], classpath=payload["classpath"], convertStrings=False)
    version = java("org.apache.lucene.util.Version").LATEST
    if version.major != LUCENE_MAJOR_VERSION:
        raise LuceneHarnessError(f"Lucene {version} is not Lucene {LUCENE_MAJOR_VERSION}")
    kit = MethodHandleKit()
    # Each definition is resolved once, so the analysers of one index share what their
    # components prepare (a mapping char filter's map).
    definitions = {}
    results = []
    for request in payload["requests"]:
        key = json.dumps(request["analysis"], sort_keys=True)
        if key not in definitions:
            definitions[key] = resolve_analysis(request["analysis"])
        analyzer = definitions[key].get(request["analyzer"])
        if analyzer is None:
            raise AnalysisDefinitionError(f"no analyzer [{request['analyzer']}] in the definition")
        results.append(JavaAnalyzer(analyzer, kit).analyse(request["texts"]))
    return {"results": results}


def main() -> int:
    payload = json.load(sys.stdin)
    try:
        answer = run_in_jvm(payload)
    except AnalysisDefinitionError as error:
        answer, status = {"error": {"kind": "definition", "message": str(error)}}, 1
    except LuceneHarnessError as error:
        answer, status = {"error": {"kind": "lucene", "message": str(error)}}, 1
    else:
        status = 0
    # json.dumps, not json.dump: only the one-shot encoder is the C one.
    sys.stdout.write(json.dumps(answer))
    return status


if __name__ == "__main__":
    sys.exit(main())
