"""Which number phrases are figures, and their units: a table of short agency-style strings.

Each string runs through the same normalisation as a report, then :func:`find_figures`.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimgraph.loaders.catalogue import Unit, units
from claimgraph.loaders.figures import find_figures, unit_at
from claimgraph.loaders.normalize import normalize_text


def _figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    norm = normalize_text(text).text
    return [(d.surface.replace("\u200c", ""), d.value, d.unit) for d in find_figures(norm)]


def _want(rows: list[tuple[str, str, str | None]]) -> list[tuple[str, Decimal, str | None]]:
    return [(surface.replace("\u200c", ""), Decimal(value), unit) for surface, value, unit in rows]


# (text, [(surface, value, unit), ...]); surfaces are compared without ZWNJ
COMPOUND: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # a larger and a smaller unit joined by «و» are one measure in the larger unit
    ("ماموران ۱۲ کیلو و ۳۵۰ گرم هروئین کشف کردند", [("۱۲ کیلو و ۳۵۰ گرم", "12.35", "kilogram")]),
    ("محموله ۳ کیلوگرم و ۵۰ گرم وزن داشت", [("۳ کیلوگرم و ۵۰ گرم", "3.05", "kilogram")]),
    ("طول پل ۲ کیلومتر و ۴۰۰ متر است", [("۲ کیلومتر و ۴۰۰ متر", "2.4", "kilometre")]),
    ("قد او یک متر و ۹۲ سانتیمتر است", [("یک متر و ۹۲ سانتیمتر", "1.92", "metre")]),
    ("عملیات ۴ ساعت و ۳۰ دقیقه طول کشید", [("۴ ساعت و ۳۰ دقیقه", "4.5", "hour")]),
    ("پرواز ۲ ساعت و ۲۰ دقیقه تاخیر داشت", [("۲ ساعت و ۲۰ دقیقه", "2.3333333333", "hour")]),
    ("وی به ۵ سال و ۶ ماه حبس محکوم شد", [("۵ سال و ۶ ماه", "5.5", "year")]),
    ("۲ تن و ۳۰۰ کیلوگرم برنج توزیع شد", [("۲ تن و ۳۰۰ کیلوگرم", "2.3", "tonne")]),
    # more than two parts, «،» between them
    ("رکورد دو ساعت، ۱۵ دقیقه و ۳۶ ثانیه", [("دو ساعت، ۱۵ دقیقه و ۳۶ ثانیه", "2.26", "hour")]),
    ("کشف ۳ تن و ۲۰۰ کیلو و ۵۰۰ گرم", [("۳ تن و ۲۰۰ کیلو و ۵۰۰ گرم", "3.2005", "tonne")]),
    # not a remainder, or not the same quantity: two figures
    ("۵ ساعت و ۹۰ دقیقه", [("۵ ساعت", "5", "hour"), ("۹۰ دقیقه", "90", "minute")]),
    ("۲۰ کیلو و ۵۰۰ نفر", [("۲۰ کیلو", "20", "kilogram"), ("۵۰۰ نفر", "500", "person")]),
    ("۳ گرم و ۵ کیلوگرم", [("۳ گرم", "3", "gram"), ("۵ کیلوگرم", "5", "kilogram")]),
    (
        "۲۰ کیلو تریاک و ۵۰۰ گرم حشیش",
        [("۲۰ کیلو", "20", "kilogram"), ("۵۰۰ گرم", "500", "gram")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND)
def test_compound_measures(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _figures(text) == _want(expected)


# (text after a number, unit key); the unit may carry an adjectival ending
UNITS: list[tuple[str, str | None]] = [
    (" اینچی", "inch"),
    (" میلیمتر", "millimetre"),
    (" میلی‌متر", "millimetre"),
    (" سانتی متر", "centimetre"),
    (" گیگابایتی", "gigabyte"),
    (" مگابایت", "megabyte"),
    (" ترابایت", "terabyte"),
    (" کیلومتر مربع", "square_kilometre"),
    (" کیلومتر", "kilometre"),
    (" کیلومتر در ساعت", "kilometre_per_hour"),
    (" مایل دریایی", "nautical_mile"),
    (" مایل", "mile"),
    (" گره دریایی", "knot"),
    (" کیلووات", "kilowatt"),
    (" کیلووات ساعت", "kilowatt_hour"),
    (" گیگاوات", "gigawatt"),
    (" مگاوات‌ساعت", "megawatt_hour"),
    (" ثانیه", "second"),
    (" هفته", "week"),
    (" دهه", "decade"),
    (" تختخوابی", "bed"),
    (" تخت خواب", "bed"),
    (" روستای", "village"),
    (" روستایی", "person"),  # villagers
    (" یورویی", "euro"),
    (" دینار", "dinar"),
    (" پوند", "pound"),
    (" مدرسه‌ای", "school"),
    (" دانش آموز", "student"),
    (" دانش‌آموز", "student"),
    (" اصله", "tree"),
    (" فروند", "aircraft"),
    (" قبضه", "weapon"),
    (" عدد", "piece"),
    (" جفت", "pair"),
    (" گرما", None),
    (" کشاورز", "person"),  # counted kinds of people with no unit of their own
    (" کادر", "person"),
    (" واحد درصد", "percentage_point"),  # a change of a rate, not a rate
    (" واحد", "unit"),
    (" درجه", "degree"),
    (" دستگاه واگن", "vehicle"),
    (" بازیکن", "player"),  # counted things officials cite, with a unit of their own
    (" شهید", "martyr"),
    (" رأی", "vote"),
    (" مأمور", "officer"),
    (" کتاب", "book"),
    (" آمبولانس", "vehicle"),
    (" شهرستان", "county"),
    # a counted noun said without its counter is the counter's unit: «سه چاه» as «سه حلقه چاه»
    (" چاه", "well"),
    (" هواپیما", "aircraft"),
    (" درخت", "tree"),
    (" مغازه", "store"),
    (" باب مغازه", "store"),
    (" دوز", "dose"),  # of a vaccine, however written
    (" دز", "dose"),
    (" کودک", "child"),  # people counted by what they are: a unit of its own, counted as persons
    (" نظامی", "soldier"),
    (" پرستار", "nurse"),
    (" کارمند", "employee"),
    (" زائر", "pilgrim"),
    (" فرهنگی", "teacher"),
    (" نفر روز", "person_day"),
]


@pytest.mark.parametrize(("after", "key"), UNITS)
def test_unit_forms(after: str, key: str | None) -> None:
    text = normalize_text("۱۰" + after).text
    assert unit_at(text, 2)[0] == key


@pytest.mark.parametrize("after", [" کیلو\u200cگرم", " مگا\u200cوات", " دانش\u200cآموزی", " کیلوگرم"])
def test_a_zwnj_inside_a_unit_is_part_of_it(after: str) -> None:
    key, end = unit_at("۱۰" + after, 2)
    assert key is not None and end == len("۱۰" + after)


def test_a_colloquial_range_is_about() -> None:
    text = normalize_text("برای این کار شش، هفت هزار نفر لازم است").text
    [draft] = find_figures(text)
    assert (draft.value, draft.high, draft.unit, draft.qualifier) == (6000, 7000, "person", "about")
    assert draft.surface == "شش، هفت هزار نفر"


# (text, surfaces of the figures in it); every other number in the text is not a figure
NOT_FIGURES: list[tuple[str, list[str]]] = [
    # days before a month, lists and ranges of them
    ("همایش ۱۴ و ۱۵ اردیبهشت برگزار می‌شود", []),
    ("مسابقات در روزهای ۸، ۹ و ۱۰ آبان انجام می‌شود", []),
    ("نمایشگاه از ۵ تا ۱۲ مهرماه دایر است", []),
    ("جشنواره از سوم تا ۱۰ دی‌ماه برپاست", []),
    ("۳۰۰ نفر و ۱۲ خرداد", ["۳۰۰ نفر"]),
    # clause and article numbers, alone and in lists
    ("نمایندگان با بندهای ۴ و ۹ لایحه مخالفت کردند", []),
    ("بند ۲ و ۵ این مصوبه اجرا نشد", []),
    ("مواد ۱۲ و ۱۳ قانون", []),
    ("تبصره‌های ۱، ۲ و ۳", []),
    # minute marks in a match report
    ("مهاجم میزبان در دقیقه ۱۲ و هافبک تیم ۵۴ و ۷۷ گل زدند", []),
    ("در دقیقه‌ی ۹۰ داور پنالتی گرفت", []),
    ("در هر دقیقه ۱۲ نفر متولد می‌شوند", ["۱۲ نفر"]),
    ("در دقیقه ۳۰ و ۴۰ هزار تماشاگر", ["۴۰ هزار تماشاگر"]),
    # product and model numbers
    ("گوشی Nova ۸ با باتری ۴۰۰۰ میلی‌آمپر", ["۴۰۰۰"]),
    ("تصادف پژو ۲۰۶ و پراید ۱۱۱ در جاده", []),
    ("خودروهای پژو ۲۰۶ و ۴۰۵", []),
    ("هواپیمای بوئینگ ۷۳۷ با ۱۵۰ مسافر", ["۱۵۰ مسافر"]),
    ("فناوری نسل ۴ و شبکه نسل ۵", []),
    ("شرکت بوئینگ ۸۰ میلیون دلار غرامت داد", ["۸۰ میلیون دلار"]),  # a scale: money, not a model
    # years in a list after «سال‌های»
    ("در سال‌های ۱۳۹۸ و ۹۹", []),
    # a year after «سال», but a figure with its unit right after «سال»
    ("در سال ۹۸ و سال ۱۴۰۲ و سال ۲۰۲۴", []),
    ("تا پایان سال ۵۰۰ کیلومتر راه آهن تحویل می‌شود", ["۵۰۰ کیلومتر"]),
    ("سهم صنایع کوچک تا پایان سال ۴۰ درصد می‌شود و در سال ۴۹ پرونده‌ای تشکیل شد", ["۴۰ درصد"]),
    ("نرخ بیکاری نسبت به تابستان ۹۷ به ۱۰ درصد رسید", ["۱۰ درصد"]),  # a season's year
    # a year after a month name, but a figure with its unit said right after the month
    ("در مردادماه ۹۵ و اسفند ۱۴۰۲", []),
    ("روز ۲۲ اسفند ماه ۱۳۹۱ جلسه‌ای برگزار شد و ۲۸ اردیبهشت ۱۳۹۹ ساعت ۱۷", []),
    ("تورم دوازده ماهه منتهی به مهر ماه ۲۸ درصد رسید", ["۲۸ درصد"]),
    # small counts in words: 1 and 2 (and 0) without a unit are not counts, from 3 up they are
    ("پنج پرستار و هفده گردان اعزام شدند", ["پنج پرستار", "هفده"]),  # «پرستار» counts people
    ("دو مؤلفه و یک سازمان و صفر", []),
    ("یک کودک و دو سرباز زخمی شدند و ۲۰۰ کودک", ["۲۰۰ کودک"]),  # a child, not a count of one
    # labels, compounds, demonstratives, scores and the verb stem «ده»
    ("از شبکه پنج و کانال ۳ پخش شد", []),
    ("داوران درجه سه و دو", []),
    ("نشست سه جانبه و نیروهای سه گانه و هتل‌های چهار و پنج ستاره", []),
    ("در چهار راه ولیعصر و تعطیلات سیزده بدر", []),
    ("هر سه بازیکن و این چهار کشور", []),
    ("تیم با نتیجه سه بر صفر و ۲ بر ۱ برد", []),
    ("بانک زیان ده و شرکت سود ده", []),
    # a time of day; the noun of a compound verb is no unit («شرکت کردن»)
    ("تا امروز ساعت ۸ صبح و ۳ بعدازظهر ۳۱۰ میلیون تردد ثبت شد", ["۳۱۰ میلیون"]),
    ("تا امروز ۸ صبح ۳۱۰ میلیون تردد ثبت شد", ["۳۱۰ میلیون"]),
    ("بازی از ساعت ۲۳ و ۳۰ دقیقه آغاز شد و ۲ ساعت و ۴۵ دقیقه طول کشید", ["۲ ساعت و ۴۵ دقیقه"]),
    ("۸۷ هزار نفر در طرح نوروزی ۱۴۰۳ شرکت کرده‌اند و ۱۲۰ شرکت در نمایشگاه حضور دارند",
     ["۸۷ هزار نفر", "۱۲۰ شرکت"]),
    # codes dialled on a phone
    ("با شماره‌گیری #۱۳*۱۴۲* و کد *۷۸۰# ۲۰ هزار نفر ثبت نام کردند", ["۲۰ هزار نفر"]),
    ("پرونده‌های مهم:\n**۷۸ هزار لیتر سوخت قاچاق", ["۷۸ هزار لیتر"]),  # a bullet, not a code
    # a day, week or phase named by its number; but a measure said right after such a word is a figure
    ("در روز ۲۰ شهریور و هفته دهم و مرحله ۲ پروژه", []),
    ("مصرف بنزین در روز ۱۴۲ میلیون لیتر است و در این دوره ۳۰ درصد رشد داشت", ["۱۴۲ میلیون لیتر", "۳۰ درصد"]),
    # list items numbered after a dash or before an underscore; a headline's figure after a dash stays
    ("اهداف:\n-2 تشخیص و حذف هزینه‌ها\n-3 تعیین کارایی\n6_ و بالاخره اتحادیه", []),
    ("اخبار:\n-30 کشته در مرکز سوریه\n- 700 هزار نفر رای دادند", ["۳۰", "۷۰۰ هزار نفر"]),
    # time gone by since something; but how far behind a plan is a figure
    ("۴ ماه از آغاز به کار دولت دوازدهم می‌گذرد و ۱۲ سال از افتتاح سد گذشته است", []),
    ("پروژه ۴ ماه از برنامه عقب است", ["۴ ماه"]),
    # one unit a price after it is given for; but one kilogram bought is a figure
    ("متوسط اجاره ماهانه یک متر مربع در تهران ۴۰ هزار تومان بوده است", ["۴۰ هزار تومان"]),
    ("یک کیلوگرم طلا خریداری شد و ۵۰ میلیون تومان پرداخت شد", ["یک کیلوگرم", "۵۰ میلیون تومان"]),
    # an outlet's number; a date after «به تاریخ», but a measure after «در این تاریخ»
    ("به گزارش پایگاه 598 به نقل از مهر، ۱۲ هزار نفر آمدند", ["۱۲ هزار نفر"]),
    ("کد خبر: 1403040905772\nخبرنگار : 71505\n\nدر سال گذشته ۱۲ هزار نفر آمدند", ["۱۲ هزار نفر"]),
    ("این پایگاه به صورت ۲۴ ساعته فعال است و ۲۰ مأمور دارد", ["۲۰ مأمور"]),  # round-the-clock
    ("نامه به تاریخ ۲۶ اسفند رسید و در این تاریخ ۲۶ میلیارد مترمکعب آب در سدها بود", ["۲۶ میلیارد مترمکعب"]),
    # «جزء» before a sub-item's number; before a count with its unit, a figure
    ("طبق جزء ۲ بند الف اعتبار تخصیص یافت و ایران جزء ۵ کشور اول خریدار طلا است", ["۵ کشور"]),
    # an outlet whose name ends in a number, opening a line; a count at a line's head stays
    ("اقتصاد۲۴: وزیر گفت امسال ۳۰۰ هزار واحد تحویل می‌شود\nمخاطب۲۴ : ۲۴ درصد رشد داشت",
     ["۳۰۰ هزار واحد", "۲۴ درصد"]),
    ("۲۴ نفر: این تعداد مصدومان است", ["۲۴ نفر"]),
    # a unit's or an event's name with a number; a weekday's date; a date written in English
    ("واحدهای ۳ و ۴ نیروگاه در دست ساخت است و در کنکور ۹۷ حدود ۹۰۰ هزار نفر ثبت‌نام کردند",
     ["حدود ۹۰۰ هزار نفر"]),
    ("آزمون در روزهای پنجشنبه ۷ و جمعه ۸ تیر برای ۳۰۰ هزار نفر برگزار می‌شود", ["۳۰۰ هزار نفر"]),
    ("24 February, 2026\nقیمت ۵ درصد افزایش یافت", ["۵ درصد"]),
]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("سهم آنها به ترتیب ۲۵، ۴۶، ۱۷ و ۵ درصد است.", ["percent"] * 4),  # a list ending with its unit
        ("هارد دیسک‌هایی با ظرفیت ۲۵۰ و ۵۰۰ گیگابایت عرضه شد.", ["gigabyte"] * 2),
        ("۳ و ۴ هزار نفر آمدند.", [None, "person"]),  # a scale word: not the first number's
        # a stay or a trip counted with what it lasts or covers, however the two words are joined
        ("۲ میلیون نفر شب اقامت و ۷ میلیون نفرشب اقامت و ۲۰۰ میلیون نفر-کیلومتر ثبت شد.",
         ["person_night", "person_night", "passenger_km"]),
        # a scale glued to its unit
        ("تولید ۹۱ هزاردستگاهی خودرو و خرید ۲ میلیونتن گندم", ["vehicle", "tonne"]),
    ],
)
def test_a_list_that_ends_with_a_unit_counts_in_it(text: str, units: list) -> None:
    assert [f.unit for f in find_figures(normalize_text(text).text)] == units


@pytest.mark.parametrize(("text", "surfaces"), NOT_FIGURES)
def test_not_figures(text: str, surfaces: list[str]) -> None:
    assert [s for s, _, _ in _figures(text)] == [s.replace("\u200c", "") for s in surfaces]


def _adjectival_endings(form: str) -> list[str]:
    if form.endswith("ه"):
        return ["\u200cای", "ای"]
    return ["یی"] if form[-1] in "اوی" else ["ی"]


SPOKEN_FOR = {"روستایی"}  # «۲۳ میلیون روستایی»: villagers, a form of its own


@pytest.mark.parametrize("unit", sorted(units().values(), key=lambda u: u.key), ids=lambda u: u.key)
def test_every_unit_form_takes_an_adjectival_ending(unit: Unit) -> None:
    for form in unit.surface_forms:
        for ending in ["", *_adjectival_endings(form)]:
            if form + ending in SPOKEN_FOR:
                continue
            text = normalize_text(f"۱۰ {form}{ending} جدید").text
            key, end = unit_at(text, 2)
            assert (key, text[end:]) == (unit.key, " جدید"), form + ending


def test_a_compound_of_a_huge_number_gives_a_value() -> None:
    [draft] = find_figures("۹" * 1200 + " تن و ۵۰۰ کیلوگرم")
    assert draft.unit == "tonne" and draft.value > 10**1199


# The unit written at both ends of a range: one figure, the lower end with the upper as bound.
UNIT_RANGES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    ("قیمت هر قطعه از ۱۲۰۰ ریال تا ۱۵۰۰ ریال است", [("۱۲۰۰ ریال تا ۱۵۰۰ ریال", "1200", "1500", "rial")]),
    (
        "کرایه بین ۵ هزار تومان تا ۷ هزار تومان است",
        [("۵ هزار تومان تا ۷ هزار تومان", "5000", "7000", "toman")],
    ),
    # falling «از … تا …» and different units stay two figures
    (
        "نرخ از ۱۰ درصد تا ۸ درصد کاهش یافت",
        [("۱۰ درصد", "10", None, "percent"), ("تا ۸ درصد", "8", None, "percent")],
    ),
    ("از ۳ تن تا ۲۰۰ کیلوگرم", [("۳ تن", "3", None, "tonne"), ("تا ۲۰۰ کیلوگرم", "200", None, "kilogram")]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_RANGES)
def test_a_range_with_the_unit_at_both_ends(text: str, expected: list) -> None:
    norm = normalize_text(text).text
    got = [(d.surface, d.value, d.high, d.unit) for d in find_figures(norm)]
    want = [(normalize_text(s).text, Decimal(v), Decimal(h) if h else None, u) for s, v, h, u in expected]
    assert got == want


def test_an_amount_of_change_said_before_it_is_not_where_the_quantity_was() -> None:
    text = normalize_text("با بهبود ۳ میلیارد دلاری تراز تجاری به منفی ۸ میلیارد دلار رسید.").text
    drafts = find_figures(text)
    assert [d.change_from for d in drafts] == [None, None]  # 3 is how much it improved, not «از ۳ به منفی ۸»


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hedged at both ends
        ("مشترکان از بیش از ۹ میلیون به بیش از ۱۰ میلیون افزایش یافته است.", [None, Decimal(9_000_000)]),
        # the amount it moved by said between X and Y
        ("تولید ۲۷ میلیون بشکه بوده که این رقم با کاهش ۷۰۰ هزار بشکه‌ای به ۲۶.۳ میلیون بشکه رسیده است.",
         [None, None, Decimal(27_000_000)]),
        # «از سال ۱۴۰۲ … به»: a year, not where the quantity was
        ("با گذشت ۹ ماه از سال ۱۴۰۲ صادرات استان به ۵۰۰ میلیون دلار رسیده است.", [None, None]),
        # X's own year between X and «به»
        ("مسافران از ۵ میلیون نفر در ۱۴۰۱ به ۷ میلیون نفر در پایان ۱۴۰۲ رسید.", [None, Decimal(5_000_000)]),
        # a part of the sum it brings the total to
        ("بودجه عمرانی ۱۲ هزار میلیارد تومان در نظر گرفته شده تا مجموع بودجه به ۲۰ هزار میلیارد تومان برسد.",
         [None, None]),
    ],
)
def test_where_a_quantity_changed_from(text: str, expected: list) -> None:
    assert [d.change_from for d in find_figures(normalize_text(text).text)] == expected


def test_a_written_sign_is_part_of_the_figure() -> None:
    text = normalize_text("رشد بخش کشاورزی از منفی ۲.۴ درصد به مثبت ۳.۲ درصد رسید.").text
    got = [(d.surface, d.value) for d in find_figures(text)]
    want = [("منفی ۲.۴ درصد", "-2.4"), ("مثبت ۳.۲ درصد", "3.2")]
    assert got == [(normalize_text(s).text, Decimal(v)) for s, v in want]


def test_a_signed_bare_number_is_no_count_of_what_its_quantity_counts() -> None:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    text = "وزیر میراث فرهنگی گفت: آمار حضور گردشگران از منفی ۵۲ به مثبت ۱۰ رسیده است."
    units = {f.surface: f.unit for f in extract(Report("a.txt", text)).figures}
    assert units == {"منفی ۵۲": None, "مثبت ۱۰": None}  # a change in per cent, not tourists


def test_and_a_half_after_a_time_unit_is_half_more() -> None:
    [draft] = find_figures(normalize_text("مدت خاموشی دو ساعت و نیم بود.").text)
    assert (draft.value, draft.unit) == (Decimal("2.5"), "hour")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a scale word no year is written with: a figure after «سال»
        ("تا پایان سال ۲۰۰ هزار کنتور هوشمند نصب می‌شود.", [200000]),
        ("تا پایان سال ۳ میلیون کنتور نصب می‌شود.", [3000000]),
        # two digits after «سال» are still a year with a count noun
        ("سال ۹۸ پرونده‌ای باز شد.", []),
    ],
)
def test_a_number_with_a_scale_word_after_year_is_no_year(text: str, values: list[int]) -> None:
    assert [d.value for d in find_figures(normalize_text(text).text)] == values


def test_a_list_of_places_with_their_counts_shares_the_unit_the_last_one_says() -> None:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    text = "استان‌های یزد با ۴۱۲، کرمان با ۲۸۰ و سمنان با ۹۵ هکتار بیشترین سطح کشت زعفران را دارند."
    units = {f.surface: f.unit for f in extract(Report("a.txt", text)).figures}
    assert units == {"۴۱۲": "hectare", "۲۸۰": "hectare", "۹۵ هکتار": "hectare"}


def test_the_and_of_a_number_in_words_does_not_end_its_clause() -> None:
    from claimgraph.loaders.segment import clause_around

    text = "امسال ۸۱ هزار و ۳۱۴ تن برنج به ارزش هزار و ۲۰۵ میلیارد تومان از شالیکاران استان گیلان خریداری شد."
    start = text.index("۸۱")
    s, e = clause_around(text, (0, len(text)), start, text.index("تن") + 2)
    assert "گیلان" in text[s:e]
    # a «و» between two clauses still parts them
    text = "در تابستان ۷ درصد بود و ۸ درصد در پاییز شد."
    s, e = clause_around(text, (0, len(text)), text.index("۷"), text.index("۷") + 1)
    assert text[s:e] == "در تابستان ۷ درصد بود"


def test_a_list_member_named_with_several_words_still_shares_the_last_one_s_unit() -> None:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    text = (
        "مجتمع تجاری نمونه شمال شهر با ۸۴۰، بازارچه محلی میدان اصلی شهر نیز با ۳۱۰ "
        "و پاساژ نو با ۱۲۰ بازدیدکننده پرمخاطب‌ترین مراکز بودند."
    )
    units = {f.surface: f.unit for f in extract(Report("a.txt", text)).figures}
    assert units["۸۴۰"] == units["۳۱۰"] == units["۱۲۰ بازدیدکننده"] is not None
