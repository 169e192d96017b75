"""One rule for privacy across translations: a page's own view restriction is the same on all
its translations (same type, password and groups), and it is changed for all of them at once,
in the admin's privacy view (hub.editorial.privacy_views), where the acting user is known.

Tightening or relaxing is decided by who can read, for each translation the change touches: a
change *tightens* when everyone who can read afterwards could already read before, and
*relaxes* otherwise (it could let in someone who was kept out). So, for a page's own
restriction:

- none → any restriction tightens; any restriction → none relaxes;
- login → groups tightens; groups → a subset of its groups tightens;
- every other change relaxes: groups → login or password, login → password, password → login
  or groups (a logged-in user or a group member without the password was kept out), a new
  password (someone who has it, but not the old one, was kept out), groups → other groups.

Tightening is an emergency brake: anyone who may manage privacy on the page they act on (may
publish it) pulls it for every translation. Relaxing needs that right on every translation it
touches. So a leaked password is replaced by someone who manages every language: any change
from a password lets in someone who was kept out (who has the new password, or an account).
Restrictions inherited from an ancestor are not a page's own, and are left alone.

A new translation of a private page is private at once: Wagtail's copy for translation copies
the page's restrictions with their groups (unless the new page's parent is itself restricted),
and wagtail-localize then makes the translation's restriction the source's
(TranslationSource.sync_view_restrictions, run again at every sync; when it has to create one
it leaves out the groups until the next sync, so the page is then open to administrators
only). A restriction removed because its page is deleted leaves the other translations as
they are."""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

from hub.core.languages import language_order


@dataclass(frozen=True)
class Privacy:
    """Who may read a page, as one of its own view restrictions (or their absence) says."""

    restriction_type: str = BaseViewRestriction.NONE
    password: str = ""
    group_ids: frozenset[int] = frozenset()

    @classmethod
    def from_form(cls, cleaned_data) -> "Privacy":
        """From Wagtail's privacy form, which keeps a password and groups it then ignores."""
        restriction_type = cleaned_data["restriction_type"]
        return cls(
            restriction_type=restriction_type,
            password=cleaned_data["password"]
            if restriction_type == BaseViewRestriction.PASSWORD
            else "",
            group_ids=frozenset(group.pk for group in cleaned_data["groups"])
            if restriction_type == BaseViewRestriction.GROUPS
            else frozenset(),
        )

    @classmethod
    def of(cls, restriction: PageViewRestriction) -> "Privacy":
        return cls.from_form(
            {
                "restriction_type": restriction.restriction_type,
                "password": restriction.password,
                "groups": restriction.groups.all(),
            }
        )

    @property
    def is_public(self) -> bool:
        return self.restriction_type == BaseViewRestriction.NONE

    def admits_only_readers_of(self, before: "Privacy") -> bool:
        """Whether everyone this privacy lets read could already read under `before`."""
        if before.is_public or self == before:
            return True
        if before.restriction_type == BaseViewRestriction.LOGIN:
            return self.restriction_type == BaseViewRestriction.GROUPS
        if before.restriction_type == BaseViewRestriction.GROUPS:
            return (
                self.restriction_type == BaseViewRestriction.GROUPS
                and self.group_ids <= before.group_ids
            )
        return False


@dataclass(frozen=True)
class TranslationChange:
    """A translation whose own restrictions differ from the privacy being set."""

    page: Page
    relaxes: bool


def privacy_changes(page: Page, privacy: Privacy) -> list[TranslationChange]:
    """What setting `privacy` on the page changes, translation by translation (the page itself
    included), in the order of settings.LANGUAGES; translations it leaves as they are are not
    listed."""
    translations = list(page.get_translations(inclusive=True).select_related("locale"))
    own = {translation.pk: [] for translation in translations}
    restrictions = PageViewRestriction.objects.filter(page__in=translations)
    for restriction in restrictions.prefetch_related("groups"):
        own[restriction.page_id].append(Privacy.of(restriction))
    translations.sort(key=lambda translation: language_order(translation.locale.language_code))
    changes = []
    for translation in translations:
        # Several restrictions on one page all apply: a reader must pass each of them.
        before = own[translation.pk] or [Privacy()]
        if before != [privacy]:
            relaxes = not all(privacy.admits_only_readers_of(each) for each in before)
            changes.append(TranslationChange(page=translation, relaxes=relaxes))
    return changes


def apply_privacy_changes(changes: list[TranslationChange], privacy: Privacy, user) -> None:
    """Gives every changed translation `privacy` as its one own restriction, in one
    transaction; each save and delete is logged in that translation's history under `user` and
    reaches the search outbox (search.receivers)."""
    with transaction.atomic():
        for change in changes:
            existing = list(PageViewRestriction.objects.filter(page=change.page).order_by("pk"))
            # A password restriction is always a new one: Wagtail remembers in each reader's
            # session the restrictions they passed by id, and a new password must be asked for.
            keeps_one = not privacy.is_public and privacy.restriction_type != (
                BaseViewRestriction.PASSWORD
            )
            kept = existing.pop(0) if existing and keeps_one else None
            for restriction in existing:
                restriction.delete(user=user)
            if privacy.is_public:
                continue
            restriction = kept or PageViewRestriction(page=change.page)
            restriction.restriction_type = privacy.restriction_type
            restriction.password = privacy.password
            restriction.save(user=user)
            restriction.groups.set(privacy.group_ids)


def set_privacy_of_every_translation(page: Page, privacy: Privacy, user=None) -> None:
    """Sets `privacy` on the page and all its translations without asking about anyone's
    rights: for code that acts with no user to check (the shell, management commands, tests).
    People go through the privacy view, which checks theirs first."""
    apply_privacy_changes(privacy_changes(page, privacy), privacy, user)
