"""The site's languages, read from settings.LANGUAGES (the first is the default): their codes in
order, their names and their direction. Every part of the hub asks here instead of reading the
setting or Django's language table itself.

Three names, for three readers: `own_name` is the language's name in itself (العربية), for a
reader choosing a language or told which one a text is in; `reader_name` is its name in the
active language (in an Arabic page, "الإنجليزية"), for a sentence about it; `english_name`
(Arabic) is the stable name that identifiers such as the role groups are built from, the same
whatever language the admin speaks."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class Language:
    code: str
    own_name: str
    english_name: str
    is_rtl: bool

    @property
    def direction(self) -> str:
        """The value of an HTML `dir` attribute."""
        return "rtl" if self.is_rtl else "ltr"

    @property
    def reader_name(self) -> str:
        return get_language_info(self.code)["name_translated"]


def languages() -> list[Language]:
    """Every site language, the default first, in the order of settings.LANGUAGES. Read each
    time, so that a test overriding the setting sees its own languages."""
    found = []
    for code, own_name in settings.LANGUAGES:
        info = get_language_info(code)
        found.append(Language(code, own_name, info["name"], info["bidi"]))
    return found


def language(code: str) -> Language:
    """The site language with this code; LookupError for any other."""
    for candidate in languages():
        if candidate.code == code:
            return candidate
    raise LookupError(f"{code!r} is not a site language")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def default_language_code() -> str:
    return settings.LANGUAGE_CODE


def translation_language_codes() -> list[str]:
    """Every site language but the default one: the languages content is translated into."""
    return [code for code in language_codes() if code != default_language_code()]


def own_name(code: str) -> str:
    """The language's name in itself (العربية); a code the site does not have stays as it is."""
    return dict(settings.LANGUAGES).get(code, code)


def reader_name(code: str) -> str:
    """The language's name in the active language."""
    return language(code).reader_name


def direction(code: str) -> str:
    return language(code).direction


def language_order(code: str) -> int:
    """A sort key: the language's position in settings.LANGUAGES, any other language last."""
    codes = language_codes()
    return codes.index(code) if code in codes else len(codes)
