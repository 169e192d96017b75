"""A small library of publications in English, Arabic and Hebrew, written for the search
contract: each case has one unambiguous expected hit or set."""

import datetime
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files import File
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from hub.resources.models import PublicationDownload
from search.documents import all_documents
from search.engines import get_search_engine
from tests.home.factories import build_home_tree
from tests.hub.resources.factories import (
    CampaignToolkitPageFactory,
    PersonFactory,
    PolicyPaperPageFactory,
    ResearchReportPageFactory,
    ResourceLibraryPageFactory,
    TopicFactory,
    translate,
)

DEMO_PDFS = Path(__file__).resolve().parents[2] / "hub" / "demo" / "files" / "pdf"
# Words that are in these PDFs and nowhere in the pages' own text.
PDF_ONLY_WORDS = {"en": "Europol", "ar": "يوروبول"}


def body(*paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def attach_pdf(page, language):
    with open(DEMO_PDFS / f"referral-without-review.{language}.pdf", "rb") as handle:
        document = Document.objects.create(
            title=f"Full text ({language})", file=File(handle, name=f"full-text.{language}.pdf")
        )
    PublicationDownload.objects.create(
        page=page, document=document, label="Full text", language=language, locale=page.locale
    )


def build_search_tree() -> dict:
    """Publications: A (report, en+ar, with PDFs), B (paper, en+ar+he), C (report, ar only),
    D (toolkit, he only), E (toolkit, en+ar), plus an English draft and a private English
    report that must never be found."""
    homes = build_home_tree()
    library = ResourceLibraryPageFactory(parent=homes["en"])
    libraries = {
        "en": library,
        "ar": translate(library, "ar", title="مكتبة الموارد"),
        "he": translate(library, "he", title="ספריית המשאבים"),
    }
    researcher = PersonFactory(name="Rana Aweidah", role="Researcher")
    translate(researcher, "ar", name="رنا عويضة", role="باحثة")
    surveillance = TopicFactory(name="Surveillance", slug="surveillance")
    censorship = TopicFactory(name="Platform censorship", slug="platform-censorship")
    security = TopicFactory(name="Digital security", slug="digital-security")
    translate(surveillance, "ar", name="المراقبة", slug="almuraqaba")
    translate(censorship, "ar", name="الرقابة على المنصات", slug="alraqaba")
    translate(security, "ar", name="الأمان الرقمي", slug="alaman")

    checkpoint = ResearchReportPageFactory(
        parent=library,
        title="Watched at the checkpoint: biometric surveillance in Hebron",
        slug="watched-at-the-checkpoint",
        summary="How cameras and facial recognition follow Palestinians through the old city.",
        body=body(
            "Residents of Tel Rumeida told our researchers that they are surveilled every time "
            "they cross the checkpoint. Cameras mounted on rooftops record their faces, and "
            "soldiers check identities against a database that no court has reviewed."
        ),
        publication_date=datetime.date(2023, 5, 10),
        people=[researcher],
        subjects=[surveillance],
        countries=["PS"],
    )
    checkpoint.save_revision().publish()
    checkpoint_ar = translate(
        checkpoint,
        "ar",
        title="مراقَبون على الحاجز: المراقبة البيومترية في الخليل",
        summary="كيف تلاحق الكاميرات وتقنيات التعرّف على الوجوه الفلسطينيين في البلدة القديمة.",
        body=body(
            "أخبر سكّان تل الرميدة باحثينا أنّهم يخضعون للمراقبة في كل مرة يعبرون فيها الحاجز. "
            "تسجّل كاميرات مثبّتة على أسطح المنازل وجوهَهم، ويقارن الجنود هوياتهم بقاعدة بيانات "
            "لم تراجعها أي محكمة."
        ),
    )
    attach_pdf(checkpoint, "en")
    attach_pdf(checkpoint_ar, "ar")

    incitement = PolicyPaperPageFactory(
        parent=library,
        title="Who decides what counts as incitement? Arabic content moderation on platforms",
        slug="who-decides-what-counts-as-incitement",
        summary="Automated moderation removes Arabic posts at a far higher rate than Hebrew ones.",
        body=body(
            "In 2023 the platforms we studied removed thousands of Arabic posts as incitement, "
            "while comparable posts in Hebrew stayed online. Moderators rarely read Arabic "
            "dialects, and the classifiers confuse the word shahid, martyr, with praise of "
            "violence."
        ),
        publication_date=datetime.date(2024, 2, 1),
        people=[researcher],
        subjects=[censorship],
        countries=["PS", "IL"],
    )
    incitement.save_revision().publish()
    incitement_ar = translate(
        incitement,
        "ar",
        title="من يقرّر ما هو التحريض؟ الإشراف على المحتوى العربي في المنصّات",
        summary="تحذف أنظمة الإشراف الآلية المنشورات العربية بمعدّل يفوق بكثير المنشورات العبرية.",
        body=body(
            "في عام ٢٠٢٣ حذفت المنصّاتُ التي درسناها آلافَ المنشورات العربية بحجّة التحريض، بينما "
            "بقيت منشورات مماثلة بالعبرية متاحة. ونادرًا ما يقرأ المشرفون اللهجات العربية، وتخلط "
            "المصنِّفات الآلية بين كلمة «شهيد» وتمجيد العنف. وتتوسّع الرقابةُ على المنصة الواحدة "
            "لتطال حسابات الصحفيين."
        ),
    )
    incitement_he = translate(
        incitement,
        "he",
        title="מי מחליט מהי הסתה? ניהול תוכן בערבית ברשתות החברתיות",
        summary="מערכות אוטומטיות מסירות פוסטים בערבית בשיעור גבוה בהרבה מפוסטים בעברית.",
        body=body(
            "בשנת 2023 הסירו הפלטפורמות שבדקנו אלפי פוסטים בערבית בטענה של הסתה, בעוד פוסטים "
            "דומים בעברית נשארו ברשת. המנהלים כמעט אינם קוראים את הניבים הערביים, והמסווגים "
            "מבלבלים בין המילה שהיד לבין שבח לאלימות."
        ),
    )

    journalists = ResearchReportPageFactory(
        parent=libraries["ar"],
        locale=libraries["ar"].locale,
        title="الرَّقابة الخوارزميّة على الصحفيين في غزّة",
        slug="algorithmic-censorship-of-journalists",
        summary="توثيق لحالات تقييد حسابات الصحفيين وحذف موادّهم خلال الحرب.",
        body=body(
            "وثّقنا ١٢٠ حالةً قيّدت فيها المنصّاتُ حساباتِ صحفيين فلسطينيين أو حذفت موادّهم "
            "المصوَّرة، في رقابةٍ مشدَّدة لا تخضع لأي مساءلة. وفي معظم الحالات لم يتلقَّ "
            "الصحفيون أيَّ تفسير، ولم تُتَح لهم وسيلة فعّالة للاعتراض."
        ),
        publication_date=datetime.date(2025, 1, 20),
        countries=["PS"],
    )
    journalists.save_revision().publish()

    archive = CampaignToolkitPageFactory(
        parent=libraries["he"],
        locale=libraries["he"].locale,
        title="איך לשמור תיעוד בספרייה הדיגיטלית של הארגון",
        slug="keep-evidence-in-the-digital-library",
        summary="מדריך מעשי לגיבוי סרטונים ועדויות לפני שהם נמחקים מהרשת.",
        goal="כל עדות מצולמת נשמרת לפני שהיא נמחקת.",
        call_to_action="שתפו את המדריך עם הצוות שלכם.",
        body=body(
            "העלו כל סרטון לספרייה המאובטחת מיד אחרי הצילום. והספרייה שומרת עותק מוצפן גם "
            "כשהפלטפורמה מוחקת את המקור. ספרייה אחת לכל הארגון חוסכת כפילויות.",
        ),
        publication_date=datetime.date(2024, 9, 1),
        countries=["IL"],
    )
    archive.save_revision().publish()

    accounts = CampaignToolkitPageFactory(
        parent=library,
        title="Protect your accounts before a protest",
        slug="protect-your-accounts",
        summary="Two-factor authentication, backups, and what to do if your phone is seized.",
        body=body(
            "Turn on two-factor authentication for every account, keep a backup of your "
            "contacts offline, and agree with your group on what to do if a phone is seized at "
            "a checkpoint."
        ),
        publication_date=datetime.date(2025, 6, 1),
        people=[researcher],
        subjects=[security],
        countries=["PS"],
    )
    accounts.save_revision().publish()
    accounts_ar = translate(
        accounts,
        "ar",
        title="احمِ حساباتك قبل المظاهرة",
        summary="التحقق بخطوتين والنسخ الاحتياطي وما تفعله إذا صودر هاتفك.",
        body=body(
            "فعِّل التحقق بخطوتين لكل حساباتك، واحتفظ بنسخة احتياطية من جهات الاتصال بعيدًا عن "
            "الإنترنت، واتفق مع مجموعتك على ما تفعلونه إذا صودر هاتف على الحاجز."
        ),
    )

    draft = ResearchReportPageFactory(
        parent=library,
        title="Surveillance drones over Gaza",
        slug="surveillance-drones",
        summary="A draft on aerial surveillance.",
        body=body("Surveillance drones circle over Gaza day and night."),
        live=False,
    )
    private = ResearchReportPageFactory(
        parent=library,
        title="Internal: surveillance contractors",
        slug="surveillance-contractors",
        summary="A list of surveillance contractors, for staff only.",
        body=body("Surveillance contractors and their clients."),
        publication_date=datetime.date(2024, 4, 4),
    )
    private.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Editors")])

    return {
        "homes": homes,
        "libraries": libraries,
        "checkpoint": {"en": checkpoint, "ar": checkpoint_ar},
        "incitement": {"en": incitement, "ar": incitement_ar, "he": incitement_he},
        "journalists": {"ar": journalists},
        "archive": {"he": archive},
        "accounts": {"en": accounts, "ar": accounts_ar},
        "draft": draft,
        "private": private,
        "topics": {"surveillance": surveillance, "censorship": censorship, "security": security},
    }


def index_all_publications():
    """What `search_index rebuild` leaves (and the outbox keeps): every live, public publication
    in the configured engine. Returns the engine."""
    engine = get_search_engine()
    engine.install()
    for documents in all_documents():
        engine.index(documents)
    return engine
