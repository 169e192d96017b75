"""The search API against its own OpenAPI description: schemathesis reads the description the
site serves at /api/search/schema/ and sends generated requests, valid and invalid, to each
operation through the Django app in-process. Every answer must be one the description lists,
with the content type and body it declares, and none a server error."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.search.factories import build_search_tree, index_all_publications

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Read once when the tests are collected: serving the description needs no database.
schema = schemathesis.openapi.from_wsgi("/api/search/schema/", get_wsgi_application())


@pytest.fixture
def search_library(db, settings):
    # Generated requests come fast from one client: high enough never to meet the limit.
    settings.SEARCH_API_RATE = "100000/min"
    build_search_tree()
    index_all_publications()
    # The WSGI app closes the database connection after each request, and with it the test's
    # transaction; Django's test client stops that the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    # The library is built once per operation, not once per generated request.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_conforms_to_its_openapi_description(case, search_library):
    case.call_and_validate(checks=CHECKS)
