"""Second-factor devices (django-otp) for tests of two-step sign-in."""

import time

import factory
from django_otp.oath import hotp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


class AppDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app (TOTP) for `user`."""

    name = "Authenticator app"
    confirmed = True

    class Meta:
        model = TOTPDevice


class RecoveryCodesFactory(factory.django.DjangoModelFactory):
    """Recovery codes for `user`: `codes=["abcdefgh", ...]`."""

    name = "Recovery codes"

    class Meta:
        model = StaticDevice
        skip_postgeneration_save = True

    @factory.post_generation
    def codes(device, create, codes, **kwargs):
        for code in codes or []:
            StaticToken.objects.create(device=device, token=code)


def app_code(device: TOTPDevice) -> str:
    """The code the user's app shows that the device accepts next: the current time step's,
    or the following one's once the current one has been used (each is accepted once)."""
    device.refresh_from_db()
    now_step = int((time.time() - device.t0) // device.step)
    step = max(now_step, device.last_t + 1)
    return f"{hotp(device.bin_key, step, device.digits):0{device.digits}d}"


def wrong_app_code(device: TOTPDevice) -> str:
    """Six digits the device refuses now: far from every code of the accepted window."""
    return f"{(int(app_code(device)) + 500_000) % 1_000_000:06d}"
