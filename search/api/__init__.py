"""The public JSON search API at /api/search/, for partner sites and apps.

It reads the library page's parameters through the same parser (`search.query.parse_search`)
and runs the same search (`search.library.search_library`), so the page and the API agree on
what a query means and find; where the page forgives bad input, the API answers 400 with a
message per parameter. Counts are of publications, as everywhere in search.
The OpenAPI description is served at /api/search/schema/; there is no docs page, since ninja's
loads its scripts from a CDN and the site allows no third-party scripts.
"""

from search.api import errors, views
from search.api.app import api, urls

__all__ = ["api", "errors", "urls", "views"]
