"""Who said it: speakers as agency copy names them, in hand-written snippets.

Each case is a short report in the style of Persian agency copy (written for these tests;
people and figures are made up) and the speaker every reporting verb must get, in order.
"""

from __future__ import annotations

import pytest

from claimgraph.loaders.attribution import find_statements
from claimgraph.loaders.normalize import key, normalize

ZWNJ = "\u200c"

# (id, text, [(verb, speaker) for every statement, in order]); speaker None = nobody
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "lead-role-named-in-body",
        "خبرگزاری فارس: فرماندار شهرستان نمونه گفت: ساخت سه مدرسه تازه آغاز شده است.\n"
        "به گزارش خبرگزاری فارس از نمونه، حسن کریمی امروز در جلسه شورای اداری اظهار کرد: "
        "سه مدرسه تا پایان سال به بهره‌برداری می‌رسد.\n"
        "وی افزود: اعتبار این مدارس از محل بودجه استانی است.\n"
        "فرماندار نمونه تصریح کرد: کار با جدیت ادامه دارد.",
        [("گفت", "حسن کریمی"), ("اظهار داشت", "حسن کریمی"), ("افزود", "حسن کریمی"),
         ("تصریح کرد", "حسن کریمی")],
    ),
    (
        "lead-role-then-second-person",
        "خبرگزاری فارس - استاندار نمونه گفت: طرح آبرسانی امسال تمام می‌شود.\n"
        "به گزارش فارس، مهدی صالحی در نشست شورای استان گفت: طرح آبرسانی امسال تمام می‌شود.\n"
        "رئیس سازمان جهاد کشاورزی استان نیز در این نشست گفت: سطح زیر کشت گندم بیشتر شد.\n"
        "ناصر امینی افزود: خرید تضمینی هم آغاز شده است.",
        [("گفت", "مهدی صالحی"), ("گفت", "مهدی صالحی"), ("گفت", "ناصر امینی"), ("افزود", "ناصر امینی")],
    ),
    (
        "compound-given-names-with-zwnj",
        f"محمد{ZWNJ}نبی حسینی‌پور در همایش سرمایه‌گذاری گفت: سرمایه‌ها از کشور نمی‌روند.\n"
        f"سید{ZWNJ}احمد خدایی نیز اظهار داشت: بازار سرمایه آرام است.",
        [("گفت", f"محمد{ZWNJ}نبی حسینی‌پور"), ("اظهار داشت", f"سید{ZWNJ}احمد خدایی")],
    ),
    (
        "arabic-name-part-with-space",
        "حجت الاسلام و المسلمین سید عزت الله مرادی امروز در جمع نمازگزاران گفت: مردم پای کار هستند.",
        [("گفت", f"سید عزت{ZWNJ}الله مرادی")],
    ),
    (
        "quoted-foreign-name-with-role",
        "به گزارش فارس به نقل از یورونیوز، «ژان دوپون» وزیر کشور فرانسه در جمع خبرنگاران "
        "اعلام کرد: «هیچ تخلفی بی‌پاسخ نمی‌ماند.»",
        [("اعلام کرد", "ژان دوپون")],
    ),
    (
        "bare-foreign-name",
        "ژوزه کاستلو روز یکشنبه در گفت و گو با خبرنگار ما اظهار داشت: تیم آماده است.\n"
        "کاستلو افزود: بازیکنان جوان فرصت می‌گیرند.",
        [("اظهار داشت", "ژوزه کاستلو"), ("افزود", "ژوزه کاستلو")],
    ),
    (
        "organisation-speaks-then-this-report",
        "سازمان ملل متحد در گزارشی تازه هشدار داد که کمبود آب در حال گسترش است.\n"
        "این گزارش می‌افزاید: کشورهای کم‌آب رشد کمتری دارند.",
        [("هشدار داد", "سازمان ملل متحد"), ("افزود", "سازمان ملل متحد")],
    ),
    (
        "newspaper-named-in-quotes-then-bare",
        "به گزارش فارس، روزنامه آمریکایی «واشنگتن پست» در گزارشی نوشت: اعتراض‌ها ادامه دارد.\n"
        "واشنگتن پست در ادامه نوشت: دولت پاسخی نداده است.",
        [("نوشت", "واشنگتن پست"), ("نوشت", "واشنگتن پست")],
    ),
    (
        "according-to-a-body",
        "بر اساس اعلام مرکز آمار ایران، نرخ بیکاری در بهار به ۸ درصد رسید.",
        [("به گفته", "مرکز آمار ایران")],
    ),
    (
        "indefinite-speaker-never-named",
        "یک کارشناس اقتصادی گفت: تورم در ماه‌های آینده کند می‌شود.",
        [("گفت", "کارشناس اقتصادی")],
    ),
    (
        "surname-from-the-middle-of-a-name",
        "عباس برزگر ابراهیمی مسئول قرارگاه استان گفت: اردوها از فردا آغاز می‌شود.\n"
        "برزگر ابراهیمی تصریح کرد: امنیت زائران تأمین است.\n"
        "برزگر خاطرنشان کرد: ثبت‌نام تمام شده است.",
        [("گفت", "عباس برزگر ابراهیمی"), ("تصریح کرد", "عباس برزگر ابراهیمی"),
         ("خاطرنشان کرد", "عباس برزگر ابراهیمی")],
    ),
    (
        "source-line-without-comma",
        "به گزارش خبرنگار مهر از شیراز علی احمدی در جلسه شورای شهر گفت: بودجه عمرانی بیشتر شد.",
        [("گفت", "علی احمدی")],
    ),
    (
        "this-session-is-not-the-speaker",
        "به گزارش ایرنا، سیروس نامدار استاندار نمونه گفت: کار آغاز شد.\n"
        "در ادامه این مراسم، مریم غفاری مدیرعامل شرکت آب گفت: لوله‌گذاری تمام شد.",
        [("گفت", "سیروس نامدار"), ("گفت", "مریم غفاری")],
    ),
    (
        "this-official",
        "رضا مرادی مدیرکل بنادر استان گفت: تخلیه کالا سریع‌تر شد.\n"
        "این مسؤول تصریح کرد: صف کشتی‌ها کوتاه شده است.",
        [("گفت", "رضا مرادی"), ("تصریح کرد", "رضا مرادی")],
    ),
    (
        "shorter-name-is-the-same-person",
        "مهدی رسول پناه سرپرست باشگاه گفت: قرارداد مربی تمدید شد.\n"
        "رسول پناه افزود: بازیکنان تازه هم می‌آیند.",
        [("گفت", "مهدی رسول پناه"), ("افزود", "مهدی رسول پناه")],
    ),
    (
        "source-line-quotes-a-body",
        "به گزارش فارس به نقل از بانک مرکزی، حجم نقدینگی در پایان خرداد به ۸ هزار همت رسید.",
        [("به نقل از", "بانک مرکزی")],
    ),
    (
        "source-line-then-a-person-speaks",
        "به گزارش ایرنا به نقل از روابط عمومی وزارت نیرو، علی رضایی معاون وزیر گفت: ظرفیت افزایش یافت.",
        [("گفت", "علی رضایی")],
    ),
    (
        "a-body-s-figures-said-plainly",
        "بر اساس آمار وزارت نیرو حدود ۸ هزار روستا آب لوله‌کشی ندارند.",
        [("به گزارش", "وزارت نیرو")],  # the body's name ends before «حدود»
    ),
    (
        "a-person-citing-a-body-says-it",
        "رضا احمدی استاندار نمونه گفت: بر اساس آمار سازمان آموزش و پرورش بیش از ۸ هزار نفر مسکن ندارند.",
        [("گفت", "رضا احمدی")],
    ),
    (
        "a-study-of-a-body",
        "بر اساس مطالعات سازمان ملل، کشورهای کم‌آب سالانه ۳ درصد رشد دارند.",
        [("به گزارش", "سازمان ملل")],
    ),
    (
        "a-name-inside-an-aside-is-not-the-subject",
        "کارلوس ونتورا گفت: آماده‌ایم.\n"
        "ونتورا با اشاره به وضعیت تیم امید استرالیا، عنوان کرد: رقیب ۲۰ بازیکن در اردو دارد.",
        [("گفت", "کارلوس ونتورا"), ("عنوان کرد", "کارلوس ونتورا")],  # «امید» is no given name here
    ),
    (
        "a-day-after-a-role-is-not-its-name",
        "پادشاه بحرین سه‌شنبه گذشته در سخنرانی برای روزنامه‌نگاران گفت: گفت‌وگوها آغاز می‌شود.",
        [("گفت", "پادشاه بحرین")],
    ),
    (
        "a-given-name-inside-a-body-s-name-in-the-source-line",  # «فرهنگ» of «وزارت فرهنگ …»
        "به گزارش ایسنا به نقل از روابط عمومی وزارت فرهنگ ارشاد اسلامی، سیدعباس صالحی نوشت: سفرها کم شد.",
        [("نوشت", "سیدعباس صالحی")],
    ),
    (
        "conversation-is-not-a-cue",
        "علی احمدی در گفت‌وگو با خبرنگار ما از افزایش صادرات خبر داد.",
        [("خبر داد", "علی احمدی")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_speakers(case: tuple[str, str, list[tuple[str, str | None]]]) -> None:
    _, raw, expected = case
    text = normalize(raw)
    found = [(st.cue.verb, _name(st.speaker)) for st in find_statements(text)]
    want = [(verb, key(name) if name else None) for verb, name in expected]
    assert [(verb, key(name) if name else None) for verb, name in found] == want, found


def _name(mention) -> str | None:  # noqa: ANN001 — a people.Mention or None
    if mention is None:
        return None
    return mention.name or " ".join(x for x in (mention.role, mention.organisation) if x)


@pytest.mark.parametrize(
    ("raw", "organisation"),
    [
        ("رئیس سازمان برنامه و بودجه از تخصیص ۲۰ هزار میلیارد تومان خبر داد.", "برنامه و بودجه"),
        ("وزیر صنعت، معدن و تجارت گفت: صادرات ۱۰ درصد رشد کرد.", "وزارت صنعت، معدن و تجارت"),
        ("وزیر راه و شهرسازی گفت: ۵۰ هزار واحد تحویل شد.", "وزارت راه و شهرسازی"),
        ("مدیرکل آموزش و پرورش استان نمونه گفت: ۵۰۰ کلاس ساخته شد.", "آموزش و پرورش استان نمونه"),
        ("وزیر نفت و رئیس شورا گفت: تولید ۳ میلیون بشکه است.", "وزارت نفت"),  # «و» then another post
    ],
)
def test_a_body_whose_name_holds_and_or_a_comma_is_named_whole(raw: str, organisation: str) -> None:
    [statement] = find_statements(normalize(raw))
    assert statement.speaker is not None and statement.speaker.organisation == organisation


def _speaker_of(text: str, surface: str) -> str | None:
    """Who the pipeline says gave the figure written ``surface`` in ``text``."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    found = extract(Report("a.txt", text))
    [figure] = [f for f in found.figures if f.surface == surface]
    speaker = found.statements[figure.statement].speaker if figure.statement is not None else None
    return speaker.name if speaker else None


def test_a_kicker_line_with_only_a_speaker_and_a_colon_speaks_the_headline_under_it() -> None:
    text = (
        "شهردار نمونه:\nدر آستانه مهرماه ۱۵۰ اتوبوس جدید وارد ناوگان می‌شود\n"
        "به گزارش ایلنا، علی کریمی شهردار نمونه گفت: ۳۰ دستگاه واگن خریداری شد."
    )
    assert _speaker_of(text, "۱۵۰ اتوبوس") == "علی کریمی"


def test_a_headline_figure_is_the_speaker_s_who_gives_the_same_quantity_below() -> None:
    text = (
        "بیش از ۳۰۰ اتوبوس جدید وارد ناوگان شهری می‌شود\n"
        "به گزارش ایلنا، علی کریمی شهردار نمونه گفت: هفته آینده ۳۱۰ دستگاه اتوبوس جدید رونمایی خواهد شد."
    )
    assert _speaker_of(text, "بیش از ۳۰۰ اتوبوس") == "علی کریمی"


# Who gave the figure, however the report names them: (text, surface, speaker)
NAMED = [
    # «به گفته جوادی» with no comma: the person named in full before; a plain word never named
    # as a person is no speaker
    ("رکن‌الدین جوادی، مدیر عامل شرکت ملی نفت، اظهار کرد: تولید رو به افزایش است.\n\n"
     "به گفته جوادی قرار است ۴ میلیون و ۷۰۰ هزار بشکه به نفت خام اختصاص پیدا کند.",
     "۴ میلیون و ۷۰۰ هزار بشکه", "رکن‌الدین جوادی"),
    ("به گفته کارشناسان قرار است ۵ میلیون بشکه تولید شود.", "۵ میلیون بشکه", None),
    # a less common given name starts a name
    ("به گزارش ایرنا، فرود عسگری امروز گفت: صادرات به ۲۸ میلیارد دلار رسید.",
     "۲۸ میلیارد دلار", "فرود عسگری"),
    # after a title, a name whatever the given name
    ("به گزارش پلیس، سرهنگ اسرافیل جعفری، به عملکرد چهار ماهه اشاره کرد و گفت: ۲۰۰ کیلوگرم تریاک کشف شد.",
     "۲۰۰ کیلوگرم", "اسرافیل جعفری"),
    ("سرهنگ جعفری گفت: ۲۰۰ کیلوگرم تریاک کشف شد.", "۲۰۰ کیلوگرم", "جعفری"),
    # a surname right before the post he holds, and that surname alone later
    ("به گزارش مهر، فلاح معاون وزیر نیرو گفت: ۲۰ درصد برق در شبکه هدر می‌رود.\n\n"
     "فلاح گفت: مصرف برق به ۷۰ هزار مگاوات رسید.", "۲۰ درصد", "فلاح"),
    ("به گزارش مهر، فلاح معاون وزیر نیرو گفت: ۲۰ درصد برق در شبکه هدر می‌رود.\n\n"
     "فلاح گفت: مصرف برق به ۷۰ هزار مگاوات رسید.", "۷۰ هزار مگاوات", "فلاح"),
    # a word of time before a post is no surname; nor is a post word glued to the name
    ("به گزارش مهر، امروز معاون وزیر نیرو گفت: ۲۰ درصد برق هدر می‌رود.", "۲۰ درصد", "معاون وزیر نیرو"),
    ("به گزارش مهر، علی رحیمیمعاون وزیر نیرو گفت: ۲۰ درصد برق هدر می‌رود.", "۲۰ درصد", "علی رحیمی"),
    # a title word after the given name is part of the surname; a name glued to what builds it stays whole
    ("سیف اله آقا بیگی، مدیرکل دفتر مدیریت بحران اظهار داشت: ذخیره سدها ۳۷ میلیارد مترمکعب است.",
     "۳۷ میلیارد مترمکعب", "سیف‌الله آقا بیگی"),
    ("علی آقامحمدی رئیس گروه اقتصادی گفت: رشد اقتصادی ۵ درصد بود.", "۵ درصد", "علی آقامحمدی"),
    # «به نقل از این انجمن»: the association named before
    ("توسط انجمن صنفی مرغداران گوشتی، قیمت مرغ اعلام شد.\nبه گزارش فارس به نقل از این انجمن، قیمت هر "
     "کیلوگرم مرغ زنده ۹۵۰۰ ریال است.", "۹۵۰۰ ریال", "انجمن صنفی مرغداران گوشتی"),
    # a body's name ends before the words of what it did
    ("سازمان ملل متحد نسبت به بی‌آبی در ۲۱ کشور آفریقایی هشدار داد.", "۲۱ کشور", "سازمان ملل متحد"),
    # «بن», «آل» after a given name: the name goes on
    ("احمد آل خلیفه وزیر خارجه بحرین گفت: ۳ نفر کشته شدند.", "۳ نفر", "احمد آل خلیفه"),
    # a time ago after the name is no second surname
    ("حسین ناظمیان‌پور دقایقی پیش در گفت‌وگو با خبرنگار فارس اظهار داشت: ۳ نفر مصدوم شدند.",
     "۳ نفر", "حسین ناظمیان‌پور"),
    # a meeting's or visit's lead-in before a colon, as an interview's
    ("بهرام عین‌اللهی وزیر بهداشت، درمان و آموزش پزشکی در دیدار مدیران موسسه کخ و سفیر آلمان در "
     "تهران:در سه ماه گذشته حدود ۸۴ درصد از جمعیت هدف دز اول را تزریق کرده‌اند.",
     "حدود ۸۴ درصد", "بهرام عین‌اللهی"),
    # «بر اساس همین گزارش»: the source quoted before goes on
    ("گروه جامعه:گزارش‌های وزارت بهداشت نشان می‌دهد، تا کنون ۴۲ میلیون نفر دو دوز گرفته‌اند. مرکز روابط "
     "عمومی وزارت بهداشت اعلام کرد: تا کنون ۵۵ میلیون نفر دوز اول را دریافت کرده‌اند.\nبر اساس همین گزارش، "
     "۴۱ میلیون نفر دوز دوم را تزریق کرده‌اند.", "۴۱ میلیون نفر", "مرکز روابط عمومی"),
    # an outlet's name glued to a dash opens the line, the one it quotes speaks
    ("خبرگزاری فارس- شبکه خبری بلومبرگ گزارش داد: نرخ بیکاری در آمریکا به ۶.۱ درصد رسیده است.",
     "۶.۱ درصد", "شبکه خبری بلوم‌برگ"),
    # a body named with no head word; «طبق اعلام این سازمان»: the body of that kind named before
    ("پزشکی قانونی کشور اعلام کرد: ۱۳ هزار و ۴۷۱ نفر در ۹ ماهه سال جاری جان باختند.",
     "۱۳ هزار و ۴۷۱ نفر", "پزشکی قانونی کشور"),
    ("همشهری/ سازمان پزشکی قانونی کل کشور آماری از تصادفات منتشر کرده است. طبق اعلام این سازمان ۱۴ "
     "هزار و ۹۴۵ نفر در ۹ ماه ابتدای سال جاری در تصادفات فوت کرده‌اند.",
     "۱۴ هزار و ۹۴۵ نفر", "سازمان پزشکی قانونی کل کشور"),
    # «به نقل از مهر»: an agency relaying the body that spoke, not the speaker; «پایگاه ۵۹۸» no figure
    ("پزشکی قانونی کشور اعلام کرد: ۱۳ هزار نفر در ۹ ماهه امسال جان باختند.\nبه گزارش پایگاه 598 به "
     "نقل از مهر، در حوادث رانندگی ۹ ماهه امسال ۱۳ هزار و ۴۷۱ نفر جان خود را از دست دادند.",
     "۱۳ هزار و ۴۷۱ نفر", "پزشکی قانونی کشور"),
    # a body's name with «و» in it
    ("مدیرعامل شرکت آب و فاضلاب استان تهران گفت: ذخایر سدها ۶۴۰ میلیون مترمکعب است.",
     "۶۴۰ میلیون مترمکعب", "مدیرعامل شرکت آب و فاضلاب استان تهران"),
    # an outlet's provincial desk after the source line is the source's, not the speaker
    ("به گزارش خبرگزاری صدا و سیما؛ مرکز قم، وزارت تعاون، کار و رفاه اجتماعی اعلام کرد که اعتبار کالابرگ "
     "یک میلیون تومانی شارژ شده است.", "یک میلیون تومانی", "وزارت تعاون، کار و رفاه اجتماعی"),
    # «وی» is the person who spoke before, not a body cited since
    ("آیت هاشمی‌نسب مدیرکل راه استان گفت: تصادفات ۱۰ درصد کم شد. وی افزود: بنابر اعلام پزشکی قانونی "
     "کشور، فوتی‌ها ۹ درصد بیشتر شد.\nوی گفت: امسال ۷۸۵ کیلومتر راه در حال ساخت است.",
     "۷۸۵ کیلومتر", "آیت هاشمی‌نسب"),
    # a body's name ends before «حاکی»
    ("از گزارش‌های مرکز آمار حاکی است: متوسط اجاره ۱۰۴ هزار ریال بوده است.", "۱۰۴ هزار ریال", "مرکز آمار"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "speaker"), NAMED)
def test_the_speaker_however_named(text: str, surface: str, speaker: str | None) -> None:
    assert _speaker_of(text, surface) == speaker
