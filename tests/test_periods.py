"""Periods as agency copy writes them: a table of phrases and the dates they stand for."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.loaders.normalize import normalize
from claimgraph.loaders.periods import anchor, find_periods, in_context

# (phrase, start, end); None dates: kept as text only (no report date is given here)
PERIODS: list[tuple[str, date | None, date | None]] = [
    ("در سال ۱۴۰۱", date(2022, 3, 21), date(2023, 3, 20)),
    ("سال‌های ۱۴۰۰ و ۱۴۰۱", date(2021, 3, 21), date(2023, 3, 20)),
    ("تیرماه سال ۹۱", date(2012, 6, 21), date(2012, 7, 21)),  # a two-digit year after «سال»
    ("در فصل بهار سال 91", date(2012, 3, 20), date(2012, 6, 20)),
    ("پاییز ۱۴۰۲", date(2023, 9, 23), date(2023, 12, 21)),
    ("در سال 2005", date(2005, 1, 1), date(2005, 12, 31)),  # a Gregorian year in foreign news
    ("در سه ماهه دوم سال 2005", date(2005, 4, 1), date(2005, 6, 30)),  # a Gregorian quarter
    ("شش ماهه دوم سال ۱۴۰۱", date(2022, 9, 23), date(2023, 3, 20)),
    ("پنج ماهه نخست سال ۱۴۰۲", date(2023, 3, 21), date(2023, 8, 22)),
    ("دو ماه ابتدایی سال ۱۴۰۲", date(2023, 3, 21), date(2023, 5, 21)),
    ("سه ماه آغازین سال ۱۴۰۲", date(2023, 3, 21), date(2023, 6, 21)),
    ("سال گذشته یعنی ۱۴۰۱", date(2022, 3, 21), date(2023, 3, 20)),  # the year spelled out decides
    ("امسال (۱۴۰۲)", date(2023, 3, 21), date(2024, 3, 19)),
    ("سال گذشته", None, None),
    ("سال زراعی ۱۴۰۱-۱۴۰۲", date(2022, 9, 23), date(2023, 9, 22)),
    ("سال زراعی ۱۴۰۲-۱۴۰۱", date(2022, 9, 23), date(2023, 9, 22)),  # keyed right to left
    ("۲۵ اسفند ۱۳۹۸", date(2020, 3, 15), date(2020, 3, 15)),  # a day, its month with no «ماه», a year
    ("فروردین ۱۴۰۱", date(2022, 3, 21), date(2022, 4, 20)),
    ("از ۲۵ اسفند ۱۴۰۲ تا ۸ فروردین ۱۴۰۳", date(2024, 3, 15), date(2024, 3, 27)),  # across the new year
    ("از ۱۵ آبان ۱۴۰۲ تا پایان آذر ۱۴۰۲", date(2023, 11, 6), date(2023, 12, 21)),
    ("نیمه نخست سال ۱۴۰۲", date(2023, 3, 21), date(2023, 9, 22)),
    ("نیمه دوم سال ۱۴۰۱", date(2022, 9, 23), date(2023, 3, 20)),
    ("تعطیلات نوروزی ۱۴۰۳", date(2024, 3, 20), date(2024, 4, 1)),
    ("سه ماه پایانی سال ۱۴۰۲", date(2023, 12, 22), date(2024, 3, 19)),  # the last months
    ("سال مالی ۱۴۰۳", date(2024, 3, 20), date(2025, 3, 20)),
    ("هفته دولت سال ۱۴۰۲", date(2023, 8, 24), date(2023, 8, 30)),  # 2–8 Shahrivar
    ("دهه فجر ۱۴۰۳", date(2025, 1, 31), date(2025, 2, 10)),  # 12–22 Bahman
    ("طی سال‌های ۱۳۹۰-۱۴۰۰", date(2011, 3, 21), date(2022, 3, 20)),  # a hyphen between the years
    ("سال‌های ۱۴۰۰ تا ۱۳۹۸", date(2019, 3, 21), date(2022, 3, 20)),  # the later year first
    ("در دهه ۹۰", date(2011, 3, 21), date(2021, 3, 20)),  # the Jalali 1390s
    ("در دهه ۱۳۹۰", date(2011, 3, 21), date(2021, 3, 20)),
    ("در دهه هفتاد", date(1991, 3, 21), date(2001, 3, 20)),
    ("در دهه ۸۰ میلادی", date(1980, 1, 1), date(1989, 12, 31)),
    ("ژانویه ۲۰۲۴", date(2024, 1, 1), date(2024, 1, 31)),  # a Gregorian month of a written year
    ("در ماه مه ۲۰۲۳", date(2023, 5, 1), date(2023, 5, 31)),
    ("از ابتدای سال ۱۴۰۳ تا پایان آذر", date(2024, 3, 20), date(2024, 12, 20)),  # the month of that year
    ("در سال‌های ۱۴۰۰، ۱۴۰۱ و ۱۴۰۲", date(2021, 3, 21), date(2024, 3, 19)),  # a list of years
    ("در سال‌های ۹۸، ۹۹ و ۱۴۰۰", date(2019, 3, 21), date(2022, 3, 20)),
    ("در بهار ۹۹", date(2020, 3, 20), date(2020, 6, 20)),  # two digits after a season or a month
    ("در اسفند ۹۸", date(2020, 2, 20), date(2020, 3, 19)),
    ("۲۵ اسفند ۹۸", date(2020, 3, 15), date(2020, 3, 15)),
    ("در نیمه اول اسفند ۱۴۰۲", date(2024, 2, 20), date(2024, 3, 5)),  # part of a month
    ("نیمه دوم اسفند ۱۴۰۳", date(2025, 3, 6), date(2025, 3, 20)),
    ("دهه اول فروردین ۱۴۰۴", date(2025, 3, 21), date(2025, 3, 30)),
    ("ده روز نخست فروردین ۱۴۰۴", date(2025, 3, 21), date(2025, 3, 30)),  # a month's first days
    ("سه روز اول مهر ماه ۱۴۰۴", date(2025, 9, 23), date(2025, 9, 25)),
    ("پنج روز پایانی شهریور ۱۴۰۴", date(2025, 9, 18), date(2025, 9, 22)),  # its last days
    ("چند ماه اول سال ۱۴۰۴", None, None),  # some months: how many is not said
    ("در چند ماه گذشته", None, None),
    ("فصل اول ۱۴۰۳", date(2024, 3, 20), date(2024, 6, 20)),  # a quarter
    ("در تاریخ ۱۴۰۳/۰۵/۲۰", date(2024, 8, 10), date(2024, 8, 10)),  # a day in figures
    ("در ابتدای دولت سیزدهم", date(2021, 8, 3), date(2021, 8, 3)),  # a named period's first day
    ("در پایان دولت سیزدهم", date(2024, 5, 19), date(2024, 5, 19)),  # and its last
]


@pytest.mark.parametrize(("phrase", "start", "end"), PERIODS)
def test_period(phrase: str, start: date | None, end: date | None) -> None:
    found = find_periods(normalize(phrase), (None, None))
    assert len(found) == 1, found
    assert (found[0].period.start, found[0].period.end) == (start, end)


def test_a_count_of_years_ahead_runs_from_the_report_date_and_next_year_is_the_calendar_one() -> None:
    day = date(2025, 9, 1)
    ahead = find_periods(normalize("در ۵ سال آینده"), (day, day))
    assert [(m.period.start, m.period.end) for m in ahead] == [(day, date(2030, 9, 1))]
    nxt = find_periods(normalize("در سال آینده"), (day, day))
    assert [(m.period.start, m.period.end) for m in nxt] == [(date(2026, 3, 21), date(2027, 3, 20))]


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("در ۲.۵ سال گذشته", date(2023, 3, 1), date(2025, 9, 1)),  # not «۵ سال گذشته»
        ("طی دو سال و نیم گذشته", date(2023, 3, 1), date(2025, 9, 1)),
        ("در ۲۴ ساعت گذشته", date(2025, 8, 31), date(2025, 9, 1)),
        ("در دو شبانه روز اخیر", date(2025, 8, 30), date(2025, 9, 1)),  # «شبانه‌روز»: a day
        ("در هفته اول مهر", date(2025, 9, 23), date(2025, 9, 29)),  # not the day «اول مهر»
        ("در هفته آخر شهریور", date(2025, 9, 16), date(2025, 9, 22)),
        ("تا پایان دولت سیزدهم", date(2021, 8, 3), date(2024, 5, 19)),  # a deadline: the whole term
    ],
)
def test_rolling_windows_and_parts_of_months_around_the_report(phrase: str, start: date, end: date) -> None:
    day = date(2025, 9, 1)  # 10 Shahrivar 1404
    found = find_periods(normalize(phrase), (day, day))
    assert [(m.period.start, m.period.end) for m in found] == [(start, end)]


def test_since_a_year_runs_to_the_report_date() -> None:
    day = date(2025, 9, 1)
    found = find_periods(normalize("از سال ۱۴۰۰ به بعد"), (day, day))
    assert [(m.period.start, m.period.end) for m in found] == [(date(2021, 3, 21), day)]


def test_since_the_start_of_this_year_to_the_end_of_a_month_is_one_period() -> None:
    day = date(2025, 11, 30)  # 9 Azar 1404
    found = find_periods(normalize("از ابتدای سال جاری تا پایان مهرماه"), (day, day))
    assert [(m.period.start, m.period.end) for m in found] == [(date(2025, 3, 21), date(2025, 10, 22))]


def test_years_run_together_in_a_list_give_no_span_of_centuries() -> None:
    found = find_periods(normalize("طی سال‌های 1941- 1939و1991-1945 به این کشور"), (None, None))
    assert all(m.period.start is None or m.period.start.year >= 1939 for m in found)
    assert all(m.period.end is None or m.period.end.year <= 1991 for m in found)


def test_rolling_year_ends_on_the_same_day_a_year_before() -> None:
    day = date(2025, 11, 3)
    found = find_periods(normalize("در یک سال گذشته"), (day, day))
    assert (found[0].period.start, found[0].period.end) == (date(2024, 11, 3), day)


def test_this_year_is_cut_at_the_report_date_only_for_what_was_done() -> None:
    day = date(2020, 9, 17)
    this_year = find_periods(normalize("امسال"), (day, day))[0].period
    done = anchor(this_year, (day, day), achieved=True)
    planned = anchor(this_year, (day, day), achieved=False)
    assert (done.first, done.last) == (date(2020, 3, 20), day)
    assert (planned.first, planned.last) == (date(2020, 3, 20), date(2021, 3, 20))


# A month named without a year is the one news speaks of around the report's date.
BARE_MONTHS = [
    # a statistics release a month after the month it covers
    ("تورم به ۳۰.۹ درصد در پایان فروردین ماه رسید", date(2024, 5, 10), date(2024, 3, 20), date(2024, 4, 19)),
    # a month just ahead: the coming one, not last year's
    ("در مهرماه ۵۰۰ مدرسه افتتاح می‌شود", date(2025, 9, 1), date(2025, 9, 23), date(2025, 10, 22)),
    # a month far ahead of the report's: last year's
    ("در ماه اسفند ۴۰ هزار واحد تحویل شد", date(2025, 9, 1), date(2025, 2, 19), date(2025, 3, 20)),
    # a deadline: from the report's date to the end of the month
    ("۲۰۱ اتوبوس تا پایان شهریورماه رونمایی می‌شود", date(2025, 9, 14), date(2025, 9, 14), date(2025, 9, 22)),
]


@pytest.mark.parametrize(("text", "day", "start", "end"), BARE_MONTHS)
def test_month_without_a_year(text: str, day: date, start: date, end: date) -> None:
    found = find_periods(normalize(text), (day, day))
    assert [(m.period.start, m.period.end) for m in found] == [(start, end)]


def test_a_month_name_that_is_not_a_time_is_not_a_period() -> None:
    day = date(2025, 9, 1)
    assert find_periods(normalize("به گزارش خبرگزاری مهر، تیر خلاص به این طرح زده شد"), (day, day)) == []


def test_start_of_this_year_is_its_first_day() -> None:
    day = date(2024, 11, 6)
    level = find_periods(normalize("ابتدای امسال نیز رشد نقدینگی در کانال ۲۵ درصد بود"), (day, day))
    since = find_periods(normalize("از ابتدای امسال تاکنون"), (day, day))
    assert (level[0].period.start, level[0].period.end) == (date(2024, 3, 20), date(2024, 3, 20))
    assert (since[0].period.start, since[0].period.end) == (date(2024, 3, 20), day)


def test_annual_rate_given_for_a_month_is_the_twelve_months_to_it() -> None:
    text = normalize("بیشترین نرخ تورم سالانه در فروردین ماه ۱۴۰۲ مربوط به لرستان")
    found = find_periods(text, (None, None))
    assert [(m.period.start, m.period.end) for m in found] == [(date(2022, 4, 21), date(2023, 4, 20))]


def _periods_of(
    text: str, day: date | None = None, *, after: date | None = None
) -> dict[str, tuple[date | None, date | None]]:
    """Each figure's period, in a report of ``day`` or known only to be published on or after ``after``."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    found = extract(Report(name="t.txt", text=text, published=day, published_after=after))
    return {f.surface: (f.period.start, f.period.end) if f.period else (None, None) for f in found.figures}


def test_in_a_list_of_figures_each_with_its_month_the_month_after_each_is_its_own() -> None:
    got = _periods_of(
        "به گزارش ایسنا، فروش بلیت قطار ۴۰ هزار فقره برای مهر ماه، ۵۲ هزار فقره برای آبان ماه و ۶۱ هزار "
        "فقره برای آذر ماه ثبت شد.",
        date(2024, 12, 25),
    )
    assert got["۵۲ هزار فقره"] == (date(2024, 10, 22), date(2024, 11, 20))  # Aban, not Mehr before it
    assert got["۶۱ هزار فقره"] == (date(2024, 11, 21), date(2024, 12, 20))  # Azar


def test_an_annual_rate_for_this_month_is_the_twelve_months_to_the_month_named_before() -> None:
    got = _periods_of(
        "به گزارش ایرنا، مرکز آمار اعلام کرد شاخص قیمت مصرف‌کننده در مهرماه ۱۴۰۳ نسبت به ماه قبل ۳ درصد "
        "افزایش یافت.\nاین مرکز نرخ تورم سالانه در این ماه را ۳۱.۲ درصد اعلام کرد.",
        date(2024, 11, 5),  # published in Aban: «این ماه» is Mehr, the month named
    )
    assert got["۳۱.۲ درصد"] == (date(2023, 10, 23), date(2024, 10, 21))


@pytest.mark.parametrize(
    ("day", "festival"),
    [
        (date(2024, 3, 13), date(2024, 3, 12)),  # the day after, in Esfand 1402
        (date(2025, 3, 20), date(2025, 3, 18)),  # Esfand 1403: not the Wednesday before the report
        (date(2025, 4, 10), date(2025, 3, 18)),  # in Farvardin: the one just past
    ],
)
def test_the_fire_festival_is_the_tuesday_before_the_years_last_wednesday(day: date, festival: date) -> None:
    got = _periods_of("به گزارش ایسنا، سخنگوی آتش‌نشانی گفت: در حوادث چهارشنبه‌سوری ۷۳ مصدوم داشتیم.", day)
    assert got["۷۳ مصدوم"] == (festival, festival)


def test_a_period_past_but_is_the_next_clauses() -> None:
    got = _anchors_of(
        "رئیس‌جمهور گفت: در برنامه قرار بوده که وزارت نیرو ۷۰۰ میلیون متر مکعب آبرسانی انجام شود اما هم "
        "اکنون به میزان یک میلیون متر مکعب رسیده‌ایم.",
        date(2023, 7, 10),
    )
    assert got["یک میلیون متر مکعب"] == (date(2023, 7, 10), date(2023, 7, 10), "report")  # «هم اکنون»
    assert got["۷۰۰ میلیون متر مکعب"][2] != "report"  # not «now»: the plan's time is not said
    # «در حالی که» too
    got = _anchors_of(
        "وی گفت: در حال حاضر حجم مخازن ۹۰ میلیون مترمکعب است، در حالی که خردادماه این رقم ۹۵ میلیون "
        "مترمکعب بود.",
        date(2023, 10, 20),
    )
    assert got["۹۰ میلیون مترمکعب"] == (date(2023, 10, 20), date(2023, 10, 20), "report")


def test_a_plans_time_is_not_the_time_of_what_the_speaker_says_next() -> None:
    got = _periods_of(
        "وزیر نفت گفت: تولید نفت ۳ میلیون بشکه در روز است و این عدد تا پایان شهریور به ۳ میلیون و ۴۰۰ "
        "هزار بشکه در روز افزایش می‌یابد. وی همچنین از افزایش فروش ۱۶ درصدی گاز به نیروگاه‌ها خبر داد.",
        date(2022, 7, 20),
    )
    assert got["۳ میلیون و ۴۰۰ هزار بشکه"] == (date(2022, 8, 23), date(2022, 9, 22))
    assert got["۱۶ درصدی"] == (None, None)


def test_a_deadline_is_not_the_time_of_what_is_said_next() -> None:
    got = _periods_of(
        "به گزارش ایلنا، علی رضایی عضو شورای شهر گفت: تا پایان پاییز امسال ۴۰۰ دستگاه اتوبوس وارد شهر "
        "خواهد شد. وی افزود: بسته اول این اتوبوس‌ها به تعداد ۵۷ دستگاه در حال حمل است.",
        date(2025, 10, 11),
    )
    assert got["۴۰۰ دستگاه اتوبوس"] == (date(2025, 9, 23), date(2025, 12, 21))
    assert got["۵۷ دستگاه"] == (None, None)


def test_a_past_day_frames_its_own_statement_only() -> None:
    got = _periods_of(
        "به گزارش ایلنا، سعید توکلی گفت: پارسال در ۲۶ آذر مصرف ۷۱۵ میلیون متر مکعب در روز بود. "
        "وی افزود: در کشور ما ۷۳ درصد سبد انرژی گاز است.",
        date(2025, 9, 15),
    )
    assert got["۷۱۵ میلیون متر مکعب"] == (date(2024, 12, 16), date(2024, 12, 16))
    assert got["۷۳ درصد"] == (None, None)


def test_the_day_a_quote_was_given_dates_figures_with_no_period() -> None:
    got = _periods_of(
        "وزیر بهداشت در دو سال اخیر ۱۵ هزار تخت افتتاح کرد. بهرام عین‌اللهی بعد از ظهر امروز شنبه "
        "چهارم شهریورماه در آئین کلنگ‌زنی اظهار کرد: ۲۴ پروژه درمانی در استان به بهره‌برداری رسیده است.",
        date(2023, 8, 26),
    )
    assert got["۲۴ پروژه"] == (date(2023, 8, 26), date(2023, 8, 26))


def test_the_period_set_nearest_before_carries() -> None:
    got = _periods_of(
        "وزیر جهاد کشاورزی اعلام کرد:\nافزایش ۱۰ درصدی صادرات بخش کشاورزی در ۴ ماهه امسال\n"
        "به گزارش مهر، غلامرضا نوری گفت: بخش کشاورزی در سال ۱۴۰۳ رشد ۳.۲ درصدی داشت. "
        "وی اضافه کرد: در حوزه صادرات محصولات کشاورزی نیز ۳۲ درصد افزایش داشته‌ایم.",
        date(2025, 8, 19),
    )
    assert got["۱۰ درصدی"] == (date(2025, 3, 21), date(2025, 7, 22))
    assert got["۳۲ درصد"] == (date(2024, 3, 20), date(2025, 3, 20))  # the speaker's year, said just before


def test_start_of_the_government_is_the_first_day_of_the_one_in_office() -> None:
    day = date(2024, 6, 6)  # after one government ended, before the next began: the last one
    level = find_periods(normalize("در ابتدای دولت"), (day, day))
    since = find_periods(normalize("از ابتدای دولت تاکنون"), (day, day))
    assert (level[0].period.start, level[0].period.end) == (date(2021, 8, 3), date(2021, 8, 3))
    assert (since[0].period.start, since[0].period.end) == (date(2021, 8, 3), day)


def test_a_period_between_two_figures_belongs_to_the_first() -> None:
    got = _periods_of(
        "به گزارش ایرنا، علی کریمی گفت: پنج دهک اول جامعه تحت پوشش بیمه هستند و نسخه الکترونیک از ۱۰ "
        "درصد در ابتدای دولت به ۹۰ درصد افزایش یافته است. بخش صنعت از هدف‌گذاری رشد ۵.۵ درصدی برنامه هفتم "
        "به رشد ۴.۶ درصدی رسید.",
        date(2024, 6, 6),
    )
    assert got["۱۰ درصد"] == (date(2021, 8, 3), date(2021, 8, 3))
    assert got["۹۰ درصد"] == (None, None)  # the later value: not of the government's first day
    assert got["پنج"] == (None, None)  # the clause ended with «هستند و»
    assert got["۵.۵ درصدی"] == (date(2024, 3, 20), date(2029, 3, 20))
    assert got["۴.۶ درصدی"] == (None, None)  # the plan is the target's, not what was reached


def test_done_so_far_in_a_report_known_by_a_window_inside_the_period_has_no_certain_end() -> None:
    year = find_periods(normalize("سال ۱۴۰۱"), (None, None))[0].period
    inside = (date(2022, 8, 1), date(2022, 9, 30))  # the report falls in 1401: «so far» ends when?
    assert anchor(year, inside, achieved=True).basis == "window"
    assert anchor(year, inside, achieved=False).basis == "stated"  # a plan for the year is the year
    assert anchor(year, (date(2023, 5, 1), date(2023, 6, 1)), achieved=True).basis == "stated"  # after it


def _figures_in_store(tmp_path, text: str, after: str, before: str) -> dict[str, dict]:
    """The figures query's rows, by surface, for one report known by a date window."""
    from claimgraph.graph.ingest import ingest
    from claimgraph.graph.store import open_store
    from claimgraph.queries.runner import get

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    window = f'[{{"file": "a.txt", "published_after": "{after}", "published_before": "{before}"}}]'
    (tmp_path / "manifest.json").write_text(window, encoding="utf-8")
    store = open_store(tmp_path / "store")
    ingest([tmp_path], store)
    return {str(r["surface"]): r for r in store.select(get("figures").text).dicts()}


def _shown(row: dict) -> tuple[str, str, str]:
    return str(row["period_start"]), str(row["period_end"]), str(row["period_basis"])


def test_a_so_far_figure_keeps_its_periods_dates_in_the_figures_query(tmp_path) -> None:
    text = "به گزارش ایرنا، سید جواد ساداتی‌نژاد وزیر جهاد کشاورزی گفت: امسال ۷.۵ میلیون تن گندم خریداری شد."
    [row] = _figures_in_store(tmp_path, text, "2022-08-01", "2022-09-30").values()
    assert _shown(row) == (
        "2022-03-21",
        "2023-03-20",
        "window",  # done so far in 1401: where it ends is not known
    )


def _anchors_of(text: str, day: date, last: date | None = None) -> dict[str, tuple[date, date, str] | None]:
    """Each figure's span of days, in a report of ``day`` or known by the window ``day`` … ``last``."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    report = Report(name="t.txt", text=text, published_after=day, published_before=last or day)
    found = extract(report).figures
    return {f.surface: (f.anchor.first, f.anchor.last, f.anchor.basis) if f.anchor else None for f in found}


def test_rainfall_so_far_is_counted_from_the_start_of_the_water_year() -> None:
    got = _anchors_of(
        "رئیس مرکز مدیریت بحران خشکسالی گفت: بارش‌های کشور تاکنون به ۴۲ میلیمتر رسیده و صادرات تاکنون "
        "۲ میلیارد دلار بوده است.",
        date(2024, 12, 25),
    )
    assert got["۴۲ میلیمتر"] == (date(2024, 9, 22), date(2024, 12, 25), "stated")  # since 1 Mehr 1403
    assert got["۲ میلیارد دلار"] == (date(2024, 3, 20), date(2024, 12, 25), "stated")  # since Nowruz


def test_a_running_total_with_no_period_phrase_is_the_year_so_far() -> None:
    got = _anchors_of(
        "به گزارش ایسنا، مدیرعامل شرکت بازرگانی دولتی گفت: ۶ میلیون تن گندم از کشاورزان خرید تضمینی شد "
        "و ۸۰ درصد مطالبات گندمکاران پرداخت شد.",
        date(2025, 7, 10),
    )
    assert got["۶ میلیون تن"] == (date(2025, 3, 21), date(2025, 7, 10), "running")  # 1 Farvardin 1404 on
    assert got["۸۰ درصد"] == (date(2025, 7, 10), date(2025, 7, 10), "undated")  # a share is no total


def test_counts_said_with_a_running_total_run_with_it() -> None:
    got = _anchors_of(
        "معاون وزیر گفت: با خرید ۷ میلیون تن گندم از کشاورزان، این محصول در قالب یک میلیون تن محموله، "
        "از طریق ۱۱۴۰ مرکز خرید تحویل گرفته شده و ۸۶ درصد بهای آن پرداخت شده است.",
        date(2025, 8, 26),
    )
    so_far = (date(2025, 3, 21), date(2025, 8, 26), "running")
    assert got["یک میلیون تن"] == got["۱۱۴۰ مرکز"] == so_far  # the consignments and centres it came through
    assert got["۸۶ درصد"][2] != "running"  # a share is a level at its date
    # a running total said with «تاکنون» carries its counts too
    got = _anchors_of(
        "سعید راد با اعلام خرید ۷ میلیون تن گندم تاکنون از کشاورزان، افزود: این محصول در قالب یک میلیون "
        "تن محموله تحویل شده است.",
        date(2025, 8, 26),
    )
    assert got["یک میلیون تن"] == so_far
    # a day the quote was said on is no period of the counts' own
    got = _anchors_of(
        "به گزارش ایسنا، مدیرعامل بازرگانی دولتی روز دوشنبه درباره خرید گندم در سال زراعی جاری افزود: این "
        "میزان خرید گندم در قالب یک میلیون و ۲۰۰ هزار تن محموله از ۵۲۰ هزار کشاورز از طریق یک هزار و ۲۰ "
        "مرکز در سراسر کشور خریداری شده است.",
        date(2025, 8, 25),
    )
    assert got["۵۲۰ هزار کشاورز"] == (date(2025, 3, 21), date(2025, 8, 25), "running")


def test_so_far_in_a_report_known_by_a_window_inside_one_year_starts_at_that_years_start() -> None:
    summer = (date(2024, 6, 1), date(2024, 8, 21))  # all of it in 1403
    got = _anchors_of(
        "مدیرعامل شرکت بازرگانی دولتی گفت: از ابتدای فصل برداشت تاکنون ۴ میلیون تن گندم خریداری شده است.",
        *summer,
    )
    assert got["۴ میلیون تن"] == (date(2024, 3, 20), date(2024, 8, 21), "window")
    bought = "معاون وزیر گفت: ۶ میلیون تن گندم از کشاورزان خرید تضمینی شد."
    got = _anchors_of(bought, *summer)
    assert got["۶ میلیون تن"] == (date(2024, 3, 20), date(2024, 8, 21), "window")  # a running total
    # a window across Nowruz: the year it started in is not known
    got = _anchors_of(bought, date(2024, 2, 1), date(2024, 5, 1))
    assert got["۶ میلیون تن"][0] != date(2024, 3, 20)


def test_from_a_day_to_yesterday_is_one_span_even_with_the_starts_own_clause_between() -> None:
    text = "مدیرعامل بازرگانی دولتی گفت: از ۲۰ خرداد که خرید آغاز شد تا دیروز ۳ میلیون تن گندم خریداری شد."
    assert _periods_of(text, date(2024, 7, 10))["۳ میلیون تن"] == (date(2024, 6, 9), date(2024, 7, 9))
    # in a report known by a window, it ends on a day the window allows
    got = _anchors_of(text, date(2024, 7, 8), date(2024, 7, 12))
    assert got["۳ میلیون تن"] == (date(2024, 6, 9), date(2024, 7, 11), "window")


def test_a_year_counted_from_an_event_is_not_next_or_last_year() -> None:
    got = _periods_of(
        "استاندار گفت: در سه سال بعد از زلزله ۴ هزار واحد مسکونی ساخته شد و سال بعد از افتتاح سد ۲۰۰ "
        "هکتار زیر کشت رفت. سال بعد ۵۰۰ واحد دیگر ساخته می‌شود.",
        date(2024, 7, 1),
    )
    assert got["۴ هزار واحد مسکونی"] == got["۲۰۰ هکتار"] == (None, None)
    assert got["۵۰۰ واحد"] == (date(2025, 3, 21), date(2026, 3, 20))  # «سال بعد» alone: next year


def test_what_is_in_progress_is_as_of_the_report_not_the_span_said_before() -> None:
    got = _anchors_of(
        "وزیر آموزش و پرورش گفت: در دو سال اخیر ۱۲۰ مدرسه ساخته شد. وی افزود: ۸۰ مدرسه دیگر در دست "
        "ساخت است و هنرستان شهر با پیشرفت ۴۵ درصدی در حال احداث است.",
        date(2024, 9, 1),
    )
    assert got["۱۲۰ مدرسه"] == (date(2022, 9, 1), date(2024, 9, 1), "stated")
    today = (date(2024, 9, 1), date(2024, 9, 1), "report")
    assert got["۸۰ مدرسه"] == got["۴۵ درصدی"] == today


def test_a_clause_ended_by_a_perfect_participle_keeps_its_period() -> None:
    got = _periods_of(
        "وزیر صنعت گفت: تولید فولاد سال گذشته ۳۱ میلیون تن بوده و پیش‌بینی می‌شود امسال تولید به ۳۴ میلیون "
        "تن برسد.",
        date(2024, 7, 1),
    )
    assert got["۳۱ میلیون تن"] == (date(2023, 3, 21), date(2024, 3, 19))
    assert got["۳۴ میلیون تن"] == (date(2024, 3, 20), date(2025, 3, 20))


def test_a_running_total_said_on_a_day_is_the_year_up_to_that_day() -> None:
    got = _anchors_of(
        "به گزارش ایسنا، سعید احمدی روز دوشنبه در جمع خبرنگاران گفت: ۴ میلیون تن گندم خریداری شده است.",
        date(2025, 6, 18),  # a Wednesday
    )
    assert got["۴ میلیون تن"] == (date(2025, 3, 21), date(2025, 6, 16), "running")


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("دوازده ماهه منتهی به مرداد ۱۴۰۴", date(2024, 8, 22), date(2025, 8, 22)),
        ("هشت ماهه منتهی به آبان ۱۴۰۳", date(2024, 3, 20), date(2024, 11, 20)),  # Farvardin to Aban
        # a misspelt twelve is twelve, not the «ده ماهه» at the end of the word
        ("دوزاده ماهه منتهی به مرداد ۱۴۰۴", date(2024, 8, 22), date(2025, 8, 22)),
    ],
)
def test_months_ending_with_a_month(phrase: str, start: date, end: date) -> None:
    text = normalize(phrase)
    [found] = in_context(text, find_periods(text, (None, None)))
    assert (found.period.start, found.period.end) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        # N days ending with a day hold that day: 1 to 7 Dey, not N days back from the report
        ("طی هفت روز گذشته منتهی به ۷ دی ماه ۱۴۰۳", date(2024, 12, 21), date(2024, 12, 27)),
        ("در هفته منتهی به ۱۰ دی ۱۴۰۳", date(2024, 12, 24), date(2024, 12, 30)),
        ("در ۳۰ روز منتهی به ۷ دی ۱۴۰۳", date(2024, 11, 28), date(2024, 12, 27)),
    ],
)
def test_days_ending_with_a_day(phrase: str, start: date, end: date) -> None:
    text = normalize(phrase)
    [found] = in_context(text, find_periods(text, (date(2025, 1, 5), date(2025, 1, 5))))
    assert (found.period.start, found.period.end) == (start, end)


def test_a_running_total_with_a_period_phrase_that_has_no_dates_is_the_year_so_far() -> None:
    got = _anchors_of(
        "به گزارش ایسنا، سعید احمدی گفت: در روزهای اخیر ۲۰ همت دیگر از مطالبات گندمکاران پرداخت شد "
        "تا مجموع مبالغ پرداخت شده به ۹۰ هزار میلیارد تومان برسد.",
        date(2025, 7, 10),
    )
    assert got["۹۰ هزار میلیارد تومان"] == (date(2025, 3, 21), date(2025, 7, 10), "running")


def test_a_yearly_week_with_no_year_is_the_one_around_the_report() -> None:
    text = "به گزارش ایرنا، استاندار نمونه گفت: به مناسبت هفته دولت ۵۰ پروژه افتتاح شد."
    assert _periods_of(text, date(2025, 8, 26))["۵۰ پروژه"] == (date(2025, 8, 24), date(2025, 8, 30))
    ahead = "به گزارش ایرنا، استاندار نمونه گفت: در دهه فجر ۱۲۰ پروژه افتتاح می‌شود."
    assert _periods_of(ahead, date(2025, 12, 20))["۱۲۰ پروژه"] == (date(2026, 2, 1), date(2026, 2, 11))


@pytest.mark.parametrize(
    ("sentence", "surface", "span"),
    [
        (  # the Iran–Iraq war as a time
            "وی گفت: در طول دوران دفاع مقدس یک‌هزار و 14 نفر از شهروندان این شهر شهید شدند.",
            "یک‌هزار و 14 نفر",
            (date(1980, 9, 22), date(1988, 8, 20)),
        ),
        (  # the twelve-day war, never the Iran–Iraq war its longer name holds
            "وی افزود: در جنگ تحمیلی ۱۲ روزه ۶۱۰ نفر شهید شدند.",
            "۶۱۰ نفر",
            (date(2025, 6, 13), date(2025, 6, 24)),
        ),
        (
            "وزیر گفت: در دولت احمدی نژاد ۲۰۰ هزار واحد مسکن ساخته شد.",
            "۲۰۰ هزار واحد",
            (date(2005, 8, 3), date(2013, 8, 2)),
        ),
        (
            "وی گفت: در پایان برنامه پنجم توسعه سهم ریل ۱۸ درصد بود.",
            "۱۸ درصد",
            (date(2017, 3, 20), date(2017, 3, 20)),  # the plan's last day
        ),
        (  # a body named after the war is not the war
            "وی گفت: کنگره شهدای دفاع مقدس استان با حضور ۶۵۰۰ نفر برگزار شد.",
            "۶۵۰۰ نفر",
            (None, None),
        ),
    ],
)
def test_named_wars_governments_and_plans_have_their_dates(
    sentence: str, surface: str, span: tuple[date | None, date | None]
) -> None:
    assert _periods_of(sentence, date(2025, 9, 1))[surface] == span


def test_a_number_in_a_named_period_is_part_of_its_name() -> None:
    sentence = "وزیر گفت: در هشت سال دفاع مقدس ۲۰۰ هزار نفر از این استان به جبهه رفتند."
    got = _periods_of(sentence, date(2025, 1, 1))
    assert list(got) == ["۲۰۰ هزار نفر"]  # «هشت سال» is the war, not a figure


def test_two_digits_after_a_season_with_a_unit_after_them_are_a_figure() -> None:
    # «در بهار» is the spring around the report's date; «۲۰» is not its year
    found = find_periods(normalize("در بهار ۲۰ درصد کاهش یافت"), (None, None))
    assert [p.period.text for p in found] == ["بهار"]
    text = "وی گفت: نصف این سفرها در بهار ۹۹ انجام نمی‌شود و در بهار ۲۰ درصد کاهش یافت."
    got = _periods_of(text, date(2020, 1, 1))
    assert list(got) == ["۲۰ درصد"]  # «۹۹» is the spring's year, not a figure


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("در تابستان", date(2025, 6, 22), date(2025, 9, 22)),  # the season around the report's date
        ("در زمستان", date(2024, 12, 21), date(2025, 3, 20)),  # its last time
        ("زمستان گذشته", date(2024, 12, 21), date(2025, 3, 20)),
        ("تابستان گذشته", date(2024, 6, 21), date(2024, 9, 21)),  # in summer: last year's
        ("بهار گذشته", date(2025, 3, 21), date(2025, 6, 21)),  # the spring just ended
    ],
)
def test_a_season_said_without_its_year(phrase: str, start: date, end: date) -> None:
    got = _periods_of(f"نرخ بیکاری {phrase} ۸ درصد بود.", date(2025, 9, 1))
    assert got["۸ درصد"] == (start, end)


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("یازدهم شهریورماه", date(2025, 9, 2)),  # the day after the report's: this year's
        ("۱۵ شهریور", date(2025, 9, 6)),  # within a week ahead
        ("۲۰ مهر", date(2024, 10, 11)),  # further ahead: its last time, a year before
        ("نهم شهریور", date(2025, 8, 31)),
        ("بیست و پنجم مرداد", date(2025, 8, 16)),  # an ordinal in two words
        ("سی و یکم مرداد", date(2025, 8, 22)),
    ],
)
def test_a_day_without_its_year_near_the_report_is_this_years(phrase: str, day: date) -> None:
    got = _periods_of(f"مصرف بنزین روز {phrase} به ۱۳۸ میلیون لیتر رسید.", date(2025, 9, 1))
    assert got["۱۳۸ میلیون لیتر"] == (day, day)


def test_a_days_amount_said_for_a_month_is_of_that_month() -> None:
    text = "مدیرعامل گفت: در شهریور ماه با توزیع میانگین روزانه ۱۴۳ میلیون لیتر، رکورد شکسته شد."
    got = _periods_of(text, date(2025, 10, 12))
    assert got["۱۴۳ میلیون لیتر"] == (date(2025, 8, 23), date(2025, 9, 22))
    # with no month said, a day's amount is the report's day's
    assert _periods_of("مصرف روزانه بنزین به ۱۴۲ میلیون لیتر رسید.", date(2025, 10, 12)) == {
        "۱۴۲ میلیون لیتر": (None, None)
    }


@pytest.mark.parametrize(
    ("phrase", "day", "start"),
    [
        ("برای سال تحصیلی آینده", date(2025, 7, 21), date(2025, 9, 23)),  # in Tir: the one opening next Mehr
        ("برای سال آینده تحصیلی", date(2025, 7, 21), date(2025, 9, 23)),
        ("برای سال تحصیلی جدید", date(2025, 7, 21), date(2025, 9, 23)),  # «new», said in summer
        ("در سال تحصیلی جدید", date(2025, 11, 1), date(2025, 9, 23)),  # said in Aban: the one under way
        ("در سال تحصیلی جاری", date(2025, 7, 21), date(2024, 9, 22)),
    ],
)
def test_a_school_year_runs_from_mehr(phrase: str, day: date, start: date) -> None:
    got = _periods_of(f"وزیر گفت: {phrase} ۱۴۰ هزار معلم کم داریم.", day)
    assert got["۱۴۰ هزار معلم"][0] == start


def test_a_month_named_after_monthly_is_that_month() -> None:
    got = _periods_of("مرکز آمار گفت: کاهش تورم ماهانه فروردین یک واحد درصد بوده است.", date(2023, 4, 25))
    assert got["یک واحد درصد"] == (date(2023, 3, 21), date(2023, 4, 20))


def test_the_whole_part_of_a_decimal_after_a_month_is_no_year() -> None:
    # «مرداد ماه ۳۶.۳ درصد»: the figure follows the month; «۳۶» is not the year 1336
    text = "مرکز آمار اعلام کرد: نرخ تورم دوازده ماهه منتهی به مرداد ماه ۳۶.۳ درصد رسید."
    got = _periods_of(text, date(2025, 8, 27))
    assert list(got) == ["۳۶.۳ درصد"]
    assert got["۳۶.۳ درصد"][1] == date(2025, 8, 22)  # the end of Mordad 1404


def test_a_base_of_comparison_in_brackets_is_not_the_figures_period() -> None:
    text = (
        "مرکز آمار اعلام کرد: در بهار امسال ۴۱ درصد جمعیت فعال بوده‌اند. این نرخ نسبت به فصل مشابه "
        "در سال قبل (بهار ۱۴۰۱) سه درصد افزایش یافته است."
    )
    got = _periods_of(text, date(2023, 7, 1))
    assert got["سه درصد"] == (date(2023, 3, 21), date(2023, 6, 21))  # this spring, not the base


def test_a_level_at_the_revolution_and_one_now_each_keep_their_time() -> None:
    text = (
        "وزیر گفت: ظرفیت تولید برق کشور در ابتدای انقلاب اسلامی هفت هزار مگاوات بود، در حالی که "
        "هم اکنون این ظرفیت به ۹۵ هزار مگاوات رسیده است."
    )
    got = _periods_of(text, date(2025, 8, 28))
    assert got["هفت هزار مگاوات"] == (date(1979, 2, 11), date(1979, 2, 11))
    assert got["۹۵ هزار مگاوات"] != got["هفت هزار مگاوات"]  # «هم اکنون» is the later value's


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("در سال آبی جاری", date(2025, 9, 23), date(2026, 9, 22)),  # a water year: Mehr to Shahrivar
        ("سال زراعی گذشته", date(2024, 9, 22), date(2025, 9, 22)),
        ("از ابتدای سال زراعی جاری تاکنون", date(2025, 9, 23), date(2025, 12, 17)),  # not the calendar year
        ("از ابتدای سال آبی جاری تا ۱۲ اسفندماه", date(2025, 9, 23), date(2026, 3, 3)),  # the 12 Esfand after
        ("در فصل پاییز", date(2025, 9, 23), date(2025, 12, 21)),  # a season with no year: this one
        # the end said twice, the date last
        ("از ابتدای سال آبی جاری تا دو روز قبل، یعنی ۲۴ آذرماه ۱۴۰۴", date(2025, 9, 23), date(2025, 12, 15)),
    ],
)
def test_crop_and_water_years(phrase: str, start: date, end: date) -> None:
    day = date(2025, 12, 17)  # 26 Azar 1404
    found = find_periods(normalize(phrase), (day, day))
    assert [(m.period.start, m.period.end) for m in found] == [(start, end)]


def test_two_digits_with_a_scale_after_the_year_word_are_a_figure_not_a_year() -> None:
    got = _periods_of("وزیر گفت: قرار شد تا پایان سال ۷۰ هزار واحد مسکونی تحویل شود.", date(2025, 1, 15))
    assert got["۷۰ هزار واحد مسکونی"] == (date(2024, 3, 20), date(2025, 3, 20))  # this year, not 1370


def test_a_span_of_time_inside_a_period_phrase_is_its_length_not_a_figure() -> None:
    got = _periods_of("مدیرکل گمرک گفت: طی هشت ماه امسال ۴۷ هزار تن کالا صادر شده است.", date(2019, 11, 25))
    assert list(got) == ["۴۷ هزار تن"]
    assert got["۴۷ هزار تن"] == (date(2019, 3, 21), date(2019, 11, 21))


# The figure's period read with the report: (text, report date, surface, start, end)
IN_THE_REPORT = [
    # «در این مدت»: the period named last before it, never a base of comparison
    ("مدیرکل گمرک گفت: طی هشت ماه امسال ۴۷ هزار تن کالا صادر شده است. وی به صادرات در هشت ماه سال "
     "گذشته اشاره کرد و افزود: در این مدت ۶۸ هزار تن کالا از این گمرک صادر شد.",
     date(2019, 11, 25), "۶۸ هزار تن", date(2018, 3, 21), date(2018, 11, 21)),
    ("مدیرکل گفت: در ۷ ماهه اول امسال ۲ هزار دستگاه ون تولید شده که در مقایسه با مدت مشابه پارسال "
     "۲۹ درصد رشد را نشان می‌دهد. وی گفت: در این مدت سهم بخش خصوصی ۲۳ درصد بوده است.",
     date(2023, 11, 18), "۲۳ درصد", date(2023, 3, 21), date(2023, 10, 22)),
    # «در مدت یاد شده», «طی دوره مذکور»: the period named before it
    ("مدیرکل گمرک گفت: در هشت ماه سال گذشته ۴۷ هزار تن کالا صادر شد. وی افزود: در مدت یاد شده ۶۸ "
     "میلیون دلار کالا وارد شد و امسال ۹۰ میلیون دلار.", date(2019, 11, 25), "۶۸ میلیون دلار",
     date(2018, 3, 21), date(2018, 11, 21)),
    # «در آن سال»: the year named before it (not the base it was compared with)
    ("وزیر گفت: در سال ۱۳۹۸ تولید ۵ میلیون تن بود. وی افزود: در آن سال ۲ میلیون تن صادر شد و امسال "
     "۳ میلیون تن.", date(2021, 5, 1), "۲ میلیون تن", date(2019, 3, 21), date(2020, 3, 19)),
    # «در پایان سال»: this year, as «تا پایان سال»; «در پایان سال گذشته» the year before
    ("مدیرعامل گفت: امیدواریم در پایان سال تولید به ۳۰۰ هزار بشکه برسد.",
     date(2025, 9, 1), "۳۰۰ هزار بشکه", date(2025, 3, 21), date(2026, 3, 20)),
    ("مدیرعامل گفت: در پایان سال گذشته تولید به ۲۵۰ هزار بشکه رسید.",
     date(2025, 9, 1), "۲۵۰ هزار بشکه", date(2024, 3, 20), date(2025, 3, 20)),
    # the first or last years or months of a named period
    ("وزیر گفت: در ۲ سال نخست دولت سیزدهم ۵۰۰ هزار واحد ساخته شد.",
     date(2025, 9, 1), "۵۰۰ هزار واحد", date(2021, 8, 3), date(2023, 8, 2)),
    ("وزیر گفت: در شش ماه پایانی دولت دوازدهم ۲۰ هزار واحد ساخته شد.",
     date(2025, 9, 1), "۲۰ هزار واحد", date(2021, 1, 31), date(2021, 8, 2)),  # Jalali months
    # a day with its year said relatively is one day, not the whole year
    ("مدیرعامل گفت: بر اساس پایش ۲۲ شهریور امسال، حجم آب مخازن ۴۸۹ میلیون مترمکعب است.",
     date(2025, 9, 15), "۴۸۹ میلیون مترمکعب", date(2025, 9, 13), date(2025, 9, 13)),
    ("مدیرعامل گفت: ۲۶ آذر سال گذشته ۱۲۰ میلیون مترمکعب مصرف شد.",
     date(2025, 9, 15), "۱۲۰ میلیون مترمکعب", date(2024, 12, 16), date(2024, 12, 16)),
    # the same period last year: the same days a year before those the sentence names
    ("مدیرعامل افزود: بر اساس پایش ۲۲ شهریور امسال، حجم آب مخازن ۴۸۹ میلیون مترمکعب است که این حجم "
     "در مدت مشابه سال گذشته ۷۷۲ میلیون مترمکعب بود.",
     date(2025, 9, 15), "۴۸۹ میلیون مترمکعب", date(2025, 9, 13), date(2025, 9, 13)),
    ("مدیرعامل افزود: بر اساس پایش ۲۲ شهریور امسال، حجم آب مخازن ۴۸۹ میلیون مترمکعب است که این حجم "
     "در مدت مشابه سال گذشته ۷۷۲ میلیون مترمکعب بود.",
     date(2025, 9, 15), "۷۷۲ میلیون مترمکعب", date(2024, 9, 12), date(2024, 9, 12)),
    ("مدیرکل گفت: در سال جاری ۶۲۴ هزار دستگاه خودرو تولید شده که در مقایسه با ۵۰۳ هزار دستگاه "
     "تولید مدت مشابه پارسال، رشد ۲۴ درصد را نشان می‌دهد.",
     date(2023, 11, 18), "۵۰۳ هزار دستگاه", date(2022, 3, 21), date(2023, 3, 20)),
    # «در ماه مشابه پارسال» a sentence after the month it repeats, with its subject between
    ("خودروسازان در فروردین امسال ۴۲ هزار دستگاه تولید کرده‌اند. این در حالی است که در ماه مشابه "
     "پارسال مجموع تولید آنها حدود ۵۵ هزار دستگاه بود.",
     date(2025, 5, 1), "حدود ۵۵ هزار دستگاه", date(2024, 3, 20), date(2024, 4, 19)),
    # the base's own value in a «که» clause after «مدت مشابه سال قبل (۱۴۰۱)»: the same days of 1401
    ("پزشکی قانونی اعلام کرد: در نیمه نخست امسال ۱۰ هزار نفر جان خود را از دست دادند و این رقم در "
     "مقایسه با مدت مشابه سال قبل (۱۴۰۱)، که آمار تلفات ۹ هزار و ۹۰۴ نفر بود، ۸.۲ درصد افزایش یافته است.",
     date(2023, 10, 20), "۹ هزار و ۹۰۴ نفر", date(2022, 3, 21), date(2022, 9, 22)),
    # the base's own value after «با»
    ("تولید در آذرماه ۱۰۸ هزار دستگاه بود که نسبت به آذر سال گذشته با ۹۶ هزار دستگاه، رشد داشت.",
     date(2025, 12, 30), "۹۶ هزار دستگاه", date(2024, 11, 21), date(2024, 12, 20)),
    # months named with no year: of the report's year, or the year before's when a stretch
    # from the year's start is still running early in the year
    ("گمرک اعلام کرد: صادرات سه ماه نخست کشور به ۱۰ میلیارد دلار رسید.",
     date(2025, 11, 10), "۱۰ میلیارد دلار", date(2025, 3, 21), date(2025, 6, 21)),
    ("مدیرکل گفت: در شش ماهه دوم سال ۵۰ هزار نفر به این شبکه افزوده می‌شوند.",
     date(2025, 10, 7), "۵۰ هزار نفر", date(2025, 9, 23), date(2026, 3, 20)),
    ("مدیرکل گفت: در ۶ ماه نخست سال ۴۰ هزار نفر بیمه شدند.",
     date(2025, 4, 5), "۴۰ هزار نفر", date(2024, 3, 20), date(2024, 9, 21)),
    ("مدیرکل گفت: در ۹ ماهه ۴۰ هزار نفر بیمه شدند.",
     date(2025, 12, 30), "۴۰ هزار نفر", date(2025, 3, 21), date(2025, 12, 21)),
    # «در مقایسه با سال گذشته که X بود» of a day's stock: that day a year back, not all last year
    ("مدیرکل گفت: حجم آب مخازن تا پنجم فروردین ۲۶ میلیارد مترمکعب است که در قیاس با سال گذشته که "
     "عددی معادل ۲۴ میلیارد مترمکعب بوده، افزایش داشته است.",
     date(2025, 3, 30), "۲۴ میلیارد مترمکعب", date(2024, 3, 24), date(2024, 3, 24)),
    # … and the base's value in brackets after «رقم مشابه سال قبل»
    ("مدیرکل گفت: ورودی آب از ابتدای سال آبی جاری تا ۲۰ مرداد ۲۳ میلیارد مترمکعب بوده که نسبت به رقم "
     "مشابه سال قبل (۴۰ میلیارد مترمکعب) کاهش نشان می‌دهد.",
     date(2025, 8, 20), "۴۰ میلیارد مترمکعب", date(2023, 9, 23), date(2024, 8, 10)),
    # «تا تیر ماه» with a past verb: the Tir gone by, not a deadline ahead; with a future verb the next
    ("وزیر گفت: تا تیر ماه در حدود ۵ میلیون دوز واکسن تزریق شده بود.",
     date(2021, 12, 2), "در حدود ۵ میلیون دوز", date(2021, 6, 22), date(2021, 7, 22)),
    ("وزیر گفت: تا تیر ماه ۵ میلیون واکسن دیگر تزریق می‌شود.",
     date(2021, 12, 2), "۵ میلیون", date(2022, 6, 22), date(2022, 7, 22)),
    # two months in a row, months from one to another, the first month, a month «گذشته»
    ("وزیر گفت: در مهر و آبان ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2025, 9, 23), date(2025, 11, 21)),
    ("وزیر گفت: در ماه‌های فروردین و اردیبهشت امسال ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2025, 3, 21), date(2025, 5, 21)),
    ("وزیر گفت: از مهرماه تا پایان آذر ۱۴۰۳ حدود ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "حدود ۱۲۳ هزار تن", date(2024, 9, 22), date(2024, 12, 20)),
    ("وزیر گفت: در ماه نخست سال جاری ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2025, 3, 21), date(2025, 4, 20)),
    ("وزیر گفت: در آذر ماه گذشته ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 11, 21), date(2024, 12, 20)),
    # «N ماه منتهی به M»: the N months ending with M's last time
    ("وزیر گفت: در ۱۲ ماه منتهی به اسفند ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 3, 20), date(2025, 3, 20)),
    ("وزیر گفت: در سه ماه منتهی به آذر ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 9, 22), date(2024, 12, 20)),
    # two months apart are no span; months that name which deliveries are no period
    ("وزیر گفت: در فروردین و خرداد ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2025, 3, 21), date(2025, 4, 20)),
    ("وزیر گفت: ۹۰ درصد مطالبات مربوط به تحویل گندم اردیبهشت و خرداد پرداخت شد.",
     date(2025, 11, 10), "۹۰ درصد", None, None),
    # the government before the one in office, that one so far; decades back
    ("وزیر گفت: در دولت قبل ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2021, 8, 3), date(2024, 5, 19)),
    ("وزیر گفت: در این دولت ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 7, 28), date(2025, 11, 10)),
    ("وزیر گفت: از ابتدای دولت ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 7, 28), date(2025, 11, 10)),
    ("وزیر گفت: در دو دهه اخیر ۱۲۳ هزار تن گندم خریداری شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2005, 11, 10), date(2025, 11, 10)),
    # «X بوده که این رقم امسال به Y رسیده»: this year is Y's own
    ("وی گفت: اجاره هر متر مربع در سال ۱۴۰۰ حدود ۱۰۰ هزار تومان بوده که این رقم امسال به ۱۸۰ هزار "
     "تومان رسیده است.", date(2023, 10, 20), "۱۸۰ هزار تومان", date(2023, 3, 21), date(2024, 3, 19)),
    ("وی گفت: اجاره هر متر مربع در سال ۱۴۰۰ حدود ۱۰۰ هزار تومان بوده که این رقم امسال به ۱۸۰ هزار "
     "تومان رسیده است.", date(2023, 10, 20), "حدود ۱۰۰ هزار تومان", date(2021, 3, 21), date(2022, 3, 20)),
    # «N ماهه گذشته», three months in a row, two days of a month, since a season began, a
    # Gregorian month with no year, a range «تا تاریخ …»
    ("وزیر گفت: در ۳ماهه گذشته ۱۲۳ هزار تن سیمان صادر شد.",
     date(2023, 10, 20), "۱۲۳ هزار تن", date(2023, 7, 19), date(2023, 10, 20)),
    ("وزیر گفت: طی ماه‌های فروردین، اردیبهشت و خرداد ۱۴۰۲ حدود ۱۲۳ هزار تن سیمان صادر شد.",
     date(2023, 10, 20), "حدود ۱۲۳ هزار تن", date(2023, 3, 21), date(2023, 6, 21)),
    ("وزیر گفت: در ۱۴ و ۱۵ تیرماه ۱۲۳ هزار داوطلب در آزمون شرکت کردند.",
     date(2023, 10, 20), "۱۲۳ هزار داوطلب", date(2023, 7, 5), date(2023, 7, 6)),
    ("مدیرکل گفت: از ابتدای پاییز ضریب اشغال هتل‌ها ۶۰ درصد بوده است.",
     date(2023, 10, 20), "۶۰ درصد", date(2023, 9, 23), date(2023, 10, 20)),
    ("به گزارش رویترز، صادرات نفت در ماه آوریل ۲۰۰ هزار بشکه در روز کاهش یافت.",
     date(2023, 10, 20), "۲۰۰ هزار بشکه", date(2023, 4, 1), date(2023, 4, 30)),
    ("وی گفت: از ۱۶ دی ماه ۱۴۰۱ تا تاریخ ۱۶ فروردین امسال ۶ هزار دستگاه خودرو ترخیص شده است.",
     date(2023, 10, 20), "۶ هزار دستگاه خودرو", date(2023, 1, 6), date(2023, 4, 5)),
    # the holidays' first week and the days after it
    ("مدیرکل گفت: در هفته دوم عید ضریب اشغال هتل‌ها ۳۰ درصد کاهش یافت.",
     date(2023, 4, 10), "۳۰ درصد", date(2023, 3, 28), date(2023, 4, 2)),
    ("مدیرکل گفت: در هفته اول نوروز امسال ۲۰ هزار مسافر آمدند.",
     date(2023, 4, 10), "۲۰ هزار مسافر", date(2023, 3, 21), date(2023, 3, 27)),
    # a Gregorian year named relatively; the year a vision aims at
    ("وزیر گفت: در سال میلادی گذشته ۱۲۳ هزار تن گندم وارد شد.",
     date(2025, 11, 10), "۱۲۳ هزار تن", date(2024, 1, 1), date(2024, 12, 31)),
    ("وزیر گفت: در افق ۱۴۰۴ باید ۱۲۳ هزار تن گندم تولید شود.",
     date(2015, 11, 10), "۱۲۳ هزار تن", date(2025, 3, 21), date(2026, 3, 20)),
    # «دولت قبل از ما» is no period
    ("وزیر گفت: دولت قبل از ما ۱۲۳ هزار تن گندم خرید.", date(2025, 11, 10), "۱۲۳ هزار تن", None, None),
    # months of the water (or crop) year, counted from Mehr
    ("وزیر گفت: در شش ماه نخست سال آبی ۱۲۳ هزار تن گندم خریداری شد.",
     date(2024, 3, 18), "۱۲۳ هزار تن", date(2023, 9, 23), date(2024, 3, 19)),
    ("وزیر گفت: در سه ماهه اول سال زراعی ۱۴۰۲-۱۴۰۳ حدود ۱۲۳ هزار تن گندم خریداری شد.",
     date(2024, 3, 18), "حدود ۱۲۳ هزار تن", date(2023, 9, 23), date(2023, 12, 21)),
    # «سال جدید» said in Esfand is the year about to begin
    ("مدیرعامل صندوق گفت: حقوق در سال جدید ۲۰ درصد افزایش می‌یابد.",
     date(2014, 3, 1), "۲۰ درصد", date(2014, 3, 21), date(2015, 3, 20)),
    ("مدیرعامل صندوق گفت: حقوق در سال جدید ۲۰ درصد افزایش یافته است.",
     date(2014, 5, 1), "۲۰ درصد", date(2014, 3, 21), date(2015, 3, 20)),
    # «از ابتدای سال آینده»: that year, not up to the report's day
    ("مدیرعامل صندوق گفت: حقوق بازنشستگان از ابتدای سال آینده ۲۰ درصد افزایش می‌یابد.",
     date(2014, 3, 1), "۲۰ درصد", date(2014, 3, 21), date(2015, 3, 20)),
    # «در مقایسه با تولید X … پارسال»: X is of the sentence's month a year back, and the change
    # said after it of the sentence's own month
    ("۱۲۸ هزار دستگاه خودرو در آذرماه امسال تولید شد که در مقایسه با تولید ۷۸ هزار و ۷۳۴ دستگاه "
     "خودروی تولید شده پارسال، ۶۳ درصد افزایش یافت.",
     date(2017, 1, 5), "۷۸ هزار و ۷۳۴ دستگاه خودروی", date(2015, 11, 22), date(2015, 12, 21)),
    ("۱۲۸ هزار دستگاه خودرو در آذرماه امسال تولید شد که در مقایسه با تولید ۷۸ هزار و ۷۳۴ دستگاه "
     "خودروی تولید شده پارسال، ۶۳ درصد افزایش یافت.",
     date(2017, 1, 5), "۶۳ درصد", date(2016, 11, 21), date(2016, 12, 20)),
    # «now», and «سال قبل که این رقم X بوده»: X is now a year back, not all of last year
    ("مدیرعامل شرکت آب و فاضلاب گفت: در حال حاضر حجم ذخایر مخازن ۶۴۰ میلیون مترمکعب است و نسبت به سال "
     "قبل که این رقم ۸۰۰ میلیون مترمکعب بوده است، ۲۰ درصد کسری داریم.",
     date(2022, 6, 19), "۸۰۰ میلیون مترمکعب", date(2021, 6, 19), date(2021, 6, 19)),
    # «در این تاریخ»: the day named before it
    ("مدیرکل گفت: ورودی آب تا پنجم فروردین ۱۹ میلیارد مترمکعب بوده و خروجی از مخازن در این تاریخ "
     "۲۶ میلیارد مترمکعب ثبت شده است.",
     date(2025, 3, 30), "۲۶ میلیارد مترمکعب", date(2025, 3, 25), date(2025, 3, 25)),
    # «تا پایان مهرماه … وصول شده است»: the year's running total to that month's end (a deadline
    # ahead when nothing is done yet)
    ("مدیرکل گفت: درآمد مالیاتی استان تا پایان مهرماه ۲ هزار میلیارد تومان وصول شده است.",
     date(2025, 11, 5), "۲ هزار میلیارد تومان", date(2025, 3, 21), date(2025, 10, 22)),
    ("مدیرکل گفت: تا پایان آبان امسال ۴۵۰ میلیارد تومان درآمد محقق شد.",
     date(2025, 12, 1), "۴۵۰ میلیارد تومان", date(2025, 3, 21), date(2025, 11, 21)),
    ("مدیرکل گفت: تا پایان اسفند ۲۰ هزار واحد مسکونی تحویل می‌شود.",
     date(2025, 12, 1), "۲۰ هزار واحد مسکونی", date(2026, 2, 20), date(2026, 3, 20)),
    # two seasons: the first one's start to the second one's end
    ("مدیرکل گفت: صادرات استان در بهار و تابستان امسال ۳۰۰ میلیون دلار بود.",
     date(2025, 10, 15), "۳۰۰ میلیون دلار", date(2025, 3, 21), date(2025, 9, 22)),
    ("مدیرکل گفت: صادرات در تابستان و پاییز ۱۴۰۳ به ۲۰۰ میلیون دلار رسید.",
     date(2025, 10, 15), "۲۰۰ میلیون دلار", date(2024, 6, 21), date(2024, 12, 20)),
    # a weekday of a calendar week named: that week's day, ahead of the report's day or not
    ("فرمانده انتظامی گفت: ۳ تن مواد مخدر پنجشنبه هفته جاری امحا می‌شود.",
     date(2020, 10, 20), "۳ تن", date(2020, 10, 22), date(2020, 10, 22)),
    ("فرمانده انتظامی گفت: ۲ تن مواد مخدر شنبه هفته گذشته کشف شد.",
     date(2020, 10, 20), "۲ تن", date(2020, 10, 10), date(2020, 10, 10)),
    ("فرمانده انتظامی گفت: ۵ تن مواد مخدر روز پنجشنبه کشف شد.",
     date(2020, 10, 20), "۵ تن", date(2020, 10, 15), date(2020, 10, 15)),
    # days of one month joined by «تا», the month said once; an hour before a day
    ("رئیس جمعیت گفت: از ۱۰ تا ۱۳ آبان ۳۱۲ مورد عملیات امدادی انجام شد.",
     date(2025, 11, 4), "۳۱۲ مورد", date(2025, 11, 1), date(2025, 11, 4)),
    ("رئیس جمعیت گفت: از ساعت ۱۸ روز ۱۰ آبان تا ساعت ۸ صبح امروز ۱۳ آبان به ۲ هزار و ۴۰۰ نفر خدمات "
     "امدادی ارائه شد.", date(2025, 11, 4), "۲ هزار و ۴۰۰ نفر", date(2025, 11, 1), date(2025, 11, 4)),
    # «شب گذشته»: the night before the report's day
    ("رئیس جمعیت گفت: تنها در شب گذشته ۳۰۰ نفر امدادرسانی شدند.",
     date(2025, 12, 21), "۳۰۰ نفر", date(2025, 12, 20), date(2025, 12, 20)),
    # a month with no year said with a past verb is the one gone by, though the same month
    # ahead is near
    ("مدیرعامل گفت: در سال گذشته پیک بار مصرف استان در مرداد ماه به ۶۰۰ مگاوات رسیده بود.",
     date(2025, 7, 10), "۶۰۰ مگاوات", date(2024, 7, 22), date(2024, 8, 21)),
    ("مدیرعامل گفت: در مرداد ماه ۷۰۰ مگاوات برق تولید می‌شود.",
     date(2025, 7, 10), "۷۰۰ مگاوات", date(2025, 7, 23), date(2025, 8, 22)),
    # the report's own account goes on with «همچنین» in the time it set
    ("به گزارش ایرنا، در سه ماه نخست امسال ۵۰۰ نفر امدادرسانی شدند. همچنین ۴۰ نفر به صورت سرپایی درمان "
     "شدند.", date(2025, 11, 4), "۴۰ نفر", date(2025, 3, 21), date(2025, 6, 21)),
    # «سفرهای نوروزی امسال»: the holidays of this year
    ("مدیرکل گفت: در سفرهای نوروزی امسال بیش از ۸ میلیون نفر شب اقامت ثبت شد.",
     date(2025, 4, 5), "بیش از ۸ میلیون نفر شب", date(2025, 3, 21), date(2025, 4, 2)),
    # the time a lead-in says the quote is about is the time of its figures, and of what the
    # same speaker says next
    ("مدیرکل راهداری با اشاره به سفرهای نوروزی امسال گفت: ۵ میلیون تردد در جاده‌های استان ثبت شد.",
     date(2025, 4, 5), "۵ میلیون", date(2025, 3, 21), date(2025, 4, 2)),
    # «با گذشت ۹ ماه از سال ۱۴۰۲»: the year's first nine months
    ("مدیرکل گمرک گفت: با گذشت ۹ ماه از سال ۱۴۰۲ صادرات استان به ۵۰۰ میلیون دلار رسیده است.",
     date(2024, 1, 10), "۵۰۰ میلیون دلار", date(2023, 3, 21), date(2023, 12, 21)),
    ("مدیرکل گفت: پس از گذشت شش ماه از سال جاری ۲۰ هزار تن صادر شد.",
     date(2024, 10, 10), "۲۰ هزار تن", date(2024, 3, 20), date(2024, 9, 21)),
    # a change measured against a base's value is of the sentence's own time, not the base's
    ("مدیرعامل گفت: در ۶ ماهه امسال ۸۰ هزار دستگاه تولید شد که نسبت به ۵۰ هزار دستگاه در مدت مشابه سال "
     "گذشته ۶۰ درصد افزایش داشته است.", date(2024, 10, 10), "۶۰ درصد", date(2024, 3, 20), date(2024, 9, 21)),
    # «طی ۹ ماهه گذشته سال جاری»: the year's first nine months
    ("مدیرکل گفت: طی ۹ ماهه گذشته سال جاری ۲۰ میلیون مسافر جابجا شد.",
     date(2025, 1, 10), "۲۰ میلیون مسافر", date(2024, 3, 20), date(2024, 12, 20)),
    # a day still to come is the one ahead, months off though it is
    ("مدیرکل گفت: آخرین پرواز ۱۰ تیر انجام می‌شود و آمار به ۷۰۰ هزار نفر می‌رسد.",
     date(2025, 5, 10), "۷۰۰ هزار نفر", date(2025, 7, 1), date(2025, 7, 1)),
    ("مدیرکل گفت: ۱۰ تیر ۲۰۰ پرواز انجام شد.",
     date(2025, 5, 10), "۲۰۰ پرواز", date(2024, 6, 30), date(2024, 6, 30)),
    # both years, and ordinal days of one month
    ("وزیر گفت: سال گذشته و امسال مجموعاً ۳.۵ میلیارد دلار ارز تخصیص یافت.",
     date(2025, 5, 10), "۳.۵ میلیارد دلار", date(2024, 3, 20), date(2026, 3, 20)),
    ("رئیس سازمان سنجش گفت: ثبت‌نام از اول تا پانزدهم بهمن انجام شد و ۷۰۰ هزار نفر ثبت‌نام کردند.",
     date(2025, 2, 10), "۷۰۰ هزار نفر", date(2025, 1, 20), date(2025, 2, 3)),
    ("دبیرکل گفت: از تاریخ یکم تا هشتم مرداد ماه جاری ۱۳۰۰ نفر به اماکن امن منتقل شدند.",
     date(2022, 7, 30), "۱۳۰۰ نفر", date(2022, 7, 23), date(2022, 7, 30)),
    # a day to a day with nothing but «تا» between: one stretch, «از» said or not
    ("مدیرکل گفت: ۲۳ اسفند پارسال تا ششم فروردین جاری ۸ میلیون نفر شب اقامت ثبت شد.",
     date(2024, 3, 30), "۸ میلیون نفر شب", date(2024, 3, 13), date(2024, 3, 25)),
    # from the first of one month to a day of another, the first month's year written after it
    ("سخنگوی گمرک گفت: صادرات در بازه زمانی اول بهمن ماه ۹۸ تا ۱۵ فروردین سالجاری ۶ میلیارد دلار بود.",
     date(2020, 4, 16), "۶ میلیارد دلار", date(2020, 1, 21), date(2020, 4, 3)),
    # «در پایان ۱۴۰۲»: the year, «سال» left out
    ("وزیر گفت: شمار مسافران در پایان ۱۴۰۲ به ۷ میلیون نفر رسید.",
     date(2024, 6, 10), "۷ میلیون نفر", date(2023, 3, 21), date(2024, 3, 19)),
    # «با اشاره به اینکه …» says a claim of its own: its year is not the quote's
    ("مدیرعامل با اشاره به اینکه طلب بازنشستگان مربوط به سال ۱۳۸۶ بوده، گفت: این بدهی به ۷۵۰ هزار نفر "
     "بازنشسته تعلق دارد.", date(2013, 5, 1), "۷۵۰ هزار نفر", None, None),
    ("مدیرعامل شرکت درباره عملکرد سال گذشته گفت: ۲۰ هزار تن محصول تولید شد. وی افزود: ۳۰ درصد آن صادر شد.",
     date(2025, 6, 1), "۳۰ درصد", date(2024, 3, 20), date(2025, 3, 20)),
    # «در بازه زمانی X تا Y», with no «از»: one stretch
    ("سخنگوی سازمان گفت: در بازه زمانی ۲۴ اسفند ماه ۱۴۰۱ تا پنجم فروردین ماه امسال ۹۰۰ هزار مسافر "
     "جابه‌جا شدند.",
     date(2023, 3, 26), "۹۰۰ هزار مسافر", date(2023, 3, 15), date(2023, 3, 25)),
    # a month alone to a day gone by: from that month's last time before the day, not the next
    # a budget bill's figures are of the year it budgets, said once in the report
    ("رئیس سازمان برنامه و بودجه گفت: لایحه بودجه ۱۴۰۵ امروز به مجلس رسید. در این لایحه منابع عمومی "
     "۹۰۰ هزار میلیارد تومان برآورد شده است.",
     date(2025, 12, 23), "۹۰۰ هزار میلیارد تومان", date(2026, 3, 21), date(2027, 3, 20)),
    # «تا لغایت»: until
    ("مدیرکل گفت: از ابتدای مهر سال گذشته تا لغایت ۲۸ شهریور ۱۵۰ میلیمتر باران بارید.",
     date(2025, 9, 21), "۱۵۰ میلیمتر", date(2024, 9, 22), date(2025, 9, 19)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "surface", "start", "end"), IN_THE_REPORT)
def test_periods_read_with_the_report(text: str, day: date, surface: str, start: date, end: date) -> None:
    assert _periods_of(text, day)[surface] == (start, end)


def test_a_report_known_by_a_window_is_dated_by_the_day_its_text_calls_today() -> None:
    text = (
        "مدیرعامل شرکت ملی گاز امروز (دوشنبه، ۱۰ شهریور) گفت: در حال حاضر روزانه ۸۰۰ میلیون مترمکعب گاز "
        "مصرف می‌شود. وی افزود: امسال ۲ هزار روستا گازدار شد."
    )
    got = _anchors_of(text, date(2025, 9, 1), date(2025, 9, 3))  # published that day or the two after
    assert got["۸۰۰ میلیون مترمکعب"] == (date(2025, 9, 1), date(2025, 9, 1), "report")
    assert got["۲ هزار روستا"] == (date(2025, 3, 21), date(2025, 9, 1), "stated")  # 1404 up to that day
    # the weekday finds the year when the window spans several
    wide = _anchors_of(text, date(2023, 1, 1), date(2026, 1, 1))
    assert wide["۸۰۰ میلیون مترمکعب"] == (date(2025, 9, 1), date(2025, 9, 1), "report")
    # the same words with no «امروز» name an event, not the report's day: the window stays
    event = text.replace("امروز (دوشنبه، ۱۰ شهریور)", "روز دوشنبه ۱۰ شهریور")
    assert _anchors_of(event, date(2025, 9, 1), date(2025, 9, 3))["۸۰۰ میلیون مترمکعب"][2] == "window"


def test_a_day_the_text_calls_today_that_the_window_rules_out_says_nothing() -> None:
    from claimgraph.loaders.periods import report_days

    text = normalize("او امروز (سه‌شنبه ۱۰ شهریور) گفت")  # 10 Shahrivar 1404 is a Monday
    window = (date(2025, 8, 1), date(2025, 9, 30))
    assert report_days(text, window) == window
    after = (date(2025, 10, 1), None)
    assert report_days(normalize("امروز ۱۰ شهریور ۱۴۰۴ گفت"), after) == after
    # a dateline at the head dates a report the manifest leaves undated
    assert report_days(normalize("1404/06/10 - 12:30\nوزیر گفت"), (None, None)) == (date(2025, 9, 1),) * 2


def test_a_relative_period_in_a_window_report_is_shown_as_the_interval_it_may_mean(tmp_path) -> None:
    text = (
        "به گزارش ایرنا، وزیر کار گفت: در حال حاضر ۱۲۰ هزار نفر در این سازمان مشغول به کارند. "
        "وی افزود: امسال ۳۰۰ هزار نفر بیمه می‌شوند."
    )
    rows = _figures_in_store(tmp_path, text, "2023-03-21", "2024-05-19")
    assert _shown(rows["۱۲۰ هزار نفر"]) == ("2023-03-21", "2024-05-19", "window")  # now: the window
    assert _shown(rows["۳۰۰ هزار نفر"]) == ("2023-03-21", "2025-03-20", "window")  # this year: 1402 or 1403


def test_now_said_as_the_present_conditions_is_the_reports_day_not_a_year_named_before() -> None:
    got = _anchors_of(
        "مدیرکل گفت: سال گذشته ۵۰ سد ساخته شد. در شرایط کنونی ۵۴ درصد مخازن پر است و هم‌اینک ۲۵ سد "
        "بیش از نیمه پر هستند.",
        date(2025, 4, 1),
    )
    assert got["۵۴ درصد"] == (date(2025, 4, 1), date(2025, 4, 1), "report")
    assert got["۲۵"] == (date(2025, 4, 1), date(2025, 4, 1), "report")  # «۲۵ سد»


def test_the_same_days_last_year_of_a_figure_with_no_dated_period_are_its_days_a_year_back() -> None:
    got = _anchors_of(
        "معاون شرکت مدیریت منابع آب گفت: الان ۳۰ میلیارد مترمکعب آب در مخازن سدهای کشور وجود دارد که "
        "این رقم در مدت مشابه سال قبل ۳۱ میلیارد مترمکعب بوده است.",
        date(2025, 9, 1),
    )
    assert got["۳۰ میلیارد مترمکعب"] == (date(2025, 9, 1), date(2025, 9, 1), "report")
    assert got["۳۱ میلیارد مترمکعب"] == (date(2024, 8, 31), date(2024, 8, 31), "stated")  # not all of 1403


def test_the_worth_of_goods_counted_is_of_their_days() -> None:
    got = _periods_of(
        "سخنگوی سازمان گفت: در شش ماه نخست سال ۱۴۰۲ حدود ۱۲ میلیون تن کالا به ارزش ۹ میلیارد دلار صادر "
        "شد که در مدت مشابه سال قبل، ۱۴ میلیون تن به ارزش ۱۰ میلیارد دلار بود.",
        date(2023, 10, 1),
    )
    assert got["۹ میلیارد دلار"] == got["حدود ۱۲ میلیون تن"] == (date(2023, 3, 21), date(2023, 9, 22))
    assert got["۱۰ میلیارد دلار"] == got["۱۴ میلیون تن"] == (date(2022, 3, 21), date(2022, 9, 22))


def test_a_bases_days_are_neither_the_change_measured_against_it_nor_carried_on() -> None:
    got = _periods_of(
        "وی گفت: تولید خودرو نسبت به آذر سال گذشته با ۹۶ هزار دستگاه، ۱۰ درصد افزایش یافت. "
        "موجودی مخازن سدها در مقایسه با مدت مشابه سال گذشته با ۸ درصد افزایش مواجه است.",
        date(2025, 12, 25),
    )
    assert got["۹۶ هزار دستگاه"] == (date(2024, 11, 21), date(2024, 12, 20))  # the base's own value
    assert got["۱۰ درصد"] == (None, None)  # the change is not of last year's Azar
    assert got["۸ درصد"] == (None, None)  # «با ۸ درصد افزایش»: how far it moved, not the base's value


def test_a_period_ended_by_a_day_runs_to_that_day() -> None:
    got = _periods_of(
        "وی اظهار کرد: براساس آمار سال آبی جاری، منتهی به پنجم شهریور، میزان بارش‌ها در کشور در این "
        "مدت ۱۴۸.۲ میلی متر بوده است.",
        date(2025, 8, 28),
    )
    assert got["۱۴۸.۲ میلی متر"] == (date(2024, 9, 22), date(2025, 8, 27))  # 1 Mehr 1403 to 5 Shahrivar 1404


def test_the_same_span_of_a_named_year_set_off_by_a_comma_is_the_figures_period() -> None:
    got = _periods_of(
        "سفرهای خروجی طی ۹ ماه سال ۹۷، ۵ میلیون نفر اعلام شده بود. این در حالیست که طی مدت مشابه در سال "
        "۹۶، ۸ میلیون نفر سفر خروجی ثبت شده بود.",
        date(2019, 4, 8),
    )
    assert got["۸ میلیون نفر"] == (date(2017, 3, 21), date(2017, 12, 21))  # the first nine months of 1396


def test_a_yearly_count_takes_no_month_named_before_it() -> None:
    got = _periods_of(
        "وزیر میراث فرهنگی گفت: میزان گردشگران کشور در مهر و آبان به شرایط عادی بازگشته است. وی افزود: "
        "به‌طور میانگین سالانه ۸ میلیون گردشگر به خارج کشور می‌روند.",
        date(2025, 12, 24),
    )
    assert got["۸ میلیون گردشگر"] == (None, None)  # a year's count, not the twelve months to Mehr


def test_a_two_digit_year_before_barabar_ba_is_a_year() -> None:
    # «برابر» after a number is «times», «برابر با» is «equal to»: «سال ۹۹ برابر با …» names 1399
    got = _periods_of(
        "وی گفت: تعداد بیمه‌شدگان تا پایان شهریور سال ۹۹ برابر با ۴۱ میلیون نفر است.", date(2020, 10, 2)
    )
    assert got["۴۱ میلیون نفر"] == (date(2020, 8, 22), date(2020, 9, 21))


def test_a_day_glued_to_and_or_said_of_this_year_is_read_whole() -> None:
    got = _periods_of("کمک‌ها طی روزهای ۱۸، ۱۹ و ۲۰ اسفندماه جاری به ۳ هزار خانوار رسید.", date(2020, 3, 1))
    assert got["۳ هزار خانوار"] == (date(2020, 3, 8), date(2020, 3, 10))  # this Esfand's 18th to 20th
    # «و۲۰»: the conjunction glued to the number, never the «۰» of «۲۰» read as a day (which had
    # left no dates at all)
    got = _periods_of("کمک‌ها طی روزهای ۱۸، ۱۹ و۲۰ اسفندماه جاری به ۳ هزار خانوار رسید.", date(2020, 3, 1))
    assert got["۳ هزار خانوار"] == (date(2020, 3, 8), date(2020, 3, 10))


def test_a_period_in_the_later_values_own_clause_is_its_own() -> None:
    got = _periods_of(
        "خدایی گفت: سال گذشته حدود ۵۶۷ هزار نفر در آزمون سراسری پذیرفته شدند که امسال این رقم به ۶۶۰ هزار "
        "نفر رسیده است.",
        date(2012, 6, 25),
    )
    assert got["حدود ۵۶۷ هزار نفر"] == (date(2011, 3, 21), date(2012, 3, 19))  # 1390
    assert got["۶۶۰ هزار نفر"][0] == date(2012, 3, 20)  # 1391, not last year
    # «از X در T به Y»: T is still the earlier value's
    got = _periods_of("نرخ پوشش از ۱۰ درصد در ابتدای دولت به ۹۰ درصد رسید.", date(2024, 6, 1))
    assert got["۱۰ درصد"] == (date(2021, 8, 3), date(2021, 8, 3))


def test_a_period_past_a_semicolon_is_not_the_figures() -> None:
    got = _periods_of(
        "رجبی مشهدی گفت: روز گذشته رکورد مصرف برق کشور شکسته شد و به عدد ۶۷ هزار و ۳۱۸ مگاوات رسید؛ این "
        "رقم، رکورد سال گذشته را پشت سر گذاشت.",
        date(2022, 7, 3),
    )
    assert got["۶۷ هزار و ۳۱۸ مگاوات"] == (date(2022, 7, 2), date(2022, 7, 2))  # yesterday, not last year


def test_a_period_after_a_figures_clause_has_ended_is_the_next_clauses() -> None:
    got = _periods_of(
        "وزیر گفت: صادرات غیرنفتی ۴۰ میلیارد دلار بود و این رقم امسال به ۵۰ میلیارد دلار رسید.",
        date(2025, 9, 1),
    )
    assert got["۴۰ میلیارد دلار"] != (date(2025, 3, 21), date(2026, 3, 20))  # «بود و»: not this year's
    assert got["۵۰ میلیارد دلار"][0] == date(2025, 3, 21)


def test_a_figure_set_against_another_with_dar_hali_ke_takes_no_time_from_before() -> None:
    text = "مدیرکل گفت: اکنون کمبود دارو ۶۰ قلم است در حالی که در برخی مقاطع ۳۰۰ قلم بود."
    got = _anchors_of(text, date(2025, 1, 10))
    assert got["۶۰"] == (date(2025, 1, 10), date(2025, 1, 10), "report")
    assert got["۳۰۰"][2] != "report"  # not «now»


def test_still_is_now_and_a_government_in_office_runs_to_the_report() -> None:
    got = _anchors_of(
        "مدیرعامل گفت: سال ۱۴۰۱ مصرف ۵ درصد رشد کرد. هنوز در محدوده ۶۰ هزار مگاوات هستیم. در دولت چهاردهم "
        "۵ هزار مگاوات به ظرفیت نیروگاهی اضافه شد.",
        date(2025, 5, 10),
    )
    assert got["۶۰ هزار مگاوات"] == (date(2025, 5, 10), date(2025, 5, 10), "report")
    assert got["۵ هزار مگاوات"] == (date(2024, 7, 28), date(2025, 5, 10), "stated")


@pytest.mark.parametrize("so_far", ["تا این لحظه", "تا به حال", "تا به امروز"])
def test_so_far_however_said_runs_from_the_years_start(so_far: str) -> None:
    got = _anchors_of(f"رئیس سازمان گفت: {so_far} ۶۳۰ هزار زائر اعزام شده‌اند.", date(2025, 5, 10))
    assert got["۶۳۰ هزار زائر"] == (date(2025, 3, 21), date(2025, 5, 10), "stated")


def test_the_next_value_of_a_bases_list_is_of_the_bases_days() -> None:
    got = _periods_of(
        "انجمن فولاد اعلام کرد: شرکت‌های فولادی از ابتدای فروردین تا پایان آذر ماه ۱۴۰۲، ۲۴ میلیون تن «شمش» و "
        "۱۶ میلیون تن «محصولات» تولید کردند. این رقم در مدت مشابه پارسال، ۲۳ میلیون تن «شمش» و ۱۵ میلیون تن "
        "«محصولات فولادی» بود.",
        date(2024, 1, 10),
    )
    assert got["۲۳ میلیون تن"] == got["۱۵ میلیون تن"] == (date(2022, 3, 21), date(2022, 12, 21))


def test_so_far_this_year_carries_to_in_this_time_and_not_to_what_is_still_under_way() -> None:
    got = _anchors_of(
        "مدیرکل گفت: امسال سطح زیر کشت به ۱۷ هزار هکتار رسیده که تاکنون از ۱۳ هزار هکتار آن برداشت شده است. "
        "در این مدت، استان بوشهر با برداشت ۲۸ هزار تن میگو در رتبه نخست قرار گرفته است. در هرمزگان نیز "
        "تاکنون ۱۰ هزار تن تولید شده و حدود ۴ هزار هکتار دیگر در مرحله برداشت قرار دارند.",
        date(2025, 12, 23),
    )
    assert got["۲۸ هزار تن"][:2] == (date(2025, 3, 21), date(2025, 12, 23))  # not to the year's end
    assert got["حدود ۴ هزار هکتار"] == (date(2025, 12, 23), date(2025, 12, 23), "report")  # as it stands


def test_a_headline_figure_rounded_takes_the_period_of_the_figure_it_rounds() -> None:
    got = _periods_of(
        "رشد ۴۲.۳ درصدی صادرات از بندر نمونه\n"
        "به گزارش ایرنا، رئیس سازمان بنادر گفت: در سال گذشته ۸ میلیون تن کالا از این بندر صادر شد که "
        "نسبت به سال قبل از آن ۴۲.۲۸ درصد رشد داشته است.",
        date(2024, 4, 3),
    )
    assert got["۴۲.۳ درصدی"] == got["۴۲.۲۸ درصد"] == (date(2023, 3, 21), date(2024, 3, 19))


def test_in_this_time_after_a_year_gone_through_so_far_is_the_year_so_far() -> None:
    # no «تاکنون»: what was done this year, then «در این مدت» with a list whose verb comes late
    got = _anchors_of(
        "رئیس پلیس استان نمونه با تاکید بر اینکه در سال جاری اموال مسروقه‌ای به ارزش ۴۰ میلیارد تومان "
        "کشف شده است، گفت: در این مدت ۳۱۲ نفر سارق در قالب ۷۵ باند و همچنین ۹۰ نفر مالخر دستگیر شدند.",
        date(2025, 12, 17),
    )
    assert got["۳۱۲ نفر"][:2] == (date(2025, 3, 21), date(2025, 12, 17))  # not to the year's end


def test_months_gone_by_said_with_a_past_verb_in_a_report_known_by_a_window() -> None:
    got = _anchors_of(
        "انجمن فولاد اعلام کرد: شرکت‌های فولادی کشور از ابتدای فروردین تا پایان اردیبهشت، ۶ میلیون تن شمش "
        "(اسلب، بلوم و بیلت) تولید کردند.",
        date(2023, 5, 22),
        date(2024, 3, 19),
    )
    assert got["۶ میلیون تن"][:2] == (date(2023, 3, 21), date(2023, 5, 21))  # not «1402 or 1403»


def test_a_lead_ins_own_claim_sets_no_time_for_the_quote_and_a_level_takes_none_from_before() -> None:
    got = _anchors_of(
        "مدیرعامل گفت: غیر از ۴ میلیمتر بارش هفته گذشته، ۹۷ درصد عقب هستیم. اردکانی با بیان اینکه پارسال "
        "۴۲ میلیمتر بارندگی داشتیم، خاطرنشان کرد: پرشدگی سدهای کشور ۳۲ درصد است.",
        date(2025, 12, 6),
    )
    assert got["۳۲ درصد"] == (date(2025, 12, 6), date(2025, 12, 6), "report")


def test_this_rate_in_the_outlets_own_account_is_of_the_time_just_told() -> None:
    got = _periods_of(
        "به گزارش مهر، در بهار ۱۴۰۲ نرخ مشارکت اقتصادی ۴۱.۲ درصد بود. بررسی‌ها نشان می‌دهد این نرخ نسبت به "
        "فصل مشابه سال قبل (بهار ۱۴۰۱) ۰.۳ درصد افزایش یافته است.",
        date(2023, 7, 1),
    )
    assert got["۰.۳ درصد"] == (date(2023, 3, 21), date(2023, 6, 21))


def test_the_year_before_that_is_the_year_before_the_one_named() -> None:
    text = (
        "در سال گذشته ۱۲ هزار و ۳۰۰ نفر در حوادث کار جان باختند که در مقایسه با سال قبل از آن که "
        "تعداد فوتی‌ها ۱۱ هزار و ۹۰۰ نفر بود، ۳ درصد بیشتر است."
    )
    periods = _periods_of(text, date(2024, 5, 18))
    assert periods["۱۲ هزار و ۳۰۰ نفر"] == (date(2023, 3, 21), date(2024, 3, 19))
    assert periods["۱۱ هزار و ۹۰۰ نفر"] == (date(2022, 3, 21), date(2023, 3, 20))


def test_an_average_over_a_water_year_is_of_any_year_not_this_one() -> None:
    periods = _periods_of(
        "مدیرکل هواشناسی استان گفت: متوسط بارندگی کشور حدود ۲۳۰ میلیمتر در سال آبی است. وی افزود: از "
        "ابتدای سال آبی جاری ۱۲ میلیمتر باران باریده است.",
        date(2025, 12, 6),
    )
    assert periods["حدود ۲۳۰ میلیمتر"] == (None, None)
    assert periods["۱۲ میلیمتر"] == (date(2025, 9, 23), date(2025, 12, 6))


def test_a_time_in_a_clause_after_the_verb_is_that_clauses() -> None:
    text = (
        "سردار حسن کریمی گفت: حدود ۷۰۰ هزار زائر در کربلا حضور دارند که انتظار می‌رود از فردا بازگشت "
        "آنان آغاز شود."
    )
    assert _periods_of(text, date(2025, 8, 14))["حدود ۷۰۰ هزار زائر"] == (None, None)  # now, not tomorrow



def test_months_and_a_half_run_to_the_next_months_fifteenth() -> None:
    got = _periods_of(
        "مدیرعامل شرکت گفت: در دو ماه و نیم ابتدایی سال ۱۴۰۱، بالغ بر ۵۰ هزار تن روغن توزیع شد و در سه ماه و "
        "نیم نخست امسال ۲۰ هزار تن شکر.",
        date(2022, 7, 20),
    )
    assert got["بالغ بر ۵۰ هزار تن"] == (date(2022, 3, 21), date(2022, 6, 5))
    assert got["۲۰ هزار تن"] == (date(2022, 3, 21), date(2022, 7, 6))


@pytest.mark.parametrize(
    ("text", "day", "surface", "span"),
    [
        ("مدیرعامل گفت: ۸۰ هزار تن برنج برای ماه‌های محرم و صفر اختصاص یافت.", date(2022, 7, 24), "۸۰ هزار تن",
         (date(2022, 7, 30), date(2022, 9, 26))),
        ("رئیس ستاد گفت: از ابتدای ماه صفر تاکنون ۳ میلیون زائر از مرزها تردد کردند.", date(2025, 8, 10),
         "۳ میلیون زائر", (date(2025, 7, 27), date(2025, 8, 10))),
        ("مدیرکل گفت: در ماه مبارک رمضان ۲۰ هزار بسته غذایی توزیع شد.", date(2024, 4, 20), "۲۰ هزار بسته",
         (date(2024, 3, 11), date(2024, 4, 9))),
        ("مدیرکل گفت: نرخ سود این وام صفر درصد است.", date(2024, 4, 20), "صفر درصد",
         (date(2024, 4, 20), date(2024, 4, 20))),  # «صفر» alone is zero, not the month
    ],
)
def test_lunar_months_are_dated(text: str, day: date, surface: str, span: tuple[date, date]) -> None:
    got = _anchors_of(text, day)[surface]
    assert got[:2] == span


def test_a_first_class_of_this_year_is_no_first_day_of_it() -> None:
    got = _periods_of(
        "معاون وزیر درباره آمار دانش‌آموزان کلاس اول سال جاری گفت: یک میلیون و ۲۵۷ هزار کودک ثبت‌نام کرده‌اند. "
        "وی افزود: از اول سال جاری ۳۰ مدرسه ساخته شد.",
        date(2025, 9, 22),
    )
    assert got["یک میلیون و ۲۵۷ هزار کودک"] != (date(2025, 3, 21), date(2025, 3, 21))
    assert got["۳۰ مدرسه"] == (date(2025, 3, 21), date(2025, 9, 22))


def test_tonight_is_the_reports_day() -> None:
    got = _anchors_of(
        "وزیر افزود: امشب حساب ۷۰ میلیون نفر از مردم با نوبت جدید شارژ شد. وی گفت: از این هفته مردم ماهانه "
        "یک میلیون تومان دریافت می‌کنند. وزیر خاطرنشان کرد: حساب ۷۰ میلیون نفر از مردم شارژ شد.",
        date(2026, 1, 4),
    )
    assert got["۷۰ میلیون نفر"][:2] == (date(2026, 1, 4), date(2026, 1, 4))


def test_an_account_that_goes_on_after_a_statement_keeps_its_time() -> None:
    got = _periods_of(
        "علی رضایی، کارشناس جمعیت گفت: امسال ازدواج ۳ درصد کم شد.\n\n"
        "به گزارش ایسنا، بر پایه آمار ثبت احوال کشور، در سال گذشته ۴۸۱ هزار ازدواج به ثبت رسیده است.\n\n"
        "همچنین تعداد طلاق‌های ثبت شده ۲۰۱ هزار مورد بوده است.",
        date(2024, 6, 29),
    )
    assert got["۲۰۱ هزار مورد"] == (date(2023, 3, 21), date(2024, 3, 19))


def test_a_day_of_this_month_is_a_date_not_a_count_of_months() -> None:
    got = _periods_of(
        "به گزارش گمرک، از ابتدای ماه اسفند تا ۲۵ ماه جاری، بیش از هفت میلیون تن کالا صادر شد.",
        date(2020, 3, 17),
    )
    assert got == {"بیش از هفت میلیون تن": (date(2020, 2, 20), date(2020, 3, 15))}


@pytest.mark.parametrize(
    ("text", "day", "span"),
    [
        # as many months as the year has done: those months, as statistics count them
        ("معاون سازمان گفت: طی هفت ماه گذشته ۵۵۷ هزار واحد خون اهدا شد.", date(2025, 11, 4),
         (date(2025, 3, 21), date(2025, 10, 22))),
        # other counts stay a window back from the report's day
        ("معاون سازمان گفت: طی دو ماه گذشته ۵۵۷ هزار واحد خون اهدا شد.", date(2025, 11, 4),
         (date(2025, 9, 4), date(2025, 11, 4))),
    ],
)
def test_the_months_gone_by_of_this_year_are_its_months(text: str, day: date, span: tuple) -> None:
    assert _periods_of(text, day)["۵۵۷ هزار واحد"] == span


def test_the_time_said_before_holds_for_what_follows_it() -> None:
    got = _periods_of(
        "معاون سازمان گفت: طی هفت ماه گذشته یک میلیون واحد خون اهدا شد. طی زمان یاد شده استان تهران با "
        "۲۲۱ هزار واحد بیشترین سهم را داشت.",
        date(2025, 11, 4),
    )
    assert got["۲۲۱ هزار واحد"] == (date(2025, 3, 21), date(2025, 10, 22))


def test_months_named_in_a_row_run_into_the_next_year() -> None:
    got = _periods_of(
        "وزیر گفت: چهار میلیون تومان برای چهار ماه دی، بهمن، اسفند و فروردین در حساب خانوارها ذخیره شد.",
        date(2026, 1, 7),
    )
    assert got == {"چهار میلیون تومان": (date(2025, 12, 22), date(2026, 4, 20))}  # «چهار ماه» is no figure


def test_a_headline_value_takes_the_period_its_repeat_below_has_whatever_the_unit_word() -> None:
    got = _periods_of(
        "151 بیمار قطعی تب دنگی در کشور\n\nرئیس مرکز مدیریت بیماری‌ها گفت: از ۲۶ اردیبهشت تاکنون 151 مورد "
        "قطعی تب دنگی شناسایی شده است.",
        date(2024, 7, 21),
    )
    assert got["151 بیمار"] == got["151 مورد"] == (date(2024, 5, 15), date(2024, 7, 21))


def test_every_value_of_a_base_list_is_of_the_bases_days() -> None:
    got = _periods_of(
        "مرکز آمار اعلام کرد: محصول ناخالص داخلی در تابستان ۱۴۰۲ با نفت ۲۱۹۰ هزار میلیارد ریال بوده است. رقم "
        "مذکور در مدت مشابه سال قبل با نفت ۲۰۴۶ هزار میلیارد ریال و بدون نفت ۱۷۷۵ هزار میلیارد ریال بود.",
        date(2023, 11, 27),
    )
    summer_1401 = (date(2022, 6, 22), date(2022, 9, 22))
    assert got["۲۰۴۶ هزار میلیارد ریال"] == got["۱۷۷۵ هزار میلیارد ریال"] == summer_1401


def test_a_report_known_only_to_be_published_after_a_day_is_read_in_the_weeks_after_it() -> None:
    text = (
        "مدیرکل دفتر شیلات گفت: در پنج ماهه نخست امسال ۳۲ هزار تن ماهی صید شد. "
        "وی افزود: تولید بهار امسال ۱۲ هزار تن بود."
    )
    # after the first five months of 1400 ended: those are the months, and that spring 1400's
    got = _periods_of(text, after=date(2021, 8, 23))
    assert got["۳۲ هزار تن"] == (date(2021, 3, 21), date(2021, 8, 22))
    assert got["۱۲ هزار تن"] == (date(2021, 3, 21), date(2021, 6, 21))
    # weeks before Nowruz, «امسال» may be either year: no dates
    assert _periods_of(text, after=date(2022, 3, 1))["۳۲ هزار تن"] == (None, None)


def test_a_month_alone_to_a_day_gone_by_starts_at_that_months_last_time_before_the_day() -> None:
    text = normalize("از ابتدای مهر تا ۱۵ شهریور")
    day = date(2025, 9, 21)  # 30 Shahrivar 1404: Mehr 1404 is two days ahead, Mehr 1403 is meant
    [found] = find_periods(text, (day, day), 0, len(text))
    assert (found.period.start, found.period.end) == (date(2024, 9, 22), date(2025, 9, 6))


def test_a_weekday_that_names_its_date_is_that_date_not_the_last_such_weekday() -> None:
    # a Wednesday report of an opening on the Sunday after it: «روز یکشنبه» alone would be
    # the Sunday gone by; with «۲۵ آبان» it is the one ahead
    got = _periods_of("آیین افتتاح ۴۰ مدرسه روز یکشنبه، ۲۵ آبان برگزار می‌شود.", date(2025, 11, 12))
    assert got["۴۰ مدرسه"] == (date(2025, 11, 16), date(2025, 11, 16))


def test_on_this_day_is_the_day_named_in_the_sentence_before() -> None:
    got = _periods_of(
        "نمایشگاه کتاب روز پنجشنبه ۱۵ خرداد آغاز شد. در این روز ۸۵ هزار نفر از نمایشگاه بازدید کردند.",
        date(2025, 6, 7),
    )
    assert got["۸۵ هزار نفر"] == (date(2025, 6, 5), date(2025, 6, 5))


def test_a_year_decades_back_is_not_carried_to_what_the_speaker_says_next() -> None:
    got = _periods_of(
        "مدیرعامل شرکت مدیریت منابع آب گفت: در سال ۱۳۶۰ ظرفیت سدهای کشور ۱۰ میلیارد مترمکعب بود.\n"
        "وی افزود: ۱۹۰ سد بزرگ در کشور فعال داریم.",
        date(2025, 6, 7),
    )
    assert got["۱۰ میلیارد مترمکعب"] == (date(1981, 3, 21), date(1982, 3, 20))
    assert got["۱۹۰"] == (None, None)  # a stock: the report's day, given when it is anchored


def test_a_whole_after_its_part_is_not_of_the_parts_time() -> None:
    got = _periods_of(
        "مدیرعامل بیمه سلامت گفت: ماه گذشته ۹ همت از مجموع ۴۰ همت مطالبات داروخانه‌ها پرداخت شد.\n"
        "وی افزود: ۲۰ همت از این مطالبات مربوط به بیمارستان‌هاست.",
        date(2025, 8, 29),
    )
    assert got["۹ همت"] == (date(2025, 7, 23), date(2025, 8, 22))
    assert got["۴۰ همت"] == (None, None)  # the debt as it stands: the report's day, when anchored
    assert got["۲۰ همت"] == (None, None)


def test_a_week_said_of_one_statement_does_not_frame_the_next() -> None:
    got = _periods_of(
        "معاون وزیر گفت: هفته گذشته ۱۲ هزار تن برنج توزیع شد.\n"
        "وی افزود: ۸۰۰ میلیون دلار ارز برای واردات تامین شده است.",
        date(2025, 8, 29),
    )
    assert got["۱۲ هزار تن"] == (date(2025, 8, 16), date(2025, 8, 22))
    assert got["۸۰۰ میلیون دلار"] == (None, None)


def test_a_time_in_a_clause_about_part_of_it_is_not_the_figures() -> None:
    got = _periods_of(
        "وزیر گفت: از مجموع بدهی دولت، ۵۰ همت مربوط به بانک‌هاست که بخشی از آن هفته گذشته تسویه شد.",
        date(2025, 8, 29),
    )
    assert got["۵۰ همت"] == (None, None)


def test_days_listed_with_and_are_one_stretch() -> None:
    text = normalize("در روزهای چهارشنبه ۵ آذر و پنجشنبه ۶ آذر ۱۴۰۴")
    day = date(2025, 11, 20)
    found = find_periods(text, (day, day), 0, len(text))
    assert [(m.period.start, m.period.end) for m in found] == [(date(2025, 11, 26), date(2025, 11, 27))]
    # one day said twice (its weekday and its date) stays one day
    text = normalize("روز چهارشنبه ۵ آذر")
    assert {(m.period.start, m.period.end) for m in find_periods(text, (day, day), 0, len(text))} == {
        (date(2025, 11, 26), date(2025, 11, 26))
    }


def test_since_the_start_of_this_season_to_a_day() -> None:
    got = _periods_of(
        "بر اساس داده‌های سازمان هواشناسی، از ابتدای فصل جاری تا ۵ دی‌ماه ۱۸ میلیمتر باران بارید.",
        date(2026, 1, 2),
    )
    assert got["۱۸ میلیمتر"] == (date(2025, 12, 22), date(2025, 12, 26))


def test_this_season_alone_is_no_calendar_season() -> None:
    # in sports copy «فصل جاری» is a league's season
    got = _periods_of("این بازیکن در فصل جاری در ۲۹ بازی ۱۶ گل زده است.", date(2025, 11, 30))
    assert got["۱۶"] == (None, None)
