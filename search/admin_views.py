"""The "Search terms" report: what readers search for and what they cannot find, so that editors
know what to write, translate or promote."""

from urllib.parse import urlencode

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from hub.core.languages import language_codes, languages, own_name
from search import analytics
from search.models import SearchQueryCount
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


def language_choices():
    return [(language.code, language.own_name) for language in languages()]


def period_choices():
    return [
        (str(days), ngettext("Last %(days)s day", "Last %(days)s days", days) % {"days": days})
        for days in PERIODS
    ]


class SearchTermsFilterSet(WagtailFilterSet):
    """The period and the language. The counts are aggregated by search.analytics over rows
    it selects itself (the thresholds look beyond the period), so the filters are read, not
    applied to a queryset."""

    days = django_filters.ChoiceFilter(
        label=_("Period"), choices=period_choices, empty_label=None, method="read_only"
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=language_choices,
        empty_label=_("All languages"),
        method="read_only",
    )

    class Meta:
        model = SearchQueryCount
        fields = []

    def read_only(self, queryset, name, value):
        return queryset


class SearchTermsReportView(ReportView):
    page_title = _("Search terms")
    header_icon = "search"
    template_name = "search/admin/search_terms.html"
    results_template_name = "search/admin/search_terms_results.html"
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"
    filterset_class = SearchTermsFilterSet
    paginate_by = None

    def dispatch(self, request, *args, **kwargs):
        if not may_view_search_terms(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        # A missing or unknown period is the default one, as the form shows it.
        data = self.request.GET.copy()
        if data.get("days") not in {str(days) for days in PERIODS}:
            data["days"] = str(DEFAULT_PERIOD)
        if data.get("language") not in language_codes():
            data["language"] = ""
        return {**super().get_filterset_kwargs(), "data": data}

    @cached_property
    def days(self) -> int:
        return int(self.filters.form.cleaned_data["days"])

    @cached_property
    def language(self) -> str | None:
        return self.filters.form.cleaned_data["language"] or None

    def get_filtered_queryset(self):
        self.filters.is_valid()
        return analytics.top_queries(self.days, self.language, TOP)

    def rows(self, totals):
        promotable = promotion_languages(self.request.user)
        add_url = reverse(ADD_PROMOTION_URL_NAME)
        for total in totals:
            promote_url = None
            if total.language in promotable:
                query_string = urlencode({"query": total.query, "language": total.language})
                promote_url = f"{add_url}?{query_string}"
            yield {
                "query": total.query,
                "language_name": own_name(total.language),
                "searches": total.searches,
                "zero_results": total.zero_results,
                "promote_url": promote_url,
            }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        totals = analytics.totals_per_language(self.days, self.language)
        min_days = analytics.min_days()
        min_searches = analytics.min_searches()
        zero_result_queries = analytics.top_queries(
            self.days, self.language, TOP, zero_results_only=True
        )
        context.update(
            {
                "totals": [
                    (own_name(total.language), total.searches, total.zero_results)
                    for total in totals
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
                "top_queries": list(self.rows(context["object_list"])),
                "top_zero_result_queries": list(self.rows(zero_result_queries)),
                "retention_days": analytics.retention_days(),
            }
        )
        return context
