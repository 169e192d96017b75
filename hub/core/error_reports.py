"""Error reports (the e-mails sent to ADMINS) without IP addresses, query strings or the values
of local variables: a search term or a reader's address is personal data for people at risk."""

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
