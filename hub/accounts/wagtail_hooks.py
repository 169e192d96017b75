from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from hub.accounts import two_factor, views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("account/two-factor/", views.two_factor_setup, name="accounts_two_factor"),
        path(
            "account/two-factor/verify/",
            views.two_factor_verify,
            name="accounts_two_factor_verify",
        ),
        path(
            "account/two-factor/recovery-codes/",
            views.regenerate_recovery_codes,
            name="accounts_two_factor_recovery_codes",
        ),
        path(
            "account/two-factor/remove/",
            views.remove_two_factors,
            name="accounts_two_factor_remove",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    """Account → More actions → Two-step verification."""
    if two_factor.has_two_factors(request.user):
        help_text = _("On: new recovery codes, or turn it off.")
    else:
        help_text = _("Off: sign in with a code from an authenticator app as well.")
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-step verification"),
        "help_text": help_text,
    }
