from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from hub.accounts import two_factor

# What the two-step screens themselves load: the admin's icons and script translations, and
# signing out (for someone who cannot finish the second step now).
ALWAYS_REACHABLE = ("wagtailadmin_sprite", "wagtailadmin_javascript_catalog", "wagtailadmin_logout")


class TwoFactorMiddleware:
    """A password alone does not open the admin to someone with a second factor, nor to
    someone who must have one: until the session is verified (django-otp's OTPMiddleware, which
    runs before this one) every request of a user with admin access goes to the code screen, or
    to the set-up screen when they must set one up. Front-end pages included: a moderator who
    signs in through a restricted page's login form is asked for the code, then sent on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        step = self.missing_step(request.user)
        if step is None:
            return self.get_response(request)
        step_path = reverse(step)
        reachable = {step_path, *(reverse(name) for name in ALWAYS_REACHABLE)}
        if request.path in reachable:
            return self.get_response(request)
        if request.method in ("GET", "HEAD"):
            return redirect_to_login(request.get_full_path(), login_url=step_path)
        return redirect(step_path)

    @staticmethod
    def missing_step(user) -> str | None:
        """The URL name of the screen the user must pass first, or None."""
        if not user.is_authenticated or user.is_verified():
            return None
        if not two_factor.has_admin_access(user):
            return None
        if two_factor.has_two_factors(user):
            return "accounts_two_factor_verify"
        if two_factor.must_use_two_factors(user):
            return "accounts_two_factor"
        return None
