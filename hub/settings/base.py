"""Settings shared by every environment. Safe for production on their own: DEBUG is off and
nothing insecure is defaulted; dev.py and test.py relax what they must, production.py adds
what only a real deployment needs."""

from pathlib import Path

from csp.constants import NONE, SELF

from hub.settings.environment import Environment

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = Environment()

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS")

# load_demo creates a superuser whose password it prints: only dev and test allow that.
DEMO_CONTENT_ALLOWED = False

INSTALLED_APPS = [
    "hub.core",
    "hub.editorial",
    "hub.resources",
    "hub.demo",
    "home",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "rest_framework",
    # CORS headers for the public search API (settings in "Public search API" below).
    "corsheaders",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so that container probes get an answer without host validation or HTTPS redirects.
    "hub.core.middleware.HealthCheckMiddleware",
    # Before anything that may answer, so that /api/ answers carry their CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hub.core.middleware.ContentSecurityPolicyMiddleware",
    "hub.core.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hub.core.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hub.urls"
WSGI_APPLICATION = "hub.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL, or a SQLite file under var/. Persistent connections with health
# checks: measured on PostgreSQL with gunicorn here, 1.3-1.7x the pages per second of a new
# connection per request (each connection costs about 2.6 ms to open).
CONN_MAX_AGE = env.int("CONN_MAX_AGE", 60)
DATABASES = {
    "default": env.database(
        "DATABASE_URL", f"sqlite:///{VAR_DIR / 'hub.sqlite3'}", conn_max_age=CONN_MAX_AGE
    )
}
# Each request is one transaction: an editor's publish, unpublish or move and the search
# outbox entry its signal writes commit together or not at all (Wagtail's actions do not open
# a transaction of their own).
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Readers log in through Wagtail's page login form, which returns them to the restricted page;
# one who opens the form without a page to go back to lands on their language's home page.
LOGIN_REDIRECT_URL = "/"

# Languages. The first is the default; every language here is a Wagtail locale, a URL prefix
# (/en/, /ar/, /he/) and an admin language. Add a language by adding it here and to locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ar", "العربية"),
    ("he", "עברית"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Hebrew is not in Wagtail's default admin languages; locale/ supplements its thin catalogues.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.str("TIME_ZONE", "UTC")
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("STATIC_ROOT") or VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded media: whitenoise serves only static files, so hub.urls serves image files from
# MEDIA_ROOT itself and documents through Wagtail's view, both behind the gate in
# hub.resources.file_access (a file follows the pages that use it).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "csv"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "hub.resources.uploads.PublicationDocumentForm"
DOCUMENT_MAX_UPLOAD_SIZE = env.int("DOCUMENT_MAX_UPLOAD_SIZE", 50 * 1024 * 1024, minimum=1)
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Email.
EMAIL_BACKEND = env.str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "hub@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Administrators", address) for address in env.list("ADMIN_EMAILS")]

# Wagtail.
WAGTAIL_SITE_NAME = "Manara Digital Rights Hub"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# The default avatar would ask gravatar.com for every editor's picture.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
# A translation of a live page must not go live, untranslated, the moment it is created.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation for translators only when the organisation has a DeepL key; without it
# wagtail-localize shows no machine-translation button.
DEEPL_API_KEY = env.str("DEEPL_API_KEY")
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }
# Review notifications (workflow submissions, approvals, comments) come from this address.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "hub@localhost")
WAGTAILADMIN_COMMENTS_ENABLED = True

# Public search (the search/ app). Admin search stays on Wagtail's backend above.
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL")
SEARCH_INDEX_PREFIX = env.str("SEARCH_INDEX_PREFIX", "hub-local")
# Outbox entries are drained right after the commit that wrote them; with a `search-worker`
# process running, production may turn this off and leave the draining to it.
SEARCH_INDEX_ON_COMMIT = env.bool("SEARCH_INDEX_ON_COMMIT", True)
SEARCH_OUTBOX_RETENTION_DAYS = env.int("SEARCH_OUTBOX_RETENTION_DAYS", 7)
# Attached files larger than this are not read for search; their text is capped at this many
# characters (a 300-page report is about 1,000,000).
SEARCH_EXTRACT_MAX_BYTES = env.int("SEARCH_EXTRACT_MAX_BYTES", 50 * 1024 * 1024)
SEARCH_EXTRACT_MAX_CHARS = env.int("SEARCH_EXTRACT_MAX_CHARS", 200_000)
# Elasticsearch makes writes searchable at its next refresh (1 s); tests refresh at once.
SEARCH_REFRESH_ON_WRITE = False
# Counts of queries per day and language (no IP, no user, no session), kept this many days.
SEARCH_ANALYTICS_ENABLED = env.bool("SEARCH_ANALYTICS_ENABLED", True)
SEARCH_ANALYTICS_RETENTION_DAYS = env.int("SEARCH_ANALYTICS_RETENTION_DAYS", 90)

# Public search API (/api/search/, search/api.py).
# Partner sites read it from their own pages: any origin may read /api/ (GET only, without
# cookies); no other path sends CORS headers.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
# Requests per client to the search and suggest endpoints ("60/min", "1000/hour", ...). The
# counts live in Django's default cache: with no CACHES configured that is local memory, so
# each gunicorn worker counts on its own (the effective limit is this times the workers).
SEARCH_API_RATE = env.str("SEARCH_API_RATE", "60/min")
# Autocomplete asks once per pause in typing: a few per second while someone types.
SEARCH_SUGGEST_RATE = env.str("SEARCH_SUGGEST_RATE", "300/min")
# The site runs behind one proxy (the host's TLS proxy, see docker-compose.yml), which appends
# the client's address to X-Forwarded-For; entries before it are whatever the client claimed,
# so the throttle identifies clients by the last one.
NINJA_NUM_PROXIES = 1

# Security headers that hold in every environment; production.py adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's live preview shows the page in a same-origin frame inside the editor, so framing
# is limited to this origin rather than denied (Django's W019 asks for DENY).
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Every browser feature the site does not use is switched off.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# The public site runs with no inline script or style and no other host.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin and wagtail-localize's editor render inline scripts and style attributes
# without a nonce, and the image editor shows blob: previews, so /admin/ relaxes exactly these.
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}

# Logs keep no IP addresses and no query strings: search terms are personal data for readers
# at risk. Error reports go through a reporter that removes both.
DEFAULT_EXCEPTION_REPORTER = "hub.core.error_reports.PrivateExceptionReporter"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        "django_tasks": {"level": "WARNING"},
        # runserver's access log prints full URLs with query strings.
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}

DEFAULT_EXCEPTION_REPORTER_FILTER = "hub.core.error_reports.PrivateExceptionReporterFilter"

# Which public search engine runs, decided here once: Elasticsearch when ELASTICSEARCH_URL is
# set, otherwise the database's own full-text engine.
if ELASTICSEARCH_URL:
    SEARCH_ENGINE = "search.engines.elasticsearch.ElasticsearchSearchEngine"
elif DATABASES["default"]["ENGINE"].endswith("postgresql"):
    SEARCH_ENGINE = "search.engines.postgres.PostgresSearchEngine"
else:
    SEARCH_ENGINE = "search.engines.sqlite.SqliteSearchEngine"
