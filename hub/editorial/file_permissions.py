"""Who may change and delete documents and images, and the trace such a change leaves in the
history of the pages that use the file.

Wagtail's collection-ownership rules stay underneath: `add` on a collection lets someone upload
there and change or delete what they uploaded, `change` lets them change anything in it (deleting
counts as changing), `choose` lets them pick its files for pages. On top of them, a file that a
live page uses (hub.resources.file_usage) is changed or deleted only by the moderators of every
language of the live pages using it, and by administrators (superusers): the file is served at
once at the same address, so replacing it is publishing. Anyone may still choose it.

The policy is registered for the document and image models in this app's wagtail_hooks.py,
so the edit and delete views, the bulk actions, the listings and their buttons and the choosers
all follow it.

Each replacement, edit or deletion of a file that pages use is written to the history of each of
those pages, live or not, with the user who made it (Wagtail's admin views run inside a log
context naming them); the signals see every way of saving or deleting, bulk actions included.
"""

from pathlib import PurePosixPath

from django.db.models.signals import post_save, pre_delete, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model, get_document_model_string
from wagtail.images import get_image_model, get_image_model_string
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from hub.editorial.permissions import languages_of
from hub.resources.file_usage import files_used_by, pages_using

MODIFYING = {"change", "delete"}
FILE_REPLACED = "resources.file_replaced"
FILE_EDITED = "resources.file_edited"
FILE_DELETED = "resources.file_deleted"
# A change to any of these is an edit worth a line in the pages' history.
EDITED_FIELDS = ("title", "collection_id", "description")


class LanguageFilePermissionPolicy(CollectionOwnershipPermissionPolicy):
    def user_has_any_permission_for_instance(self, user, actions, instance):
        modifying = set(actions) & MODIFYING
        others = set(actions) - modifying
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        return (
            bool(modifying)
            and super().user_has_any_permission_for_instance(user, modifying, instance)
            and self.moderates_the_live_pages_using(user, instance)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        modifying = set(actions) & MODIFYING
        if not modifying or (user.is_active and user.is_superuser):
            return super().instances_user_has_any_permission_for(user, actions)
        live_in_other_languages = Page.objects.live().exclude(
            locale__language_code__in=languages_of(user, moderating=True)
        )
        allowed = (
            super()
            .instances_user_has_any_permission_for(user, modifying)
            .exclude(pk__in=files_used_by(self.model, live_in_other_languages))
        )
        if others := set(actions) - modifying:
            allowed |= super().instances_user_has_any_permission_for(user, others)
        return allowed

    def moderates_the_live_pages_using(self, user, instance) -> bool:
        if user.is_active and user.is_superuser:
            return True
        languages = set(
            pages_using(self.model, instance.pk)
            .filter(live=True)
            .values_list("locale__language_code", flat=True)
        )
        return languages <= languages_of(user, moderating=True)


def document_permission_policy():
    return LanguageFilePermissionPolicy(
        get_document_model_string(),
        auth_model="wagtaildocs.Document",
        owner_field_name="uploaded_by_user",
    )


def image_permission_policy():
    return LanguageFilePermissionPolicy(
        get_image_model_string(),
        auth_model="wagtailimages.Image",
        owner_field_name="uploaded_by_user",
    )


class FileChangeFormatter(LogFormatter):
    """'Attached file “report.pdf” was replaced by Lina Haddad', in the page's history."""

    messages: dict[str, str] = {}

    def format_message(self, log_entry):
        return self.messages[log_entry.data["kind"]] % {
            "file": log_entry.data["filename"],
            "user": log_entry.user_display_name,
        }


class FileReplacedFormatter(FileChangeFormatter):
    label = _("Replace a file the page uses")
    messages = {
        "document": _("Attached file “%(file)s” was replaced by %(user)s"),
        "image": _("Image “%(file)s” was replaced by %(user)s"),
    }


class FileEditedFormatter(FileChangeFormatter):
    label = _("Edit a file the page uses")
    messages = {
        "document": _("Attached file “%(file)s” was edited by %(user)s"),
        "image": _("Image “%(file)s” was edited by %(user)s"),
    }


class FileDeletedFormatter(FileChangeFormatter):
    label = _("Delete a file the page uses")
    messages = {
        "document": _("Attached file “%(file)s” was deleted by %(user)s"),
        "image": _("Image “%(file)s” was deleted by %(user)s"),
    }


def register_log_actions(actions):
    actions.register_action(FILE_REPLACED)(FileReplacedFormatter)
    actions.register_action(FILE_EDITED)(FileEditedFormatter)
    actions.register_action(FILE_DELETED)(FileDeletedFormatter)


def log_on_pages_using(model, instance, action, file_name):
    data = {
        "kind": "document" if model is get_document_model() else "image",
        "id": instance.pk,
        "title": instance.title,
        "filename": PurePosixPath(file_name).name,
    }
    for page in pages_using(model, instance.pk).specific():
        log(instance=page, action=action, data=data)


def remember_stored_file(sender, instance, raw=False, **kwargs):
    """Notes the file as stored before this save, for `file_saved`."""
    if raw or instance.pk is None:
        return
    fields = [name for name in EDITED_FIELDS if hasattr(instance, name)]
    instance._stored_before_save = (
        sender.objects.filter(pk=instance.pk).values("file", "file_hash", *fields).first()
    )


def file_saved(sender, instance, created=False, raw=False, **kwargs):
    stored = getattr(instance, "_stored_before_save", None)
    if raw or created or stored is None:
        return
    if stored["file"] != instance.file.name or (
        stored["file_hash"] and stored["file_hash"] != instance.file_hash
    ):
        action = FILE_REPLACED
    elif any(stored[name] != getattr(instance, name) for name in stored if name in EDITED_FIELDS):
        action = FILE_EDITED
    else:
        return
    log_on_pages_using(sender, instance, action, stored["file"])


def file_about_to_be_deleted(sender, instance, **kwargs):
    # Before the deletion, while the reference index still knows the pages using it.
    log_on_pages_using(sender, instance, FILE_DELETED, instance.file.name)


def connect():
    for model in (get_document_model(), get_image_model()):
        label = model._meta.label_lower
        pre_save.connect(remember_stored_file, sender=model, dispatch_uid=f"history_{label}")
        post_save.connect(file_saved, sender=model, dispatch_uid=f"history_{label}_saved")
        pre_delete.connect(
            file_about_to_be_deleted, sender=model, dispatch_uid=f"history_{label}_deleted"
        )
