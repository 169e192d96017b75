"""An English research report as its editor leaves it in Wagtail's edit form, with an Arabic
download, and the site that goes with it. Run as a program (`python -m
tests.hub.core.editing_site`), it migrates the configured database, builds the library tree
with its roles, a document and an English moderator in it, and prints the ids the form needs."""

import json
from pathlib import Path

import django

MODERATOR = {"username": "moderator-en", "password": "manara-test-2026"}
REPORT_PDF = Path(__file__).resolve().parents[3] / "hub/demo/files/pdf/erased-in-real-time.ar.pdf"
DOWNLOAD_LABEL = "النسخة العربية الكاملة – مسودة {draft}"


def build_document():
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    return get_document_model().objects.create(
        title="محوٌ ممنهج: التقرير الكامل",
        file=ContentFile(REPORT_PDF.read_bytes(), name="erased-in-real-time.ar.pdf"),
    )


def form_ids(tree: dict, document) -> dict:
    """What the edit form of the tree's English report refers to."""
    report = tree["reports"]["en"]
    lina, sami = tree["people"]
    censorship, _security = tree["topics"]
    return {
        "page_id": report.pk,
        "slug": report.slug,
        "summary": report.summary,
        "document_id": document.pk,
        "people": [lina.pk, sami.pk],
        "topics": [censorship.pk],
    }


def report_form(ids: dict, draft: int, action: str | None = None) -> dict:
    """The report's edit form as the editor leaves it at their `draft`-th change: the label of
    its Arabic download is what they just typed. `action` is a button ("publish"), or none
    (Save draft, and autosave)."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = nested_form_data(
        {
            "title": "Erased: content takedowns during the May escalation",
            "slug": ids["slug"],
            "summary": ids["summary"],
            "publication_date": "2025-03-14",
            "authors": inline_formset([{"person": person} for person in ids["people"]]),
            "topics": inline_formset([{"topic": topic} for topic in ids["topics"]]),
            "regions": inline_formset([{"region": "PS"}, {"region": "IL"}]),
            "downloads": inline_formset(
                [
                    {
                        "document": ids["document_id"],
                        "label": DOWNLOAD_LABEL.format(draft=draft),
                        "language": "ar",
                        "kind": "full_text",
                    }
                ]
            ),
            "related_publications": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Revised after review.</p>"))]),
            "key_findings": streamfield([("finding", "Over 1,000 posts were removed.")]),
            "methodology": rich_text("<p>We asked the platforms.</p>"),
            "comments": inline_formset([]),
        }
    )
    if action:
        data[f"action-{action}"] = action
    return data


def build_site() -> dict:
    from django.core.management import call_command
    from wagtail.models import Page

    from hub.editorial.role_names import MODERATORS
    from hub.editorial.roles import setup_locales_and_roles
    from tests.hub.editorial.factories import UserFactory
    from tests.hub.resources.factories import build_library_tree

    call_command("migrate", interactive=False, verbosity=0)
    tree = build_library_tree()
    # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page at the top, where
    # the moderators' rights would go; the site's root is the home page by now.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    # The page rights sit on each language's home page, which only now exists.
    setup_locales_and_roles()
    UserFactory(username=MODERATOR["username"], password=MODERATOR["password"], groups=[MODERATORS])
    return form_ids(tree, build_document())


if __name__ == "__main__":
    django.setup()
    print(json.dumps(build_site()))
