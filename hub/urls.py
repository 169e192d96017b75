from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from hub.accounts.page_password import authenticate_with_password
from hub.core.sitemap import robots_txt, sitemap
from hub.resources.api import api_router
from hub.resources.file_access import document_file, image_file
from hub.resources.views import citation_file, short_link
from search import api as search_api

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document address, served through the gate that follows the pages using it.
    re_path(
        r"^documents/(?P<document_id>\d+)/(?P<document_filename>.*)$",
        document_file,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/search/", search_api.urls()),
    re_path(r"^media/(?P<path>(?:original_images|images)/[^/]+)$", image_file, name="image_file"),
    path("r/<int:page_id>/", short_link, name="short_link"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Pages live under a language prefix: /en/, /ar/, /he/. A path without one (including /)
# is redirected by LocaleMiddleware to the reader's best language from Accept-Language.
urlpatterns += i18n_patterns(
    re_path(
        r"^(?P<path>(?:[\w-]+/)+)cite\.(?P<extension>bib|ris)$", citation_file, name="citation_file"
    ),
    # Wagtail's page-password form with a limit on guesses, at Wagtail's address and name.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "hub.core.views.page_not_found"
handler500 = "hub.core.views.server_error"
