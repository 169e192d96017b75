"""The container's entrypoint and gunicorn settings, run for real on 127.0.0.1 with production
settings: the health check over plain HTTP, the HTTPS redirect, and an access log without client
addresses or query strings."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, tmp_path: Path, **environment):
        self.port = free_port()
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
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
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
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
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
