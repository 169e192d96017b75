"""Links from content to pages lead only where any reader may go: to a live page with no view
restriction on it or an ancestor. A link to a draft, unpublished or private page keeps its
text and loses its address, so that neither its title nor its slug reaches the reader."""

from django.db.models import Q
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from hub.core.query_parameters import whole_number


def public_page_urls(page_ids) -> list[str | None]:
    """For each page id, where a public link to it leads: its translation in the active
    language if that is live and public (as Wagtail's `localized`), else the page itself if it
    is, else None. Three queries however many links."""
    # Ids come from stored rich text as strings; one that is not a number names no page.
    pks = [whole_number(str(pk), maximum=2**63 - 1) for pk in page_ids]
    keys = dict(Page.objects.filter(pk__in=set(pks)).values_list("pk", "translation_key"))
    language = translation.get_language()
    # Base pages: no page type here changes how its URL is built.
    visible = (
        Page.objects.live()
        .public()
        .filter(
            Q(pk__in=list(keys))
            | Q(translation_key__in=set(keys.values()), locale__language_code=language)
        )
        .select_related("locale")
    )
    by_pk = {}
    in_language = {}
    for page in visible:
        by_pk[page.pk] = page
        if page.locale.language_code == language:
            in_language[page.translation_key] = page
    urls = []
    for pk in pks:
        page = in_language.get(keys.get(pk)) or by_pk.get(pk)
        urls.append(page.url if page else None)
    return urls


class PublicPageLinkHandler(PageLinkHandler):
    """Wagtail's page link handler, for public pages only. Only the opening tag is rewritten
    (the stored `</a>` stays), so a link to any other page becomes an `<a>` without `href`:
    plain text to browsers and assistive technology, as Wagtail renders a deleted page."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        urls = public_page_urls([attrs.get("id") for attrs in attrs_list])
        return [format_html('<a href="{}">', url) if url else "<a>" for url in urls]
