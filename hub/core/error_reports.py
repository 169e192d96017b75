"""Error reports (the e-mails sent to ADMINS) without IP addresses, query strings or the values
of local variables: a search term or a reader's address is personal data for people at risk.
At most one e-mail per distinct error per ERROR_EMAIL_INTERVAL seconds, so that no client can
flood the administrators' mailbox by repeating or varying a request that fails."""

import hashlib
import traceback
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.utils.log import AdminEmailHandler
from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

PRIVATE_REQUEST_META = {
    "REMOTE_ADDR",
    "REMOTE_HOST",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_REAL_IP",
    "HTTP_FORWARDED",
    "HTTP_CF_CONNECTING_IP",
    "HTTP_TRUE_CLIENT_IP",
    "HTTP_REFERER",
    "QUERY_STRING",
    "REQUEST_URI",
    "RAW_URI",
    "HTTP_COOKIE",
}


class PrivateExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if not self.is_active(request):
            return meta
        return {key: value for key, value in meta.items() if key not in PRIVATE_REQUEST_META}

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        if not self.is_active(request):
            return variables
        return [(name, self.cleansed_substitute) for name, _value in variables]


class PrivateExceptionReporter(ExceptionReporter):
    def get_traceback_data(self):
        data = super().get_traceback_data()
        if self.request is not None and self.filter.is_active(self.request):
            data["request_GET_items"] = []
            data["request_COOKIES_items"] = []
            data["request_insecure_uri"] = self.request.path
        return data


def error_signature(record) -> str:
    """What makes one error distinct from another, never the request: an exception's type, the
    line that raised it and the last line of the project's own code it passed through (many
    views fail in the same line of Django's); a record without one, such as the line Django
    logs for a 503, by its logger, its message before the arguments (the path) are put in, and
    its status code."""
    if record.exc_info and record.exc_info[0] is not None:
        error_type, _error, trace = record.exc_info
        lines = [(frame.f_code.co_filename, line) for frame, line in traceback.walk_tb(trace)]
        project_lines = [(name, line) for name, line in lines if is_project_file(name)]
        parts = [error_type.__module__, error_type.__qualname__, *lines[-1:], *project_lines[-1:]]
    else:
        parts = [record.name, record.msg, getattr(record, "status_code", "")]
    return "|".join(str(part) for part in parts)


def is_project_file(filename: str) -> bool:
    path = Path(filename)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


class RateLimitedAdminEmailHandler(AdminEmailHandler):
    """Django's error e-mail, sent for the first of each distinct error (error_signature) in
    ERROR_EMAIL_INTERVAL seconds; the others are still logged to the console. Counted in
    Django's default cache: with the local-memory cache each gunicorn worker counts on its own,
    so the administrators get at most one e-mail per error per worker per interval."""

    def emit(self, record):
        digest = hashlib.sha256(error_signature(record).encode()).hexdigest()
        if cache.add(f"error-email:{digest}", True, timeout=settings.ERROR_EMAIL_INTERVAL):
            super().emit(record)
