"""The read-only API at /api/v2/ (Wagtail's API v2). Pages are live and public only, whoever
asks (view restrictions follow translations, see hub.editorial.privacy). Images and
documents are listed only when a live, public page uses them: Wagtail images have no privacy of
their own and its documents API hides private collections only."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex


class UsedByPublicPagesMixin:
    """Lists only the objects that a live, public page refers to (Wagtail's reference index)."""

    def get_queryset(self):
        queryset = super().get_queryset()
        public_page_ids = (
            Page.objects.live().public().annotate(id_text=Cast("pk", CharField())).values("id_text")
        )
        used_ids = ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=public_page_ids,
            to_content_type=ContentType.objects.get_for_model(queryset.model),
        ).values_list("to_object_id", flat=True)
        return queryset.filter(pk__in=[int(pk) for pk in used_ids])


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint, public pages only whoever asks (Wagtail's own lets a session
    that passed a restriction see those pages, so a signed-in reader would get every page
    restricted to logged-in users, and a cache could keep that answer), and without
    `rich_text_format=markdown`: that format resolves page links through the editor's
    converter, which gives the address of any page, private and draft ones included. `html`
    resolves them as the site does (hub.resources.rich_text)."""

    def get_base_queryset(self):
        return super().get_base_queryset().public()

    def resolve_rich_text_format(self):
        rich_text_format = super().resolve_rich_text_format()
        if rich_text_format == APIRichText.FORMAT_MARKDOWN:
            raise BadRequestError(
                _("rich_text_format=markdown is not offered here: use html or db_markdown.")
            )
        return rich_text_format


class PublicImagesAPIViewSet(UsedByPublicPagesMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(UsedByPublicPagesMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

__all__ = ["api_router"]
