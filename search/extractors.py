"""Reading the text of one attached file (PDF, DOCX, ODT), in a child process with bounds the
operating system enforces. `search/extract.py` forks the child (`run_bounded`) from a server
process that has imported this module and nothing else: neither Django nor the state of the
process that asks. The child caps its own address space (RLIMIT_AS) and CPU time (RLIMIT_CPU),
and its parent kills it at the wall-clock timeout: a file that takes too long, needs too much
memory or crashes a parser costs this process only.

Office files are read without being unpacked whole: a member that would unpack beyond a size
or a ratio to its compressed size is refused, from its recorded sizes before reading and again
from the bytes actually unpacked, and its XML is parsed as it streams, until enough text is
kept.
"""

import enum
import json
import re
import resource
import unicodedata
import zipfile
from dataclasses import asdict, dataclass
from xml.sax import SAXException
from xml.sax.handler import ContentHandler

from defusedxml.common import DefusedXmlException
from defusedxml.expatreader import DefusedExpatParser
from pypdf import PdfReader
from pypdf.errors import DependencyError


class Outcome(enum.StrEnum):
    """What became of a file; `ExtractedText.Outcome` (search/models.py) labels these values."""

    TEXT = "text"
    EMPTY = "empty"
    ENCRYPTED = "encrypted"
    BROKEN = "broken"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    TOO_LARGE_EXPANDED = "too_large_expanded"
    TIMED_OUT = "timed_out"
    OUT_OF_MEMORY = "out_of_memory"


@dataclass(frozen=True)
class Extraction:
    outcome: str
    text: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Limits:
    max_chars: int
    max_expanded_bytes: int
    max_ratio: int


class Refused(Exception):
    """A bound reached (or a part missing) while reading: the file's outcome is known."""

    def __init__(self, extraction: Extraction):
        super().__init__(extraction.detail)
        self.extraction = extraction


# Apache POI's zip-bomb rule: the ratio is checked only past the first 100 KiB, since a small
# member can legitimately compress very well.
RATIO_GRACE_BYTES = 100 * 1024
CHUNK_BYTES = 64 * 1024
# Office Open XML and OpenDocument use only these; other methods (bzip2, LZMA) can expand one
# small read into a huge buffer, so they are refused.
OFFICE_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
# A reader keeps at most max_chars characters; twice that is enough even once whitespace is
# collapsed, so reading stops there.
READ_CHARS_FACTOR = 2

_WORD_NAMESPACES = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    # Strict Office Open XML, which Word writes when asked to.
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
)
_ODF_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

# Invisible characters that PDF and office text carries and that would split or glue words:
# soft hyphen, bidi marks, embeddings and isolates.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
# Bidi reordering in PDFs drops the space between an Arabic or Hebrew word and a number beside
# it ("يناير2024", "הכולל1,480"); such words never contain digits, so the space is put back.
_RTL_LETTER = "\u05d0-\u05ea\u05f0-\u05f2\u0620-\u064a\u066e-\u06d3\u06d5"
_RTL_LETTER_DIGIT = re.compile(rf"(?<=[{_RTL_LETTER}])(?=\d)|(?<=\d)(?=[{_RTL_LETTER}])")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")


def extract(path: str, kind: str, limits: Limits) -> Extraction:
    """The file's text or the reason there is none. Running out of memory is left to the caller
    (MemoryError); every other failure of the file's content is an outcome."""
    try:
        return EXTRACTORS[kind](path, limits)
    except Refused as refusal:
        return refusal.extraction
    except MemoryError:
        raise
    # pypdf and the XML parser raise many kinds of error on malformed input (their own, but also
    # KeyError, ValueError, RecursionError, ...): each means this file is unreadable.
    except Exception as error:
        return Extraction(Outcome.BROKEN, detail=f"{type(error).__name__}: {error}")


def _extract_pdf(path: str, limits: Limits) -> Extraction:
    reader = PdfReader(path)
    if reader.is_encrypted:
        # Many PDFs are encrypted only to restrict printing or copying, with an empty password
        # for reading.
        try:
            decrypted = reader.decrypt("")
        except (DependencyError, NotImplementedError) as error:
            return Extraction(Outcome.ENCRYPTED, detail=str(error))
        if not decrypted:
            return Extraction(Outcome.ENCRYPTED, detail="a password is needed to read it")
    page_texts = []
    unreadable_pages = 0
    length = 0
    for page in reader.pages:
        try:
            page_text = page.extract_text()
        except MemoryError:
            raise
        # A damaged page costs its own text only (see `extract` for why this is broad).
        except Exception:
            unreadable_pages += 1
            continue
        page_texts.append(page_text)
        length += len(page_text)
        if length > READ_CHARS_FACTOR * limits.max_chars:
            break
    page_count = len(reader.pages)
    return _text_outcome(
        "\n".join(page_texts),
        limits,
        empty_detail=f"{page_count} pages without a text layer (scanned?)",
        detail=f"{unreadable_pages} of {page_count} pages unreadable" if unreadable_pages else "",
    )


def _extract_docx(path: str, limits: Limits) -> Extraction:
    tags = {kind: set() for kind in ("paragraph", "text", "space")}
    for namespace in _WORD_NAMESPACES:
        tags["paragraph"].add((namespace, "p"))
        tags["text"].add((namespace, "t"))
        tags["space"].update((namespace, name) for name in ("tab", "br", "cr"))
    collector = _ParagraphCollector(
        tags["paragraph"], tags["space"], limits, only_text_of=tags["text"]
    )
    return _office_text(path, "word/document.xml", collector, limits)


def _extract_odt(path: str, limits: Limits) -> Extraction:
    paragraphs = {(_ODF_TEXT, "p"), (_ODF_TEXT, "h")}
    spaces = {(_ODF_TEXT, name) for name in ("s", "tab", "line-break")}
    collector = _ParagraphCollector(paragraphs, spaces, limits)
    return _office_text(path, "content.xml", collector, limits)


EXTRACTORS = {"pdf": _extract_pdf, "docx": _extract_docx, "odt": _extract_odt}


def _office_text(path, member_name, collector, limits) -> Extraction:
    """Streams the XML member through the collector: DTDs and entities are refused
    (defusedxml), and no more of the member is unpacked than the text kept needs."""
    parser = DefusedExpatParser(namespaceHandling=1, forbid_dtd=True)
    parser.setContentHandler(collector)
    with zipfile.ZipFile(path) as archive:
        try:
            for chunk in member_chunks(archive, member_name, limits):
                parser.feed(chunk)
                if collector.has_enough:
                    break
            else:
                parser.close()
        except (SAXException, DefusedXmlException) as error:
            return Extraction(Outcome.BROKEN, detail=f"{type(error).__name__}: {error}")
    return _text_outcome(collector.text(), limits, empty_detail="no text")


def member_chunks(archive: zipfile.ZipFile, member_name: str, limits: Limits):
    """The unpacked bytes of an archive member, a chunk at a time. Raises Refused when the
    member is missing, compressed in a way office files are not, or would unpack beyond the
    size or ratio limit: checked from its recorded sizes before anything is unpacked, and
    again from the bytes unpacked (recorded sizes can lie)."""
    try:
        member = archive.getinfo(member_name)
    except KeyError:
        raise Refused(
            Extraction(Outcome.BROKEN, detail=f"the archive has no {member_name}")
        ) from None
    if member.compress_type not in OFFICE_COMPRESSION:
        raise Refused(
            Extraction(
                Outcome.BROKEN,
                detail=f"{member_name} uses compression method {member.compress_type}, "
                "which office files do not use",
            )
        )
    _check_expansion(member, member.file_size, limits)
    unpacked = 0
    with archive.open(member) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            unpacked += len(chunk)
            _check_expansion(member, unpacked, limits)
            yield chunk


def _check_expansion(member: zipfile.ZipInfo, size: int, limits: Limits) -> None:
    if size > limits.max_expanded_bytes:
        raise Refused(
            Extraction(
                Outcome.TOO_LARGE_EXPANDED,
                detail=f"{member.filename} unpacks to {size} bytes or more; "
                f"the limit is {limits.max_expanded_bytes}",
            )
        )
    compressed = max(member.compress_size, 1)
    if size > RATIO_GRACE_BYTES and size > limits.max_ratio * compressed:
        raise Refused(
            Extraction(
                Outcome.TOO_LARGE_EXPANDED,
                detail=f"{member.filename} unpacks to {size} bytes or more from {compressed} "
                f"({size // compressed}:1); the limit is {limits.max_ratio}:1",
            )
        )


class _ParagraphCollector(ContentHandler):
    """The text of each paragraph element, in document order, as the parser streams.
    `only_text_of` limits the text to those elements (Word keeps field codes and the like in
    others); without it, all text inside a paragraph counts (OpenDocument). A paragraph nested
    in another (a text box, a footnote) is its own paragraph, after its parent, and not
    repeated in it. Empty paragraphs are not kept, and once more text is kept than will be
    indexed, the rest is ignored (and its reader stops feeding the parser)."""

    def __init__(self, paragraph_tags, space_tags, limits: Limits, only_text_of=None):
        super().__init__()
        self.paragraph_tags = paragraph_tags
        self.space_tags = space_tags
        self.only_text_of = only_text_of
        self.max_length = READ_CHARS_FACTOR * limits.max_chars
        self.paragraphs: list[str] = []
        self.length = 0
        # The parts of the outermost open paragraph and of those nested in it, in the order
        # they opened; `open_paragraphs` indexes the ones still open, innermost last.
        self.pending: list[list[str]] = []
        self.open_paragraphs: list[int] = []
        self.text_depth = 0

    @property
    def has_enough(self) -> bool:
        return self.length > self.max_length

    def startElementNS(self, name, qname, attrs):
        if name in self.paragraph_tags:
            self.pending.append([])
            self.open_paragraphs.append(len(self.pending) - 1)
        elif self.open_paragraphs and name in self.space_tags:
            self.pending[self.open_paragraphs[-1]].append(" ")
        if self.only_text_of is not None and name in self.only_text_of:
            self.text_depth += 1

    def endElementNS(self, name, qname):
        if self.only_text_of is not None and name in self.only_text_of:
            self.text_depth -= 1
        if name in self.paragraph_tags and self.open_paragraphs:
            self.open_paragraphs.pop()
            if not self.open_paragraphs:
                self._keep_pending()

    def characters(self, content):
        if self.has_enough:
            return
        if self.open_paragraphs and (self.only_text_of is None or self.text_depth > 0):
            self.pending[self.open_paragraphs[-1]].append(content)

    def _keep_pending(self):
        for parts in self.pending:
            paragraph = "".join(parts)
            if paragraph.strip():
                self.paragraphs.append(paragraph)
                self.length += len(paragraph)
        self.pending.clear()

    def text(self) -> str:
        return "\n".join(self.paragraphs)


def _text_outcome(raw_text: str, limits: Limits, empty_detail: str, detail: str = ""):
    text = normalise(raw_text)
    if not text:
        return Extraction(Outcome.EMPTY, detail=empty_detail)
    if len(text) > limits.max_chars:
        detail = "; ".join(filter(None, [detail, f"text cut at {limits.max_chars} characters"]))
        text = cap(text, limits.max_chars)
    return Extraction(Outcome.TEXT, text=text, detail=detail)


def normalise(text: str) -> str:
    """NFKC (PDFs with Arabic often carry presentation forms and ligatures), without invisible
    marks, one space between words, one line per non-empty line."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = _RTL_LETTER_DIGIT.sub(" ", text)
    lines = (_HORIZONTAL_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def cap(text: str, limit: int) -> str:
    """The text cut to at most `limit` characters, at a space when one is near the end so no
    word is cut in half."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:boundary] if boundary > limit * 0.9 else cut


def run_bounded(
    path: str, kind: str, limits: Limits, max_memory: int, max_cpu_seconds: int, answer
):
    """The child process's work: caps its own address space (`max_memory` MB) and CPU time,
    reads the file and sends the outcome on `answer` (a multiprocessing connection) as JSON,
    which unlike a pickle cannot make the parent run anything."""
    memory = max_memory * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # The parent kills this process at its wall-clock timeout; the CPU limit (SIGXCPU) holds
    # should the parent itself be gone.
    resource.setrlimit(resource.RLIMIT_CPU, (max_cpu_seconds, max_cpu_seconds + 1))
    try:
        extraction = extract(path, kind, limits)
    except MemoryError:
        extraction = Extraction(
            Outcome.OUT_OF_MEMORY, detail=f"reading it needs more than the {max_memory} MB allowed"
        )
    answer.send_bytes(json.dumps(asdict(extraction), ensure_ascii=False).encode())
