"""The container's entrypoint and gunicorn settings, run for real on 127.0.0.1 (and ::1) with
production settings: the health check over plain HTTP, the HTTPS redirect, an access log without
client addresses or query strings, and an error log without client addresses."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def free_port(host: str = "127.0.0.1") -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, tmp_path: Path, host: str = "127.0.0.1", **environment):
        self.host = host
        self.port = free_port(host)
        self.log_path = tmp_path / f"gunicorn-{self.port}.log"
        self.env = {
            "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}",
            "DJANGO_SETTINGS_MODULE": "hub.settings.production",
            "SECRET_KEY": "entrypoint-test-secret-key-with-enough-length-and-entropy-123",
            "ALLOWED_HOSTS": "hub.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'hub.sqlite3'}",
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "MIGRATE_ON_START": "false",
            "GUNICORN_BIND": f"[{host}]:{self.port}" if ":" in host else f"{host}:{self.port}",
            "GUNICORN_WORKERS": "1",
            "PORT": str(self.port),
            **environment,
        }

    def __enter__(self):
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [str(PROJECT / "deploy" / "entrypoint.sh")],
            cwd=PROJECT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited: {self.log_path.read_text()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not start within 30 seconds")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()

    def get(self, path: str, host: str = "127.0.0.1"):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"Host": host}
        )
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def send_raw(self, request: bytes) -> bytes:
        """Sends bytes no HTTP client would send; returns gunicorn's whole answer."""
        with socket.create_connection((self.host, self.port), timeout=10) as connection:
            connection.sendall(request)
            answer = b""
            while chunk := connection.recv(65536):
                answer += chunk
        return answer

    def whole_log(self) -> str:
        self.log.flush()
        return self.log_path.read_text()

    def access_log(self) -> list[str]:
        self.log.flush()
        return [line for line in self.log_path.read_text().splitlines() if '"GET ' in line]

    def docker_healthcheck(self) -> int:
        return subprocess.run(
            [sys.executable, str(PROJECT / "deploy" / "healthcheck.py")],
            env={**self.env},
            capture_output=True,
            timeout=30,
        ).returncode


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_entrypoint_serves_health_over_plain_http_and_redirects_pages_to_https(tmp_path):
    with Server(tmp_path) as server:
        status, headers, body = server.get("/healthz/")
        assert status == 200
        report = json.loads(body)
        assert report["database"]["status"] == "ok"
        assert report["search"]["engine"] == "sqlite-fts5"
        assert server.docker_healthcheck() == 0

        status, headers, _body = server.get(
            "/en/?q=%D8%AA%D8%B3%D8%B1%D9%8A%D8%A8", "hub.example.org"
        )
        assert status == 301
        assert headers["Location"] == (
            "https://hub.example.org/en/?q=%D8%AA%D8%B3%D8%B1%D9%8A%D8%A8"
        )

        time.sleep(0.3)
        access_lines = server.access_log()
        assert any('"GET /healthz/ HTTP/1.1" 200' in line for line in access_lines)
        assert any('"GET /en/ HTTP/1.1" 301' in line for line in access_lines)
        for line in access_lines:
            assert "127.0.0.1" not in line
            assert "q=" not in line and "%D8" not in line


def test_health_is_503_and_the_docker_health_check_fails_when_the_database_is_down(tmp_path):
    closed_port = free_port()
    with Server(tmp_path, DATABASE_URL=f"postgres://hub@127.0.0.1:{closed_port}/hub") as server:
        status, _headers, body = server.get("/healthz/")
        assert status == 503
        assert json.loads(body)["database"] == {"status": "unavailable"}
        assert server.docker_healthcheck() == 1


def test_entrypoint_runs_any_other_command(tmp_path):
    server = Server(tmp_path)
    result = subprocess.run(
        [str(PROJECT / "deploy" / "entrypoint.sh"), "python", "-c", "print('one-off command ran')"],
        cwd=PROJECT,
        env=server.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == "one-off command ran"


# Each is refused by gunicorn before Django sees it, and written to its error log with the
# client's address ("Invalid request from ip=…") unless the logger scrubs it. The last one
# carries a forwarded address in the text gunicorn quotes from the request.
MALFORMED_REQUESTS = [
    (b"NOT-HTTP\r\n\r\n", b"400 Bad Request", "Invalid HTTP request line: 'NOT-HTTP'"),
    (
        b"GET / HTTP/1.1\r\nHost: hub.example.org\r\nX-Padding: " + b"a" * 9000 + b"\r\n\r\n",
        b"431 Request Header Fields Too Large",
        "limit request headers fields size",
    ),
    (
        b"GET / HTTP/1.1\r\nHost: hub.example.org\r\nX-Forwarded-For 203.0.113.5\r\n\r\n",
        b"400 Bad Request",
        "Invalid HTTP Header: 'X-Forwarded-For [address]'",
    ),
]


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_the_error_log_says_a_request_was_invalid_without_the_clients_address(tmp_path, host):
    with Server(tmp_path, host=host) as server:
        for request, status, _logged in MALFORMED_REQUESTS:
            assert server.send_raw(request).startswith(b"HTTP/1.1 " + status)
        time.sleep(0.3)
        log = server.whole_log()
    for _request, _status, logged in MALFORMED_REQUESTS:
        assert f"Invalid request from ip=[address]: {logged}" in log
    assert "Listening at: http://[address]:" in log
    for address in (host, "203.0.113.5"):
        assert address not in log
