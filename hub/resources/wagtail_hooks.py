from wagtail import hooks

from hub.resources.rich_text import PublicPageLinkHandler


# After Wagtail's own registration (order 0), whose page link handler this one replaces.
@hooks.register("register_rich_text_features", order=1)
def page_links_to_public_pages_only(features):
    features.register_link_type(PublicPageLinkHandler)


@hooks.register("on_serve_page")
def restricted_pages_are_not_indexed(serve):
    """A page under a view restriction (on it or an ancestor) answers with noindex, whether
    with the page, its password form or the login redirect. Wagtail's own view-restriction
    hook, which this one wraps, marks exactly these answers private and uncacheable."""

    def serve_with_robots_header(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if "private" in response.get("Cache-Control", ""):
            response["X-Robots-Tag"] = "noindex"
        return response

    return serve_with_robots_header
