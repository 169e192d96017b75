"""The demo site's own names and labels, and the home page's fields built from its text in
`data/pages/`. The English version is the source; the Arabic and Hebrew versions become
wagtail-localize translations of it, string by string, so they line up with the English
structure."""

from hub.demo import dataset

ORGANISATION = {
    "en": "Manara",
    "ar": "منارة",
    "he": "מנארה",
}


def page_text(page: str, language_code: str) -> dict:
    """The text of the home or library page (`data/pages/`) in one language, by field."""
    return {field: values[language_code] for field, values in dataset.pages()[page].items()}


def home_page_fields(language_code: str) -> dict:
    """The HomePage field values for one language, in the body's block structure."""
    text = page_text("home", language_code)
    return {
        "title": text["title"],
        "intro": text["intro"],
        "body": [
            (
                "cards",
                {
                    "heading": text["what_we_do"],
                    "cards": [dict(card) for card in text["cards"]],
                },
            ),
            ("heading", {"text": text["why_heading"], "level": "h2"}),
            ("paragraph", f"<p>{text['why_text']}</p>"),
            ("quote", {"quote": text["quote"], "attribution": text["quote_attribution"]}),
            ("callout", {"title": text["privacy_title"], "text": f"<p>{text['privacy_text']}</p>"}),
        ],
    }


# The label of a download, by the language of the page (outer) and of the file (inner).
DOWNLOAD_LABELS = {
    "en": {"en": "Full text in English", "ar": "Full text in Arabic", "he": "Full text in Hebrew"},
    "ar": {
        "en": "النص الكامل بالإنجليزية",
        "ar": "النص الكامل بالعربية",
        "he": "النص الكامل بالعبرية",
    },
    "he": {"en": "הטקסט המלא באנגלית", "ar": "הטקסט המלא בערבית", "he": "הטקסט המלא בעברית"},
}
