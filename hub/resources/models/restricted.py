"""How a page with a view restriction answers a reader who is not authorised yet."""

from django.template.response import TemplateResponse


class RestrictedPageMixin:
    """Renders the password form from the form alone. Wagtail builds it with the page's whole
    context (title, summary, cover, downloads, related publications), which a reader without
    the password must not reach through the template or, with DEBUG on, an error page; nor
    does the form need it. Without a page in its context the language switcher offers the
    other languages' home pages, not this page's translations, whose addresses are private
    too."""

    def serve_password_required_response(self, request, form, action_url):
        return TemplateResponse(
            request,
            "wagtailcore/password_required.html",
            {"form": form, "action_url": action_url},
        )
