from django.http import Http404, HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils import translation
from wagtail.models import Locale, Site

from hub.core.languages import default_language_code, own_name


def server_error(request):
    """The 500 page in the language of the URL. It renders from the template alone (no context
    processors, no database), because the error may be that the database is down."""
    language = translation.get_language_from_path(request.path_info) or default_language_code()
    with translation.override(language):
        body = loader.get_template("500.html").render({})
    return HttpResponseServerError(body)


def translations_of_missing_page(request, language, rest_of_path):
    """The same page in the other languages, when a reader asks for it in one it lacks."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    components = [component for component in rest_of_path.split("/") if component]
    found = []
    for locale in Locale.objects.exclude(language_code=language):
        root = site.root_page.get_translation_or_none(locale)
        if root is None:
            continue
        try:
            page = root.specific.route(request, components).page
        except Http404:  # noqa: S112 - not in that language either: the expected case
            continue
        if page.live and not page.get_view_restrictions().exists():
            found.append({"language": locale.language_code, "url": page.get_url(request)})
    return found


def page_not_found(request, exception):
    """404 in the URL's language; for a page that exists in other languages, links to them."""
    language = translation.get_language_from_path(request.path_info)
    available = []
    if language:
        rest_of_path = request.path_info[len(language) + 2 :]
        available = translations_of_missing_page(request, language, rest_of_path)
    body = loader.render_to_string(
        "404.html",
        {"available": [{**item, "name": own_name(item["language"])} for item in available]},
        request,
    )
    return HttpResponseNotFound(body)
