"""The texts the Lucene equivalence test analyses twice, with the hub's Python analysis and with
the Elasticsearch analysers rebuilt from Debian's Lucene 8.8, expecting the same terms.

Four corpora, each deterministic and read without a database or Django settings:

- `mixed_texts()`: 26 short texts in Arabic, Hebrew and English, written as the organisation
  writes, that between them hold every case where the two analyses were found to differ
  (`MIXED_CASES` lists them).
- `demo_corpus_texts()`: every text the demo content gives search, per language, with the text
  of the demo's PDFs read by `search.extractors` as indexing reads it.
- `catalogue_texts()`: every msgid and msgstr of the site's catalogues, placeholders included.
- `generated_words()`: at least 100,000 distinct words per language, real vocabulary dressed
  with the affixes, marks, digits, punctuation and odd code points that analysers disagree on.
"""

import random
import re
import unicodedata
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from hub.demo import content, dataset
from search.extractors import Limits, Outcome, extract

ROOT = Path(__file__).resolve().parents[3]
DEMO_PDFS = ROOT / "hub" / "demo" / "files" / "pdf"
CATALOGUES = ROOT / "locale"
LANGUAGES = ("en", "ar", "he")

# --------------------------------------------------------------------------------------------
# Mixed texts

# (what the issue found, a fragment of a mixed text that shows it): the test checks that every
# fragment is in some text, so a text edited later cannot silently drop a case.
MIXED_CASES = (
    ("a standalone s: U.S. policy", "U.S. policy"),
    ("a standalone s: S&P ratings", "S&P ratings"),
    ("a standalone s: Plan S", "Plan S"),
    ("a placeholder ending in s", "%(name)s"),
    ("ه stripped twice: جبهة", "جبهة"),
    ("ه stripped twice: واجهة", "واجهة"),
    ("ه stripped twice: مواجهة", "مواجهة"),
    ("two Porters: technology", "technology"),
    ("two Porters: possibly", "possibly"),
    ("two Porters: us", "to us,"),
    ("Arabic presentation forms", "ﻣﺮﺍﻗﺒﺔ"),
    ("lam-alef ligature", "ﻻ"),
    ("Allah ligature", "ﷲ"),
    ("fullwidth letters", "Ｓｉｇｎａｌ"),
    ("fullwidth digits", "１２３４"),
    ("fi ligature", "ﬁ"),
    ("fl ligature", "ﬂ"),
    ("sharp s", "Großer"),
    ("dotted capital I", "İnsan"),
    ("Hebrew alternative ayin", "ﬠ"),
    ("Hebrew shin with shin dot U+FB2A", "\ufb2a"),
    ("Hebrew shin with sin dot U+FB2B", "\ufb2b"),
    ("Hebrew vav and pe with dagesh U+FB35 U+FB44", "\ufb35\ufb44"),
    ("a decimal with a point", "3.14"),
    ("thousands with a comma", "10,000"),
    ("Arabic decimal separator", "٣٫١٤"),
    ("Arabic thousands separator", "١٠٬٠٠٠"),
    ("an abbreviation with points", "e.g."),
    ("an acronym with points", "U.S. law"),
    ("a domain name", "example.com"),
    ("a leading underscore", "_private"),
    ("a trailing geresh", "מס׳ "),
    ("a trailing apostrophe as geresh", "מס' "),
    ("a quote joining two words", 'said"yes'),
    ("an acronym with ASCII gershayim", 'צה"ל'),
    ("an acronym with gershayim", "צה״ל"),
    ("harakat", "الصَّحَفِيُّ"),
    # As keyboards type them (shadda before fatha, shin dot before qamats), which is not
    # the canonical order NFC and NFKC put them in.
    ("harakat in typing order", "ال\u0631\u0651\u064eقاب\u064eة\u064f"),
    ("dagger alef", "هٰذا"),
    ("tanween on alef", "إِشْرافًا"),
    ("niqqud", "פְּרָטִיּוּת"),
    ("niqqud in typing order", "\u05e9\u05c1\u05b8לו\u05b9ם"),
    ("tatweel", "حمـــلة"),
    ("ZWNJ inside a word", "نمی\u200cخواهیم"),
    ("ZWJ inside a word", "المراق\u200dبة"),
    ("LRM inside a word", "Sig\u200enal"),
    ("RLM inside a word", "הצפ\u200fנה"),
    ("LRM around an address", "\u200esecurity@example.org\u200e"),
    ("emoji", "📢"),
    ("an emoji ZWJ sequence", "\U0001f469\U0001f3fd\u200d\U0001f4bb"),
    ("a flag", "🇵🇸"),
    ("mathematical bold letters", "𝐛𝐨𝐥𝐝"),
    ("Arabic-Indic digits", "٢٠٢٣"),
    ("Persian digits", "۱۴۰۲"),
    ("an e-mail address", "helpline@example.org"),
    ("a URL", "https://www.example.com/reports/2024/erased-in-real-time.pdf?lang=ar#summary"),
    ("an apostrophe in a contraction", "don't"),
    ("a trailing apostrophe", "Students'"),
    ("a typographic apostrophe", "O’Brien"),
    ("a typographic possessive", "students’"),
    ("hyphens", "End-to-end"),
    ("a Hebrew maqaf", "אל־מסרי"),
    ("a non-breaking hyphen", "e\u2011mail"),
    ("a no-break space", "e\u2011mail\u00a0lists"),
    ("soft hyphens", "sur\u00adveil\u00adlance"),
    ("the name Ali", "قال علي"),
    ("the preposition on", "على المحتوى"),
    ("the stop word these", "هؤلاء"),
    ("the stop word these, misspelt", "هولاء"),
)

MIXED_TEXTS = (
    "U.S. policy on spyware exports tightened in 2023, yet S&P ratings of the vendors barely "
    "moved. شدّدت الولايات المتحدة سياستها تجاه تصدير برامج التجسس، لكن الشركات ما زالت تجد من "
    "يشتري.",
    "Plan S asks research funders to require open access. כל הדוחות של מנארה פתוחים לקריאה "
    "בחינם, גם בלי Plan S.",
    "وثّقنا حذف صفحة جبهة العمل الطلابي، وتعطّل واجهة الإبلاغ في التطبيق أسبوعين كاملين، وتراجع "
    "حملات مواجهة خطاب الكراهية.",
    "Surveillance technology is possibly the greatest risk to us, and to the journalists who "
    "trust us with their sources.",
    "نصّ منسوخ من ملف PDF قديم: ﻣﺮﺍﻗﺒﺔ الاتصالات ﻻ تتوقف، والحمد ﷲ على سلامة الزملاء.",
    "The phishing message spelled Ｓｉｇｎａｌ and ＷｈａｔｓＡｐｐ in fullwidth letters, with "
    "the code １２３４, to slip past spam filters.",
    "The ﬁrst ﬁle in the leak was marked conﬁdential and ﬂagged for sur\u00adveil\u00adlance "
    "review.",
    "The report compares Germany's Großer Lauschangriff with the cases documented by İHD, the "
    "İnsan Hakları Derneği in Istanbul.",
    # Escaped: U+FB2A, U+FB2B, U+FB35 and U+FB44 are composition exclusions, which an editor
    # that saves in NFC would silently turn into a letter and a point.
    "מסמך שהועתק ממעבד תמלילים ישן: ﬠיתונאים תחת מﬠקב, \ufb2aיחות מוקלטות, "
    "\ufb2bנאה ברשת \ufb35\ufb44רטיות שנפגעה.",
    "Error rates reached 3.14 per cent across 10,000 posts. بالأرقام العربية: ٣٫١٤٪ من ١٠٬٠٠٠ "
    "منشور.",
    "Some trackers, e.g. scripts loaded from example.com, keep the user ID in a field called "
    "_private, and U.S. law does not forbid it.",
    "בפנייה אלינו ציינו את מס׳ התיק ואת מס' תעודת הזהות. השירות ניתן בחינם ואינו כרוך בתשלום מס.",
    'The moderator said"yes" to the appeal and then removed the post anyway. The notice read: '
    "“%(name)s replied to your appeal”.",
    'דובר צה"ל אישר את הפרטים, והודעת צה״ל פורסמה גם בערבית: «بيان الناطق باسم الجيش الإسرائيلي».',
    # Escaped where the marks are in typing order, which an editor saving in NFC would change.
    "قالَ الصَّحَفِيُّ: «ال\u0631\u0651\u064eقاب\u064eة\u064f عَلى المُحْتَوى لَيْسَتْ إِشْرافًا»، وهٰذا ما "
    "وثَّقْناهُ في التَّقْريرِ.",
    "בְּרֵאשִׁית הַדּוֹחַ נִכְתַּב: פְּרָטִיּוּת הִיא זְכוּת, לֹא מוֹתָרוֹת. \u05e9\u05c1\u05b8לו\u05b9ם לְכֻלָּם.",
    "تنطلق حمـــلة «لا للمراقبـــة» غداً من رام الله وحيفا والناصرة.",
    "شعار الحملة بالفارسية: «نمی\u200cخواهیم زیر نظر باشیم»، وفي منشور آخر كُتبت كلمة "
    "المراق\u200dبة بوصلة خفية.",
    "שלחו את הקובץ ל\u05be\u200esecurity@example.org\u200e בלבד. בטקסט שהועתק מהאתר הופיעה "
    "המילה הצפ\u200fנה עם סימן כיווניות נסתר, וגם Sig\u200enal.",
    "📢 Join the campaign 🔒 انضموا إلى الحملة 🇵🇸 הצטרפו אלינו "
    "\U0001f469\U0001f3fd\u200d\U0001f4bb #StandTogetherOnline",
    "Users post 𝐛𝐨𝐥𝐝 slogans such as 𝐒𝐭𝐚𝐧𝐝 𝐰𝐢𝐭𝐡 𝐆𝐚𝐳𝐚 in mathematical letters to slip "
    "past keyword filters.",
    "وثّقنا ١٬٤٨٠ حالة عام ٢٠٢٣، ورصد تقرير إيراني عن عام ۱۴۰۲ أكثر من ۳۰۰ حالة مشابهة.",
    "Write to helpline@example.org or read "
    "https://www.example.com/reports/2024/erased-in-real-time.pdf?lang=ar#summary. لا ترسلوا "
    "كلمات المرور بالبريد الإلكتروني.",
    "Students' accounts were hacked again: don't reuse passwords, says Niamh O’Brien of the "
    "students’ union. אל תשתמשו באותה סיסמה פעמיים.",
    "End-to-end encryption is not a luxury, and self-censorship is not safety. נור אל־מסרי "
    "הדריכה ב־2019 יותר מאלף סטודנטים; e\u2011mail\u00a0lists were the first to leak.",
    "قال علي إن الرقابة على المحتوى الفلسطيني ازدادت، وإن هؤلاء المستخدمين (وتُكتب هولاء في "
    "رسائل كثيرة) لم يُبلَّغوا بالقرار.",
)


def mixed_texts() -> list[str]:
    """The 26 mixed texts, each analysed in every language."""
    return list(MIXED_TEXTS)


# --------------------------------------------------------------------------------------------
# Demo content

# The demo PDFs (20–30 KB, about 2,000 characters of text each) are far below every bound
# indexing applies (the settings' defaults: 200,000 characters, 50 MB unpacked, ratio 100), so
# these limits give the very text the index gets.
DEMO_PDF_LIMITS = Limits(max_chars=200_000, max_expanded_bytes=50 * 1024 * 1024, max_ratio=100)
# SharePostsBlock's fields, in the order `search.documents` walks them.
SHARE_PLATFORMS = ("x", "facebook", "instagram", "whatsapp")


def demo_corpus_texts() -> dict[str, list[str]]:
    """What `search.documents` builds from the demo publications, per language, without
    duplicates: each page's title, summary and body text (the body's blocks, then its type's
    own fields, one per line, as `_body_text` joins them), its authors' and topics' names, and
    its attachment text. Every language version of a publication lists the PDFs of all its
    languages, so each page's attachment is the text of all of them, one after the other: the
    English PDF is analysed as Arabic on the Arabic page. The home and library pages are left
    out: search indexes publications only."""
    people = {person["key"]: person for person in dataset.people()}
    topics = {topic["key"]: topic for topic in dataset.topics()}
    texts = {language: {} for language in LANGUAGES}
    for publication in dataset.publications():
        attachment = "\n".join(
            _pdf_text(publication["slug"], code) for code in publication["languages"]
        )
        for language in publication["languages"]:
            page = _in_language(publication, language)
            fields = [
                page["title"],
                page["summary"],
                _body_text(page),
                *(people[key]["name"][language] for key in publication["authors"]),
                *(topics[key]["name"][language] for key in publication["topics"]),
                attachment,
            ]
            texts[language].update(dict.fromkeys(fields))
    return {language: list(found) for language, found in texts.items()}


def _in_language(value, language):
    """`value` with every {"en": …, "ar": …} dict at any depth resolved to `language` (the demo
    loader's `per_language`, which cannot be imported without Django's models)."""
    if isinstance(value, dict):
        if value and set(value) <= set(LANGUAGES):
            return value[language]
        return {key: _in_language(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_in_language(item, language) for item in value)
    return value


def _body_text(page) -> str:
    parts = []
    for _kind, text, *attribution in page["body"]:
        parts.extend([text, *attribution])
    if page["type"] == "report":
        parts.extend([*page["key_findings"], page["methodology"]])
    elif page["type"] == "paper":
        # The addressee is a choice (a key), which search leaves out.
        parts.extend(item["text"] for item in page["recommendations"])
    elif page["type"] == "toolkit":
        parts.extend([page["goal"], page["call_to_action"]])
        for step in page["steps"]:
            parts.extend([step["title"], step["text"]])
        posts = {post["platform"]: post["text"] for post in page["posts"]}
        parts.extend(posts[platform] for platform in SHARE_PLATFORMS if platform in posts)
        parts.append(" ".join(page["hashtags"]))
        parts.extend(page["partners"])
    else:
        raise ValueError(f"Unknown demo publication type {page['type']!r}")
    return "\n".join(part for part in parts if part.strip())


@cache
def _pdf_text(slug: str, language: str) -> str:
    path = DEMO_PDFS / f"{slug}.{language}.pdf"
    extraction = extract(str(path), "pdf", DEMO_PDF_LIMITS)
    if extraction.outcome != Outcome.TEXT:
        raise ValueError(f"{path} gave no text ({extraction.outcome}: {extraction.detail})")
    return extraction.text


# --------------------------------------------------------------------------------------------
# Catalogues


def catalogue_texts() -> dict[str, list[str]]:
    """Every msgid (as English) and every msgstr (in its catalogue's language) of
    locale/*/LC_MESSAGES/django.po, plural forms included, without duplicates, in file order.
    Placeholders stay as written (`%(name)s`, `{count}`): they reach the analysis when a
    reader searches for a string copied from the interface."""
    texts = {language: {} for language in LANGUAGES}
    for path in sorted(CATALOGUES.glob("*/LC_MESSAGES/django.po")):
        language = path.parts[-3]
        with path.open("rb") as handle:
            catalogue = read_po(handle)
        for message in catalogue:
            if not message.id:  # The header.
                continue
            texts["en"].update(dict.fromkeys(_message_strings(message.id)))
            translated = (text for text in _message_strings(message.string) if text)
            texts.setdefault(language, {}).update(dict.fromkeys(translated))
    return {language: list(found) for language, found in texts.items()}


def _message_strings(value) -> tuple[str, ...]:
    """A message's id or string: one text, or a tuple of plural forms."""
    return (value,) if isinstance(value, str) else tuple(value)


# --------------------------------------------------------------------------------------------
# Generated words

# A few hundred words of the organisation's field per language, on top of the demo's and the
# catalogues' vocabulary, taken as written (acronyms and geresh words included). The English
# list ends with the examples of Porter's paper, which exercise each step of both Porters.
DOMAIN_WORDS = {
    "en": """
        surveillance censorship privacy encryption spyware journalist journalism activist
        platform takedown moderation moderator algorithm algorithmic transparency
        accountability appeal removal restriction suspension shadowban shadow-banning
        incitement harassment disinformation misinformation hate speech expression freedom
        assembly protest occupation checkpoint biometric facial recognition camera drone
        interception wiretap wiretapping metadata location tracking tracker cookie consent
        retention deletion archive evidence documentation testimony witness lawyer court
        warrant subpoena legislation regulation compliance oversight audit researcher
        methodology dataset sample interview survey report policy paper toolkit campaign
        hashtag petition coalition partner volunteer helpline training workshop phishing
        malware password passphrase authentication two-factor backup device phone laptop
        browser VPN Tor Signal WhatsApp Telegram Facebook Instagram TikTok YouTube Meta Google
        Apple Microsoft cloud server hosting internet shutdown blackout connectivity bandwidth
        throttling network infrastructure telecom operator SIM roaming Palestinian Israeli
        Arab Gaza Jerusalem Ramallah Haifa Nazareth Hebron Nablus Jenin Bethlehem Jordan
        Lebanon Egypt refugee diaspora minority discrimination bias language dialect
        translation classifier automated human reviewer enforcement community standards
        guidelines terms service violation ministry government state security intelligence
        police military army prosecution arrest detention administrative raid interrogation
        torture prisoner sanction export licence license vendor investor rating contractor
        procurement tender data protection breach leak hacker vulnerability exploit
        zero-click Pegasus NSO Predator forensics indicator compromise infection notification
        victim survivor trauma wellbeing solidarity advocacy lobbying submission UN
        rapporteur council resolution mechanism treaty convention covenant article clause
        amendment bill law judge ruling e-mail email URL HTTPS DNS IP ID PDF GDPR
        self-censorship end-to-end geofence ciphertext spreadsheet burnout obituaries
        lexicon generators dialects Europol iris vault reboot technology technologies
        possibly us is was has this agreed generalization generalizations
        caresses ponies ties caress cats feed plastered bled motoring sing conflated troubled
        sized hopping tanned falling hissing fizzed failing filing happy sky relational
        conditional rational valenci hesitanci digitizer conformabli radicalli differentli
        vileli analogousli vietnamization predication operator feudalism decisiveness
        hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative
        formalize electriciti electrical hopeful goodness revival allowance inference
        airliner gyroscopic adjustable defensible irritant replacement adjustment dependent
        adoption homologou communism activate angulariti homologous effective bowdlerize
        probate rate cease controll roll generous generously news analysis analyses
    """.split(),
    "ar": """
        رقابة مراقبة الرقابة المراقبة خصوصية الخصوصية تجسس التجسس برمجيات برامج منصة منصات
        محتوى المحتوى حذف تقييد حظر تعليق حساب حسابات صحفي صحفية صحفيون صحفيين ناشط ناشطة
        ناشطون ناشطين حقوق الإنسان حرية تعبير صحافة تحريض كراهية خطاب تضليل معلومات بيانات
        حماية تشفير كلمة مرور هاتف هواتف كاميرا كاميرات التعرف الوجه بيومترية موقع تتبع ملفات
        تعريف ارتباط موافقة احتفاظ أرشيف أدلة دليل توثيق شهادة شاهد محامي محامية محكمة قاضي
        قانون قوانين تشريع لائحة امتثال رقيب شفافية مساءلة طعن استئناف إزالة انتهاك انتهاكات
        سياسة سياسات ورقة تقرير تقارير منهجية عينة مقابلة مقابلات استبيان حملة حملات وسم عريضة
        ائتلاف شريك متطوع متطوعون خط مساعدة تدريب ورشة ورشات تصيد اختراق خبيثة فيروس مصادقة
        نسخة احتياطية جهاز حاسوب متصفح شبكة إنترنت الإنترنت انقطاع قطع اتصال اتصالات مشغل
        شريحة فلسطين فلسطيني فلسطينية غزة القدس رام الله حيفا الناصرة الخليل نابلس جنين لحم
        الأردن لبنان مصر لاجئ لاجئون شتات أقلية تمييز تحيز لغة لهجة لهجات ترجمة مصنف آلي بشري
        مراجع مشرف إنفاذ مجتمع معايير إرشادات شروط خدمة مخالفة وزارة حكومة دولة أمن مخابرات
        شرطة جيش نيابة اعتقال احتجاز إداري مداهمة تحقيق تعذيب أسير أسرى عقوبات تصدير ترخيص
        شركة شركات مستثمر تصنيف مقاول عطاء تسريب ثغرة استغلال بيغاسوس ضحية ناجية صدمة تضامن
        مناصرة ضغط الأمم المتحدة مقرر مجلس قرار آلية اتفاقية معاهدة مادة تعديل مشروع حكم جبهة
        جبهات واجهة واجهات مواجهة مواجهات وجه توجيه مسؤول مسئول مسؤولية سؤال أسئلة رئيس رئيسة
        هيئة شؤون مؤسسة مؤسسات بيئة قراءة إنشاء مستشفى مستوى فتوى ذكرى على إلى علي عمر لينا نور
        يارا كريم دانا محمد أحمد فاطمة مريم يوسف إبراهيم عيسى موسى هدى سلمى ليلى هؤلاء هولاء
        هذا هذه ذلك تلك التي الذي الذين اللذان لكن حتى عند منذ بين ضد حول أيضا أيضًا إنّ أنّ
        خزنة معجم نعي مولدات يوروبول قزحية الاحتراق ٱلرقابة ٱلمحتوى رئاسة الإسرائيلي إسرائيل
        العربية عربي إنجليزي عبري الفارسية واتساب تيليغرام فيسبوك إنستغرام تيك توك يوتيوب ميتا
    """.split(),
    "he": """
        פרטיות מעקב צנזורה הצפנה רוגלה רוגלות פלטפורמה פלטפורמות תוכן תכנים הסרה הסרות הגבלה
        חסימה השעיה חשבון חשבונות עיתונאי עיתונאית עיתונאים עיתונאיות פעיל פעילה פעילים זכויות
        אדם חופש ביטוי עיתונות הסתה שנאה שיח דיסאינפורמציה מידע נתונים הגנה סיסמה סיסמאות
        טלפון טלפונים מצלמה מצלמות זיהוי פנים ביומטרי מיקום עוגיות הסכמה שמירה ארכיון ראיות
        ראיה תיעוד עדות עד עורך עורכת דין בית משפט שופט שופטת חוק חוקים חקיקה תקנות ציות פיקוח
        שקיפות אחריותיות ערעור ערעורים מחיקה הפרה הפרות מדיניות נייר ניירות דוח דוחות
        מתודולוגיה מדגם ראיון ראיונות סקר קמפיין קמפיינים תגית עצומה קואליציה שותף שותפה
        מתנדב מתנדבים קו סיוע הדרכה הדרכות סדנה סדנאות פישינג פריצה נוזקה וירוס אימות גיבוי
        מכשיר מחשב דפדפן רשת רשתות אינטרנט ניתוק תקשורת מפעיל סים פלסטין פלסטיני פלסטינית
        פלסטינים עזה ירושלים רמאללה חיפה נצרת חברון שכם לחם ירדן לבנון מצרים פליט פליטים
        תפוצות מיעוט אפליה הטיה שפה ניב ניבים תרגום מסווג אוטומטי אנושי סוקר מנהל אכיפה קהילה
        כללים תנאי שימוש משרד ממשלה מדינה ביטחון מודיעין משטרה צבא פרקליטות מעצר עצור מנהלי
        פשיטה חקירה עינויים אסיר אסירים סנקציות יצוא רישיון חברה חברות משקיע דירוג קבלן מכרז
        דליפה פגיעות ניצול פגסוס קורבן נפגעת טראומה סולידריות הסברה לובי הגשה כתב מיוחד מועצה
        החלטה מנגנון אמנה סעיף תיקון הצעת פסק כספת אתחול לקסיקון יורופול שחיקה ספרייה
        לספרייה והספרייה שלום ערבית עברית אנגלית מנארה של את על עם זה זו הוא היא הם הן אני
        אנחנו לא כן גם אבל כי אם או מה מי כל יש אין ג׳נין ג׳ורג׳ צ׳אט ז׳ורנל ח׳טיב צ׳יפ ג'נין
        צ'אט צה״ל דו״ח או״ם ח״כ עו״ד ארה״ב בג״ץ מנכ״ל שב״כ מצ״ב צה"ל דו"ח או"ם עו"ד מס׳ מס'
        מספר מס וואטסאפ טלגרם פייסבוק אינסטגרם טיקטוק יוטיוב מטא
    """.split(),
}

ARABIC_PREFIXES = (
    *("ال", "و", "ب", "ك", "ف", "ل", "لل", "وال", "بال", "كال", "فال"),
    # The proclitics after و, which the variants strip (search.analysis.arabic.PROCLITIC).
    *("وب", "وف", "وك", "ول", "ولل", "وبال", "وكال", "وفال"),
)
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")
# Fathatan to sukun, and the dagger alef.
HARAKAT = (*map(chr, range(0x064B, 0x0653)), "\u0670")
TATWEEL = "\u0640"
# Spellings of one word that writers mix: hamza on alef or not, alef wasla, final yeh or alef
# maqsura, teh marbuta or heh, hamza on waw or on yeh.
ARABIC_VARIANTS = (
    ("ا", "أ"),
    ("ا", "إ"),
    ("ا", "آ"),
    ("ا", "ٱ"),
    ("أ", "ا"),
    ("إ", "ا"),
    ("ي", "ى"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ه", "ة"),
    ("ؤ", "ئ"),
    ("ئ", "ي"),
)
# Letters that join only to the letter before them: they take no initial or medial form.
ARABIC_RIGHT_JOINING = set("اأإآٱدذرزوؤة")

HEBREW_PREFIX_LETTERS = "והבכלמש"
# Sheva to qamats qatan, with dagesh, rafe, shin and sin dots; cantillation marks too, as Bible
# quotations carry them.
NIQQUD = (
    *map(chr, range(0x05B0, 0x05BE)),
    "\u05bf",
    "\u05c1",
    "\u05c2",
    "\u05c7",
    "\u0591",
    "\u0596",
    "\u05a5",
)
HEBREW_FINALS = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}
GERESH = ("\u05f3", "'", "’")
GERSHAYIM = ("\u05f4", '"', "”")

ENGLISH_SUFFIXES = (
    *("'s", "s", "ing", "ed", "ly", "ation", "’s"),
    *("es", "er", "ers", "ness", "ment", "ity", "ize", "ized", "izing", "ful", "less", "ies"),
)
CONTRACTIONS = ("n't", "'re", "'ll", "'ve", "'d", "’s", "’re", "n’t")
# Precomposed letters that decompose to a base letter and a mark, and letters that do not
# decompose at all (ø ł đ ı æ œ ß), which a table must map on its own.
ACCENTED = {
    "a": "áàâäåãāą",
    "e": "éèêëēęě",
    "i": "íìîïīı",
    "o": "óòôöõōøő",
    "u": "úùûüūůű",
    "c": "çćč",
    "n": "ñńň",
    "s": "śšşſ",
    "z": "źżž",
    "l": "ł",
    "d": "đď",
    "y": "ýÿ",
}
COMBINING_ACCENTS = ("\u0300", "\u0301", "\u0302", "\u0303", "\u0308", "\u030a", "\u030c", "\u0327")
LIGATURES = (("ffi", "ﬃ"), ("ffl", "ﬄ"), ("ff", "ﬀ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("st", "ﬆ"))
LETTER_SWAPS = (("ss", "ß"), ("i", "İ"), ("I", "İ"), ("ae", "æ"), ("oe", "œ"), ("s", "ſ"))
# Mathematical alphanumerics (outside the BMP): first code point of A, of a and of 0 in each
# style, chosen among the styles with no holes in the block.
MATHEMATICAL_STYLES = (
    (0x1D400, 0x1D41A, 0x1D7CE),  # bold
    (0x1D468, 0x1D482, None),  # bold italic
    (0x1D5D4, 0x1D5EE, 0x1D7EC),  # sans-serif bold
    (0x1D670, 0x1D68A, 0x1D7F6),  # monospace
)

DIGITS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９")
# Between digits: decimal point and comma, Arabic decimal and thousands separators.
DIGIT_SEPARATORS = (".", ",", "\u066b", "\u066c")
PUNCTUATION = (
    *(".", ",", "'", '"', "׳", "״", "-", "_", "/", ":", "@"),
    *("’", "،", "؛", "؟", "«", "»", "„", "“", "”", "(", ")", "!", "?", ";", "־", "–", "—", "…"),
)
# Format characters that ride inside copied text: ZWNJ, ZWJ, LRM, RLM, soft hyphen, word
# joiner, byte order mark, Arabic letter mark.
INVISIBLE = ("\u200c", "\u200d", "\u200e", "\u200f", "\u00ad", "\u2060", "\ufeff", "\u061c")
EMOJI = ("📢", "🔒", "📱", "✊", "🇵🇸", "\U0001f469\U0001f3fd\u200d\U0001f4bb", "❤️")

# Code points whose properties depend on the Unicode version an engine knows: (the version
# that assigned them, first, last). Python 3.11 knows Unicode 14, Debian's OpenJDK 17 knows 13
# (checked: Character.getType is UNASSIGNED for the 14.0 ones, a letter for the 13.0 ones), and
# Elasticsearch's bundled JDK 21 knows 15, which Python 3.11 does not (category Cn here). The
# ages were read from Perl 5.36's Unicode tables (\p{Age=V14_0}) on this machine.
VERSION_SENSITIVE_CODE_POINTS = {
    "ar": (
        ("13.0", 0x08BE, 0x08C7),  # Arabic Extended-A letters (peh with small v, …)
        ("14.0", 0x0870, 0x0887),  # Arabic Extended-B letters (alef with attached fatha, …)
        ("14.0", 0x0889, 0x088E),
        ("14.0", 0x0890, 0x0891),  # pound and piastre marks above (format characters)
        ("14.0", 0x0898, 0x089F),  # Arabic Extended-B marks
        ("14.0", 0x08B5, 0x08B5),
        ("14.0", 0x08C8, 0x08D2),  # graf, small low word sakta, … marks
        ("15.0", 0x0897, 0x0897),  # Arabic pepet
        ("15.0", 0x10EFD, 0x10EFF),  # Arabic Extended-C marks
    ),
    "he": (
        ("11.0", 0x05EF, 0x05EF),  # Hebrew yod triangle
        ("13.0", 0x10E80, 0x10EA9),  # Yezidi letters (right to left)
        ("13.0", 0x10EAB, 0x10EAC),  # Yezidi marks
        ("13.0", 0x1ABF, 0x1AC0),  # combining marks extended
        ("14.0", 0x10F70, 0x10F85),  # Old Uyghur letters and marks (right to left)
        ("14.0", 0x1AC1, 0x1ACE),
        ("15.0", 0x11F04, 0x11F10),  # Kawi letters
        ("15.0", 0x1E4D0, 0x1E4EB),  # Nag Mundari letters
    ),
    "en": (
        ("12.0", 0xA7BA, 0xA7BF),  # Latin Extended-D: glottal a, …
        ("12.0", 0xA7C2, 0xA7C6),
        ("13.0", 0xA7C7, 0xA7CA),
        ("13.0", 0xA7F5, 0xA7F6),
        ("13.0", 0xAB68, 0xAB69),
        ("13.0", 0x1ABF, 0x1AC0),
        ("14.0", 0xA7C0, 0xA7C1),  # Latin capital and small letter old Polish o
        ("14.0", 0xA7D0, 0xA7D1),
        ("14.0", 0xA7D5, 0xA7D9),
        ("14.0", 0xA7F2, 0xA7F4),
        ("14.0", 0x1AC1, 0x1ACE),
        ("14.0", 0x10780, 0x10785),  # Latin Extended-F modifier letters
        ("14.0", 0x1DF00, 0x1DF1E),  # Latin Extended-G
        ("15.0", 0x1DF25, 0x1DF2A),
        ("15.0", 0x1E030, 0x1E06D),  # Cyrillic Extended-D modifier letters
    ),
}


@cache
def version_sensitive_characters(language: str) -> tuple[str, ...]:
    return tuple(
        chr(code_point)
        for _version, first, last in VERSION_SENSITIVE_CODE_POINTS[language]
        for code_point in range(first, last + 1)
    )


def generated_words(language: str, count: int = 100_000, seed: int = 13) -> list[str]:
    """`count` distinct words in `language`, the same for the same arguments: first every word
    of the language's vocabulary as written, then words built from a random one of them with
    the language's prefixes and suffixes (Arabic: the article and its combinations and the
    light stemmer's suffixes; Hebrew: up to three prefix letters, geresh and gershayim; English:
    suffixes, contractions, case), diacritics (harakat, niqqud, accents), tatweel, presentation
    forms, ligatures, fullwidth and mathematical letters, digits of four scripts, punctuation
    inside and around the word, invisible format characters, emoji, and code points that only
    some Unicode versions assign."""
    stems = _vocabulary(language)
    build = WORD_BUILDERS[language]
    # A private generator: the test suite's other users of `random` cannot shift it.
    rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
    words = dict.fromkeys(stems[:count])
    attempts = 0
    while len(words) < count:
        attempts += 1
        if attempts > 20 * count:
            raise RuntimeError(
                f"Only {len(words)} distinct {language} words after {attempts} attempts"
            )
        words[build(rng, rng.choice(stems), stems)] = None
    return list(words)


HARVEST_LETTERS = {
    "en": re.compile("[A-Za-z]{2,}"),
    "ar": re.compile("[\u0621-\u063a\u0641-\u064a\u0671]{2,}"),
    "he": re.compile("[\u05d0-\u05ea]{2,}"),
}
# Niqqud and cantillation (not the maqaf, paseq or sof pasuq between words), harakat, the
# dagger alef and tatweel.
HARVEST_MARKS = re.compile(
    "[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u064b-\u065f\u0670\u0640]"
)


@cache
def _vocabulary(language: str) -> tuple[str, ...]:
    """The language's words: those of the demo content and the catalogues in the language's
    script (without diacritics, English in lower case), and its domain words as written."""
    found = set(DOMAIN_WORDS[language])
    texts = [*_demo_strings(language), *catalogue_texts()[language]]
    letters = HARVEST_LETTERS[language]
    for text in texts:
        words = letters.findall(HARVEST_MARKS.sub("", text))
        found.update(word.lower() for word in words)
    return tuple(sorted(found))


def _demo_strings(language: str):
    """Every string of the demo data in `language`: publications, people, topics, the home and
    library pages."""
    publications = [item for item in dataset.publications() if language in item["languages"]]
    pages = [*dataset.pages().values(), content.DOWNLOAD_LABELS]
    items = [*publications, *dataset.people(), *dataset.topics(), *pages]
    yield from _strings(_in_language(items, language))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


# Word builders: each takes the generator, a stem and the whole vocabulary.


def _arabic_word(rng: random.Random, stem: str, stems) -> str:
    word = stem
    if rng.random() < 0.2:
        word = _swap(rng, word, ARABIC_VARIANTS)
    if rng.random() < 0.55:
        word = rng.choice(ARABIC_PREFIXES) + word
    if rng.random() < 0.55:
        word += rng.choice(ARABIC_SUFFIXES)
    if rng.random() < 0.03:
        # An English word behind the article, as in الـVPN.
        word = rng.choice(("ال", "الـ", "بالـ")) + rng.choice(DOMAIN_WORDS["en"])
    if rng.random() < 0.07:
        word = _arabic_presentation_forms(rng, word)
    if rng.random() < 0.2:
        for _ in range(rng.randint(1, 3)):
            word = _insert(rng, word, rng.choice(HARAKAT))
    if rng.random() < 0.1:
        word = _insert(rng, word, TATWEEL * rng.randint(1, 3))
    return _dress(rng, word, "ar")


def _hebrew_word(rng: random.Random, stem: str, stems) -> str:
    word = stem
    if rng.random() < 0.6:
        prefix = "".join(rng.choice(HEBREW_PREFIX_LETTERS) for _ in range(rng.randint(1, 3)))
        # A prefix before a digit or a Latin word is written with a maqaf: ב־2019, ה־NGO.
        word = prefix + ("\u05be" if rng.random() < 0.1 else "") + word
    if rng.random() < 0.12:
        word = _hebrew_apostrophes(rng, word)
    if rng.random() < 0.04:
        letter, final = rng.choice(list(HEBREW_FINALS.items()))
        word = word.replace(final, letter) if final in word else word + final
    if rng.random() < 0.07:
        word = _hebrew_presentation_forms(rng, word)
    if rng.random() < 0.15:
        for _ in range(rng.randint(1, 4)):
            word = _insert(rng, word, rng.choice(NIQQUD))
    if rng.random() < 0.03:
        word = rng.choice(("ה־", "ב־", "ל־")) + rng.choice(DOMAIN_WORDS["en"])
    return _dress(rng, word, "he")


def _english_word(rng: random.Random, stem: str, stems) -> str:
    word = stem
    if rng.random() < 0.55:
        word += rng.choice(ENGLISH_SUFFIXES)
    if rng.random() < 0.05:
        word = "O’" + word.title() if rng.random() < 0.2 else word + rng.choice(CONTRACTIONS)
    if rng.random() < 0.05:
        word += rng.choice(("-", "_", ".", "@", "/", ":", "-")) + rng.choice(stems)
    casing = rng.random()
    if casing < 0.2:
        word = word.title()
    elif casing < 0.3:
        word = word.upper()
    elif casing < 0.4:
        word = "".join(char.upper() if rng.random() < 0.5 else char for char in word)
    if rng.random() < 0.07:
        word = _accent(rng, word)
    if rng.random() < 0.04:
        word = _swap(rng, word, LETTER_SWAPS)
    if rng.random() < 0.05:
        word = _ligature(word)
    form = rng.random()
    if form < 0.04:
        word = _fullwidth(word)
    elif form < 0.07:
        word = _mathematical(rng.choice(MATHEMATICAL_STYLES), word)
    return _dress(rng, word, "en")


WORD_BUILDERS = {"ar": _arabic_word, "he": _hebrew_word, "en": _english_word}


def _dress(rng: random.Random, word: str, language: str) -> str:
    """What every language's words meet: digits, punctuation, format characters, emoji and
    code points of recent Unicode versions."""
    if rng.random() < 0.02:
        return _number(rng)
    if rng.random() < 0.08:
        number = _number(rng)
        joiner = rng.choice(("", "", "-", ".", "_", "/", "\u05be"))
        word = word + joiner + number if rng.random() < 0.5 else number + joiner + word
    if rng.random() < 0.12:
        word = _punctuate(rng, word)
    if rng.random() < 0.04:
        word = _insert(rng, word, rng.choice(INVISIBLE))
    if rng.random() < 0.03:
        word = _insert(rng, word, rng.choice(version_sensitive_characters(language)))
    if rng.random() < 0.015:
        word = word + rng.choice(EMOJI) if rng.random() < 0.5 else rng.choice(EMOJI) + word
    return word


def _insert(rng: random.Random, word: str, piece: str) -> str:
    """`piece` after one of the word's characters (or at its start, for a one-letter word)."""
    position = rng.randint(1, len(word)) if len(word) > 1 else rng.randint(0, len(word))
    return word[:position] + piece + word[position:]


def _swap(rng: random.Random, word: str, pairs) -> str:
    """One occurrence of one applicable (old, new) pair replaced, or the word as it is."""
    applicable = [(old, new) for old, new in pairs if old in word]
    if not applicable:
        return word
    old, new = rng.choice(applicable)
    starts = [index for index in range(len(word)) if word.startswith(old, index)]
    start = rng.choice(starts)
    return word[:start] + new + word[start + len(old) :]


def _number(rng: random.Random) -> str:
    digits = rng.choice(DIGITS)
    number = "".join(rng.choice(digits) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.3:
        number += rng.choice(DIGIT_SEPARATORS)
        number += "".join(rng.choice(digits) for _ in range(rng.randint(1, 3)))
    return number


def _punctuate(rng: random.Random, word: str) -> str:
    mark = rng.choice(PUNCTUATION)
    place = rng.random()
    if place < 0.4:
        return _insert(rng, word, mark)
    if place < 0.7:
        return word + mark
    if place < 0.85:
        return mark + word
    return mark + word + mark


def _hebrew_apostrophes(rng: random.Random, word: str) -> str:
    """A geresh after the first letter (צ׳אט) or at the end (מס׳), or gershayim before the last
    letter (צה״ל), each in its Hebrew, ASCII or typographic form."""
    place = rng.random()
    if place < 0.35:
        return word[:1] + rng.choice(GERESH) + word[1:]
    if place < 0.6:
        return word + rng.choice(GERESH)
    return word[:-1] + rng.choice(GERSHAYIM) + word[-1:]


def _presentation_forms_table():
    """{(letter, form): presentation form} for Arabic's contextual forms, from their
    compatibility decompositions (`<initial> 0645`)."""
    table = {}
    for code_point in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        decomposition = unicodedata.decomposition(chr(code_point)).split()
        if len(decomposition) == 2 and decomposition[0] in {
            "<isolated>",
            "<initial>",
            "<medial>",
            "<final>",
        }:
            letter = chr(int(decomposition[1], 16))
            table.setdefault((letter, decomposition[0].strip("<>")), chr(code_point))
    return table


ARABIC_FORMS = _presentation_forms_table()
# Lam-alef ligatures (isolated, final) and Allah, as PDFs and old word processors write them.
ARABIC_LIGATURES = (
    ("لا", ("ﻻ", "ﻼ")),
    ("لأ", ("ﻷ", "ﻸ")),
    ("لإ", ("ﻹ", "ﻺ")),
    ("لآ", ("ﻵ", "ﻶ")),
    ("الله", ("ﷲ",)),
)


def _arabic_presentation_forms(rng: random.Random, word: str) -> str:
    """The word as shaped text: each letter in its initial, medial, final or isolated form,
    sometimes with a ligature first."""
    for letters, ligatures in ARABIC_LIGATURES:
        if letters in word and rng.random() < 0.5:
            word = word.replace(letters, rng.choice(ligatures), 1)
    shaped = []
    for index, char in enumerate(word):
        before = word[index - 1] if index else ""
        after = word[index + 1] if index + 1 < len(word) else ""
        joins_before = _joins_forward(before)
        joins_after = _joins_forward(char) and _is_arabic_letter(after)
        form = {
            (True, True): "medial",
            (False, True): "initial",
            (True, False): "final",
            (False, False): "isolated",
        }[(joins_before, joins_after)]
        shaped.append(ARABIC_FORMS.get((char, form), ARABIC_FORMS.get((char, "isolated"), char)))
    return "".join(shaped)


def _is_arabic_letter(char: str) -> bool:
    return bool(char) and "\u0620" <= char <= "\u064a"


def _joins_forward(char: str) -> bool:
    return _is_arabic_letter(char) and char not in ARABIC_RIGHT_JOINING and char != "ء"


def _hebrew_forms_table():
    """{letter: its presentation forms}: letters with dagesh, shin and sin dots, wide and
    alternative letters (FB1D–FB4E), each standing for one letter."""
    table = {}
    for code_point in range(0xFB1D, 0xFB4F):
        char = chr(code_point)
        if unicodedata.category(char) != "Lo":
            continue
        letters = [c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)]
        if len(letters) == 1:
            table.setdefault(letters[0], []).append(char)
    return {letter: tuple(forms) for letter, forms in table.items()}


HEBREW_FORMS = _hebrew_forms_table()


def _hebrew_presentation_forms(rng: random.Random, word: str) -> str:
    """One or two letters in a presentation form, and sometimes the alef-lamed ligature."""
    if "אל" in word and rng.random() < 0.2:
        word = word.replace("אל", "ﭏ", 1)
    for _ in range(rng.randint(1, 2)):
        positions = [index for index, char in enumerate(word) if char in HEBREW_FORMS]
        if positions:
            index = rng.choice(positions)
            word = word[:index] + rng.choice(HEBREW_FORMS[word[index]]) + word[index + 1 :]
    return word


def _accent(rng: random.Random, word: str) -> str:
    """One letter accented: precomposed, or followed by a combining mark."""
    positions = [index for index, char in enumerate(word) if char.lower() in ACCENTED]
    if not positions:
        return word
    index = rng.choice(positions)
    char = word[index]
    if rng.random() < 0.3:
        return word[: index + 1] + rng.choice(COMBINING_ACCENTS) + word[index + 1 :]
    accented = rng.choice(ACCENTED[char.lower()])
    accented = accented.upper() if char.isupper() and accented.upper() != accented else accented
    return word[:index] + accented + word[index + 1 :]


def _ligature(word: str) -> str:
    for letters, ligature in LIGATURES:
        if letters in word:
            return word.replace(letters, ligature, 1)
    return word


def _fullwidth(word: str) -> str:
    return "".join(chr(ord(char) + 0xFEE0) if "!" <= char <= "~" else char for char in word)


def _mathematical(style, word: str) -> str:
    capital, small, digit = style
    converted = []
    for char in word:
        if "A" <= char <= "Z":
            converted.append(chr(capital + ord(char) - ord("A")))
        elif "a" <= char <= "z":
            converted.append(chr(small + ord(char) - ord("a")))
        elif "0" <= char <= "9" and digit is not None:
            converted.append(chr(digit + ord(char) - ord("0")))
        else:
            converted.append(char)
    return "".join(converted)
