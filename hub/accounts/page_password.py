"""Wagtail's page-password form, with a limit on guesses.

Wagtail compares the shared password of a password-restricted page itself
(wagtail.views.authenticate_with_password): no authenticate() call, no login signal, so axes
never sees it. Wrong guesses are counted here instead, per restriction and client, in Django's
default cache (hub.core.rate_limits: with local memory, each process counts on its own until a
shared cache is configured). Over the limit the form comes back with a message and a 429, and
not even the right password opens the page until the window has passed.
"""

import math

from django import forms
from django.conf import settings
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from hub.core.clients import client_key
from hub.core.rate_limits import FailureLimit


class PausedPasswordForm(PasswordViewRestrictionForm):
    """The password form refusing whatever is typed, without comparing it: guessing is paused
    for this client."""

    def __init__(self, *args, message, **kwargs):
        self.message = message
        super().__init__(*args, **kwargs)

    def clean_password(self):
        return self.cleaned_data["password"]

    def clean(self):
        raise forms.ValidationError(self.message, code="paused")


def password_guesses() -> FailureLimit:
    return FailureLimit(
        "page_password",
        settings.PAGE_PASSWORD_FAILURE_LIMIT,
        math.ceil(settings.AXES_COOLOFF_TIME.total_seconds()),
    )


def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's view at Wagtail's address and name, counting the wrong passwords."""
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    guesses = password_guesses()
    key = f"{page_view_restriction_id}_{client_key(request)}"
    seconds = guesses.retry_after(key)
    if seconds:
        return guessing_paused(request, page_view_restriction_id, page_id, seconds)
    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    # Wagtail redirects once the password is right and shows its form again when it is not.
    if response.status_code == 200 and guesses.record_failure(key) >= guesses.limit:
        return guessing_paused(request, page_view_restriction_id, page_id, guesses.retry_after(key))
    return response


def guessing_paused(request, page_view_restriction_id, page_id, seconds):
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    minutes = math.ceil(seconds / 60)
    message = ngettext(
        "Too many wrong passwords were tried for this page. Please try again in %(minutes)d "
        "minute.",
        "Too many wrong passwords were tried for this page. Please try again in %(minutes)d "
        "minutes.",
        minutes,
    ) % {"minutes": minutes}
    form = PausedPasswordForm(request.POST, instance=restriction, message=message)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    response["Retry-After"] = str(seconds)
    patch_cache_control(response, private=True, no_store=True)
    return response
