"""The search app in the admin: promoted results (a snippet, managed per language) and the
"Search terms" report under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from hub.core.permissions import checking_the_object
from search.admin_views import SearchTermsReportView, may_view_search_terms
from search.models import SearchPromotion
from search.promotions import promotion_languages, promotion_permission_policy


class SearchPromotionForm(WagtailAdminModelForm):
    """Offers only the languages whose promotions the user manages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = promotion_languages(self.for_user)
        field = self.fields["language"]
        field.choices = [
            (code, name) for code, name in field.choices if not code or code in languages
        ]


class PromotionCreateView(snippet_views.CreateView):
    """Reads the query and language from the URL, as the "Search terms" report links them."""

    def get_initial(self):
        initial = super().get_initial()
        query = self.request.GET.get("query", "")
        language = self.request.GET.get("language", "")
        if query:
            initial["query"] = query[: SearchPromotion._meta.get_field("query").max_length]
        if language in promotion_languages(self.request.user):
            initial["language"] = language
        return initial


class SearchPromotionViewSet(snippet_views.SnippetViewSet):
    model = SearchPromotion
    icon = "pick"
    menu_label = _("Promoted results")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["query", "language", "publication", "sort_order", "updated_at"]
    list_filter = ["language"]
    search_fields = ["query"]
    add_view_class = PromotionCreateView
    # Each refuses a promotion in a language the user does not manage.
    edit_view_class = checking_the_object(snippet_views.EditView, "change")
    delete_view_class = checking_the_object(snippet_views.DeleteView, "delete")
    history_view_class = checking_the_object(snippet_views.HistoryView, "change")
    usage_view_class = checking_the_object(snippet_views.UsageView, "change")
    edit_handler = ObjectList(
        [
            FieldPanel("language"),
            FieldPanel("query"),
            FieldPanel("publication"),
            FieldPanel("sort_order"),
            FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        ],
        base_form_class=SearchPromotionForm,
    )

    def get_queryset(self, request):
        return SearchPromotion.objects.filter(
            language__in=promotion_languages(request.user)
        ).select_related("publication")


register_permission_policy(SearchPromotion, promotion_permission_policy())
register_snippet(SearchPromotionViewSet)


class SearchTermsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view_search_terms(request.user)


@hooks.register("register_admin_urls")
def register_search_terms_report_url():
    return [
        path("reports/search-terms/", SearchTermsReportView.as_view(), name="search_terms_report"),
        path(
            "reports/search-terms/results/",
            SearchTermsReportView.as_view(results_only=True),
            name="search_terms_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_terms_report_menu_item():
    return SearchTermsMenuItem(
        _("Search terms"), reverse("search_terms_report"), icon_name="search", order=8950
    )
