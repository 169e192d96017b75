"""The read-only API at /api/v2/ (Wagtail's API v2). Pages are live and public only (Wagtail's
own rule, and view restrictions follow translations, see hub.editorial.privacy). Images and
documents are listed only when a live, public page uses them: Wagtail images have no privacy of
their own and its documents API hides private collections only."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.api.v2.router import WagtailAPIRouter
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


class PublicImagesAPIViewSet(UsedByPublicPagesMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(UsedByPublicPagesMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

__all__ = ["api_router"]
