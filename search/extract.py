"""The text of attached documents (PDF, DOCX, ODT), extracted once per file content, in a
bounded child process and never in an editor's request.

Results are cached in `ExtractedText` by the SHA-1 of the file, so saving a page or rebuilding
the index reads no file twice; replacing a document's file changes its hash and so extracts
anew. Files over SEARCH_EXTRACT_MAX_BYTES are not read. The others are read by
`search/extractors.py` in a child process that may use at most SEARCH_EXTRACT_MAX_MEMORY MB
and SEARCH_EXTRACT_TIMEOUT seconds, and refuses archive members that unpack beyond
SEARCH_EXTRACT_MAX_BYTES or SEARCH_EXTRACT_MAX_RATIO times their compressed size; the text is
cut at SEARCH_EXTRACT_MAX_CHARS. A file that cannot be read (broken, encrypted, scanned without
a text layer, beyond a bound) is recorded with its outcome and logged; it never stops the page
from being indexed.

Who extracts: the search worker, a rebuild and the tests extract what the cache lacks before
indexing (in the child, waiting for it). The outbox drain that runs in the request after its
commit (SEARCH_INDEX_ON_COMMIT without a worker) does not wait: inside `in_background()` it
indexes with the text already cached, claims each file still to read with a PENDING row, and
once its transaction commits starts `manage.py search_extract` detached, which extracts the
files and has the publications offering them indexed again, seconds later.
"""

import datetime
import json
import logging
import multiprocessing
import signal
import subprocess
import sys
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.utils.file import hash_filelike

from search import extractors
from search.extractors import Extraction, Limits
from search.models import ExtractedText

logger = logging.getLogger(__name__)

Outcome = ExtractedText.Outcome

DETAIL_MAX_LENGTH = ExtractedText._meta.get_field("detail").max_length
COPY_CHUNK_BYTES = 1024 * 1024
ANSWER_OVERHEAD_BYTES = 64 * 1024

# Each file is read by a child forked from a server process that has imported the extractors
# and nothing else (neither Django nor this process's state): a fresh, bounded process per file
# at the cost of a fork, where starting an interpreter and pypdf takes 0.3 to 0.5 s.
_children = multiprocessing.get_context("forkserver")
_children.set_forkserver_preload(["search.extractors"])

# Outcomes that depend on the settings rather than on the file alone. A cached refusal is
# checked again from the file's name and recorded size, without reading it; an outcome a bound
# decided is trusted while the bounds recorded with it are those in force.
_REFUSALS = (Outcome.UNSUPPORTED, Outcome.TOO_LARGE)
_BOUNDS = (Outcome.TOO_LARGE_EXPANDED, Outcome.TIMED_OUT, Outcome.OUT_OF_MEMORY)

# A claim older than this (twice the time one file may take, and a minute) belongs to a
# process that died: the next indexing claims the file again.
CLAIM_MARGIN = datetime.timedelta(minutes=1)

_in_background: ContextVar[bool] = ContextVar("search_extract_in_background", default=False)


@contextmanager
def in_background(enabled: bool = True):
    """Within this block, a file whose text is not cached yet is left to a background process
    (see the module's docstring) instead of being extracted before the call returns."""
    token = _in_background.set(enabled)
    try:
        yield
    finally:
        _in_background.reset(token)


def max_bytes() -> int:
    return settings.SEARCH_EXTRACT_MAX_BYTES


def max_chars() -> int:
    return settings.SEARCH_EXTRACT_MAX_CHARS


def limits() -> Limits:
    return Limits(
        max_chars=max_chars(),
        max_expanded_bytes=max_bytes(),
        max_ratio=settings.SEARCH_EXTRACT_MAX_RATIO,
    )


def bounds_in_force() -> str:
    """The bounds that decide TOO_LARGE_EXPANDED, TIMED_OUT and OUT_OF_MEMORY, as recorded
    with those outcomes."""
    return (
        f"timeout={settings.SEARCH_EXTRACT_TIMEOUT:g}s "
        f"memory={settings.SEARCH_EXTRACT_MAX_MEMORY}MB "
        f"unpacked={max_bytes()} ratio={settings.SEARCH_EXTRACT_MAX_RATIO}"
    )


def document_text(document) -> str:
    """The searchable text of a wagtaildocs Document: cached, else extracted and cached (or
    handed to the background: see `in_background`). Empty when the file has no readable text
    yet; never raises for a bad file."""
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
    # Every document whose file this call claimed: two documents may share one file, and the
    # background process has the publications offering either indexed again.
    claimed_hashes = set()
    handed_off = []
    for document_id, (document, file_hash) in hashes.items():
        row = cached.get(file_hash)
        try:
            refusal = _refusal(document)
            if refusal is None and row is not None and _is_settled(row):
                texts[document_id] = row.text
                continue
            if refusal is None and _in_background.get():
                if file_hash in claimed_hashes or _claim(file_hash, row):
                    claimed_hashes.add(file_hash)
                    handed_off.append(document_id)
                texts[document_id] = ""
                continue
            extraction = refusal or _extract(document)
            row = cached[file_hash] = _store(document, file_hash, extraction, row)
            texts[document_id] = row.text
        except OSError as error:
            _log_unreadable_file(document, error)
    if handed_off:
        # Robust: a process that cannot be started is logged, and its claims expire.
        transaction.on_commit(partial(start_background_extraction, handed_off), robust=True)
    return texts


def _is_settled(row: ExtractedText) -> bool:
    if row.outcome in _REFUSALS or row.outcome == Outcome.PENDING:
        return False
    return row.outcome not in _BOUNDS or row.limits == bounds_in_force()


def _claim_lifetime() -> datetime.timedelta:
    return 2 * datetime.timedelta(seconds=settings.SEARCH_EXTRACT_TIMEOUT) + CLAIM_MARGIN


def _claim(file_hash: str, row: ExtractedText | None) -> bool:
    """Marks the file as being extracted, unless another process holds a live claim on it;
    True when this call made the claim. The unique hash (a new row) or the row's state as read
    (an update that matches it) makes two claims of one file impossible."""
    now = timezone.now()
    if row is None:
        row, created = ExtractedText.objects.get_or_create(
            file_hash=file_hash, defaults={"outcome": Outcome.PENDING}
        )
        if created:
            return True
    if row.outcome == Outcome.PENDING and row.extracted_at > now - _claim_lifetime():
        return False
    claimed = ExtractedText.objects.filter(
        pk=row.pk, outcome=row.outcome, extracted_at=row.extracted_at
    ).update(outcome=Outcome.PENDING, text="", detail="", limits="", extracted_at=now)
    return claimed == 1


def start_background_extraction(document_ids: Iterable[int]) -> None:
    """Starts `manage.py search_extract` for the documents, detached from this process, which
    does not wait for it: the request that committed answers at once."""
    command = [
        sys.executable,
        str(settings.BASE_DIR / "manage.py"),
        "search_extract",
        *map(str, document_ids),
    ]
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and command, no user input
        command,
        cwd=settings.BASE_DIR,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        start_new_session=True,
    )
    # Waited for by a thread of its own, so that no finished process lingers as a zombie in a
    # long-running server.
    threading.Thread(target=process.wait, name="search-extract-reaper", daemon=True).start()


def extract_claimed(document_ids: Iterable[int]) -> list[int]:
    """Extracts, in the bounded child, each file of these documents that still waits for its
    text (claimed by a request's drain, see `document_texts`); returns the ids of the documents
    whose outcome this call recorded. A file another process has meanwhile read is left
    alone."""
    documents_by_hash = defaultdict(list)
    for document in get_document_model().objects.filter(pk__in=document_ids).order_by("pk"):
        file_hash = _file_hash(document)
        if file_hash:
            documents_by_hash[file_hash].append(document)
    file_hashes = list(documents_by_hash)
    done = []
    for position, file_hash in enumerate(file_hashes):
        # The claims of the files still to come stay fresh while this process is alive.
        _refresh_claims(file_hashes[position:])
        row = ExtractedText.objects.filter(file_hash=file_hash).first()
        if row is not None and row.outcome != Outcome.PENDING:
            continue
        document = documents_by_hash[file_hash][0]
        try:
            extraction = _refusal(document) or _extract(document)
        except OSError as error:
            _log_unreadable_file(document, error)
            continue
        _store(document, file_hash, extraction, row)
        done.extend(document.pk for document in documents_by_hash[file_hash])
    return done


def _refresh_claims(file_hashes: list[str]) -> None:
    ExtractedText.objects.filter(file_hash__in=file_hashes, outcome=Outcome.PENDING).update(
        extracted_at=timezone.now()
    )


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
    if _file_kind(document) not in extractors.EXTRACTORS:
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
    bounds = bounds_in_force() if extraction.outcome in _BOUNDS else ""
    if cached_row is not None and (cached_row.outcome, cached_row.detail, cached_row.limits) == (
        extraction.outcome,
        detail,
        bounds,
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
            "limits": bounds,
        },
    )
    return row


def _extract(document) -> Extraction:
    """Copies the file (at most the size limit, whatever its recorded size says) to a private
    temporary file and has the child read it. Failing to read the file from storage (OSError)
    is left to the caller."""
    limit = max_bytes()
    with document.open_file() as source, tempfile.NamedTemporaryFile(prefix="extract-") as copy:
        copied = 0
        while chunk := source.read(min(COPY_CHUNK_BYTES, limit + 1 - copied)):
            copy.write(chunk)
            copied += len(chunk)
            if copied > limit:
                return _too_large(copied)
        copy.flush()
        return extract_in_child(copy.name, _file_kind(document))


def extract_in_child(path: str, kind: str) -> Extraction:
    """Has a child process read the file, within the time and memory allowed: a timeout, a
    memory failure or a crash of the child is the file's outcome."""
    timeout = settings.SEARCH_EXTRACT_TIMEOUT
    memory = settings.SEARCH_EXTRACT_MAX_MEMORY
    bounds = limits()
    receiver, sender = _children.Pipe(duplex=False)
    child = _children.Process(
        target=extractors.run_bounded,
        # The CPU limit, in whole seconds, comes after the wall-clock timeout.
        args=(path, kind, bounds, memory, int(timeout) + 1, sender),
        name=f"search-extract-{kind}",
        daemon=True,
    )
    child.start()
    sender.close()
    answer = None
    try:
        if not receiver.poll(timeout):
            child.kill()
            return Extraction(Outcome.TIMED_OUT, detail=f"stopped after {timeout:g} s, the limit")
        # The text is capped at max_chars: four bytes a character and room for the rest.
        answer = receiver.recv_bytes(maxlength=4 * bounds.max_chars + ANSWER_OVERHEAD_BYTES)
    except EOFError:
        # The child ended without answering: its exit code says why.
        answer = None
    finally:
        receiver.close()
        child.join()
    if answer is None:
        return _failure(child.exitcode)
    values = json.loads(answer)
    return Extraction(Outcome(values["outcome"]), text=values["text"], detail=values["detail"])


def _failure(exitcode: int) -> Extraction:
    """The outcome of a child that ended without an answer."""
    if exitcode == -signal.SIGXCPU:
        return Extraction(Outcome.TIMED_OUT, detail="stopped at its CPU time limit")
    if exitcode < 0:
        stopped = f"was stopped by signal {-exitcode} ({signal.strsignal(-exitcode)})"
    else:
        stopped = f"exited with status {exitcode}"
    return Extraction(Outcome.BROKEN, detail=f"the extraction {stopped}")
