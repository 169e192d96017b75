"""An index records the version of the hub that built it: the embedded engines their table
layout (`embedded.SCHEMA`) and the analysis (`search.analysis.ANALYSIS_VERSION`), Elasticsearch
the analysis in each index's mapping `_meta`. An index of another version is neither searched
nor written to: its terms are not those the running analysis makes of queries and documents,
so it would answer wrongly rather than fail. Changes wait in the outbox until
`manage.py search_index rebuild` builds the index again."""

from search.engines.base import SearchEngineError


class IndexOfAnotherVersion(SearchEngineError):
    """The index was built by another version of the hub; only a rebuild mends it."""

    def __init__(self):
        super().__init__(
            "The search index was built by another version of the hub: "
            "run `manage.py search_index rebuild`."
        )
