from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from hub.resources.models import ResourceLibraryPage

register = template.Library()


def language_home_url(language_code: str) -> str:
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag
def home_url() -> str:
    return language_home_url(translation.get_language())


@register.simple_tag
def library_url() -> str:
    """The resource library in the current language, if there is a live one."""
    library = (
        ResourceLibraryPage.objects.live()
        .filter(locale__language_code=translation.get_language())
        .first()
    )
    return library.url if library else ""


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per site language: to the current page's translation where it is live, else
    to that language's home page. Without a page (error pages) it needs no database."""
    page = context.get("page")
    translated_urls = {}
    if getattr(page, "pk", None):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
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
