"""`manage.py serve_benchmark`: requests per second the project serves on its configured
database, with concurrent clients, for a page, a publication, the library and its search, and
the search API (or the paths given with --path).

Without --url it starts gunicorn the way the container does (deploy/gunicorn.conf.py, here 2
workers of 4 threads on 127.0.0.1), with the same settings and database as this command and the
search rate limits lifted (a benchmark is one client asking as fast as it can), and stops it at
the end. With --url it measures a server that is already running, such as `make run`'s.
"""

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from urllib.parse import quote

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from hub.benchmark.serving import format_table, measure

# The rate limits (N per second) of the server this command starts.
UNLIMITED_RATE = "1000000/s"
RATE_SETTINGS = ("SEARCH_API_RATE", "SEARCH_SUGGEST_RATE", "SEARCH_PAGE_RATE")


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def default_paths() -> list[str]:
    """The default language's home page, its first live public publication and library, a
    library search and an API search for a word of that publication's title."""
    from hub.resources.models import PublicationPage, ResourceLibraryPage

    in_default_language = {"locale__language_code": settings.LANGUAGE_CODE}
    publication = (
        PublicationPage.objects.live().public().filter(**in_default_language).order_by("pk")
    ).first()
    library = (
        ResourceLibraryPage.objects.live().public().filter(**in_default_language).order_by("pk")
    ).first()
    if publication is None or library is None:
        raise CommandError(
            "There is no live publication to ask for: load the demo (`make demo`) "
            "or name the paths with --path."
        )
    word = max(publication.title.split(), key=len).strip(":,.")
    library_path = library.get_url_parts()[2]
    return [
        library.get_parent().get_url_parts()[2],
        publication.get_url_parts()[2],
        library_path,
        f"{library_path}?q={quote(word)}",
        f"/api/search/?q={quote(word)}&lang={settings.LANGUAGE_CODE}",
    ]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """gunicorn with the container's configuration, on a free port of 127.0.0.1."""

    def __init__(self, workers: int, threads: int):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_THREADS": str(threads),
            **dict.fromkeys(RATE_SETTINGS, UNLIMITED_RATE),
        }

    def __enter__(self):
        # Its error log, read if it does not start; its access log is not needed.
        self.log = tempfile.TemporaryFile("w+")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "hub.wsgi"],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=self.log,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise CommandError(f"gunicorn stopped:\n{self.log.read()}")
            if self.answers():
                return self
            time.sleep(0.2)
        self.__exit__()
        raise CommandError("gunicorn did not answer within 60 seconds.")

    def answers(self) -> bool:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
        try:
            connection.request("GET", "/healthz/")
            connection.getresponse().read()
        except OSError:
            return False
        finally:
            connection.close()
        return True

    def __exit__(self, *exc_info):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()


class Command(BaseCommand):
    help = (
        "Serves the project with gunicorn (or measures --url) and prints the requests per "
        "second and latency of a page, a publication, the library, a library search and an "
        "API search with concurrent clients."
    )

    def add_arguments(self, parser):
        parser.add_argument("--url", help="a running server to measure instead of gunicorn")
        parser.add_argument("--path", action="append", dest="paths", help="a path (repeatable)")
        parser.add_argument("--clients", type=positive, default=8, help="concurrent clients (8)")
        parser.add_argument("--seconds", type=positive, default=10, help="per path (10)")
        parser.add_argument("--warmup", type=positive, default=2, help="seconds per path (2)")
        parser.add_argument("--workers", type=positive, default=2, help="gunicorn workers (2)")
        parser.add_argument("--threads", type=positive, default=4, help="threads each (4)")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print one JSON object"
        )

    def handle(
        self, *args, url, paths, clients, seconds, warmup, workers, threads, as_json, **options
    ):
        paths = paths or default_paths()
        if url:
            rows = self.measure_all(url.rstrip("/"), paths, clients, seconds, warmup)
            server = url
        else:
            with Gunicorn(workers, threads) as gunicorn:
                rows = self.measure_all(gunicorn.url, paths, clients, seconds, warmup)
            server = f"gunicorn, {workers} workers x {threads} threads"
        report = {
            "server": server,
            "settings": settings.SETTINGS_MODULE,
            "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            "clients": clients,
            "seconds": seconds,
            "paths": rows,
        }
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False))
            return
        self.stdout.write(
            f"{report['server']} on {report['database']} ({report['settings']}), "
            f"{clients} clients, {seconds} s per path after {warmup} s of warm-up"
        )
        self.stdout.write(format_table(rows))
        if settings.DEBUG:
            self.stdout.write("DEBUG is on: production settings serve faster.")

    def measure_all(self, url, paths, clients, seconds, warmup) -> list[dict]:
        rows = []
        for path in paths:
            measure(url, path, clients, warmup)
            rows.append(measure(url, path, clients, seconds).as_dict())
        return rows
