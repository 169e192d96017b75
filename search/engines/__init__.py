"""The public search engine in use. settings.SEARCH_ENGINE names it, decided once from the
environment; nothing else asks which engine it is."""

from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from search.engines.base import SearchEngine

# The settings an engine reads when it is made: changing one (override_settings in tests) makes
# the next get_search_engine() build a new engine from them.
ENGINE_SETTINGS = frozenset({"SEARCH_ENGINE", "ELASTICSEARCH_URL", "SEARCH_INDEX_PREFIX"})


@cache
def get_search_engine() -> SearchEngine:
    return import_string(settings.SEARCH_ENGINE)()


@receiver(setting_changed)
def forget_engine_of_other_settings(*, setting, **kwargs):
    if setting in ENGINE_SETTINGS:
        get_search_engine.cache_clear()
