"""The demo's content as data: one folder per publication, person and topic, read by a loader
that knows no publication by name."""

import re

import pytest

from hub.demo import build_files, dataset
from hub.demo.dataset import DemoDataError, read_items
from tests.hub.settings.test_environment import run_manage

ARABIC_TOOLKIT = {
    "meta.toml": """
type = "toolkit"
languages = ["en", "ar"]
date = "2025-09-01"
authors = ["noor-masri"]
topics = ["digital-security"]
regions = ["PS"]
hashtags = ["#SafeSignal"]
""",
    "en.toml": """
title = "Safe messaging for field researchers"
summary = "How to keep interviews and sources safe on a shared phone."
pdf = ["Safe messaging — checklist", "Turn on disappearing messages before the first interview."]
pdf_only_words = "checklist"

[[body]]
heading = "Before the interview"

[[body]]
quote = "My phone was checked at every checkpoint."
attribution = "A researcher in Hebron"
""",
    "ar.toml": """
title = "المراسلة الآمنة للباحثين الميدانيين"
summary = "كيف تحمي المقابلات والمصادر على هاتف مشترك."
pdf = ["المراسلة الآمنة — قائمة تحقق", "فعّل الرسائل المختفية قبل المقابلة الأولى."]
pdf_only_words = "قائمة تحقق"

[[body]]
heading = "قبل المقابلة"

[[body]]
quote = "كان هاتفي يُفتَّش عند كل حاجز."
attribution = "باحثة في الخليل"
""",
}


def write_folder(root, name, files):
    folder = root / name
    folder.mkdir(parents=True)
    for filename, text in files.items():
        (folder / filename).write_text(text, encoding="utf-8")
    return folder


def test_a_new_publication_is_a_folder_of_files(tmp_path):
    write_folder(tmp_path, "01-safe-messaging", ARABIC_TOOLKIT)

    [publication] = [dataset.with_body_blocks(item) for item in read_items(tmp_path, "slug")]

    assert publication["slug"] == "safe-messaging"
    assert publication["languages"] == ["en", "ar"]
    assert publication["hashtags"] == ["#SafeSignal"]
    assert publication["title"] == {
        "en": "Safe messaging for field researchers",
        "ar": "المراسلة الآمنة للباحثين الميدانيين",
    }
    assert publication["pdf_only_words"] == {"en": "checklist", "ar": "قائمة تحقق"}
    assert publication["body"]["ar"] == [
        ("heading", "قبل المقابلة"),
        ("quote", "كان هاتفي يُفتَّش عند كل حاجز.", "باحثة في الخليل"),
    ]


def test_items_come_in_the_order_of_their_folder_numbers(tmp_path):
    person = {"en.toml": 'name = "Samir Awad"\n', "ar.toml": 'name = "سمير عوض"\n'}
    write_folder(tmp_path, "02-samir-awad", person)
    write_folder(tmp_path, "01-hala-odeh", {"en.toml": 'name = "Hala Odeh"\n'})

    assert [item["key"] for item in read_items(tmp_path, "key")] == ["hala-odeh", "samir-awad"]


@pytest.mark.parametrize(
    ("name", "change", "complaint"),
    [
        ("safe-messaging", {}, "must be <number>-<key>"),
        ("01-safe-messaging", {"ar.toml": None}, "text files for ['en']"),
        ("01-safe-messaging", {"he.toml": 'title = "הודעות בטוחות"\n'}, "languages"),
        ("01-safe-messaging", {"ar.toml": 'title = "المراسلة الآمنة"\n'}, "ar.toml: fields"),
        ("01-safe-messaging", {"meta.toml": 'type = "toolkit\n'}, "meta.toml"),
    ],
)
def test_a_folder_that_does_not_fit_is_refused_with_a_sentence(tmp_path, name, change, complaint):
    files = {**ARABIC_TOOLKIT, **change}
    write_folder(tmp_path, name, {key: text for key, text in files.items() if text is not None})

    with pytest.raises(DemoDataError, match=re.escape(complaint)):
        read_items(tmp_path, "slug")


@pytest.mark.parametrize(
    "block",
    [
        {},
        {"heading": "قبل المقابلة", "paragraph": "نص"},
        {"heading": "לפני הראיון", "attribution": "חוקרת מחברון"},
        {"video": "https://example.org"},
    ],
)
def test_a_body_block_needs_exactly_one_known_kind(block):
    with pytest.raises(DemoDataError, match="a body block needs one of"):
        dataset.body_block(block, "safe-messaging")


def test_every_demo_publication_names_its_pdf_only_words_in_each_language():
    publications = dataset.publications()
    people = {person["key"] for person in dataset.people()}
    topics = {topic["key"] for topic in dataset.topics()}

    assert len(publications) == 12
    for publication in publications:
        assert set(publication["pdf_only_words"]) == set(publication["languages"])
        assert set(publication["authors"]) <= people
        assert set(publication["topics"]) <= topics
        for language, words in publication["pdf_only_words"].items():
            assert words in " ".join(publication["pdf"][language])
            fields = ("title", "summary", "body")
            page = " ".join(str(publication[field][language]) for field in fields)
            assert words not in page


def test_the_committed_pdfs_hold_the_pdf_only_words_of_the_data():
    """build_files' check reads each PDF back and looks for the words the data names."""
    assert build_files.check_pdfs() == []


def test_production_settings_leave_the_demo_app_out():
    result = run_manage(
        "load_demo",
        DJANGO_SETTINGS_MODULE="hub.settings.production",
        SECRET_KEY="k3v9-production-like-secret-Q2m8xZr7LpW4nB6tYc1uHs5dFg0jKe3aVo9iT",
        ALLOWED_HOSTS="hub.example.org",
        CSRF_TRUSTED_ORIGINS="https://hub.example.org",
        DATABASE_URL="postgres://hub:secret@127.0.0.1:5432/hub",
        WAGTAILADMIN_BASE_URL="https://hub.example.org",
    )

    assert result.returncode == 1
    assert "Unknown command: 'load_demo'" in result.stderr
