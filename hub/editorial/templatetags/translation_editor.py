from django import template
from wagtail.admin.ui.side_panels import StatusSidePanel

from hub.editorial.translation_views import SnippetTranslationStatusPanel

register = template.Library()


@register.simple_tag
def with_snippet_status_panel(side_panels):
    """The translation editor's side panels, a snippet's status panel replaced by one that
    links its workflow status to the snippet's revisions."""
    return [
        SnippetTranslationStatusPanel.replacing(panel) if type(panel) is StatusSidePanel else panel
        for panel in side_panels
    ]
