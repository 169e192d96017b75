from abc import ABC, abstractmethod


class SearchEngine(ABC):
    """What every public search engine provides. The search-engine issue adds indexing and
    querying; views and the API call these methods and never ask which engine runs."""

    name: str

    @abstractmethod
    def health(self) -> dict:
        """{"engine": name, "status": "ok" | "unavailable", ...}; never raises."""
