import os

import pytest
from django.core.servers.basehttp import WSGIServer
from django.db import connections
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run beside
# one unless told it is safe, which it is here (one thread, one test at a time).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# The flags that let Debian's Chromium run headless as root on a machine with no network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

# Records every CSP violation the page reports, on top of what reaches the console.
RECORD_CSP_VIOLATIONS = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation', e =>"
    " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


class OneRequestAtATimeServer(WSGIServer):
    """Django's development server without threads. The live server thread already uses the
    test's connection (its `connections_override`), so requests handled in it use it too."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time_on_in_memory_sqlite(django_db_setup):
    """With the in-memory SQLite test database, the live server's threads share the test's one
    connection, which cannot hold two requests' transactions at once (ATOMIC_REQUESTS): a page
    and its autocomplete request interleave savepoints. Serve one request at a time then; on
    PostgreSQL each thread has its own connection and the server stays threaded."""
    if connections["default"].vendor != "sqlite":
        yield
        return
    threaded = LiveServerThread.server_class
    LiveServerThread.server_class = OneRequestAtATimeServer
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture
def browser_page(chromium_path):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        context = browser.new_context()
        context.add_init_script(RECORD_CSP_VIOLATIONS)
        yield context.new_page()
        browser.close()
        # Database connections opened while Playwright's loop runs belong to its context; close
        # them here, or PostgreSQL refuses to drop the test database at the end of the run.
        connections.close_all()
