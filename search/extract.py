"""The text of attached documents (PDF, DOCX, ODT), extracted once per file content.

Results are cached in `ExtractedText` by the SHA-1 of the file, so saving a page or rebuilding
the index reads no file twice; replacing a document's file changes its hash and so extracts
anew. Extraction is bounded: files over SEARCH_EXTRACT_MAX_BYTES are not read, archive members
are checked for size before they are decompressed, and the text is cut at
SEARCH_EXTRACT_MAX_CHARS. A file that cannot be read (broken, encrypted, scanned without a text
layer) is recorded with its outcome and logged; it never stops the page from being indexed.
"""

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree
from django.conf import settings
from pypdf import PdfReader
from pypdf.errors import DependencyError
from wagtail.utils.file import hash_filelike

from search.models import ExtractedText

logger = logging.getLogger(__name__)

Outcome = ExtractedText.Outcome

DETAIL_MAX_LENGTH = ExtractedText._meta.get_field("detail").max_length

# Outcomes that depend on the settings rather than on the file alone. A cached one is checked
# again (from the file's size and name, or an archive's directory, never decompressing), so a
# raised limit takes effect without clearing the cache.
_REFUSALS = (Outcome.UNSUPPORTED, Outcome.TOO_LARGE)

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


def max_bytes() -> int:
    return settings.SEARCH_EXTRACT_MAX_BYTES


def max_chars() -> int:
    return settings.SEARCH_EXTRACT_MAX_CHARS


@dataclass(frozen=True)
class Extraction:
    outcome: str
    text: str = ""
    detail: str = ""


def document_text(document) -> str:
    """The searchable text of a wagtaildocs Document: cached, else extracted and cached. Empty
    when the file has no readable text; never raises for a bad file."""
    return document_texts([document]).get(document.pk, "")


def document_texts(documents) -> dict[int, str]:
    """The searchable text of each document by id, looking the cache up in one query and
    extracting only the files it does not hold. Documents whose file cannot be opened are left
    out (logged), and are tried again next time."""
    hashes = {}
    for document in documents:
        file_hash = _file_hash(document)
        if file_hash:
            hashes[document.pk] = (document, file_hash)
    cached = {
        row.file_hash: row
        for row in ExtractedText.objects.filter(
            file_hash__in={file_hash for _document, file_hash in hashes.values()}
        )
    }
    texts = {}
    for document_id, (document, file_hash) in hashes.items():
        row = cached.get(file_hash)
        try:
            refusal = _refusal(document)
            if refusal is None and row is not None and row.outcome not in _REFUSALS:
                texts[document_id] = row.text
                continue
            extraction = refusal or _extract(document)
            row = cached[file_hash] = _store(document, file_hash, extraction, row)
            texts[document_id] = row.text
        except OSError as error:
            _log_unreadable_file(document, error)
    return texts


def _file_hash(document) -> str:
    """Wagtail records the SHA-1 on upload; older or programmatic documents may lack it."""
    if document.file_hash:
        return document.file_hash
    try:
        with document.open_file() as file:
            return hash_filelike(file)
    except OSError as error:
        _log_unreadable_file(document, error)
        return ""


def _log_unreadable_file(document, error):
    """A file missing from storage, or storage failing, says nothing about the file's content:
    nothing is cached, and the next indexing of the page tries again."""
    logger.warning(
        "Search skips the attachment of document %s (%r): its file cannot be read: %s",
        document.pk,
        document.title,
        error,
    )


def _file_kind(document) -> str:
    return document.file_extension.lower()


def _refusal(document) -> Extraction | None:
    """UNSUPPORTED or TOO_LARGE from the file's name and recorded size, without reading it."""
    if _file_kind(document) not in EXTRACTORS:
        return Extraction(Outcome.UNSUPPORTED, detail=f".{_file_kind(document)} is not read")
    size = document.file_size if document.file_size is not None else document.file.size
    if size > max_bytes():
        return _too_large(size)
    return None


def _too_large(size: int) -> Extraction:
    return Extraction(Outcome.TOO_LARGE, detail=f"{size} bytes; the limit is {max_bytes()}")


def _store(document, file_hash: str, extraction: Extraction, cached_row) -> ExtractedText:
    """Records the extraction and logs a file without text, unless the cache already says the
    same (a refusal checked again)."""
    detail = extraction.detail[:DETAIL_MAX_LENGTH]
    if cached_row is not None and (cached_row.outcome, cached_row.detail) == (
        extraction.outcome,
        detail,
    ):
        return cached_row
    if extraction.outcome == Outcome.UNSUPPORTED:
        logger.info(
            "Search does not read the attachment of document %s (%r): %s",
            document.pk,
            document.title,
            extraction.detail,
        )
    elif extraction.outcome != Outcome.TEXT:
        logger.warning(
            "Search found no text in document %s (%r): %s (%s)",
            document.pk,
            document.title,
            extraction.outcome,
            extraction.detail,
        )
    row, _created = ExtractedText.objects.update_or_create(
        file_hash=file_hash,
        defaults={
            "outcome": extraction.outcome,
            "text": extraction.text,
            "detail": detail,
        },
    )
    return row


def _extract(document) -> Extraction:
    """Reads the file (at most the size limit, whatever its recorded size says) and runs the
    extractor for its type. Any failure of the file's content is an outcome, not an error;
    failing to read the file from storage (OSError) is left to the caller."""
    limit = max_bytes()
    with document.open_file() as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        return _too_large(len(data))
    try:
        return EXTRACTORS[_file_kind(document)](data)
    # pypdf and the XML parser raise many kinds of error on malformed input (their own, but also
    # KeyError, ValueError, RecursionError, ...): each means this file is unreadable.
    except Exception as error:
        return Extraction(Outcome.BROKEN, detail=f"{type(error).__name__}: {error}")


def _extract_pdf(data: bytes) -> Extraction:
    reader = PdfReader(io.BytesIO(data))
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
        # A damaged page costs its own text only (see _extract for why this is broad).
        except Exception:
            unreadable_pages += 1
            continue
        page_texts.append(page_text)
        length += len(page_text)
        # Enough for the cap even after whitespace is collapsed: stop reading pages.
        if length > 2 * max_chars():
            break
    page_count = len(reader.pages)
    return _text_outcome(
        "\n".join(page_texts),
        empty_detail=f"{page_count} pages without a text layer (scanned?)",
        detail=f"{unreadable_pages} of {page_count} pages unreadable" if unreadable_pages else "",
    )


def _extract_docx(data: bytes) -> Extraction:
    root = _archive_xml(data, "word/document.xml")
    if isinstance(root, Extraction):
        return root
    paragraphs, texts, spaces = set(), set(), set()
    for namespace in _WORD_NAMESPACES:
        paragraphs.add(f"{{{namespace}}}p")
        texts.add(f"{{{namespace}}}t")
        spaces.update(f"{{{namespace}}}{name}" for name in ("tab", "br", "cr"))
    return _text_outcome(
        "\n".join(_paragraph_texts(root, paragraphs, spaces, only_text_of=texts)),
        empty_detail="no text",
    )


def _extract_odt(data: bytes) -> Extraction:
    root = _archive_xml(data, "content.xml")
    if isinstance(root, Extraction):
        return root
    paragraphs = {f"{{{_ODF_TEXT}}}p", f"{{{_ODF_TEXT}}}h"}
    spaces = {f"{{{_ODF_TEXT}}}{name}" for name in ("s", "tab", "line-break")}
    return _text_outcome(
        "\n".join(_paragraph_texts(root, paragraphs, spaces)), empty_detail="no text"
    )


EXTRACTORS = {"pdf": _extract_pdf, "docx": _extract_docx, "odt": _extract_odt}


def _archive_xml(data: bytes, member_name: str):
    """The parsed XML member of an office file, or an Extraction saying why there is none. The
    member's declared size is checked before it is decompressed (zip bombs), and reading stops
    at that size whatever the compressed stream holds."""
    limit = max_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        try:
            member = archive.getinfo(member_name)
        except KeyError:
            return Extraction(Outcome.BROKEN, detail=f"the archive has no {member_name}")
        if member.file_size > limit:
            return Extraction(
                Outcome.TOO_LARGE,
                detail=f"{member_name} unpacks to {member.file_size} bytes; the limit is {limit}",
            )
        with archive.open(member) as stream:
            xml = stream.read(limit + 1)
    return ElementTree.fromstring(xml, forbid_dtd=True)


def _paragraph_texts(root, paragraph_tags, space_tags, only_text_of=None):
    """The text of each paragraph element, in document order. `only_text_of` limits the text
    to those elements (Word keeps field codes and the like in other elements); without it, all
    text inside a paragraph counts (OpenDocument). A paragraph nested in another (a text box,
    a footnote) is its own paragraph and not repeated in its parent. The walk uses an explicit
    stack, so deeply nested XML cannot exhaust Python's recursion."""
    for paragraph in root.iter():
        if paragraph.tag not in paragraph_tags:
            continue
        parts = []
        if only_text_of is None and paragraph.text:
            parts.append(paragraph.text)
        # Each entry: an element to enter, or (with True) an element whose tail comes next.
        stack = [(child, False) for child in reversed(paragraph)]
        while stack:
            element, tail_next = stack.pop()
            if tail_next:
                if only_text_of is None and element.tail:
                    parts.append(element.tail)
                continue
            stack.append((element, True))
            if element.tag in paragraph_tags:
                continue
            if element.tag in space_tags:
                parts.append(" ")
            if element.text and (only_text_of is None or element.tag in only_text_of):
                parts.append(element.text)
            stack.extend((child, False) for child in reversed(element))
        yield "".join(parts)


def _text_outcome(raw_text: str, empty_detail: str, detail: str = "") -> Extraction:
    text = normalise(raw_text)
    if not text:
        return Extraction(Outcome.EMPTY, detail=empty_detail)
    limit = max_chars()
    if len(text) > limit:
        detail = "; ".join(filter(None, [detail, f"text cut at {limit} characters"]))
        text = cap(text, limit)
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
