"""What a reader needs to share a publication: absolute URLs, translations, share links,
Open Graph data and schema.org JSON-LD. Plain links only: no third-party script is loaded."""

import json
from urllib.parse import quote, urlencode

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from hub.core.languages import default_language_code, language_order

OPEN_GRAPH_LOCALES = {"en": "en_GB", "ar": "ar_AR", "he": "he_IL"}
# What Django's json_script escapes, so that no text in the data can end the <script> element
# or open an HTML comment inside it ("<!--<script>" would make the parser swallow the page).
JSON_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def live_translations(page):
    """The page and its live, public translations, in settings.LANGUAGES order."""
    pages = list(page.get_translations(inclusive=True).live().public().select_related("locale"))
    return sorted(pages, key=lambda p: language_order(p.locale.language_code))


def alternates(request, translations):
    """hreflang alternates: one per translation, plus x-default (the default language's
    version, else the first)."""
    links = [
        {"hreflang": p.locale.language_code, "href": request.build_absolute_uri(p.get_url(request))}
        for p in translations
    ]
    default = next(
        (link for link in links if link["hreflang"] == default_language_code()),
        links[0] if links else None,
    )
    if default:
        links.append({"hreflang": "x-default", "href": default["href"]})
    return links


def share_links(title: str, url: str) -> list[dict]:
    """Plain links to each service's own share page: no script, no tracking parameters."""
    services = [
        (_("E-mail"), "mailto:?", {"subject": title, "body": url}),
        ("X", "https://x.com/intent/post?", {"text": title, "url": url}),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?", {"u": url}),
        ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?", {"url": url}),
        ("WhatsApp", "https://wa.me/?", {"text": f"{title} {url}"}),
        ("Telegram", "https://t.me/share/url?", {"url": url, "text": title}),
    ]
    return [
        {"name": name, "href": base + urlencode(params, quote_via=quote)}
        for name, base, params in services
    ]


def short_url(request, translations) -> str:
    """/r/<id>/ with the id of the oldest of the group's live, public translations, the same
    link whichever translation it is shared from."""
    return request.build_absolute_uri(reverse("short_link", args=[min(p.pk for p in translations)]))


def structured_data(page, request, translations, authors, image_url) -> str:
    """schema.org JSON-LD, safe to place inside a <script> element."""
    url = request.build_absolute_uri(page.get_url(request))
    home = request.build_absolute_uri(reverse("wagtail_serve", args=[""]))
    data = {
        "@context": "https://schema.org",
        "@type": page.schema_type,
        "@id": url,
        "url": url,
        "headline": page.title,
        "name": page.title,
        "description": page.summary,
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": page.locale.language_code,
        "author": [{"@type": "Person", "name": person.name} for person in authors],
        "publisher": {"@type": "Organization", "name": _("Manara"), "url": home},
        "keywords": [topic.name for topic in page.localized_topics],
    }
    if image_url:
        data["image"] = image_url
    if page.doi:
        data["identifier"] = f"https://doi.org/{page.doi}"
    others = [p for p in translations if p.pk != page.pk]
    if others:
        data["workTranslation"] = [
            {
                "@id": request.build_absolute_uri(p.get_url(request)),
                "inLanguage": p.locale.language_code,
            }
            for p in others
        ]
    source = next(
        (p for p in translations if p.locale.language_code == default_language_code()), None
    )
    if source is not None and source.pk != page.pk:
        data["translationOfWork"] = {"@id": request.build_absolute_uri(source.get_url(request))}
    return json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)


def open_graph_locale(code: str | None = None) -> str:
    return OPEN_GRAPH_LOCALES.get(code or translation.get_language(), "en_GB")
