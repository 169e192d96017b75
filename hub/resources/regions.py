"""Countries and regions a publication covers: ISO 3166 codes, named in the reader's language
by Babel's CLDR data (no hand-kept translations)."""

from babel import Locale
from django.conf import settings
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext

REGION_CODES = ["PS", "IL", "EG", "JO", "LB", "SY", "IQ", "SA", "AE", "QA", "MA", "TN", "DZ"]


def region_name(code: str) -> str:
    # CLDR says "Palestinian Territories"; the organisation and its readers say Palestine.
    if code == "PS":
        return gettext("Palestine")
    language = translation.get_language() or settings.LANGUAGE_CODE
    return Locale.parse(language.replace("-", "_")).territories.get(code, code)


REGION_CHOICES = [(code, lazy(region_name, str)(code)) for code in REGION_CODES]
