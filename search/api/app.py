"""The search API's ninja application and its URL patterns; the endpoints register on it in
search.api.views, the error answers in search.api.errors."""

from django.db import transaction
from ninja import NinjaAPI

api = NinjaAPI(
    title="Manara search API",
    version="1.0.0",
    description=(
        "Search the Manara library of publications in English, Arabic and Hebrew. Read-only, "
        "readable from any origin, rate-limited per client (429 with Retry-After)."
    ),
    urls_namespace="search-api",
    openapi_url="/schema/",
    docs_url=None,
)


def urls():
    """The API's URL patterns. Its views only read (a search's count is written in a savepoint
    of its own), so they run outside the per-request transaction that ATOMIC_REQUESTS opens for
    the editors' actions: the description needs no database at all."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        transaction.non_atomic_requests(pattern.callback)
    return patterns, app_name, namespace
