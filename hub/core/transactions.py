"""Each request that may write is one transaction; a request that reads is not.

Django's ATOMIC_REQUESTS wraps every view, reads included, and on SQLite a transaction takes the
write lock as it begins (`transaction_mode: IMMEDIATE`, see hub.settings.environment), so page
views would queue behind every write. Here only the views of unsafe methods (POST, PUT, PATCH,
DELETE) run in a transaction, on every database backend alike, so that an editor's publish,
unpublish or move and the search-outbox entry its signal writes commit together or not at all
(Wagtail's actions open no transaction of their own). GET and HEAD run in autocommit: what they
write (a session, a search count, an editing session) is a statement or a block of its own.
"""

from django.db import connections, transaction

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})


class AtomicWriteRequestsMiddleware:
    """Runs the view of an unsafe request in one transaction per database, as ATOMIC_REQUESTS
    would, honouring `transaction.non_atomic_requests`. It calls the view itself, so it comes
    after every middleware that has a `process_view` (CSRF's): none after it would run. For
    the same reason a middleware's `process_exception` would not see what such a view raises
    (none in MIDDLEWARE has one); Django still turns it into the 404, 403 or 500 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in SAFE_METHODS:
            return None
        non_atomic = getattr(view_func, "_non_atomic_requests", set())
        aliases = [alias for alias in connections if alias not in non_atomic]
        if not aliases:
            return None
        view = view_func
        for alias in aliases:
            view = transaction.atomic(using=alias)(view)
        response = view(request, *view_args, **view_kwargs)
        if response is None:
            # Returning None would have Django call the view a second time.
            raise ValueError(f"The view {view_func!r} returned None instead of a response.")
        return response
