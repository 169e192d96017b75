"""The search API's error answers: 400 with a message per parameter, 429 and 503, in the
requested language, never cached."""

import math

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from ninja.errors import Throttled, ValidationError

from hub.core.languages import language_codes
from search.api.app import api
from search.query import MAX_RESULT_WINDOW, parse_search


def error_response(request, status: int, errors: dict[str, str], detail: str = ""):
    response = api.create_response(
        request,
        {
            "detail": detail
            or " ".join(errors.values())
            or _("The request's parameters are not valid."),
            "errors": errors,
        },
        status=status,
    )
    response["Cache-Control"] = "no-store"
    patch_vary_headers(response, ("Origin",))
    return response


def language_error(value: str) -> str:
    return _("Unknown language “%(value)s”: use one of %(languages)s.") % {
        "value": value,
        "languages": ", ".join(language_codes()),
    }


@api.exception_handler(ValidationError)
def refuse_invalid_parameters(request, exc):
    """Parameters that fail their declared types: the messages come from the page's parser
    where it knows the parameter, so both say the same; otherwise a plain one per parameter."""
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    errors = {}
    if language not in language_codes():
        errors["lang"] = language_error(language)
        language = translation.get_language()
    with translation.override(language):
        errors.update(parse_search(request.GET, language, api=True).errors)
        for error in exc.errors:
            # ("query", name), or ("query", "parameters", name, index) for a list's item.
            name = next((part for part in error["loc"][1:] if part in request.GET), "")
            if name and name not in errors:
                errors[name] = _("“%(value)s” is not a valid value for %(name)s.") % {
                    "value": ", ".join(request.GET.getlist(name)),
                    "name": name,
                }
        return error_response(request, 400, errors)


@api.exception_handler(Throttled)
def refuse_too_many_requests(request, exc):
    return error_response(
        request,
        429,
        {},
        _("Too many requests from this client: please wait %(seconds)d seconds.")
        % {"seconds": math.ceil(exc.wait or 1)},
    )


def unavailable(request):
    return error_response(
        request,
        503,
        {},
        _("Search is unavailable right now: please try again in a few minutes."),
    )


def beyond_result_window() -> str:
    return _("Results reach only the first %(limit)d; narrow the search instead.") % {
        "limit": MAX_RESULT_WINDOW
    }


def no_such_page(last: int) -> str:
    return _("There is no such page: the last page is %(last)d.") % {"last": last}
