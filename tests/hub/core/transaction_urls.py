"""The project's URLs plus views that show which transaction a request runs in, and views that
write and then fail, to see what of their writes is kept."""

from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.http import JsonResponse
from django.urls import path

from hub.urls import urlpatterns as project_urlpatterns


def transaction_depth(request):
    """How many atomic blocks are open around the view."""
    return JsonResponse({"atomic_blocks": len(connection.atomic_blocks)})


def add_group_then_fail(request):
    Group.objects.create(name=request.GET["name"])
    raise RuntimeError("deliberate failure after a write")


@transaction.non_atomic_requests
def add_group_then_fail_in_autocommit(request):
    return add_group_then_fail(request)


answers_nothing_calls = []


def answer_nothing(request):
    answers_nothing_calls.append(request.method)


urlpatterns = [
    path("transaction-depth/", transaction_depth),
    path("add-group-then-fail/", add_group_then_fail),
    path("add-group-then-fail-in-autocommit/", add_group_then_fail_in_autocommit),
    path("answer-nothing/", answer_nothing),
    *project_urlpatterns,
]
