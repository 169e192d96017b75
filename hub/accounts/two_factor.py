"""Two-step sign-in to the admin: a code from an authenticator app (TOTP, django-otp's
otp_totp) or one of ten single-use recovery codes (otp_static).

Who must use it is settings.TWO_FACTOR_REQUIRED_GROUPS plus every superuser (when
settings.TWO_FACTOR_REQUIRED is on); anyone else with admin access may turn it on. Wrong codes
are throttled per device by django-otp: after n failures in a row the next try waits
2^(n-1) seconds (OTP_TOTP_THROTTLE_FACTOR, OTP_STATIC_THROTTLE_FACTOR)."""

import math
import re
from base64 import b32encode

import django_otp
import qrcode
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from qrcode.image.svg import SvgPathFillImage

RECOVERY_CODE_COUNT = 10
# Device names are stored for django-otp; nobody sees them in the hub.
APP_DEVICE_NAME = "Authenticator app"
RECOVERY_DEVICE_NAME = "Recovery codes"
APP_CODE = re.compile(r"[0-9]{6}")
# Phones with an Arabic or Persian keyboard type these digits; the app shows 0-9.
EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
# A module of the QR code is 1.5 mm (qrcode's box size is in tenths of a millimetre).
QR_BOX_SIZE = 15


def has_admin_access(user) -> bool:
    return user.has_perm("wagtailadmin.access_admin")


def must_use_two_factors(user) -> bool:
    if not settings.TWO_FACTOR_REQUIRED:
        return False
    return (
        user.is_superuser
        or user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()
    )


def has_two_factors(user) -> bool:
    """Whether the user has a confirmed device (app or recovery codes) to sign in with."""
    return django_otp.user_has_device(user)


def pending_app_device(user) -> TOTPDevice:
    """The unconfirmed device whose key the set-up screen shows: the same one until it is
    confirmed, so that reloading the screen does not invalidate what the app already scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def app_key(device: TOTPDevice) -> str:
    """The key as authenticator apps ask for it by hand: base32, in groups of four."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[start : start + 4] for start in range(0, len(key), 4))


def qr_code_svg(device: TOTPDevice) -> str:
    """The device's otpauth:// address as an inline SVG QR code, drawn here (no image service).
    The markup holds only a path: nothing from the user is in it as text."""
    image = qrcode.make(device.config_url, image_factory=SvgPathFillImage, box_size=QR_BOX_SIZE)
    return image.to_string(encoding="unicode")


def normalised_code(code: str) -> str:
    """What the user typed, as the devices store it: no spaces or dashes (recovery codes are
    shown as "abcd-efgh"), lower case, ASCII digits."""
    return "".join(code.translate(EASTERN_DIGITS).split()).replace("-", "").lower()


def is_app_code(code: str) -> bool:
    return APP_CODE.fullmatch(code) is not None


def device_for_code(user, code: str):
    """The confirmed device a code is for: six digits are the app's, anything else a recovery
    code. None when the user has no such device."""
    model = TOTPDevice if is_app_code(code) else StaticDevice
    return model.objects.filter(user=user, confirmed=True).order_by("pk").first()


def throttled_message(locked_until) -> str:
    seconds = math.ceil((locked_until - timezone.now()).total_seconds())
    if seconds < 60:
        return ngettext(
            "Too many wrong codes. Try again in %(count)s second.",
            "Too many wrong codes. Try again in %(count)s seconds.",
            seconds,
        ) % {"count": seconds}
    return _("Too many wrong codes. Try again in %(time)s.") % {"time": timeuntil(locked_until)}


def check_code(device, code: str, invalid_message: str) -> None:
    """Raises ValidationError unless the device accepts the code now. A code is used up once
    accepted (a recovery code is deleted; an app code cannot be used twice), and each wrong one
    makes the device wait longer before the next try."""
    if device is None:
        raise ValidationError(invalid_message, code="invalid")
    allowed, details = device.verify_is_allowed()
    if not allowed:
        raise ValidationError(throttled_message(details["locked_until"]), code="throttled")
    if django_otp.verify_token(device.user, device.persistent_id, code) is None:
        raise ValidationError(invalid_message, code="invalid")


def new_recovery_codes(user) -> list[str]:
    """Ten new single-use codes; the user's earlier ones stop working."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, defaults={"name": RECOVERY_DEVICE_NAME}
    )
    device.token_set.all().delete()
    codes = set()
    while len(codes) < RECOVERY_CODE_COUNT:
        codes.add(StaticToken.random_token())
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return sorted(codes)


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def shown_recovery_code(code: str) -> str:
    """A recovery code in two halves, easier to copy by hand: "abcd-efgh"."""
    middle = len(code) // 2
    return f"{code[:middle]}-{code[middle:]}"


def confirm_app(request, device: TOTPDevice) -> list[str]:
    """Turns two-step sign-in on with the device the user has just proved they hold, counts
    this session as verified, and returns the first recovery codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    codes = new_recovery_codes(device.user)
    sign_in_second_step(request, device)
    return codes


def sign_in_second_step(request, device) -> None:
    """Marks the session as verified by the device, under a new session key (the
    password-only session's key must not carry the higher trust)."""
    request.session.cycle_key()
    django_otp.login(request, device)


def remove_two_factors(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
