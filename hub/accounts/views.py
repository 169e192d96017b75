"""The admin's two-step sign-in screens: set up an authenticator app, enter a code after the
password, make new recovery codes, turn it off. Routed through Wagtail's register_admin_urls,
so each runs in the user's admin language and needs admin access."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from hub.accounts import two_factor
from hub.accounts.forms import ConfirmAppForm, SecondStepForm

# The few recovery codes left at which the user is told to make new ones.
FEW_RECOVERY_CODES = 3


def next_url(request) -> str:
    """Where to go once the second step is done: the page the user asked for, if it is on
    this site, else the dashboard."""
    url = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def recovery_codes_response(request, codes):
    shown = [two_factor.shown_recovery_code(code) for code in codes]
    return TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {"codes": shown, "codes_text": "\n".join(shown) + "\n", "next": next_url(request)},
    )


def manage_response(request, regenerate_form=None, remove_form=None):
    user = request.user
    return TemplateResponse(
        request,
        "accounts/two_factor_manage.html",
        {
            "codes_left": two_factor.recovery_codes_left(user),
            "required": two_factor.must_use_two_factors(user),
            "regenerate_form": regenerate_form or SecondStepForm(user, prefix="regenerate"),
            "remove_form": remove_form or SecondStepForm(user, prefix="remove"),
        },
    )


@sensitive_post_parameters("code")
def two_factor_setup(request):
    """Set-up for a user without a second factor (the first code confirms the app, then the
    recovery codes are shown once); what they can change for a user who has one."""
    user = request.user
    if two_factor.has_two_factors(user):
        return manage_response(request)
    device = two_factor.pending_app_device(user)
    form = ConfirmAppForm(device, request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = two_factor.confirm_app(request, device)
        messages.success(request, _("Two-step verification is on for your account."))
        return recovery_codes_response(request, codes)
    return TemplateResponse(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "required": two_factor.must_use_two_factors(user),
            "qr_code": two_factor.qr_code_svg(device),
            "app_key": two_factor.app_key(device),
            "config_url": device.config_url,
            "next": next_url(request),
        },
    )


@sensitive_post_parameters("code")
def two_factor_verify(request):
    """The second step after the password: a code from the app or a recovery code."""
    user = request.user
    if user.is_verified() or not two_factor.has_two_factors(user):
        return redirect(next_url(request))
    form = SecondStepForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        two_factor.sign_in_second_step(request, form.device)
        if not two_factor.is_app_code(form.cleaned_data["code"]):
            warn_about_recovery_codes_left(request, two_factor.recovery_codes_left(user))
        return redirect(next_url(request))
    return TemplateResponse(
        request, "accounts/two_factor_verify.html", {"form": form, "next": next_url(request)}
    )


def warn_about_recovery_codes_left(request, count: int) -> None:
    message = ngettext(
        "You signed in with a recovery code: %(count)s is left.",
        "You signed in with a recovery code: %(count)s are left.",
        count,
    ) % {"count": count}
    if count <= FEW_RECOVERY_CODES:
        message += " " + _("Make new ones under Account → Two-step verification.")
    messages.warning(request, message)


@require_POST
@sensitive_post_parameters("regenerate-code")
def regenerate_recovery_codes(request):
    user = request.user
    if not two_factor.has_two_factors(user):
        return redirect("accounts_two_factor")
    form = SecondStepForm(user, request.POST, prefix="regenerate")
    if not form.is_valid():
        return manage_response(request, regenerate_form=form)
    codes = two_factor.new_recovery_codes(user)
    messages.success(request, _("New recovery codes are ready; the old ones no longer work."))
    return recovery_codes_response(request, codes)


@require_POST
@sensitive_post_parameters("remove-code")
def remove_two_factors(request):
    user = request.user
    if not two_factor.has_two_factors(user):
        return redirect("accounts_two_factor")
    form = SecondStepForm(user, request.POST, prefix="remove")
    if not form.is_valid():
        return manage_response(request, remove_form=form)
    two_factor.remove_two_factors(user)
    messages.success(request, _("Two-step verification is off for your account."))
    return redirect("accounts_two_factor")
