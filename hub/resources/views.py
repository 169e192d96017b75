from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

from hub.resources.models import PublicationPage

CITATION_FORMATS = {
    "bib": ("bibtex", "application/x-bibtex; charset=utf-8"),
    "ris": ("ris", "application/x-research-info-systems; charset=utf-8"),
}


def publication_at(request, path: str) -> tuple[PublicationPage, bool]:
    """The live publication at this path in the current language, if the reader may see it,
    and whether it is under a view restriction (which this reader has passed)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in path.split("/") if component]
    page = site.root_page.localized.specific.route(request, components).page.specific
    if not isinstance(page, PublicationPage):
        raise Http404
    restrictions = list(page.get_view_restrictions())
    if not all(restriction.accept_request(request) for restriction in restrictions):
        raise Http404
    return page, bool(restrictions)


def citation_file(request, path, extension):
    """<publication URL>cite.bib and cite.ris: the citation as a file for reference managers."""
    page, restricted = publication_at(request, path)
    method, content_type = CITATION_FORMATS[extension]
    response = HttpResponse(getattr(page.citation(request), method)(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.{extension}"'
    if restricted:
        # As Wagtail answers for the page itself: for this reader only, and not indexed.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def short_link(request, page_id):
    """/r/<id>/: the publication in the reader's language, else in a language it exists in."""
    source = Page.objects.filter(pk=page_id).first()
    if source is None:
        raise Http404(_("There is no publication with this link."))
    translations = {
        page.locale.language_code: page
        for page in source.get_translations(inclusive=True)
        .type(PublicationPage)
        .live()
        .public()
        .select_related("locale")
    }
    if not translations:
        raise Http404(_("There is no publication with this link."))
    language = translation.get_language_from_request(request)
    page = translations.get(language) or translations.get(source.locale.language_code)
    page = page or next(iter(translations.values()))
    return redirect(page.get_url(request))
