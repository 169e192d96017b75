from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from hub.editorial.translation_status import (
    STATUSES,
    counts_per_language,
    target_languages,
    translation_status,
)

ROWS_PER_PAGE = 50


def translation_status_report(request):
    """The "Translation status" report: each publication in each language, filterable by
    language and status, with counts per language and links to translate or review."""
    languages = target_languages()
    language = request.GET.get("language", "")
    status = request.GET.get("status", "")
    shown_languages = [language] if language in languages else languages
    rows = translation_status(shown_languages)
    counts = counts_per_language(rows)
    if status in STATUSES:
        rows = [row for row in rows if any(cell.status == status for cell in row.cells)]
    paginator = Paginator(rows, ROWS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        raise Http404(_("There is no such page of results.")) from None
    names = dict(settings.LANGUAGES)
    return render(
        request,
        "editorial/translation_status.html",
        {
            "page_obj": page,
            "languages": [(code, names[code]) for code in languages],
            "shown_languages": [(code, names[code]) for code in shown_languages],
            "statuses": STATUSES.items(),
            "chosen_language": language,
            "chosen_status": status,
            "counts": [
                (names[code], [(STATUSES[key], counts[code][key]) for key in STATUSES])
                for code in shown_languages
            ],
        },
    )
