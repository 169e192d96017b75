from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hub.accounts import two_factor

# Room for a recovery code typed with spaces or dashes; longer input is a form error.
CODE_MAX_LENGTH = 32


def code_input():
    return forms.TextInput(
        attrs={
            "autocomplete": "one-time-code",
            "autocapitalize": "none",
            "spellcheck": "false",
            # Codes are Latin letters and digits: left to right in Arabic and Hebrew too.
            "dir": "ltr",
        }
    )


class SecondStepForm(forms.Form):
    """A code from the user's authenticator app, or one of their recovery codes."""

    code = forms.CharField(
        label=_("Code from your app, or a recovery code"),
        max_length=CODE_MAX_LENGTH,
        widget=code_input(),
    )
    invalid_message = _(
        "This code is not valid or has been used already. Enter the code your app shows now, "
        "or a recovery code you have not used."
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def device_for_code(self, code):
        return two_factor.device_for_code(self.user, code)

    def clean_code(self):
        code = two_factor.normalised_code(self.cleaned_data["code"])
        device = self.device_for_code(code)
        two_factor.check_code(device, code, str(self.invalid_message))
        self.device = device
        return code


class ConfirmAppForm(SecondStepForm):
    """The first code from the app being set up, proving that it holds the key."""

    code = forms.CharField(
        label=_("The 6-digit code your app shows"),
        max_length=CODE_MAX_LENGTH,
        widget=code_input(),
    )
    invalid_message = _(
        "This code does not match. Check that your phone's clock is right and enter the code "
        "your app shows now."
    )

    def __init__(self, pending_device, *args, **kwargs):
        super().__init__(pending_device.user, *args, **kwargs)
        self.pending_device = pending_device

    def device_for_code(self, code):
        if not two_factor.is_app_code(code):
            raise ValidationError(_("Enter the 6 digits your app shows."), code="format")
        return self.pending_device
