"""Indexing the corpus the way a publish is indexed: documents built from the pages in bulk
(`search.documents.build_documents`), then written to the engine (`engine.index`), batch by
batch, as the outbox worker does. The corpus has no attachments, so no text is extracted."""

import time
from dataclasses import dataclass

from search.documents import build_documents
from search.engines.base import SearchEngine

BATCH_SIZE = 500


@dataclass(frozen=True)
class IndexingTimes:
    documents: int
    build_seconds: float
    write_seconds: float
    total_seconds: float

    @staticmethod
    def rate(documents: int, seconds: float) -> float:
        return documents / seconds if seconds else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "build_seconds": round(self.build_seconds, 3),
            "write_seconds": round(self.write_seconds, 3),
            "total_seconds": round(self.total_seconds, 3),
            "build_documents_per_second": round(self.rate(self.documents, self.build_seconds)),
            "write_documents_per_second": round(self.rate(self.documents, self.write_seconds)),
            "total_documents_per_second": round(self.rate(self.documents, self.total_seconds)),
        }


def reset_index(engine: SearchEngine, page_ids: list[int], whole_index: bool) -> None:
    """Empties the index when it holds nothing but the benchmark's documents (a fresh version
    of the engine's tables); otherwise removes only the benchmark's documents."""
    engine.install()
    if whole_index:
        engine.rebuild(iter([]))
    else:
        engine.delete(page_ids)


def index_pages(engine: SearchEngine, pages: list) -> IndexingTimes:
    build_seconds = write_seconds = 0.0
    documents = 0
    start = time.perf_counter()
    for offset in range(0, len(pages), BATCH_SIZE):
        built = time.perf_counter()
        batch = build_documents(pages[offset : offset + BATCH_SIZE])
        written = time.perf_counter()
        engine.index(batch)
        build_seconds += written - built
        write_seconds += time.perf_counter() - written
        documents += len(batch)
    return IndexingTimes(documents, build_seconds, write_seconds, time.perf_counter() - start)
