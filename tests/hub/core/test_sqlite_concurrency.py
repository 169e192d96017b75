"""No `database is locked` on the embedded default, and no lost work: an editor's autosave, the
editing-session ping and the submit of the same page overlap in Wagtail 8's editor, and on
SQLite each request that writes must wait for the write lock instead of failing.

The property is about SQLite, the database `make run` serves (PostgreSQL locks rows and never
answers `database is locked`; the same test could run there but is not required), so it runs
only in the suite's SQLite pass. It needs what the suite's in-memory database, one request at a
time, can never give: a file-backed database, migrated here, served by Django's threaded
development server in its own process, as `make run` serves it, with real sessions and CSRF."""

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

import pytest
import requests

from tests.hub.core.editing_site import DOWNLOAD_LABEL, MODERATOR, report_form

pytestmark = pytest.mark.sqlite

PROJECT = Path(__file__).resolve().parents[3]
ROUNDS = 50
LOCKED = "django.db.utils.OperationalError: database is locked"
PING_URL = re.compile(r"/admin/editing-sessions/ping/wagtailcore/page/\d+/\d+/")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class EditingServer:
    """`manage.py runserver` (threaded, as `make run` serves) over a SQLite file in `folder`,
    migrated and filled by tests.hub.core.editing_site."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = folder / "runserver.log"
        self.env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
            "DJANGO_SETTINGS_MODULE": "tests.hub.core.file_backed_settings",
            "DATABASE_URL": f"sqlite:///{folder / 'hub.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
        }

    def run(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, *args],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def __enter__(self):
        self.site = json.loads(self.run("-m", "tests.hub.core.editing_site"))
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [
                *(sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks"),
                f"127.0.0.1:{self.port}",
            ],
            cwd=PROJECT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.url}/healthz/", timeout=2)
                return self
            except requests.ConnectionError:
                assert self.process.poll() is None, self.log_path.read_text()
                time.sleep(0.2)
        raise AssertionError(f"runserver did not answer:\n{self.log_path.read_text()}")

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()

    def lock_errors(self) -> int:
        """How many requests failed with `database is locked`, by the server's log."""
        return self.log_path.read_text().count(f"{LOCKED}\n")


class Moderator:
    """One English moderator's editing session, as Wagtail 8's editor drives it: the edit page,
    its autosave (the form posted for JSON), its editing-session ping, and the form's submit.
    Each kind of request has its own connection; all share the one login."""

    def __init__(self, server: EditingServer):
        self.server = server
        self.edit_url = f"{server.url}/admin/pages/{server.site['page_id']}/edit/"
        login = requests.Session()
        login.get(f"{server.url}/admin/login/", timeout=30)
        response = login.post(
            f"{server.url}/admin/login/",
            data={**MODERATOR, "csrfmiddlewaretoken": login.cookies["csrftoken"]},
            timeout=30,
        )
        assert response.status_code == 200 and "sessionid" in login.cookies, response.text[:2000]
        self.connections = {kind: requests.Session() for kind in ("autosave", "ping", "submit")}
        for connection in self.connections.values():
            connection.cookies.update(login.cookies)
            connection.headers["X-CSRFToken"] = login.cookies["csrftoken"]
        self.ping_url = server.url + PING_URL.search(self.open_edit_page()).group()

    def open_edit_page(self) -> str:
        response = self.connections["submit"].get(self.edit_url, timeout=60)
        assert response.status_code == 200, response.text[:2000]
        return response.text

    def autosave(self, round_number: int) -> int:
        response = self.connections["autosave"].post(
            self.edit_url,
            data=report_form(self.server.site, draft=round_number),
            headers={"Accept": "application/json"},
            timeout=60,
        )
        return response.status_code

    def ping(self, round_number: int) -> int:
        response = self.connections["ping"].post(
            self.ping_url, data={"is_editing": "1"}, timeout=60
        )
        if response.status_code == 200:
            self.ping_url = self.server.url + response.json()["ping_url"]
        return response.status_code

    def submit(self, round_number: int) -> int:
        """Saves a draft, or publishes every other round. The redirect that follows is not
        taken: rendering the edit page again would only make the rounds slower."""
        action = "publish" if round_number % 2 else None
        response = self.connections["submit"].post(
            self.edit_url,
            data=report_form(self.server.site, draft=round_number, action=action),
            timeout=60,
            allow_redirects=False,
        )
        return response.status_code


def overlapping_rounds(moderator: Moderator, rounds: int) -> dict[str, list[int]]:
    """Each round fires the three requests at the same moment and waits for all three."""
    kinds = ("autosave", "ping", "submit")
    start_together = threading.Barrier(len(kinds))
    statuses = {kind: [] for kind in kinds}

    def fire(kind: str, round_number: int) -> int:
        start_together.wait()
        return getattr(moderator, kind)(round_number)

    with ThreadPoolExecutor(max_workers=len(kinds)) as pool:
        for round_number in range(rounds):
            futures = {kind: pool.submit(fire, kind, round_number) for kind in kinds}
            for kind, future in futures.items():
                statuses[kind].append(future.result())
    return statuses


def test_overlapping_autosave_ping_and_submit_never_fail_and_keep_what_was_typed(tmp_path):
    with EditingServer(tmp_path) as server:
        moderator = Moderator(server)
        statuses = overlapping_rounds(moderator, ROUNDS)
        reopened = moderator.open_edit_page()
        # A read that writes, in no transaction: the library counts the search.
        search = requests.get(f"{server.url}/ar/library/?q=حذف", timeout=60)
        lock_errors = server.lock_errors()

    server_errors = {kind: sum(code >= 500 for code in codes) for kind, codes in statuses.items()}
    assert (server_errors, lock_errors) == ({"autosave": 0, "ping": 0, "submit": 0}, 0)
    assert {kind: set(codes) for kind, codes in statuses.items()} == {
        "autosave": {200},
        "ping": {200},
        "submit": {302},
    }
    # Reopened, the page holds the last round's download as typed: its label and language.
    assert f'value="{DOWNLOAD_LABEL.format(draft=ROUNDS - 1)}"' in reopened
    assert '<option value="ar" selected>' in reopened
    assert search.status_code == 200
    assert "محوٌ ممنهج" in search.text
    with closing(sqlite3.connect(tmp_path / "hub.sqlite3")) as database:
        counted = database.execute(
            "SELECT language, query, searches FROM search_searchquerycount"
        ).fetchall()
    assert counted == [("ar", "حذف", 1)]
