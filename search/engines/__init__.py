"""The public search engine in use. settings.SEARCH_ENGINE names it, decided once from the
environment; nothing else asks which engine it is."""

from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string

from search.engines.base import SearchEngine


@cache
def get_search_engine() -> SearchEngine:
    return import_string(settings.SEARCH_ENGINE)()
