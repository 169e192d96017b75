"""A search's results as the API's JSON answers them."""

from hub.core.languages import language_codes, own_name
from search.library import LibrarySearch
from search.results import LanguageVersion, ResultCard


def search_body(search: LibrarySearch, request) -> dict:
    results, query = search.results, search.query
    return {
        "count": results.count,
        "page": query.page,
        "page_size": query.page_size,
        # Pages that may be asked for: none when nothing was found.
        "pages": search.page_count if results.count else 0,
        "results": [result_item(card, request) for card in search.cards],
        "facets": {
            facet: [
                {
                    "value": option.value,
                    "label": option.label,
                    "count": option.count,
                    "selected": option.selected,
                }
                for option in options
            ]
            for facet, options in search.options.items()
        },
        "suggestion": results.suggestion,
    }


def result_item(card: ResultCard, request) -> dict:
    page = card.page
    # From the page's class: promoted pages may come as the base PublicationPage.
    model = page.specific_class
    own = LanguageVersion(card.language, own_name(card.language), page.get_url(request))
    order = {code: position for position, code in enumerate(language_codes())}
    versions = sorted([own, *card.other_languages], key=lambda version: order[version.code])
    return {
        "title": page.title,
        "url": request.build_absolute_uri(own.url),
        "type": model.publication_type,
        "type_label": str(model._meta.verbose_name).capitalize(),
        "language": card.language,
        "languages": [
            {
                "code": version.code,
                "name": version.name,
                "url": request.build_absolute_uri(version.url),
            }
            for version in versions
        ],
        "date": page.publication_date,
        "summary": page.summary,
        "authors": [person.name for person in page.localized_authors],
        "highlight": (
            {"html": card.highlight.html, "source": card.highlight.source}
            if card.highlight
            else None
        ),
        "matched_language": card.matched_language.code if card.matched_language else None,
        "promoted": card.promoted,
    }
