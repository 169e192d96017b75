"""Demo publications, people and topics in English, Arabic and Hebrew.

Fictional but plausible content for the demo site of Manara, a digital-rights organisation.
English is the source language of every publication; the Arabic and Hebrew versions are
translations made segment by segment, so parallel lists ("body", "pdf", "key_findings",
"steps", "recommendations", "posts") line up item by item across languages. Each multilingual
dict holds exactly the languages listed in the publication's "languages".

"pdf" holds the text of the downloadable PDF (a title line, then paragraphs). It contains words
that appear nowhere on the page itself (noted in a comment above each publication), so that a
search test can find a publication by words that only its PDF contains. The Arabic PDF texts
are written without short-vowel marks (harakat), as most printed Arabic is: LibreOffice breaks a
line's text apart at every such mark, and the pieces then come out of text extraction in the
wrong order. The PDFs and cover images in files/ are generated from this module by
build_files.py.
"""

PEOPLE = [
    {
        "key": "lina-haddad",
        "name": {"en": "Lina Haddad", "ar": "لينا حداد", "he": "לינה חדאד"},
        "role": {"en": "Senior researcher", "ar": "باحثة أولى", "he": "חוקרת בכירה"},
        "bio": {
            "en": (
                "Lina leads Manara's research on platform censorship. Before joining in 2019 she "
                "documented press-freedom violations for a regional network of journalists."
            ),
            "ar": (
                "تقود لينا أبحاث منارة حول الرقابة على المنصات الرقمية. وقبل انضمامها عام 2019، "
                "عملت على توثيق انتهاكات حرية الصحافة في شبكة إقليمية للصحفيين."
            ),
            "he": (
                "לינה מובילה את המחקר של מנארה בנושא צנזורה בפלטפורמות. לפני שהצטרפה לארגון ב־2019 "
                "תיעדה פגיעות בחופש העיתונות עבור רשת אזורית של עיתונאים."
            ),
        },
    },
    {
        "key": "omar-khatib",
        "name": {"en": "Omar Khatib", "ar": "عمر الخطيب", "he": "עומר ח׳טיב"},
        "role": {
            "en": "Platform accountability lead",
            "ar": "مسؤول ملف مساءلة المنصات",
            "he": "אחראי תחום האחריותיות של הפלטפורמות",
        },
        "bio": {
            "en": (
                "Omar handles Manara's casework with social media companies and escalates wrongful "
                "removals and suspensions. He has a background in software engineering."
            ),
            "ar": (
                "يتابع عمر ملفات منارة مع شركات التواصل الاجتماعي، ويرفع إليها حالات الحذف "
                "والتعليق غير المبرَّرة. ويحمل خلفية في هندسة البرمجيات."
            ),
            "he": (
                "עומר מרכז את הטיפול של מנארה במקרים מול חברות המדיה החברתית ומעביר אליהן מקרים של "
                "הסרות והשעיות שגויות. יש לו רקע בהנדסת תוכנה."
            ),
        },
    },
    {
        "key": "noor-masri",
        "name": {"en": "Noor Masri", "ar": "نور المصري", "he": "נור אל־מסרי"},
        "role": {
            "en": "Digital security trainer",
            "ar": "مدرّبة أمان رقمي",
            "he": "מדריכת אבטחה דיגיטלית",
        },
        "bio": {
            "en": (
                "Noor has trained more than a thousand journalists, students and human-rights "
                "defenders in digital security across Palestine and Jordan. She also runs Manara's "
                "digital security helpline."
            ),
            "ar": (
                "درّبت نور أكثر من ألف صحفي وطالب ومدافع عن حقوق الإنسان على الأمان الرقمي في "
                "فلسطين والأردن، وتدير خط المساعدة للأمان الرقمي في منارة."
            ),
            "he": (
                "נור הדריכה יותר מאלף עיתונאים, סטודנטים ומגיני זכויות אדם באבטחה דיגיטלית בפלסטין "
                "ובירדן, והיא מפעילה את קו הסיוע לאבטחה דיגיטלית של מנארה."
            ),
        },
    },
    {
        "key": "yara-saleh",
        "name": {"en": "Yara Saleh", "ar": "يارا صالح", "he": "יארא סאלח"},
        "role": {
            "en": "Legal and policy advisor",
            "ar": "مستشارة قانونية ومستشارة سياسات",
            "he": "יועצת משפטית ויועצת מדיניות",
        },
        "bio": {
            "en": (
                "Yara is a lawyer specialising in privacy and data protection. She drafts Manara's "
                "policy papers and its submissions to UN human-rights mechanisms."
            ),
            "ar": (
                "يارا محامية متخصصة في الخصوصية وحماية البيانات، تُعِدّ أوراق السياسات في منارة "
                "ومداخلاتها أمام آليات الأمم المتحدة لحقوق الإنسان."
            ),
            "he": (
                "יארא היא עורכת דין המתמחה בפרטיות ובהגנת מידע. היא כותבת את ניירות המדיניות של "
                "מנארה ואת ההגשות שלה למנגנוני זכויות האדם של האו״ם."
            ),
        },
    },
    {
        "key": "karim-nassar",
        "name": {"en": "Karim Nassar", "ar": "كريم نصّار", "he": "כרים נסאר"},
        "role": {"en": "Campaigns coordinator", "ar": "منسّق الحملات", "he": "רכז קמפיינים"},
        "bio": {
            "en": (
                "Karim coordinates Manara's campaigns and its network of partner organisations and "
                "volunteers across the region."
            ),
            "ar": "ينسّق كريم حملات منارة وشبكة المؤسسات الشريكة والمتطوعين في أنحاء المنطقة.",
            "he": (
                "כרים מרכז את הקמפיינים של מנארה ואת רשת הארגונים השותפים והמתנדבים שלה ברחבי "
                "האזור."
            ),
        },
    },
    {
        "key": "dana-shalev",
        "name": {"en": "Dana Shalev", "ar": "دانا شاليف", "he": "דנה שלו"},
        "role": {
            "en": "Researcher, Hebrew-language monitoring",
            "ar": "باحثة في رصد المحتوى العبري",
            "he": "חוקרת, ניטור תוכן בעברית",
        },
        "bio": {
            "en": (
                "Dana monitors Hebrew-language social media for incitement and hate speech and "
                "analyses how platforms enforce their rules in Hebrew. She holds a degree in "
                "computational linguistics."
            ),
            "ar": (
                "ترصد دانا التحريض وخطاب الكراهية على منصات التواصل الاجتماعي باللغة العبرية، "
                "وتحلّل كيفية تطبيق المنصات لقواعدها على المحتوى العبري. وتحمل شهادة في اللسانيات "
                "الحاسوبية."
            ),
            "he": (
                "דנה מנטרת הסתה ושיח שנאה ברשתות החברתיות בעברית ובוחנת כיצד הפלטפורמות אוכפות את "
                "הכללים שלהן על תוכן בעברית. היא בעלת תואר בבלשנות חישובית."
            ),
        },
    },
]


TOPICS = [
    {
        "key": "platform-censorship",
        "name": {
            "en": "Platform censorship",
            "ar": "الرقابة على المنصات",
            "he": "צנזורה בפלטפורמות",
        },
        "description": {
            "en": (
                "How social media companies moderate, remove and restrict content, and who pays "
                "the price when they get it wrong."
            ),
            "ar": (
                "كيف تدير شركات التواصل الاجتماعي المحتوى وتحذفه وتقيّد انتشاره، ومن يدفع الثمن "
                "حين تخطئ."
            ),
            "he": (
                "כיצד חברות המדיה החברתית מפקחות על תוכן, מסירות ומגבילות אותו, ומי משלם את המחיר "
                "כשהן טועות."
            ),
        },
    },
    {
        "key": "surveillance-spyware",
        "name": {
            "en": "Surveillance and spyware",
            "ar": "المراقبة وبرامج التجسس",
            "he": "מעקב ורוגלות",
        },
        "description": {
            "en": (
                "State and commercial surveillance, from spyware on our phones to cameras in "
                "public space."
            ),
            "ar": (
                "المراقبة الحكومية والتجارية، من برامج التجسس على هواتفنا إلى الكاميرات في الفضاء "
                "العام."
            ),
            "he": "מעקב ממשלתי ומסחרי, מרוגלות בטלפונים שלנו ועד מצלמות במרחב הציבורי.",
        },
    },
    {
        "key": "data-protection",
        "name": {
            "en": "Data protection and privacy",
            "ar": "حماية البيانات والخصوصية",
            "he": "הגנת מידע ופרטיות",
        },
        "description": {
            "en": (
                "The laws and practices that decide who may collect our personal data, and what "
                "they may do with it."
            ),
            "ar": (
                "القوانين والممارسات التي تحدد من يحق له جمع بياناتنا الشخصية، وما الذي يجوز له "
                "فعله بها."
            ),
            "he": "החוקים והנהלים שקובעים מי רשאי לאסוף את המידע האישי שלנו ומה מותר לו לעשות בו.",
        },
    },
    {
        "key": "digital-security",
        "name": {"en": "Digital security", "ar": "الأمان الرقمي", "he": "אבטחה דיגיטלית"},
        "description": {
            "en": (
                "Practical protection for activists, journalists and human-rights defenders, and "
                "for the people they work with."
            ),
            "ar": "حماية عملية للناشطين والصحفيين والمدافعين عن حقوق الإنسان، ولمن يعملون معهم.",
            "he": "הגנה מעשית לפעילים, לעיתונאים ולמגיני זכויות אדם, ולאנשים שהם עובדים איתם.",
        },
    },
    {
        "key": "hate-speech",
        "name": {
            "en": "Hate speech and incitement",
            "ar": "خطاب الكراهية والتحريض",
            "he": "שיח שנאה והסתה",
        },
        "description": {
            "en": (
                "Online hate and incitement against Palestinians and Arab communities, and whether "
                "platforms act on it."
            ),
            "ar": (
                "خطاب الكراهية والتحريض على الإنترنت ضد الفلسطينيين والمجتمعات العربية، ومدى تصدّي "
                "المنصات له."
            ),
            "he": "שיח שנאה והסתה ברשת נגד פלסטינים וקהילות ערביות, והאם הפלטפורמות פועלות נגדם.",
        },
    },
    {
        "key": "internet-shutdowns",
        "name": {
            "en": "Internet shutdowns and access",
            "ar": "قطع الإنترنت والحق في الوصول",
            "he": "ניתוקי אינטרנט ונגישות",
        },
        "description": {
            "en": (
                "Blackouts, throttling and damaged infrastructure that cut people off from "
                "information and from each other."
            ),
            "ar": (
                "انقطاع الاتصالات وإبطاء الإنترنت وتدمير البنية التحتية، بما يعزل الناس عن "
                "المعلومات وعن بعضهم بعضًا."
            ),
            "he": "ניתוקי תקשורת, האטת גלישה ותשתיות פגועות שמנתקים אנשים ממידע ומזה מזה.",
        },
    },
]


PUBLICATIONS = [
    # Reports.
    # PDF-only words: en "vault", ar "خزنة", he "כספת"
    {
        "type": "report",
        "slug": "erased-in-real-time",
        "languages": ["en", "ar", "he"],
        "date": "2024-02-20",
        "authors": ["lina-haddad", "omar-khatib"],
        "topics": ["platform-censorship"],
        "regions": ["PS", "IL"],
        "doi": "10.5281/zenodo.10671234",
        "title": {
            "en": (
                "Erased in Real Time: Takedowns of Palestinian Content During the Escalation of "
                "2023–2024"
            ),
            "ar": "محوٌ فوري: حذف المحتوى الفلسطيني وتقييده خلال تصعيد 2023–2024",
            "he": "נמחק בזמן אמת: הסרת תוכן פלסטיני במהלך ההסלמה של 2023–2024",
        },
        "summary": {
            "en": (
                "We analysed 1,480 documented removals and restrictions of Palestinian content "
                "between October 2023 and January 2024. Most concerned news, documentation and "
                "mourning, not incitement, and appeals rarely succeeded."
            ),
            "ar": (
                "حلّلنا 1480 حالة موثّقة لحذف محتوى فلسطيني أو تقييده بين تشرين الأول/أكتوبر 2023 "
                "وكانون الثاني/يناير 2024. تعلّق معظمها بالأخبار والتوثيق والحداد لا بالتحريض، "
                "ونادرًا ما نجحت الطعون."
            ),
            "he": (
                "ניתחנו 1,480 מקרים מתועדים של הסרה או הגבלה של תוכן פלסטיני בין אוקטובר 2023 "
                "לינואר 2024. רובם עסקו בחדשות, בתיעוד ובאבל, לא בהסתה, וערעורים הצליחו לעתים "
                "רחוקות."
            ),
        },
        "body": {
            "en": [
                ("heading", "What we documented"),
                (
                    "paragraph",
                    (
                        "Between 7 October 2023 and 31 January 2024, Manara received and verified "
                        "reports of 1,480 posts, stories, videos and accounts by Palestinian users "
                        "that were removed, hidden or restricted on Meta's platforms, X, TikTok "
                        "and YouTube. The cases came from journalists, paramedics, students and "
                        "ordinary people who were sharing what was happening around them."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "More than two thirds of the removed content was news reporting, "
                        "documentation of damage and casualties, or expressions of grief. In fewer "
                        "than one case in ten was the content something that, in our assessment, "
                        "could reasonably be read as praising or inciting violence."
                    ),
                ),
                ("heading", "How enforcement failed"),
                (
                    "paragraph",
                    (
                        "The pattern points to automated systems tuned far too aggressively for "
                        "Arabic, combined with emergency measures that lowered the confidence "
                        "thresholds required for removal. Accounts were restricted for sharing "
                        "footage that the same platforms' rules explicitly allow when it is posted "
                        "to raise awareness."
                    ),
                ),
                (
                    "quote",
                    (
                        "I lost four years of my archive in one night, and nobody at the company "
                        "could tell me which rule I had broken."
                    ),
                    "A photojournalist from Khan Younis, interviewed for this report",
                ),
                (
                    "paragraph",
                    (
                        "Appeals offered little remedy. Only 14 per cent of the appeals filed by "
                        "the people we spoke to led to content being restored, and in most cases "
                        "the decision came weeks later, when the news value of the material had "
                        "already passed."
                    ),
                ),
            ],
            "ar": [
                ("heading", "ما الذي وثّقناه"),
                (
                    "paragraph",
                    (
                        "بين 7 تشرين الأول/أكتوبر 2023 و31 كانون الثاني/يناير 2024، تلقّت منارة "
                        "بلاغات عن 1480 منشورًا وقصة ومقطع فيديو وحسابًا لمستخدمين فلسطينيين حُذفت "
                        "أو أُخفيت أو قُيّدت على منصات ميتا وإكس وتيك توك ويوتيوب، وتحققت منها. "
                        "وجاءت الحالات من صحفيين ومسعفين وطلاب وأناس عاديين كانوا ينقلون ما يجري "
                        "من حولهم."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "أكثر من ثلثي المحتوى المحذوف كان تغطية إخبارية أو توثيقًا للدمار والضحايا "
                        "أو تعبيرًا عن الحزن. وفي أقل من حالة واحدة من كل عشر حالات، كان المحتوى، "
                        "بحسب تقييمنا، مما يمكن أن يُفهم بصورة معقولة على أنه إشادة بالعنف أو "
                        "تحريض عليه."
                    ),
                ),
                ("heading", "كيف أخفق تطبيق القواعد"),
                (
                    "paragraph",
                    (
                        "يشير هذا النمط إلى أنظمة آلية مضبوطة على نحو مفرط في التشدد تجاه اللغة "
                        "العربية، إلى جانب إجراءات طارئة خفّضت عتبات الثقة المطلوبة للحذف. وقُيّدت "
                        "حسابات بسبب نشر مشاهد تسمح بها قواعد المنصات نفسها صراحةً حين تُنشر بهدف "
                        "التوعية."
                    ),
                ),
                (
                    "quote",
                    (
                        "خسرت أرشيف أربع سنوات في ليلة واحدة، ولم يستطع أحد في الشركة أن يخبرني أي "
                        "قاعدة خالفت."
                    ),
                    "مصوّر صحفي من خان يونس، في مقابلة أُجريت لهذا التقرير",
                ),
                (
                    "paragraph",
                    (
                        "ولم تقدّم الطعون إنصافًا يُذكر. فقد أدّت 14 في المئة فقط من الطعون التي "
                        "قدّمها من تحدثنا إليهم إلى استعادة المحتوى، وفي معظم الحالات صدر القرار "
                        "بعد أسابيع، حين كانت القيمة الإخبارية للمادة قد انقضت."
                    ),
                ),
            ],
            "he": [
                ("heading", "מה תיעדנו"),
                (
                    "paragraph",
                    (
                        "בין 7 באוקטובר 2023 ל־31 בינואר 2024 קיבלה מנארה דיווחים על 1,480 פוסטים, "
                        "סטוריז, סרטונים וחשבונות של משתמשים פלסטינים שהוסרו, הוסתרו או הוגבלו "
                        "בפלטפורמות של מטא, ב־X, בטיקטוק וביוטיוב, ואימתה אותם. המקרים הגיעו "
                        "מעיתונאים, מפרמדיקים, מסטודנטים ומאנשים מן השורה שדיווחו על מה שהתרחש "
                        "סביבם."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "יותר משני שלישים מהתוכן שהוסר היו דיווחים חדשותיים, תיעוד של הרס ונפגעים "
                        "או ביטויי אבל. בפחות ממקרה אחד מכל עשרה היה התוכן כזה שלפי הערכתנו אפשר "
                        "לקרוא אותו באופן סביר כשבח לאלימות או כהסתה לאלימות."
                    ),
                ),
                ("heading", "איך האכיפה כשלה"),
                (
                    "paragraph",
                    (
                        "הדפוס מצביע על מערכות אוטומטיות שכוילו באופן מחמיר מדי כלפי ערבית, לצד "
                        "צעדי חירום שהורידו את סף הוודאות הנדרש להסרה. חשבונות הוגבלו בשל שיתוף "
                        "צילומים שהכללים של אותן פלטפורמות מתירים במפורש כשהם מפורסמים לשם העלאת "
                        "מודעות."
                    ),
                ),
                (
                    "quote",
                    (
                        "איבדתי ארכיון של ארבע שנים בלילה אחד, ואף אחד בחברה לא ידע להגיד לי איזה "
                        "כלל הפרתי."
                    ),
                    "צלם עיתונות מח׳אן יונס, בראיון לדו״ח זה",
                ),
                (
                    "paragraph",
                    (
                        "הערעורים כמעט לא הועילו. רק 14 אחוזים מהערעורים שהגישו המרואיינים שלנו "
                        "הובילו להחזרת התוכן, וברוב המקרים ההחלטה הגיעה שבועות אחר כך, כשהערך "
                        "החדשותי של החומר כבר חלף."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Erased in Real Time — Summary of the full report",
                (
                    "This document summarises Manara's report on the removal and restriction of "
                    "Palestinian content between October 2023 and January 2024. The full dataset "
                    "of 1,480 verified cases, with personal details removed, is available to "
                    "researchers on request."
                ),
                (
                    "The removals did not fall evenly. Posts in Arabic were removed at a markedly "
                    "higher rate than comparable posts in English or Hebrew that described the "
                    "same events. Live videos were especially affected: many broadcasts from "
                    "hospitals and shelters were cut off mid-stream, and the recordings were never "
                    "made available again."
                ),
                (
                    "Much of what disappeared has lasting value as evidence. Footage of strikes on "
                    "residential buildings, testimonies from survivors and photographs of damaged "
                    "infrastructure are exactly the kind of material that investigators, courts "
                    "and historians will need. When a platform deletes it permanently, the record "
                    "is lost with it."
                ),
                (
                    "We therefore propose that platforms create an evidence vault: a secure, "
                    "access-controlled archive where removed content that may document "
                    "human-rights violations is preserved rather than destroyed. Access should be "
                    "granted to accredited investigators, UN mechanisms and the people who "
                    "originally posted the material, under clear and published rules."
                ),
                (
                    "Such a vault would not weaken moderation. Content that breaks the rules can "
                    "still be taken out of public view; the point is that removal should not mean "
                    "erasure. Several platforms already keep removed material for legal reasons, "
                    "so the question is one of policy, not of technical capacity."
                ),
                (
                    "We also ask platforms to publish, for every crisis protocol they activate, "
                    "the date it began, the changes it made to enforcement thresholds, and the "
                    "date it ended. Without this information, neither users nor researchers can "
                    "tell whether a spike in removals reflects a change in content or a change in "
                    "the rules."
                ),
                (
                    "Our research also points to a simple improvement in the way removals are "
                    "communicated. A notice that names the specific rule, quotes the part of the "
                    "post that triggered the decision and states whether the decision was "
                    "automated would allow users to correct genuine mistakes and to appeal real "
                    "errors with confidence. Today, most of the people we spoke to received a "
                    "generic message that explained nothing. Several told us that they had stopped "
                    "posting documentation altogether because they could no longer tell what was "
                    "allowed. That chilling effect is invisible in any platform statistic, yet for "
                    "a community trying to record what is happening to it, it may be the most "
                    "lasting harm of all."
                ),
                (
                    "Manara thanks the journalists, paramedics and families who shared their cases "
                    "with us, often at great personal cost. Their documentation is the foundation "
                    "of this report."
                ),
            ],
            "ar": [
                "محو فوري — ملخص التقرير الكامل",
                (
                    "تلخص هذه الوثيقة تقرير منارة حول حذف المحتوى الفلسطيني وتقييده بين تشرين "
                    "الأول/أكتوبر 2023 وكانون الثاني/يناير 2024. وتتوفر مجموعة البيانات الكاملة "
                    "التي تضم 1480 حالة موثقة، بعد إزالة التفاصيل الشخصية، للباحثين عند الطلب."
                ),
                (
                    "لم تتوزع عمليات الحذف بالتساوي. فقد حذفت المنشورات المكتوبة بالعربية بمعدل "
                    "أعلى بكثير من منشورات مماثلة بالإنجليزية أو العبرية تصف الأحداث نفسها. وتضرر "
                    "البث المباشر على نحو خاص، إذ قطع كثير من البثوث من المستشفيات ومراكز الإيواء "
                    "في منتصفها، ولم تتح تسجيلاتها مجددا."
                ),
                (
                    "لكثير مما اختفى قيمة دائمة بوصفه دليلا. فمشاهد قصف المباني السكنية وشهادات "
                    "الناجين وصور البنية التحتية المدمرة هي بالضبط نوع المواد التي سيحتاج إليها "
                    "المحققون والمحاكم والمؤرخون. وحين تحذفها منصة نهائيا، يضيع السجل معها."
                ),
                (
                    "لذلك نقترح أن تنشئ المنصات خزنة أدلة رقمية: أرشيفا آمنا محكوم الوصول تحفظ فيه "
                    "المواد المحذوفة التي قد توثق انتهاكات لحقوق الإنسان بدلا من إتلافها. ويمنح حق "
                    "الوصول إليها للمحققين المعتمدين وآليات الأمم المتحدة ومن نشروا المواد في "
                    "الأصل، وفق قواعد واضحة ومعلنة."
                ),
                (
                    "لن تضعف هذه الخزنة الإشراف على المحتوى. فالمحتوى المخالف للقواعد يمكن أن يرفع "
                    "من التداول العام، لكن إخفاءه عن الجمهور لا ينبغي أن يعني محوه. وتحتفظ منصات "
                    "عدة أصلا بالمواد المحذوفة لأسباب قانونية، فالمسألة إذن مسألة سياسات لا قدرات "
                    "تقنية."
                ),
                (
                    "ونطالب المنصات كذلك بأن تنشر، عن كل بروتوكول أزمات تفعله، تاريخ بدئه "
                    "والتغييرات التي أدخلها على عتبات التطبيق وتاريخ انتهائه. فمن دون هذه "
                    "المعلومات، لا يستطيع المستخدمون ولا الباحثون معرفة ما إذا كانت الزيادة في "
                    "الحذف تعكس تغيرا في المحتوى أم تغيرا في القواعد."
                ),
                (
                    "وتشير أبحاثنا أيضا إلى تحسين بسيط في طريقة إبلاغ المستخدمين بالحذف. فالإشعار "
                    "الذي يسمي القاعدة المحددة، ويقتبس الجزء من المنشور الذي أدى إلى القرار، ويوضح "
                    "ما إذا كان القرار آليا، يتيح للمستخدمين تصحيح أخطائهم الفعلية والطعن بثقة في "
                    "أخطاء المنصة. أما اليوم، فقد تلقى معظم من تحدثنا إليهم رسالة عامة لا تشرح "
                    "شيئا. وأخبرنا عدد منهم أنهم توقفوا عن نشر مواد التوثيق كليا لأنهم لم يعودوا "
                    "يعرفون ما المسموح به. هذا الأثر الرادع لا يظهر في أي إحصاءات تنشرها المنصات، "
                    "لكنه قد يكون، بالنسبة إلى مجتمع يحاول تسجيل ما يحدث له، أبقى الأضرار أثرا."
                ),
                (
                    "تشكر منارة الصحفيين والمسعفين والعائلات الذين شاركونا حالاتهم، وكثيرا ما كان "
                    "ذلك بثمن شخصي باهظ. فتوثيقهم هو الأساس الذي قام عليه هذا التقرير."
                ),
            ],
            "he": [
                "נמחק בזמן אמת — תקציר הדו״ח המלא",
                (
                    "מסמך זה מסכם את הדו״ח של מנארה על הסרה והגבלה של תוכן פלסטיני בין אוקטובר "
                    "2023 לינואר 2024. מאגר הנתונים המלא, הכולל 1,480 מקרים מאומתים ללא פרטים "
                    "מזהים, זמין לחוקרים לפי בקשה."
                ),
                (
                    "ההסרות לא התחלקו באופן שווה. פוסטים בערבית הוסרו בשיעור גבוה בהרבה מפוסטים "
                    "דומים באנגלית או בעברית שתיארו את אותם אירועים. שידורים חיים נפגעו במיוחד: "
                    "שידורים רבים מבתי חולים וממקלטים נקטעו באמצע, וההקלטות שלהם לא הועלו שוב."
                ),
                (
                    "לחלק גדול ממה שנעלם יש ערך מתמשך כראיה. צילומים של תקיפות בבנייני מגורים, "
                    "עדויות של ניצולים ותמונות של תשתיות פגועות הם בדיוק החומרים שחוקרים, בתי משפט "
                    "והיסטוריונים יזדקקו להם. כשפלטפורמה מוחקת אותם לצמיתות, התיעוד אובד יחד איתם."
                ),
                (
                    "לכן אנו מציעים שהפלטפורמות יקימו כספת ראיות: ארכיון מאובטח עם גישה מבוקרת, "
                    "שבו יישמר תוכן שהוסר ועשוי לתעד הפרות של זכויות אדם, במקום שיושמד. הגישה אליו "
                    "תינתן לחוקרים מוסמכים, למנגנוני האו״ם ולמי שפרסמו את החומר במקור, לפי כללים "
                    "ברורים ופומביים."
                ),
                (
                    "כספת כזו לא תחליש את הפיקוח על התוכן. תוכן שמפר את הכללים עדיין יכול לרדת "
                    "מעיני הציבור; העיקר הוא שהסרה לא תהיה מחיקה. פלטפורמות אחדות כבר שומרות תוכן "
                    "שהוסר מסיבות משפטיות, ולכן השאלה היא שאלה של מדיניות ולא של יכולת טכנית."
                ),
                (
                    "אנו גם קוראים לפלטפורמות לפרסם, לגבי כל פרוטוקול משבר שהן מפעילות, את מועד "
                    "תחילתו, את השינויים שהוא הכניס בספי האכיפה ואת מועד סיומו. בלי המידע הזה, לא "
                    "משתמשים ולא חוקרים יכולים לדעת אם זינוק בהסרות משקף שינוי בתוכן או שינוי "
                    "בכללים."
                ),
                (
                    "המחקר שלנו מצביע גם על שיפור פשוט באופן שבו המשתמשים מקבלים הודעה על הסרה. "
                    "הודעה שמציינת את הכלל הספציפי, מצטטת את החלק בפוסט שהוביל להחלטה ומבהירה אם "
                    "ההחלטה הייתה אוטומטית, הייתה מאפשרת למשתמשים לתקן טעויות אמיתיות שלהם ולערער "
                    "בביטחון על טעויות של הפלטפורמה. כיום, רוב המרואיינים שלנו קיבלו הודעה כללית "
                    "שלא הסבירה דבר. כמה מהם סיפרו שהפסיקו לפרסם תיעוד לגמרי, משום שלא ידעו עוד מה "
                    "מותר. האפקט המצנן הזה אינו נראה באף נתון שהפלטפורמות מפרסמות, אבל עבור קהילה "
                    "שמנסה לתעד את מה שקורה לה, ייתכן שזה הנזק המתמשך ביותר."
                ),
                (
                    "מנארה מודה לעיתונאים, לפרמדיקים ולמשפחות ששיתפו אותנו במקרים שלהם, לעתים "
                    "קרובות במחיר אישי כבד. התיעוד שלהם הוא היסוד של הדו״ח הזה."
                ),
            ],
        },
        "key_findings": {
            "en": [
                (
                    "68% of the removals we verified concerned news, documentation or mourning; "
                    "fewer than 10% involved content that could reasonably be read as praise of "
                    "violence."
                ),
                (
                    "Users were rarely told which rule they had broken: 61% of the notices cited "
                    "no specific policy."
                ),
                (
                    "Only 14% of appeals led to the content being restored, usually after more "
                    "than three weeks."
                ),
            ],
            "ar": [
                (
                    "تعلّقت 68% من حالات الحذف التي تحققنا منها بالأخبار أو التوثيق أو الحداد، "
                    "فيما لم تتجاوز نسبة المحتوى الذي يمكن أن يُفهم بصورة معقولة على أنه إشادة "
                    "بالعنف 10%."
                ),
                (
                    "نادرًا ما أُبلغ المستخدمون بالقاعدة التي خالفوها: 61% من الإشعارات لم تذكر أي "
                    "سياسة محددة."
                ),
                "أدّت 14% فقط من الطعون إلى استعادة المحتوى، وغالبًا بعد أكثر من ثلاثة أسابيع.",
            ],
            "he": [
                (
                    "68% מההסרות שאימתנו עסקו בחדשות, בתיעוד או באבל; פחות מ־10% היו תוכן שאפשר "
                    "לקרוא באופן סביר כשבח לאלימות."
                ),
                (
                    "המשתמשים כמעט לא קיבלו מידע על הכלל שהפרו: 61% מההודעות לא ציינו שום מדיניות "
                    "מסוימת."
                ),
                "רק 14% מהערעורים הובילו להחזרת התוכן, בדרך כלל אחרי יותר משלושה שבועות.",
            ],
        },
        "methodology": {
            "en": (
                "We collected cases through our reporting form, our helpline and partner "
                "organisations in Gaza, the West Bank and Jerusalem. Each case was verified with "
                "screenshots, platform notices and, where possible, an interview with the user. We "
                "then coded the content and the stated reason for removal against each platform's "
                "published rules. The sample is not random and cannot measure the total scale of "
                "removals, but it shows consistent patterns across platforms."
            ),
            "ar": (
                "جمعنا الحالات عبر استمارة البلاغات وخط المساعدة لدينا ومن خلال مؤسسات شريكة في "
                "غزة والضفة الغربية والقدس. وتحققنا من كل حالة بواسطة لقطات الشاشة وإشعارات "
                "المنصة، وحيثما أمكن بمقابلة مع المستخدم. ثم صنّفنا المحتوى والسبب المعلن للحذف "
                "وقارنّاهما بالقواعد المنشورة لكل منصة. العيّنة ليست عشوائية ولا يمكنها قياس الحجم "
                "الكلي لعمليات الحذف، لكنها تكشف أنماطًا متسقة عبر المنصات."
            ),
            "he": (
                "אספנו את המקרים באמצעות טופס הדיווח וקו הסיוע שלנו ודרך ארגונים שותפים בעזה, בגדה "
                "המערבית ובירושלים. כל מקרה אומת באמצעות צילומי מסך, הודעות הפלטפורמה, ובמידת "
                "האפשר ראיון עם המשתמש. לאחר מכן סיווגנו את התוכן ואת הסיבה שנמסרה להסרה והשווינו "
                "אותם לכללים המפורסמים של כל פלטפורמה. המדגם אינו אקראי ואינו יכול למדוד את ההיקף "
                "הכולל של ההסרות, אבל הוא חושף דפוסים עקביים בכל הפלטפורמות."
            ),
        },
    },
    # PDF-only words: en "reboot", ar "إعادة تشغيل", he "אתחול"
    {
        "type": "report",
        "slug": "silent-intrusion",
        "languages": ["en", "ar", "he"],
        "date": "2023-06-14",
        "authors": ["noor-masri", "lina-haddad"],
        "topics": ["surveillance-spyware", "digital-security"],
        "regions": ["PS", "JO"],
        "doi": "",
        "title": {
            "en": (
                "Silent Intrusion: Forensic Evidence of Spyware on the Phones of Human-Rights "
                "Defenders"
            ),
            "ar": "اختراق صامت: أدلة جنائية رقمية على برامج تجسس في هواتف مدافعين عن حقوق الإنسان",
            "he": "חדירה שקטה: ראיות פורנזיות לרוגלות בטלפונים של מגיני זכויות אדם",
        },
        "summary": {
            "en": (
                "Forensic checks of 62 phones belonging to activists, lawyers and journalists "
                "found traces of commercial spyware on nine of them. We explain what we found, how "
                "the infections happened and what they mean for civil society."
            ),
            "ar": (
                "كشف الفحص الجنائي الرقمي لـ62 هاتفًا يملكها ناشطون ومحامون وصحفيون آثارًا لبرامج "
                "تجسس تجارية في تسعة منها. نشرح ما وجدناه، وكيف حدث الاختراق، وما يعنيه ذلك "
                "للمجتمع المدني."
            ),
            "he": (
                "בדיקות פורנזיות של 62 טלפונים של פעילים, עורכי דין ועיתונאים העלו עקבות של רוגלות "
                "מסחריות בתשעה מהם. אנו מסבירים מה מצאנו, איך התבצעו ההדבקות ומה משמעותן לחברה "
                "האזרחית."
            ),
        },
        "body": {
            "en": [
                ("heading", "Nine infected phones"),
                (
                    "paragraph",
                    (
                        "Between March 2022 and February 2023, Manara's digital security helpline "
                        "examined 62 phones belonging to human-rights defenders in the West Bank, "
                        "Jerusalem and Jordan who suspected they were being watched. Working with "
                        "an independent forensic laboratory, we found indicators of compromise by "
                        "commercial spyware on nine of them."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "All nine belonged to people whose work brings them into contact with "
                        "sensitive information: two lawyers representing detainees, three field "
                        "researchers, two journalists and two staff members of community "
                        "organisations. In at least five cases the infection required no action at "
                        "all from the person targeted."
                    ),
                ),
                ("heading", "What spyware can do"),
                (
                    "paragraph",
                    (
                        "Modern spyware of this kind gives its operator complete control of a "
                        "phone. It can read encrypted messages before they are encrypted, switch "
                        "on the microphone and camera, and collect location history, contacts and "
                        "photos. The harm reaches far beyond the person targeted: everyone who has "
                        "ever written to them is exposed too."
                    ),
                ),
                (
                    "quote",
                    (
                        "It was not my phone they were after. It was every family that ever "
                        "trusted me with their story."
                    ),
                    "A field researcher whose phone was found to be infected",
                ),
                (
                    "paragraph",
                    (
                        "Spyware vendors say they sell their products only to governments, for "
                        "fighting serious crime. Our findings add to a growing body of evidence "
                        "that these tools are used against people who are doing nothing more than "
                        "defending human rights."
                    ),
                ),
            ],
            "ar": [
                ("heading", "تسعة هواتف مخترقة"),
                (
                    "paragraph",
                    (
                        "بين آذار/مارس 2022 وشباط/فبراير 2023، فحص خط المساعدة للأمان الرقمي في "
                        "منارة 62 هاتفًا لمدافعين عن حقوق الإنسان في الضفة الغربية والقدس والأردن "
                        "كانوا يشتبهون في أنهم مراقَبون. وبالتعاون مع مختبر جنائي رقمي مستقل، "
                        "وجدنا مؤشرات على اختراق تسعة منها ببرامج تجسس تجارية."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "ينتمي أصحاب الهواتف التسعة جميعًا إلى فئات يقتضي عملها التعامل مع معلومات "
                        "حساسة: محاميان يمثّلان معتقلين، وثلاثة باحثين ميدانيين، وصحفيان، وموظفان "
                        "في مؤسسات مجتمعية. وفي خمس حالات على الأقل، لم يتطلب الاختراق أي فعل من "
                        "الشخص المستهدف."
                    ),
                ),
                ("heading", "ما الذي تستطيع برامج التجسس فعله"),
                (
                    "paragraph",
                    (
                        "تمنح برامج التجسس الحديثة من هذا النوع مشغّلها سيطرة كاملة على الهاتف. "
                        "فهي تستطيع قراءة الرسائل المشفّرة قبل تشفيرها، وتشغيل الميكروفون "
                        "والكاميرا، وجمع سجل المواقع وجهات الاتصال والصور. ويتجاوز الضرر الشخص "
                        "المستهدف، إذ يصبح كل من راسله يومًا مكشوفًا هو الآخر."
                    ),
                ),
                (
                    "quote",
                    "لم يكن هاتفي هو المقصود، بل كل عائلة ائتمنتني يومًا على قصتها.",
                    "باحث ميداني تبيّن أن هاتفه مخترق",
                ),
                (
                    "paragraph",
                    (
                        "تقول الشركات المنتجة لبرامج التجسس إنها لا تبيعها إلا للحكومات لمكافحة "
                        "الجرائم الخطيرة. وتضيف نتائجنا إلى أدلة متزايدة على أن هذه الأدوات "
                        "تُستخدم ضد أشخاص لا يفعلون شيئًا سوى الدفاع عن حقوق الإنسان."
                    ),
                ),
            ],
            "he": [
                ("heading", "תשעה טלפונים נגועים"),
                (
                    "paragraph",
                    (
                        "בין מרץ 2022 לפברואר 2023 בדק קו הסיוע לאבטחה דיגיטלית של מנארה 62 "
                        "טלפונים של מגיני זכויות אדם בגדה המערבית, בירושלים ובירדן, שחששו שהם "
                        "נתונים למעקב. בשיתוף מעבדה פורנזית עצמאית מצאנו סימנים לחדירה של רוגלות "
                        "מסחריות לתשעה מהם."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "כל התשעה עוסקים בעבודה הכרוכה במגע עם מידע רגיש: שני עורכי דין המייצגים "
                        "עצירים, שלושה תחקירני שטח, שני עיתונאים ושני אנשי צוות בארגונים קהילתיים. "
                        "לפחות בחמישה מקרים ההדבקה לא דרשה שום פעולה מצד האדם שהיה המטרה."
                    ),
                ),
                ("heading", "מה רוגלה יכולה לעשות"),
                (
                    "paragraph",
                    (
                        "רוגלות מודרניות מהסוג הזה מעניקות למפעיל שלהן שליטה מלאה בטלפון. הן "
                        "יכולות לקרוא הודעות מוצפנות עוד לפני ההצפנה, להפעיל את המיקרופון ואת "
                        "המצלמה, ולאסוף היסטוריית מיקומים, אנשי קשר ותמונות. הנזק חורג הרבה מעבר "
                        "לאדם שהיה המטרה: כל מי שהתכתב איתו אי־פעם חשוף גם הוא."
                    ),
                ),
                (
                    "quote",
                    (
                        "הם לא חיפשו את הטלפון שלי. הם חיפשו כל משפחה שאי־פעם הפקידה בידי את "
                        "הסיפור שלה."
                    ),
                    "תחקירן שטח שבטלפון שלו נמצאה רוגלה",
                ),
                (
                    "paragraph",
                    (
                        "יצרניות הרוגלות טוענות שהן מוכרות את המוצרים שלהן רק לממשלות, לצורך מאבק "
                        "בפשיעה חמורה. הממצאים שלנו מצטרפים לגוף הולך וגדל של ראיות לכך שהכלים "
                        "האלה משמשים נגד אנשים שכל מה שהם עושים הוא להגן על זכויות אדם."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Silent Intrusion — Guidance for people at risk",
                (
                    "This companion document to our report is written for people who fear that "
                    "their phone may be a target. It is not a substitute for a forensic check, but "
                    "it explains the measures that make an infection harder and its consequences "
                    "smaller."
                ),
                (
                    "Keep your phone's operating system and apps up to date. Most spyware relies "
                    "on flaws that the manufacturer has already fixed, and an update closes the "
                    "door for everyone who installs it. Turn on automatic updates and do not "
                    "postpone them."
                ),
                (
                    "Restart your phone every day. Some of the most advanced spyware does not "
                    "survive a reboot and has to infect the device again afterwards, which costs "
                    "the attacker effort and increases the chance that the attack will be "
                    "detected. A daily reboot takes a minute and costs nothing."
                ),
                (
                    "If you use an iPhone and you are at high risk, turn on Lockdown Mode. It "
                    "disables some features that attackers have exploited in the past, such as "
                    "certain message attachments and link previews. On Android, use a device that "
                    "still receives security updates from its manufacturer."
                ),
                (
                    "Be careful with unexpected links, even from people you know. Attackers often "
                    "impersonate journalists, lawyers, relatives or humanitarian organisations. If "
                    "a message creates a sense of urgency, verify it through another channel "
                    "before opening anything."
                ),
                (
                    "If you suspect an infection, do not reset the phone straight away: a reset "
                    "erases the evidence that investigators need. Stop using it for sensitive "
                    "conversations, switch to a clean device, and contact a helpline such as "
                    "Manara's. We will help you arrange a forensic check in confidence."
                ),
                (
                    "Organisations have a role to play as well. A human-rights group can keep its "
                    "most sensitive files off staff phones altogether, give staff separate work "
                    "devices that are managed and updated centrally, and agree on a clear "
                    "procedure for what happens when someone suspects that their phone is "
                    "compromised. It should also think about the people it works with: victims and "
                    "witnesses who share testimony over messaging apps are exposed if the "
                    "organisation's phones are infected. Where possible, such testimony should be "
                    "collected in person or through channels that do not leave a permanent copy on "
                    "a phone, and deleted from devices once it has been stored securely."
                ),
                (
                    "Remember that no single measure offers complete protection against a "
                    "well-resourced attacker. What matters is to reduce the information stored on "
                    "your phone, to keep sensitive conversations short-lived with disappearing "
                    "messages, and to agree on safe practices with the people you work with."
                ),
            ],
            "ar": [
                "اختراق صامت — إرشادات للأشخاص المعرضين للخطر",
                (
                    "هذه الوثيقة مرافقة لتقريرنا، وهي موجهة إلى من يخشون أن تكون هواتفهم هدفا. وهي "
                    "لا تغني عن الفحص الجنائي، لكنها تشرح التدابير التي تجعل الاختراق أصعب وتحد من "
                    "عواقبه."
                ),
                (
                    "حدث نظام تشغيل هاتفك وتطبيقاتك باستمرار. فمعظم برامج التجسس تعتمد على ثغرات "
                    "سبق أن أصلحتها الشركة المصنعة، والتحديث يغلق الباب أمام كل من يثبته. فعل "
                    "التحديثات التلقائية ولا تؤجلها."
                ),
                (
                    "أعد تشغيل هاتفك كل يوم. فبعض أكثر برامج التجسس تطورا لا يصمد بعد إعادة تشغيل "
                    "الجهاز، ويضطر إلى اختراقه من جديد، وهو ما يكلف المهاجم جهدا ويرفع احتمال كشف "
                    "الهجوم. وإعادة تشغيل الهاتف يوميا تستغرق دقيقة ولا تكلف شيئا."
                ),
                (
                    "إذا كنت تستخدم آيفون وكنت معرضا لخطر مرتفع، ففعل وضع الحماية القصوى (Lockdown "
                    "Mode). فهو يعطل بعض الميزات التي استغلها المهاجمون في الماضي، مثل بعض مرفقات "
                    "الرسائل ومعاينات الروابط. أما على أندرويد، فاستخدم جهازا لا يزال يتلقى "
                    "تحديثات أمنية من الشركة المصنعة."
                ),
                (
                    "احذر من الروابط غير المتوقعة، حتى إن جاءت من أشخاص تعرفهم. فكثيرا ما ينتحل "
                    "المهاجمون صفة صحفيين أو محامين أو أقارب أو منظمات إنسانية. وإذا أوحت لك رسالة "
                    "بالاستعجال، فتحقق منها عبر قناة أخرى قبل فتح أي شيء."
                ),
                (
                    "إذا اشتبهت في اختراق هاتفك، فلا تعد ضبطه على إعدادات المصنع فورا، لأن ذلك "
                    "يمحو الأدلة التي يحتاج إليها المحققون. توقف عن استخدامه في المحادثات الحساسة، "
                    "وانتقل إلى جهاز نظيف، وتواصل مع خط مساعدة مثل خط منارة. وسنساعدك على ترتيب "
                    "فحص جنائي بسرية تامة."
                ),
                (
                    "وللمؤسسات دور تؤديه أيضا. إذ يمكن لمنظمة حقوقية أن تبقي ملفاتها الأكثر حساسية "
                    "بعيدا عن هواتف موظفيها تماما، وأن توفر لهم أجهزة عمل منفصلة تدار وتحدث "
                    "مركزيا، وأن تتفق على إجراء واضح لما يجب فعله حين يشتبه أحدهم في اختراق هاتفه. "
                    "وعليها كذلك أن تفكر في الأشخاص الذين تعمل معهم، فالضحايا والشهود الذين يقدمون "
                    "شهاداتهم عبر تطبيقات المراسلة يصبحون مكشوفين إذا اخترقت هواتف المؤسسة. "
                    "وينبغي، حيثما أمكن، جمع هذه الشهادات وجها لوجه أو عبر قنوات لا تترك نسخة "
                    "دائمة على الهاتف، وحذفها من الأجهزة بعد حفظها بأمان."
                ),
                (
                    "تذكر أنه لا يوجد تدبير واحد يوفر حماية كاملة من مهاجم يملك موارد كبيرة. المهم "
                    "أن تقلل المعلومات المحفوظة على هاتفك، وأن تجعل المحادثات الحساسة قصيرة العمر "
                    "باستخدام الرسائل المختفية، وأن تتفق على ممارسات آمنة مع من تعمل معهم."
                ),
            ],
            "he": [
                "חדירה שקטה — הנחיות לאנשים בסיכון",
                (
                    "מסמך זה מלווה את הדו״ח שלנו ונועד לאנשים שחוששים שהטלפון שלהם עלול להיות "
                    "מטרה. הוא אינו תחליף לבדיקה פורנזית, אבל הוא מסביר אילו צעדים מקשים על חדירה "
                    "ומצמצמים את השלכותיה."
                ),
                (
                    "עדכנו את מערכת ההפעלה ואת האפליקציות באופן שוטף. רוב הרוגלות מנצלות פרצות "
                    "שהיצרן כבר תיקן, ועדכון סוגר את הדלת בפני כל מי שמתקין אותו. הפעילו עדכונים "
                    "אוטומטיים ואל תדחו אותם."
                ),
                (
                    "הקפידו על אתחול יומי של הטלפון. חלק מהרוגלות המתקדמות ביותר אינן שורדות הפעלה "
                    "מחדש ונאלצות להדביק את המכשיר שוב, דבר שדורש מהתוקף מאמץ ומגדיל את הסיכוי "
                    "שהתקיפה תתגלה. אתחול יומי נמשך דקה ואינו עולה דבר."
                ),
                (
                    "אם אתם משתמשים באייפון ונמצאים בסיכון גבוה, הפעילו את מצב הנעילה (Lockdown "
                    "Mode). הוא משבית כמה תכונות שתוקפים ניצלו בעבר, כמו סוגים מסוימים של קבצים "
                    "מצורפים להודעות ותצוגה מקדימה של קישורים. באנדרואיד, השתמשו במכשיר שעדיין "
                    "מקבל עדכוני אבטחה מהיצרן."
                ),
                (
                    "היזהרו מקישורים לא צפויים, גם כשהם מגיעים מאנשים שאתם מכירים. תוקפים מתחזים "
                    "לעתים קרובות לעיתונאים, לעורכי דין, לקרובי משפחה או לארגונים הומניטריים. אם "
                    "הודעה יוצרת תחושת דחיפות, אמתו אותה בערוץ אחר לפני שאתם פותחים משהו."
                ),
                (
                    "אם אתם חושדים בהדבקה, אל תאפסו את הטלפון מיד: איפוס מוחק את הראיות שהחוקרים "
                    "צריכים. הפסיקו להשתמש בו לשיחות רגישות, עברו למכשיר נקי ופנו לקו סיוע כמו זה "
                    "של מנארה. נעזור לכם לתאם בדיקה פורנזית בדיסקרטיות."
                ),
                (
                    "גם לארגונים יש תפקיד. ארגון זכויות אדם יכול להרחיק לגמרי את הקבצים הרגישים "
                    "ביותר שלו מהטלפונים של אנשי הצוות, לספק להם מכשירי עבודה נפרדים שמנוהלים "
                    "ומתעדכנים באופן מרכזי, ולקבוע נוהל ברור למקרה שמישהו חושד שהטלפון שלו נפרץ. "
                    "עליו לחשוב גם על האנשים שהוא עובד איתם: נפגעים ועדים שמוסרים עדות באפליקציות "
                    "מסרים חשופים אם הטלפונים של הארגון נגועים. במידת האפשר, כדאי לגבות עדויות "
                    "כאלה פנים אל פנים או בערוצים שאינם משאירים עותק קבוע בטלפון, ולמחוק אותן "
                    "מהמכשירים אחרי שנשמרו במקום מאובטח."
                ),
                (
                    "זכרו שאף צעד בודד אינו מעניק הגנה מלאה מפני תוקף בעל משאבים רבים. מה שחשוב "
                    "הוא לצמצם את המידע שנשמר בטלפון, לקצר את חייהן של שיחות רגישות באמצעות הודעות "
                    "נעלמות, ולסכם על נהלים בטוחים עם האנשים שאתם עובדים איתם."
                ),
            ],
        },
        "key_findings": {
            "en": [
                "9 of the 62 phones we examined showed forensic traces of commercial spyware.",
                (
                    "In at least 5 of the 9 cases, the infection required no click or other action "
                    "from the person targeted."
                ),
                (
                    "Every person whose phone was infected worked with confidential information "
                    "about detainees, victims or witnesses."
                ),
            ],
            "ar": [
                "أظهر 9 من أصل 62 هاتفًا فحصناها آثارًا جنائية لبرامج تجسس تجارية.",
                (
                    "في 5 حالات على الأقل من الحالات التسع، تم الاختراق دون أي نقرة أو فعل آخر من "
                    "الشخص المستهدف."
                ),
                "كان جميع من اختُرقت هواتفهم يتعاملون مع معلومات سرية عن معتقلين أو ضحايا أو شهود.",
            ],
            "he": [
                "ב־9 מתוך 62 הטלפונים שבדקנו נמצאו עקבות פורנזיים של רוגלות מסחריות.",
                "לפחות ב־5 מתוך 9 המקרים ההדבקה לא דרשה הקלקה או כל פעולה אחרת מצד המטרה.",
                "כל מי שהטלפון שלו נפגע עבד עם מידע חסוי על עצירים, על נפגעים או על עדים.",
            ],
        },
        "methodology": {
            "en": (
                "People who suspected they were being targeted contacted our helpline or were "
                "referred to us by partners. With their informed consent, we collected diagnostic "
                "data from their devices and analysed it with open-source forensic tools, and an "
                "independent laboratory reviewed every positive result. We did not attribute the "
                "attacks to a specific government, because the technical evidence available to us "
                "does not allow this with sufficient certainty."
            ),
            "ar": (
                "تواصل معنا عبر خط المساعدة أشخاصٌ اشتبهوا في استهدافهم، أو أحالتهم إلينا مؤسسات "
                "شريكة. وبعد الحصول على موافقتهم المستنيرة، جمعنا بيانات تشخيصية من أجهزتهم "
                "وحلّلناها بأدوات جنائية مفتوحة المصدر، ثم راجع مختبر مستقل كل نتيجة إيجابية. ولم "
                "ننسب الهجمات إلى حكومة بعينها، لأن الأدلة التقنية المتاحة لنا لا تسمح بذلك بدرجة "
                "كافية من اليقين."
            ),
            "he": (
                "אנשים שחשדו שהם מטרה פנו לקו הסיוע שלנו או הופנו אלינו על ידי ארגונים שותפים. "
                "בהסכמתם מדעת אספנו נתוני אבחון מהמכשירים שלהם וניתחנו אותם בכלים פורנזיים בקוד "
                "פתוח, ומעבדה עצמאית בדקה כל תוצאה חיובית. לא ייחסנו את התקיפות לממשלה מסוימת, "
                "משום שהראיות הטכניות שבידינו אינן מאפשרות זאת בוודאות מספקת."
            ),
        },
    },
    # PDF-only words: en "obituaries", ar "نعي"
    {
        "type": "report",
        "slug": "one-word-many-meanings",
        "languages": ["en", "ar"],
        "date": "2024-09-24",
        "authors": ["omar-khatib", "lina-haddad"],
        "topics": ["platform-censorship"],
        "regions": ["PS", "LB", "EG"],
        "doi": "",
        "title": {
            "en": (
                "One Word, Many Meanings: Over-Enforcement Against Arabic Content and the Word "
                "Shaheed"
            ),
            "ar": "كلمة واحدة ومعانٍ كثيرة: الإفراط في تقييد المحتوى العربي وكلمة «شهيد»",
        },
        "summary": {
            "en": (
                "A review of 900 removed Arabic posts containing the word shaheed shows that most "
                "used it to mourn, to report a death or as part of a name, not to praise violence. "
                "We examine why automated moderation keeps getting Arabic wrong."
            ),
            "ar": (
                "تُظهر مراجعة 900 منشور عربي محذوف تضمّنت كلمة «شهيد» أن معظمها استخدمها للرثاء أو "
                "للإخبار عن وفاة أو كجزء من اسم، لا للإشادة بالعنف. ونبحث في أسباب تكرار أخطاء "
                "الإشراف الآلي على المحتوى العربي."
            ),
        },
        "body": {
            "en": [
                ("heading", "A word at the heart of everyday language"),
                (
                    "paragraph",
                    (
                        "In Arabic, shaheed (شهيد) is usually translated as “martyr”, but its "
                        "everyday use is much broader. It is how families announce the death of a "
                        "relative killed in conflict or in tragic circumstances, how journalists "
                        "report civilian casualties, and how communities commemorate their dead. "
                        "It is also part of many family names and place names."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "For years, Meta treated the word as a signal of praise for designated "
                        "organisations and removed posts containing it more often than any other "
                        "single word. In 2024, Meta's Oversight Board concluded that this approach "
                        "was overbroad and disproportionately restricted the speech of Arabic "
                        "speakers."
                    ),
                ),
                ("heading", "What we found"),
                (
                    "paragraph",
                    (
                        "We reviewed 900 posts containing the word that were removed from Facebook "
                        "and Instagram between 2022 and 2024 and submitted to us by users in "
                        "Palestine, Lebanon and Egypt. In 83 per cent of them, the word was used "
                        "to report a death, to mourn, or as part of a name."
                    ),
                ),
                (
                    "quote",
                    (
                        "My father's name was in the post. I wrote it to ask people to pray for "
                        "him, and it was removed within a minute."
                    ),
                    "A teacher from Sidon",
                ),
                (
                    "paragraph",
                    (
                        "The problem is not limited to one word. Arabic varies widely from one "
                        "country to another, and classifiers trained on limited or poorly labelled "
                        "data confuse reporting with endorsement. Until platforms invest in "
                        "Arabic-language expertise, users will keep paying for errors they did not "
                        "make."
                    ),
                ),
            ],
            "ar": [
                ("heading", "كلمة في صميم اللغة اليومية"),
                (
                    "paragraph",
                    (
                        "تُترجم كلمة «شهيد» عادةً إلى الإنجليزية بـ«martyr»، لكن استخدامها اليومي "
                        "في العربية أوسع من ذلك بكثير. فبها تُعلن العائلات وفاة قريب قُتل في نزاع "
                        "أو في ظروف مأساوية، وبها يغطي الصحفيون سقوط ضحايا مدنيين، وبها تُحيي "
                        "المجتمعات ذكرى موتاها. وهي كذلك جزء من كثير من أسماء العائلات والأماكن."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "على مدى سنوات، عاملت ميتا هذه الكلمة بوصفها مؤشرًا على الإشادة بمنظمات "
                        "مصنّفة، وحذفت المنشورات التي تتضمنها أكثر مما حذفت بسبب أي كلمة أخرى. وفي "
                        "عام 2024، خلص مجلس الإشراف التابع لميتا إلى أن هذا النهج مفرط في الاتساع، "
                        "وأنه قيّد على نحو غير متناسب حرية التعبير لدى المتحدثين بالعربية."
                    ),
                ),
                ("heading", "ما الذي وجدناه"),
                (
                    "paragraph",
                    (
                        "راجعنا 900 منشور تضمّنت الكلمة وحُذفت من فيسبوك وإنستغرام بين عامَي 2022 "
                        "و2024، وأرسلها إلينا مستخدمون من فلسطين ولبنان ومصر. وفي 83 في المئة "
                        "منها، استُخدمت الكلمة للإخبار عن وفاة أو للرثاء أو كجزء من اسم."
                    ),
                ),
                (
                    "quote",
                    "كان اسم والدي في المنشور. كتبته لأطلب من الناس الدعاء له، فحُذف خلال دقيقة.",
                    "معلّمة من صيدا",
                ),
                (
                    "paragraph",
                    (
                        "ولا تقتصر المشكلة على كلمة واحدة. فالعربية تتنوع تنوعًا كبيرًا من بلد إلى "
                        "آخر، والمصنِّفات الآلية المدرَّبة على بيانات محدودة أو سيئة التوسيم تخلط "
                        "بين نقل الخبر وتأييده. وما لم تستثمر المنصات في الخبرة باللغة العربية، "
                        "سيظل المستخدمون يدفعون ثمن أخطاء لم يرتكبوها."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "One Word, Many Meanings — Notes for moderators and policy teams",
                (
                    "This briefing accompanies our report and is intended for the trust and safety "
                    "teams, moderators and policy staff who write and apply the rules on violent "
                    "organisations. It sets out how the word is used in practice, with examples "
                    "drawn from the posts we reviewed."
                ),
                (
                    "The most common use we found was in obituaries and death notices. Palestinian "
                    "and Lebanese families routinely publish them on Facebook, with the name of "
                    "the deceased, the time of the funeral and the place where condolences will be "
                    "received. Removing such a notice protects no one; it only stops relatives and "
                    "neighbours from learning about a funeral."
                ),
                (
                    "The second most common use was in news reports. Local news pages use the word "
                    "as the standard term for a person killed in military action, whether that "
                    "person was a combatant or a civilian. Automated systems that treat the word "
                    "as praise therefore hit journalism especially hard."
                ),
                (
                    "A third group of posts used the word as part of a name: of a person, a "
                    "school, a street or a mosque. Any approach based on keywords will inevitably "
                    "misfire on these cases, however carefully it is tuned."
                ),
                (
                    "We recommend that platforms remove the word from any list of terms that "
                    "trigger removal or reduced distribution on their own, and that they assess "
                    "posts on the basis of their overall meaning, as the Oversight Board also "
                    "recommended. Where a post combines the word with clear praise of a violent "
                    "act or a designated organisation, the existing rules already allow action to "
                    "be taken."
                ),
                (
                    "We also recommend that platforms test their Arabic classifiers against "
                    "samples labelled by native speakers from different countries, publish error "
                    "rates by language, and give reviewers who handle Arabic content enough time "
                    "and context to read a post in full before deciding."
                ),
                (
                    "Finally, we encourage platforms to consult the communities most affected "
                    "before changing their rules. Journalists, imams, teachers and bereaved "
                    "families in our region were never asked how they use the word, yet they bore "
                    "the consequences of a policy written far away. A short period of "
                    "consultation, with examples translated and discussed openly, would have "
                    "revealed most of the problems described in this briefing. Meta's decision to "
                    "revise its approach after the Oversight Board's opinion is welcome, but such "
                    "consultation should become standard practice for every policy that affects "
                    "how Arabic speakers talk about life and death."
                ),
                (
                    "We are grateful to the users who trusted us with their posts, many of which "
                    "concerned the loss of someone close to them."
                ),
            ],
            "ar": [
                "كلمة واحدة ومعان كثيرة — ملاحظات لفرق الإشراف والسياسات",
                (
                    "ترافق هذه الإحاطة تقريرنا، وهي موجهة إلى فرق الثقة والأمان والمشرفين على "
                    "المحتوى وموظفي السياسات الذين يضعون القواعد الخاصة بالمنظمات العنيفة "
                    "ويطبقونها. وهي تعرض كيفية استخدام الكلمة عمليا، مع أمثلة مستقاة من المنشورات "
                    "التي راجعناها."
                ),
                (
                    "كان الاستخدام الأكثر شيوعا في إعلانات نعي الموتى. إذ تنشرها العائلات "
                    "الفلسطينية واللبنانية عادة على فيسبوك، متضمنة اسم الفقيد وموعد الجنازة ومكان "
                    "تقبل التعازي. وحذف إعلان كهذا لا يحمي أحدا، بل يحرم الأقارب والجيران من معرفة "
                    "موعد الجنازة."
                ),
                (
                    "وجاء في المرتبة الثانية الاستخدام في الأخبار. فصفحات الأخبار المحلية تستعمل "
                    "الكلمة مصطلحا معتادا للإشارة إلى من قتل في عمل عسكري، سواء أكان مقاتلا أم "
                    "مدنيا. ولذلك فإن الأنظمة الآلية التي تعامل الكلمة بوصفها إشادة تصيب العمل "
                    "الصحفي على نحو خاص."
                ),
                (
                    "أما المجموعة الثالثة من المنشورات فاستخدمت الكلمة جزءا من اسم: اسم شخص أو "
                    "مدرسة أو شارع أو مسجد. وأي نهج يعتمد على الكلمات المفتاحية سيخطئ حتما في هذه "
                    "الحالات، مهما أحكم ضبطه."
                ),
                (
                    "نوصي بأن تحذف المنصات الكلمة من أي قائمة بمصطلحات تؤدي وحدها إلى الحذف أو إلى "
                    "تقليص الانتشار، وأن تقيم المنشورات على أساس معناها الإجمالي، كما أوصى مجلس "
                    "الإشراف أيضا. وحين يقرن منشور الكلمة بإشادة واضحة بعمل عنيف أو بمنظمة مصنفة، "
                    "فإن القواعد القائمة تسمح أصلا باتخاذ إجراء."
                ),
                (
                    "ونوصي كذلك بأن تختبر المنصات مصنفاتها الخاصة بالعربية على عينات يوسمها ناطقون "
                    "أصليون من بلدان مختلفة، وأن تنشر معدلات الخطأ بحسب اللغة، وأن تمنح المراجعين "
                    "الذين يتعاملون مع المحتوى العربي وقتا وسياقا كافيين لقراءة المنشور كاملا قبل "
                    "اتخاذ القرار."
                ),
                (
                    "وأخيرا، نشجع المنصات على التشاور مع المجتمعات الأكثر تضررا قبل تغيير قواعدها. "
                    "فلم يسأل الصحفيون والأئمة والمعلمون والعائلات المفجوعة في منطقتنا قط عن طريقة "
                    "استخدامهم للكلمة، ومع ذلك تحملوا عواقب سياسة كتبت بعيدا عنهم. ولو جرت مشاورات "
                    "قصيرة، تترجم فيها الأمثلة وتناقش علنا، لكشفت معظم المشكلات الواردة في هذه "
                    "الإحاطة. إن قرار ميتا مراجعة نهجها بعد رأي مجلس الإشراف خطوة نرحب بها، لكن "
                    "هذا التشاور ينبغي أن يصبح ممارسة معتادة في كل سياسة تمس طريقة حديث الناطقين "
                    "بالعربية عن الحياة والموت."
                ),
                (
                    "نتوجه بالشكر إلى المستخدمين الذين ائتمنونا على منشوراتهم، وكثير منها كان عن "
                    "فقدان شخص عزيز عليهم."
                ),
            ],
        },
        "key_findings": {
            "en": [
                (
                    "In 83% of the 900 removed posts we reviewed, the word shaheed was used to "
                    "report a death, to mourn, or as part of a name."
                ),
                (
                    "37% of the posts also contained a photograph or a news link that made the "
                    "context of the post clear."
                ),
                (
                    "Only one in five users who appealed saw their post restored, and none "
                    "received an explanation of the error."
                ),
            ],
            "ar": [
                (
                    "في 83% من المنشورات المحذوفة التسعمئة التي راجعناها، استُخدمت كلمة «شهيد» "
                    "للإخبار عن وفاة أو للرثاء أو كجزء من اسم."
                ),
                "تضمّن 37% من المنشورات أيضًا صورة أو رابطًا إخباريًا يوضّح سياق المنشور بجلاء.",
                (
                    "لم يستعد منشوره إلا مستخدم واحد من كل خمسة طعنوا في الحذف، ولم يتلقَّ أيٌّ "
                    "منهم تفسيرًا للخطأ."
                ),
            ],
        },
        "methodology": {
            "en": (
                "Users submitted removed posts through our reporting form, together with the "
                "platform's notice. Two Arabic-speaking researchers independently coded the "
                "meaning of the word in each post and the context in which it appeared, and "
                "resolved disagreements through discussion. Posts that we could not verify were "
                "excluded. Because the sample comes from users who chose to contact us, it tells "
                "us about the kinds of errors that occur rather than their overall rate."
            ),
            "ar": (
                "أرسل المستخدمون المنشورات المحذوفة عبر استمارة البلاغات لدينا مرفقةً بإشعار "
                "المنصة. وصنّف باحثان ناطقان بالعربية، كلٌّ على حدة، معنى الكلمة في كل منشور "
                "والسياق الذي وردت فيه، ثم حسما نقاط الخلاف بالنقاش. واستبعدنا المنشورات التي "
                "تعذّر التحقق منها. ولأن العيّنة مأخوذة من مستخدمين اختاروا التواصل معنا، فهي تكشف "
                "أنواع الأخطاء التي تقع لا معدّلها الإجمالي."
            ),
        },
    },
    # PDF-only words: en "lexicon", ar "معجم", he "לקסיקון"
    {
        "type": "report",
        "slug": "unchecked",
        "languages": ["en", "ar", "he"],
        "date": "2025-04-08",
        "authors": ["dana-shalev", "lina-haddad"],
        "topics": ["hate-speech", "platform-censorship"],
        "regions": ["IL"],
        "doi": "10.5281/zenodo.15093847",
        "title": {
            "en": (
                "Unchecked: Hebrew-Language Incitement Against Arab Citizens and the Platforms' "
                "Blind Spot"
            ),
            "ar": "بلا رادع: التحريض باللغة العبرية ضد المواطنين العرب والنقطة العمياء لدى المنصات",
            "he": "בלי מענה: הסתה בעברית נגד אזרחים ערבים והנקודה העיוורת של הפלטפורמות",
        },
        "summary": {
            "en": (
                "We monitored 4,200 public Hebrew-language posts calling for violence or "
                "collective punishment against Arab citizens of Israel. Six months after we "
                "reported them, most were still online."
            ),
            "ar": (
                "رصدنا 4200 منشور علني باللغة العبرية يدعو إلى العنف أو العقاب الجماعي ضد "
                "المواطنين العرب في إسرائيل. وبعد ستة أشهر من الإبلاغ عنها، كان معظمها لا يزال "
                "منشورًا."
            ),
            "he": (
                "ניטרנו 4,200 פוסטים פומביים בעברית שקראו לאלימות או לענישה קולקטיבית נגד אזרחים "
                "ערבים בישראל. חצי שנה אחרי שדיווחנו עליהם, רובם עדיין היו ברשת."
            ),
        },
        "body": {
            "en": [
                ("heading", "A problem hiding in plain sight"),
                (
                    "paragraph",
                    (
                        "Over six months in 2024, Manara monitored public Hebrew-language posts, "
                        "comments and channels on Facebook, X, TikTok and Telegram. We identified "
                        "4,200 items that called for violence against Arab citizens of Israel, "
                        "demanded their expulsion, or described them as enemies to be eliminated."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Much of this content was not subtle. It included explicit calls to harm "
                        "people, named specific towns, and in some cases shared the personal "
                        "details of named individuals. Many of the posts received thousands of "
                        "reactions and remained visible for months."
                    ),
                ),
                ("heading", "Under-enforcement in Hebrew"),
                (
                    "paragraph",
                    (
                        "We reported every item through the platforms' own reporting tools. Six "
                        "months later, 71 per cent were still online. When we compared similar "
                        "content in Arabic reported during the same period, the removal rate was "
                        "more than three times higher."
                    ),
                ),
                (
                    "quote",
                    (
                        "When I report a threat in Hebrew, I get an automated message saying it "
                        "does not break the rules. The threat stays, and so does the fear."
                    ),
                    "A local council member from the Galilee",
                ),
                (
                    "paragraph",
                    (
                        "Platforms have invested heavily in detecting violent content in Arabic, "
                        "but far less in Hebrew. The result is a double standard: one community is "
                        "over-policed while threats against it go unanswered. Fair moderation "
                        "means applying the same rules, with the same care, in every language."
                    ),
                ),
            ],
            "ar": [
                ("heading", "مشكلة مكشوفة أمام الجميع"),
                (
                    "paragraph",
                    (
                        "على مدى ستة أشهر في عام 2024، رصدت منارة منشورات وتعليقات وقنوات علنية "
                        "باللغة العبرية على فيسبوك وإكس وتيك توك وتيليغرام. وحدّدنا 4200 مادة تدعو "
                        "إلى العنف ضد المواطنين العرب في إسرائيل، أو تطالب بطردهم، أو تصفهم بأعداء "
                        "يجب القضاء عليهم."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "لم يكن كثير من هذا المحتوى مبطّنًا. فقد تضمّن دعوات صريحة لإيذاء أشخاص، "
                        "وسمّى بلدات بعينها، ونشر في بعض الحالات بيانات شخصية لأفراد بأسمائهم. "
                        "وحصدت منشورات كثيرة منه آلاف التفاعلات وبقيت ظاهرة لأشهر."
                    ),
                ),
                ("heading", "تقصير في التطبيق على المحتوى العبري"),
                (
                    "paragraph",
                    (
                        "أبلغنا عن كل مادة عبر أدوات الإبلاغ التي توفرها المنصات نفسها. وبعد ستة "
                        "أشهر، كانت 71 في المئة منها لا تزال منشورة. وحين قارنّا ذلك بمحتوى مماثل "
                        "باللغة العربية أُبلغ عنه في الفترة نفسها، وجدنا أن معدل الحذف كان أعلى "
                        "بأكثر من ثلاثة أضعاف."
                    ),
                ),
                (
                    "quote",
                    (
                        "حين أُبلغ عن تهديد بالعبرية، تصلني رسالة آلية تقول إنه لا يخالف القواعد. "
                        "يبقى التهديد، ويبقى الخوف معه."
                    ),
                    "عضوة مجلس محلي من الجليل",
                ),
                (
                    "paragraph",
                    (
                        "استثمرت المنصات كثيرًا في كشف المحتوى العنيف بالعربية، لكن استثمارها في "
                        "العبرية أقل بكثير. والنتيجة معيار مزدوج: مجتمعٌ يخضع لرقابة مفرطة، بينما "
                        "تبقى التهديدات الموجهة ضده بلا رد. والإشراف العادل يعني تطبيق القواعد "
                        "نفسها، وبالعناية نفسها، في كل لغة."
                    ),
                ),
            ],
            "he": [
                ("heading", "בעיה גלויה לעין"),
                (
                    "paragraph",
                    (
                        "במשך שישה חודשים ב־2024 ניטרה מנארה פוסטים, תגובות וערוצים פומביים בעברית "
                        "בפייסבוק, ב־X, בטיקטוק ובטלגרם. זיהינו 4,200 פריטים שקראו לאלימות נגד "
                        "אזרחים ערבים בישראל, דרשו לגרש אותם או תיארו אותם כאויבים שיש לחסל."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "חלק גדול מהתוכן הזה לא היה מרומז כלל. הוא כלל קריאות מפורשות לפגוע "
                        "באנשים, נקב בשמות של יישובים מסוימים, ובחלק מהמקרים הפיץ פרטים אישיים של "
                        "אנשים בשמם. פוסטים רבים זכו לאלפי תגובות ונשארו גלויים במשך חודשים."
                    ),
                ),
                ("heading", "אכיפת חסר בעברית"),
                (
                    "paragraph",
                    (
                        "דיווחנו על כל פריט באמצעות כלי הדיווח של הפלטפורמות עצמן. חצי שנה לאחר "
                        "מכן, 71 אחוזים מהם עדיין היו ברשת. כשהשווינו זאת לתוכן דומה בערבית שדווח "
                        "באותה תקופה, שיעור ההסרה היה גבוה פי שלושה ויותר."
                    ),
                ),
                (
                    "quote",
                    (
                        "כשאני מדווחת על איום בעברית, אני מקבלת הודעה אוטומטית שהוא לא מפר את "
                        "הכללים. האיום נשאר, וגם הפחד."
                    ),
                    "חברת מועצה מקומית מהגליל",
                ),
                (
                    "paragraph",
                    (
                        "הפלטפורמות השקיעו רבות בזיהוי תוכן אלים בערבית, אבל הרבה פחות בעברית. "
                        "התוצאה היא איפה ואיפה: קהילה אחת נתונה לפיקוח יתר, בעוד שהאיומים נגדה "
                        "נותרים ללא מענה. פיקוח הוגן פירושו להחיל את אותם כללים, באותה הקפדה, בכל "
                        "שפה."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Unchecked — Technical annex",
                (
                    "This annex describes the tools and definitions behind our report, for "
                    "researchers who want to replicate or extend the study. Our data-sharing "
                    "agreement allows qualified researchers to access the coded dataset, with the "
                    "names of private individuals removed."
                ),
                (
                    "The core of our method was a lexicon of 310 Hebrew terms, phrases and "
                    "spelling variants used to dehumanise or threaten Arab citizens. It was built "
                    "with two linguists and tested against a sample of ordinary political debate, "
                    "so that it would not flag legitimate criticism of policies, parties or public "
                    "figures."
                ),
                (
                    "Hebrew poses specific challenges for automated moderation. Prefixes are "
                    "attached directly to words, vowels are usually omitted, and slang changes "
                    "quickly. A phrase can look harmless to a system that reads it word by word "
                    "and still carry an unmistakable threat. Users also misspell words "
                    "deliberately to evade detection."
                ),
                (
                    "We found that the lexicon alone was not enough. Roughly a quarter of the "
                    "items in our dataset contained none of its terms and were identified only by "
                    "human reviewers who understood the context: a date, a place name, or an image "
                    "that turned an ordinary sentence into a threat."
                ),
                (
                    "Each item was coded for the type of harm it promoted, whether it targeted a "
                    "group or an individual, and whether it included personal information. "
                    "Agreement between reviewers was high, and disagreements were resolved by a "
                    "third reviewer."
                ),
                (
                    "To compare enforcement across languages, we built a second, smaller sample of "
                    "Arabic-language content that called for violence against Jewish Israelis, "
                    "identified with the same definitions and the same review procedure, and "
                    "reported through the same tools during the same months. The two samples are "
                    "not identical in size or in the platforms where the content appeared, and we "
                    "adjusted for these differences in the comparison. Even under conservative "
                    "assumptions, the gap in removal rates remained large. We publish the "
                    "comparison not to argue that incitement in Arabic should be tolerated, but to "
                    "show that the same rules are being applied with very different levels of care."
                ),
                (
                    "We have shared the full lexicon with the four platforms covered in the report "
                    "and offered to work with their trust and safety teams to improve detection in "
                    "Hebrew. At the time of publication, one platform had accepted the offer."
                ),
                (
                    "The limits of the study should be kept in mind. We monitored only public "
                    "content, and we made our reports through the same channels available to any "
                    "user; platforms may act differently on reports from trusted partners."
                ),
            ],
            "ar": [
                "بلا رادع — الملحق التقني",
                (
                    "يصف هذا الملحق الأدوات والتعريفات التي استند إليها تقريرنا، وهو موجه إلى "
                    "الباحثين الراغبين في تكرار الدراسة أو توسيعها. وتتيح اتفاقية مشاركة البيانات "
                    "لدينا للباحثين المؤهلين الوصول إلى مجموعة البيانات المصنفة بعد حذف أسماء "
                    "الأفراد العاديين."
                ),
                (
                    "قام منهجنا في جوهره على معجم من 310 مصطلحات وعبارات عبرية وصيغ إملائية مختلفة "
                    "تستخدم لتجريد المواطنين العرب من إنسانيتهم أو لتهديدهم. أعددناه بالتعاون مع "
                    "لغويين، واختبرناه على عينة من النقاش السياسي الاعتيادي حتى لا يرصد الانتقادات "
                    "المشروعة للسياسات أو الأحزاب أو الشخصيات العامة."
                ),
                (
                    "تطرح العبرية تحديات خاصة أمام الإشراف الآلي. فالسوابق تتصل بالكلمات مباشرة، "
                    "وغالبا ما تحذف الحركات، وتتغير العامية بسرعة. وقد تبدو عبارة ما بريئة لنظام "
                    "يقرؤها كلمة كلمة، بينما تحمل تهديدا لا لبس فيه. كما يتعمد المستخدمون تحريف "
                    "إملاء الكلمات للتهرب من الرصد."
                ),
                (
                    "وجدنا أن المعجم وحده لا يكفي. فنحو ربع المواد في مجموعة بياناتنا لم يتضمن أيا "
                    "من مصطلحاته، ولم يكشف إلا على يد مراجعين بشريين فهموا السياق: تاريخ، أو اسم "
                    "مكان، أو صورة حولت جملة عادية إلى تهديد."
                ),
                (
                    "صنفت كل مادة بحسب نوع الأذى الذي تروج له، وما إذا كانت تستهدف جماعة أو فردا، "
                    "وما إذا تضمنت معلومات شخصية. وكان التوافق بين المراجعين مرتفعا، وحسم مراجع "
                    "ثالث حالات الخلاف."
                ),
                (
                    "لمقارنة تطبيق القواعد بين اللغتين، أعددنا عينة ثانية أصغر من المحتوى باللغة "
                    "العربية الذي يدعو إلى العنف ضد يهود إسرائيليين، حددناها بالتعريفات نفسها "
                    "وإجراءات المراجعة نفسها، وأبلغنا عنها بالأدوات نفسها خلال الأشهر نفسها. "
                    "والعينتان غير متطابقتين في الحجم ولا في المنصات التي ظهر عليها المحتوى، وقد "
                    "أخذنا هذه الفروق في الحسبان عند المقارنة. وحتى مع أكثر الافتراضات تحفظا، ظلت "
                    "الفجوة في معدلات الحذف كبيرة. ونحن ننشر هذه المقارنة لا لنقول إن التحريض "
                    "بالعربية ينبغي التسامح معه، بل لنبين أن القواعد نفسها تطبق بمستويات متفاوتة "
                    "جدا من العناية."
                ),
                (
                    "شاركنا المعجم كاملا مع المنصات الأربع التي يغطيها التقرير، وعرضنا العمل مع "
                    "فرق الثقة والأمان فيها لتحسين الرصد باللغة العبرية. وحتى تاريخ النشر، قبلت "
                    "منصة واحدة العرض."
                ),
                (
                    "ينبغي مراعاة حدود هذه الدراسة. فقد رصدنا المحتوى العلني فقط، وقدمنا بلاغاتنا "
                    "عبر القنوات نفسها المتاحة لأي مستخدم، وقد تتعامل المنصات على نحو مختلف مع "
                    "البلاغات الواردة من شركاء موثوقين."
                ),
            ],
            "he": [
                "בלי מענה — נספח טכני",
                (
                    "נספח זה מתאר את הכלים וההגדרות שעליהם מבוסס הדו״ח, ומיועד לחוקרים שמבקשים "
                    "לשחזר את המחקר או להרחיב אותו. הסכם שיתוף הנתונים שלנו מאפשר לחוקרים מוסמכים "
                    "לקבל גישה למאגר המקודד, לאחר הסרת שמותיהם של אנשים פרטיים."
                ),
                (
                    "לב השיטה שלנו היה לקסיקון של 310 מונחים, ביטויים וגרסאות כתיב בעברית המשמשים "
                    "לדה־הומניזציה של אזרחים ערבים או לאיום עליהם. הוא נבנה עם שני בלשנים ונבדק "
                    "מול מדגם של שיח פוליטי רגיל, כדי שלא יסמן ביקורת לגיטימית על מדיניות, על "
                    "מפלגות או על אישי ציבור."
                ),
                (
                    "העברית מציבה אתגרים מיוחדים בפני פיקוח אוטומטי. אותיות השימוש מחוברות ישירות "
                    "למילים, התנועות בדרך כלל אינן נכתבות והסלנג משתנה במהירות. ביטוי יכול להיראות "
                    "תמים למערכת שקוראת אותו מילה אחר מילה, ועדיין לשאת איום שאין לטעות בו. "
                    "משתמשים גם משבשים את הכתיב בכוונה כדי לחמוק מזיהוי."
                ),
                (
                    "גילינו שהלקסיקון לבדו אינו מספיק. כרבע מהפריטים במאגר שלנו לא הכילו אף אחד "
                    "מהמונחים שבו, והם זוהו רק בידי בודקים אנושיים שהבינו את ההקשר: תאריך, שם של "
                    "מקום או תמונה שהפכו משפט רגיל לאיום."
                ),
                (
                    "כל פריט קודד לפי סוג הפגיעה שהוא מקדם, לפי השאלה אם כוון לקבוצה או לאדם יחיד, "
                    "ולפי השאלה אם כלל מידע אישי. ההסכמה בין הבודקים הייתה גבוהה, ומחלוקות הוכרעו "
                    "בידי בודק שלישי."
                ),
                (
                    "כדי להשוות את האכיפה בין השפות, בנינו מדגם שני וקטן יותר של תוכן בערבית שקרא "
                    "לאלימות נגד יהודים ישראלים. הוא זוהה לפי אותן הגדרות ובאותו הליך בדיקה, ודווח "
                    "באותם כלים באותם חודשים. שני המדגמים אינם זהים בגודלם או בפלטפורמות שבהן "
                    "הופיע התוכן, ובהשוואה תיקנו את ההבדלים האלה. גם בהנחות השמרניות ביותר, הפער "
                    "בשיעורי ההסרה נותר גדול. אנו מפרסמים את ההשוואה לא כדי לטעון שיש להשלים עם "
                    "הסתה בערבית, אלא כדי להראות שאותם כללים מוחלים ברמות הקפדה שונות מאוד."
                ),
                (
                    "שיתפנו את הלקסיקון המלא עם ארבע הפלטפורמות שבהן עוסק הדו״ח והצענו לעבוד עם "
                    "צוותי האמון והבטיחות שלהן כדי לשפר את הזיהוי בעברית. נכון למועד הפרסום, "
                    "פלטפורמה אחת קיבלה את ההצעה."
                ),
                (
                    "יש לזכור את מגבלות המחקר. ניטרנו תוכן פומבי בלבד, והדיווחים שלנו נעשו באותם "
                    "ערוצים העומדים לרשות כל משתמש; ייתכן שהפלטפורמות פועלות אחרת כשהדיווחים "
                    "מגיעים משותפים מהימנים."
                ),
            ],
        },
        "key_findings": {
            "en": [
                (
                    "71% of the 4,200 Hebrew-language items we reported were still online six "
                    "months later."
                ),
                "Comparable Arabic-language content was removed at more than three times the rate.",
                (
                    "340 items shared the personal details of named Arab citizens alongside calls "
                    "to harm them."
                ),
            ],
            "ar": [
                "كانت 71% من المواد العبرية الـ4200 التي أبلغنا عنها لا تزال منشورة بعد ستة أشهر.",
                "حُذف المحتوى العربي المماثل بمعدل يزيد على ثلاثة أضعاف.",
                "نشرت 340 مادة بيانات شخصية لمواطنين عرب بأسمائهم مقرونةً بدعوات لإيذائهم.",
            ],
            "he": [
                "71% מ־4,200 הפריטים בעברית שדיווחנו עליהם עדיין היו ברשת כעבור חצי שנה.",
                "תוכן דומה בערבית הוסר בשיעור גבוה פי שלושה ויותר.",
                "340 פריטים הפיצו פרטים אישיים של אזרחים ערבים בשמם לצד קריאות לפגוע בהם.",
            ],
        },
        "methodology": {
            "en": (
                "Our monitoring team, which includes native speakers of Hebrew and Arabic, "
                "searched public content using a list of terms and phrases developed with "
                "linguists and updated throughout the project. Each item was reviewed by two "
                "people against the platform's own rules on violence and incitement and on hate "
                "speech. We reported qualifying items through ordinary user tools and checked "
                "their status after 48 hours, 30 days and six months. Private groups and messages "
                "were not monitored."
            ),
            "ar": (
                "بحث فريق الرصد لدينا، الذي يضم ناطقين أصليين بالعبرية والعربية، في المحتوى العلني "
                "باستخدام قائمة مصطلحات وعبارات أُعدّت بالتعاون مع لغويين وجرى تحديثها طوال "
                "المشروع. وراجع شخصان كل مادة وفق قواعد المنصة نفسها بشأن العنف والتحريض وبشأن "
                "خطاب الكراهية. ثم أبلغنا عن المواد المستوفية للمعايير عبر أدوات المستخدم العادية، "
                "وتحققنا من وضعها بعد 48 ساعة و30 يومًا وستة أشهر. ولم نرصد المجموعات والرسائل "
                "الخاصة."
            ),
            "he": (
                "צוות הניטור שלנו, שכולל דוברי עברית וערבית כשפת אם, חיפש בתוכן פומבי באמצעות "
                "רשימת מונחים וביטויים שפותחה יחד עם בלשנים ועודכנה לאורך הפרויקט. כל פריט נבדק "
                "בידי שני אנשים מול הכללים של הפלטפורמה עצמה בנושאי אלימות והסתה ובנושא שיח שנאה. "
                "דיווחנו על הפריטים שעמדו בקריטריונים באמצעות כלי המשתמש הרגילים ובדקנו את מצבם "
                "אחרי 48 שעות, 30 יום וחצי שנה. קבוצות והודעות פרטיות לא נוטרו."
            ),
        },
    },
    # PDF-only words: en "generators", ar "مولدات"
    {
        "type": "report",
        "slug": "cut-off",
        "languages": ["en", "ar"],
        "date": "2024-11-19",
        "authors": ["omar-khatib", "noor-masri"],
        "topics": ["internet-shutdowns"],
        "regions": ["PS"],
        "doi": "",
        "title": {
            "en": (
                "Cut Off: Telecommunications Blackouts and Degraded Connectivity in Gaza, 2023–2024"
            ),
            "ar": "معزولون: انقطاع الاتصالات وتدهور الاتصال بالإنترنت في غزة، 2023–2024",
        },
        "summary": {
            "en": (
                "Since October 2023, Gaza has gone through repeated total telecommunications "
                "blackouts and a prolonged collapse of network capacity. Drawing on network "
                "measurements and 120 interviews, we describe the human cost of being cut off."
            ),
            "ar": (
                "منذ تشرين الأول/أكتوبر 2023، تعرّضت غزة لانقطاعات كاملة ومتكررة في الاتصالات "
                "ولانهيار طويل في قدرة شبكاتها. واستنادًا إلى قياسات الشبكة و120 مقابلة، نعرض "
                "الثمن الإنساني للعزل عن العالم."
            ),
        },
        "body": {
            "en": [
                ("heading", "A territory offline"),
                (
                    "paragraph",
                    (
                        "Since October 2023, people in Gaza have lived through repeated total "
                        "telecommunications blackouts, some lasting several days, on top of a "
                        "steady collapse of network capacity as infrastructure was damaged and "
                        "fuel ran out. Between blackouts, connections were often so slow and "
                        "unstable that a voice call or a single photo could take minutes to get "
                        "through."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Publicly available network measurement data shows the pattern clearly: "
                        "sudden drops to near-zero traffic across all providers at once, followed "
                        "by partial and uneven recovery. Our interviews show what those graphs "
                        "mean on the ground."
                    ),
                ),
                ("heading", "The human cost of silence"),
                (
                    "paragraph",
                    (
                        "During blackouts, people could not call ambulances, find out whether "
                        "their relatives were alive, or receive warnings and information about "
                        "safe routes. Journalists could not send their reports, and humanitarian "
                        "organisations lost contact with their own staff."
                    ),
                ),
                (
                    "quote",
                    (
                        "When the network went down, the whole city went quiet. You did not know "
                        "whether the silence meant your family was safe, or that you would never "
                        "hear from them again."
                    ),
                    "A nurse in Deir al-Balah",
                ),
                (
                    "paragraph",
                    (
                        "Access to telecommunications is not a luxury in a crisis; it is a "
                        "condition for the enjoyment of many other rights, including the rights to "
                        "life, health and information. Deliberately disrupting civilian "
                        "communications, or preventing their repair, has consequences that "
                        "international humanitarian law requires the parties to take into account."
                    ),
                ),
            ],
            "ar": [
                ("heading", "قطاع خارج الشبكة"),
                (
                    "paragraph",
                    (
                        "منذ تشرين الأول/أكتوبر 2023، عاش الناس في غزة انقطاعات كاملة ومتكررة في "
                        "الاتصالات، امتد بعضها عدة أيام، إلى جانب انهيار مطّرد في قدرة الشبكات مع "
                        "تضرر البنية التحتية ونفاد الوقود. وبين انقطاع وآخر، كانت الاتصالات في "
                        "الغالب بطيئة وغير مستقرة إلى حد أن مكالمة صوتية أو صورة واحدة قد تستغرق "
                        "دقائق حتى تصل."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "تُظهر بيانات قياس الشبكات المتاحة للعموم هذا النمط بوضوح: هبوط مفاجئ في "
                        "حركة البيانات إلى ما يقارب الصفر لدى جميع المزوّدين في آن واحد، يتبعه "
                        "تعافٍ جزئي ومتفاوت. وتبيّن المقابلات التي أجريناها ما تعنيه هذه الرسوم "
                        "البيانية على أرض الواقع."
                    ),
                ),
                ("heading", "الثمن الإنساني للصمت"),
                (
                    "paragraph",
                    (
                        "خلال الانقطاعات، لم يتمكن الناس من طلب سيارات الإسعاف، ولا من معرفة ما "
                        "إذا كان أقاربهم أحياء، ولا من تلقي التحذيرات والمعلومات عن الطرق الآمنة. "
                        "ولم يستطع الصحفيون إرسال تقاريرهم، وفقدت المنظمات الإنسانية الاتصال "
                        "بطواقمها."
                    ),
                ),
                (
                    "quote",
                    (
                        "حين انقطعت الشبكة، سكتت المدينة كلها. لم تكن تعرف إن كان هذا الصمت يعني "
                        "أن عائلتك بخير، أم أنك لن تسمع منهم مرة أخرى."
                    ),
                    "ممرضة في دير البلح",
                ),
                (
                    "paragraph",
                    (
                        "ليس الوصول إلى الاتصالات ترفًا في أوقات الأزمات، بل هو شرط للتمتع بحقوق "
                        "كثيرة أخرى، منها الحق في الحياة والصحة والمعلومات. وللتعطيل المتعمد "
                        "لاتصالات المدنيين، أو منع إصلاحها، عواقب يُلزم القانون الدولي الإنساني "
                        "أطراف النزاع بأخذها في الحسبان."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Cut Off — What keeps a network alive",
                (
                    "This paper accompanies our report and looks at the practical side of "
                    "connectivity in Gaza: what a mobile network needs in order to keep working, "
                    "and what failed when it stopped. It is based on conversations with engineers, "
                    "technicians and other staff of the telecommunications sector, whose names we "
                    "withhold for their safety."
                ),
                (
                    "A mobile network depends on electricity at every step. When the public grid "
                    "stopped supplying power, cell towers and exchanges ran on diesel generators "
                    "and batteries. As fuel became scarce, operators had to choose which sites to "
                    "keep running, and coverage shrank accordingly."
                ),
                (
                    "Fibre-optic cables connect Gaza's networks to the outside world. Damage to "
                    "these lines, and to the buildings that housed key equipment, could cut "
                    "connectivity for large areas at once, regardless of the state of the local "
                    "towers."
                ),
                (
                    "Repairs require technicians to reach damaged sites safely and spare parts to "
                    "be brought into the territory. Several of the people we spoke to described "
                    "repair teams waiting for days for coordination, and colleagues who were "
                    "killed or injured while doing this work."
                ),
                (
                    "Some residents turned to international eSIM cards donated from abroad, or "
                    "climbed to high ground to catch a signal from networks across the border. "
                    "These workarounds helped some people stay in touch, but they were expensive, "
                    "unreliable and out of reach for most."
                ),
                (
                    "The blackouts also shaped how the outside world understood events. When "
                    "journalists inside Gaza could not file, coverage relied more heavily on "
                    "official statements and on footage that reached the outside days later, often "
                    "without reliable information about when and where it had been filmed. "
                    "Verification teams at news organisations told us that the gaps in "
                    "connectivity made it harder to confirm or rule out claims, which in turn made "
                    "it easier for false information to spread. A functioning network is therefore "
                    "not only a lifeline for residents; it is also a condition for accurate "
                    "reporting and for any later effort to establish what happened."
                ),
                (
                    "We call for telecommunications infrastructure, and the people who maintain "
                    "it, to be protected as essential civilian infrastructure; for fuel for "
                    "telecommunications to be allowed in as a humanitarian priority; and for any "
                    "future disruption to be publicly acknowledged by those responsible."
                ),
                (
                    "Restoring connectivity is also part of recovery. Families use their phones to "
                    "find each other, to receive aid and to document what they have lost. Plans "
                    "for reconstruction should treat networks as a priority, not an afterthought."
                ),
            ],
            "ar": [
                "معزولون — ما الذي يبقي الشبكة حية",
                (
                    "ترافق هذه الورقة تقريرنا، وتتناول الجانب العملي للاتصال في غزة: ما الذي تحتاج "
                    "إليه شبكة الهاتف المحمول لتستمر في العمل، وما الذي تعطل حين توقفت. وهي تستند "
                    "إلى أحاديث مع مهندسين وفنيين وعاملين آخرين في قطاع الاتصالات، نحجب أسماءهم "
                    "حرصا على سلامتهم."
                ),
                (
                    "تعتمد شبكة الهاتف المحمول على الكهرباء في كل مرحلة. وحين توقفت الشبكة العامة "
                    "عن تزويد الطاقة، باتت الأبراج والمقاسم تعمل على مولدات ديزل وبطاريات. ومع شح "
                    "الوقود، اضطر المشغلون إلى اختيار المواقع التي يبقونها في الخدمة، فتقلصت "
                    "التغطية تبعا لذلك."
                ),
                (
                    "تربط كوابل الألياف الضوئية شبكات غزة بالعالم الخارجي. ويمكن للأضرار التي تلحق "
                    "بهذه الخطوط، وبالمباني التي تضم معدات أساسية، أن تقطع الاتصال عن مناطق واسعة "
                    "دفعة واحدة، بصرف النظر عن حالة الأبراج المحلية."
                ),
                (
                    "تتطلب الإصلاحات أن يصل الفنيون إلى المواقع المتضررة بأمان، وأن تدخل قطع "
                    "الغيار إلى القطاع. ووصف عدد ممن تحدثنا إليهم فرق صيانة انتظرت أياما للحصول "
                    "على التنسيق، وزملاء قتلوا أو أصيبوا أثناء أداء هذا العمل."
                ),
                (
                    "لجأ بعض السكان إلى شرائح eSIM دولية تبرع بها أشخاص من الخارج، أو صعدوا إلى "
                    "المرتفعات لالتقاط إشارة من شبكات عبر الحدود. وقد ساعدت هذه الحلول بعض الناس "
                    "على البقاء على تواصل، لكنها كانت مكلفة وغير موثوقة وبعيدة عن متناول معظمهم."
                ),
                (
                    "وأثرت الانقطاعات كذلك في فهم العالم الخارجي لما يجري. فحين عجز الصحفيون داخل "
                    "غزة عن إرسال موادهم، باتت التغطية تعتمد أكثر على البيانات الرسمية وعلى مشاهد "
                    "وصلت إلى الخارج بعد أيام، في الغالب من دون معلومات موثوقة عن زمان تصويرها "
                    "ومكانه. وأخبرنا العاملون في فرق التحقق لدى مؤسسات إخبارية أن انقطاع الاتصال "
                    "صعب تأكيد الادعاءات أو نفيها، مما سهل بدوره انتشار المعلومات المضللة. فالشبكة "
                    "العاملة إذن ليست شريان حياة للسكان فحسب، بل هي أيضا شرط لتغطية إعلامية دقيقة "
                    "ولأي جهد لاحق يسعى إلى إثبات ما حدث."
                ),
                (
                    "ندعو إلى حماية البنية التحتية للاتصالات والعاملين على صيانتها بوصفها بنية "
                    "تحتية مدنية أساسية، وإلى السماح بإدخال الوقود اللازم للاتصالات كأولوية "
                    "إنسانية، وإلى أن تعترف الجهات المسؤولة علنا بأي تعطيل مستقبلي."
                ),
                (
                    "إن استعادة الاتصال جزء من التعافي أيضا. فالعائلات تستخدم هواتفها للعثور بعضها "
                    "على بعض، ولتلقي المساعدات، ولتوثيق ما فقدته. وينبغي أن تعامل خطط إعادة "
                    "الإعمار الشبكات بوصفها أولوية، لا أمرا ثانويا."
                ),
            ],
        },
        "key_findings": {
            "en": [
                (
                    "Network measurement data shows repeated, near-total collapses of connectivity "
                    "across all providers between October 2023 and mid-2024."
                ),
                (
                    "87 of the 120 people we interviewed said that during at least one blackout "
                    "they could not reach emergency services."
                ),
                (
                    "Repairs to damaged infrastructure were repeatedly delayed by the lack of safe "
                    "access and of fuel."
                ),
            ],
            "ar": [
                (
                    "تُظهر بيانات قياس الشبكات انهيارات متكررة وشبه كاملة في الاتصال لدى جميع "
                    "المزوّدين بين تشرين الأول/أكتوبر 2023 ومنتصف عام 2024."
                ),
                (
                    "قال 87 من أصل 120 شخصًا قابلناهم إنهم لم يتمكنوا من الوصول إلى خدمات الطوارئ "
                    "خلال انقطاع واحد على الأقل."
                ),
                "تأخرت إصلاحات البنية التحتية المتضررة مرارًا بسبب غياب الوصول الآمن ونقص الوقود.",
            ],
        },
        "methodology": {
            "en": (
                "We combined publicly available data from independent network measurement projects "
                "with 120 remote and in-person interviews with residents, journalists, medical "
                "staff and aid workers in Gaza, conducted between December 2023 and August 2024. "
                "Interviews were held in Arabic and transcribed with the consent of each "
                "participant. We also reviewed public statements by Palestinian telecommunications "
                "providers."
            ),
            "ar": (
                "جمعنا بين البيانات المتاحة للعموم من مشاريع مستقلة لقياس الشبكات و120 مقابلة عن "
                "بُعد ووجاهية مع سكان وصحفيين وطواقم طبية وعاملين في المجال الإنساني في غزة، "
                "أُجريت بين كانون الأول/ديسمبر 2023 وآب/أغسطس 2024. وأُجريت المقابلات بالعربية "
                "ودُوّنت بموافقة كل مشارك. وراجعنا كذلك البيانات العلنية الصادرة عن شركات "
                "الاتصالات الفلسطينية."
            ),
        },
    },
    # Policy papers.
    # PDF-only words: en "dialects", ar "لهجات", he "ניבים"
    {
        "type": "paper",
        "slug": "transparency-in-every-language",
        "languages": ["en", "ar", "he"],
        "date": "2025-01-28",
        "authors": ["omar-khatib", "yara-saleh"],
        "topics": ["platform-censorship", "hate-speech"],
        "regions": ["PS", "IL", "EG"],
        "doi": "10.5281/zenodo.14730215",
        "title": {
            "en": (
                "Transparency in Every Language: Why Platforms Must Report Moderation Data by "
                "Language"
            ),
            "ar": (
                "الشفافية بكل اللغات: لماذا يجب أن تنشر المنصات بيانات الإشراف على المحتوى بحسب "
                "اللغة"
            ),
            "he": "שקיפות בכל שפה: מדוע על הפלטפורמות לדווח על הפיקוח על תוכן לפי שפה",
        },
        "summary": {
            "en": (
                "Platform transparency reports say almost nothing about how moderation works in "
                "Arabic or Hebrew. We set out what reporting by language should include, and why "
                "it is the minimum needed to detect discrimination."
            ),
            "ar": (
                "لا تكاد تقارير الشفافية التي تنشرها المنصات تكشف شيئًا عن الإشراف على المحتوى "
                "بالعربية أو العبرية. نحدد ما يجب أن تتضمنه التقارير بحسب اللغة، ولماذا يمثّل ذلك "
                "الحد الأدنى اللازم لكشف التمييز."
            ),
            "he": (
                "דוחות השקיפות של הפלטפורמות כמעט אינם אומרים דבר על האופן שבו מתבצע פיקוח על תוכן "
                "בערבית או בעברית. אנו מפרטים מה צריך לכלול דיווח לפי שפה, ומדוע זה המינימום הנדרש "
                "כדי לחשוף אפליה."
            ),
        },
        "body": {
            "en": [
                ("heading", "The missing numbers"),
                (
                    "paragraph",
                    (
                        "Every major platform now publishes transparency reports, and some are "
                        "required to by law, for example under the EU's Digital Services Act. Yet "
                        "these reports almost never break moderation down by language. Readers can "
                        "learn how many posts were removed in a given country, but not how many "
                        "Arabic posts were removed by mistake, or how quickly reports of "
                        "incitement in Hebrew were handled."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Without these numbers, discrimination stays invisible. Our own research "
                        "has found that Arabic content is removed far more often than comparable "
                        "content in other languages, while incitement in Hebrew is left online. "
                        "Platforms dispute such findings, but they do not publish the data that "
                        "would settle the question."
                    ),
                ),
                ("heading", "What good reporting looks like"),
                (
                    "paragraph",
                    (
                        "The Santa Clara Principles on Transparency and Accountability in Content "
                        "Moderation already call for data broken down by relevant categories. "
                        "Language is one of the most relevant of all, because it determines which "
                        "classifiers and which reviewers handle a post."
                    ),
                ),
                (
                    "quote",
                    (
                        "If a company can measure engagement in every language to sell "
                        "advertising, it can measure its mistakes in every language too."
                    ),
                    "Omar Khatib, Manara",
                ),
                (
                    "paragraph",
                    (
                        "Reporting by language costs little compared with the harm caused by "
                        "errors that nobody checks. It would allow platforms, regulators and civil "
                        "society to see where systems fail, and to fix them before the next crisis."
                    ),
                ),
            ],
            "ar": [
                ("heading", "الأرقام الغائبة"),
                (
                    "paragraph",
                    (
                        "تنشر كل المنصات الكبرى اليوم تقارير شفافية، ويُلزم القانون بعضها بذلك، "
                        "كما هي الحال بموجب قانون الخدمات الرقمية في الاتحاد الأوروبي. غير أن هذه "
                        "التقارير لا تكاد تفصّل الإشراف على المحتوى بحسب اللغة. فبوسع القارئ أن "
                        "يعرف عدد المنشورات المحذوفة في بلد ما، لكن ليس عدد المنشورات العربية التي "
                        "حُذفت خطأً، ولا سرعة معالجة البلاغات عن التحريض باللغة العبرية."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "من دون هذه الأرقام يبقى التمييز غير مرئي. فقد وجدت أبحاثنا أن المحتوى "
                        "العربي يُحذف أكثر بكثير من محتوى مماثل بلغات أخرى، بينما يبقى التحريض "
                        "بالعبرية منشورًا. وتعترض المنصات على هذه النتائج، لكنها لا تنشر البيانات "
                        "التي من شأنها حسم المسألة."
                    ),
                ),
                ("heading", "كيف تبدو التقارير الجيدة"),
                (
                    "paragraph",
                    (
                        "تدعو مبادئ سانتا كلارا بشأن الشفافية والمساءلة في الإشراف على المحتوى "
                        "أصلًا إلى نشر بيانات مفصّلة بحسب الفئات ذات الصلة. واللغة من أوثق هذه "
                        "الفئات صلةً، لأنها تحدد أي المصنِّفات الآلية وأي المراجعين يتعاملون مع "
                        "المنشور."
                    ),
                ),
                (
                    "quote",
                    (
                        "إذا كانت الشركة قادرة على قياس التفاعل بكل لغة لتبيع الإعلانات، فهي قادرة "
                        "أيضًا على قياس أخطائها بكل لغة."
                    ),
                    "عمر الخطيب، منارة",
                ),
                (
                    "paragraph",
                    (
                        "إن كلفة إعداد التقارير بحسب اللغة زهيدة مقارنةً بالضرر الذي تُلحقه أخطاء "
                        "لا يراجعها أحد. وهي تتيح للمنصات والجهات التنظيمية والمجتمع المدني رؤية "
                        "مواطن إخفاق الأنظمة وإصلاحها قبل الأزمة المقبلة."
                    ),
                ),
            ],
            "he": [
                ("heading", "המספרים החסרים"),
                (
                    "paragraph",
                    (
                        "כל הפלטפורמות הגדולות מפרסמות היום דוחות שקיפות, וחלקן מחויבות לכך בחוק, "
                        "למשל מכוח חוק השירותים הדיגיטליים של האיחוד האירופי. אבל הדוחות האלה כמעט "
                        "אף פעם אינם מפלחים את הפיקוח על התוכן לפי שפה. הקוראים יכולים לגלות כמה "
                        "פוסטים הוסרו במדינה מסוימת, אבל לא כמה פוסטים בערבית הוסרו בטעות, או "
                        "באיזו מהירות טופלו דיווחים על הסתה בעברית."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "בלי המספרים האלה, האפליה נשארת סמויה. המחקר שלנו מצא שתוכן בערבית מוסר "
                        "הרבה יותר מתוכן דומה בשפות אחרות, בעוד שהסתה בעברית נשארת ברשת. "
                        "הפלטפורמות חולקות על הממצאים האלה, אבל אינן מפרסמות את הנתונים שיכולים "
                        "להכריע בשאלה."
                    ),
                ),
                ("heading", "איך נראה דיווח טוב"),
                (
                    "paragraph",
                    (
                        "עקרונות סנטה קלרה לשקיפות ולאחריותיות בפיקוח על תוכן כבר קוראים לפרסם "
                        "נתונים המפולחים לפי קטגוריות רלוונטיות. השפה היא אחת הקטגוריות הרלוונטיות "
                        "ביותר, משום שהיא קובעת אילו מסווגים ואילו בודקים מטפלים בפוסט."
                    ),
                ),
                (
                    "quote",
                    (
                        "אם חברה יכולה למדוד מעורבות בכל שפה כדי למכור פרסומות, היא יכולה למדוד גם "
                        "את הטעויות שלה בכל שפה."
                    ),
                    "עומר ח׳טיב, מנארה",
                ),
                (
                    "paragraph",
                    (
                        "העלות של דיווח לפי שפה נמוכה בהשוואה לנזק שגורמות טעויות שאיש אינו בודק. "
                        "דיווח כזה יאפשר לפלטפורמות, לרגולטורים ולחברה האזרחית לראות היכן המערכות "
                        "כושלות, ולתקן אותן לפני המשבר הבא."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Transparency in Every Language — A model reporting template",
                (
                    "This annex proposes a reporting template that platforms could adopt without "
                    "delay. It is based on the categories that platforms already use internally "
                    "and on consultations with researchers, content reviewers and organisations "
                    "that support affected users."
                ),
                (
                    "For each language, a report should state the number of items actioned, broken "
                    "down by policy area and by type of action, and whether the decision was made "
                    "by an automated system or by a person. It should also state how many "
                    "decisions were appealed and how many were reversed, on appeal or otherwise."
                ),
                (
                    "Language alone is not always enough. Arabic in particular covers many "
                    "dialects, from Moroccan Darija to the Levantine and Gulf varieties, and "
                    "classifiers trained on one of them often perform poorly on others. Where "
                    "platforms distinguish between dialects internally, they should report the "
                    "results for each of them."
                ),
                (
                    "Reports should include error rates estimated through regular quality audits, "
                    "not only raw volumes. A large number of removals says little on its own; what "
                    "matters is how many of them were wrong, and whether that proportion differs "
                    "between languages."
                ),
                (
                    "Platforms should also disclose the human resources behind each language: the "
                    "number of reviewers, their working languages, and whether they are employed "
                    "directly or through contractors. The quality of moderation depends heavily on "
                    "these choices."
                ),
                (
                    "Format matters as much as content. Figures buried in a PDF, published once a "
                    "year and defined differently from one report to the next, cannot be compared "
                    "or checked. We propose that platforms publish the data behind each report in "
                    "a machine-readable format, with stable definitions and a public changelog "
                    "whenever a category is redefined. Historical data should remain available, so "
                    "that researchers can follow trends over several years. Where the figures for "
                    "a language or a country are too small to publish without revealing "
                    "information about individual users, platforms should say so explicitly rather "
                    "than silently leaving them out, so that an absence of data is never mistaken "
                    "for an absence of problems."
                ),
                (
                    "Finally, when a platform activates a crisis response in a region, its next "
                    "report should describe the measures taken and their effect on each language, "
                    "so that temporary emergency settings do not quietly become permanent practice."
                ),
                (
                    "We invite platforms to test this template with us and with other civil "
                    "society organisations. A shared standard would make reports comparable across "
                    "companies and over time."
                ),
            ],
            "ar": [
                "الشفافية بكل اللغات — نموذج مقترح للتقارير",
                (
                    "يقترح هذا الملحق نموذجا للتقارير يمكن للمنصات اعتماده فورا. وهو يستند إلى "
                    "الفئات التي تستخدمها المنصات داخليا أصلا، وإلى مشاورات مع باحثين ومراجعي "
                    "محتوى ومؤسسات تدعم المستخدمين المتضررين."
                ),
                (
                    "ينبغي أن يذكر التقرير، لكل لغة، عدد المواد التي اتخذ بشأنها إجراء، مفصلا بحسب "
                    "مجال السياسة ونوع الإجراء، وما إذا كان القرار صادرا عن نظام آلي أم عن شخص. "
                    "كما ينبغي أن يذكر عدد القرارات التي طعن فيها وعدد ما ألغي منها، سواء بالطعن "
                    "أو بغيره."
                ),
                (
                    "ولا تكفي اللغة وحدها دائما. فالعربية بوجه خاص تضم لهجات كثيرة، من الدارجة "
                    "المغربية إلى اللهجات الشامية والخليجية، وكثيرا ما يكون أداء المصنفات المدربة "
                    "على إحداها ضعيفا مع غيرها. وحيثما تميز المنصات بين اللهجات داخليا، ينبغي أن "
                    "تنشر النتائج الخاصة بكل منها."
                ),
                (
                    "ينبغي أن تتضمن التقارير معدلات الخطأ المقدرة من خلال عمليات تدقيق منتظمة "
                    "للجودة، لا الأعداد الإجمالية وحدها. فالعدد الكبير لعمليات الحذف لا يقول "
                    "الكثير بحد ذاته؛ المهم هو كم منها كان خاطئا، وهل تختلف هذه النسبة من لغة إلى "
                    "أخرى."
                ),
                (
                    "وينبغي أن تكشف المنصات أيضا الموارد البشرية المخصصة لكل لغة: عدد المراجعين، "
                    "ولغات عملهم، وما إذا كانوا موظفين مباشرين أم يعملون عبر متعاقدين. فجودة "
                    "الإشراف تعتمد إلى حد كبير على هذه الخيارات."
                ),
                (
                    "والشكل لا يقل أهمية عن المضمون. فالأرقام المدفونة في ملف PDF، التي تنشر مرة "
                    "في السنة ويتغير تعريفها من تقرير إلى آخر، لا يمكن مقارنتها ولا التحقق منها. "
                    "لذا نقترح أن تنشر المنصات البيانات التي يستند إليها كل تقرير بصيغة قابلة "
                    "للقراءة آليا، مع تعريفات ثابتة وسجل علني للتعديلات كلما أعيد تعريف فئة ما. "
                    "وينبغي أن تبقى البيانات السابقة متاحة، حتى يتمكن الباحثون من تتبع الاتجاهات "
                    "على مدى سنوات. وحين تكون الأرقام الخاصة بلغة أو بلد ما أصغر من أن تنشر دون "
                    "كشف معلومات عن مستخدمين أفراد، ينبغي أن تصرح المنصات بذلك بدلا من إسقاطها "
                    "بصمت، حتى لا يفهم غياب البيانات على أنه غياب للمشكلات."
                ),
                (
                    "وأخيرا، حين تفعل منصة ما استجابة للأزمات في منطقة معينة، ينبغي أن يصف تقريرها "
                    "التالي الإجراءات المتخذة وأثرها في كل لغة، حتى لا تتحول الإعدادات الطارئة "
                    "المؤقتة بصمت إلى ممارسة دائمة."
                ),
                (
                    "ندعو المنصات إلى اختبار هذا النموذج معنا ومع مؤسسات أخرى من المجتمع المدني. "
                    "فمن شأن معيار مشترك أن يجعل التقارير قابلة للمقارنة بين الشركات وعبر الزمن."
                ),
            ],
            "he": [
                "שקיפות בכל שפה — תבנית דיווח מוצעת",
                (
                    "נספח זה מציע תבנית דיווח שהפלטפורמות יכולות לאמץ ללא דיחוי. היא מבוססת על "
                    "הקטגוריות שהפלטפורמות כבר משתמשות בהן באופן פנימי ועל התייעצויות עם חוקרים, "
                    "עם בודקי תוכן ועם ארגונים שתומכים במשתמשים שנפגעו."
                ),
                (
                    "לגבי כל שפה, הדיווח צריך לציין את מספר הפריטים שננקטה נגדם פעולה, בפילוח לפי "
                    "תחום מדיניות ולפי סוג הפעולה, ואם ההחלטה התקבלה בידי מערכת אוטומטית או בידי "
                    "אדם. עליו לציין גם כמה החלטות עורערו וכמה מהן בוטלו, בערעור או בדרך אחרת."
                ),
                (
                    "השפה לבדה אינה תמיד מספיקה. הערבית בפרט כוללת ניבים רבים, מהדארג׳ה המרוקאית "
                    "ועד הניבים הלבנטיניים והמפרציים, ומסווגים שאומנו על אחד מהם מתפקדים לעתים "
                    "קרובות בצורה גרועה על אחרים. כשהפלטפורמות מבחינות בין ניבים באופן פנימי, "
                    "עליהן לדווח על התוצאות של כל אחד מהם."
                ),
                (
                    "הדיווח צריך לכלול שיעורי טעות המוערכים על סמך ביקורות איכות סדירות, ולא רק "
                    "נפחים גולמיים. מספר גדול של הסרות אינו אומר הרבה כשלעצמו; מה שחשוב הוא כמה "
                    "מהן היו שגויות, והאם השיעור הזה שונה בין שפות."
                ),
                (
                    "על הפלטפורמות לחשוף גם את כוח האדם שעומד מאחורי כל שפה: מספר הבודקים, שפות "
                    "העבודה שלהם, והאם הם מועסקים ישירות או דרך קבלנים. איכות הפיקוח תלויה במידה "
                    "רבה בבחירות האלה."
                ),
                (
                    "הפורמט חשוב לא פחות מהתוכן. נתונים שקבורים בקובץ PDF, מתפרסמים פעם בשנה "
                    "ומוגדרים אחרת מדוח לדוח, אי אפשר להשוות או לבדוק. לכן אנו מציעים שהפלטפורמות "
                    "יפרסמו את הנתונים שעליהם מבוסס כל דוח בפורמט קריא למכונה, עם הגדרות יציבות "
                    "ויומן שינויים פומבי בכל פעם שקטגוריה מוגדרת מחדש. נתונים היסטוריים צריכים "
                    "להישאר זמינים, כדי שחוקרים יוכלו לעקוב אחר מגמות לאורך כמה שנים. כשהנתונים של "
                    "שפה או של מדינה מסוימת קטנים מכדי לפרסם אותם בלי לחשוף מידע על משתמשים "
                    "יחידים, על הפלטפורמות לציין זאת במפורש במקום להשמיט אותם בשקט, כדי שהיעדר "
                    "נתונים לא ייתפס לעולם כהיעדר בעיות."
                ),
                (
                    "לבסוף, כשפלטפורמה מפעילה מנגנון תגובה למשבר באזור מסוים, הדיווח הבא שלה צריך "
                    "לתאר את הצעדים שננקטו ואת השפעתם על כל שפה, כדי שהגדרות חירום זמניות לא יהפכו "
                    "בשקט לנוהג קבוע."
                ),
                (
                    "אנו מזמינים את הפלטפורמות לבחון את התבנית הזו יחד איתנו ועם ארגונים נוספים "
                    "בחברה האזרחית. תקן משותף יאפשר להשוות דוחות בין חברות ולאורך זמן."
                ),
            ],
        },
        "recommendations": [
            {
                "addressee": "platforms",
                "text": {
                    "en": (
                        "Publish quarterly data by language on removals, restrictions, appeals and "
                        "restorations, distinguishing automated decisions from human ones."
                    ),
                    "ar": (
                        "نشر بيانات فصلية بحسب اللغة عن عمليات الحذف والتقييد والطعون واستعادة "
                        "المحتوى، مع التمييز بين القرارات الآلية والقرارات البشرية."
                    ),
                    "he": (
                        "לפרסם נתונים רבעוניים לפי שפה על הסרות, הגבלות, ערעורים והחזרות של תוכן, "
                        "תוך הבחנה בין החלטות אוטומטיות להחלטות אנושיות."
                    ),
                },
            },
            {
                "addressee": "platforms",
                "text": {
                    "en": (
                        "Disclose the number of content reviewers working in Arabic and in Hebrew, "
                        "and the share of automated decisions in each language."
                    ),
                    "ar": (
                        "الإفصاح عن عدد مراجعي المحتوى العاملين بالعربية والعبرية، وعن نسبة "
                        "القرارات الآلية في كل لغة."
                    ),
                    "he": (
                        "לחשוף את מספר בודקי התוכן שעובדים בערבית ובעברית ואת שיעור ההחלטות "
                        "האוטומטיות בכל שפה."
                    ),
                },
            },
            {
                "addressee": "legislators",
                "text": {
                    "en": (
                        "Require reporting by language in regulation on platform transparency, and "
                        "give independent researchers access to the underlying data."
                    ),
                    "ar": (
                        "اشتراط تقديم التقارير بحسب اللغة في التشريعات المنظِّمة لشفافية المنصات، "
                        "ومنح الباحثين المستقلين حق الوصول إلى البيانات الأساسية."
                    ),
                    "he": (
                        "לחייב דיווח לפי שפה במסגרת הרגולציה על שקיפות הפלטפורמות, ולהעניק לחוקרים "
                        "עצמאיים גישה לנתונים שעליהם מבוססים הדיווחים."
                    ),
                },
            },
            {
                "addressee": "civil_society",
                "text": {
                    "en": (
                        "Coordinate the collection of moderation cases across organisations using "
                        "shared categories, so that independent evidence can be compared over time."
                    ),
                    "ar": (
                        "تنسيق جمع حالات الإشراف على المحتوى بين المؤسسات وفق فئات مشتركة، بما "
                        "يتيح مقارنة الأدلة المستقلة عبر الزمن."
                    ),
                    "he": (
                        "לתאם בין הארגונים את איסוף המקרים של פיקוח על תוכן לפי קטגוריות משותפות, "
                        "כך שאפשר יהיה להשוות ראיות עצמאיות לאורך זמן."
                    ),
                },
            },
        ],
    },
    # PDF-only words: en "Europol", ar "يوروبول", he "יורופול"
    {
        "type": "paper",
        "slug": "referral-without-review",
        "languages": ["en", "ar", "he"],
        "date": "2023-09-12",
        "authors": ["yara-saleh", "omar-khatib"],
        "topics": ["platform-censorship"],
        "regions": ["IL", "PS"],
        "doi": "",
        "title": {
            "en": "Referral Without Review: Government Takedown Requests and the Rule of Law",
            "ar": "إحالة بلا رقابة: طلبات الحكومات لحذف المحتوى وسيادة القانون",
            "he": "הפניה בלי ביקורת: בקשות ממשלתיות להסרת תוכן ושלטון החוק",
        },
        "summary": {
            "en": (
                "Government internet referral units ask platforms to remove content under the "
                "companies' own rules, bypassing the courts. We explain why this practice escapes "
                "accountability and which safeguards are needed."
            ),
            "ar": (
                "تطلب وحدات الإحالة الحكومية من المنصات حذف محتوى بموجب قواعد الشركات نفسها، "
                "متجاوزةً المحاكم. نشرح لماذا تفلت هذه الممارسة من المساءلة، وما الضمانات اللازمة."
            ),
            "he": (
                "יחידות הפניה ממשלתיות מבקשות מהפלטפורמות להסיר תוכן לפי הכללים של החברות עצמן, "
                "בלי לעבור דרך בתי המשפט. אנו מסבירים מדוע הנוהג הזה חומק מאחריותיות ואילו אמצעי "
                "הגנה נדרשים."
            ),
        },
        "body": {
            "en": [
                ("heading", "Censorship by request"),
                (
                    "paragraph",
                    (
                        "Several governments in the region, including Israel through the Cyber "
                        "Unit of the State Attorney's Office, ask social media companies to remove "
                        "content not by court order but by flagging it as a violation of the "
                        "companies' own terms of service. Platforms comply with the large majority "
                        "of these requests."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Because the final decision formally rests with the company, the practice "
                        "escapes the safeguards that apply to censorship by the state. The person "
                        "whose post is removed is usually not told that a government was involved, "
                        "has no opportunity to challenge the request, and has no access to a "
                        "court. In 2021, Israel's High Court of Justice rejected a petition "
                        "against the practice, in part because the platforms make the final "
                        "decision."
                    ),
                ),
                ("heading", "Why it matters"),
                (
                    "paragraph",
                    (
                        "Referral units are not neutral. They decide which content to look for, in "
                        "which languages and on which subjects. When they concentrate on the "
                        "speech of one community, the result is the systematic removal of that "
                        "community's political expression, without any public record."
                    ),
                ),
                (
                    "quote",
                    (
                        "A government that wants something removed from the internet should have "
                        "to convince a judge, not a content moderator."
                    ),
                    "Yara Saleh, Manara",
                ),
                (
                    "paragraph",
                    (
                        "Platforms cannot claim to respect human rights while processing state "
                        "requests in secret. The UN Guiding Principles on Business and Human "
                        "Rights expect companies to identify and address the impact of their "
                        "practices on human rights, including when the pressure comes from "
                        "governments."
                    ),
                ),
            ],
            "ar": [
                ("heading", "رقابة عبر الطلبات"),
                (
                    "paragraph",
                    (
                        "تطلب حكومات عدة في المنطقة، ومنها إسرائيل عبر «وحدة السايبر» في النيابة "
                        "العامة، من شركات التواصل الاجتماعي حذف محتوى لا بموجب أمر قضائي، بل "
                        "بالإبلاغ عنه بوصفه مخالفًا لشروط الاستخدام الخاصة بالشركات نفسها. وتستجيب "
                        "المنصات للغالبية العظمى من هذه الطلبات."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "ولأن القرار النهائي يعود رسميًا إلى الشركة، تفلت هذه الممارسة من الضمانات "
                        "التي تسري على الرقابة التي تمارسها الدولة. فصاحب المنشور المحذوف لا "
                        "يُبلَّغ عادةً بأن جهة حكومية كانت وراء الحذف، ولا تتاح له فرصة الاعتراض "
                        "على الطلب، ولا سبيل له إلى القضاء. وفي عام 2021، ردّت محكمة العدل العليا "
                        "الإسرائيلية التماسًا ضد هذه الممارسة، مستندةً جزئيًا إلى أن المنصات هي "
                        "التي تتخذ القرار النهائي."
                    ),
                ),
                ("heading", "لماذا يهم ذلك"),
                (
                    "paragraph",
                    (
                        "وحدات الإحالة ليست محايدة. فهي التي تقرر أي محتوى تبحث عنه، وبأي لغات، "
                        "وفي أي موضوعات. وحين تركّز على خطاب مجتمع بعينه، تكون النتيجة حذفًا "
                        "ممنهجًا للتعبير السياسي لهذا المجتمع، من دون أي سجل علني."
                    ),
                ),
                (
                    "quote",
                    (
                        "على الحكومة التي تريد حذف شيء من الإنترنت أن تُقنع قاضيًا، لا مشرفًا على "
                        "المحتوى."
                    ),
                    "يارا صالح، منارة",
                ),
                (
                    "paragraph",
                    (
                        "لا يمكن للمنصات أن تدّعي احترام حقوق الإنسان بينما تعالج طلبات الدول "
                        "سرًّا. فمبادئ الأمم المتحدة التوجيهية بشأن الأعمال التجارية وحقوق الإنسان "
                        "تتوقع من الشركات أن تحدد أثر ممارساتها على حقوق الإنسان وأن تعالجه، بما "
                        "في ذلك حين يأتي الضغط من الحكومات."
                    ),
                ),
            ],
            "he": [
                ("heading", "צנזורה בדרך של בקשה"),
                (
                    "paragraph",
                    (
                        "כמה ממשלות באזור, ובהן ישראל באמצעות מחלקת הסייבר בפרקליטות המדינה, "
                        "מבקשות מחברות המדיה החברתית להסיר תוכן לא על סמך צו שיפוטי, אלא באמצעות "
                        "סימונו כהפרה של תנאי השימוש של החברות עצמן. הפלטפורמות נענות לרוב המכריע "
                        "של הבקשות האלה."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "מכיוון שההחלטה הסופית נתונה רשמית בידי החברה, הנוהג הזה חומק מאמצעי ההגנה "
                        "שחלים על צנזורה מטעם המדינה. מי שהפוסט שלו הוסר בדרך כלל אינו יודע שגורם "
                        "ממשלתי היה מעורב, אין לו הזדמנות לערער על הבקשה ואין לו גישה לבית משפט. "
                        "ב־2021 דחה בית המשפט העליון, בשבתו כבג״ץ, עתירה נגד הנוהג, בין היתר משום "
                        "שההחלטה הסופית מתקבלת בידי הפלטפורמות."
                    ),
                ),
                ("heading", "מדוע זה חשוב"),
                (
                    "paragraph",
                    (
                        "יחידות ההפניה אינן ניטרליות. הן מחליטות איזה תוכן לחפש, באילו שפות ובאילו "
                        "נושאים. כשהן מתמקדות בשיח של קהילה אחת, התוצאה היא הסרה שיטתית של הביטוי "
                        "הפוליטי של אותה קהילה, בלי שום תיעוד פומבי."
                    ),
                ),
                (
                    "quote",
                    "ממשלה שרוצה להסיר משהו מהאינטרנט צריכה לשכנע שופט, לא מפקח תוכן.",
                    "יארא סאלח, מנארה",
                ),
                (
                    "paragraph",
                    (
                        "פלטפורמות אינן יכולות לטעון שהן מכבדות זכויות אדם ובה בעת לטפל בבקשות של "
                        "מדינות בחשאי. עקרונות האו״ם המנחים בנושא עסקים וזכויות אדם מצפים מחברות "
                        "לזהות את ההשפעה של הפרקטיקות שלהן על זכויות אדם ולטפל בה, גם כשהלחץ מגיע "
                        "מממשלות."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Referral Without Review — Comparative notes",
                (
                    "This annex places the practice of government referrals in a wider context. "
                    "Referral units are not unique to our region, and the experience of other "
                    "jurisdictions shows both the risks of the model and the safeguards that are "
                    "possible."
                ),
                (
                    "In 2015, Europol set up the EU Internet Referral Unit to flag terrorist "
                    "content to hosting services for voluntary review against their terms. Several "
                    "European states created similar national units. Civil society organisations "
                    "in Europe have criticised the model for the same reasons we raise here: the "
                    "absence of judicial oversight and of any remedy for the people affected."
                ),
                (
                    "Later European legislation took a different path for some content. Under the "
                    "regulation on terrorist content online, removal orders are legal acts that "
                    "can be challenged, and hosting services must inform the content provider, "
                    "subject to limited exceptions. The Digital Services Act adds transparency "
                    "obligations for orders issued by national authorities."
                ),
                (
                    "These frameworks are far from perfect, but they show that the choice between "
                    "unchecked referrals and no cooperation at all is a false one. A state can "
                    "pursue genuinely unlawful content through procedures that are public, "
                    "reviewable and open to appeal."
                ),
                (
                    "In our region, the volume of referrals has grown alongside the use of social "
                    "media for political expression, and the subjects targeted have expanded from "
                    "calls to violence to criticism of government policy, reporting on military "
                    "operations and the commemoration of the dead."
                ),
                (
                    "We have found no public data that would allow an independent assessment of "
                    "how many requests concerned content that was unlawful under domestic law, as "
                    "opposed to content that was merely unwelcome to the authorities. This gap is "
                    "itself the strongest argument for reform."
                ),
                (
                    "Reform need not wait for legislation. Platforms can decide today to log every "
                    "government referral separately from ordinary user reports, to assess "
                    "referrals against local law and international human-rights standards rather "
                    "than against their terms of service alone, and to refuse requests that target "
                    "lawful political speech. They can also publish referral data in their "
                    "transparency reports, as some already do for formal legal demands. "
                    "Governments that are confident their requests are justified should have no "
                    "objection to this scrutiny. If a request cannot withstand public examination, "
                    "that is strong evidence that it should not have been made in the first place."
                ),
                (
                    "Manara is ready to share its case documentation with platforms, regulators "
                    "and researchers who are examining this question, subject to the consent of "
                    "the people concerned."
                ),
            ],
            "ar": [
                "إحالة بلا رقابة — ملاحظات مقارنة",
                (
                    "يضع هذا الملحق ممارسة الإحالات الحكومية في سياق أوسع. فوحدات الإحالة ليست "
                    "حكرا على منطقتنا، وتظهر تجارب دول أخرى مخاطر هذا النموذج والضمانات الممكنة في "
                    "آن واحد."
                ),
                (
                    "في عام 2015، أنشأت يوروبول وحدة الإحالة على الإنترنت التابعة للاتحاد "
                    "الأوروبي، للإبلاغ عن المحتوى الإرهابي إلى مقدمي خدمات الاستضافة كي يراجعوه "
                    "طوعا وفق شروطهم. وأنشأت دول أوروبية عدة وحدات وطنية مماثلة. وقد انتقدت مؤسسات "
                    "المجتمع المدني في أوروبا هذا النموذج للأسباب نفسها التي نثيرها هنا: غياب "
                    "الرقابة القضائية وانعدام أي سبيل للإنصاف أمام المتضررين."
                ),
                (
                    "وسلكت التشريعات الأوروبية اللاحقة طريقا مختلفا بالنسبة إلى بعض المحتوى. "
                    "فبموجب اللائحة الخاصة بالمحتوى الإرهابي على الإنترنت، تعد أوامر الحذف قرارات "
                    "قانونية قابلة للطعن، ويجب على مقدمي خدمات الاستضافة إبلاغ ناشر المحتوى، مع "
                    "استثناءات محدودة. ويضيف قانون الخدمات الرقمية التزامات بالشفافية بشأن الأوامر "
                    "الصادرة عن السلطات الوطنية."
                ),
                (
                    "هذه الأطر أبعد ما تكون عن الكمال، لكنها تظهر أن الخيار بين إحالات بلا ضوابط "
                    "وانعدام التعاون كليا خيار زائف. إذ يمكن للدولة أن تلاحق المحتوى غير القانوني "
                    "فعلا عبر إجراءات علنية وقابلة للمراجعة والطعن."
                ),
                (
                    "في منطقتنا، تزايد حجم الإحالات بالتوازي مع استخدام وسائل التواصل الاجتماعي "
                    "للتعبير السياسي، واتسعت الموضوعات المستهدفة من الدعوات إلى العنف لتشمل انتقاد "
                    "السياسات الحكومية وتغطية العمليات العسكرية وإحياء ذكرى الموتى."
                ),
                (
                    "لم نعثر على أي بيانات علنية تتيح تقييما مستقلا لعدد الطلبات التي تناولت محتوى "
                    "مخالفا للقانون المحلي، مقارنة بمحتوى لم يكن سوى غير مرغوب فيه لدى السلطات. "
                    "وهذه الفجوة بحد ذاتها أقوى حجة للإصلاح."
                ),
                (
                    "لا يتعين أن ينتظر الإصلاح صدور التشريعات. فبإمكان المنصات أن تقرر اليوم تسجيل "
                    "كل إحالة حكومية على حدة بمعزل عن بلاغات المستخدمين العادية، وأن تقيم الإحالات "
                    "في ضوء القانون المحلي والمعايير الدولية لحقوق الإنسان لا في ضوء شروط "
                    "الاستخدام وحدها، وأن ترفض الطلبات التي تستهدف تعبيرا سياسيا مشروعا. ويمكنها "
                    "كذلك نشر بيانات الإحالات في تقارير الشفافية، كما يفعل بعضها أصلا بالنسبة إلى "
                    "الطلبات القانونية الرسمية. والحكومات الواثقة من أن طلباتها مبررة لا ينبغي أن "
                    "يكون لديها اعتراض على هذا التدقيق. فإذا كان طلب ما لا يصمد أمام الفحص العلني، "
                    "فذلك دليل قوي على أنه ما كان ينبغي تقديمه أصلا."
                ),
                (
                    "منارة مستعدة لمشاركة توثيقها للحالات مع المنصات والجهات التنظيمية والباحثين "
                    "الذين يدرسون هذه المسألة، رهنا بموافقة الأشخاص المعنيين."
                ),
            ],
            "he": [
                "הפניה בלי ביקורת — הערות השוואתיות",
                (
                    "נספח זה ממקם את נוהג ההפניות הממשלתיות בהקשר רחב יותר. יחידות הפניה אינן "
                    "ייחודיות לאזור שלנו, והניסיון של מדינות אחרות מלמד הן על הסיכונים שבמודל והן "
                    "על אמצעי ההגנה האפשריים."
                ),
                (
                    "ב־2015 הקים יורופול את יחידת ההפניה לאינטרנט של האיחוד האירופי, כדי לסמן תוכן "
                    "טרור לספקי אחסון לבחינה וולונטרית לפי התנאים שלהם. כמה מדינות אירופיות הקימו "
                    "יחידות לאומיות דומות. ארגוני חברה אזרחית באירופה מתחו ביקורת על המודל מאותן "
                    "סיבות שאנו מעלים כאן: היעדר פיקוח שיפוטי והיעדר כל סעד לאנשים שנפגעו."
                ),
                (
                    "החקיקה האירופית המאוחרת יותר בחרה בדרך אחרת לגבי חלק מהתוכן. לפי התקנה בדבר "
                    "תוכן טרור מקוון, צווי הסרה הם פעולות משפטיות שאפשר לערער עליהן, וספקי אחסון "
                    "חייבים ליידע את מפרסם התוכן, בכפוף לחריגים מוגבלים. חוק השירותים הדיגיטליים "
                    "מוסיף חובות שקיפות לגבי צווים של רשויות לאומיות."
                ),
                (
                    "המסגרות האלה רחוקות משלמות, אבל הן מראות שהבחירה בין הפניות ללא פיקוח לבין "
                    "היעדר כל שיתוף פעולה היא בחירה כוזבת. מדינה יכולה לפעול נגד תוכן בלתי חוקי "
                    "באמת באמצעות הליכים פומביים, הניתנים לביקורת ולערעור."
                ),
                (
                    "באזור שלנו, היקף ההפניות גדל במקביל לשימוש ברשתות החברתיות לביטוי פוליטי, "
                    "והנושאים שבהם מתמקדות ההפניות התרחבו מקריאות לאלימות לביקורת על מדיניות "
                    "הממשלה, לדיווח על פעולות צבאיות ולהנצחת מתים."
                ),
                (
                    "לא מצאנו נתונים פומביים שמאפשרים הערכה עצמאית של מספר הבקשות שעסקו בתוכן בלתי "
                    "חוקי לפי הדין המקומי, לעומת תוכן שהיה רק בלתי רצוי בעיני הרשויות. הפער הזה "
                    "כשלעצמו הוא הטיעון החזק ביותר בעד רפורמה."
                ),
                (
                    "הרפורמה אינה צריכה לחכות לחקיקה. הפלטפורמות יכולות להחליט כבר היום לתעד כל "
                    "הפניה ממשלתית בנפרד מדיווחים רגילים של משתמשים, לבחון הפניות לאור הדין המקומי "
                    "והסטנדרטים הבין־לאומיים של זכויות אדם ולא רק לאור תנאי השימוש שלהן, ולסרב "
                    "לבקשות שמכוונות נגד ביטוי פוליטי חוקי. הן יכולות גם לפרסם נתוני הפניות בדוחות "
                    "השקיפות שלהן, כפי שחלקן כבר עושות לגבי דרישות משפטיות רשמיות. ממשלות שבטוחות "
                    "שהבקשות שלהן מוצדקות לא אמורות להתנגד לבחינה כזו. אם בקשה אינה עומדת בבחינה "
                    "ציבורית, זו ראיה חזקה לכך שמלכתחילה לא היה צריך להגיש אותה."
                ),
                (
                    "מנארה מוכנה לשתף את תיעוד המקרים שלה עם פלטפורמות, רגולטורים וחוקרים שבוחנים "
                    "את השאלה הזו, בכפוף להסכמת האנשים הנוגעים בדבר."
                ),
            ],
        },
        "recommendations": [
            {
                "addressee": "governments",
                "text": {
                    "en": (
                        "Stop submitting takedown requests outside a legal process, and publish "
                        "the number, grounds and outcome of all requests made so far."
                    ),
                    "ar": (
                        "التوقف عن تقديم طلبات الحذف خارج الإجراءات القانونية، ونشر عدد جميع "
                        "الطلبات المقدَّمة حتى الآن وأسبابها ونتائجها."
                    ),
                    "he": (
                        "להפסיק להגיש בקשות הסרה מחוץ להליך משפטי, ולפרסם את המספר, העילות "
                        "והתוצאות של כל הבקשות שהוגשו עד כה."
                    ),
                },
            },
            {
                "addressee": "platforms",
                "text": {
                    "en": (
                        "Treat government referrals as legal demands: apply the same scrutiny to "
                        "them, and publish every request received, by country, agency and outcome."
                    ),
                    "ar": (
                        "معاملة الإحالات الحكومية معاملة الطلبات القانونية، بإخضاعها للتدقيق نفسه، "
                        "ونشر كل طلب يرد بحسب البلد والجهة والنتيجة."
                    ),
                    "he": (
                        "להתייחס להפניות ממשלתיות כאל דרישות משפטיות: לבחון אותן באותה קפדנות "
                        "ולפרסם כל בקשה שמתקבלת, לפי מדינה, גוף ותוצאה."
                    ),
                },
            },
            {
                "addressee": "platforms",
                "text": {
                    "en": (
                        "Notify users when a government request has led to action on their "
                        "content, unless a court has ordered otherwise, and give them a way to "
                        "appeal."
                    ),
                    "ar": (
                        "إبلاغ المستخدمين حين يؤدي طلب حكومي إلى اتخاذ إجراء بحق محتواهم، ما لم "
                        "تأمر محكمة بخلاف ذلك، وتوفير وسيلة لهم للطعن."
                    ),
                    "he": (
                        "ליידע משתמשים כשבקשה ממשלתית הובילה לפעולה נגד התוכן שלהם, אלא אם בית "
                        "משפט הורה אחרת, ולאפשר להם לערער."
                    ),
                },
            },
            {
                "addressee": "legislators",
                "text": {
                    "en": (
                        "Require every state request to remove online content to be based on law, "
                        "subject to independent judicial oversight, and recorded publicly."
                    ),
                    "ar": (
                        "اشتراط أن يستند أي طلب حكومي لحذف محتوى على الإنترنت إلى القانون، وأن "
                        "يخضع لرقابة قضائية مستقلة، وأن يُسجَّل علنًا."
                    ),
                    "he": (
                        "לקבוע שכל בקשה של המדינה להסרת תוכן מקוון תתבסס על חוק, תהיה כפופה לפיקוח "
                        "שיפוטי עצמאי ותתועד בפומבי."
                    ),
                },
            },
        ],
    },
    # PDF-only words: en "ciphertext"
    {
        "type": "paper",
        "slug": "keep-encryption-strong",
        "languages": ["en"],
        "date": "2026-03-10",
        "authors": ["noor-masri", "yara-saleh"],
        "topics": ["digital-security", "surveillance-spyware", "data-protection"],
        "regions": ["PS", "JO", "TN"],
        "doi": "",
        "title": {
            "en": (
                "Keep Encryption Strong: Why End-to-End Encryption Protects Activists, Journalists "
                "and Everyone Else"
            ),
        },
        "summary": {
            "en": (
                "Proposals to scan private messages or weaken encryption are spreading. For "
                "human-rights defenders in our region, end-to-end encryption is a basic safety "
                "measure. We explain why it must be protected, without exceptions."
            ),
        },
        "body": {
            "en": [
                ("heading", "A lifeline, not a loophole"),
                (
                    "paragraph",
                    (
                        "For the activists, journalists and lawyers we train, end-to-end "
                        "encryption is what makes their work possible at all. It lets a lawyer "
                        "speak to a detainee's family, a journalist protect a source, and a "
                        "survivor of violence reach a support service without fear that the "
                        "conversation will be read by others."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Messaging services such as WhatsApp and Signal encrypt messages so that "
                        "only the sender and the recipient can read them. Not even the company "
                        "that runs the service holds the keys. That is precisely why the "
                        "protection is strong: there is no central point that can be forced, "
                        "hacked or bribed into giving access."
                    ),
                ),
                ("heading", "The pressure to weaken it"),
                (
                    "paragraph",
                    (
                        "Governments in many parts of the world, including in our region, are "
                        "pushing for ways to access encrypted messages, whether through mandatory "
                        "backdoors, through scanning messages on the phone before they are "
                        "encrypted, or through laws that restrict encrypted services. Each of "
                        "these proposals creates a weakness that criminals, hostile states and "
                        "abusive partners can exploit as well."
                    ),
                ),
                (
                    "quote",
                    (
                        "There is no such thing as a backdoor that only the good guys can use. The "
                        "moment it exists, everyone is less safe."
                    ),
                    "Noor Masri, Manara",
                ),
                (
                    "paragraph",
                    (
                        "Encryption does not stop lawful investigations: the authorities retain "
                        "many other tools, under judicial control. What it stops is mass, "
                        "invisible access to the private lives of entire populations. For "
                        "communities that already live under intense surveillance, that protection "
                        "is essential."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Keep Encryption Strong — A short technical explainer",
                (
                    "This explainer is written for journalists, policymakers and colleagues in "
                    "civil society who want to follow the technical debate about encryption "
                    "without a background in cryptography."
                ),
                (
                    "When you send an end-to-end encrypted message, your app turns it into "
                    "ciphertext on your own device, using keys that only you and the recipient "
                    "hold. Every server the message passes through sees only the ciphertext, which "
                    "is meaningless without the key. Only the recipient's device can turn it back "
                    "into readable text."
                ),
                (
                    "Proposals for lawful access usually take one of two forms. The first is key "
                    "escrow, in which a copy of the keys is held by the provider or by a third "
                    "party. The second is client-side scanning, in which software on the phone "
                    "checks messages against a list of prohibited material before they are "
                    "encrypted. Both break the promise that only the sender and the recipient can "
                    "read the message."
                ),
                (
                    "Key escrow creates a single, extremely valuable target. Whoever holds the "
                    "copies of the keys becomes a target for hackers, and for pressure from any "
                    "government in whose territory the provider operates. Experience shows that "
                    "such secrets do not stay secret for long."
                ),
                (
                    "Client-side scanning turns every phone into a checkpoint. The list of what it "
                    "looks for is not visible to users and can be extended without their "
                    "knowledge, from child sexual abuse material to terrorist content, and then to "
                    "political speech. Independent security researchers have repeatedly shown that "
                    "such systems can be fooled and abused."
                ),
                (
                    "Supporters of these measures often present them as narrow and technical, "
                    "limited to the most serious crimes. But a technical capability, once built, "
                    "does not know the difference between a criminal and a journalist. In "
                    "countries where peaceful criticism of the authorities can be prosecuted as a "
                    "security offence, a scanning system or a stored copy of the keys will sooner "
                    "or later be turned against precisely the people who most need protection. "
                    "Safeguards promised on paper matter little if the courts and oversight bodies "
                    "meant to enforce them are not independent."
                ),
                (
                    "Metadata remains a risk even with strong encryption. Who you talk to, when "
                    "and how often can reveal a great deal. Users at risk should combine encrypted "
                    "messaging with disappearing messages, careful management of their contact "
                    "lists and strong protection of their devices."
                ),
                (
                    "Strong encryption is not a complete defence, but it is the foundation on "
                    "which every other protection rests. Weakening it would leave the people we "
                    "work with more exposed than ever."
                ),
            ],
        },
        "recommendations": [
            {
                "addressee": "governments",
                "text": {
                    "en": (
                        "Do not require or pressure companies to build backdoors or scanning "
                        "mechanisms into encrypted services, and do not restrict the use of "
                        "encryption tools."
                    ),
                },
            },
            {
                "addressee": "legislators",
                "text": {
                    "en": (
                        "Protect the right to use end-to-end encryption in law, and reject "
                        "proposals for client-side scanning of private communications."
                    ),
                },
            },
            {
                "addressee": "platforms",
                "text": {
                    "en": (
                        "Make end-to-end encryption the default for all private messages and "
                        "calls, and publish any government demand to weaken it."
                    ),
                },
            },
            {
                "addressee": "donors",
                "text": {
                    "en": (
                        "Fund digital security training and helplines, so that civil society can "
                        "use encryption safely and well."
                    ),
                },
            },
        ],
    },
    # PDF-only words: en "iris", ar "قزحية"
    {
        "type": "paper",
        "slug": "your-face-is-not-a-password",
        "languages": ["en", "ar"],
        "date": "2025-10-15",
        "authors": ["yara-saleh", "lina-haddad"],
        "topics": ["data-protection", "surveillance-spyware"],
        "regions": ["EG", "JO", "MA"],
        "doi": "",
        "title": {
            "en": (
                "Your Face Is Not a Password: Closing the Gaps in Biometric Data Protection in the "
                "Region"
            ),
            "ar": "وجهك ليس كلمة مرور: سدّ الثغرات في حماية البيانات البيومترية في المنطقة",
        },
        "summary": {
            "en": (
                "Facial recognition cameras, biometric ID cards and fingerprint-based aid systems "
                "are spreading across the region faster than the laws that should govern them. We "
                "identify the main gaps and how to close them."
            ),
            "ar": (
                "تنتشر كاميرات التعرّف على الوجوه وبطاقات الهوية البيومترية وأنظمة توزيع المساعدات "
                "القائمة على البصمات في المنطقة أسرع من القوانين التي يُفترض أن تنظّمها. نحدد أبرز "
                "الثغرات وسبل سدّها."
            ),
        },
        "body": {
            "en": [
                ("heading", "Collected everywhere, protected nowhere"),
                (
                    "paragraph",
                    (
                        "Biometric data is being collected across the region on a scale that was "
                        "unthinkable a decade ago: facial recognition cameras in city centres and "
                        "at crossings, fingerprints and facial images for national ID cards, and "
                        "biometric registration of refugees and recipients of humanitarian aid."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Unlike a password, a face or a fingerprint cannot be changed once it has "
                        "been compromised. A biometric database that is leaked, shared or misused "
                        "exposes people for the rest of their lives, and makes anonymous "
                        "participation in public life, including peaceful protest, close to "
                        "impossible."
                    ),
                ),
                ("heading", "Laws with wide exemptions"),
                (
                    "paragraph",
                    (
                        "Several countries have adopted data protection laws in recent years, "
                        "including Egypt in 2020 and Jordan in 2023, while Morocco has had one "
                        "since 2009. These laws are an important step, but they typically exempt "
                        "security agencies and law enforcement, which are the largest users of "
                        "biometric surveillance, and the regulators they create have little "
                        "independence."
                    ),
                ),
                (
                    "quote",
                    (
                        "Consent means nothing when the choice is between giving your fingerprint "
                        "and receiving no food."
                    ),
                    "Yara Saleh, Manara",
                ),
                (
                    "paragraph",
                    (
                        "Data protection should not stop at the door of the security services. "
                        "International standards, including those reflected in the EU's GDPR, "
                        "treat biometric data as a special category that may be processed only "
                        "under strict conditions. The same principle should apply in our region."
                    ),
                ),
            ],
            "ar": [
                ("heading", "تُجمع في كل مكان ولا تُحمى في أي مكان"),
                (
                    "paragraph",
                    (
                        "تُجمع البيانات البيومترية في أنحاء المنطقة على نطاق لم يكن متصوَّرًا قبل "
                        "عقد من الزمن: كاميرات للتعرّف على الوجوه في مراكز المدن وعلى المعابر، "
                        "وبصمات أصابع وصور للوجه من أجل بطاقات الهوية الوطنية، وتسجيل بيومتري "
                        "للاجئين ولمتلقّي المساعدات الإنسانية."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "على خلاف كلمة المرور، لا يمكن تغيير الوجه أو البصمة بعد انكشافهما. وقاعدة "
                        "البيانات البيومترية التي تتسرب أو تُشارَك أو يُساء استخدامها تعرّض "
                        "أصحابها للخطر طوال حياتهم، وتجعل المشاركة في الحياة العامة دون الكشف عن "
                        "الهوية، بما فيها الاحتجاج السلمي، شبه مستحيلة."
                    ),
                ),
                ("heading", "قوانين باستثناءات واسعة"),
                (
                    "paragraph",
                    (
                        "اعتمدت دول عدة قوانين لحماية البيانات في السنوات الأخيرة، منها مصر في عام "
                        "2020 والأردن في عام 2023، فيما يعود قانون المغرب إلى عام 2009. تمثّل هذه "
                        "القوانين خطوة مهمة، لكنها عادةً تستثني الأجهزة الأمنية وجهات إنفاذ "
                        "القانون، وهي أكبر مستخدمي المراقبة البيومترية، كما أن الجهات الرقابية "
                        "التي تنشئها تفتقر إلى الاستقلالية."
                    ),
                ),
                (
                    "quote",
                    "لا معنى للموافقة حين يكون الخيار بين أن تعطي بصمتك وألّا تحصل على الطعام.",
                    "يارا صالح، منارة",
                ),
                (
                    "paragraph",
                    (
                        "لا ينبغي أن تتوقف حماية البيانات عند أبواب الأجهزة الأمنية. فالمعايير "
                        "الدولية، ومنها ما تعكسه اللائحة العامة لحماية البيانات في الاتحاد "
                        "الأوروبي، تعامل البيانات البيومترية بوصفها فئة خاصة لا تجوز معالجتها إلا "
                        "بشروط صارمة. وينبغي أن يسري المبدأ نفسه في منطقتنا."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Your Face Is Not a Password — Glossary and legal overview",
                (
                    "This annex explains the terms used in our paper and summarises the legal "
                    "position in the countries it covers. It is intended as a starting point for "
                    "lawyers, journalists and advocates, not as legal advice."
                ),
                (
                    "Biometric data means personal data resulting from the technical processing of "
                    "a person's physical or behavioural characteristics that allows that person to "
                    "be uniquely identified. It includes facial images, fingerprints, iris scans "
                    "and voice prints and, increasingly, the way a person walks or types."
                ),
                (
                    "Identification means comparing one person's biometric data against a database "
                    "of many people to find out who they are, as a facial recognition camera does "
                    "in a crowd. Verification means comparing it against a single record to "
                    "confirm that a person is who they claim to be, as when unlocking a phone. The "
                    "risks of identification are far greater."
                ),
                (
                    "In Egypt, the Personal Data Protection Law of 2020 classifies biometric data "
                    "as sensitive, but it does not apply to data held by national security bodies. "
                    "In Jordan, the 2023 law also creates a category of sensitive data, but "
                    "critics have pointed out that the council it establishes to oversee it is not "
                    "independent of the government."
                ),
                (
                    "In Morocco, Law 09-08 of 2009 requires prior authorisation from the national "
                    "data protection commission, the CNDP, for the processing of biometric data. "
                    "This model has real value, but authorisation alone cannot replace clear legal "
                    "limits on what public authorities may do with the data."
                ),
                (
                    "Across all three countries the weakest point is the same: the broader the "
                    "exemption for security and public order, the less the law protects people "
                    "against the most intrusive uses of their data. Closing these exemptions is "
                    "the single most important reform."
                ),
                (
                    "Humanitarian settings deserve special attention. Aid agencies increasingly "
                    "register refugees and aid recipients with fingerprints or facial images, "
                    "arguing that this prevents fraud and duplication. Yet people who depend on "
                    "assistance are rarely in a position to refuse, the data may be shared with "
                    "host governments under agreements that are not public, and a breach can "
                    "expose people who have fled persecution to the very authorities they fled "
                    "from. Before any biometric system is introduced, agencies should publish an "
                    "impact assessment, explain how long the data will be kept and with whom it "
                    "may be shared, and offer a workable alternative."
                ),
                (
                    "We welcome corrections and updates from practitioners in the countries "
                    "concerned. The legal situation changes quickly, and we will revise this "
                    "overview as new regulations and decisions are published."
                ),
            ],
            "ar": [
                "وجهك ليس كلمة مرور — مسرد مصطلحات ونظرة قانونية عامة",
                (
                    "يشرح هذا الملحق المصطلحات المستخدمة في ورقتنا، ويلخص الوضع القانوني في "
                    "البلدان التي تتناولها. وهو نقطة انطلاق للمحامين والصحفيين والمدافعين، لا "
                    "استشارة قانونية."
                ),
                (
                    "يقصد بالبيانات البيومترية البيانات الشخصية الناتجة عن معالجة تقنية للسمات "
                    "الجسدية أو السلوكية لشخص ما، والتي تتيح تحديد هويته على نحو فريد. وهي تشمل "
                    "صور الوجه وبصمات الأصابع ومسح قزحية العين وبصمة الصوت، وعلى نحو متزايد طريقة "
                    "المشي أو الكتابة على لوحة المفاتيح."
                ),
                (
                    "يعني تحديد الهوية مقارنة البيانات البيومترية لشخص واحد بقاعدة بيانات تضم "
                    "أشخاصا كثيرين لمعرفة من هو، كما تفعل كاميرا التعرف على الوجوه وسط الحشود. أما "
                    "التحقق فيعني مقارنتها بسجل واحد للتأكد من أن الشخص هو من يدعي أنه هو، كما "
                    "يحدث عند فتح قفل الهاتف. ومخاطر تحديد الهوية أكبر بكثير."
                ),
                (
                    "في مصر، يصنف قانون حماية البيانات الشخصية الصادر عام 2020 البيانات البيومترية "
                    "بيانات حساسة، لكنه لا يسري على البيانات التي تحتفظ بها جهات الأمن القومي. وفي "
                    "الأردن، ينشئ قانون عام 2023 كذلك فئة للبيانات الحساسة، لكن منتقدين لفتوا إلى "
                    "أن المجلس الذي أنشأه للإشراف على تطبيقه غير مستقل عن الحكومة."
                ),
                (
                    "وفي المغرب، يشترط القانون 09-08 الصادر عام 2009 الحصول على إذن مسبق من اللجنة "
                    "الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي لمعالجة البيانات البيومترية. "
                    "ولهذا النموذج قيمة حقيقية، لكن الإذن وحده لا يغني عن حدود قانونية واضحة لما "
                    "يجوز للسلطات العامة فعله بالبيانات."
                ),
                (
                    "في البلدان الثلاثة، تتكرر نقطة الضعف نفسها: كلما اتسع الاستثناء المتعلق "
                    "بالأمن والنظام العام، قلت الحماية التي يوفرها القانون للناس من أشد "
                    "الاستخدامات تدخلا في بياناتهم. وإلغاء هذه الاستثناءات هو أهم إصلاح على "
                    "الإطلاق."
                ),
                (
                    "تستحق البيئات الإنسانية اهتماما خاصا. فوكالات الإغاثة تسجل اللاجئين ومتلقي "
                    "المساعدات على نحو متزايد ببصمات الأصابع أو صور الوجه، بحجة أن ذلك يمنع "
                    "الاحتيال والتكرار. غير أن من يعتمدون على المساعدات نادرا ما يكونون في وضع "
                    "يسمح لهم بالرفض، وقد تشارك البيانات مع حكومات البلدان المضيفة بموجب اتفاقات "
                    "غير معلنة، وقد يؤدي أي اختراق إلى كشف أشخاص فروا من الاضطهاد أمام السلطات "
                    "نفسها التي فروا منها. وقبل إدخال أي نظام بيومتري، ينبغي أن تنشر الوكالات "
                    "تقييما للأثر، وأن توضح مدة الاحتفاظ بالبيانات والجهات التي قد تشارك معها، وأن "
                    "توفر بديلا عمليا."
                ),
                (
                    "نرحب بالتصويبات والتحديثات من الممارسين في البلدان المعنية. فالوضع القانوني "
                    "يتغير بسرعة، وسنراجع هذه النظرة العامة كلما صدرت لوائح وقرارات جديدة."
                ),
            ],
        },
        "recommendations": [
            {
                "addressee": "legislators",
                "text": {
                    "en": (
                        "Classify biometric data as sensitive in law, and prohibit its use for "
                        "identification in public spaces except under narrowly defined conditions "
                        "authorised by a court."
                    ),
                    "ar": (
                        "تصنيف البيانات البيومترية بيانات حساسة في القانون، وحظر استخدامها لتحديد "
                        "الهوية في الأماكن العامة إلا بشروط محددة بدقة وبإذن من المحكمة."
                    ),
                },
            },
            {
                "addressee": "legislators",
                "text": {
                    "en": (
                        "Remove blanket exemptions for security agencies from data protection "
                        "laws, and give regulators the independence and powers to investigate them."
                    ),
                    "ar": (
                        "إلغاء الاستثناءات الشاملة للأجهزة الأمنية من قوانين حماية البيانات، ومنح "
                        "الجهات الرقابية الاستقلالية والصلاحيات اللازمة للتحقيق معها."
                    ),
                },
            },
            {
                "addressee": "governments",
                "text": {
                    "en": (
                        "Publish a register of all public biometric systems, stating the purpose, "
                        "legal basis and retention period of each, and who may access the data."
                    ),
                    "ar": (
                        "نشر سجل بجميع الأنظمة البيومترية العامة، يبيّن غرض كل منها وأساسه "
                        "القانوني ومدة الاحتفاظ بالبيانات فيه والجهات المخوّلة بالوصول إليها."
                    ),
                },
            },
            {
                "addressee": "donors",
                "text": {
                    "en": (
                        "Make humanitarian funding conditional on data protection impact "
                        "assessments and on offering aid recipients alternatives that do not rely "
                        "on biometrics."
                    ),
                    "ar": (
                        "ربط التمويل الإنساني بإجراء تقييمات لأثر معالجة البيانات، وبتوفير بدائل "
                        "لا تعتمد على البيانات البيومترية لمتلقّي المساعدات."
                    ),
                },
            },
            {
                "addressee": "civil_society",
                "text": {
                    "en": (
                        "Monitor the deployment of facial recognition in public spaces and "
                        "document its effects on the right to protest."
                    ),
                    "ar": (
                        "رصد استخدام تقنيات التعرّف على الوجوه في الأماكن العامة، وتوثيق آثارها "
                        "على الحق في الاحتجاج."
                    ),
                },
            },
        ],
    },
    # Campaign toolkits.
    # PDF-only words: en "geofence", ar "السياج الجغرافي"
    {
        "type": "toolkit",
        "slug": "before-you-go",
        "languages": ["en", "ar"],
        "date": "2025-05-06",
        "authors": ["noor-masri", "karim-nassar"],
        "topics": ["digital-security", "surveillance-spyware"],
        "regions": ["PS", "JO", "LB"],
        "doi": "",
        "title": {
            "en": "Before You Go: Securing Your Phone Before a Protest",
            "ar": "قبل أن تخرج: كيف تؤمّن هاتفك قبل المشاركة في احتجاج",
        },
        "summary": {
            "en": (
                "A practical guide to protecting your phone, your data and the people in your "
                "contacts before, during and after a demonstration, in five steps that anyone can "
                "follow in under an hour."
            ),
            "ar": (
                "دليل عملي لحماية هاتفك وبياناتك والأشخاص المسجّلين في جهات اتصالك قبل التظاهرة "
                "وأثناءها وبعدها، في خمس خطوات يستطيع أي شخص اتباعها في أقل من ساعة."
            ),
        },
        "body": {
            "en": [
                ("heading", "Your phone is a witness"),
                (
                    "paragraph",
                    (
                        "A phone at a protest can record abuses, call for help and keep friends "
                        "together. It can also reveal where you were, who you were with and what "
                        "you said, to anyone who gets hold of it or of the data it sends out."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "This toolkit is for anyone planning to attend a demonstration, and for "
                        "the organisers, lawyers and volunteers who support them. It assumes no "
                        "technical knowledge. Each step takes a few minutes, and together they "
                        "make a real difference."
                    ),
                ),
                ("heading", "Plan before you leave"),
                (
                    "paragraph",
                    (
                        "The most important decisions are made at home: which phone to bring, what "
                        "to leave behind, and how you will reach each other if the network is cut "
                        "or a phone is taken. Agree on a plan with your group, and write a "
                        "lawyer's number down on paper."
                    ),
                ),
                (
                    "quote",
                    (
                        "We used to think that security meant being secretive. Now we see it as "
                        "looking after each other."
                    ),
                    "A student organiser from Ramallah",
                ),
                (
                    "paragraph",
                    (
                        "If you are detained, whether you can be compelled to unlock your phone "
                        "depends on where you are, and the pressure can be intense. Learn your "
                        "rights in advance from a local lawyer or a legal aid organisation."
                    ),
                ),
            ],
            "ar": [
                ("heading", "هاتفك شاهد"),
                (
                    "paragraph",
                    (
                        "يمكن للهاتف في الاحتجاج أن يوثّق الانتهاكات، وأن يستدعي المساعدة، وأن "
                        "يُبقي الأصدقاء معًا. لكنه قد يكشف أيضًا أين كنت ومع من كنت وماذا قلت، لكل "
                        "من يضع يده عليه أو على البيانات التي يرسلها."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "هذا الدليل موجّه إلى كل من ينوي المشاركة في تظاهرة، وإلى المنظّمين "
                        "والمحامين والمتطوعين الذين يساندونهم. ولا يفترض أي معرفة تقنية مسبقة. "
                        "تستغرق كل خطوة بضع دقائق، لكنها مجتمعةً تُحدث فرقًا حقيقيًا."
                    ),
                ),
                ("heading", "خطّط قبل أن تغادر"),
                (
                    "paragraph",
                    (
                        "أهم القرارات تُتخذ في المنزل: أي هاتف ستأخذ معك، وما الذي ستتركه، وكيف "
                        "ستتواصلون إذا قُطعت الشبكة أو صودر هاتف أحدكم. اتفقوا على خطة داخل "
                        "مجموعتكم، واكتبوا رقم محامٍ على ورقة."
                    ),
                ),
                (
                    "quote",
                    "كنا نظن أن الأمان يعني التكتّم. أما الآن فنراه رعايةً لبعضنا بعضًا.",
                    "طالبة ومنظِّمة من رام الله",
                ),
                (
                    "paragraph",
                    (
                        "إذا احتُجزت، فإن إمكانية إجبارك على فتح قفل هاتفك تتوقف على المكان الذي "
                        "تكون فيه، وقد يكون الضغط شديدًا. تعرّف على حقوقك مسبقًا من محامٍ محلي أو "
                        "من مؤسسة تقدّم المساعدة القانونية."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Before You Go — Printable checklist and background",
                (
                    "This printable version of our toolkit is designed to be handed out at "
                    "workshops and community meetings. It expands on the five steps with "
                    "background on how phones are tracked at demonstrations."
                ),
                (
                    "Phones constantly communicate with nearby cell towers, and mobile operators "
                    "keep records of which towers a device connected to and when. Authorities can "
                    "request these records to establish who was in an area at a particular time. "
                    "In some countries, investigators have also used so-called geofence requests, "
                    "asking technology companies to identify every device whose location history "
                    "placed it within a drawn boundary during a set period."
                ),
                (
                    "Some police forces use devices that imitate a cell tower in order to collect "
                    "the identifiers of nearby phones. Airplane mode prevents your phone from "
                    "connecting to them, but it also cuts you off from your group, so decide in "
                    "advance when you will use it."
                ),
                (
                    "Photos and videos carry hidden metadata, including the time, the device and "
                    "often the exact location where they were taken. Before sharing images of a "
                    "protest, remove this data and blur the faces of people who have not agreed to "
                    "be shown. Many messaging apps strip metadata automatically, but not all of "
                    "them do."
                ),
                (
                    "If your phone is taken, assume that anything on it may be read. This is why "
                    "the first step, reducing what you carry, matters most. A phone with little on "
                    "it protects both you and the people in your contacts."
                ),
                (
                    "Think about the people around you as well as yourself. Filming a protest can "
                    "protect participants by documenting abuses, but footage that shows faces "
                    "clearly can also be used to identify and prosecute them. Agree within your "
                    "group who will film, focus on the actions of the security forces rather than "
                    "on fellow protesters, and store the original recordings somewhere safe before "
                    "sharing edited versions. If you broadcast live, remember that a live stream "
                    "cannot be edited afterwards and that viewers may record it. Journalists and "
                    "legal observers often follow their own protocols, so ask them before you "
                    "share footage in which they appear."
                ),
                (
                    "After the protest, check your accounts for unfamiliar logins, change your "
                    "passwords if your phone was out of your hands, and talk with your group about "
                    "what worked and what did not."
                ),
                (
                    "Checklist: backup done; unnecessary data removed; long passcode set; "
                    "fingerprint and face unlock off; disappearing messages on; location history "
                    "off; lawyer's number on paper; check-in time agreed."
                ),
            ],
            "ar": [
                "قبل أن تخرج — قائمة مراجعة للطباعة وخلفية",
                (
                    "صممت هذه النسخة القابلة للطباعة من دليلنا لتوزيعها في ورش العمل واللقاءات "
                    "المجتمعية. وهي تتوسع في الخطوات الخمس وتقدم خلفية عن طرق تتبع الهواتف في "
                    "التظاهرات."
                ),
                (
                    "تتواصل الهواتف باستمرار مع أبراج الاتصالات القريبة، وتحتفظ شركات الاتصالات "
                    "بسجلات تبين الأبراج التي اتصل بها كل جهاز ومتى. ويمكن للسلطات طلب هذه السجلات "
                    "لتحديد من كان في منطقة ما في وقت معين. وفي بعض البلدان، لجأ المحققون أيضا إلى "
                    "ما يعرف بطلبات السياج الجغرافي، إذ يطلبون من شركات التكنولوجيا تحديد كل جهاز "
                    "يظهر سجل مواقعه أنه كان داخل حدود مرسومة خلال فترة محددة."
                ),
                (
                    "تستخدم بعض أجهزة الشرطة معدات تحاكي أبراج الاتصالات لجمع المعرفات الخاصة "
                    "بالهواتف القريبة. ويمنع وضع الطيران هاتفك من الاتصال بها، لكنه يعزلك أيضا عن "
                    "مجموعتك، فقرر مسبقا متى ستستخدمه."
                ),
                (
                    "تحمل الصور ومقاطع الفيديو بيانات وصفية مخفية، منها الوقت والجهاز، وفي الغالب "
                    "الموقع الدقيق الذي التقطت فيه. قبل مشاركة صور من الاحتجاج، احذف هذه البيانات "
                    "وموه وجوه من لم يوافقوا على الظهور. وتحذف تطبيقات مراسلة كثيرة هذه البيانات "
                    "تلقائيا، لكن ليس جميعها."
                ),
                (
                    "إذا أخذ هاتفك، فافترض أن كل ما عليه قد يقرأ. ولهذا فإن الخطوة الأولى، أي "
                    "تقليل ما تحمله، هي الأهم. فالهاتف الذي لا يحوي إلا القليل يحميك ويحمي من في "
                    "جهات اتصالك."
                ),
                (
                    "فكر في من حولك كما تفكر في نفسك. فتصوير الاحتجاج قد يحمي المشاركين بتوثيق "
                    "الانتهاكات، لكن المقاطع التي تظهر الوجوه بوضوح قد تستخدم أيضا للتعرف عليهم "
                    "وملاحقتهم. اتفقوا داخل مجموعتكم على من سيتولى التصوير، وركزوا على تصرفات قوات "
                    "الأمن لا على المحتجين الآخرين، واحفظوا التسجيلات الأصلية في مكان آمن قبل "
                    "مشاركة نسخ معدلة منها. وإذا بثثت مباشرة، فتذكر أن البث المباشر لا يمكن تعديله "
                    "لاحقا، وأن المشاهدين قد يسجلونه. وكثيرا ما يتبع الصحفيون والمراقبون "
                    "القانونيون بروتوكولاتهم الخاصة، فاستأذنهم قبل مشاركة مقاطع يظهرون فيها."
                ),
                (
                    "بعد الاحتجاج، راجع حساباتك بحثا عن عمليات دخول غير مألوفة، وغير كلمات المرور "
                    "إذا خرج هاتفك من يدك، وتحدث مع مجموعتك عما نجح وما لم ينجح."
                ),
                (
                    "قائمة المراجعة: أنجز النسخ الاحتياطي؛ حذفت البيانات غير الضرورية؛ ضبط رمز "
                    "مرور طويل؛ أوقف الفتح بالبصمة والوجه؛ فعلت الرسائل المختفية؛ أوقف سجل "
                    "المواقع؛ كتب رقم المحامي على ورقة؛ اتفق على موعد الاطمئنان."
                ),
            ],
        },
        "goal": {
            "en": (
                "Help protesters, and the people who support them, reduce the risks their phones "
                "create before they leave home."
            ),
            "ar": (
                "مساعدة المحتجّين ومن يساندونهم على الحدّ من المخاطر التي تنشأ عن هواتفهم، قبل "
                "مغادرة المنزل."
            ),
        },
        "call_to_action": {
            "en": "Secure your phone today and share this guide with your group.",
            "ar": "أمِّن هاتفك اليوم، وشارك هذا الدليل مع مجموعتك.",
        },
        "steps": [
            {
                "title": {"en": "Back up and travel light", "ar": "انسخ احتياطيًا وخفّف حمولتك"},
                "text": {
                    "en": (
                        "Back up your photos and contacts, then remove anything you do not need to "
                        "carry: old chats, sensitive documents and apps you will not use at the "
                        "protest."
                    ),
                    "ar": (
                        "انسخ صورك وجهات اتصالك احتياطيًا، ثم احذف كل ما لا تحتاج إلى حمله: "
                        "المحادثات القديمة، والوثائق الحساسة، والتطبيقات التي لن تستخدمها في "
                        "الاحتجاج."
                    ),
                },
            },
            {
                "title": {"en": "Lock it properly", "ar": "اقفل هاتفك كما يجب"},
                "text": {
                    "en": (
                        "Use a long passcode rather than fingerprint or face unlock, which you can "
                        "be forced to use. Set the screen to lock after thirty seconds."
                    ),
                    "ar": (
                        "استخدم رمز مرور طويلًا بدلًا من بصمة الإصبع أو التعرّف على الوجه، إذ يمكن "
                        "إجبارك على استخدامهما. واضبط الشاشة لتُقفل بعد ثلاثين ثانية."
                    ),
                },
            },
            {
                "title": {"en": "Encrypt your conversations", "ar": "شفّر محادثاتك"},
                "text": {
                    "en": (
                        "Use an end-to-end encrypted messenger and turn on disappearing messages "
                        "in group chats. Agree in advance which group you will use on the day."
                    ),
                    "ar": (
                        "استخدم تطبيق مراسلة مشفّرًا تشفيرًا تامًا بين الطرفين، وفعّل الرسائل "
                        "المختفية في المجموعات. واتفقوا مسبقًا على المجموعة التي ستستخدمونها يوم "
                        "الاحتجاج."
                    ),
                },
            },
            {
                "title": {"en": "Limit what your phone gives away", "ar": "قلّل ما يكشفه هاتفك"},
                "text": {
                    "en": (
                        "Turn off location history and Bluetooth, and consider airplane mode when "
                        "you do not need the network. Remove location data from photos before "
                        "sharing them."
                    ),
                    "ar": (
                        "أوقف سجل المواقع والبلوتوث، وفكّر في استخدام وضع الطيران حين لا تحتاج إلى "
                        "الشبكة. واحذف بيانات الموقع من الصور قبل مشاركتها."
                    ),
                },
            },
            {
                "title": {"en": "Have a plan if things go wrong", "ar": "جهّز خطة إذا ساءت الأمور"},
                "text": {
                    "en": (
                        "Write an emergency contact and a lawyer's number on paper. Agree on a "
                        "check-in time with someone who is not attending, and on what they should "
                        "do if you do not call."
                    ),
                    "ar": (
                        "اكتب على ورقة رقم شخص للطوارئ ورقم محامٍ. واتفق على موعد للاطمئنان مع شخص "
                        "لن يشارك في الاحتجاج، وعلى ما ينبغي أن يفعله إن لم تتصل به."
                    ),
                },
            },
        ],
        "posts": [
            {
                "platform": "x",
                "text": {
                    "en": (
                        "Going to a protest? Your phone can protect you or expose you. Five steps "
                        "to take before you leave home: back up, lock, encrypt, switch off, plan. "
                        "Full guide from Manara: #BeforeYouGo #ProtestSafe"
                    ),
                    "ar": (
                        "ذاهب إلى احتجاج؟ هاتفك قد يحميك وقد يكشفك. خمس خطوات قبل أن تغادر المنزل: "
                        "انسخ احتياطيًا، اقفل، شفّر، أوقف، خطّط. الدليل الكامل من منارة: "
                        "#قبل_أن_تخرج #أمانك_الرقمي"
                    ),
                },
            },
            {
                "platform": "facebook",
                "text": {
                    "en": (
                        "Before you join a demonstration, take an hour to prepare your phone. Our "
                        "new guide walks you through five simple steps, from setting a strong "
                        "passcode to agreeing on a check-in plan with someone you trust. Share it "
                        "with your group."
                    ),
                    "ar": (
                        "قبل أن تنضم إلى تظاهرة، خصّص ساعة لتجهيز هاتفك. يرشدك دليلنا الجديد عبر "
                        "خمس خطوات بسيطة، من ضبط رمز مرور قوي إلى الاتفاق على خطة للاطمئنان مع شخص "
                        "تثق به. شاركه مع مجموعتك."
                    ),
                },
            },
            {
                "platform": "instagram",
                "text": {
                    "en": (
                        "Your phone is a witness. Make sure it works for you. Swipe for five steps "
                        "to secure your phone before a protest, and save this post for the day. "
                        "#BeforeYouGo"
                    ),
                    "ar": (
                        "هاتفك شاهد، فاحرص على أن يعمل لصالحك. اسحب لترى خمس خطوات لتأمين هاتفك "
                        "قبل الاحتجاج، واحفظ هذا المنشور ليوم الحاجة. #قبل_أن_تخرج"
                    ),
                },
            },
            {
                "platform": "whatsapp",
                "text": {
                    "en": (
                        "Protest tomorrow? Before you leave: 1) back up and delete what you do not "
                        "need, 2) set a long passcode, 3) turn on disappearing messages, 4) switch "
                        "off location, 5) write a lawyer's number on paper. Full guide on Manara's "
                        "website."
                    ),
                    "ar": (
                        "احتجاج غدًا؟ قبل أن تخرج: 1) انسخ احتياطيًا واحذف ما لا تحتاجه، 2) ضع رمز "
                        "مرور طويلًا، 3) فعّل الرسائل المختفية، 4) أوقف خدمة الموقع، 5) اكتب رقم "
                        "محامٍ على ورقة. الدليل الكامل على موقع منارة."
                    ),
                },
            },
        ],
        "hashtags": ["#BeforeYouGo", "#ProtestSafe", "#قبل_أن_تخرج", "#أمانك_الرقمي"],
        "campaign_start": "2025-05-10",
        "campaign_end": "2025-06-30",
        "partners": [
            {"en": "Sawt Media Collective", "ar": "تجمّع صوت الإعلامي"},
            {"en": "Nawafeth Youth Network", "ar": "شبكة نوافذ الشبابية"},
        ],
    },
    # PDF-only words: en "spreadsheet", ar "جدول بيانات"
    {
        "type": "toolkit",
        "slug": "dont-let-it-disappear",
        "languages": ["en", "ar"],
        "date": "2024-05-14",
        "authors": ["omar-khatib", "karim-nassar"],
        "topics": ["platform-censorship"],
        "regions": ["PS", "EG", "TN"],
        "doi": "",
        "title": {
            "en": "Don't Let It Disappear: Documenting and Appealing Content Removals",
            "ar": "لا تدعه يختفي: كيف توثّق حذف المحتوى وتطعن فيه",
        },
        "summary": {
            "en": (
                "When a platform removes your post or restricts your account, what you do in the "
                "first hours matters. This toolkit shows how to document the removal, file an "
                "effective appeal and report the case, so that patterns can be exposed."
            ),
            "ar": (
                "حين تحذف منصة منشورك أو تقيّد حسابك، فإن ما تفعله في الساعات الأولى مهم. يشرح هذا "
                "الدليل كيف توثّق الحذف، وتقدّم طعنًا فعّالًا، وتبلغ عن الحالة حتى يمكن كشف "
                "الأنماط."
            ),
        },
        "body": {
            "en": [
                ("heading", "Why every case counts"),
                (
                    "paragraph",
                    (
                        "Platforms remove millions of posts every day, and most users never find "
                        "out why. When removals hit Palestinian and Arab users disproportionately, "
                        "individual complaints are easy to dismiss. Documented cases, collected "
                        "together, are much harder to ignore."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Our evidence has helped restore the accounts of journalists and news "
                        "pages, and it has been cited in our dialogue with platforms and in "
                        "submissions to UN experts. Every case you report adds to that evidence."
                    ),
                ),
                ("heading", "Act quickly"),
                (
                    "paragraph",
                    (
                        "Notices can disappear, appeal windows close, and details fade from "
                        "memory. The steps below take about fifteen minutes and should be taken as "
                        "soon as you notice a removal or a restriction."
                    ),
                ),
                (
                    "quote",
                    (
                        "I almost gave up after my page was restricted. Filing the appeal with "
                        "proper screenshots took ten minutes, and the page was back within a week."
                    ),
                    "The editor of a local news page in Tunisia",
                ),
                (
                    "paragraph",
                    (
                        "Not every appeal succeeds, and platforms sometimes take weeks to respond. "
                        "Even then, your documentation matters: it shows how the rules are applied "
                        "in practice and helps us press for change."
                    ),
                ),
            ],
            "ar": [
                ("heading", "لماذا تهمّ كل حالة"),
                (
                    "paragraph",
                    (
                        "تحذف المنصات ملايين المنشورات كل يوم، ولا يعرف معظم المستخدمين السبب "
                        "أبدًا. وحين تطال عمليات الحذف المستخدمين الفلسطينيين والعرب على نحو غير "
                        "متناسب، يسهل تجاهل الشكاوى الفردية. أما الحالات الموثّقة المجمّعة معًا، "
                        "فيصعب تجاهلها كثيرًا."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "ساعدت الأدلة التي جمعناها على استعادة حسابات صحفيين وصفحات إخبارية، "
                        "واستُشهد بها في حوارنا مع المنصات وفي المداخلات المقدَّمة إلى خبراء الأمم "
                        "المتحدة. وكل حالة تبلغنا عنها تضيف إلى هذه الأدلة."
                    ),
                ),
                ("heading", "تحرّك بسرعة"),
                (
                    "paragraph",
                    (
                        "قد تختفي الإشعارات، وتنقضي مهل الطعن، وتتلاشى التفاصيل من الذاكرة. تستغرق "
                        "الخطوات التالية نحو خمس عشرة دقيقة، وينبغي القيام بها فور ملاحظتك الحذف "
                        "أو التقييد."
                    ),
                ),
                (
                    "quote",
                    (
                        "كدت أستسلم بعد تقييد صفحتي. استغرق تقديم الطعن مع لقطات شاشة مناسبة عشر "
                        "دقائق، وعادت الصفحة خلال أسبوع."
                    ),
                    "محرّر صفحة إخبارية محلية في تونس",
                ),
                (
                    "paragraph",
                    (
                        "لا تنجح كل الطعون، وقد تستغرق المنصات أسابيع للرد. ومع ذلك يبقى توثيقك "
                        "مهمًا، فهو يُظهر كيف تُطبَّق القواعد عمليًا ويساعدنا في الضغط من أجل "
                        "التغيير."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Don't Let It Disappear — A guide for organisations",
                (
                    "This guide is for newsrooms, community organisations and student groups that "
                    "want to track the removals affecting their members systematically. Collecting "
                    "cases in a consistent way makes them far more useful as evidence."
                ),
                (
                    "Designate one person to receive cases, and keep a shared spreadsheet with one "
                    "row per case. Useful columns are the date, the platform, the type of content, "
                    "the language, the type of action, the rule cited, whether an appeal was "
                    "filed, and the outcome. Store screenshots in a separate folder, named after "
                    "the row number."
                ),
                (
                    "Protect the data you collect. Case records can include names, phone numbers "
                    "and political opinions. Limit access to the people who need it, use "
                    "two-factor authentication on the account where the spreadsheet is stored, and "
                    "delete personal details you no longer need."
                ),
                (
                    "Write appeals in the language of the content where possible, and keep them "
                    "factual. Explain what the content shows, why it is newsworthy or documentary, "
                    "and which part of the platform's own rules allows it. Avoid insults or "
                    "threats, which can be used as a reason to reject the appeal."
                ),
                (
                    "Review your records every month. Look for repeated patterns: the same rule "
                    "cited for similar content, removals clustered around particular events, or "
                    "appeals that consistently fail on one platform. These patterns are exactly "
                    "what we need to raise the issue with the companies."
                ),
                (
                    "When a case is urgent, for example when a journalist's account is suspended "
                    "during a breaking news event or a page that serves a whole town is taken "
                    "down, do not wait for the monthly review. Contact Manara directly through the "
                    "helpline, with the link, the screenshots and a short explanation of why the "
                    "account matters. We have established channels with several platforms for "
                    "escalating such cases, but they work only when the information is complete "
                    "and accurate. Please do not send the same case through several organisations "
                    "at once: duplicate escalations slow everyone down and can reduce the "
                    "credibility of the requests that follow."
                ),
                (
                    "Share your monthly summary with Manara. We combine cases from partners across "
                    "the region, and anonymised figures from your records may appear in our "
                    "reports, always with your agreement."
                ),
                (
                    "Finally, look after the people who handle the cases. Reviewing removed "
                    "material, especially images of violence, takes a toll. Rotate the task, and "
                    "make time to talk about it."
                ),
            ],
            "ar": [
                "لا تدعه يختفي — دليل للمؤسسات",
                (
                    "هذا الدليل موجه إلى غرف الأخبار والمؤسسات المجتمعية والمجموعات الطلابية التي "
                    "تريد تتبع عمليات الحذف التي تطال أعضاءها بصورة منهجية. فجمع الحالات بطريقة "
                    "متسقة يجعلها أكثر فائدة بكثير بوصفها أدلة."
                ),
                (
                    "كلفوا شخصا واحدا باستقبال الحالات، واحتفظوا بسجل الحالات في جدول بيانات مشترك "
                    "يخصص صفا لكل حالة. ومن الأعمدة المفيدة: التاريخ، والمنصة، ونوع المحتوى، "
                    "واللغة، ونوع الإجراء، والقاعدة المذكورة، وهل قدم طعن، والنتيجة. واحفظوا لقطات "
                    "الشاشة في مجلد منفصل، مع تسميتها برقم الصف."
                ),
                (
                    "احموا البيانات التي تجمعونها. فسجلات الحالات قد تتضمن أسماء وأرقام هواتف "
                    "وآراء سياسية. قصروا الوصول على من يحتاجون إليه، واستخدموا التحقق بخطوتين في "
                    "الحساب الذي يحفظ فيه الجدول، واحذفوا التفاصيل الشخصية التي لم تعودوا بحاجة "
                    "إليها."
                ),
                (
                    "اكتبوا الطعون بلغة المحتوى حيثما أمكن، والتزموا بالوقائع. اشرحوا ما يظهره "
                    "المحتوى، ولماذا له قيمة إخبارية أو توثيقية، وأي جزء من قواعد المنصة نفسها "
                    "يسمح به. وتجنبوا الإهانات أو التهديدات، إذ قد تتخذ ذريعة لرفض الطعن."
                ),
                (
                    "راجعوا سجلاتكم كل شهر، وابحثوا عن الأنماط المتكررة: القاعدة نفسها تذكر لمحتوى "
                    "متشابه، أو عمليات حذف تتركز حول أحداث معينة، أو طعون تفشل باستمرار على منصة "
                    "بعينها. هذه الأنماط هي بالضبط ما نحتاج إليه لإثارة المسألة مع الشركات."
                ),
                (
                    "حين تكون الحالة عاجلة، كأن يعلق حساب صحفي خلال حدث إخباري متسارع، أو تحذف "
                    "صفحة تخدم بلدة بأكملها، فلا تنتظروا المراجعة الشهرية. تواصلوا مع منارة مباشرة "
                    "عبر خط المساعدة، وأرسلوا الرابط ولقطات الشاشة وشرحا موجزا لأهمية الحساب. "
                    "لدينا قنوات قائمة مع عدة منصات لرفع مثل هذه الحالات، لكنها لا تنجح إلا إذا "
                    "كانت المعلومات كاملة ودقيقة. ونرجو ألا ترسلوا الحالة نفسها عبر عدة مؤسسات في "
                    "آن واحد، فالتصعيد المكرر يبطئ عمل الجميع وقد يضعف مصداقية الطلبات اللاحقة."
                ),
                (
                    "شاركوا ملخصكم الشهري مع منارة. فنحن نجمع الحالات الواردة من شركائنا في أنحاء "
                    "المنطقة، وقد تظهر أرقام مجهلة من سجلاتكم في تقاريرنا، بموافقتكم دائما."
                ),
                (
                    "وأخيرا، اعتنوا بالأشخاص الذين يتولون معالجة الحالات. فمراجعة المواد المحذوفة، "
                    "ولا سيما صور العنف، ترهق النفس. تناوبوا على هذه المهمة، وخصصوا وقتا للحديث "
                    "عنها."
                ),
            ],
        },
        "goal": {
            "en": "Make sure that every wrongful removal is documented, appealed and counted.",
            "ar": "ضمان توثيق كل حذف غير مبرَّر والطعن فيه وإحصائه.",
        },
        "call_to_action": {
            "en": "Had a post removed? Document it, appeal it and report it to us.",
            "ar": "حُذف منشورك؟ وثّقه، واطعن فيه، وأبلغنا عنه.",
        },
        "steps": [
            {
                "title": {"en": "Take screenshots", "ar": "التقط لقطات شاشة"},
                "text": {
                    "en": (
                        "Capture the platform's notice, the removed content if you still have it, "
                        "and your account status page. Make sure the date and time are visible."
                    ),
                    "ar": (
                        "صوّر إشعار المنصة، والمحتوى المحذوف إن كان لا يزال لديك، وصفحة حالة "
                        "حسابك. وتأكد من ظهور التاريخ والوقت."
                    ),
                },
            },
            {
                "title": {"en": "Write down the details", "ar": "دوّن التفاصيل"},
                "text": {
                    "en": (
                        "Note the platform, the link to the post or account, the date, the "
                        "language, and the rule the platform says you broke."
                    ),
                    "ar": (
                        "سجّل اسم المنصة، ورابط المنشور أو الحساب، والتاريخ، واللغة، والقاعدة التي "
                        "تقول المنصة إنك خالفتها."
                    ),
                },
            },
            {
                "title": {"en": "File an appeal", "ar": "قدّم طعنًا"},
                "text": {
                    "en": (
                        "Use the platform's appeal option. Explain in one or two calm sentences "
                        "why the content does not break the rules, and mention any news or "
                        "documentary context."
                    ),
                    "ar": (
                        "استخدم خيار الطعن الذي توفره المنصة. واشرح في جملة أو جملتين هادئتين "
                        "لماذا لا يخالف المحتوى القواعد، واذكر أي سياق إخباري أو توثيقي."
                    ),
                },
            },
            {
                "title": {"en": "Report the case to Manara", "ar": "أبلغ منارة بالحالة"},
                "text": {
                    "en": (
                        "Send your screenshots and notes through our reporting form. We review "
                        "every case and escalate urgent ones, such as journalists' accounts, "
                        "directly to the platform."
                    ),
                    "ar": (
                        "أرسل لقطات الشاشة وملاحظاتك عبر استمارة البلاغات لدينا. نراجع كل حالة، "
                        "ونرفع الحالات العاجلة، كحسابات الصحفيين، إلى المنصة مباشرة."
                    ),
                },
            },
        ],
        "posts": [
            {
                "platform": "x",
                "text": {
                    "en": (
                        "Post removed? Account restricted? Don't let it disappear. Screenshot the "
                        "notice, note the details, appeal, and report it to Manara. Every "
                        "documented case helps expose the pattern. #DontLetItDisappear"
                    ),
                    "ar": (
                        "حُذف منشورك؟ قُيّد حسابك؟ لا تدعه يختفي. صوّر الإشعار، ودوّن التفاصيل، "
                        "واطعن، وأبلغ منارة. كل حالة موثّقة تساعد في كشف النمط. #لا_تدعه_يختفي"
                    ),
                },
            },
            {
                "platform": "facebook",
                "text": {
                    "en": (
                        "If a platform has removed your post or restricted your account, the first "
                        "hours matter. Our toolkit explains, step by step, how to document the "
                        "removal, write an effective appeal and report the case to us, so that we "
                        "can raise it with the companies."
                    ),
                    "ar": (
                        "إذا حذفت منصة منشورك أو قيّدت حسابك، فالساعات الأولى مهمة. يشرح دليلنا "
                        "خطوة بخطوة كيف توثّق الحذف، وتكتب طعنًا فعّالًا، وتبلغنا بالحالة لنثيرها "
                        "مع الشركات."
                    ),
                },
            },
            {
                "platform": "instagram",
                "text": {
                    "en": (
                        "Your story was taken down? Screenshot it, appeal it, report it. Four "
                        "steps that take fifteen minutes and help us hold platforms to account. "
                        "Link in bio. #DontLetItDisappear"
                    ),
                    "ar": (
                        "حُذفت قصتك؟ صوّرها، واطعن، وأبلغ عنها. أربع خطوات تستغرق ربع ساعة "
                        "وتساعدنا في مساءلة المنصات. الرابط في السيرة. #لا_تدعه_يختفي"
                    ),
                },
            },
            {
                "platform": "whatsapp",
                "text": {
                    "en": (
                        "If one of your posts is removed: 1) screenshot the notice, 2) note the "
                        "link, the date and the rule, 3) appeal on the platform, 4) send "
                        "everything to Manara through our reporting form. Please forward to your "
                        "groups."
                    ),
                    "ar": (
                        "إذا حُذف منشور لك: 1) صوّر الإشعار، 2) دوّن الرابط والتاريخ والقاعدة، 3) "
                        "اطعن عبر المنصة، 4) أرسل كل ذلك إلى منارة عبر استمارة البلاغات. يرجى "
                        "إعادة توجيه الرسالة إلى مجموعاتكم."
                    ),
                },
            },
        ],
        "hashtags": ["#DontLetItDisappear", "#لا_تدعه_يختفي", "#ReportTheTakedown"],
        "campaign_start": "2024-05-15",
        "campaign_end": "2024-07-15",
        "partners": [
            {"en": "Bayan Legal Clinic", "ar": "عيادة بيان القانونية"},
            {"en": "Masarat Digital Forum", "ar": "منتدى مسارات الرقمي"},
        ],
    },
    # PDF-only words: en "burnout", ar "الاحتراق", he "שחיקה"
    {
        "type": "toolkit",
        "slug": "stand-together-online",
        "languages": ["en", "ar", "he"],
        "date": "2026-02-17",
        "authors": ["karim-nassar", "dana-shalev", "noor-masri"],
        "topics": ["hate-speech", "digital-security"],
        "regions": ["IL", "PS"],
        "doi": "",
        "title": {
            "en": "Stand Together Online: Responding to Coordinated Hate and Incitement Campaigns",
            "ar": "معًا على الإنترنت: كيف نواجه حملات الكراهية والتحريض المنظَّمة",
            "he": "ביחד ברשת: איך להגיב לקמפיינים מתואמים של שנאה והסתה",
        },
        "summary": {
            "en": (
                "When a coordinated campaign targets you or your organisation online, you do not "
                "have to face it alone. This toolkit helps the people targeted, their colleagues "
                "and their communities respond safely and effectively."
            ),
            "ar": (
                "حين تستهدفك حملة منظّمة على الإنترنت، أو تستهدف مؤسستك، فلست مضطرًا إلى مواجهتها "
                "وحدك. يساعد هذا الدليل المستهدَفين وزملاءهم ومجتمعاتهم على الرد بأمان وفعالية."
            ),
            "he": (
                "כשקמפיין מתואם ברשת מכוון נגדכם או נגד הארגון שלכם, אינכם צריכים להתמודד איתו "
                "לבד. ערכת הכלים הזו עוזרת למי שמותקפים, לעמיתיהם ולקהילות שלהם להגיב בבטחה "
                "וביעילות."
            ),
        },
        "body": {
            "en": [
                ("heading", "When hate is organised"),
                (
                    "paragraph",
                    (
                        "Many of the attacks we document are not spontaneous. They begin in a "
                        "channel or a group, where a target is named and a screenshot or a link is "
                        "shared, and within hours hundreds of accounts are posting abuse, threats "
                        "and false accusations. Journalists, teachers, doctors and local "
                        "officials, Arab and Jewish alike, have been targeted for a single post "
                        "calling for calm."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "Coordinated campaigns aim to isolate people and silence them. They work "
                        "when the person targeted feels alone, and when platforms treat each "
                        "abusive message as an isolated case rather than as part of a pattern."
                    ),
                ),
                ("heading", "Respond as a community"),
                (
                    "paragraph",
                    (
                        "The most effective responses we have seen are collective. Colleagues "
                        "document the abuse so that the person targeted does not have to read "
                        "every message, employers and institutions stand by that person publicly, "
                        "and reports to platforms describe the campaign as a whole."
                    ),
                ),
                (
                    "quote",
                    (
                        "The messages were terrible, but what I remember most are the colleagues "
                        "who took over my inbox so that I could sleep."
                    ),
                    "A teacher from Haifa who was targeted in 2025",
                ),
                (
                    "paragraph",
                    (
                        "Do not engage with the attackers directly: replies tend to amplify the "
                        "campaign. Focus on safety, documentation and support, and on making sure "
                        "that the voice of the person targeted is heard again once the storm has "
                        "passed."
                    ),
                ),
            ],
            "ar": [
                ("heading", "حين تكون الكراهية منظَّمة"),
                (
                    "paragraph",
                    (
                        "كثير من الهجمات التي نوثّقها ليست عفوية. فهي تبدأ في قناة أو مجموعة، حيث "
                        "يُذكر اسم الشخص المستهدَف وتُنشر لقطة شاشة أو رابط، وخلال ساعات تنشر مئات "
                        "الحسابات إساءات وتهديدات واتهامات كاذبة. وقد استُهدف صحفيون ومعلمون "
                        "وأطباء ومسؤولون محليون، عربًا ويهودًا، بسبب منشور واحد يدعو إلى التهدئة."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "تهدف الحملات المنظّمة إلى عزل الناس وإسكاتهم. وهي تنجح حين يشعر الشخص "
                        "المستهدَف بأنه وحيد، وحين تتعامل المنصات مع كل رسالة مسيئة كحالة منفردة "
                        "لا كجزء من نمط."
                    ),
                ),
                ("heading", "واجهوا معًا كمجتمع"),
                (
                    "paragraph",
                    (
                        "أنجع الاستجابات التي رأيناها جماعية. يوثّق الزملاء الإساءات حتى لا يضطر "
                        "الشخص المستهدَف إلى قراءة كل رسالة، وتقف جهات العمل والمؤسسات علنًا إلى "
                        "جانبه، وتصف البلاغات المقدَّمة إلى المنصات الحملة بمجملها."
                    ),
                ),
                (
                    "quote",
                    (
                        "كانت الرسائل فظيعة، لكن أكثر ما أتذكره هم الزملاء الذين تولّوا بريدي حتى "
                        "أستطيع النوم."
                    ),
                    "معلّمة من حيفا استُهدفت في عام 2025",
                ),
                (
                    "paragraph",
                    (
                        "لا تتفاعلوا مع المهاجمين مباشرة، فالردود تميل إلى تضخيم الحملة. ركّزوا "
                        "على السلامة والتوثيق والدعم، وعلى ضمان أن يُسمع صوت الشخص المستهدَف من "
                        "جديد بعد أن تهدأ العاصفة."
                    ),
                ),
            ],
            "he": [
                ("heading", "כשהשנאה מאורגנת"),
                (
                    "paragraph",
                    (
                        "רבות מההתקפות שאנו מתעדים אינן ספונטניות. הן מתחילות בערוץ או בקבוצה, "
                        "שבהם מפרסמים את שמו של אדם ומשתפים צילום מסך או קישור, ותוך שעות מאות "
                        "חשבונות מציפים אותו בהשמצות, באיומים ובהאשמות שווא. עיתונאים, מורים, "
                        "רופאים ונבחרי ציבור מקומיים, ערבים ויהודים כאחד, הותקפו בשל פוסט אחד שקרא "
                        "להרגעה."
                    ),
                ),
                (
                    "paragraph",
                    (
                        "קמפיינים מתואמים נועדו לבודד אנשים ולהשתיק אותם. הם מצליחים כשמי שמותקף "
                        "מרגיש לבד, וכשהפלטפורמות מתייחסות לכל הודעה פוגענית כמקרה בודד ולא כחלק "
                        "מדפוס."
                    ),
                ),
                ("heading", "להגיב כקהילה"),
                (
                    "paragraph",
                    (
                        "התגובות האפקטיביות ביותר שראינו הן קולקטיביות. עמיתים מתעדים את ההתעללות "
                        "כדי שמי שמותקף לא יצטרך לקרוא כל הודעה, מעסיקים ומוסדות מתייצבים לצדו "
                        "בפומבי, והדיווחים לפלטפורמות מתארים את הקמפיין כולו."
                    ),
                ),
                (
                    "quote",
                    (
                        "ההודעות היו נוראיות, אבל מה שאני זוכרת יותר מכול הם העמיתים שלקחו על עצמם "
                        "את תיבת הדואר שלי כדי שאוכל לישון."
                    ),
                    "מורה מחיפה שהותקפה ב־2025",
                ),
                (
                    "paragraph",
                    (
                        "אל תתעמתו ישירות עם התוקפים: תגובות נוטות להגביר את הקמפיין. התמקדו "
                        "בביטחון, בתיעוד ובתמיכה, ובכך שקולו של מי שהותקף יישמע שוב כשהסערה תחלוף."
                    ),
                ),
            ],
        },
        "pdf": {
            "en": [
                "Stand Together Online — Guidance for organisations and allies",
                (
                    "This guide accompanies our campaign toolkit and is written for the "
                    "organisations, employers and community groups whose members may become "
                    "targets. Preparing before an attack happens makes the response faster and "
                    "kinder."
                ),
                (
                    "Agree in advance who will coordinate the response if a colleague is targeted, "
                    "who will document, and who will speak publicly. Keep a short protocol with "
                    "contact details for the platforms' escalation channels, a lawyer and a "
                    "digital security helpline."
                ),
                (
                    "Documentation should be thorough but contained. Store evidence in a secure "
                    "shared folder, record the date, platform and link of each item, and note "
                    "which accounts appear to have started the campaign. Limit the number of "
                    "people who see the material."
                ),
                (
                    "Watch for signs of burnout. Being targeted is exhausting, and so is "
                    "documenting abuse on someone else's behalf. Share the work, set limits on how "
                    "long anyone spends reading abusive content, and offer access to psychological "
                    "support where you can."
                ),
                (
                    "When you speak publicly, focus on the person and on the values at stake, not "
                    "on the attackers. Avoid repeating the false claims, even to deny them, since "
                    "this can spread them further. A short, clear statement of support is usually "
                    "more effective than a long rebuttal."
                ),
                (
                    "Employers and institutions carry a particular responsibility. A hospital, "
                    "school, university or newsroom whose staff member is targeted should respond "
                    "quickly and publicly, make clear that it will not discipline that person on "
                    "the basis of a coordinated campaign, and handle any complaints it receives "
                    "calmly and through its ordinary procedures. Campaigns often try to pressure "
                    "employers with floods of identical emails and calls; recognising this "
                    "pattern, and saying so publicly, removes much of its force. Institutions "
                    "should also consider safety at the workplace itself, for example by informing "
                    "security and reception staff when threats mention the place of work, and by "
                    "allowing the person to work from home for a while if they wish."
                ),
                (
                    "Once the campaign has subsided, review what happened together with the person "
                    "who was targeted. Ask what helped and what did not, and update your protocol. "
                    "Make sure the person is supported in returning to public life on their own "
                    "terms."
                ),
                (
                    "Manara works with Arab and Jewish partners to track coordinated campaigns and "
                    "to raise them with the platforms. If your organisation would like training "
                    "based on this guide, contact us."
                ),
            ],
            "ar": [
                "معا على الإنترنت — إرشادات للمؤسسات والحلفاء",
                (
                    "يرافق هذا الدليل حزمة أدوات الحملة، وهو موجه إلى المؤسسات وجهات العمل "
                    "والمجموعات المجتمعية التي قد يصبح أعضاؤها أهدافا. فالاستعداد قبل وقوع الهجوم "
                    "يجعل الاستجابة أسرع وأكثر رأفة."
                ),
                (
                    "اتفقوا مسبقا على من سينسق الاستجابة إذا استهدف أحد الزملاء، ومن سيتولى "
                    "التوثيق، ومن سيتحدث علنا. واحتفظوا ببروتوكول قصير يتضمن بيانات التواصل مع "
                    "قنوات التصعيد في المنصات، ومع محام، ومع خط مساعدة للأمان الرقمي."
                ),
                (
                    "ينبغي أن يكون التوثيق شاملا ولكن محصورا. احفظوا الأدلة في مجلد مشترك آمن، "
                    "وسجلوا التاريخ والمنصة والرابط لكل مادة، ودونوا الحسابات التي يبدو أنها أطلقت "
                    "الحملة. وقللوا عدد الأشخاص الذين يطلعون على هذه المواد."
                ),
                (
                    "انتبهوا إلى علامات الاحتراق النفسي. فالاستهداف منهك، وكذلك توثيق الإساءات "
                    "نيابة عن شخص آخر. وزعوا العمل، وضعوا حدودا للوقت الذي يقضيه أي شخص في قراءة "
                    "المحتوى المسيء، ووفروا الوصول إلى الدعم النفسي حيثما استطعتم."
                ),
                (
                    "حين تتحدثون علنا، ركزوا على الشخص وعلى القيم المعرضة للخطر، لا على المهاجمين. "
                    "وتجنبوا تكرار الادعاءات الكاذبة، حتى في معرض نفيها، لأن ذلك قد يزيد انتشارها. "
                    "فبيان دعم قصير وواضح أكثر فعالية في العادة من رد طويل."
                ),
                (
                    "تتحمل جهات العمل والمؤسسات مسؤولية خاصة. فعلى المستشفى أو المدرسة أو الجامعة "
                    "أو غرفة الأخبار التي يستهدف أحد العاملين فيها أن تستجيب بسرعة وعلنا، وأن توضح "
                    "أنها لن تتخذ إجراءات تأديبية بحقه بناء على حملة منظمة، وأن تنظر في أي شكاوى "
                    "تتلقاها بهدوء ووفق إجراءاتها المعتادة. فكثيرا ما تحاول الحملات الضغط على جهات "
                    "العمل بسيل من الرسائل والمكالمات المتطابقة، وإدراك هذا النمط والإعلان عنه "
                    "يفقدانها كثيرا من قوتها. وينبغي للمؤسسات أيضا أن تراعي السلامة في مكان العمل "
                    "نفسه، كأن تبلغ موظفي الأمن والاستقبال حين تذكر التهديدات مكان العمل، وأن تسمح "
                    "للشخص بالعمل من المنزل لفترة إن رغب في ذلك."
                ),
                (
                    "بعد أن تهدأ الحملة، راجعوا ما حدث مع الشخص الذي استهدف. اسألوا عما ساعد وما "
                    "لم يساعد، وحدثوا البروتوكول. واحرصوا على دعم الشخص في عودته إلى الحياة العامة "
                    "بشروطه هو."
                ),
                (
                    "تعمل منارة مع شركاء عرب ويهود لرصد الحملات المنظمة وإثارتها مع المنصات. وإذا "
                    "رغبت مؤسستكم في تدريب يستند إلى هذا الدليل، فتواصلوا معنا."
                ),
            ],
            "he": [
                "ביחד ברשת — הנחיות לארגונים ולבעלי ברית",
                (
                    "המדריך הזה מלווה את ערכת הכלים של הקמפיין ומיועד לארגונים, למעסיקים ולקבוצות "
                    "קהילתיות שחבריהם עלולים להפוך למטרה. היערכות מראש, לפני שמתקפה מתרחשת, הופכת "
                    "את התגובה למהירה ולרגישה יותר."
                ),
                (
                    "סכמו מראש מי ירכז את התגובה אם עמית מותקף, מי יתעד ומי ידבר בפומבי. החזיקו "
                    "פרוטוקול קצר עם פרטי קשר לערוצי ההסלמה של הפלטפורמות, לעורך דין ולקו סיוע "
                    "לאבטחה דיגיטלית."
                ),
                (
                    "התיעוד צריך להיות יסודי אבל תחום. שמרו את הראיות בתיקייה משותפת ומאובטחת, "
                    "רשמו לכל פריט תאריך, פלטפורמה וקישור, וציינו אילו חשבונות נראה שהתניעו את "
                    "הקמפיין. צמצמו את מספר האנשים שנחשפים לחומרים."
                ),
                (
                    "שימו לב לסימנים של שחיקה. להיות מטרה להתקפה זה מתיש, וכך גם לתעד התעללות "
                    "בשביל מישהו אחר. חלקו את העבודה, הגבילו את הזמן שכל אחד מקדיש לקריאת תוכן "
                    "פוגעני, והציעו גישה לתמיכה נפשית ככל שתוכלו."
                ),
                (
                    "כשאתם מדברים בפומבי, התמקדו באדם ובערכים שעומדים על הפרק, לא בתוקפים. הימנעו "
                    "מלחזור על הטענות הכוזבות, אפילו כדי להכחיש אותן, כי כך הן עלולות להתפשט עוד. "
                    "הצהרת תמיכה קצרה וברורה אפקטיבית בדרך כלל יותר מהפרכה ארוכה."
                ),
                (
                    "למעסיקים ולמוסדות יש אחריות מיוחדת. בית חולים, בית ספר, אוניברסיטה או מערכת "
                    "חדשות שאחד מעובדיהם מותקף צריכים להגיב במהירות ובפומבי, להבהיר שלא ינקטו "
                    "צעדים משמעתיים נגדו על סמך קמפיין מתואם, ולבחון כל תלונה שמתקבלת בשיקול דעת "
                    "ובהתאם לנהלים הרגילים. קמפיינים מנסים לעתים קרובות ללחוץ על מעסיקים באמצעות "
                    "מבול של מיילים ושיחות זהים; הכרה בדפוס הזה, ואמירה גלויה שלו, נוטלות ממנו חלק "
                    "גדול מכוחו. על המוסדות לחשוב גם על הביטחון במקום העבודה עצמו, למשל לעדכן את "
                    "אנשי האבטחה ואת דלפק הקבלה כשהאיומים מזכירים את מקום העבודה, ולאפשר לאדם "
                    "לעבוד מהבית לזמן מה אם ירצה בכך."
                ),
                (
                    "אחרי שהקמפיין שוכך, עברו יחד עם מי שהותקף על מה שקרה. שאלו מה עזר ומה לא, "
                    "ועדכנו את הפרוטוקול. ודאו שהאדם מקבל תמיכה בחזרה לחיים הציבוריים בתנאים שלו."
                ),
                (
                    "מנארה עובדת עם שותפים ערבים ויהודים כדי לעקוב אחר קמפיינים מתואמים ולהעלות "
                    "אותם מול הפלטפורמות. אם הארגון שלכם מעוניין בהדרכה המבוססת על המדריך הזה, צרו "
                    "איתנו קשר."
                ),
            ],
        },
        "goal": {
            "en": (
                "Equip people targeted by online hate campaigns, and those around them, to respond "
                "safely, document the abuse and get it removed."
            ),
            "ar": (
                "تمكين المستهدَفين بحملات الكراهية على الإنترنت ومن حولهم من الرد بأمان، وتوثيق "
                "الإساءات، والعمل على حذفها."
            ),
            "he": (
                "לצייד את מי שמותקפים בקמפייני שנאה ברשת, ואת הסובבים אותם, בכלים להגיב בבטחה, "
                "לתעד את ההתעללות ולהביא להסרתה."
            ),
        },
        "call_to_action": {
            "en": "If someone you know is being targeted, reach out to them today.",
            "ar": "إن كان أحد معارفك مستهدَفًا، فتواصل معه اليوم.",
            "he": "אם מישהו שאתם מכירים מותקף ברשת, פנו אליו עוד היום.",
        },
        "steps": [
            {
                "title": {
                    "en": "Check your safety",
                    "ar": "اطمئن على سلامتك",
                    "he": "דאגו לביטחונכם",
                },
                "text": {
                    "en": (
                        "If the threats include your home address, your workplace or your family, "
                        "contact someone you trust and, if you feel it is safe to do so, the "
                        "police or a lawyer. Tighten the privacy settings on all your accounts."
                    ),
                    "ar": (
                        "إذا تضمنت التهديدات عنوان منزلك أو مكان عملك أو عائلتك، فتواصل مع شخص تثق "
                        "به، ومع الشرطة أو محامٍ إن شعرت أن ذلك آمن. وشدّد إعدادات الخصوصية في "
                        "جميع حساباتك."
                    ),
                    "he": (
                        "אם האיומים כוללים את כתובת המגורים, את מקום העבודה או את בני המשפחה שלכם, "
                        "פנו לאדם שאתם סומכים עליו, ואם אתם מרגישים שזה בטוח, גם למשטרה או לעורך "
                        "דין. הדקו את הגדרות הפרטיות בכל החשבונות שלכם."
                    ),
                },
            },
            {
                "title": {
                    "en": "Let others document",
                    "ar": "دع غيرك يوثّق",
                    "he": "תנו לאחרים לתעד",
                },
                "text": {
                    "en": (
                        "Ask two or three people you trust to collect screenshots and links of the "
                        "abusive posts, so that you do not have to read them yourself."
                    ),
                    "ar": (
                        "اطلب من شخصين أو ثلاثة تثق بهم جمع لقطات الشاشة وروابط المنشورات المسيئة، "
                        "حتى لا تضطر إلى قراءتها بنفسك."
                    ),
                    "he": (
                        "בקשו משניים או שלושה אנשים שאתם סומכים עליהם לאסוף צילומי מסך וקישורים "
                        "לפוסטים הפוגעניים, כדי שלא תצטרכו לקרוא אותם בעצמכם."
                    ),
                },
            },
            {
                "title": {
                    "en": "Report the campaign, not just the posts",
                    "ar": "أبلغ عن الحملة لا عن المنشورات وحدها",
                    "he": "דווחו על הקמפיין, לא רק על הפוסטים",
                },
                "text": {
                    "en": (
                        "When reporting to platforms, explain that the posts are coordinated, list "
                        "the accounts involved, and include evidence of the original call to "
                        "target you."
                    ),
                    "ar": (
                        "عند الإبلاغ إلى المنصات، وضّح أن المنشورات منسّقة، واذكر الحسابات "
                        "المشاركة، وأرفق ما يثبت الدعوة الأصلية إلى استهدافك."
                    ),
                    "he": (
                        "כשאתם מדווחים לפלטפורמות, הסבירו שהפוסטים מתואמים, פרטו את החשבונות "
                        "המעורבים וצרפו ראיות לקריאה המקורית לתקוף אתכם."
                    ),
                },
            },
            {
                "title": {
                    "en": "Show support in public",
                    "ar": "أظهروا الدعم علنًا",
                    "he": "הביעו תמיכה בפומבי",
                },
                "text": {
                    "en": (
                        "Institutions, colleagues and community leaders can publish statements of "
                        "support. Solidarity changes the story that the campaign is trying to tell."
                    ),
                    "ar": (
                        "يمكن للمؤسسات والزملاء وقيادات المجتمع نشر بيانات دعم. فالتضامن يغيّر "
                        "الرواية التي تحاول الحملة فرضها."
                    ),
                    "he": (
                        "מוסדות, עמיתים ומנהיגי קהילה יכולים לפרסם הצהרות תמיכה. סולידריות משנה את "
                        "הסיפור שהקמפיין מנסה לספר."
                    ),
                },
            },
            {
                "title": {"en": "Ask for help", "ar": "اطلب المساعدة", "he": "בקשו עזרה"},
                "text": {
                    "en": (
                        "Contact Manara's helpline. We can escalate urgent cases to the platforms, "
                        "connect you with legal support and help you secure your accounts."
                    ),
                    "ar": (
                        "تواصل مع خط المساعدة في منارة. يمكننا رفع الحالات العاجلة إلى المنصات، "
                        "وربطك بدعم قانوني، ومساعدتك على تأمين حساباتك."
                    ),
                    "he": (
                        "פנו לקו הסיוע של מנארה. נוכל להעביר מקרים דחופים לפלטפורמות, לחבר אתכם "
                        "לסיוע משפטי ולעזור לכם לאבטח את החשבונות שלכם."
                    ),
                },
            },
        ],
        "posts": [
            {
                "platform": "x",
                "text": {
                    "en": (
                        "A coordinated hate campaign works only if its target is left alone. If "
                        "someone you know is being targeted online, reach out, help document, and "
                        "report the campaign together. Our new toolkit shows how. "
                        "#StandTogetherOnline"
                    ),
                    "ar": (
                        "لا تنجح حملة الكراهية المنظّمة إلا إذا تُرك المستهدَف وحده. إن كان أحد "
                        "معارفك مستهدَفًا على الإنترنت، فتواصل معه، وساعد في التوثيق، وأبلغوا عن "
                        "الحملة معًا. دليلنا الجديد يشرح كيف. #معا_ضد_التحريض"
                    ),
                    "he": (
                        "קמפיין שנאה מתואם מצליח רק כשמי שמותקף נשאר לבד. אם מישהו שאתם מכירים "
                        "מותקף ברשת, פנו אליו, עזרו לתעד ודווחו יחד על הקמפיין. ערכת הכלים החדשה "
                        "שלנו מסבירה איך. #StandTogetherOnline"
                    ),
                },
            },
            {
                "platform": "facebook",
                "text": {
                    "en": (
                        "Online hate campaigns are often organised: a name is posted in a group, "
                        "and within hours hundreds of accounts join in. Our toolkit explains how "
                        "the people targeted, their colleagues and their institutions can respond "
                        "safely, document the abuse and get platforms to act."
                    ),
                    "ar": (
                        "كثيرًا ما تكون حملات الكراهية على الإنترنت منظّمة: يُنشر اسم في مجموعة، "
                        "وخلال ساعات تنضم مئات الحسابات. يشرح دليلنا كيف يمكن للمستهدَفين وزملائهم "
                        "ومؤسساتهم الرد بأمان، وتوثيق الإساءات، ودفع المنصات إلى التحرك."
                    ),
                    "he": (
                        "קמפייני שנאה ברשת הם פעמים רבות מאורגנים: שם מתפרסם בקבוצה, ותוך שעות "
                        "מצטרפים מאות חשבונות. ערכת הכלים שלנו מסבירה איך מי שמותקפים, עמיתיהם "
                        "והמוסדות שלהם יכולים להגיב בבטחה, לתעד את ההתעללות ולגרום לפלטפורמות "
                        "לפעול."
                    ),
                },
            },
            {
                "platform": "instagram",
                "text": {
                    "en": (
                        "You are not alone. Five steps for responding to a coordinated hate "
                        "campaign, for the person targeted and for everyone around them. Save and "
                        "share. #StandTogetherOnline"
                    ),
                    "ar": (
                        "لست وحدك. خمس خطوات للرد على حملة كراهية منظّمة، للشخص المستهدَف ولكل من "
                        "حوله. احفظ المنشور وشاركه. #معا_ضد_التحريض"
                    ),
                    "he": (
                        "אתם לא לבד. חמישה צעדים להתמודדות עם קמפיין שנאה מתואם, למי שמותקף ולכל "
                        "מי שסביבו. שמרו ושתפו. #StandTogetherOnline"
                    ),
                },
            },
            {
                "platform": "whatsapp",
                "text": {
                    "en": (
                        "If a friend or colleague is being targeted by an online hate campaign: "
                        "check in with them, offer to collect the screenshots for them, report the "
                        "accounts together, and contact Manara's helpline for support."
                    ),
                    "ar": (
                        "إذا كان صديق أو زميل مستهدَفًا بحملة كراهية على الإنترنت: اطمئن عليه، "
                        "واعرض أن تجمع لقطات الشاشة بدلًا منه، وأبلغوا عن الحسابات معًا، وتواصلوا "
                        "مع خط المساعدة في منارة للحصول على الدعم."
                    ),
                    "he": (
                        "אם חבר או עמיתה מותקפים בקמפיין שנאה ברשת: בדקו מה שלומם, הציעו לאסוף "
                        "בשבילם את צילומי המסך, דווחו יחד על החשבונות ופנו לקו הסיוע של מנארה "
                        "לקבלת תמיכה."
                    ),
                },
            },
        ],
        "hashtags": ["#StandTogetherOnline", "#معا_ضد_التحريض", "#NoToIncitement"],
        "campaign_start": "2026-03-01",
        "campaign_end": "2026-04-30",
        "partners": [
            {
                "en": "Shared Voices Coalition",
                "ar": "ائتلاف أصوات مشتركة",
                "he": "קואליציית קולות משותפים",
            },
            {
                "en": "Bayan Legal Clinic",
                "ar": "عيادة بيان القانونية",
                "he": "הקליניקה המשפטית ביאן",
            },
        ],
    },
]
