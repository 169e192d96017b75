"""Local development: `make run`. Debug on, console email, demo content allowed."""

from hub.settings.base import *  # noqa: F403
from hub.settings.base import env

DEBUG = True
SECRET_KEY = env.str("SECRET_KEY", "dev-only-secret-key-never-used-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = env.str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_CONTENT_ALLOWED = True
# The demo app (load_demo and its content) and the benchmarks are for local machines and the
# suite, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "hub.demo", "hub.benchmark"]  # noqa: F405
# The demo accounts (admin and the moderators) sign in with the printed password alone on
# your machine; anyone may still turn two-step verification on under Account.
TWO_FACTOR_REQUIRED = False
