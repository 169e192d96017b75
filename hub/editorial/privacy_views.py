"""The admin's privacy modal, for a page and all its translations at once (the rule is in
hub.editorial.privacy). Installed for every page type by the page viewset in
hub.editorial.wagtail_hooks."""

from babel.lists import format_list
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.page_privacy import SetPrivacyView

from hub.core.languages import reader_name
from hub.editorial.privacy import Privacy, apply_privacy_changes, privacy_changes


def language_list(pages) -> str:
    """ "English and Hebrew", in the active (the user's admin) language."""
    names = [reader_name(page.locale.language_code) for page in pages]
    return format_list(names, locale=to_locale(get_language()))


class PrivacyOfEveryTranslationView(SetPrivacyView):
    """Wagtail's privacy view (which already refuses anyone who may not publish the page),
    setting the page's own restriction on every translation, or refusing inside the modal a
    change that would relax it on a translation the user does not manage: then nothing
    changes anywhere."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["restriction_type"].help_text = _(
            "This applies to the page in every language at once."
        )
        return form

    def form_valid(self, form):
        user = self.request.user
        privacy = Privacy.from_form(form.cleaned_data)
        changes = privacy_changes(self.page, privacy)
        unmanaged = [
            change.page
            for change in changes
            if change.relaxes
            and not change.page.permissions_for_user(user).can_set_view_restrictions()
        ]
        if unmanaged:
            languages = {"languages": language_list(unmanaged)}
            if privacy.is_public:
                message = _(
                    "You cannot make this page public: you do not manage it in %(languages)s."
                )
            else:
                message = _(
                    "You cannot let more people read this page: you do not manage it in "
                    "%(languages)s. You can only make its privacy stricter."
                )
            form.add_error("restriction_type", message % languages)
            return self.form_invalid(form)
        apply_privacy_changes(changes, privacy, user)
        return render_modal_workflow(
            self.request,
            None,
            None,
            None,
            json_data={"step": "set_privacy_done", "is_public": privacy.is_public},
        )
