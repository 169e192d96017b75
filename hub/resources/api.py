"""The read-only API at /api/v2/ (Wagtail's API v2). Pages are live and public only, whoever
asks (view restrictions follow translations, see hub.editorial.privacy). Images and
documents are listed only when a live, public page uses them: Wagtail images have no privacy of
their own and its documents API hides private collections only.

Every bad parameter is a 400 with a message, as Wagtail answers most of them: its full-text
`search` is off (WAGTAILAPI_SEARCH_ENABLED; the public search is /api/search/), `offset` is
bounded, `fields` may nest 10 levels deep, and the values Wagtail passes on to the database
unchecked (an id to find or to filter by, a date, a NUL anywhere) are checked here first.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from wagtail.api.rich_text import APIRichText
from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex

from hub.core.query_parameters import whole_number

# The deepest item a listing reaches: a database reads every row before its offset, and a
# number past 64 bits is refused by the database itself. Filters (type, locale, child_of)
# narrow a listing further than that.
MAX_OFFSET = 10_000
# Ids are BigAutoField or AutoField: none is larger.
MAX_ID = 2**63 - 1
# `fields=cover_image(title)` nests one level; Wagtail parses each level with a recursive call,
# so a thousand levels were a RecursionError. No relation here is nearly this deep.
MAX_FIELDS_DEPTH = 10


def nesting_depth(fields: str) -> int:
    depth = deepest = 0
    for character in fields:
        if character == "(":
            depth += 1
            deepest = max(deepest, depth)
        elif character == ")":
            depth -= 1
    return deepest


class BoundedPagination(WagtailPagination):
    """Wagtail's limit and offset, with the offset bounded (Wagtail checks the limit)."""

    def paginate_queryset(self, queryset, request, view=None):
        if whole_number(request.GET.get("offset", "0"), MAX_OFFSET) is None:
            raise BadRequestError(
                _("offset must be a whole number from 0 to %(max)d.") % {"max": MAX_OFFSET}
            )
        return super().paginate_queryset(queryset, request, view)


class CheckedFieldsFilter(FieldsFilter):
    """Wagtail's field filters (`?slug=…`). Wagtail converts numbers and booleans itself and
    refuses what does not convert, but a related object's id it converts with int(), which takes
    numbers past 64 bits that the database then refuses; a date or time it passes to the query,
    where Django raises ValidationError for one that does not parse. Both are refused as
    Wagtail refuses the others."""

    def filter_queryset(self, request, queryset, view):
        # As Wagtail's: `locale` has a filter of its own, by language code.
        filtered = set(view.get_available_fields(queryset.model, db_fields_only=True)) - {"locale"}
        for name, value in request.GET.items():
            if name not in filtered or not queryset.model._meta.get_field(name).many_to_one:
                continue
            if whole_number(value, MAX_ID) is None:
                raise BadRequestError(
                    _("field filter error: %(name)s must be the id of an object.") % {"name": name}
                )
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as error:
            raise BadRequestError(
                _("field filter error: %(reasons)s") % {"reasons": " ".join(error.messages)}
            ) from error


def with_checked_field_filters(filter_backends):
    return [
        CheckedFieldsFilter if backend is FieldsFilter else backend for backend in filter_backends
    ]


class CheckedParametersMixin:
    """What every endpoint here checks before Wagtail passes it to the database."""

    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        # PostgreSQL refuses a NUL in a query and no stored value has one; Wagtail refuses it in
        # its field filters only, not in `locale` or the path to find. Wagtail's wording.
        for name, values in request.GET.lists():
            if any("\x00" in value for value in values):
                raise BadRequestError(
                    _("null characters are not allowed for %(name)s") % {"name": name}
                )
        if nesting_depth(request.GET.get("fields", "")) > MAX_FIELDS_DEPTH:
            raise BadRequestError(
                _("fields error: at most %(max)d levels of nested fields")
                % {"max": MAX_FIELDS_DEPTH}
            )
        super().initial(request, *args, **kwargs)

    def find_object(self, queryset, request):
        # Wagtail hands `?id=` to the query as it is, where "abc" or "²" raises.
        if "id" in request.GET:
            raw = request.GET["id"]
            if not (raw.isascii() and raw.isdigit()):
                raise BadRequestError(_("id must be a whole number."))
            if whole_number(raw, MAX_ID) is None:
                # Larger than any id: found nothing, which Wagtail answers with its 404.
                return None
        return super().find_object(queryset, request)


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


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint, public pages only whoever asks (Wagtail's own lets a session
    that passed a restriction see those pages, so a signed-in reader would get every page
    restricted to logged-in users, and a cache could keep that answer), and without
    `rich_text_format=markdown`: that format resolves page links through the editor's
    converter, which gives the address of any page, private and draft ones included. `html`
    resolves them as the site does (hub.resources.rich_text)."""

    filter_backends = with_checked_field_filters(PagesAPIViewSet.filter_backends)

    def get_base_queryset(self):
        return super().get_base_queryset().public()

    def resolve_rich_text_format(self):
        rich_text_format = super().resolve_rich_text_format()
        if rich_text_format == APIRichText.FORMAT_MARKDOWN:
            raise BadRequestError(
                _("rich_text_format=markdown is not offered here: use html or db_markdown.")
            )
        return rich_text_format


class PublicImagesAPIViewSet(CheckedParametersMixin, UsedByPublicPagesMixin, ImagesAPIViewSet):
    filter_backends = with_checked_field_filters(ImagesAPIViewSet.filter_backends)


class PublicDocumentsAPIViewSet(
    CheckedParametersMixin, UsedByPublicPagesMixin, DocumentsAPIViewSet
):
    filter_backends = with_checked_field_filters(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)

__all__ = ["api_router"]
