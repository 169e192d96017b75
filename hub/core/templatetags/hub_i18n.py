from django import template
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from hub.core.view_restrictions import without_private_pages

register = template.Library()


def language_home_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag
def home_url() -> str:
    return language_home_url(translation.get_language())


@register.simple_tag
def library_url() -> str:
    """The resource library in the current language, if there is a live one. Its model is
    named by LIBRARY_PAGE_MODEL: the site's ground floor does not import the publications."""
    libraries = apps.get_model(settings.LIBRARY_PAGE_MODEL).objects.live()
    library = (
        without_private_pages(libraries)
        .filter(locale__language_code=translation.get_language())
        .first()
    )
    return library.url if library else ""


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per site language: to the current page's translation where it is live and the
    reader may see it, else to that language's home page, so that a public page never names a
    translation that is private (through its own restriction or a section's). Without a page
    (error pages) it needs no database."""
    page = context.get("page")
    request = context.get("request")
    translated_urls = {}
    if getattr(page, "pk", None):
        live = list(page.get_translations(inclusive=True).live().select_related("locale"))
        # The restrictions on the translations and their ancestors, in one query.
        ancestry = {
            p.path[:end] for p in live for end in range(Page.steplen, len(p.path) + 1, Page.steplen)
        }
        restrictions = list(
            PageViewRestriction.objects.filter(page__path__in=ancestry).select_related("page")
        )
        for translated in live:
            applying = [r for r in restrictions if translated.path.startswith(r.page.path)]
            if all(request is not None and r.accept_request(request) for r in applying):
                translated_urls[translated.locale.language_code] = translated.get_url()
    current = translation.get_language()
    return {
        "languages": [
            {
                "code": code,
                "name": name,
                "url": translated_urls.get(code) or language_home_url(code),
                "direction": "rtl" if translation.get_language_info(code)["bidi"] else "ltr",
                "is_current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    }
