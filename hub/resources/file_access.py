"""Documents and images follow the pages that use them (hub.resources.file_usage).

Who may download a file:
- everyone, when a live page with no view restriction on it or an ancestor uses it;
- otherwise the readers of a live, restricted page that uses it, if they pass all of that
  page's restrictions and its ancestors' (Wagtail's `accept_request`: the page's password given
  in this session, signed in, or a member of one of its groups);
- and whoever may reach the admin and holds add, change or choose on the file's collection
  (such a person can open the file from the admin's chooser anyway): an editor previewing a
  draft sees its images.
Anyone else gets a 404, as if there were no such file: the files of drafts, of unpublished and
private pages, and a file no page uses yet.

Headers: a public file may be kept by browsers and shared caches for PUBLIC_MAX_AGE and is then
revalidated (ETag, Last-Modified); a file served to one reader only is `private, no-store`. So a
page going private stops its files within an hour at most, this server's cache included.

Each answer is cached per file (Django's default cache) under a generation number that every
change able to alter it bumps: a page published, unpublished, deleted or moved, a view
restriction saved or deleted, a document or image saved or deleted, a person saved, published
or unpublished (pages use people's photos through them). These are the events the search outbox
records too. The generation changes as the change is made, before its transaction commits, and
the cache is the process's own memory unless CACHES names a shared one: so an answer may outlive
a change by CACHE_SECONDS at most, which PUBLIC_MAX_AGE leaves room for.
"""

import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as serve_document
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.permissions import policy_registry
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from hub.resources.file_usage import pages_using
from hub.resources.models import Person

# How long an answer is kept: how late another worker, with a cache of its own, learns of a
# change, and how long an answer worked out by a reader's request while the editor's transaction
# was still open (from the data before it) may outlive the change.
CACHE_SECONDS = 60
# Browsers and shared caches keep a public file this long: with CACHE_SECONDS, an hour at most.
PUBLIC_MAX_AGE = 3600 - CACHE_SECONDS
GENERATION_KEY = "file-access:generation"
# Cached for a file name or id that no file has, so that it is not looked up again.
NO_SUCH_FILE = "none"
# The admin rights on a file's collection that let someone download it whatever its pages.
COLLECTION_ACCESS = ["add", "change", "choose"]


@dataclass(frozen=True)
class Audience:
    """Who may download one file."""

    collection_id: int
    # A live page with no view restriction uses the file.
    used_by_public_page: bool
    # Wagtail's own privacy of the collection (documents ask for its password).
    collection_restricted: bool
    # For each live, restricted page using the file: the ids of its restrictions and its
    # ancestors'. A reader who passes all of one page's may download the file.
    restrictions_by_page: tuple[tuple[int, ...], ...] = ()

    @property
    def shared_caches_may_keep(self) -> bool:
        return self.used_by_public_page and not self.collection_restricted


def audience_of(model, pk: int, collection_id: int) -> Audience:
    live_pages = pages_using(model, pk).filter(live=True)
    collection_restricted = CollectionViewRestriction.objects.filter(
        collection__in=Collection.objects.get(pk=collection_id).get_ancestors(inclusive=True)
    ).exists()
    if live_pages.public().exists():
        return Audience(collection_id, True, collection_restricted)
    paths = list(live_pages.values_list("path", flat=True))
    ancestor_paths = {
        path[:end] for path in paths for end in range(Page.steplen, len(path) + 1, Page.steplen)
    }
    restrictions = list(
        PageViewRestriction.objects.filter(page__path__in=ancestor_paths).values_list(
            "pk", "page__path"
        )
    )
    restrictions_by_page = []
    for path in paths:
        ids = tuple(
            restriction_id
            for restriction_id, restricted_path in restrictions
            if path.startswith(restricted_path)
        )
        # None found means the page became public meanwhile: it is left out, not opened.
        if ids:
            restrictions_by_page.append(ids)
    return Audience(collection_id, False, collection_restricted, tuple(restrictions_by_page))


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # Started from the clock, so that a cache that lost the number never meets answers
        # cached under an earlier one again.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def next_generation():
    cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
    cache.incr(GENERATION_KEY)


def forget_file_audiences(**kwargs):
    """Receiver of every change that can alter who may download a file."""
    next_generation()


def cached_audience(kind: str, identifier: str, find):
    """The audience cached for a file, else `find()`'s (None when there is no such file)."""
    digest = hashlib.sha256(identifier.encode()).hexdigest()
    key = f"file-access:{current_generation()}:{kind}:{digest}"
    audience = cache.get(key)
    if audience is None:
        audience = find() or NO_SUCH_FILE
        cache.set(key, audience, CACHE_SECONDS)
    return None if audience == NO_SUCH_FILE else audience


def image_audience(path: str) -> Audience | None:
    """`path` is an original image's file name (original_images/…) or a rendition's (images/…),
    which belongs to its image."""
    image_model = get_image_model()

    def find():
        if path.startswith("original_images/"):
            found = image_model.objects.filter(file=path).values_list("pk", "collection_id")
        else:
            found = (
                image_model.get_rendition_model()
                .objects.filter(file=path)
                .values_list("image_id", "image__collection_id")
            )
        row = found.first()
        return audience_of(image_model, *row) if row else None

    return cached_audience("image", path, find)


def document_audience(pk: int) -> Audience | None:
    document_model = get_document_model()

    def find():
        row = document_model.objects.filter(pk=pk).values_list("pk", "collection_id").first()
        return audience_of(document_model, *row) if row else None

    return cached_audience("document", str(pk), find)


def may_download(request, model, audience: Audience) -> bool:
    if audience.used_by_public_page:
        return True
    if audience.restrictions_by_page:
        restrictions = PageViewRestriction.objects.filter(
            pk__in={pk for ids in audience.restrictions_by_page for pk in ids}
        ).prefetch_related("groups")
        by_id = {restriction.pk: restriction for restriction in restrictions}
        for ids in audience.restrictions_by_page:
            # A restriction deleted meanwhile leaves its page out until the answer is renewed.
            if all(pk in by_id and by_id[pk].accept_request(request) for pk in ids):
                return True
    return has_collection_access(request.user, model, audience.collection_id)


def has_collection_access(user, model, collection_id: int) -> bool:
    if not (user.is_authenticated and user.has_perm("wagtailadmin.access_admin")):
        return False
    policy = policy_registry.get_by_type(model)
    return (
        policy.collections_user_has_any_permission_for(user, COLLECTION_ACCESS)
        .filter(pk=collection_id)
        .exists()
    )


def with_file_caching(response, audience: Audience):
    if audience.shared_caches_may_keep and response.status_code in (200, 304):
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE, must_revalidate=True)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


@require_safe
def image_file(request, path):
    """Image files and renditions (whitenoise serves only static files), to whoever may see a
    page that uses the image."""
    if "\x00" in path:
        # No stored file's name has one, and PostgreSQL refuses it in a query.
        raise Http404
    audience = image_audience(path)
    image_model = get_image_model()
    if audience is None or not may_download(request, image_model, audience):
        raise Http404
    storage = image_model._meta.get_field("file").storage
    try:
        size = storage.size(path)
        modified = storage.get_modified_time(path)
    except FileNotFoundError:
        raise Http404 from None

    @condition(
        etag_func=lambda request: f"{size:x}-{int(modified.timestamp()):x}",
        last_modified_func=lambda request: modified,
    )
    def send(request):
        return FileResponse(storage.open(path))

    return with_file_caching(send(request), audience)


@require_safe
def document_file(request, document_id, document_filename):
    """Wagtail's document view (the file name must match; Wagtail's collection privacy applies),
    for whoever may see a page that uses the document."""
    audience = document_audience(int(document_id))
    if audience is None or not may_download(request, get_document_model(), audience):
        raise Http404
    return with_file_caching(serve_document(request, document_id, document_filename), audience)


def connect():
    events = {
        "page_published": page_published,
        "page_unpublished": page_unpublished,
        "page_moved": post_page_move,
        "published": published,
        "unpublished": unpublished,
    }
    for name, signal in events.items():
        signal.connect(forget_file_audiences, dispatch_uid=f"file_access_{name}")
    post_delete.connect(forget_file_audiences, sender=Page, dispatch_uid="file_access_page_deleted")
    # A page's own saves matter only when it is published, moved or deleted: its drafts and
    # autosaves do not change who may see its files.
    for model in (PageViewRestriction, get_document_model(), get_image_model(), Person):
        label = model._meta.label_lower
        post_save.connect(forget_file_audiences, sender=model, dispatch_uid=f"file_access_{label}")
        post_delete.connect(
            forget_file_audiences, sender=model, dispatch_uid=f"file_access_{label}_deleted"
        )
