import os
import shutil

import pytest
from django.conf import settings

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def running_in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_collection_modifyitems(config, items):
    """Tests for one database's engine run in that database's pass of the suite (CI runs the
    suite once on SQLite and once on PostgreSQL); in the other pass they are deselected."""
    engine = settings.DATABASES["default"]["ENGINE"]
    vendor = "postgres" if engine.endswith("postgresql") else "sqlite"
    selected, deselected = [], []
    for item in items:
        other_vendor = {"postgres", "sqlite"} - {vendor}
        if any(item.get_closest_marker(name) for name in other_vendor):
            deselected.append(item)
        else:
            selected.append(item)
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = selected


@pytest.fixture(scope="session")
def chromium_path():
    """Debian's Chromium. Missing it skips the browser tests locally and fails them in CI."""
    path = shutil.which(CHROMIUM) or (CHROMIUM if os.access(CHROMIUM, os.X_OK) else None)
    if path is None:
        message = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)."
        if running_in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return path
