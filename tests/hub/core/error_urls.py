"""The project's URLs plus two views that fail in different ways, for the error e-mail tests."""

from django.urls import path

from hub.urls import handler404, handler500
from hub.urls import urlpatterns as project_urlpatterns


def division_by_zero(request, case):
    return 1 / 0


def missing_key(request, case):
    return {}[case]


urlpatterns = [
    path("fails/divide/<str:case>/", division_by_zero),
    path("fails/lookup/<str:case>/", missing_key),
    *project_urlpatterns,
]

__all__ = ["handler404", "handler500", "urlpatterns"]
