"""Leaving private pages out of a query without a query of its own: Wagtail's `public()` first
reads every view restriction (one query per call) and then filters on their paths. Here the
restrictions are a subquery of the page query, for the read paths that run on every request:
the library's search, its topics and the site's navigation.

The subquery is written for the planner: for each page it scans the restrictions (a handful on
any site) and looks each restricted page up by its key to compare paths. Joining the
restrictions to the pages instead lets PostgreSQL, which has no statistics on a table this
small and this rarely written, hash the restrictions and scan every page once per page checked
(tens of milliseconds on 10,000 publications)."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import Page, PageViewRestriction


def view_restrictions_over(path):
    """View restrictions on the page at `path` (an expression, usually `OuterRef("path")`) or
    on one of its ancestors: what Wagtail's `public()` excludes."""
    return PageViewRestriction.objects.filter(
        Exists(
            Page.objects.filter(
                pk=OuterRef("page_id"), path=Substr(OuterRef(path), 1, Length("path"))
            )
        )
    )


def without_private_pages(pages):
    """The pages (a page queryset) that no view restriction applies to: `pages.public()` in one
    query."""
    return pages.exclude(Exists(view_restrictions_over(OuterRef("path"))))
