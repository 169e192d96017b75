"""The test suite: fast hashing, plain static storage, in-memory email, no cached connections."""

from hub.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105 - the test suite only
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
DEMO_CONTENT_ALLOWED = True
# The demo app (load_demo and its content) and the benchmarks are for local machines and the
# suite, never production.
INSTALLED_APPS = [*INSTALLED_APPS, "hub.demo", "hub.benchmark"]  # noqa: F405
# Every connection closes after its request, so that the live-server threads of the browser
# tests leave no session open when the test database is dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = False  # noqa: F405
SEARCH_REFRESH_ON_WRITE = True
# The suite searches the library hundreds of times a minute from one address; the tests of
# the limit set their own rate.
SEARCH_PAGE_RATE = "100000/min"
# Most tests sign in moderators and superusers with force_login and no second factor: the
# requirement is off here, and the tests of two-step sign-in turn it on (override_settings).
# A user who has set up an app is still asked for its code.
TWO_FACTOR_REQUIRED = False
# Attachments are read (in the bounded child) before the on-commit drain indexes them: a
# detached process could not see the in-memory test database and storage. The tests of the
# hand-off turn it on.
SEARCH_EXTRACT_IN_BACKGROUND = False
