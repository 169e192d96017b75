from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.exceptions import ApiError, TransportError

from search.engines.base import SearchEngine

HEALTH_TIMEOUT_SECONDS = 2


class ElasticsearchSearchEngine(SearchEngine):
    """Elasticsearch, for production. Index names carry settings.SEARCH_INDEX_PREFIX."""

    name = "elasticsearch"

    def __init__(self):
        self.client = Elasticsearch(settings.ELASTICSEARCH_URL)

    def health(self) -> dict:
        try:
            cluster = self.client.options(
                request_timeout=HEALTH_TIMEOUT_SECONDS, max_retries=0
            ).cluster.health()
        except (ApiError, TransportError):
            return {"engine": self.name, "status": "unavailable"}
        status = "ok" if cluster["status"] in ("green", "yellow") else "unavailable"
        return {"engine": self.name, "status": status, "cluster": cluster["status"]}
