"""Sign-in throttling with django-axes, on every login that authenticates with the request:
the admin's (/admin/login/) and the front-end one for login-restricted pages
(/<language>/_util/login/).

Failures are counted per account and client (AXES_FAILURE_LIMIT) and, looser, per client over
all accounts (LOGIN_CLIENT_FAILURE_LIMIT), for AXES_COOLOFF_TIME after the last counted one. An
attacker guessing a moderator's password locks that account from the attacker's own client
only; the moderator, elsewhere, is not locked at all, and never for longer than the cool-off.
"""

import ipaddress
import math

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from hub.core.clients import client_key
from hub.core.rate_limits import too_many_requests

# The lockout parameter that counts a client's failures over every account.
CLIENT_ONLY = "ip_address"


def client_pseudonym(request) -> str:
    """What axes stores as the client's IP address (AXES_CLIENT_IP_CALLABLE): the client's
    keyed hash written as a unique-local IPv6 address (fd00::/8), so that axes' table, which
    must hold an address, holds none of a real client's."""
    return str(ipaddress.IPv6Address(int("fd" + client_key(request)[:30], 16)))


def failure_limit(parameters) -> int:
    if parameters == CLIENT_ONLY:
        return settings.LOGIN_CLIENT_FAILURE_LIMIT
    return settings.AXES_FAILURE_LIMIT


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a limit per lockout parameter set, and a successful sign-in
    that clears only its own account's failures."""

    def counted_failures(self, request, credentials=None):
        """(attempts, failures, limit) for each lockout parameter set, within the cool-off."""
        parameter_sets = get_lockout_parameters(request, credentials)
        counted = []
        for parameters, attempts in zip(
            parameter_sets, self.get_user_attempts(request, credentials), strict=True
        ):
            failures = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            counted.append((attempts, failures, failure_limit(parameters)))
        return counted

    def get_failures(self, request, credentials=None) -> int:
        """Axes compares one number, this one, with one limit (AXES_FAILURE_LIMIT) for every
        parameter set. Each set's failures are therefore scaled from its own limit to that one:
        the number reaches AXES_FAILURE_LIMIT exactly when some set reaches its own limit."""
        return max(
            failures * settings.AXES_FAILURE_LIMIT // limit
            for _attempts, failures, limit in self.counted_failures(request, credentials)
        )

    def seconds_locked(self, request, credentials=None) -> int:
        """Until the last failure counted by a set at its limit is older than the cool-off (at
        most; failures from several browsers leave one at a time)."""
        cool_off = get_cool_off(request)
        latest = [
            attempts.aggregate(latest=Max("attempt_time"))["latest"]
            for attempts, failures, limit in self.counted_failures(request, credentials)
            if failures >= limit
        ]
        if not latest:
            return math.ceil(cool_off.total_seconds())
        remaining = max(latest) + cool_off - timezone.now()
        return max(math.ceil(remaining.total_seconds()), 1)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """A successful sign-in forgets its own account's failures from this client. Axes would
        delete every attempt that matches any parameter set, the client's failures on other
        accounts included: signing in to one's own account would reset the guessing at
        anyone else's."""
        deleted, _by_model = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return deleted


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a 429 with Retry-After, in the reader's or editor's language and
    direction, in the admin's design on the admin's sign-in page and the site's elsewhere."""
    seconds = LoginThrottleHandler().seconds_locked(request, credentials)
    minutes = math.ceil(seconds / 60)
    heading = _("Signing in is paused")
    message = ngettext(
        "There were too many failed attempts to sign in. Please try again in %(minutes)d minute.",
        "There were too many failed attempts to sign in. Please try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    if not request.path_info.startswith(reverse("wagtailadmin_home")):
        return too_many_requests(request, seconds, heading, message)
    response = render(
        request,
        "accounts/admin_locked_out.html",
        {"heading": heading, "message": message},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    patch_cache_control(response, private=True, no_store=True)
    return response
