"""Who is asking: the one place that names a request's client, for every limit that counts
per client (the search API, the library's searches, sign-in throttling, page passwords).

Behind `settings.TRUSTED_PROXIES` proxies, each appends to X-Forwarded-For the address it was
reached from, so the client is the N-th entry from the right; anything to the left of it is
whatever the client claimed and is never believed. With no trusted proxy (the default) the
header is ignored altogether: a client talking to the site directly cannot choose its address.
"""

import hashlib
import hmac

from django.conf import settings


def client_address(request) -> str:
    """The client's address as the nearest trusted proxy saw it, or the connection's peer
    (REMOTE_ADDR) when no proxy is trusted or the header has fewer entries than proxies (a
    request that reached the site around them)."""
    remote_address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXIES
    if not proxies:
        return remote_address
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(forwarded) < proxies:
        return remote_address
    return forwarded[-proxies]


def client_key(request) -> str:
    """The client's address hashed with the secret key: what limits name a client by in the
    cache and the database, so that neither ever holds an address."""
    return hmac.new(
        settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256
    ).hexdigest()
