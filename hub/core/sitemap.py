"""/sitemap.xml for every language's tree (Wagtail's own lists one site root only) with
hreflang alternates between translations, and /robots.txt pointing at it."""

from collections import defaultdict

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from wagtail.models import Page


@cache_control(public=True, max_age=60 * 60)
def sitemap(request):
    pages = Page.objects.live().public().filter(depth__gt=1).select_related("locale").specific()
    groups = defaultdict(list)
    for page in pages:
        url = page.get_url(request)
        if url:
            groups[page.translation_key].append(
                {
                    "location": request.build_absolute_uri(url),
                    "language": page.locale.language_code,
                    "last_modified": page.last_published_at,
                }
            )
    entries = [
        {**entry, "alternates": group if len(group) > 1 else []}
        for group in groups.values()
        for entry in group
    ]
    entries.sort(key=lambda entry: entry["location"])
    return render(request, "sitemap.xml", {"entries": entries}, content_type="application/xml")


@cache_control(public=True, max_age=60 * 60 * 24)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
