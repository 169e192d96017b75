"""The project's URLs plus views that fail on purpose, to see the error pages readers get."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied
from django.urls import path

from hub.urls import handler500
from hub.urls import urlpatterns as project_urlpatterns


def refuse(request):
    raise PermissionDenied


def crash(request):
    raise RuntimeError("deliberate failure for the error-page tests")


urlpatterns = [
    *i18n_patterns(path("forbidden/", refuse), path("crash/", crash)),
    *project_urlpatterns,
]

__all__ = ["handler500", "urlpatterns"]
