"""Promoted results: publications editors pin to the top of the results for a query, per
language, shown first and marked as recommended.

Wagtail's own search promotions match the exact lowercased query in every language; these match
the query as search reads it (`SearchPromotion.key_for`), in the reader's language only.

Which version a reader sees: the publication's version in the reader's language when it is live
and public; otherwise the version the editor chose, when it is live and public (the editor
pinned it for these readers knowing its language, as search itself shows another language's
version when the reader's is missing); otherwise the promotion is skipped.

Who manages them: deciding what a language's readers see first is an editorial decision, so
promotions are managed by the groups that decide what is published in a language (Editors and
Moderators for the default language, "Moderators – <Language>" for the others) and by
superusers, each in their languages; translators do not manage them.

When the analysis changes, stored keys no longer match what search makes of a reader's query:
`search_index rebuild` and a data migration key every promotion again from its query as the
editor typed it (`rekey_promotions`).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from hub.core.languages import default_language_code, language_codes
from hub.core.permissions import LanguageScopedPermissionPolicy
from hub.core.view_restrictions import without_private_pages
from hub.editorial.permissions import languages_of
from hub.resources.catalogue import PublicationPage
from search.models import SearchPromotion

# Promoted results come before the engine's; more than a few would push the results away.
MAX_PROMOTED = 3
REKEY_BATCH_SIZE = 500


@dataclass
class Rekeyed:
    """What `rekey_promotions` did: promotions read and keys changed; the promotions of
    different queries that now share a key (language, key, ids: all kept, each still promotes
    its publication for that query); the promotions whose every word search now ignores (kept,
    never shown until an editor changes the query)."""

    count: int = 0
    changed: int = 0
    now_shared: list[tuple[str, str, list[int]]] = field(default_factory=list)
    ignored: list[int] = field(default_factory=list)


def rekey_promotions(model=SearchPromotion) -> Rekeyed:
    """Stores every promotion's key as the running analysis reads its query. `model` is the
    model to update: a data migration passes its historical one. Only `query_key` is written,
    so the promotions' "updated" dates stay the editors'."""
    promotions = list(model.objects.only("pk", "language", "query", "query_key").order_by("pk"))
    old_keys = {promotion.pk: promotion.query_key for promotion in promotions}
    changed = []
    for promotion in promotions:
        key = SearchPromotion.key_for(promotion.query, promotion.language)
        if key != promotion.query_key:
            promotion.query_key = key
            changed.append(promotion)
    model.objects.bulk_update(changed, ["query_key"], batch_size=REKEY_BATCH_SIZE)
    sharing = defaultdict(list)
    for promotion in promotions:
        if promotion.query_key:
            sharing[(promotion.language, promotion.query_key)].append(promotion.pk)
    return Rekeyed(
        count=len(promotions),
        changed=len(changed),
        now_shared=[
            (language, key, ids)
            for (language, key), ids in sorted(sharing.items())
            if len({old_keys[pk] for pk in ids}) > 1
        ],
        ignored=[promotion.pk for promotion in promotions if not promotion.query_key],
    )


def promoted_for(text: str, language: str) -> list[PublicationPage]:
    """The live, public publications to show first for a reader's query in their language, in
    the promotions' order, one per publication, at most MAX_PROMOTED. One query when nothing is
    promoted for the query, two otherwise. Raises ValueError for a language search does not
    analyse."""
    key = SearchPromotion.key_for(text, language)
    if not key:
        return []
    today = timezone.localdate()
    promotions = list(
        SearchPromotion.objects.filter(language=language, query_key=key)
        .filter(Q(starts_on__isnull=True) | Q(starts_on__lte=today))
        .filter(Q(ends_on__isnull=True) | Q(ends_on__gte=today))
        .order_by("sort_order", "pk")
        .values_list("publication_id", "publication__translation_key")
    )
    if not promotions:
        return []
    chosen_ids = {page_id for page_id, _key in promotions}
    candidates = (
        without_private_pages(PublicationPage.objects.live())
        .filter(translation_key__in={key for _page_id, key in promotions})
        .filter(Q(locale__language_code=language) | Q(pk__in=chosen_ids))
        .select_related("locale")
    )
    in_reader_language = {}
    chosen = {}
    for page in candidates:
        if page.locale.language_code == language:
            in_reader_language[page.translation_key] = page
        if page.pk in chosen_ids:
            chosen[page.pk] = page
    shown = {}
    for page_id, translation_key in promotions:
        page = in_reader_language.get(translation_key) or chosen.get(page_id)
        if page is not None:
            shown.setdefault(translation_key, page)
    return list(shown.values())[:MAX_PROMOTED]


def promotion_languages(user) -> set[str]:
    """The languages whose promotions a user manages (see the module's docstring). Someone an
    administrator gave the promotion permissions through a group of their own manages every
    language. Cached on the user object for the request."""
    if not hasattr(user, "_promotion_languages"):
        user._promotion_languages = _promotion_languages(user)
    return user._promotion_languages


def _promotion_languages(user) -> set[str]:
    if not user.is_active:
        return set()
    if user.is_superuser or user.has_perm("search.change_searchpromotion"):
        return set(language_codes())
    # The default language's editors decide with its moderators what its readers see.
    edited_default = languages_of(user) & {default_language_code()}
    return languages_of(user, moderating=True) | edited_default


def promotion_permission_policy() -> LanguageScopedPermissionPolicy:
    """Promotions by language: whoever manages a language's promotions may add, change, delete
    and view those, and no others."""
    return LanguageScopedPermissionPolicy(
        SearchPromotion,
        languages=promotion_languages,
        language_field="language",
        languages_grant_permission=True,
    )
