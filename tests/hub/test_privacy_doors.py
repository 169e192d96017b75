"""The privacy doors: every public way into the hub, walked in every language, anonymously and
as a signed-in reader with no rights, against publications that must not be seen: one private
publication per restriction type (password, login, groups), a draft that was never published
and one that was published and then unpublished, each in English, Arabic and Hebrew.

Each of them carries a marker word of its own in every field a reader could see, in its files
and in the people and topics only it uses: zqx<kind><field><language>, e.g.
zqxpasswordsummaryar. Every response is searched for markers (body and headers), so a hit
names its leak. Beside them, a live public publication in each language hand-picks each of
them as related, links to them from its rich text and its cards, and must stay public.

The walk collects every leak, file and server error and reports them all in one message.
"""

import re
from contextlib import contextmanager
from html import escape
from itertools import chain
from urllib.parse import unquote, urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, PageViewRestriction

from hub.resources.models import PublicationDownload, RelatedPublication
from search.documents import all_documents
from search.engines import get_search_engine
from tests.hub.resources.factories import (
    CampaignToolkitPageFactory,
    PersonFactory,
    PolicyPaperPageFactory,
    ResearchReportPageFactory,
    TopicFactory,
    build_library_tree,
    translate,
)
from tests.media_on_disk import MediaOnDiskMixin

LANGUAGES = ("en", "ar", "he")
KINDS = ("password", "login", "groups", "draft", "unpublished")
RESTRICTION_TYPES = {
    "password": PageViewRestriction.PASSWORD,
    "login": PageViewRestriction.LOGIN,
    "groups": PageViewRestriction.GROUPS,
}
# Every publication type is among the restricted ones.
PAGE_FACTORIES = {
    "password": ResearchReportPageFactory,
    "login": PolicyPaperPageFactory,
    "groups": CampaignToolkitPageFactory,
    "draft": ResearchReportPageFactory,
    "unpublished": CampaignToolkitPageFactory,
}
PAGE_PASSWORD = "shared-with-the-coalition"
ANONYMOUS, READER = "anonymous", "signed-in reader with no rights"
USERS = (ANONYMOUS, READER)
# Only the markers' own beginnings: a random token (a CSRF token in a form) may hold "zqx".
MARKER = re.compile(rf"zqx(?:{'|'.join(KINDS)})[a-z]*", re.IGNORECASE)
# The words searched for, through the library page and through the search API: what a reader
# sees of a publication on a card, and the words only its PDF and its people and topics hold.
SEARCHED_FIELDS = {
    ANONYMOUS: (("title", "pdf"), ("title", "summary", "richtext", "pdf", "person", "topic")),
    READER: (("title",), ("title", "pdf")),
}
# A conditional GET as a browser revalidating its copy sends it.
CONDITIONAL = {"If-None-Match": '"manara"', "If-Modified-Since": http_date(0)}
FILE_SIGNATURES = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff")

# What the NGO's writers would put in each field; each field then gets its own marker.
TEXT = {
    "title": {
        "en": "Internal: the contractors behind the checkpoint cameras",
        "ar": "داخلي: الشركات المتعاقدة وراء كاميرات الحواجز",
        "he": "פנימי: הקבלנים שמאחורי המצלמות במחסומים",
    },
    "seotitle": {
        "en": "Checkpoint camera contractors (internal)",
        "ar": "متعاقدو كاميرات الحواجز (داخلي)",
        "he": "קבלני המצלמות במחסומים (פנימי)",
    },
    "description": {
        "en": "Names and contracts of the firms that supply surveillance cameras, for partner "
        "organisations only.",
        "ar": "أسماء الشركات التي تورّد كاميرات المراقبة وعقودها، للمنظمات الشريكة فقط.",
        "he": "שמות החברות שמספקות מצלמות מעקב והחוזים שלהן, לארגונים שותפים בלבד.",
    },
    "summary": {
        "en": "Who installed the cameras at the Hebron checkpoints, who maintains them and who "
        "pays for them.",
        "ar": "من ركّب الكاميرات على حواجز الخليل، ومن يصونها، ومن يدفع ثمنها.",
        "he": "מי התקין את המצלמות במחסומי חברון, מי מתחזק אותן ומי משלם עליהן.",
    },
    "richtext": {
        "en": "Two of the three contractors also sell facial-recognition software to the "
        "municipality. Our sources asked not to be named.",
        "ar": "تبيع اثنتان من الشركات الثلاث برمجيات للتعرّف على الوجوه للبلدية أيضًا. "
        "وقد طلبت مصادرنا عدم ذكر أسمائها.",
        "he": "שתיים משלוש החברות מוכרות גם תוכנות לזיהוי פנים לעירייה. המקורות שלנו ביקשו "
        "שלא לחשוף את שמם.",
    },
    "doclink": {
        "en": "the contracts we obtained",
        "ar": "العقود التي حصلنا عليها",
        "he": "החוזים שהשגנו",
    },
    "heading": {
        "en": "What the contracts say",
        "ar": "ماذا تقول العقود",
        "he": "מה כתוב בחוזים",
    },
    "quote": {
        "en": "We were told the footage is kept for ninety days. Nobody could say who watches it.",
        "ar": "قيل لنا إنّ التسجيلات تُحفظ تسعين يومًا، ولم يستطع أحد أن يقول من يشاهدها.",
        "he": "אמרו לנו שהצילומים נשמרים תשעים יום. איש לא ידע לומר מי צופה בהם.",
    },
    "attribution": {
        "en": "A resident of Tel Rumeida",
        "ar": "أحد سكان تل الرميدة",
        "he": "תושב תל רומיידה",
    },
    "callouttitle": {
        "en": "Before you share this",
        "ar": "قبل أن تشارك هذا",
        "he": "לפני שאתם משתפים",
    },
    "callout": {
        "en": "Do not forward this report outside the coalition: it names people who are at risk.",
        "ar": "لا تُرسل هذا التقرير خارج التحالف، فهو يذكر أسماء أشخاص معرّضين للخطر.",
        "he": "אל תעבירו את הדוח אל מחוץ לקואליציה: מופיעים בו שמות של אנשים שנמצאים בסכנה.",
    },
    "cardsheading": {
        "en": "Read next",
        "ar": "اقرأ أيضًا",
        "he": "לקריאה נוספת",
    },
    "cardtitle": {
        "en": "Timeline of the tenders",
        "ar": "التسلسل الزمني للمناقصات",
        "he": "ציר הזמן של המכרזים",
    },
    "cardtext": {
        "en": "Every tender since 2019, with the winning bid.",
        "ar": "كل المناقصات منذ عام 2019 مع العروض الفائزة.",
        "he": "כל המכרזים מאז 2019, עם ההצעות הזוכות.",
    },
    "alt": {
        "en": "A camera mast above the checkpoint gate",
        "ar": "سارية كاميرا فوق بوابة الحاجز",
        "he": "תורן מצלמה מעל שער המחסום",
    },
    "caption": {
        "en": "Photographed by a field researcher in March",
        "ar": "صوّرها باحث ميداني في آذار",
        "he": "צולם בידי תחקירן שטח במרץ",
    },
    "tablecaption": {
        "en": "Contracts by year",
        "ar": "العقود حسب السنة",
        "he": "חוזים לפי שנה",
    },
    "tableheading": {
        "en": "Contractor",
        "ar": "الشركة المتعاقدة",
        "he": "הקבלן",
    },
    "tablecell": {
        "en": "The main supplier",
        "ar": "المورّد الرئيسي",
        "he": "הספק הראשי",
    },
    "doclabel": {
        "en": "The contracts (PDF)",
        "ar": "العقود (PDF)",
        "he": "החוזים (PDF)",
    },
    "videotitle": {
        "en": "Testimony from the checkpoint",
        "ar": "شهادة من الحاجز",
        "he": "עדות מהמחסום",
    },
    "transcript": {
        "en": "A shop owner describes being stopped and photographed every morning.",
        "ar": "صاحب متجر يروي كيف يُوقَف ويُصوَّر كل صباح.",
        "he": "בעל חנות מתאר איך עוצרים ומצלמים אותו בכל בוקר.",
    },
    "download": {
        "en": "Full report for partners",
        "ar": "التقرير الكامل للشركاء",
        "he": "הדוח המלא לשותפים",
    },
    "doctitle": {
        "en": "Checkpoint contracts",
        "ar": "عقود الحواجز",
        "he": "חוזי המחסומים",
    },
    "citeas": {
        "en": "Manara (2025). The contractors behind the checkpoint cameras. Internal briefing.",
        "ar": "منارة (2025). الشركات المتعاقدة وراء كاميرات الحواجز. إحاطة داخلية.",
        "he": "מנארה (2025). הקבלנים שמאחורי המצלמות במחסומים. תדריך פנימי.",
    },
    "finding": {
        "en": "Three companies share every camera contract in the old city.",
        "ar": "ثلاث شركات تتقاسم كل عقود الكاميرات في البلدة القديمة.",
        "he": "שלוש חברות חולקות ביניהן את כל חוזי המצלמות בעיר העתיקה.",
    },
    "methodology": {
        "en": "We compared tender documents with photographs taken on site.",
        "ar": "قارنّا وثائق المناقصات بصور التُقطت في الموقع.",
        "he": "השווינו את מסמכי המכרזים לתמונות שצולמו בשטח.",
    },
    "recommendation": {
        "en": "Publish every surveillance contract before it is signed.",
        "ar": "انشروا كل عقد مراقبة قبل توقيعه.",
        "he": "פרסמו כל חוזה מעקב לפני שהוא נחתם.",
    },
    "goal": {
        "en": "Every partner knows which cameras record them and whom to ask for the footage.",
        "ar": "أن يعرف كل شريك أيّ الكاميرات تسجّله، وممّن يطلب التسجيلات.",
        "he": "כל שותף יודע אילו מצלמות מתעדות אותו ולמי לפנות כדי לקבל את הצילומים.",
    },
    "calltoaction": {
        "en": "Map the cameras on your street this week.",
        "ar": "ارسم خريطة الكاميرات في شارعك هذا الأسبوع.",
        "he": "מפו השבוע את המצלמות ברחוב שלכם.",
    },
    "steptitle": {
        "en": "Photograph the mast",
        "ar": "صوّر السارية",
        "he": "צלמו את התורן",
    },
    "steptext": {
        "en": "Note the time and the direction the camera faces.",
        "ar": "دوّن الوقت والاتجاه الذي تواجهه الكاميرا.",
        "he": "רשמו את השעה ואת הכיוון שאליו פונה המצלמה.",
    },
    "post": {
        "en": "Who watches the checkpoint cameras? Ask with us.",
        "ar": "من يشاهد كاميرات الحواجز؟ اسألوا معنا.",
        "he": "מי צופה במצלמות המחסומים? שאלו איתנו.",
    },
    "sharealt": {
        "en": "A map of the cameras in the old city",
        "ar": "خريطة الكاميرات في البلدة القديمة",
        "he": "מפת המצלמות בעיר העתיקה",
    },
    "partner": {
        "en": "Hebron Residents' Committee",
        "ar": "لجنة سكان الخليل",
        "he": "ועד תושבי חברון",
    },
    "person": {
        "en": "Nadia Saleh",
        "ar": "نادية صالح",
        "he": "נדיה סאלח",
    },
    "role": {
        "en": "Field researcher",
        "ar": "باحثة ميدانية",
        "he": "תחקירנית שטח",
    },
    "bio": {
        "en": "Documents surveillance in the old city of Hebron.",
        "ar": "توثّق المراقبة في البلدة القديمة في الخليل.",
        "he": "מתעדת את המעקב בעיר העתיקה של חברון.",
    },
    "topic": {
        "en": "Camera contractors",
        "ar": "متعاقدو الكاميرات",
        "he": "קבלני מצלמות",
    },
    "topicdescription": {
        "en": "The companies that build and run surveillance at checkpoints.",
        "ar": "الشركات التي تبني أنظمة المراقبة على الحواجز وتشغّلها.",
        "he": "החברות שבונות ומפעילות את מערכות המעקב במחסומים.",
    },
}
# How the public publication names each of them in its links and cards.
LINK_TEXT = {
    "password": {
        "en": "the briefing for partners",
        "ar": "الإحاطة المخصّصة للشركاء",
        "he": "התדריך לשותפים",
    },
    "login": {
        "en": "the members' policy memo",
        "ar": "مذكرة السياسات للأعضاء",
        "he": "מזכר המדיניות לחברים",
    },
    "groups": {
        "en": "the legal team's field guide",
        "ar": "الدليل الميداني للفريق القانوني",
        "he": "המדריך של הצוות המשפטי",
    },
    "draft": {
        "en": "the forthcoming report",
        "ar": "التقرير المرتقب",
        "he": "הדוח העתידי",
    },
    "unpublished": {
        "en": "last year's edition",
        "ar": "طبعة العام الماضي",
        "he": "המהדורה של השנה שעברה",
    },
}
PUBLIC_TEXT = {
    "title": {
        "en": "Who watches the watchers? Cameras at the checkpoints",
        "ar": "من يراقب المراقِبين؟ الكاميرات على الحواجز",
        "he": "מי שומר על השומרים? המצלמות במחסומים",
    },
    "summary": {
        "en": "What readers can know about the cameras that film them at every crossing.",
        "ar": "ما يحقّ للقرّاء معرفته عن الكاميرات التي تصوّرهم عند كل معبر.",
        "he": "מה הקוראים יכולים לדעת על המצלמות שמצלמות אותם בכל מעבר.",
    },
    "links": {
        "en": "Coalition members can also read:",
        "ar": "ويمكن لأعضاء التحالف أيضًا قراءة:",
        "he": "חברי הקואליציה יכולים לקרוא גם את:",
    },
    "annex": {
        "en": "the coalition's annex on sources",
        "ar": "ملحق التحالف حول المصادر",
        "he": "הנספח של הקואליציה על המקורות",
    },
    "card": {
        "en": "For coalition members.",
        "ar": "لأعضاء التحالف.",
        "he": "לחברי הקואליציה.",
    },
}
SEPARATOR = {"en": ", ", "ar": "، ", "he": ", "}


def marker(kind, field, language=""):
    return f"zqx{kind}{field}{language}"


def kind_of(token):
    """The kind of publication a marker belongs to; None for a fragment of one."""
    return next((kind for kind in KINDS if token.startswith(f"zqx{kind}")), None)


def next_language(language):
    return LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]


def public_marker(field, language):
    """The public publication's words: found through the doors, they show the doors work."""
    return f"pubmark{field}{language}"


def pdf_with_text(text: str) -> bytes:
    """A one-page PDF whose text layer is `text` (ASCII, in Helvetica), written byte by byte."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    cross_reference = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        cross_reference,
    )
    return bytes(output)


def stored_image(title, filename):
    return Image.objects.create(title=title, file=get_test_image_file(filename, size=(96, 64)))


def stored_pdf(title, filename, text):
    return Document.objects.create(title=title, file=ContentFile(pdf_with_text(text), filename))


@contextmanager
def committed():
    """One editor's action in its own transaction, with what waits for its commit (the search
    outbox's drain) run at its end, as in production: the test case itself never commits."""
    with TestCase.captureOnCommitCallbacks(execute=True), transaction.atomic():
        yield


def body_blocks(words, document, image):
    """Every kind of body block, each with its own marked words (raw StreamField data)."""
    return [
        {"type": "heading", "value": {"text": words("heading"), "level": "h2"}},
        {
            "type": "paragraph",
            "value": f"<p>{escape(words('richtext'))} "
            f'<a linktype="document" id="{document.pk}">{escape(words("doclink"))}</a></p>',
        },
        {"type": "quote", "value": {"quote": words("quote"), "attribution": words("attribution")}},
        {
            "type": "callout",
            "value": {"title": words("callouttitle"), "text": f"<p>{escape(words('callout'))}</p>"},
        },
        {
            "type": "cards",
            "value": {
                "heading": words("cardsheading"),
                "cards": [{"title": words("cardtitle"), "text": words("cardtext"), "page": None}],
            },
        },
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": words("alt"), "caption": words("caption")},
        },
        {
            "type": "table",
            "value": {
                "caption": words("tablecaption"),
                "table": {
                    "columns": [{"type": "text", "heading": words("tableheading")}],
                    "rows": [{"values": [words("tablecell")]}],
                },
            },
        },
        {"type": "document", "value": {"document": document.pk, "label": words("doclabel")}},
        {
            "type": "video",
            "value": {
                "url": "https://youtu.be/aqz-KE-bpKQ",
                "title": words("videotitle"),
                "transcript": words("transcript"),
            },
        },
    ]


def type_fields(factory, words, image):
    """The marked fields of the publication's own type."""
    if factory is ResearchReportPageFactory:
        return {
            "key_findings": [{"type": "finding", "value": words("finding")}],
            "methodology": f"<p>{escape(words('methodology'))}</p>",
        }
    if factory is PolicyPaperPageFactory:
        return {
            "recommendations": [
                {
                    "type": "recommendation",
                    "value": {"addressee": "governments", "text": words("recommendation")},
                }
            ]
        }
    return {
        "goal": words("goal"),
        "call_to_action": words("calltoaction"),
        "steps": [
            {"type": "step", "value": {"title": words("steptitle"), "text": words("steptext")}}
        ],
        "share_posts": [
            {
                "type": "posts",
                "value": {"x": words("post"), "facebook": "", "instagram": "", "whatsapp": ""},
            }
        ],
        "share_images": [
            {"type": "image", "value": {"image": image.pk, "alt_text": words("sharealt")}}
        ],
        "hashtags": "#" + words("hashtag").split()[-1],
        "partners": [{"type": "partner", "value": {"name": words("partner"), "url": ""}}],
    }


def build_non_public(kind, libraries, group, annex):
    """One publication of this kind in three languages, with its PDFs, images, person and
    topic, as editors and translators would leave it."""
    cover = stored_image(
        f"Camera mast at the checkpoint {marker(kind, 'imagetitle')}",
        f"{marker(kind, 'imagefile')}.png",
    )
    photo = stored_image(
        f"Portrait of the field researcher {marker(kind, 'phototitle')}",
        f"{marker(kind, 'photofile')}.png",
    )
    renditions = [
        cover.get_rendition("fill-480x252"),
        cover.get_rendition("fill-1200x630|format-jpeg"),
        photo.get_rendition("fill-120x120"),
    ]
    factory = PAGE_FACTORIES[kind]
    pages, documents, people, topics = {}, {}, {}, {}
    for language in LANGUAGES:

        def words(field, language=language):
            extra = TEXT.get(field, {}).get(language, "")
            return f"{extra} {marker(kind, field, language)}".strip()

        source = pages.get("en")
        locale = Locale.objects.get(language_code=language)
        people[language] = PersonFactory(
            name=words("person"),
            role=words("role"),
            bio=words("bio"),
            photo=photo,
            locale=locale,
            **({"translation_key": people["en"].translation_key} if source else {}),
        )
        topics[language] = TopicFactory(
            name=words("topic"),
            slug=marker(kind, "topicslug"),
            description=words("topicdescription"),
            locale=locale,
            **({"translation_key": topics["en"].translation_key} if source else {}),
        )
        documents[language] = stored_pdf(
            words("doctitle"),
            f"{marker(kind, 'docfile', language)}.pdf",
            f"Annex for coalition partners only {marker(kind, 'pdf', language)}",
        )
        with committed():
            page = factory(
                parent=libraries[language],
                locale=locale,
                live=kind != "draft",
                title=words("title"),
                slug=marker(kind, "slug", language),
                seo_title=words("seotitle"),
                search_description=words("description"),
                summary=words("summary"),
                cite_as=words("citeas"),
                doi=f"10.5555/{marker(kind, 'doi')}",
                cover_image=cover,
                body=body_blocks(words, documents[language], cover),
                people=[people[language]],
                subjects=[topics[language]],
                countries=["PS"],
                **type_fields(factory, words, cover),
                **({"translation_key": source.translation_key} if source else {}),
            )
            PublicationDownload.objects.create(
                page=page,
                document=documents[language],
                label=words("download"),
                language=language,
                locale=locale,
            )
            # Also offered by the public publication: used by public content, so served.
            if kind == "password" and language == "en":
                PublicationDownload.objects.create(
                    page=page, document=annex, label="Annex", language="en", locale=locale
                )
            revision = page.save_revision()
            if kind != "draft":
                revision.publish()
        # Fresh from the database, as an editor's next action would find it.
        pages[language] = type(page).objects.get(pk=page.pk)
    if kind in RESTRICTION_TYPES:
        with committed():
            restrict(pages.values(), RESTRICTION_TYPES[kind], group)
    if kind == "unpublished":
        for page in pages.values():
            with committed():
                page.unpublish()
    return {
        "pages": {language: type(page).objects.get(pk=page.pk) for language, page in pages.items()},
        "documents": documents,
        "images": [cover, photo],
        "renditions": renditions,
        "topic_slug": marker(kind, "topicslug"),
    }


def restrict(pages, restriction_type, group):
    """The same restriction on every translation, as the hub keeps them: one is added only
    where the hub has not already copied it from another translation."""
    for page in pages:
        if page.view_restrictions.exists():
            continue
        restriction = PageViewRestriction.objects.create(
            page=page,
            restriction_type=restriction_type,
            password=PAGE_PASSWORD if restriction_type == PageViewRestriction.PASSWORD else "",
        )
        if restriction_type == PageViewRestriction.GROUPS:
            restriction.groups.set([group])


def build_public(tree, non_public, annex):
    """The live public publication, in three languages, that points at every non-public one:
    hand-picked as related, linked from its rich text and from its cards."""
    person, topic = tree["people"][0], tree["topics"][0]
    cover = stored_image("Checkpoint gate at dawn", "checkpoint-gate.png")
    renditions = [cover.get_rendition("fill-480x252")]
    pages, documents = {}, {}
    for language in LANGUAGES:
        targets = {kind: non_public[kind]["pages"][language] for kind in KINDS}
        links = SEPARATOR[language].join(
            f'<a linktype="page" id="{page.pk}">{escape(LINK_TEXT[kind][language])}</a>'
            for kind, page in targets.items()
        )
        # Its document link goes to the annex: a file that live public content links to is
        # public by the hub's rule ("used by" is what the reference index records), so a link
        # to a non-public publication's own PDF would make that PDF public.
        body = [
            {
                "type": "paragraph",
                "value": f"<p>{escape(PUBLIC_TEXT['links'][language])} {links}; "
                f'<a linktype="document" id="{annex.pk}">'
                f"{escape(PUBLIC_TEXT['annex'][language])}</a>.</p>",
            },
            {
                "type": "cards",
                "value": {
                    "heading": "",
                    "cards": [
                        {
                            "title": LINK_TEXT[kind][language],
                            "text": PUBLIC_TEXT["card"][language],
                            "page": page.pk,
                        }
                        for kind, page in targets.items()
                    ],
                },
            },
        ]
        documents[language] = stored_pdf(
            f"Who watches the watchers ({language})",
            f"who-watches-the-watchers.{language}.pdf",
            f"Public summary of the findings {public_marker('pdf', language)}",
        )
        source = pages.get("en")
        with committed():
            page = PolicyPaperPageFactory(
                parent=tree["libraries"][language],
                locale=Locale.objects.get(language_code=language),
                title=f"{PUBLIC_TEXT['title'][language]} {public_marker('title', language)}",
                slug="who-watches-the-watchers",
                summary=f"{PUBLIC_TEXT['summary'][language]} {public_marker('summary', language)}",
                cover_image=cover,
                body=body,
                people=[person],
                subjects=[topic],
                countries=["PS"],
                **({"translation_key": source.translation_key} if source else {}),
            )
            PublicationDownload.objects.create(
                page=page,
                document=documents[language],
                label=PUBLIC_TEXT["title"][language],
                language=language,
                locale=page.locale,
            )
            for order, target in enumerate(targets.values()):
                RelatedPublication.objects.create(page=page, publication=target, sort_order=order)
            page.save_revision().publish()
        pages[language] = type(page).objects.get(pk=page.pk)
    return {
        "pages": pages,
        "documents": documents,
        "image": cover,
        "renditions": renditions,
        "topic_slug": topic.slug,
    }


def response_body(response) -> bytes:
    if response.streaming:
        # Reading to the end closes the response as a WSGI server would; closing it again
        # would send request_finished, which closes the test's PostgreSQL connection.
        return b"".join(response.streaming_content)
    return response.content


def serves_a_file(response, body) -> bool:
    content_type = response.get("Content-Type", "")
    return response.status_code == 200 and (
        content_type.startswith(("application/pdf", "image/", "application/octet-stream"))
        or body.startswith(FILE_SIGNATURES)
    )


@override_settings(SEARCH_API_RATE="100000/min", SEARCH_SUGGEST_RATE="100000/min")
class PrivacyDoorsTests(MediaOnDiskMixin, TestCase):
    """Built once, walked many times: about 1,200 requests."""

    @classmethod
    def setUpTestData(cls):
        get_search_engine().install()
        cls.tree = build_library_tree()
        # The public publication's topic, in every language.
        translate(cls.tree["topics"][0], "he", name="צנזורה בפלטפורמות")
        cls.group = Group.objects.create(name="Legal team")
        cls.reader = get_user_model().objects.create_user(
            "reader", "reader@example.org", "a reader of the library"
        )
        cls.annex = stored_pdf(
            "Coalition annex on sources",
            "coalition-annex.pdf",
            f"Coalition annex: methodology and sources {public_marker('annex', 'en')}",
        )
        cls.non_public = {
            kind: build_non_public(kind, cls.tree["libraries"], cls.group, cls.annex)
            for kind in KINDS
        }
        cls.public = build_public(cls.tree, cls.non_public, cls.annex)

    def setUp(self):
        self.clients = {ANONYMOUS: Client(raise_request_exception=False)}
        self.clients[READER] = Client(raise_request_exception=False)
        self.clients[READER].force_login(self.reader)
        self.failures = []
        self.requests = 0
        # Added to the user's name in failures: how the site was running.
        self.mode = ""

    # -- what the walk knows ----------------------------------------------------------------

    def non_public_pages(self):
        """(kind, language, page) for every non-public publication."""
        for kind in KINDS:
            for language, page in self.non_public[kind]["pages"].items():
                yield kind, language, page

    def non_public_files(self):
        """(kind, door, URL) for every file only non-public content uses."""
        for kind in KINDS:
            files = self.non_public[kind]
            for language, document in files["documents"].items():
                yield kind, f"document ({language})", document.url
            for image in files["images"]:
                yield kind, "original image", image.file.url
            for rendition in files["renditions"]:
                yield kind, "image rendition", rendition.url

    def non_public_urls(self):
        return [(page.url, kind) for kind, _language, page in self.non_public_pages()]

    @staticmethod
    def may_see(user, kind, password_given=False):
        """Who the walk lets see a non-public publication: a login restriction admits any
        signed-in reader; a password restriction, whoever gave the password."""
        return (kind == "login" and user == READER) or (kind == "password" and password_given)

    # -- one request ------------------------------------------------------------------------

    def visit(
        self,
        door,
        path,
        *,
        user=ANONYMOUS,
        language="",
        method="get",
        own=None,
        file=False,
        data=None,
        headers=None,
        client=None,
        password_given=False,
    ):
        """Requests `path` and records what it shows that it must not. `own` is the kind of
        publication the door belongs to (its page, citation, files), which a user who may see
        that publication may be shown; `file` says the URL is a non-public file."""
        client = client or self.clients[user]
        self.requests += 1
        response = getattr(client, method)(path, data=data, headers=headers or {})
        body = response_body(response)
        authorised = own is not None and self.may_see(user, own, password_given)
        problems = []
        if response.status_code >= 500:
            error = response.exc_info[1] if response.exc_info else None
            problems.append(
                f"answers {response.status_code}"
                + (f" ({type(error).__name__}: {error})" if error else "")
            )
        shown = unquote(
            body.decode("utf-8", "replace")
            + "\n"
            + "\n".join(f"{name}: {value}" for name, value in response.headers.items())
        )
        asked = unquote(f"{path} {urlencode(data or {})}")
        known = {token.lower() for token in MARKER.findall(asked)}
        leaked = sorted(
            token
            for token in {token.lower() for token in MARKER.findall(shown)} - known
            if not (authorised and kind_of(token) == own)
        )
        if leaked:
            problems.append("shows " + ", ".join(leaked))
        linked = [
            url
            for url, kind in self.non_public_urls()
            if url not in asked
            and url in shown
            and url.rstrip("/").rsplit("/", 1)[-1] not in leaked
            and not (authorised and kind == own)
        ]
        if linked:
            problems.append("links to " + ", ".join(linked))
        if file and not authorised and serves_a_file(response, body):
            problems.append(f"serves the file ({response.get('Content-Type', '')})")
        if problems:
            self.failures.append(
                f"{door} | {language or '-'} | {user}{self.mode} | {method.upper()} {path} → "
                f"{response.status_code}: {'; '.join(problems)}"
            )
        return response

    def assertNoFailures(self):
        if self.failures:
            self.fail(
                f"{len(self.failures)} of {self.requests} responses show what is not public:\n"
                + "\n".join(self.failures)
            )

    # -- the doors --------------------------------------------------------------------------

    def walk_publication_doors(self, user):
        """The page itself (GET, HEAD, conditional GETs), its citations, its short link and
        its address in the other languages (the 404 of a missing translation)."""
        for kind, language, page in self.non_public_pages():
            common = {"user": user, "language": language, "own": kind}
            response = self.visit(f"{kind} page", page.url, **common)
            if response.status_code == 302:
                self.visit(f"{kind} page's login form", response["Location"], **common)
            self.visit(f"{kind} page", page.url, method="head", **common)
            self.visit(f"{kind} page, conditional", page.url, headers=CONDITIONAL, **common)
            for extension in ("bib", "ris"):
                self.visit(f"{kind} citation", f"{page.url}cite.{extension}", **common)
            self.visit(f"{kind} short link", f"/r/{page.pk}/", **common)
            # Its address under the next language's prefix, where no page has that slug.
            other = next_language(language)
            self.visit(
                f"{kind} page in another language (404)",
                page.url.replace(f"/{language}/", f"/{other}/", 1),
                user=user,
                language=other,
                own=kind,
            )

    def walk_with_debug_on(self, user):
        """What can fail with a technical error page under `make run`: the page and its
        citation (the other doors answer the same with DEBUG on)."""
        self.mode = ", DEBUG on"
        with override_settings(DEBUG=True):
            for kind, language, page in self.non_public_pages():
                common = {"user": user, "language": language, "own": kind}
                self.visit(f"{kind} page", page.url, **common)
                self.visit(f"{kind} citation", f"{page.url}cite.bib", **common)
        self.mode = ""

    def walk_file_doors(self, user):
        """Documents through Wagtail's view, original images and renditions from /media/."""
        for kind, door, url in self.non_public_files():
            for method in ("get", "head"):
                self.visit(f"{kind} {door}", url, user=user, method=method, own=kind, file=True)

    def walk_public_pages(self, user):
        """The public publication (related cards, rich-text and card links), home pages, the
        library, feeds, the sitemap, topic pages and the library's topic filter. A topic that
        only non-public publications use is named nowhere, even to whoever knows its slug."""
        self.visit("root", "/", user=user)
        secret_topics = [self.non_public[kind]["topic_slug"] for kind in KINDS]
        for language in LANGUAGES:
            common = {"user": user, "language": language}
            self.visit("public publication", self.public["pages"][language].url, **common)
            self.visit(
                "public publication", self.public["pages"][language].url, method="head", **common
            )
            self.visit("home page", f"/{language}/", **common)
            self.visit("library", f"/{language}/library/", **common)
            self.visit("library, all languages", f"/{language}/library/?scope=all", **common)
            for slug in [self.public["topic_slug"], *secret_topics]:
                self.visit("topic page", f"/{language}/library/topics/{slug}/", **common)
                self.visit("library, topic filter", f"/{language}/library/?topic={slug}", **common)
            for feed in self.feed_paths(language):
                self.visit("feed", feed, **common)
        self.visit("sitemap", "/sitemap.xml", user=user)
        self.visit("robots.txt", "/robots.txt", user=user)

    def feed_paths(self, language):
        slugs = [
            self.public["topic_slug"],
            *(self.non_public[kind]["topic_slug"] for kind in KINDS),
        ]
        library = f"/{language}/library/"
        yield f"{library}feed/rss/"
        yield f"{library}feed/atom/"
        # The same items in either format: RSS alone for the narrower feeds.
        for type_key in ("report", "paper", "toolkit"):
            yield f"{library}types/{type_key}/feed/rss/"
        for slug in slugs:
            yield f"{library}topics/{slug}/feed/rss/"

    def walk_search(self, user):
        """The library's search, the search API (in the reader's language and across all of
        them), "did you mean" and the suggestions, for each non-public publication's words.
        Search does not depend on who asks: the signed-in reader asks fewer words."""
        library_fields, api_fields = SEARCHED_FIELDS[user]
        for kind, language, _page in self.non_public_pages():
            other = next_language(language)
            common = {"user": user, "language": language}
            for field in library_fields:
                words = marker(kind, field, language)
                self.visit("library search", f"/{language}/library/?q={words}", **common)
            for field in api_fields:
                self.visit(
                    "search API, all languages",
                    f"/api/search/?q={marker(kind, field, language)}&lang={other}&scope=all",
                    **common,
                )
            # One letter short: a "did you mean" from the index's words would name the marker.
            misspelt = marker(kind, "title", language)[:-1]
            self.visit(
                "library search, did you mean", f"/{language}/library/?q={misspelt}", **common
            )
            self.visit("suggestions", f"/api/search/suggest/?q=zqx{kind}&lang={language}", **common)
        for language in LANGUAGES:
            common = {"user": user, "language": language}
            self.visit("suggestions", f"/api/search/suggest/?q=zqx&lang={language}", **common)
            self.visit("search API, browsing", f"/api/search/?lang={language}", **common)
            for kind in KINDS:
                slug = self.non_public[kind]["topic_slug"]
                self.visit(
                    "search API, topic filter",
                    f"/api/search/?lang={language}&topic={slug}&scope=all",
                    **common,
                )

    def walk_read_api(self, user):
        """Wagtail's read API: pages, images and documents, listed, filtered, searched, found
        by path and asked for by id. It is for partner sites, "live, public content only"
        (README), so no door here belongs to a publication: a session that may read a
        restricted page does not get it from the API either."""
        common = {"user": user}
        api = "/api/v2"
        self.visit("read API pages", f"{api}/pages/?limit=20", **common)
        self.visit("read API pages", f"{api}/pages/?limit=20&fields=*", **common)
        for model in ("ResearchReportPage", "PolicyPaperPage", "CampaignToolkitPage"):
            self.visit(
                "read API pages by type",
                f"{api}/pages/?type=resources.{model}&fields=*&limit=20",
                **common,
            )
        for language in LANGUAGES:
            library = self.tree["libraries"][language]
            home = self.tree["homes"][language]
            self.visit("read API pages", f"{api}/pages/?locale={language}&limit=20", **common)
            self.visit(
                "read API pages, child_of",
                f"{api}/pages/?child_of={library.pk}&fields=*&limit=20",
                **common,
            )
            self.visit(
                "read API pages, descendant_of",
                f"{api}/pages/?descendant_of={home.pk}&limit=20",
                **common,
            )
            public = self.public["pages"][language]
            self.visit("read API public page", f"{api}/pages/{public.pk}/?fields=*", **common)
        for kind, language, page in self.non_public_pages():
            self.visit("read API page", f"{api}/pages/{page.pk}/", language=language, **common)
            self.visit(
                "read API pages, translation_of",
                f"{api}/pages/?translation_of={page.pk}&limit=20",
                language=language,
                **common,
            )
            self.visit(
                "read API find by path",
                f"{api}/pages/find/?html_path={page.url}",
                language=language,
                **common,
            )
            self.visit(
                "read API pages, slug filter",
                f"{api}/pages/?slug={page.slug}",
                language=language,
                **common,
            )
            self.visit(
                "read API pages, search",
                f"{api}/pages/?search={marker(kind, 'title', language)}",
                language=language,
                **common,
            )
        for endpoint in ("images", "documents"):
            self.visit(f"read API {endpoint}", f"{api}/{endpoint}/?limit=20", **common)
            self.visit(f"read API {endpoint}", f"{api}/{endpoint}/?limit=20&fields=*", **common)
        for kind in KINDS:
            for image in self.non_public[kind]["images"]:
                self.visit("read API image", f"{api}/images/{image.pk}/", **common)
            for language, document in self.non_public[kind]["documents"].items():
                self.visit(
                    "read API document",
                    f"{api}/documents/{document.pk}/",
                    language=language,
                    **common,
                )

    def walk_password_forms(self):
        """The page password form: a wrong password shows nothing, nor does the form asked
        for with any other page's id; the right one shows the page, in every language, without
        a server error."""
        for language, page in self.non_public["password"]["pages"].items():
            restriction = page.view_restrictions.get()
            with translation.override(language):
                action = reverse(
                    "wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk]
                )
                for kind, other_language, other in self.non_public_pages():
                    if other.pk != page.pk:
                        self.visit(
                            f"page password form with the id of the {kind} page ({other_language})",
                            reverse(
                                "wagtailcore_authenticate_with_password",
                                args=[restriction.pk, other.pk],
                            ),
                            language=language,
                        )
            # Only what an attacker who counts page ids knows: no return address.
            self.visit(
                "page password form, wrong password",
                action,
                method="post",
                data={"password": "a guess"},
                language=language,
            )
            partner = Client(raise_request_exception=False)
            right = {"password": PAGE_PASSWORD, "return_url": page.url}
            self.visit(
                "page password form, right password",
                action,
                method="post",
                data=right,
                client=partner,
                own="password",
                password_given=True,
            )
            self.visit(
                "password page after the right password",
                page.url,
                client=partner,
                language=language,
                own="password",
                password_given=True,
            )

    def walk_search_index(self):
        """What the search index is built from: no document of a non-public publication, and
        no marker in any document."""
        non_public_ids = {page.pk for _kind, _language, page in self.non_public_pages()}
        for document in chain.from_iterable(all_documents()):
            leaked = sorted({token.lower() for token in MARKER.findall(repr(document))})
            if document.page_id in non_public_ids or leaked:
                self.failures.append(
                    f"search index document of page {document.page_id}: "
                    f"{', '.join(leaked) or 'a non-public publication'}"
                )

    # -- the tests --------------------------------------------------------------------------

    def test_doors_are_open_to_public_content(self):
        """The walk finds nothing only if the doors work: the public publication, its files
        and its words come out of each of them."""
        missing = []

        def expect(door, path, expected, status=200, **headers):
            response = self.clients[ANONYMOUS].get(path, headers=headers)
            body = response_body(response).decode("utf-8", "replace")
            if response.status_code != status or expected not in body + response.get(
                "Location", ""
            ):
                missing.append(f"{door}: {path} → {response.status_code}, without {expected!r}")

        for language, page in self.public["pages"].items():
            title = public_marker("title", language)
            expect("public publication", page.url, f"<h1>{PUBLIC_TEXT['title'][language]}")
            expect("library search", f"/{language}/library/?q={title}", page.url)
            expect("search API", f"/api/search/?q={title}&lang={language}", page.url)
            expect(
                "search API, attachment text",
                f"/api/search/?q={public_marker('pdf', language)}&lang={language}",
                page.url,
            )
            expect("suggestions", f"/api/search/suggest/?q=pubmark&lang={language}", "pubmark")
            expect("feed", f"/{language}/library/feed/rss/", page.url)
            expect(
                "topic page", f"/{language}/library/topics/{self.public['topic_slug']}/", page.url
            )
            expect("sitemap", "/sitemap.xml", page.url)
            expect("citation", f"{page.url}cite.bib", "who-watches-the-watchers")
            expect("read API page", f"/api/v2/pages/{page.pk}/", f'"id": {page.pk}')
            expect("document", self.public["documents"][language].url, "%PDF")
        expect("short link", f"/r/{self.public['pages']['en'].pk}/", "/en/library/", 302)
        expect("read API images", "/api/v2/images/", f'"id": {self.public["image"].pk}')
        expect("read API documents", "/api/v2/documents/", f'"id": {self.annex.pk}')
        expect("document used by public and private pages", self.annex.url, "%PDF")
        expect("original image", self.public["image"].file.url, "PNG")
        expect("image rendition", self.public["renditions"][0].url, "PNG")
        self.assertEqual(missing, [], "\n".join(missing))

    def test_every_translation_of_a_restricted_publication_carries_its_restriction(self):
        for kind, restriction_type in RESTRICTION_TYPES.items():
            for language, page in self.non_public[kind]["pages"].items():
                with self.subTest(kind=kind, language=language):
                    (restriction,) = page.view_restrictions.all()
                    self.assertEqual(restriction.restriction_type, restriction_type)
                    if kind == "groups":
                        self.assertEqual(list(restriction.groups.all()), [self.group])
        for kind in ("draft", "unpublished"):
            for page in self.non_public[kind]["pages"].values():
                self.assertFalse(page.live)
                self.assertEqual(page.first_published_at is None, kind == "draft")

    def test_no_public_door_shows_what_is_not_public(self):
        for user in USERS:
            self.walk_publication_doors(user)
            self.walk_file_doors(user)
            self.walk_public_pages(user)
            self.walk_search(user)
            self.walk_read_api(user)
            # `make run` serves with DEBUG on, where a server error shows the technical page.
            self.walk_with_debug_on(user)
        self.walk_password_forms()
        self.walk_search_index()
        self.assertNoFailures()
