"""The words the benchmark corpus is written in: real English, Arabic and Hebrew from the
organisation's field, ranked so that drawing them with Zipf-like weights gives frequent, medium
and rare words (see `hub.benchmark.corpus`), and the people and topics publications list.

Entries are separated by commas; an entry of several words (a name, a fixed expression) is drawn
as one, so expressions such as "freedom of expression" occur as phrases. The Arabic lists carry
words with the article ال, with the prefixes و/ب/ل and a few with diacritics; the Hebrew lists
carry words with the prefixes ו/ה/ב/ל/מ/ש, so the corpus exercises each language's analysis.
"""

from dataclasses import dataclass


def entries(text: str) -> tuple[str, ...]:
    return tuple(entry.strip() for entry in text.split(",") if entry.strip())


@dataclass(frozen=True)
class Vocabulary:
    # Most frequent first; mostly the analysers' stop words, as in real prose.
    function_words: tuple[str, ...]
    # The field's vocabulary, most frequent first: rank decides frequency.
    common: tuple[str, ...]
    # Names of tools, places, platforms and instruments: a few per document at most.
    rare: tuple[str, ...]


ENGLISH = Vocabulary(
    function_words=entries(
        """
        the, of, and, to, in, a, on, for, is, that, by, with, are, as, from, their, was, has,
        have, which, were, this, its, or, at, be, not, more, also, been, than, against, after,
        under, between, during, without, over, about, into, through, how, why, when, where, who,
        can, could, would, should, must, may, while, because
        """
    ),
    common=entries(
        """
        digital, rights, platforms, surveillance, censorship, content, online, privacy, data,
        human rights, social media, freedom of expression, users, Palestinian, internet, access,
        security, government, companies, accounts, posts, content moderation, policy, law, state,
        journalists, activists, Arabic, Hebrew, Israeli, Gaza, Jerusalem, protection, speech,
        removal, takedowns, report, research, campaign, evidence, documentation, violations,
        networks, information, technology, encryption, spyware, phones, apps, messaging, public,
        civil society, organisations, transparency, accountability, algorithms, automated,
        hate speech, incitement, violence, war, occupation, military, police, arrests, detention,
        cases, community guidelines, enforcement, requests, legal, courts, legislation,
        regulation, cybercrime, restrictions, shutdowns, West Bank, connectivity,
        infrastructure, telecommunications, mobile, biometric, facial recognition, cameras,
        checkpoints, monitoring, tracking, location, metadata, collection, storage, consent,
        personal, sensitive, risks, threats, harassment, attacks, hacking, phishing, passwords,
        authentication, devices, training, workshops, women, youth, children, refugees, workers,
        students, teachers, lawyers, defenders, voices, narratives, language, dialect,
        classifiers, machine learning, artificial intelligence, systems, decisions, appeals,
        notifications, suspension, bans, visibility, reach, ranking, recommendations, search,
        results, advertising, business, market, power, responsibility, obligations, standards,
        principles, international, humanitarian, victims, families, testimonies, witnesses,
        archive, videos, images, photos, livestream, hashtags, keywords, terrorism, extremism,
        sanctions, compliance, audit, oversight, independent, review, investigation, findings,
        methodology, interviews, survey, respondents, increase, decrease, period, months, weeks,
        year, region, countries, borders, settlers, demolitions, displacement, protests,
        demonstrations, elections, parliament, ministry, prosecutors, judges, ruling, petition,
        lawsuit, complaint, remedy, discrimination, equality, bias, minorities, citizens,
        residents, permits, movement, electricity, blackout, bandwidth, outages, satellite,
        cables, providers, operators, identity, registration, database, leaks, breach, cloud,
        servers, contracts, vendors, exports, licensing, procurement, funding, donors, partners,
        coalition, solidarity, advocacy, mobilisation, statements, demands, commitments, gaps,
        failures, patterns, trends, analysis, dataset, sample, categories, labels, errors,
        over-enforcement, context, culture, translation, moderators, outsourcing, contractors,
        wellbeing, trauma, safety, emergency, crisis, escalation, ceasefire, bombardment,
        hospitals, schools, universities, academics, libraries, education, health, doctors,
        East Jerusalem, end-to-end encryption, internet shutdown, data protection,
        digital security, two-factor, backups, anonymity, pseudonyms, whistleblowers, sources,
        editors, newsrooms, broadcasters, misinformation, disinformation, propaganda,
        fact-checking, verification, geolocation, open-source, investigators, researchers,
        engineers, developers, moderation queues, escalation channels, trusted flaggers,
        government requests, referral units, emergency regulations, administrative detention,
        military orders, travel bans, blacklists, watchlists, informants, interrogation,
        confiscation, seizure, raids, night raids, prisoners, detainees, sentences, indictments
        """
    ),
    rare=entries(
        """
        Pegasus, Predator, Cellebrite, Candiru, Graphite, Hermit, Sheikh Jarrah, Silwan,
        Masafer Yatta, Huwara, Jenin, Nablus, Hebron, Ramallah, Bethlehem, Tulkarm, Qalqilya,
        Jericho, Haifa, Nazareth, Jaffa, Lydd, Ramla, Umm al-Fahm, Rahat, Naqab, Khan Younis,
        Rafah, Deir al-Balah, Beit Hanoun, Jabalia, Shuafat, Qalandia, WhatsApp, Telegram,
        TikTok, Instagram, Facebook, YouTube, Snapchat, Mastodon, Starlink, Project Nimbus,
        geofencing, doxxing, deepfakes, watermarking, steganography, sideloading, stalkerware,
        keyloggers, sockpuppets, brigading, throttling, deplatforming, geoblocking, zero-click,
        exploits, forensics, chain of custody, subpoenas, injunctions, special rapporteur,
        ombudsperson, GIFCT, GDPR, Budapest Convention, ICCPR, Rabat Plan of Action,
        Santa Clara Principles, Oversight Board, Digital Services Act, Knesset, UNRWA,
        International Court of Justice, ransomware, honeypots, firmware, jailbreak, IMSI catchers,
        Tor, Signal, VPN, DNS, eSIM, Bluetooth, spreadsheets, transliteration, diacritics
        """
    ),
)

ARABIC = Vocabulary(
    function_words=entries(
        """
        في, من, على, إلى, عن, مع, أن, التي, الذي, هذه, هذا, بين, خلال, بعد, كما, قد, لا, ما, كل,
        حيث, ضد, عبر, منذ, أو, ثم, لم, غير, وفي, ومن, وقد, وفق, نحو, لدى, عند, حتى
        """
    ),
    common=entries(
        """
        الحقوق, الرقمية, المنصات, المراقبة, الرقابة, المحتوى, الخصوصية, البيانات, الإنترنت,
        حقوق الإنسان, وسائل التواصل الاجتماعي, حرية التعبير, المستخدمين, الفلسطينيين, الفلسطيني,
        الوصول, الأمن, الحكومة, الشركات, الحسابات, المنشورات, الإشراف على المحتوى, السياسات,
        القانون, الدولة, الصحفيين, الناشطين, العربية, العبرية, الإسرائيلية, غزة, القدس, الحماية,
        الخطاب, الحذف, إزالة, تقرير, بحث, حملة, الأدلة, التوثيق, الانتهاكات, الشبكات, المعلومات,
        التكنولوجيا, التشفير, برامج التجسس, الهواتف, التطبيقات, الرسائل, العامة, المجتمع المدني,
        المؤسسات, الشفافية, المساءلة, الخوارزميات, الآلية, خطاب الكراهية, التحريض, العنف, الحرب,
        الاحتلال, العسكري, الشرطة, الاعتقالات, الاحتجاز, الحالات, معايير المجتمع, التطبيق,
        الطلبات, القانونية, المحاكم, التشريعات, التنظيم, الجرائم الإلكترونية, القيود,
        قطع الإنترنت, الضفة الغربية, الاتصال, البنية التحتية, الاتصالات, المحمول, البيومترية,
        التعرف على الوجه, الكاميرات, الحواجز, الرصد, التتبع, الموقع, البيانات الوصفية, جمع,
        التخزين, الموافقة, الشخصية, الحساسة, المخاطر, التهديدات, التحرش, الهجمات, الاختراق,
        التصيد, كلمات المرور, المصادقة, الأجهزة, التدريب, ورشة, النساء, الشباب, الأطفال,
        اللاجئين, العمال, الطلاب, المعلمين, المحامين, المدافعين, الأصوات, الروايات, اللغة,
        اللهجة, المصنفات, تعلم الآلة, الذكاء الاصطناعي, الأنظمة, القرارات, الطعون, الإشعارات,
        تعليق, الحظر, الظهور, الانتشار, التوصيات, البحث, النتائج, الإعلانات, السوق, السلطة,
        المسؤولية, الالتزامات, المعايير, المبادئ, الدولي, الإنساني, الضحايا, العائلات,
        الشهادات, الشهود, الأرشيف, الفيديوهات, الصور, البث المباشر, الوسوم, الكلمات المفتاحية,
        الإرهاب, التطرف, العقوبات, الامتثال, التدقيق, مستقلة, المراجعة, التحقيق, النتائج الرئيسية,
        المنهجية, المقابلات, الاستطلاع, زيادة, انخفاض, الفترة, الأشهر, الأسابيع, العام, المنطقة,
        الدول, الحدود, المستوطنين, الهدم, التهجير, الاحتجاجات, المظاهرات, الانتخابات, البرلمان,
        الوزارة, النيابة, القضاة, الحكم, التماس, دعوى, شكوى, الإنصاف, التمييز, المساواة,
        التحيز, الأقليات, المواطنين, السكان, التصاريح, الحركة, الكهرباء, انقطاع, عرض النطاق,
        الأقمار الصناعية, الكابلات, المزودين, المشغلين, الهوية, التسجيل, قاعدة البيانات,
        التسريبات, الخرق, السحابة, الخوادم, العقود, الموردين, الصادرات, الترخيص, التمويل,
        المانحين, الشركاء, التحالف, التضامن, المناصرة, التعبئة, البيانات الصحفية, المطالب,
        التعهدات, الفجوات, الإخفاقات, الأنماط, الاتجاهات, التحليل, العينة, الفئات, الأخطاء,
        السياق, الثقافة, الترجمة, المشرفين, الاستعانة بمصادر خارجية, الصدمة, السلامة, الطوارئ,
        الأزمة, التصعيد, وقف إطلاق النار, القصف, المستشفيات, المدارس, الجامعات, الأكاديميين,
        التعليم, الصحة, الأطباء, القدس الشرقية, التشفير التام, حماية البيانات, الأمان الرقمي,
        المصادقة الثنائية, النسخ الاحتياطي, إخفاء الهوية, المبلغين, المصادر, المحررين, غرف الأخبار,
        المعلومات المضللة, الدعاية, تدقيق الحقائق, التحقق, تحديد الموقع, المصادر المفتوحة,
        الباحثين, المهندسين, المطورين, أوامر عسكرية, الاعتقال الإداري, قوائم سوداء, الاستجواب,
        المصادرة, المداهمات, الأسرى, المعتقلين, لوائح الاتهام, منصة, منصات, رقابة, مراقبة,
        خصوصية, بيانات, حقوق, رقمية, محتوى, مستخدم, صحفي, ناشط, حساب, منشور, تقارير, دراسة,
        حملات, أدلة, انتهاك, شبكة, قانون, قوانين, حكومات, شركات, والمنصات, والخصوصية, بالمراقبة,
        للمستخدمين, وحرية, بالتشفير, للصحفيين, والناشطين, بالبيانات, للرقابة, والحكومة,
        بالمحتوى, للحقوق, والشركات, بالحسابات, للمنصات, والتحريض, بالقانون, الرَّقابة,
        حُرِّيَّة, الخُصوصيّة, المُراقَبة, الرَّقميّة, الإنْترنت
        """
    ),
    rare=entries(
        """
        بيغاسوس, بريداتور, سيلبرايت, كانديرو, الشيخ جراح, سلوان, مسافر يطا, حوارة, جنين, نابلس,
        الخليل, رام الله, بيت لحم, طولكرم, قلقيلية, أريحا, حيفا, الناصرة, يافا, اللد, الرملة,
        أم الفحم, رهط, النقب, خان يونس, رفح, دير البلح, بيت حانون, جباليا, شعفاط, قلنديا, واتساب,
        تيليغرام, تيك توك, إنستغرام, فيسبوك, يوتيوب, سناب شات, ستارلينك, مشروع نيمبوس,
        السياج الجغرافي, التشهير, التزييف العميق, العلامات المائية, إخفاء المعلومات,
        برمجيات الملاحقة, راصدات لوحة المفاتيح, الحسابات الوهمية, الذباب الإلكتروني, الإبطاء,
        الحجب الجغرافي, الثغرات, الأدلة الجنائية, سلسلة الحيازة, المقرر الخاص, أمين المظالم,
        اللائحة العامة لحماية البيانات, اتفاقية بودابست, العهد الدولي, خطة عمل الرباط,
        مبادئ سانتا كلارا, مجلس الرقابة, قانون الخدمات الرقمية, الكنيست, الأونروا,
        محكمة العدل الدولية, برمجيات الفدية, الابتزاز الإلكتروني, التنمر الإلكتروني,
        البرامج الثابتة,
        كسر الحماية, لاقطات الهوية, تور, سيغنال, الشبكة الافتراضية الخاصة, البلوتوث,
        الشريحة الإلكترونية, الجداول, النقحرة, الحركات, الإقصاء من المنصات, التسريب
        """
    ),
)

HEBREW = Vocabulary(
    function_words=entries(
        """
        של, את, על, עם, זה, הוא, היא, גם, כי, אם, או, לא, כל, יש, בין, אל, עד, רק, כמו, אשר, ידי,
        כדי, אחרי, לפני, תוך, עוד, כבר, בגלל, למרות, נגד, אצל, ללא, מאז, אולם
        """
    ),
    common=entries(
        """
        זכויות, דיגיטליות, פלטפורמות, מעקב, צנזורה, תוכן, פרטיות, מידע, נתונים, אינטרנט,
        זכויות אדם, רשתות חברתיות, חופש הביטוי, משתמשים, פלסטינים, פלסטיני, גישה, ביטחון,
        הממשלה, חברות, חשבונות, פוסטים, פיקוח על תוכן, מדיניות, חוק, המדינה, עיתונאים, פעילים,
        ערבית, עברית, ישראלית, עזה, ירושלים, הגנה, שיח, הסרה, הסרת, דוח, מחקר, קמפיין, ראיות,
        תיעוד, הפרות, רשתות, טכנולוגיה, הצפנה, רוגלות, טלפונים, אפליקציות, הודעות, ציבורי,
        החברה האזרחית, ארגונים, שקיפות, אחריותיות, אלגוריתמים, אוטומטיים, שיח שנאה, הסתה,
        אלימות, מלחמה, כיבוש, צבאי, משטרה, מעצרים, מקרים, הנחיות הקהילה, אכיפה, בקשות, משפטי,
        בתי משפט, חקיקה, רגולציה, סייבר, הגבלות, ניתוק, הגדה המערבית, קישוריות, תשתית, תקשורת,
        סלולרי, ביומטרי, זיהוי פנים, מצלמות, מחסומים, ניטור, איתור, מיקום, מטאדאטה, איסוף,
        אחסון, הסכמה, אישי, רגיש, סיכונים, איומים, הטרדה, מתקפות, פריצה, דיוג, סיסמאות, אימות,
        מכשירים, הכשרה, סדנה, נשים, צעירים, ילדים, פליטים, עובדים, סטודנטים, מורים, עורכי דין,
        מגינים, קולות, נרטיבים, שפה, ניב, מסווגים, למידת מכונה, בינה מלאכותית, מערכות, החלטות,
        ערעורים, התראות, השעיה, חסימה, נראות, חשיפה, דירוג, המלצות, חיפוש, תוצאות, פרסום, שוק,
        כוח, אחריות, חובות, סטנדרטים, עקרונות, בינלאומי, הומניטרי, קורבנות, משפחות, עדויות,
        עדים, ארכיון, סרטונים, תמונות, שידור חי, האשטאגים, מילות מפתח, טרור, קיצוניות,
        סנקציות, ציות, ביקורת, עצמאי, בדיקה, חקירה, ממצאים, מתודולוגיה, ראיונות, סקר, משיבים,
        עלייה, ירידה, תקופה, חודשים, שבועות, שנה, אזור, מדינות, גבולות, מתנחלים, הריסות,
        עקירה, מחאות, הפגנות, בחירות, פרלמנט, משרד, תובעים, שופטים, פסיקה, עתירה, תביעה,
        תלונה, סעד, אפליה, שוויון, הטיה, מיעוטים, אזרחים, תושבים, היתרים, תנועה, חשמל, הפסקה,
        רוחב פס, לוויין, כבלים, ספקים, מפעילים, זהות, רישום, מאגר, דליפות, פרצה, ענן, שרתים,
        חוזים, יצוא, רישוי, מימון, תורמים, שותפים, קואליציה, סולידריות, סנגור, גיוס, הצהרות,
        דרישות, התחייבויות, פערים, כשלים, דפוסים, מגמות, ניתוח, מדגם, קטגוריות, תוויות,
        שגיאות, הקשר, תרבות, תרגום, מפקחים, קבלנים, טראומה, בטיחות, חירום, משבר, הסלמה,
        הפסקת אש, הפצצות, בתי חולים, בתי ספר, אוניברסיטאות, אקדמאים, חינוך, בריאות, רופאים,
        מזרח ירושלים, הצפנה מקצה לקצה, הגנת מידע, אבטחה דיגיטלית, אימות דו-שלבי, גיבויים,
        אנונימיות, חושפי שחיתויות, מקורות, עורכים, חדשות, דיסאינפורמציה, תעמולה,
        בדיקת עובדות, אימות מידע, קוד פתוח, חוקרים, מהנדסים, מפתחים, צווים צבאיים,
        מעצר מנהלי, רשימות שחורות, חקירה ביטחונית, החרמה, פשיטות, אסירים, עצירים,
        כתבי אישום, הזכויות, והזכויות, בזכויות, לזכויות, המעקב, במעקב, והמעקב, הצנזורה,
        לצנזורה, בצנזורה, הפרטיות, בפרטיות, לפרטיות, התוכן, בתוכן, מהתוכן, והפלטפורמות,
        בפלטפורמות, מהפלטפורמות, מהמשתמשים, למשתמשים, שהמדינה, לעיתונאים, והפעילים, בישראל,
        מישראל, בעזה, לירושלים, שהפלטפורמות, שהמשתמשים, והממשלה, בממשלה, מהממשלה, וההסתה
        """
    ),
    rare=entries(
        """
        פגסוס, פרדטור, סלברייט, קנדירו, שייח' ג'ראח, סילוואן, מסאפר יטא, חווארה, ג'נין, שכם,
        חברון, רמאללה, בית לחם, טול כרם, קלקיליה, יריחו, חיפה, נצרת, יפו, לוד, רמלה,
        אום אל-פחם, רהט, הנגב, חאן יונס, רפיח, דיר אל-בלח, בית חאנון, ג'באליה, שועפאט, קלנדיה,
        וואטסאפ, טלגרם, טיקטוק, אינסטגרם, פייסבוק, יוטיוב, סנאפצ'ט, סטארלינק, פרויקט נימבוס,
        גידור גאוגרפי, דוקסינג, דיפפייק, סימני מים, סטגנוגרפיה, רוגלת מעקב, רושמי הקשות,
        חשבונות בובה, האטה מכוונת, הרחקה מהפלטפורמה, חסימה גאוגרפית, פרצות אבטחה, זיהוי פלילי,
        שרשרת משמורת, צווי הבאה, צווי מניעה, הכתב המיוחד, נציב תלונות, תקנות הגנת המידע,
        אמנת בודפשט, האמנה הבינלאומית, תוכנית רבאט, עקרונות סנטה קלרה, מועצת הפיקוח,
        חוק השירותים הדיגיטליים, הכנסת, אונר"א, בית הדין הבינלאומי, כופרה, סחיטה מקוונת,
        בריונות ברשת, קושחה, פריצת מכשיר, לוכדי זהות, טור, סיגנל, רשת וירטואלית פרטית,
        בלוטות', כרטיס סים, גיליונות, תעתיק, ניקוד, השתקה, הדלפה
        """
    ),
)

VOCABULARIES = {"en": ENGLISH, "ar": ARABIC, "he": HEBREW}

# Authors, the same person in each language: (English, Arabic, Hebrew).
PEOPLE = (
    ("Lina Haddad", "لينا حداد", "לינה חדאד"),
    ("Sami Khoury", "سامي خوري", "סאמי ח'ורי"),
    ("Rania Mansour", "رانيا منصور", "ראניה מנסור"),
    ("Yousef Darwish", "يوسف درويش", "יוסף דרוויש"),
    ("Maya Cohen", "مايا كوهين", "מאיה כהן"),
    ("Omar Saleh", "عمر صالح", "עומר סאלח"),
    ("Noa Levi", "نوعا ليفي", "נועה לוי"),
    ("Huda Awad", "هدى عوض", "הודא עוואד"),
    ("Karim Nasser", "كريم ناصر", "כרים נאסר"),
    ("Dana Shapiro", "دانا شابيرو", "דנה שפירו"),
    ("Amal Jaber", "أمل جابر", "אמל ג'אבר"),
    ("Tamer Odeh", "تامر عودة", "תאמר עודה"),
    ("Reem Khalil", "ريم خليل", "רים ח'ליל"),
    ("Yara Hamdan", "يارا حمدان", "יארה חמדאן"),
    ("Ido Ben-David", "عيدو بن دافيد", "עידו בן דוד"),
    ("Layla Qasem", "ليلى قاسم", "ליילא קאסם"),
    ("Fadi Shehadeh", "فادي شحادة", "פאדי שחאדה"),
    ("Michal Rosen", "ميخال روزن", "מיכל רוזן"),
    ("Nour Abu Ali", "نور أبو علي", "נור אבו עלי"),
    ("Ziad Hijazi", "زياد حجازي", "זיאד חיג'אזי"),
    ("Salma Kanaan", "سلمى كنعان", "סלמא כנען"),
    ("Adam Weiss", "آدم فايس", "אדם וייס"),
    ("Hiba Sabbagh", "هبة صباغ", "היבה סבאע'"),
    ("Bassel Issa", "باسل عيسى", "באסל עיסא"),
)

# Topics: (slug, English, Arabic, Hebrew). The corpus's slugs start with "bench-".
TOPICS = (
    ("platform-censorship", "Platform censorship", "الرقابة على المنصات", "צנזורה בפלטפורמות"),
    ("surveillance", "Surveillance", "المراقبة", "מעקב"),
    ("digital-security", "Digital security", "الأمان الرقمي", "אבטחה דיגיטלית"),
    ("privacy", "Privacy and data protection", "الخصوصية وحماية البيانات", "פרטיות והגנת מידע"),
    ("hate-speech", "Hate speech and incitement", "خطاب الكراهية والتحريض", "שיח שנאה והסתה"),
    ("internet-access", "Internet access", "الوصول إلى الإنترنت", "גישה לאינטרנט"),
    (
        "gender",
        "Gender and online safety",
        "النوع الاجتماعي والأمان على الإنترنت",
        "מגדר ובטיחות ברשת",
    ),
    ("artificial-intelligence", "Artificial intelligence", "الذكاء الاصطناعي", "בינה מלאכותית"),
    ("legislation", "Laws and regulation", "القوانين والتنظيم", "חקיקה ורגולציה"),
    ("journalism", "Journalism and documentation", "الصحافة والتوثيق", "עיתונות ותיעוד"),
    ("corporate-accountability", "Corporate accountability", "مساءلة الشركات", "אחריותיות תאגידית"),
    ("youth", "Youth and education", "الشباب والتعليم", "צעירים וחינוך"),
)
