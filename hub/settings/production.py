"""A real deployment: HTTPS only, secrets from the environment, nothing defaulted that matters."""

from django.core.exceptions import ImproperlyConfigured

from hub.settings.base import *  # noqa: F403
from hub.settings.base import ALLOWED_HOSTS, SECRET_KEY, env

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set: production settings need the SECRET_KEY environment variable "
        "(a long random string, e.g. from `python3 -c 'import secrets; "
        "print(secrets.token_urlsafe(50))'`)."
    )

if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set: production settings need the ALLOWED_HOSTS environment "
        "variable, the site's host names separated by commas (e.g. hub.example.org)."
    )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", True)
# The proxy in front (docker-compose's or the host's) terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
