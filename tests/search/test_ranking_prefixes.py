"""What a reader finds when a word's first letters may be a prefix or a proclitic, and may be
the word's own: a publication using the word itself ranks above one that only shares the word
without its first letters, and prefixed and bare forms still find each other. On the database
in use (SQLite or PostgreSQL; Elasticsearch declares the same fields, see the Lucene check)."""

import pytest

from search.engines import get_search_engine
from search.engines.base import SearchQuery
from tests.search.test_engines import publication_document

pytestmark = pytest.mark.django_db

HEBREW = [
    (1, "מעקב אחר עיתונאים ברשתות", "ארגוני זכויות אדם חשפו מעקב סמוי אחר עיתונאים ופעילים."),
    (2, "הכנס נדחה", "הכנס השנתי נדחה עקב מזג האוויר, והדוברים יופיעו בשידור חי."),
    (3, "ספר חדש על חופש הביטוי", "הספר מתעד צנזורה ברשת ומציע דרכים להתמודד איתה."),
    (4, "מספר המעצרים עלה", "מספר המעצרים בגלל פוסטים ברשתות החברתיות הוכפל השנה."),
    (5, "ספרייה דיגיטלית פתוחה לכולם", "מדריכים והדרכות על אבטחת מידע לקהילה."),
    (6, "תרומה לספרייה", "הארגון העביר לספרייה עשרות ספרים על פרטיות והצפנה."),
    (7, "בחירות 2026", "הבחירות לכנסת מלוות בקמפיינים של מידע כוזב."),
    (8, "חירות ברשת", "חירות הביטוי היא תנאי לדמוקרטיה."),
]

ARABIC = [
    (11, "الدفاع عن حقوق المستخدمين", "تقرير عن حقوق المستخدمين الرقمية في المنطقة."),
    (12, "بحث جديد عن الرقابة", "يعرض هذا البحث نتائج بحث ميداني عن حجب المواقع."),
    (13, "حث الحكومة على الشفافية", "حث الناشطون الحكومة على نشر طلبات حذف المحتوى."),
    (14, "منصات التواصل والمحتوى الفلسطيني", "تحذف المنصات منشورات الصحفيين دون تفسير."),
    (15, "حرية التعبير على الإنترنت", "تراجعت حرية التعبير بعد قوانين الجرائم الإلكترونية."),
    (16, "النشر بحرية", "يحق للصحفيين النشر بحرية دون خوف من الملاحقة."),
]


@pytest.fixture
def engine():
    engine = get_search_engine()
    engine.rebuild(
        [
            publication_document(page_id, language, title, body)
            for language, publications in (("he", HEBREW), ("ar", ARABIC))
            for page_id, title, body in publications
        ]
    )
    return engine


def ranked(engine, language, text):
    return [hit.page_id for hit in engine.search(SearchQuery(language=language, text=text)).hits]


def test_a_hebrew_word_found_as_itself_ranks_above_the_same_letters_after_a_prefix(engine):
    # מעקב (surveillance) is not מ + עקב (because of), nor מספר (number) מ + ספר (book), nor
    # בחירות (elections) ב + חירות (liberty): each finds itself first, the other after it.
    assert ranked(engine, "he", "מעקב") == [1, 2]
    assert ranked(engine, "he", "עקב") == [2, 1]
    assert ranked(engine, "he", "מספר") == [4, 3]
    assert ranked(engine, "he", "ספר") == [3, 4]
    assert ranked(engine, "he", "בחירות") == [7, 8]
    assert ranked(engine, "he", "חירות") == [8, 7]


def test_a_hebrew_word_with_prefixes_and_without_find_each_other(engine):
    assert ranked(engine, "he", "לספרייה") == [6, 5]
    assert ranked(engine, "he", "ספרייה") == [5, 6]
    # ו and ה come off, never והמ: והמעקב is not "and the" + עקב.
    assert ranked(engine, "he", "והמעקב") == [1]


def test_every_word_of_a_hebrew_query_must_match(engine):
    assert ranked(engine, "he", "מעקב עיתונאים") == [1]
    assert ranked(engine, "he", "עקב עיתונאים") == [1]


def test_an_arabic_word_with_a_proclitic_finds_the_word_without_it(engine):
    assert ranked(engine, "ar", "بحقوق") == [11]
    assert ranked(engine, "ar", "وبحقوق المستخدمين") == [11]
    assert ranked(engine, "ar", "فمنصات") == [14]
    assert ranked(engine, "ar", "للمنصات") == [14]


def test_an_arabic_root_letter_is_not_taken_for_a_proclitic(engine):
    # بحث (research) is not ب + حث (urged).
    assert ranked(engine, "ar", "بحث") == [12]
    assert ranked(engine, "ar", "حث") == [13]


def test_an_arabic_word_found_as_itself_ranks_above_the_word_after_a_proclitic(engine):
    # بحرية (freely, or maritime) also finds حرية (freedom), after the publication using it.
    assert ranked(engine, "ar", "بحرية") == [16, 15]
    assert ranked(engine, "ar", "حرية") == [15, 16]
