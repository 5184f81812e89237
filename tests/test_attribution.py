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
        "a-surname-that-is-also-a-given-name",
        "به گزارش ایسنا، محمدرضا فرزین گفت: ذخایر ارزی بیشتر شده است.\n"
        "فرزین در ادامه افزود: بازار ارز آرام است.",
        [("گفت", "محمدرضا فرزین"), ("افزود", "محمدرضا فرزین")],
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


@pytest.mark.parametrize(
    ("raw", "organisation"),
    [
        # a ministry's name is a closed set: what follows it is what the minister did
        ("معاون وزیر جهاد کشاورزی شرایط جوی را در کاهش تولید مؤثر دانست و گفت: ۸ میلیون تن خرید شد.",
         "وزیر جهاد کشاورزی"),  # a deputy's body is the minister's (see speakers._as_body)
        ("وزیر نیرو مصرف برق را بالا خواند و افزود: ۷۰ هزار مگاوات مصرف شد.", "وزارت نیرو"),
        # … but a country after it is the ministry's
        ("وزیر نفت عراق گفت: صادرات به ۳ میلیون بشکه رسید.", "وزارت نفت عراق"),
        ("وزیر امور خارجه ترکیه گفت: ۱۲ توافق امضا شد.", "وزارت امور خارجه ترکیه"),
        ("وزیر بهداشت کشور گفت: ۲۰ بیمارستان افتتاح شد.", "وزارت بهداشت کشور"),
        ("وزیر امور خارجه دولت کوبا گفت: ۳ سفیر احضار شد.", "وزارت امور خارجه دولت کوبا"),
        ("وزیر گفت: ۲۰ بیمارستان افتتاح شد.", None),  # a minister of no ministry said
        ("رئیس کمیسیون برنامه و بودجه مجلس تشریح کرد: ۲۰ درصد بودجه محقق شد.", "کمیسیون برنامه و بودجه مجلس"),
        # «مطرح کرد», «عنوان کرد»: the verb ends the body's name
        ("سخنگوی گمرک مطرح کرد: ۵ میلیون تن کالا ترخیص شد.", "گمرک"),
        ("مدیرکل بنادر استان نمونه عنوان کرد: ۲۰۰ کشتی پهلو گرفت.", "بنادر استان نمونه"),
    ],
)
def test_a_body_name_ends_before_what_its_official_did(raw: str, organisation: str | None) -> None:
    statement = find_statements(normalize(raw))[0]
    assert statement.speaker is not None and statement.speaker.organisation == organisation


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش مهر، صندوق بازنشستگی کشوری خبر منتشر شده پیرامون افزایش ۴۰ درصدی حقوق را تکذیب و "
        "اطلاعیه‌ای به شرح ذیل صادر کرد.",
        "به گزارش مهر، صندوق بازنشستگی کشوری مراتب ذیل را درباره افزایش ۴۰ درصدی حقوق اعلام کرد.",
    ],
)
def test_a_body_name_ends_where_what_it_did_begins(text: str) -> None:
    said = _speaker_of(text, "۴۰ درصدی")
    assert said is not None and said.replace("\u200c", " ") == "صندوق بازنشستگی کشوری"


def test_a_headlines_other_figure_is_of_the_speaker_its_first_figure_has() -> None:
    text = (
        "تورم به ۳۲ درصد رسید/ فروش ۴۰۰ هزار خودرو در پاییز\n\n"
        "به گزارش ایسنا، بانک مرکزی اعلام کرد: نرخ تورم سالانه در آذر به ۳۲ درصد رسید. علی احمدی رئیس اتاق "
        "بازرگانی نیز گفت: صادرات ۱۰ درصد رشد کرد."
    )
    assert _speaker_of(text, "۴۰۰ هزار خودرو") == "بانک مرکزی"


def test_a_given_name_spelled_short_is_a_name_spelled_as_written() -> None:
    said = _speaker_of("به گزارش مهر، سیدروح اله لطیفی گفت: صادرات ۱۰ درصد رشد کرد.", "۱۰ درصد")
    assert said == "سیدروح\u200cاله لطیفی"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("به گزارش فارس به نقل از خبرگزاری فرانسه از قاهره، ۳۲ میلیون نفر واجد شرایط رای هستند.",
         "خبرگزاری فرانسه"),
        ("به گزارش فارس به نقل از بانک مرکزی روسیه در سه ماهه دوم سال جاری، ۳۲ میلیون دلار سرمایه خارج شد.",
         "بانک مرکزی روسیه"),
        ("به گزارش ایرنا به نقل از سفارت ایران در لندن، ۳۲ میلیون نفر واجد شرایط رای هستند.",
         "سفارت ایران در لندن"),
    ],
)  # fmt: skip
def test_a_quoted_source_is_named_without_where_it_wrote_from_or_when(text: str, speaker: str) -> None:
    surface = next(s for s in ("۳۲ میلیون نفر", "۳۲ میلیون دلار") if s in text)
    assert _speaker_of(text, surface) == speaker


def test_a_paper_unnamed_is_no_speaker() -> None:
    said = _speaker_of("او گفت: نمی‌روم. روزنامه ای ۳۰۰ مقاله علیه من نوشت و من حرفی نزدم.", "۳۰۰")
    assert not (said or "").startswith("روزنامه")


@pytest.mark.parametrize("may", ["می‌توان گفت که", "باید گفت", "نمی‌توان گفت که"])
def test_what_one_may_say_is_no_new_speaker(may: str) -> None:
    text = f"به گزارش مهر، علی رضایی گفت: بارش‌ها ۲۰ درصد کم شده است. {may} امسال ۱۴۵ میلیمتر باران بارید."
    assert _speaker_of(text, "۱۴۵ میلیمتر") == "علی رضایی"


def test_a_channel_named_by_a_noun_keeps_it() -> None:
    assert _speaker_of("شبکه خبر اعلام کرد: ۳۰ درصد سدها پر است.", "۳۰ درصد") == "شبکه خبر"


def _speaker_of(text: str, surface: str | None = None) -> str | None:
    """Who the pipeline says gave the figure written ``surface`` in ``text`` (its one figure
    when no surface is given)."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    found = extract(Report("a.txt", text))
    [figure] = [f for f in found.figures if surface is None or f.surface == surface]
    speaker = found.statements[figure.statement].speaker if figure.statement is not None else None
    return speaker.name if speaker else None


def test_a_body_named_two_ways_gives_the_report_s_figures_throughout() -> None:
    # the headline names it one way, the lead another («… کشور»); paragraphs further on with
    # no one speaking are still the body's figures, not the outlet's
    text = (
        "سازمان بنادر و دریانوردی اعلام کرد:\nرشد ۱۲ درصدی تخلیه کالا در بنادر\n\n"
        "به گزارش ایسنا، بر پایه آمار سازمان بنادر و دریانوردی کشور، در شش ماهه نخست امسال ۸۰ میلیون تن "
        "کالا در بنادر تخلیه شد.\n\nبنادر جنوبی کشور بیشترین سهم را در این جابه‌جایی داشته‌اند.\n\n"
        "کالاهای اساسی در صدر فهرست کالاهای تخلیه شده قرار دارند.\n\n"
        "در این مدت ۳۰ میلیون تن کالا در بندر شهید رجایی و ۱۲ میلیون تن در بندر امام خمینی تخلیه شده است."
    )
    for surface in ("۳۰ میلیون تن", "۱۲ میلیون تن"):
        assert (_speaker_of(text, surface) or "").startswith("سازمان بنادر و دریانوردی")


def test_a_sentence_cut_before_its_verb_is_still_the_speaker_s_who_was_leading_it_in() -> None:
    # an excerpt that stops mid-sentence: «وی با تاکید بر این که …» never reaches «گفت»
    text = (
        "به گزارش ایسنا، مریم احمدی مدیرکل بنادر استان گفت: تخلیه کالا ادامه دارد.\n"
        "وی با اشاره به این که از ابتدای امسال ۴۲ فروند کشتی در بندر پهلو گرفته‌اند و ۳ فروند"
    )
    assert _speaker_of(text, "۴۲ فروند کشتی") == "مریم احمدی"


def test_the_headline_of_a_report_in_which_one_person_speaks_is_theirs() -> None:
    text = (
        "توزیع ۴۰ هزار بسته معیشتی در سیستان و بلوچستان\n"
        "به گزارش ایرنا، رضا کاظمی مدیرکل کمیته امداد استان گفت: این بسته‌ها در ۱۲ شهرستان توزیع شد."
    )
    assert _speaker_of(text, "۴۰ هزار بسته") == "رضا کاظمی"
    # two people speak: the headline is no one's in particular
    two = text + "\nبه گزارش ایرنا، علی احمدی فرماندار زاهدان گفت: ۳ هزار بسته دیگر هفته آینده می‌رسد."
    assert _speaker_of(two, "۴۰ هزار بسته") is None


def test_a_kicker_line_with_only_a_speaker_and_a_colon_speaks_the_headline_under_it() -> None:
    text = (
        "شهردار نمونه:\nدر آستانه مهرماه ۱۵۰ اتوبوس جدید وارد ناوگان می‌شود\n"
        "به گزارش ایلنا، علی کریمی شهردار نمونه گفت: ۳۰ دستگاه واگن خریداری شد."
    )
    assert _speaker_of(text, "۱۵۰ اتوبوس") == "علی کریمی"


def test_a_province_that_opens_a_sentence_is_no_speaker() -> None:
    # a headline run into the lead with no break: «گیلان» opens the words before «گفت»
    text = (
        "گیلان میزبان بیش از ۲ میلیون مسافر در نوروز بودمدیرکل میراث فرهنگی گیلان گفت: "
        "مسافران ۵ روز ماندند."
    )
    assert _speaker_of(text, "بیش از ۲ میلیون مسافر") != "گیلان"


def test_a_line_naming_a_body_and_a_colon_gives_the_points_under_it_to_the_body() -> None:
    # a channel's post: the headline, the body on a line of its own, then its points
    text = (
        "رتبه نخست استان نمونه در مصرف آب\nشرکت آب و فاضلاب:\n"
        "🔹در ۶ ماهه نخست سال ۱۴۰۳، ۱۲۰ میلیون مترمکعب آب در استان مصرف شد.\n"
        "🔹در این مدت مصرف خانگی ۵ درصد رشد کرد.\n"
    )
    assert _speaker_of(text, "۱۲۰ میلیون مترمکعب") == "شرکت آب و فاضلاب"
    assert _speaker_of(text, "۵ درصد") == "شرکت آب و فاضلاب"
    # a paper named over a line is where it was printed, not who said it
    paper = text.replace("شرکت آب و فاضلاب:", "روزنامه همشهری:")
    assert _speaker_of(paper, "۵ درصد") is None


@pytest.mark.parametrize("ending", ["؛", ""])
def test_a_kicker_line_that_says_who_told_speaks_the_headline_under_it(ending: str) -> None:
    text = (
        f"رئیس پلیس راه استان نمونه خبر داد{ending}\nکاهش ۱۲ درصدی تصادفات فوتی در استان\n"
        "سرهنگ علی مرادی رئیس پلیس راه استان نمونه اظهار کرد: جرائم رانندگی ۳۰ درصد کاهش یافت."
    )
    assert _speaker_of(text, "۱۲ درصدی") == "علی مرادی"


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
     "۳۷ میلیارد مترمکعب", "سیف‌اله آقا بیگی"),
    ("علی آقامحمدی رئیس گروه اقتصادی گفت: رشد اقتصادی ۵ درصد بود.", "۵ درصد", "علی آقامحمدی"),
    # a month that is also a given name, before a word of time, is no one
    ("حسن کریمی فرماندار آبادان گفت: مرز آماده است. کریمی تردد زائران را از ابتدای ماه صفر تاکنون، ۸۵۰ هزار "
     "نفر اعلام کرد.", "۸۵۰ هزار نفر", "حسن کریمی"),
    # the deputy of a minister is of the ministry the one named person serves
    ("به گزارش ایسنا، بهروز سلامی معاون بهداشت وزارت بهداشت گفت: امسال ۲۴۰ مورد سالک ثبت شد. معاون وزیر "
     "بهداشت ادامه داد: ۱۸ استان درگیر این بیماری هستند.", "۱۸ استان", "بهروز سلامی"),
    # a surname that is also a given name, before where it was said
    ("به گزارش مهر، مریم صادق در حاشیه جلسه هیئت دولت گفت: ۴۰ هزار واحد تحویل شد.", "۴۰ هزار واحد",
     "مریم صادق"),
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
     "۴۱ میلیون نفر دوز دوم را تزریق کرده‌اند.", "۴۱ میلیون نفر", "وزارت بهداشت"),  # its press office's
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
    # a surname alone in quotes right before what it said; a desk with a semicolon after it
    ("حسین کریمی مدیرکل میراث فرهنگی گفت: گردشگران ۱۰ درصد بیشتر شدند.\n«کریمی» افزود: ضریب اشغال "
     "هتل‌ها ۱۲ درصد کاهش داشته است.", "۱۲ درصد", "حسین کریمی"),
    ("به گزارش خبرگزاری صداوسیما، مرکز کرمان؛ مدیرعامل شرکت فولاد کرمان گفت: تولید این شرکت پارسال "
     "دو میلیون تن بود.", "دو میلیون تن", "مدیرعامل شرکت فولاد کرمان"),
    # a body's name with «و» runs on to its province; «حمل و نقل»; a name ends before «شمار»
    ("مدیرکل تعاون، کار و رفاه اجتماعی استان گیلان گفت: ۱۰ درصد افزایش یافت.", "۱۰ درصد",
     "مدیرکل تعاون، کار و رفاه اجتماعی استان گیلان"),
    ("مدیر کل پزشکی قانونی مازندران شمار متوفیان تصادفات را ۵۷ نفر اعلام کرد.", "۵۷ نفر",
     "مدیر کل پزشکی قانونی مازندران"),
    # a body's name ends before «حاکی»
    ("از گزارش‌های مرکز آمار حاکی است: متوسط اجاره ۱۰۴ هزار ریال بوده است.", "۱۰۴ هزار ریال", "مرکز آمار"),
    # a body cited as the source is named up to the comma that closes the citation («و» in it)
    ("براساس اعلام سازمان توسعه و نوسازی معادن و صنایع معدنی ایران (ایمیدرو)، تولید کنسانتره مس به ۲.۴ "
     "میلیون تن رسید.", "۲.۴ میلیون تن", "سازمان توسعه و نوسازی معادن و صنایع معدنی ایران"),
    ("طبق گزارش سازمان جنگل‌ها، مراتع و آبخیزداری کشور، امسال ۸۲۰ هکتار از جنگل‌ها در آتش سوخت.",
     "۸۲۰ هکتار", "سازمان جنگل‌ها، مراتع و آبخیزداری کشور"),
    ("طبق آمار سازمان حج و زیارت، امسال ۳۱ هزار نفر به عمره اعزام شدند.", "۳۱ هزار نفر", "سازمان حج و زیارت"),
    ("طبق اعلام سازمان هواشناسی، امروز و فردا ۳۰ میلیمتر باران می‌بارد.", "۳۰ میلیمتر", "سازمان هواشناسی"),
    # a body's press office is the body's own word, not an outlet
    ("به گزارش روابط عمومی جمعیت هلال احمر استان کرمان، در سیلاب هفته گذشته به ۶۴۰ نفر امدادرسانی شد.",
     "۶۴۰ نفر", "جمعیت هلال احمر استان کرمان"),
    ("به گزارش روابط عمومی این کانون، حسین احمدی با ۴۵ رأی برگزیده شد.", "۴۵ رأی", None),
    # the statistics of a body named with no head word
    ("آمارهای پزشکی قانونی نشان می‌دهد در سه ماه نخست امسال ۴ هزار و ۲۱۷ نفر در حوادث رانندگی جان "
     "باختند.", "۴ هزار و ۲۱۷ نفر", "پزشکی قانونی"),
    # a post written with a space for its ZWNJ; a surname after an honorific, however common a word
    ("میرحسن موسوی، قائم مقام مدیرعامل راه آهن، اظهار کرد: صرفه‌جویی به ۱.۵ میلیارد دلار رسیده است.",
     "۱.۵ میلیارد دلار", "میرحسن موسوی"),
    ("آقای حصار گفت: ۷۰ هزار هکتار زیر کشت رفت.", "۷۰ هزار هکتار", "حصار"),
    # a surname right before a post of other heads than the commonest
    ("رحیمی مسئول آمار جهاد کشاورزی شهرستان نیز گفت: ۱۵ درصد تولید افزایش یافت.", "۱۵ درصد", "رحیمی"),
    ("در بخشی از این نشست، نوروزی خزانه‌دار فدراسیون کشتی گفت: ۴۵ میلیارد تومان بودجه داریم.",
     "۴۵ میلیارد تومان", "نوروزی"),
    # a less common given name opens a name, and the post then named alone is that person
    ("مصیب امیری گفت: در چهار ماه اول امسال ۶۰ هزار گردشگر خارجی بازدید کردند.", "۶۰ هزار گردشگر",
     "مصیب امیری"),
    # a post's body ends with its province: the words after it are what was said
    ("مدیرعامل آبفای استان فارس هدررفت آب را چالش اصلی دانست و افزود: ۲۲ درصد آب تولیدی هدر می‌رود.",
     "۲۲ درصد", "مدیرعامل آبفای استان فارس"),
    # a given name with «میر» or «سید» written on
    ("میرعلی موسوی گفت: امسال ۲ میلیون نفر با قطار جابجا شدند.", "۲ میلیون نفر", "میرعلی موسوی"),
    # the holder's name right after the post, with or without a title; not a body's own words
    ("رئیس پلیس راه سردار علی نوری گفت: ۳۰ نفر جان باختند.", "۳۰ نفر", "علی نوری"),
    ("مدیرکل فرودگاه‌ها علی نوری گفت: ۳۰ پرواز لغو شد.", "۳۰ پرواز", "علی نوری"),
    ("رئیس دانشگاه آزاد اسلامی گفت: ۳۰ هزار دانشجو پذیرش شد.", "۳۰ هزار دانشجو", "رئیس دانشگاه"),
    ("فرماندار خلیل آباد گفت: ۳۰ پروژه افتتاح شد.", "۳۰ پروژه", "فرماندار"),
    # the one met with is no speaker: the subject before the gathering is
    ("رضایی در دیدار با معاون وزیر راه و مدیرعامل راه آهن، افزود: امسال ۲ میلیون نفر جابجا شدند.",
     "۲ میلیون نفر", "رضایی"),
    # «به گفته آقای X», «به گفته‌ی او»
    ("مدیرکل فرودگاه‌ها علی نوری گفت: پروازها ادامه دارد. رئیس سازمان هواپیمایی گفت: ۵ پرواز لغو شد. "
     "به گفته آقای نوری تا پایان دی روزانه سه پرواز انجام می‌شود.", "سه پرواز", "علی نوری"),
    ("مدیر امور آب گفت: ذخیره سد کم است. رئیس سازمان هواشناسی گفت: بارش ۲۰ درصد کم شد.\n"
     "به گفته‌ی علی کریمی، ورودی سد ۳ مترمکعب در ثانیه است.", "۳ مترمکعب", "علی کریمی"),
    # a body's unit speaks for the body; a body opening the last clause before the cue
    ("واحد آمار سازمان پزشکی قانونی کشور اعلام کرد که ۲۰ هزار نفر در حوادث رانندگی جان باختند.",
     "۲۰ هزار نفر", "سازمان پزشکی قانونی کشور"),
    # a surname's second word, which the report writes with the first alone elsewhere
    ("مهرداد محمدی دوست درباره تولید میگو افزود: ۵۰ هزار تن میگو تولید شد. علی رضایی گفت: ۳ استان "
     "فعالند. محمدی‌دوست گفت: ۱۰ هزار تن در هرمزگان تولید شد.", "۱۰ هزار تن", "مهرداد محمدی دوست"),
    ("مهرداد محمدی دوست، مدیرکل دفتر میگو گفت: ۵۰ هزار تن تولید شد. علی رضایی گفت: ۳ استان فعالند. "
     "محمدیدوست افزود: ۱۰ هزار تن در هرمزگان تولید شد.", "۱۰ هزار تن", "مهرداد محمدی دوست"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "speaker"), NAMED)
def test_the_speaker_however_named(text: str, surface: str, speaker: str | None) -> None:
    assert _speaker_of(text, surface) == speaker


def test_a_body_opening_the_last_clause_before_a_notice_speaks_it() -> None:
    text = (
        "به گزارش ایلنا، پیرو انتشار خبری در برخی رسانه‌ها، صندوق بازنشستگی کشوری مراتب زیر را اعلام "
        "می‌دارد: ۹۰ درصد احکام صادر شده است."
    )
    # the body, whatever words of the notice its name ran on into (the identity pass folds
    # them into the body other reports name)
    assert (_speaker_of(text, "۹۰ درصد") or "").startswith("صندوق بازنشستگی کشوری")


@pytest.mark.parametrize(
    ("text", "surface", "speaker"),
    [
        # a notice «به شرح ذیل» and its numbered points
        ("به گزارش مهر، صندوق بازنشستگی کشوری خبر افزایش حقوق را تکذیب و اطلاعیه‌ای به شرح ذیل صادر کرد.\n"
         "۱- این خبر فاقد صحت است.\n۲- ۹۰ درصد احکام فرهنگیان در مهرماه قطعی شده است.", "۹۰ درصد",
         "صندوق بازنشستگی کشوری"),
        # «در اطلاعیه X آمده است:», «در ادامه پیام X آمده است:»
        ("در اطلاعیه صندوق بازنشستگی کشوری آمده است: ۹۰ درصد احکام قطعی شده است.", "۹۰ درصد",
         "صندوق بازنشستگی کشوری"),
        ("به گزارش فارس، در ادامه پیام محمدجواد محمدی‌زاده آمده است: ۳۰ پروژه افتتاح شد.", "۳۰ پروژه",
         "محمدجواد محمدی‌زاده"),
        # a body's press office speaks for the body; what something is called after «را» is no one
        ("اما روابط عمومی صندوق بازنشستگی کشوری با انتشار اطلاعیه‌ای، این اخبار را «فاقد صحت» دانست و "
         "گفت: ۹۰ درصد احکام قطعی شده است.", "۹۰ درصد", "صندوق بازنشستگی کشوری"),
    ],
)  # fmt: skip
def test_a_notice_speaks_for_its_body(text: str, surface: str, speaker: str) -> None:
    said = (_speaker_of(text, surface) or "").replace("\u200c", " ")
    assert said.startswith(speaker.replace("\u200c", " "))


@pytest.mark.parametrize(
    ("text", "surface", "body"),
    [
        ("به گزارش ایسنا، بر پایه آمار ثبت احوال کشور، در دو ماه نخست امسال ۷۹ هزار ازدواج ثبت شد.",
         "۷۹ هزار", "ثبت احوال کشور"),
        ("براساس آمار اعلام شده از سوی سازمان ثبت احوال کشور در دو ماه نخست امسال ۷۹ هزار ازدواج ثبت شد.",
         "۷۹ هزار", "سازمان ثبت احوال کشور"),
        ("به گزارش مهر، بر اساس آمار منتشرشده سازمان راهداری، ۷۹ هزار سفر ثبت شد.", "۷۹ هزار سفر",
         "سازمان راهداری"),
        ("طبق آمار اعلامی سازمان بنادر، ۷۹ هزار کانتینر تخلیه شد.", "۷۹ هزار", "سازمان بنادر"),
    ],
)
def test_figures_a_body_published_are_the_bodys(text: str, surface: str, body: str) -> None:
    said = _speaker_of(text, surface)
    assert said is not None and said.replace("\u200c", " ") == body


def test_a_lead_figure_is_the_sources_who_gives_the_same_value_with_its_unit_word() -> None:
    text = (
        "در سال ۱۴۰۲ تعداد ۴۸۱ هزار و ۳۹۴ ازدواج در کشور به ثبت رسیده است و ۲۰ هزار در تهران.\n\n"
        "به گزارش ایسنا، بر پایه آمار ثبت احوال کشور، تعداد ۴۸۱ هزار و ۳۹۴ مورد ازدواج در کشور به ثبت رسیده "
        "است که ۲۰ هزار مورد آن در استان تهران بوده است. علی رضایی، کارشناس جمعیت، گفت: ازدواج ۳ درصد کم شد."
    )
    assert _speaker_of(text, "۴۸۱ هزار و ۳۹۴") == "ثبت احوال کشور"
    assert _speaker_of(text, "۲۰ هزار") is None  # a round value may be another quantity's


def test_a_surname_with_its_ending_spaced_off_is_one_surname() -> None:
    text = (
        "به گزارش ایرنا، حکیم زاده در دیدار با استاندار یزد با اشاره به جمعیت ۹ میلیون دانش‌آموز کشور "
        "تأکید کرد: هیچ سرمایه‌ای ارزشمندتر از این نسل نیست."
    )
    assert _speaker_of(text, "۹ میلیون دانش‌آموز") == "حکیم زاده"


def test_what_an_official_mentioned_as_something_is_theirs() -> None:
    text = "معاون آموزش ابتدایی وزارت آموزش و پرورش از جمعیت ۹ میلیون دانش‌آموز به عنوان سرمایه‌ای یاد کرد."
    assert _speaker_of(text, "۹ میلیون دانش‌آموز") == "معاون آموزش ابتدایی وزارت آموزش و پرورش"


def test_a_reporters_opening_paragraph_is_the_outlets_not_the_official_quoted_later() -> None:
    text = (
        "امروز، اول مهر، بار دیگر حیاط مدارس رنگ و بوی دیگری به خود گرفت. بیش از ۱۶ میلیون دانش‌آموز در "
        "مقاطع مختلف، صبح امروز راهی کلاس‌هایی شدند که امید را در دل آنها زنده نگه می‌دارد.\n\n"
        "رضوان حکیم‌زاده، معاون وزیر آموزش و پرورش گفت: امسال ۹ میلیون و ۲۰۰ هزار دانش‌آموز در دوره "
        "ابتدایی تحصیل می‌کنند."
    )
    assert _speaker_of(text, "بیش از ۱۶ میلیون دانش‌آموز") is None


def test_a_headline_is_the_speakers_who_gives_the_same_quantity_below() -> None:
    text = (
        "بیش از ۲۰۰ اتوبوس جدید وارد ناوگان می‌شود\n\n"
        "به گزارش ایسنا، علیرضا زاکانی، شهردار تهران گفت: تا پایان سال ۲۰۱ دستگاه اتوبوس وارد ناوگان می‌شود."
    )
    assert _speaker_of(text, "بیش از ۲۰۰ اتوبوس") == "علیرضا زاکانی"


def test_a_paper_that_writes_of_a_bodys_statistics_relays_the_body() -> None:
    text = "نیک‌خبر در خبری نوشت: بر پایه آمار ثبت احوال کشور، تعداد ۴۸۱ هزار ازدواج در کشور به ثبت رسیده است."
    assert _speaker_of(text, "۴۸۱ هزار") == "ثبت احوال کشور"


def test_a_numbered_notice_is_its_bodys() -> None:
    text = (
        "به گزارش ایلنا به نقل از پایگاه اطلاع‌رسانی جمعیت هلال‌احمر؛ "
        "متن اطلاعیه شماره ۴ هلال‌احمر به شرح زیر است:\n\n"
        "۱. در پی ورود موج‌های بارشی، جمعیت هلال‌احمر به ۱۸ هزار نفر از هموطنان خدمات امدادی "
        "ارائه کرده است.\n\n"
        "۲. در این بازه زمانی، ۱۵۱ شعبه فعال بوده‌اند."
    )
    assert _speaker_of(text, "۱۸ هزار نفر") == _speaker_of(text, "۱۵۱ شعبه") == "هلال‌احمر"


def test_prices_as_follows_in_the_outlets_words_are_no_notice() -> None:
    text = (
        "خبرگزاری فارس: انجمن صنفی پرورش دهندگان مرغ گوشتی اعلام کرد: قیمت گوشت مرغ کاهش یافت.\n"
        "به گزارش خبرگزاری فارس، قیمت مرغ زنده در تهران به شرح زیر است:\n"
        "- قیمت هر کیلوگرم مرغ زنده در تهران ۸۹۰۰ ریال است."
    )
    assert _speaker_of(text, "۸۹۰۰ ریال") == "انجمن صنفی پرورش دهندگان مرغ گوشتی"


def test_an_outlets_three_word_name_before_a_dash_is_the_source_line() -> None:
    text = (
        "باشگاه خبرنگاران جوان - متن اطلاعیه شماره ۶ جمعیت هلال‌احمر در رابطه با خطرات جوی به شرح زیر است:\n\n"
        "۱. یکصد و ۷۷ شعبه هلال‌احمر فعال بودند."
    )
    assert _speaker_of(text, "یکصد و ۷۷ شعبه") == "جمعیت هلال‌احمر"


def test_what_someone_claimed_is_theirs() -> None:
    text = "به گزارش ایسنا، بابک زنجانی مدعی شده که ۱۳ کیلوگرم شمش طلا وارد کشور کرده است."
    assert _speaker_of(text, "۱۳ کیلوگرم") == "بابک زنجانی"
    text = "وزارت دادگستری آمریکا جمعه مدعی شده ۴ محموله سوخت را توقیف کرده است."
    assert _speaker_of(text, "۴") == "وزارت دادگستری آمریکا"


@pytest.mark.parametrize(
    "text",
    [
        "باشگاه خبرنگاران جوان - بر اساس آخرین نتایج حساب‌های ملی فصلی مرکز آمار ایران، محصول ناخالص داخلی "
        "۲۴۲.۷ همت بوده است.",
        "به گزارش ایلنا، براساس آخرین نتایج حساب‌های ملی مرکز آمار ایران، محصول ناخالص داخلی ۲۴۲.۷ همت بود.",
    ],
)
def test_the_latest_results_of_a_statistics_body_are_its(text: str) -> None:
    assert _speaker_of(text, "۲۴۲.۷ همت") == "مرکز آمار ایران"


def test_a_bodys_own_site_speaks_for_it() -> None:
    text = "براساس گزارش سایت وزارت کشور، ۴۱۶۰ پروژه در هفته دولت افتتاح می‌شود."
    assert _speaker_of(text, "۴۱۶۰ پروژه") == "وزارت کشور"


def test_the_paragraphs_just_after_a_quote_go_on_with_its_speaker() -> None:
    text = (
        "به گزارش ایرنا، حمید کاظمی، مدیرکل راهداری استان فارس، عنوان کرد که امسال ۴۰۰ کیلومتر "
        "راه روستایی آسفالت می‌شود.\n"
        "سهم شهرستان لارستان ۶۰ کیلومتر و سهم شهرستان فسا ۴۵ کیلومتر است.\n"
        "اعتبار این طرح‌ها ۱۲۰ میلیارد تومان است.\n"
        "گفتنی است سال گذشته ۳۱۰ کیلومتر راه روستایی در این استان آسفالت شد.\n"
        "خط دوم\n"
        "خط سوم\n"
        "در استان ۹ هزار کیلومتر راه روستایی وجود دارد.\n"
    )
    assert _speaker_of(text, "۶۰ کیلومتر") == "حمید کاظمی"  # the next paragraph goes on with the quote
    assert _speaker_of(text, "۴۵ کیلومتر") == "حمید کاظمی"
    assert _speaker_of(text, "۳۱۰ کیلومتر") is None  # «گفتنی است …»: the reporter's own
    assert _speaker_of(text, "۱۲۰ میلیارد تومان") == "حمید کاظمی"  # two paragraphs on
    assert _speaker_of(text, "۹ هزار کیلومتر") is None  # further on: the writer's again


def test_the_one_person_a_report_names_is_who_speaks_under_another_post() -> None:
    text = (
        "سعید رحیمی، رئیس سازمان بنادر، در گفتگو با خبرنگار ما گفت: ۱۲۰ میلیون تن کالا در بنادر تخلیه شد.\n"
        "معاون وزیر راه و شهرسازی گفت: ۳۵ درصد این کالاها اساسی بود.\n"
    )
    assert _speaker_of(text, "۳۵ درصد") == "سعید رحیمی"
    # with a second person named, a post of another body is not taken for the first
    two = text.replace("در گفتگو با خبرنگار ما", "در نشستی با حسن کریمی، مدیرکل گمرک،")
    assert _speaker_of(two, "۳۵ درصد") != "سعید رحیمی"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("بر اساس گزارش مرکز رصد جمعیت کشور سازمان ثبت احوال، پارسال ۶۱۰ هزار تولد ثبت شد.",
         "سازمان ثبت احوال"),
        ("به نقل از دفتر آمار و فناوری اطلاعات سازمان بهزیستی، ۱۲ هزار نفر تحت پوشش قرار گرفتند.",
         "سازمان بهزیستی"),
        ("طبق اعلام معاونت درمان وزارت بهداشت، ۳۰۰ تخت جدید افتتاح شد.", "وزارت بهداشت"),
        ("مرکز آمار ایران اعلام کرد: نرخ بیکاری ۷ درصد شد.", "مرکز آمار ایران"),  # a body whole
        # a body's press office quoted speaks for the body
        ("به گزارش ایلنا به نقل از روابط عمومی فدراسیون کشتی، ۴۲ کشتی‌گیر به اردو دعوت شدند.",
         "فدراسیون کشتی"),
        # a grid in its name is no broadcaster
        ("بنا بر اعلام شرکت مدیریت شبکه برق ایران، مصرف برق به ۷۳ هزار مگاوات رسید.",
         "شرکت مدیریت شبکه برق ایران"),
    ],
)  # fmt: skip
def test_a_department_speaks_for_the_body_it_is_part_of(text: str, body: str) -> None:
    assert _speaker_of(text) == body


def test_a_surname_that_spoke_on_its_own_opens_the_clause_it_says() -> None:
    text = (
        "به گزارش ایسنا، رحیمی تصریح کرد: کار ساخت این بیمارستان تمام شده است.\n"
        "رحیمی ساخت ۱۲ درمانگاه جدید در روستاها را از برنامه‌های امسال دانست و گفت: این کار ادامه دارد."
    )
    assert _speaker_of(text) == "رحیمی"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("به گزارش ایرنا، آستان قدس رضوی اعلام کرد: امسال ۳ میلیون زائر به مشهد آمدند.", "آستان قدس رضوی"),
        ("بر اساس اعلام عتبه حسینیه امسال ۱۸ میلیون نفر به کربلا آمدند.", "عتبه حسینیه"),
    ],
)  # fmt: skip
def test_a_shrines_administration_speaks_as_a_body(text: str, body: str) -> None:
    assert _speaker_of(text) == body


@pytest.mark.parametrize(
    "text",
    [
        "به گزارش ایرنا از سازمان حفاظت محیط زیست، امسال ۴۲ هزار هکتار تالاب احیا شد.",
        "به گزارش ایرنا، از سازمان حفاظت محیط زیست، امسال ۴۲ هزار هکتار تالاب احیا شد.",
    ],
)  # fmt: skip
def test_an_outlet_reporting_from_a_body_relays_the_bodys_figures(text: str) -> None:
    assert _speaker_of(text) == "سازمان حفاظت محیط زیست"


def test_an_outlet_reporting_from_a_place_is_still_the_outlets_own_report() -> None:
    assert _speaker_of("به گزارش ایرنا از اصفهان، امسال ۴۲ هزار هکتار تالاب احیا شد.") != "اصفهان"


def test_a_council_that_decides_a_figure_is_its_source() -> None:
    text = "شورای عالی کار با افزایش ۳۸ درصدی حداقل دستمزد کارگران موافقت کرد."
    assert _speaker_of(text) == "شورای عالی کار"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("در نشست شورای عالی مسکن، سقف وام ودیعه مسکن ۲۰۰ میلیون تومان تصویب شد.", "شورای عالی مسکن"),
        ("در دویست و دهمین جلسه شورای اقتصاد، ۲ میلیارد دلار برای طرح‌های آب مصوب شد.", "شورای اقتصاد"),
        ("در نشست شورای عالی کار حداقل دستمزد با افزایش ۲۸ درصد مصوب شد.", "شورای عالی کار"),
    ],
)  # fmt: skip
def test_the_body_whose_meeting_passed_a_figure_is_its_source(text: str, body: str) -> None:
    assert _speaker_of(text) == body


def test_a_reporting_verb_in_the_perfect_still_names_the_speaker() -> None:
    text = (
        "به گزارش ایسنا، مریم احمدی معاون سازمان بیمه گفته بود که کار ادامه دارد.\n"
        "وی درباره نرخ بیمه توضیح داده است، سهم کشاورز برای هر هکتار ۴۱۰ هزار تومان است."
    )
    assert _speaker_of(text, "۴۱۰ هزار تومان") == "مریم احمدی"


def test_added_is_no_reporting_verb() -> None:
    # «افزوده شد» is «was added», not «افزوده است» («has added»): the quote goes on
    text = (
        "به گزارش مهر، سعید رضایی معاون وزیر بهداشت تاکید کرد: کار نوسازی ادامه دارد و بیش از "
        "۱۶ هزار تخت به بیمارستان‌ها افزوده شد و ۲۵ هزار پرستار جدید استخدام شدند."
    )
    assert _speaker_of(text, "۲۵ هزار پرستار") == "سعید رضایی"


def test_a_council_that_passed_the_points_below_speaks_them() -> None:
    text = (
        "شورای عالی اشتغال در تاریخ ۱۰ دی با حضور اعضا موارد زیر را مورد تصویب قرار داد.\n"
        "سقف تسهیلات هر طرح ۸۰۰ میلیارد ریال تعیین می‌شود."
    )
    assert _speaker_of(text, "۸۰۰ میلیارد ریال") == "شورای عالی اشتغال"


def test_a_list_of_short_lines_after_a_speaker_is_all_theirs() -> None:
    text = (
        "به گزارش ایرنا، علی رضایی مدیرعامل صندوق بازنشستگی ارقام تعیین شده را به شرح زیر اعلام کرد؛\n"
        "حداقل مستمری از ۸ میلیون تومان به ۱۰ میلیون تومان رسید.\n"
        "حق مسکن ۹۰۰ هزار تومان\n"
        "حق اولاد ۳۰۰ هزار تومان\n"
        "کمک هزینه عائله‌مندی ۱.۵ میلیون تومان"
    )
    assert _speaker_of(text, "۱.۵ میلیون تومان") == "علی رضایی"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("مطابق اطلاعات پهنه‌ای بارش سازمان هواشناسی، بارش‌ها در پاییز ۴۲ درصد کم شد.", "سازمان هواشناسی"),
        ("بنا به اعلام پایگاه اطلاع رسانی استانداری گیلان، ۱۲ هزار تن برنج صادر شد.", "استانداری گیلان"),
        ("بررسی داده‌های ماهانه بانک مرکزی نشان می‌دهد نقدینگی ۲۸ درصد رشد کرد.", "بانک مرکزی"),
    ],
)  # fmt: skip
def test_data_of_a_body_or_its_site_are_the_bodys(text: str, body: str) -> None:
    assert _speaker_of(text) == body
