"""Settings shared by every environment. Safe for production on their own: DEBUG is off and
nothing insecure is defaulted; dev.py and test.py relax what they must, production.py adds
what only a real deployment needs."""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO

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
    "hub.accounts",
    "hub.editorial",
    "hub.resources",
    # hub.demo (load_demo and its content) and hub.benchmark are added by the dev and test
    # settings only.
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
    # Second step of the admin sign-in (hub.accounts): app codes (TOTP) and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Sign-in throttling (hub.accounts.login_throttle); its tables come from its own migrations.
    "axes",
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
    # request.user.is_verified(): whether this session has passed the second sign-in step.
    "django_otp.middleware.OTPMiddleware",
    # Sends a signed-in user who still owes the second step to it (hub.accounts).
    "hub.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A POST, PUT, PATCH or DELETE is one transaction, a read is none (instead of
    # ATOMIC_REQUESTS). It calls the view: after every middleware with a process_view.
    "hub.core.transactions.AtomicWriteRequestsMiddleware",
    # Last, as axes requires: turns a sign-in it refused into the lockout page.
    "axes.middleware.AxesMiddleware",
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
# Not ATOMIC_REQUESTS: each request that may write is one transaction (an editor's publish and
# the search outbox entry its signal writes commit together) through
# hub.core.transactions.AtomicWriteRequestsMiddleware, and reads run in none, so that on SQLite
# (whose transactions take the write lock as they begin) page views do not wait for writes.
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

# How many proxies in front of the site append the client's address to X-Forwarded-For
# (docker-compose.yml's host TLS proxy: 1). 0: the header is ignored, since a client that
# reaches the site directly could write anything in it. hub.core.clients reads it for every
# limit that counts per client.
TRUSTED_PROXIES = env.int("TRUSTED_PROXIES", 0)

# Sign-in throttling (django-axes, hub.accounts.login_throttle) on the admin's and the
# front-end's login: it sees both because both authenticate with the request.
AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out sign-in before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "hub.accounts.login_throttle.LoginThrottleHandler"
# Failures count per account and client, and (looser, LOGIN_CLIENT_FAILURE_LIMIT) per client
# over every account, so an attacker cannot lock a moderator out from the moderator's client.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
LOGIN_CLIENT_FAILURE_LIMIT = env.int("LOGIN_CLIENT_FAILURE_LIMIT", 20, minimum=1)
# Axes' default (None) locks for ever, which an attacker could impose on anyone.
AXES_COOLOFF_TIME = timedelta(minutes=env.int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
# Tries while locked are refused but neither counted nor extending the lock: the time the
# lockout page gives is the time it lasts.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
# Clients are named by hub.core.clients (TRUSTED_PROXIES) and stored only as a keyed hash
# shaped as an IPv6 address; successful sign-ins are not recorded, and a failure is deleted
# at the first sign-in attempt after its cool-off. Axes' log lines and stored form data mask
# these parameters' values: no address, browser, password or page a reader wanted.
AXES_CLIENT_IP_CALLABLE = "hub.accounts.login_throttle.client_pseudonym"
AXES_DISABLE_ACCESS_LOG = True
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "user_agent", "next"]
# No start-up banner in the output of every manage.py command.
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "hub.accounts.login_throttle.lockout_response"
# Wrong passwords on a password-restricted page, per restriction and client, within the same
# cool-off (hub.accounts.page_password: Wagtail's form sends no login signal to axes).
PAGE_PASSWORD_FAILURE_LIMIT = env.int("PAGE_PASSWORD_FAILURE_LIMIT", 10, minimum=1)

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
# The read API's `?search=` runs Wagtail's database backend, which raises on a quote or a NUL
# on SQLite: it answers 400 "search is disabled", and the public search is /api/search/.
WAGTAILAPI_SEARCH_ENABLED = False
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
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_COMMENTS_ENABLED = True

# Two-step sign-in (hub.accounts). Members of these groups and every superuser must sign in
# with a code from an authenticator app after their password; anyone else with admin access
# may turn it on. The language moderators' groups are named as hub.editorial.role_names names them.
TWO_FACTOR_REQUIRED = True
TWO_FACTOR_REQUIRED_GROUPS = [
    "Administrators",
    "Moderators",
    *(
        f"Moderators – {LANG_INFO[code]['name']}"
        for code, _name in LANGUAGES
        if code != LANGUAGE_CODE
    ),
]
# The name authenticator apps show beside the code.
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# After n wrong codes in a row, a device accepts the next try only 2^(n-1) seconds later
# (django-otp's default factor, kept explicit: app codes and recovery codes alike).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1

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
# Each file is read in a child process (search/extract.py) that is killed after this many
# seconds and may use this much memory (MB of address space, enforced by the kernel), so that one
# crafted upload cannot tie up a worker or the server's memory.
SEARCH_EXTRACT_TIMEOUT = env.int("SEARCH_EXTRACT_TIMEOUT", 30, minimum=1)
SEARCH_EXTRACT_MAX_MEMORY = env.int("SEARCH_EXTRACT_MAX_MEMORY", 512, minimum=64)
# Zip bombs: an office file's XML may unpack to at most this many times its compressed size
# (Apache POI's rule; real documents stay far below it).
SEARCH_EXTRACT_MAX_RATIO = env.int("SEARCH_EXTRACT_MAX_RATIO", 100, minimum=1)
# The on-commit drain in a request hands files it has no text for yet to a detached process
# instead of reading them itself. Tests turn it off: a child process cannot see their in-memory
# database and storage.
SEARCH_EXTRACT_IN_BACKGROUND = env.bool("SEARCH_EXTRACT_IN_BACKGROUND", True)
# Elasticsearch makes writes searchable at its next refresh (1 s); tests refresh at once.
SEARCH_REFRESH_ON_WRITE = False
# Counts of queries per day and language (no IP, no user, no session), kept this many days.
SEARCH_ANALYTICS_ENABLED = env.bool("SEARCH_ANALYTICS_ENABLED", True)
SEARCH_ANALYTICS_RETENTION_DAYS = env.int("SEARCH_ANALYTICS_RETENTION_DAYS", 90)
# Editors see a query only once it was searched on this many distinct days and this many times
# within those kept days: one reader's one-off search ("jane doe activist address") never shows.
SEARCH_ANALYTICS_MIN_DAYS = env.int("SEARCH_ANALYTICS_MIN_DAYS", 3, minimum=1)
SEARCH_ANALYTICS_MIN_SEARCHES = env.int("SEARCH_ANALYTICS_MIN_SEARCHES", 5, minimum=1)
# The seams between the layers, joined here so that none imports the one above it: the library
# page (hub.resources) is served by search's view, and the site's templates (hub.core) link to
# the library page model by its label.
LIBRARY_SEARCH_VIEW = "search.library_page.serve_library_search"
LIBRARY_PAGE_MODEL = "resources.ResourceLibraryPage"

# Public search API (/api/search/, search/api/).
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
# The library page's searches (a query, not browsing) run the same engine and count the
# query: limited like the API, counted apart from it.
SEARCH_PAGE_RATE = env.str("SEARCH_PAGE_RATE", "60/min")

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
# One e-mail per distinct error (its type and where it was raised, never the URL) per this many
# seconds, so that repeating or varying a failing request cannot flood the administrators.
ERROR_EMAIL_INTERVAL = env.int("ERROR_EMAIL_INTERVAL", 600, minimum=1)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "hub.core.error_reports.RateLimitedAdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own errors (django.security's forged Host headers among them) are e-mailed
        # through the same limited handler; without this entry Django's default one would send
        # one per request. The console output comes from the root logger.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
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
