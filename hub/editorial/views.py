import django_filters
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView

from hub.core.languages import own_name, translation_language_codes
from hub.editorial.translation_status import (
    STATUSES,
    counts_per_language,
    translation_status,
)
from hub.resources.models import PublicationPage

ROWS_PER_PAGE = 50


def language_choices():
    return [(code, own_name(code)) for code in translation_language_codes()]


class TranslationStatusFilterSet(WagtailFilterSet):
    """The language and the status. The statuses are worked out in bulk by
    hub.editorial.translation_status, so the filters are read, not applied to a queryset."""

    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=language_choices,
        empty_label=_("All languages"),
        method="read_only",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=list(STATUSES.items()),
        empty_label=_("All statuses"),
        method="read_only",
    )

    def read_only(self, queryset, name, value):
        return queryset


class TranslationStatusReportView(ReportView):
    """The "Translation status" report: each publication in each language, filterable by
    language and status, with counts per language and links to translate or review."""

    page_title = _("Translation status")
    header_icon = "site"
    template_name = "editorial/translation_status.html"
    results_template_name = "editorial/translation_status_results.html"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = ROWS_PER_PAGE
    page_kwarg = "page"

    def get_filterset_kwargs(self):
        # An unknown language or status shows them all, as the form then does.
        data = self.request.GET.copy()
        if data.get("language") not in dict(language_choices()):
            data["language"] = ""
        if data.get("status") not in STATUSES:
            data["status"] = ""
        # No Meta model: a page model would bring Wagtail's locale filter with it.
        return {
            **super().get_filterset_kwargs(),
            "data": data,
            "queryset": PublicationPage.objects.none(),
        }

    @cached_property
    def chosen(self) -> dict:
        self.filters.is_valid()
        return self.filters.form.cleaned_data

    @cached_property
    def shown_languages(self) -> list[str]:
        language = self.chosen["language"]
        return [language] if language else translation_language_codes()

    @cached_property
    def rows(self):
        return translation_status(self.shown_languages)

    def get_filtered_queryset(self):
        status = self.chosen["status"]
        if not status:
            return self.rows
        return [row for row in self.rows if any(cell.status == status for cell in row.cells)]

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        try:
            page = paginator.page(self.request.GET.get(self.page_kwarg, 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404(gettext("There is no such page of results.")) from None
        return (paginator, page, page.object_list, page.has_other_pages())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = counts_per_language(self.rows)
        context.update(
            {
                "shown_languages": [(code, own_name(code)) for code in self.shown_languages],
                "statuses": STATUSES.items(),
                "counts": [
                    (own_name(code), [(STATUSES[key], counts[code][key]) for key in STATUSES])
                    for code in self.shown_languages
                ],
            }
        )
        return context
