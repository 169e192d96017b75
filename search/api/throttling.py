"""Rate limits per client for the search API's endpoints."""

import threading

from ninja.throttling import BaseThrottle

from hub.core.rate_limits import ClientRate


class ClientThrottle(BaseThrottle):
    """Ninja keeps one throttle object per endpoint for every request and thread, and its rate
    throttles keep the request being checked on themselves; this one checks each request with a
    throttle of its own, held per thread until ninja asks how long to wait. Clients are named
    as everywhere (hub.core.clients: TRUSTED_PROXIES), by a keyed hash in the cache."""

    def __init__(self, setting: str, scope: str):
        self.setting, self.scope = setting, scope
        self._checking = threading.local()

    def allow_request(self, request):
        self._checking.throttle = ClientRate(self.setting, self.scope)
        return self._checking.throttle.allow_request(request)

    def wait(self):
        return self._checking.throttle.wait()
