"""The demo site's text, written for the organisation's readers in each language. The English
version is the source; the Arabic and Hebrew versions become wagtail-localize translations of
it, string by string, so they line up with the English structure below."""

ORGANISATION = {
    "en": "Manara",
    "ar": "منارة",
    "he": "מנארה",
}

HOME_PAGE = {
    "en": {
        "title": "Defending digital rights in Palestine and the region",
        "intro": (
            "Manara researches platform censorship and state surveillance, trains activists and "
            "journalists to stay safe online, and runs campaigns that hold technology companies "
            "to account. Everything we publish is free to read, share and cite, in Arabic, "
            "Hebrew and English."
        ),
        "what_we_do": "What we do",
        "cards": [
            (
                "Digital security training",
                "Hands-on workshops for activists, journalists and human-rights defenders: "
                "securing phones and accounts, spotting phishing and spyware, and preparing for "
                "raids and arrests.",
            ),
            (
                "Platform accountability",
                "We document content takedowns, account suspensions and the shadow-banning of "
                "Palestinian and Arab voices, and press social media companies to apply their "
                "own rules fairly and transparently.",
            ),
            (
                "Research and policy",
                "Evidence-based reports and policy papers on surveillance, data protection and "
                "freedom of expression, with concrete recommendations to platforms, governments "
                "and legislators.",
            ),
            (
                "Campaigns",
                "Toolkits that help communities act together: ready-to-share materials, clear "
                "demands, and the steps to take when voices are silenced online.",
            ),
        ],
        "why_heading": "Why it matters",
        "why_text": (
            "For people living under occupation and in the shadow of conflict, a phone is a "
            "lifeline and a risk at the same time. A deleted post can erase the evidence of a "
            "human-rights violation; a compromised account can put a whole network of people "
            "in danger. Our work starts from the experience of the people we train, and every "
            "report we publish rests on documented cases."
        ),
        "quote": (
            "When a platform deletes our documentation, it is not moderating content. It is "
            "erasing the record of what happened to us."
        ),
        "quote_attribution": "A journalist from Gaza, at one of our workshops",
        "privacy_title": "Your privacy on this site",
        "privacy_text": (
            "This site uses no trackers, no analytics cookies and no third-party fonts or "
            "scripts. We do not record your IP address or what you search for."
        ),
    },
    "ar": {
        "title": "ندافع عن الحقوق الرقمية في فلسطين والمنطقة",
        "intro": (
            "ترصد منارة الرقابة على المنصات الرقمية والمراقبة الحكومية وتبحث فيهما، وتدرّب "
            "الناشطين والصحفيين على حماية أنفسهم على الإنترنت، وتقود حملات لمساءلة شركات "
            "التكنولوجيا. كل ما ننشره متاح مجانًا للقراءة والمشاركة والاقتباس، بالعربية "
            "والعبرية والإنجليزية."
        ),
        "what_we_do": "ماذا نفعل",
        "cards": [
            (
                "التدريب على الأمان الرقمي",
                "ورش عمل تطبيقية للناشطين والصحفيين والمدافعين عن حقوق الإنسان: تأمين الهواتف "
                "والحسابات، وكشف رسائل التصيّد وبرامج التجسس، والاستعداد للمداهمات والاعتقالات.",
            ),
            (
                "مساءلة المنصات",
                "نوثّق حذف المحتوى وتعليق الحسابات والتقييد الخفي للأصوات الفلسطينية والعربية، "
                "ونضغط على شركات التواصل الاجتماعي كي تطبّق قواعدها بعدل وشفافية.",
            ),
            (
                "الأبحاث والسياسات",
                "تقارير وأوراق سياسات مبنية على الأدلة حول المراقبة وحماية البيانات وحرية "
                "التعبير، مع توصيات عملية للمنصات والحكومات والمشرّعين.",
            ),
            (
                "الحملات",
                "أدلة عملية تساعد المجتمعات على التحرك معًا: مواد جاهزة للنشر، ومطالب واضحة، "
                "وخطوات محددة حين تُكتم الأصوات على الإنترنت.",
            ),
        ],
        "why_heading": "لماذا يهمّنا ذلك",
        "why_text": (
            "لمن يعيشون تحت الاحتلال وفي ظل النزاعات، الهاتف شريان حياة ومصدر خطر في آنٍ واحد. "
            "قد يمحو منشور محذوف دليلًا على انتهاك لحقوق الإنسان، وقد يعرّض حسابٌ مخترق شبكةً "
            "كاملة من الناس للخطر. ينطلق عملنا من تجارب الأشخاص الذين ندرّبهم، ويستند كل "
            "تقرير ننشره إلى حالات موثّقة."
        ),
        "quote": ("حين تحذف منصةٌ توثيقنا، فهي لا تُشرف على المحتوى، بل تمحو سجلّ ما حدث لنا."),
        "quote_attribution": "صحفية من غزة، في إحدى ورشاتنا التدريبية",
        "privacy_title": "خصوصيتك على هذا الموقع",
        "privacy_text": (
            "لا يستخدم هذا الموقع أدوات تتبّع ولا ملفات تعريف ارتباط لأغراض التحليل ولا خطوطًا "
            "أو برامج من جهات خارجية. لا نسجّل عنوان IP الخاص بك ولا ما تبحث عنه."
        ),
    },
    "he": {
        "title": "מגינים על זכויות דיגיטליות בפלסטין ובאזור",
        "intro": (
            "מנארה חוקרת צנזורה ברשתות החברתיות ומעקב ממשלתי, מכשירה פעילים ועיתונאים לשמור "
            "על עצמם ברשת ומובילה קמפיינים שמחייבים את חברות הטכנולוגיה לתת דין וחשבון. כל מה "
            "שאנחנו מפרסמים פתוח לקריאה, לשיתוף ולציטוט בחינם, בערבית, בעברית ובאנגלית."
        ),
        "what_we_do": "מה אנחנו עושים",
        "cards": [
            (
                "הדרכות באבטחה דיגיטלית",
                "סדנאות מעשיות לפעילים, לעיתונאים ולמגיני זכויות אדם: אבטחת טלפונים וחשבונות, "
                "זיהוי הודעות פישינג ורוגלות, והיערכות לפשיטות ולמעצרים.",
            ),
            (
                "אחריותיות של פלטפורמות",
                "אנחנו מתעדים הסרת תכנים, השעיית חשבונות והגבלה סמויה של קולות פלסטיניים "
                "וערביים, ולוחצים על חברות המדיה החברתית לאכוף את הכללים שלהן בהוגנות ובשקיפות.",
            ),
            (
                "מחקר ומדיניות",
                "דוחות וניירות מדיניות מבוססי ראיות על מעקב, הגנת מידע וחופש ביטוי, עם המלצות "
                "מעשיות לפלטפורמות, לממשלות ולמחוקקים.",
            ),
            (
                "קמפיינים",
                "ערכות כלים שעוזרות לקהילות לפעול יחד: חומרים מוכנים לשיתוף, דרישות ברורות "
                "והצעדים שיש לנקוט כשמשתיקים קולות ברשת.",
            ),
        ],
        "why_heading": "למה זה חשוב",
        "why_text": (
            "למי שחיים תחת כיבוש ובצל סכסוך, הטלפון הוא חבל הצלה וגם סיכון. פוסט שנמחק יכול "
            "למחוק ראיה להפרת זכויות אדם, וחשבון שנפרץ יכול לסכן רשת שלמה של אנשים. העבודה "
            "שלנו יוצאת מהניסיון של האנשים שאנחנו מדריכים, וכל דוח שאנחנו מפרסמים נשען על "
            "מקרים מתועדים."
        ),
        "quote": (
            "כשפלטפורמה מוחקת את התיעוד שלנו, היא לא מפקחת על תוכן. היא מוחקת את הרישום של מה "
            "שקרה לנו."
        ),
        "quote_attribution": "עיתונאית מעזה, באחת הסדנאות שלנו",
        "privacy_title": "הפרטיות שלכם באתר",
        "privacy_text": (
            "האתר לא משתמש בכלי מעקב, בעוגיות לניתוח נתונים או בגופנים ובסקריפטים של צד "
            "שלישי. אנחנו לא שומרים את כתובת ה־IP שלכם ולא את מה שאתם מחפשים."
        ),
    },
}


def home_page_fields(language_code: str) -> dict:
    """The HomePage field values for one language, in the body's block structure."""
    text = HOME_PAGE[language_code]
    return {
        "title": text["title"],
        "intro": text["intro"],
        "body": [
            (
                "cards",
                {
                    "heading": text["what_we_do"],
                    "cards": [{"title": title, "text": body} for title, body in text["cards"]],
                },
            ),
            ("heading", {"text": text["why_heading"], "level": "h2"}),
            ("paragraph", f"<p>{text['why_text']}</p>"),
            ("quote", {"quote": text["quote"], "attribution": text["quote_attribution"]}),
            ("callout", {"title": text["privacy_title"], "text": f"<p>{text['privacy_text']}</p>"}),
        ],
    }


LIBRARY_PAGE = {
    "en": {
        "title": "Resource library",
        "intro": (
            "Our research reports, policy papers and campaign toolkits, free to read, share and "
            "cite. Filter by type, topic or year."
        ),
    },
    "ar": {
        "title": "مكتبة الموارد",
        "intro": (
            "تقاريرنا البحثية وأوراق السياسات وأدلة الحملات، متاحة مجانًا للقراءة والمشاركة "
            "والاقتباس. يمكنك التصفية حسب النوع أو الموضوع أو السنة."
        ),
    },
    "he": {
        "title": "ספריית המשאבים",
        "intro": (
            "דוחות המחקר, ניירות המדיניות וערכות הקמפיין שלנו, פתוחים לקריאה, לשיתוף ולציטוט "
            "בחינם. אפשר לסנן לפי סוג, נושא או שנה."
        ),
    },
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
