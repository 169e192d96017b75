"""Limits on how often one client may do something, counted in Django's default cache under
the client's keyed hash (hub.core.clients.client_key), never its address.

With no CACHES configured that cache is local memory: each process (each gunicorn worker)
counts on its own, so the effective limit is a setting times the workers, until a shared cache
(Redis) is configured.
"""

import math
import time

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from ninja.throttling import SimpleRateThrottle

from hub.core.clients import client_key


class ClientRate(SimpleRateThrottle):
    """At most a setting's rate ("60/min", "1000/hour") of requests per client over a sliding
    window, counted apart for each scope. One object checks one request: the rate is read from
    the setting each time, so tests can change it."""

    def __init__(self, setting: str, scope: str):
        self.scope = scope
        super().__init__(rate=getattr(settings, setting))

    def get_cache_key(self, request):
        return f"throttle_{self.scope}_{client_key(request)}"

    def wait(self) -> int:
        """Seconds until the oldest request counted leaves the window: then one more is
        allowed."""
        if not self.history:
            return self.duration
        return max(math.ceil(self.duration - (self.now - self.history[-1])), 1)


class FailureLimit:
    """At most `limit` failures per key (for example a restriction and a client) in a window of
    `window` seconds from the first of them. Counted with the cache's atomic add and incr, so
    guesses sent in parallel are each counted."""

    def __init__(self, scope: str, limit: int, window: int):
        self.scope, self.limit, self.window = scope, limit, window

    def _keys(self, key: str) -> tuple[str, str]:
        return f"failures_{self.scope}_{key}", f"failures_{self.scope}_{key}_since"

    def retry_after(self, key: str) -> int:
        """Seconds until this key may try again; 0 while it is under the limit."""
        count_key, since_key = self._keys(key)
        values = cache.get_many([count_key, since_key])
        if values.get(count_key, 0) < self.limit:
            return 0
        now = time.time()
        since = values.get(since_key, now)
        return max(math.ceil(since + self.window - now), 1)

    def record_failure(self, key: str) -> int:
        """Counts one failure; returns the failures in the window, this one included."""
        count_key, since_key = self._keys(key)
        if cache.add(count_key, 1, self.window):
            cache.set(since_key, time.time(), self.window)
            return 1
        try:
            return cache.incr(count_key)
        except ValueError:
            # The window ended between add() and incr(): this failure opens the next one.
            return self.record_failure(key)


def too_many_requests(request, seconds: int, heading: str, message: str):
    """The 429 page in the site's design and the reader's language and direction, with
    Retry-After. Rendered at once, since it may be answered from a middleware."""
    response = render(request, "429.html", {"heading": heading, "message": message}, status=429)
    response["Retry-After"] = str(seconds)
    patch_cache_control(response, private=True, no_store=True)
    return response
