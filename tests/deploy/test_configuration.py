"""What the Dockerfile and docker-compose.yml rely on, checked here since Docker cannot run on
these machines: the image's build step, loopback-only ports, and documented variables."""

import os
import re
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
README = (PROJECT / "README.md").read_text()
COMPOSE = (PROJECT / "docker-compose.yml").read_text()


def documented_variables() -> set[str]:
    table = README.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))


def variables_read_by_the_code() -> set[str]:
    names = set()
    for path in [*PROJECT.glob("hub/**/*.py"), *PROJECT.glob("deploy/*.*"), PROJECT / "manage.py"]:
        text = path.read_text()
        names |= set(re.findall(r"env\.\w+\(\s*[\"']([A-Z][A-Z0-9_]+)[\"']", text))
        names |= set(re.findall(r"environ(?:\.get)?[(\[]\s*[\"']([A-Z][A-Z0-9_]+)[\"']", text))
        names |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)[:}]", text))
    return names


def test_every_environment_variable_the_code_reads_is_documented():
    read = variables_read_by_the_code()
    assert {"DATABASE_URL", "PORT", "MIGRATE_ON_START", "GUNICORN_WORKERS"} <= read
    assert read - documented_variables() == set()


def test_every_variable_compose_passes_is_documented():
    compose_variables = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", COMPOSE))
    assert compose_variables - documented_variables() == set()


def test_compose_publishes_ports_on_loopback_only():
    published = re.findall(r'^\s*-\s*"([^"]+:\d+)"\s*$', COMPOSE, re.M)
    assert published, "docker-compose.yml publishes no port"
    for mapping in published:
        assert mapping.startswith("127.0.0.1:"), mapping


def test_compose_keeps_data_in_named_volumes_and_secures_elasticsearch():
    for volume in ("postgres-data:", "elasticsearch-data:", "media:"):
        assert re.search(rf"^  {volume}\s*$", COMPOSE, re.M), volume
    assert 'xpack.security.enabled: "true"' in COMPOSE
    assert "ELASTIC_PASSWORD: ${ELASTIC_PASSWORD:?" in COMPOSE


def test_the_images_collectstatic_step_works_with_production_settings(tmp_path):
    """The Dockerfile's build step, with the same environment, into a scratch folder."""
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "hub.settings.production",
        "SECRET_KEY": "collectstatic-only-not-a-secret",
        "ALLOWED_HOSTS": "build.invalid",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert '"css/site.css"' in manifest
    assert list((tmp_path / "static" / "css").glob("site.*.css.gz")), "no compressed stylesheet"
    dockerfile = (PROJECT / "Dockerfile").read_text()
    for name, value in env.items():
        if name not in ("PATH", "STATIC_ROOT"):
            assert f"{name}={value}" in dockerfile
