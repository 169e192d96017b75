from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation

from hub.core.health import site_health

HEALTH_CHECK_PATH = "/healthz/"


class HealthCheckMiddleware:
    """Answers /healthz/ before host validation and the HTTPS redirect, so that container and
    load-balancer probes over plain HTTP on 127.0.0.1 get the real answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != HEALTH_CHECK_PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return JsonResponse({"error": "Use GET."}, status=405, headers={"Allow": "GET, HEAD"})
        report, status = site_health()
        return JsonResponse(report, status=status, headers={"Cache-Control": "no-store"})


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one addition: the admin gets the few relaxations it cannot work without
    (settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE); the public site keeps the strict policy."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(reverse("wagtailadmin_home")):
            update = dict(parts.update or {})
            for directive, sources in settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE.items():
                update[directive] = [*update.get(directive, []), *sources]
            parts.update = update
        return parts


class PermissionsPolicyMiddleware:
    """Sends settings.PERMISSIONS_POLICY: every browser feature the site does not use is off."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a language-neutral URL (/r/<id>/,
    /media/…, /api/…) stays a 404: only a path that matched nothing is sent to /<language>/…"""

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None):
            language_neutral = not translation.get_language_from_path(request.path_info)
            if language_neutral:
                response.headers.setdefault("Content-Language", translation.get_language())
                return response
        return super().process_response(request, response)
