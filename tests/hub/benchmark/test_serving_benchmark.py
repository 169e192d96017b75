"""`manage.py serve_benchmark`: the paths it asks for by default are real pages, and what it
counts (answers, failures, latency) is what a server answered."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError
from django.test import TestCase

from hub.benchmark.management.commands.serve_benchmark import default_paths
from hub.benchmark.serving import format_table, measure, percentile
from tests.hub.resources.factories import build_library_tree


class DefaultPathTests(TestCase):
    def test_without_publications_it_asks_for_paths(self):
        with pytest.raises(CommandError, match="--path"):
            default_paths()

    def test_every_default_path_is_a_page_that_answers(self):
        build_library_tree()
        paths = default_paths()
        self.assertEqual(len(paths), 5)
        self.assertEqual(paths[:3], ["/en/", "/en/library/erased/", "/en/library/"])
        for path in paths:
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)


class OneOkOneMissing(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        status = 200 if self.path == "/ok/" else 404
        body = b"ok" if status == 200 else b"missing"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), OneOkOneMissing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_answers_are_counted_and_non_2xx_answers_are_failures(local_server):
    ok = measure(local_server, "/ok/", clients=2, seconds=1).as_dict()
    missing = measure(local_server, "/missing/", clients=2, seconds=1).as_dict()
    assert ok["requests"] > 10 and ok["failed"] == 0 and ok["statuses"] == {200: ok["requests"]}
    assert missing["failed"] == missing["requests"] > 10
    assert 0 < ok["p50_ms"] <= ok["p95_ms"]
    table = format_table([ok, missing])
    assert table.splitlines()[2].startswith("/ok/ ") and "/missing/" in table


def test_a_server_that_is_not_there_is_counted_as_failures():
    timing = measure("http://127.0.0.1:9", "/", clients=1, seconds=0.2)
    assert timing.answered == 0 and timing.failed > 0
    assert timing.as_dict()["p95_ms"] == 0.0


def test_percentiles_are_nearest_rank():
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 0.95) == 5.0
    assert percentile([], 0.5) == 0.0
