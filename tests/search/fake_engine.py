"""An engine that keeps documents in memory and can be taken down, for tests of the pipeline
that feeds engines (outbox, worker, commands) rather than of the engines themselves."""

from collections import Counter
from collections.abc import Callable, Iterable
from itertools import islice

from django.test import override_settings

from search.engines import get_search_engine
from search.engines.base import SearchDocument, SearchEngine, SearchEngineError, SearchResults

use_in_memory_engine = override_settings(
    SEARCH_ENGINE="tests.search.fake_engine.InMemorySearchEngine"
)


class InMemorySearchEngine(SearchEngine):
    name = "in-memory"
    # Documents a rebuild reads per batch, so that progress is reported more than once.
    rebuild_batch_size = 2

    def __init__(self):
        self.documents: dict[int, SearchDocument] = {}
        self.down = False
        self.installed = False
        # Called once, after the rebuild's first batch: an editor at work during a rebuild.
        self.during_rebuild: Callable[[], None] | None = None

    def fail_when_down(self):
        if self.down:
            raise SearchEngineError("Connection refused by the search engine")

    def health(self) -> dict:
        return {"engine": self.name, "status": "unavailable" if self.down else "ok"}

    def install(self) -> None:
        self.fail_when_down()
        self.installed = True

    def index(self, documents: Iterable[SearchDocument]) -> None:
        self.fail_when_down()
        for document in documents:
            self.documents[document.page_id] = document

    def delete(self, page_ids: Iterable[int]) -> None:
        self.fail_when_down()
        for page_id in page_ids:
            self.documents.pop(page_id, None)

    def search(self, query) -> SearchResults:
        raise NotImplementedError("The pipeline tests do not search.")

    def suggest(self, text: str, language: str, limit: int = 8) -> list[str]:
        raise NotImplementedError("The pipeline tests do not search.")

    def rebuild(self, documents, progress=None) -> int:
        self.fail_when_down()
        new_index: dict[int, SearchDocument] = {}
        documents = iter(documents)
        while batch := list(islice(documents, self.rebuild_batch_size)):
            new_index.update((document.page_id, document) for document in batch)
            if progress:
                progress(len(new_index))
            if self.during_rebuild:
                during_rebuild, self.during_rebuild = self.during_rebuild, None
                during_rebuild()
        # The swap: whatever was indexed into the old index meanwhile is gone.
        self.documents = new_index
        return len(new_index)

    def document_counts(self) -> dict[str, int]:
        self.fail_when_down()
        return dict(Counter(document.language for document in self.documents.values()))

    def indexed_page_ids(self) -> set[int]:
        self.fail_when_down()
        return set(self.documents)


def in_memory_engine(test_case) -> InMemorySearchEngine:
    """The engine the code under test gets, fresh: call in setUp under `use_in_memory_engine`.
    It is forgotten after the test, so that later tests get the configured engine again."""
    get_search_engine.cache_clear()
    test_case.addCleanup(get_search_engine.cache_clear)
    return get_search_engine()
