"""Translating demo objects through wagtail-localize, as a translator would: a translation
source, one StringTranslation per segment, then the saved (and published) target."""

import html

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


class MissingDemoTranslation(Exception):
    pass


def parallel_strings(source, target):
    """(source text, translated text) pairs from two values of the same shape."""
    if isinstance(source, str):
        yield source, target
    elif isinstance(source, dict):
        for key, value in source.items():
            yield from parallel_strings(value, target[key])
    elif isinstance(source, list | tuple):
        for source_item, target_item in zip(source, target, strict=True):
            yield from parallel_strings(source_item, target_item)


def translate(instance, locale: Locale, memory: dict[str, str]):
    """Creates the translation of `instance` into `locale` unless it exists; returns it."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        source_text = html.unescape(segment.string.data)
        if segment.context.path == "slug":
            translated = source_text
        elif source_text in memory:
            translated = memory[source_text]
        else:
            raise MissingDemoTranslation(
                f"No {locale.language_code} text for {segment.context.path}: {source_text!r}"
            )
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(translated).data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    # Saved as a draft, then published at once from a fresh copy. wagtail-localize would publish
    # when the transaction commits, from the object as it was then, which would undo the tree
    # bookkeeping (numchild) of children the demo adds in the same transaction.
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    translated.get_latest_revision().publish()
    return type(instance).objects.get(pk=translated.pk)
