"""The "Search terms" report: what readers search for and what they cannot find, so that editors
know what to write, translate or promote."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import ngettext

from search import analytics
from search.promotions import promotion_languages

PERIODS = (7, 30, 90)
DEFAULT_PERIOD = 30
TOP = 20
# The snippet viewset's URL name for adding a promotion (see search.wagtail_hooks).
ADD_PROMOTION_URL_NAME = "wagtailsnippets_search_searchpromotion:add"


def may_view_search_terms(user) -> bool:
    """Whoever manages promotions in some language: Editors, Moderators of every language and
    superusers; not translators."""
    return bool(promotion_languages(user))


def search_terms_report(request):
    if not may_view_search_terms(request.user):
        raise PermissionDenied
    names = dict(settings.LANGUAGES)
    language = request.GET.get("language", "")
    if language not in names:
        language = ""
    try:
        days = int(request.GET.get("days", DEFAULT_PERIOD))
    except ValueError:
        days = DEFAULT_PERIOD
    if days not in PERIODS:
        days = DEFAULT_PERIOD
    chosen_language = language or None
    promotable = promotion_languages(request.user)
    add_url = reverse(ADD_PROMOTION_URL_NAME)

    def row(total):
        promote_url = None
        if total.language in promotable:
            query_string = urlencode({"query": total.query, "language": total.language})
            promote_url = f"{add_url}?{query_string}"
        return {
            "query": total.query,
            "language": total.language,
            "language_name": names.get(total.language, total.language),
            "searches": total.searches,
            "zero_results": total.zero_results,
            "promote_url": promote_url,
        }

    totals = analytics.totals_per_language(days, chosen_language)
    min_days = analytics.min_days()
    min_searches = analytics.min_searches()
    return render(
        request,
        "search/admin/search_terms.html",
        {
            "periods": PERIODS,
            "chosen_days": days,
            "languages": list(names.items()),
            "chosen_language": language,
            "totals": [
                (names[total.language], total.searches, total.zero_results) for total in totals
            ],
            # Whether the period had any searches (and any that found nothing), so that an
            # empty list can say whether nothing happened or nothing reached the thresholds.
            "period_searches": sum(total.searches for total in totals),
            "period_zero_results": sum(total.zero_results for total in totals),
            "min_days_text": ngettext(
                "at least %(count)s day", "at least %(count)s different days", min_days
            )
            % {"count": min_days},
            "min_searches_text": ngettext(
                "at least %(count)s time", "at least %(count)s times", min_searches
            )
            % {"count": min_searches},
            "top_queries": [
                row(total) for total in analytics.top_queries(days, chosen_language, TOP)
            ],
            "top_zero_result_queries": [
                row(total)
                for total in analytics.top_queries(
                    days, chosen_language, TOP, zero_results_only=True
                )
            ],
            "retention_days": analytics.retention_days(),
        },
    )
