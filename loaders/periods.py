"""Periods a figure is about: Jalali years and spans, months, relative and named periods.

Works on normalised text (Persian digits). Relative periods («سال گذشته», «دو ماه
گذشته») are resolved against the report's date or date window, and kept as text with no
dates when the window does not decide them. Jalali arithmetic is persiantools'.

>>> from datetime import date
>>> [(p.period.start, p.period.end) for p in find_periods("طی سال‌های ۱۴۰۰ و ۱۴۰۱", (None, None))]
[(datetime.date(2021, 3, 21), datetime.date(2023, 3, 20))]
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from persiantools.jdatetime import JalaliDate

from .catalogue import NamedPeriod
from .catalogue import derived as _derived
from .model import Anchor, Period
from .normalize import LETTER, ZWNJ

Window = tuple[date | None, date | None]
SEASONS = ("بهار", "تابستان", "پاییز", "زمستان")
MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_NUMBER_WORDS = {
    "یک": 1,
    "دو": 2,
    "سه": 3,
    "چهار": 4,
    "پنج": 5,
    "شش": 6,
    "هفت": 7,
    "هشت": 8,
    "نه": 9,
    "ده": 10,
    "یازده": 11,
    "دوازده": 12,
    "دوزاده": 12,  # misspelt in real copy («نرخ تورم دوزاده ماهه منتهی به مرداد»), which
    f"دوز{ZWNJ}اده": 12,  # normalising writes with a ZWNJ
}
_S = f"[ {ZWNJ}]?"
_B = f"(?<![{LETTER}{ZWNJ}])"
_E = f"(?![{LETTER}{ZWNJ}])"
_YEAR4 = "[۱۲][۳۴۹۰][۰-۹]{2}"  # 1300s, 1400s, 1900s, 2000s
# two digits after «سال», a month or a season: a year («سال ۹۸», «اسفند ۹۸», «بهار ۹۹»), unless
# a unit or a scale follows («بهار ۲۰ درصد», «تا پایان سال ۷۰ هزار واحد») or they are the whole
# part of a decimal («مرداد ماه ۳۶.۳ درصد»)
_YEAR2 = (
    "[۰-۹]{2}(?![۰-۹]|[.٫/][۰-۹])(?! ?(?:درصد|هزار|میلیون|میلیارد|نفر|تن|واحد|سال|روز|ماه|هفته|ساعت|دقیقه"
    "|مورد|برابر(?! با)|کیلو|متر|لیتر|دستگاه|عدد|میلی[ \u200c]?متر|سانتی[ \u200c]?متر|تومان|ریال|دلار"
    "|یورو|همت|مگاوات|بشکه|فروند|حلقه)(?![" + LETTER + "]))"
)
_YEAR = f"(?:{_YEAR4}(?![۰-۹])|{_YEAR2})"  # not «سال ۵۰۰ کیلومتر» either
_MONTH_NAMES = "|".join(MONTHS)
_MONTH = f"(?P<month>{_MONTH_NAMES})(?:{_S}ماه)?"
_MONTH_NAME = re.compile(_MONTH_NAMES)
# «بهمن ماه ۹۸ تا ۱۵ فروردین»: two digits after a month are its year, not a first day
_NOT_A_MONTHS_YEAR = "".join(f"(?<!{name} )" for name in (*MONTHS, "ماه", "سال"))
# two months in a row («مهر و آبان»; «فروردین و خرداد» are two months, not a span)
def _months_in_a_row(count: int) -> list[str]:
    """«مهر و آبان», «فروردین، اردیبهشت و خرداد», «دی، بهمن، اسفند و فروردین» (into the next
    year): ``count`` months one after another, the last after «و»."""
    out = []
    for first in range(12):
        names = [MONTHS[(first + k) % 12] for k in range(count)]
        out.append(" ?، ?".join(names[:-1]) + f"(?:{_S}ماه)? و {names[-1]}")
    return out


_TWO_MONTHS = "|".join(_months_in_a_row(4) + _months_in_a_row(3) + _months_in_a_row(2))
_MONTH_SPAN = f"{_TWO_MONTHS}|(?:{_MONTH_NAMES})(?:{_S}ماه)? (?:تا|الی) (?:پایان |آخر )?(?:{_MONTH_NAMES})"
_COUNT = "(?P<count>[۰-۹]{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
# a count of a rolling window, never the end of a decimal («۲.۵ سال» is not «۵ سال»)
_AMOUNT = "(?<![۰-۹][.٫/])(?P<count>[۰-۹]{1,2}(?:[.٫][۰-۹])?|" + "|".join(_NUMBER_WORDS) + ")"
# «دو شبانه روز اخیر»: two days; «۳ ماهه گذشته»: three months
_ROLLING = f"شبانه{_S}روز|روز|هفته|ماهه|ماه|سال|ساعت|دهه"
_HALF = f"(?P<half>{_S}و{_S}نیم)?"
_CURRENT = f"(?:امسال|سال{_S}جاری|سال{_S}جدید)"
_CROP = (
    "(?:(?:سال|فصل) (?:زراعی|آبی|تحصیلی)"
    "(?: (?:(?P<y1>[۱۲][۳۴۹۰][۰-۹]{2})(?: ?[-–/] ?(?P<y2>[۱۲][۳۴۹۰][۰-۹]{2}))?"
    "|(?P<rel>جاری|امسال|جدید|آینده|آتی|بعد|گذشته|قبل|پیش|پارسال)))?"
    "|سال (?P<rel2>جدید|آینده|آتی|گذشته|قبل) تحصیلی)"
)
_PAST = f"(?:سال{_S}گذشته|سال{_S}قبل|پارسال)"
_NEXT = f"(?:سال{_S}آینده|سال{_S}آتی|سال{_S}بعد)"
_REL_YEAR = f"(?P<rel>{_CURRENT}|{_PAST}|{_NEXT})"
# «سال قبل از آن», «سال پیش از آن»: the year before the one just named
_BEFORE_THAT = f"سال{_S}(?:قبل|پیش){_S}از{_S}آن(?![{LETTER}{ZWNJ}])"
_YEAR_SAID = f"(?:سال |{_YEAR4}(?![۰-۹])|{_CURRENT}|{_PAST})"  # a year written or named after months
# what can follow months or a half to name their year («سه ماهه نخست سال آبی», «… گذشته»)
_ANY_YEAR = f"(?:سال )?(?:{_YEAR}|{_CURRENT}|{_PAST}|{_NEXT}|آبی|زراعی|مالی|گذشته|قبل|اخیر)"
# words after which a month's name is the month (not «مهر» a seal or «تیر» an arrow): «تورم
# ماهانه فروردین» is Farvardin's
_MONTH_LEADS = (
    *("در", "طی", "تا", "از", "پایان", "ابتدای", "اوایل", "اواسط", "اواخر", "نیمه", "ماه", "ماهانه"),
    "منتهی به",  # «۱۲ ماه منتهی به اسفند»
)
_AFTER_LEAD = "|".join(f"(?<={word} )" for word in _MONTH_LEADS)


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    start: int
    end: int
    period: Period


def _jalali_year(text: str) -> int:
    year = int(text)
    if year < 100:  # «سال ۹۵»
        return 1300 + year if year > 20 else 1400 + year
    return year


def _solar_year(text: str) -> int:
    """The Jalali year a Jalali month or season of year ``text`` falls in («بهار 2005» is 1384)."""
    year = _jalali_year(text)
    return year - 621 if year >= _GREGORIAN else year


def year_span(first: int, last: int | None = None) -> tuple[date, date]:
    """Gregorian dates of Jalali years first..last, inclusive; a year written as 1900–2100
    («سال 2005» in foreign news) is a Gregorian one.

    >>> year_span(1401)
    (datetime.date(2022, 3, 21), datetime.date(2023, 3, 20))
    >>> year_span(2005)
    (datetime.date(2005, 1, 1), datetime.date(2005, 12, 31))
    """
    if first >= _GREGORIAN:
        return date(first, 1, 1), date(last or first, 12, 31)
    end = JalaliDate((last or first) + 1, 1, 1).to_gregorian() - timedelta(days=1)
    return JalaliDate(first, 1, 1).to_gregorian(), end


_GREGORIAN = 1900  # years from here on are Gregorian ones


def month_span(year: int, first: int, last: int | None = None) -> tuple[date, date]:
    """Gregorian dates of Jalali months first..last of a year, inclusive (the Gregorian
    year's own months for a Gregorian year: «سه ماهه دوم سال 2005» is April to June)."""
    last = last or first
    if year >= _GREGORIAN:
        after = date(year + (last == 12), last % 12 + 1, 1)
        return date(year, first, 1), after - timedelta(days=1)
    nxt = JalaliDate(year + 1, 1, 1) if last == 12 else JalaliDate(year, last + 1, 1)
    return JalaliDate(year, first, 1).to_gregorian(), nxt.to_gregorian() - timedelta(days=1)


def _jalali(day: date) -> JalaliDate:
    return JalaliDate.to_jalali(day)


_OPEN_WINDOW_DAYS = 60  # how long after its earliest day a report with no latest day is read


def _decided(
    window: Window, resolve: Callable[[date], tuple[date, date] | None]
) -> tuple[date | None, date | None]:
    """Resolve a relative period at both ends of the window; keep it only if they agree. A
    window with no end (published on or after a day) is read as the weeks after that day:
    news is printed soon after the last thing it tells of, so «امسال» in a report published
    after 15 Khordad 1401 is 1401 (where the weeks after run into another year, it stays
    unknown).

    >>> this_year = lambda day: year_span(_jalali(day).year)
    >>> _decided((date(2022, 6, 5), None), this_year)
    (datetime.date(2022, 3, 21), datetime.date(2023, 3, 20))
    >>> _decided((date(2023, 3, 1), None), this_year)
    (None, None)
    """
    low, high = window
    if low and not high:
        high = low + timedelta(days=_OPEN_WINDOW_DAYS)
    if not low or not high:
        return None, None
    first, second = resolve(low), resolve(high)
    return first if first and first == second else (None, None)


# The lunar (Hijri) months as the press writes them
HIJRI_MONTHS = (
    "محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
    "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه",
)  # fmt: skip


# as a pattern: a ZWNJ written as a space or not at all, and the other spellings of _hijri_name
_HIJRI_NAMES = "|".join(
    sorted(
        {n.replace(ZWNJ, f"[ {ZWNJ}]?") for n in (*HIJRI_MONTHS, "ربیع‌الآخر", "جمادی‌الاولی", "جمادی‌الآخر")}
        | {"ذیقعده", "ذیحجه"},
        key=len,
        reverse=True,
    )
)


def hijri_day(year: int, month: int, day: int) -> date:
    """The day of a lunar date by the arithmetic Islamic calendar (a month's first day may be a
    day off the one the moon's sighting fixes in Iran)."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return date(622, 7, 19) + timedelta(days=days - 1)


def hijri_month_span(year: int, month: int) -> tuple[date, date]:
    start = hijri_day(year, month, 1)
    after = hijri_day(year + month // 12, month % 12 + 1, 1)
    return start, after - timedelta(days=1)


_HIJRI_AHEAD = 45  # days before a lunar month begins that news of it speaks of the coming one


def _hijri_year_around(day: date, month: int) -> int:
    """The lunar year whose ``month`` is under way on ``day``, has last been, or begins within
    _HIJRI_AHEAD days (news before Muharram or Ramadan speaks of the coming one)."""
    year = int((day - date(622, 7, 19)).days / 354.367) + 1
    for y in (year + 1, year, year - 1):
        start, _ = hijri_month_span(y, month)
        if start - day <= timedelta(days=_HIJRI_AHEAD):
            return y
    return year - 2


def _hijri_months(m: re.Match[str], window: Window) -> Period:
    """«ماه مبارک رمضان», «ماه‌های محرم و صفر», «ماه صفر ۱۴۴۴»; «از ابتدای ماه صفر (تاکنون)» from its
    first day to the report's; «دهه اول محرم» its first ten days."""
    first = HIJRI_MONTHS.index(_hijri_name(m.group("hm") or m.group("hm1"))) + 1
    last = HIJRI_MONTHS.index(_hijri_name(m.group("hm2"))) + 1 if m.group("hm2") else first

    def span(day: date) -> tuple[date, date]:
        year = int(m.group("hy")) if m.group("hy") else _hijri_year_around(day, first)
        start, end = hijri_month_span(year, first)
        if last != first:
            end = hijri_month_span(year + (last < first), last)[1]
        if m.group("tenth"):
            k = _ORDINALS.get(m.group("tenth"), 3)
            start, end = start + timedelta(days=10 * (k - 1)), min(end, start + timedelta(days=10 * k - 1))
        if m.group("since"):
            end = max(start, day)
        return start, end

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _hijri_name(word: str) -> str:
    word = re.sub(r"^(ربیع|جمادی|ذی)[ \u200c]?", "\\1" + ZWNJ, word)
    return {"ربیع‌الآخر": "ربیع‌الثانی", "جمادی‌الاولی": "جمادی‌الاول", "جمادی‌الآخر": "جمادی‌الثانی",
            "ذیقعده": "ذی‌القعده", "ذیحجه": "ذی‌الحجه"}.get(word, word)  # fmt: skip


def _last_and_this_year(m: re.Match[str], window: Window) -> Period:
    """«سال گذشته و امسال»: from the start of the year before the report's to its year's end."""
    def both(day: date) -> tuple[date, date]:
        year = _jalali(day).year
        return year_span(year - 1)[0], year_span(year)[1]

    start, end = _decided(window, both)
    return Period(m.group(0), start, end)


def _relative_year(word: str, day: date) -> tuple[date, date]:
    said = _jalali(day)
    year = said.year
    if re.match(_PAST, word):
        year -= 1
    elif re.match(_NEXT, word) or (re.match(_NEW_YEAR, word) and said.month >= _NEW_YEAR_FROM):
        year += 1
    return year_span(year)


_NEW_YEAR = f"سال{_S}جدید"
_NEW_YEAR_FROM = 11  # «سال جدید» said from Bahman on is the year about to begin


def _count(text: str) -> int:
    return _NUMBER_WORDS.get(text) or int(text)


# Each rule: a pattern and a function from (match, window) to a Period.
def _years(m: re.Match[str], window: Window) -> Period:
    """«سال‌های ۱۴۰۰ تا ۱۴۰۲», «۱۴۰۰-۱۳۹۰»: the first year to the last, in either order."""
    return _span_of_years(m.group(0), [_jalali_year(m.group("y1")), _jalali_year(m.group("y2"))])


def _year_list(m: re.Match[str], window: Window) -> Period:
    """«سال‌های ۱۴۰۰، ۱۴۰۱ و ۱۴۰۲»: the first year to the last (a list spans few years)."""
    return _span_of_years(m.group(0), [_jalali_year(y) for y in re.findall("[۰-۹]+", m.group(0))], most=30)


def _span_of_years(text: str, years: list[int], most: int | None = None) -> Period:
    first, last = min(years), max(years)
    if (first >= _GREGORIAN) != (last >= _GREGORIAN) or (most is not None and last - first > most):
        return Period(text)  # a Jalali and a Gregorian year together: a misreading, no span
    return Period(text, *year_span(first, last))


# «دهه ۹۰», «دهه ۱۳۹۰», «دهه هفتاد»: ten Jalali years (Gregorian ones with «میلادی»)
_DECADE_WORDS = {"چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90}


def _decade(m: re.Match[str], window: Window) -> Period:
    written = m.group("decade")
    first = _DECADE_WORDS.get(written) or int(written)
    if first < 100:
        first += 1900 if m.group("gregorian") else 1300
    start, end = year_span(first, first + 9)
    return Period(m.group(0), start, end)


_GREGORIAN_MONTHS = {
    "ژانویه": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6, "ژوئیه": 7,
    "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
}  # fmt: skip
_GREGORIAN_NAMES = "|".join(m for m in _GREGORIAN_MONTHS if m not in ("مه", "می"))


def _gregorian_month_said(m: re.Match[str], window: Window) -> Period:
    """«در ماه آوریل»: the last April that began on or before the report's date."""
    month = _GREGORIAN_MONTHS[m.group("gmonth")]

    def span(day: date) -> tuple[date, date]:
        year = day.year if month <= day.month else day.year - 1
        last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
        return date(year, month, 1), last

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _gregorian_year(m: re.Match[str], window: Window) -> Period:
    """«سال میلادی گذشته»: the Gregorian year before the report's; «جاری» its own."""
    shift = {"گذشته": -1, "قبل": -1, "آینده": 1}.get(m.group("rel"), 0)
    start, end = _decided(window, lambda d: (date(d.year + shift, 1, 1), date(d.year + shift, 12, 31)))
    return Period(m.group(0), start, end)


def _gregorian_month(m: re.Match[str], window: Window) -> Period:
    """«ژانویه ۲۰۲۴», «ماه مه ۲۰۲۳»: a Gregorian month of a written year."""
    start, end = month_span(int(m.group("y1")), _GREGORIAN_MONTHS[m.group("gmonth")])
    return Period(m.group(0), start, end)


def _year(m: re.Match[str], window: Window) -> Period:
    start, end = year_span(_jalali_year(m.group("y1")))
    return Period(m.group(0), start, end)


def _month_year(m: re.Match[str], window: Window) -> Period:
    """«تیرماه سال ۹۱», «تیر ۱۴۰۲», «تیرماه سال جاری»."""
    month = MONTHS.index(m.group("month")) + 1
    if _running_to(m):  # «تا پایان آبان امسال … محقق شد»: the year's running total to its end
        return _of_year(m, window, month, lambda year: month_span(year, 1, month))
    return _of_year(m, window, month, lambda year: month_span(year, month))


def _running_to(m: re.Match[str]) -> bool:
    """«تا پایان مهرماه … وصول شده است»: a count reached by a month's end is the year's so far."""
    by = _BY_MONTH.search(m.string, max(0, m.start() - 10), m.start())
    return bool(by and by.group("end")) and bool(_DONE_BY.match(m.string, m.end()))


_BY_MONTH = re.compile(r"تا (?:(?P<end>پایان|آخر|انتهای) )?$")  # «تا تیر ماه», «تا پایان مهرماه»


def _of_year(
    m: re.Match[str], window: Window, month: int, span: Callable[[int], tuple[date, date]]
) -> Period:
    """``span`` of the Jalali year the match writes (``y1``, ``y2``: «پاییز ۱۴۰۲», «بهار 2005» is
    1384) or names (``rel``: «تابستان امسال»), else of the year that places ``month`` around the
    report's date (its last time, or its next when at most two months ahead)."""
    groups = m.groupdict()
    if written := groups.get("y1") or groups.get("y2"):
        start, end = span(_solar_year(written))
    elif rel := groups.get("rel"):
        start, end = _decided(window, lambda d: span(_jalali(_relative_year(rel, d)[0]).year))
    elif m.string.startswith("،", m.end()) and _DONE_LATER.match(m.string, m.end() + 1):
        # «از ابتدای فروردین تا پایان اردیبهشت، ۶ میلیون تن … تولید کردند»: months gone by
        start, end = _decided(window, lambda d: span(_month_gone(d, month)))
    else:
        start, end = _decided(window, lambda d: span(_month_year_around(d, month)))
    return Period(m.group(0), start, end)


# «تاکنون», «تا این لحظه», «تا به حال»: so far
_SO_FAR = f"تا{_S}کنون|تا امروز|تا (?:این|به) (?:لحظه|امروز)|تا{_S}به{_S}?حال|تا حالا"
_PAST_VERB = (
    f"{_B}(?:(?:شده|رسیده|کرده|یافته|گرفته|داده|بوده){_S}(?:است|بود|بودند|اند)"
    f"|بود|بودند|شد|شدند|رسید|رسیدند|یافت|کرد|کردند|گرفت){_E}"
)
# the rest of a clause that ends in a past verb («… صورت گرفته بود», «… تزریق شد»)
_DONE_BY = re.compile(f"[^.،؛:\n]{{0,100}}?{_PAST_VERB}")
# the clause a period phrase opens, commas and all, to its past verb («…، ۶ میلیون تن شمش
# (اسلب، بلوم و بیلت) تولید کردند»)
_DONE_LATER = re.compile(f"[^.؛:\n]{{0,140}}?{_PAST_VERB}")


def _month_gone(day: date, month: int, *, before: bool = False) -> int:
    """The Jalali year of the month's last time at or before ``day``'s month (``before``:
    strictly before it)."""
    said = _jalali(day)
    return said.year - (month >= said.month if before else month > said.month)


def _past_month(m: re.Match[str], window: Window) -> Period:
    """«آذر ماه گذشته»: the month's last time before the report's month (said in Azar, last
    year's Azar)."""
    month = MONTHS.index(m.group("month")) + 1
    start, end = _decided(window, lambda d: month_span(_month_gone(d, month, before=True), month))
    return Period(m.group(0), start, end)


def _month_pair(m: re.Match[str], window: Window) -> Period:
    """«مهر و آبان», «ماه‌های فروردین و اردیبهشت امسال», «فروردین تا شهریور»: the months from
    the first named to the last, of the year written or named, else around the report's date."""
    named = [MONTHS.index(name) + 1 for name in _MONTH_NAME.findall(m.group(0))]
    first, last = named[0], named[-1]
    if last < first:
        # «دی، بهمن، اسفند و فروردین»: one after another into the next year
        if any(b != a % 12 + 1 for a, b in zip(named, named[1:], strict=False)):
            return Period(m.group(0))

        def across(year: int) -> tuple[date, date]:  # the year of the first month
            return month_span(year, first)[0], month_span(year + 1, last)[1]

        return _of_year(m, window, first, across)
    return _of_year(m, window, last, lambda year: month_span(year, first, last))


def _first_month(m: re.Match[str], window: Window) -> Period:
    """«ماه نخست سال جاری», «نخستین ماه سال»: Farvardin of the year named, else of the report's."""
    if m.group("y1") or m.group("rel"):
        return _months_of_year(m, window, 1, 1)
    return _months_said(m, window, 1, 1)


def _bare_month(m: re.Match[str], window: Window) -> Period:
    """«در پایان فروردین ماه», «در مهرماه» with no year: the month's last time at or before
    the report's date, or its next time when it is at most two months ahead or a deadline
    («تا اسفند»): news speaks of the months around it."""
    month = MONTHS.index(m.group("month") or m.group("month2")) + 1
    by = _BY_MONTH.search(m.string, max(0, m.start() - 10), m.start())
    done = bool(_DONE_BY.match(m.string, m.end()))
    # «تا تیر ماه … ۵ میلیون واکسن زده شده بود»: by a month gone by, not a deadline ahead
    deadline = bool(by) and not done
    if by and by.group("end") and done:  # «تا پایان مهرماه … وصول شده»: the year so far
        start, end = _decided(window, lambda d: month_span(_month_gone(d, month), 1, month))
        return Period(m.group(0), start, end)
    if m.string[max(0, m.start() - 9) : m.start()].endswith("منتهی به "):  # a stretch ended: its last month
        start, end = _decided(window, lambda d: month_span(_month_gone(d, month), month))
        return Period(m.group(0), start, end)

    def span(day: date) -> tuple[date, date]:
        if done:  # «پیک مصرف در مرداد ماه به ۶۰۰ مگاوات رسیده بود» said in Tir: last year's Mordad
            return month_span(_month_gone(day, month), month)
        start, end = month_span(_month_year_around(day, month, deadline), month)
        return (max(start, day), end) if deadline else (start, end)  # «تا پایان شهریور»: from now

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _year_start(m: re.Match[str], window: Window) -> Period:
    """«ابتدای امسال», «اول سال ۱۴۰۳» (without «از»: a level then): the year's first day."""
    if m.group("y1"):
        first = year_span(_jalali_year(m.group("y1")))[0]
        return Period(m.group(0), first, first)
    rel = m.group("rel")
    start, _ = _decided(window, lambda d: (_relative_year(rel, d)[0],) * 2)
    return Period(m.group(0), start, start)


def government_in_office(day: date) -> NamedPeriod | None:
    """The numbered government of ontology/periods.ttl in office on ``day``: the last one begun
    by then (a government stays until the next one begins)."""
    governments = _governments()
    at = bisect_right(governments, day, key=lambda p: p.start)
    return governments[at - 1] if at else None


@_derived
@lru_cache(maxsize=1)
def _governments() -> list[NamedPeriod]:
    """The numbered governments with a first day, in the order they began."""
    from .catalogue import named_periods

    terms = [p for p in named_periods() if re.fullmatch(r"government-\d+", p.key) and p.start]
    return sorted(terms, key=lambda p: p.start)


def _government_start(m: re.Match[str], window: Window) -> Period:
    """«در ابتدای دولت»: the first day of the government in office at the report's date (from
    ontology/periods.ttl); «از ابتدای دولت (تاکنون)» from then to the report's date."""

    def first_day(day: date) -> tuple[date, date] | None:
        government = government_in_office(day)
        if government is None or government.start is None:
            return None
        start = government.start
        return (start, day) if m.group("since") else (start, start)

    start, end = _decided(window, first_day)
    return Period(m.group(0), start, end)


def _this_government(m: re.Match[str], window: Window) -> Period:
    """«در این دولت», «دولت فعلی»: the government in office from its first day to the
    report's date; «دولت قبل», «دولت گذشته»: the one before it, whole."""

    def span(day: date) -> tuple[date, date] | None:
        government = government_in_office(day)
        if government is None or government.start is None:
            return None
        if not m.group("before"):
            return government.start, day
        earlier = government_in_office(government.start - timedelta(days=1))
        if earlier is None or earlier.start is None:
            return None
        return earlier.start, earlier.end or government.start - timedelta(days=1)

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _first_months(m: re.Match[str], window: Window) -> Period:
    """«پنج ماهه نخست امسال»; with a later ordinal, the k-th such stretch: «سه ماهه دوم» is
    months 4 to 6, «شش ماهه دوم» months 7 to 12."""
    first, last = _nth_months(m)
    if first > 12:
        return Period(m.group(0))
    return _and_a_half(m, _months_of_year(m, window, first, last))


def _and_a_half(m: re.Match[str], period: Period) -> Period:
    """«دو ماه و نیم ابتدایی سال ۱۴۰۱»: the first months and half the next, to its 15th day."""
    if not m.groupdict().get("half") or not period.end or m.group("nth") in _LAST:
        return period
    return dataclasses.replace(period, end=period.end + timedelta(days=15))


def _nth_months(m: re.Match[str]) -> tuple[int, int]:
    count = min(_count(m.group("count")), 12)
    nth = _ORDINALS.get(m.group("nth") or "", 1)
    if m.group("nth") in _LAST:  # «سه ماه پایانی سال»: the last months
        return 13 - count, 12
    return (nth - 1) * count + 1, min(nth * count, 12)


def _first_months_said(m: re.Match[str], window: Window) -> Period:
    """«صادرات سه ماه نخست», «در شش ماهه دوم», «در ۹ ماهه»: those months of the report's year,
    unless a running stretch from the year's start is not over by the report's month and
    either that month is one of the year's first two or the stretch would end more than half
    a year later: then of the year before («۶ ماه نخست» said in Farvardin, «۱۱ ماهه» in Tir)."""
    first, last = _nth_months(m)
    return _and_a_half(m, _months_said(m, window, first, last))


_AHEAD_MONTHS = 6  # how far past the report's month a running stretch said without a year may end


def _months_said(m: re.Match[str], window: Window, first: int, last: int) -> Period:
    if first > 12:
        return Period(m.group(0))

    def months(day: date) -> tuple[date, date]:
        said = _jalali(day)
        back = first == 1 and last > said.month and (said.month <= 2 or last > said.month + _AHEAD_MONTHS)
        return month_span(said.year - 1 if back else said.year, first, last)

    start, end = _decided(window, months)
    return Period(m.group(0), start, end)


def _months_of_year(m: re.Match[str], window: Window, first: int, last: int) -> Period:
    """Months ``first`` to ``last`` of the year the match writes (``y1``) or names (``rel``)."""
    if m.group("y1"):
        start, end = month_span(_jalali_year(m.group("y1")), first, last)
    else:
        rel = m.group("rel")
        start, end = _decided(
            window, lambda d: month_span(_jalali(_relative_year(rel, d)[0]).year, first, last)
        )
    return Period(m.group(0), start, end)


_ORDINALS = {"نخست": 1, "اول": 1, "ابتدای": 1, "ابتدایی": 1, "آغازین": 1, "دوم": 2, "سوم": 3, "چهارم": 4}
_LAST = ("پایانی", "آخر")
_NTH_WORDS = "|".join(sorted([*_ORDINALS, *_LAST], key=len, reverse=True))  # «ابتدایی» before «ابتدای»


def _half_year(m: re.Match[str], window: Window) -> Period:
    """«نیمه اول امسال», «نیمه دوم سال ۱۴۰۳»: months 1 to 6, or 7 to 12."""
    first, last = (1, 6) if _ORDINALS[m.group("nth")] == 1 else (7, 12)
    return _months_of_year(m, window, first, last)


def _half_year_said(m: re.Match[str], window: Window) -> Period:
    """«نیمه نخست سال» with no year: of the report's year (see _first_months_said)."""
    first, last = (1, 6) if _ORDINALS[m.group("nth")] == 1 else (7, 12)
    return _months_said(m, window, first, last)


def _last_units(m: re.Match[str], window: Window) -> Period:
    """«دو سال اخیر», «۴۸ ساعت گذشته»: back from the report's date; but «هفت ماه گذشته» said
    when seven months of the year are over is those months, as statistics are counted
    (Farvardin to Mehr in a report of Aban)."""
    unit, count = _whole_units(m)

    def span(day: date) -> tuple[date, date]:
        done = _jalali(day).month - 1
        if unit == "ماه" and count == done and not m.group("half"):
            return month_span(_jalali(day).year, 1, done)
        return _back(day, unit, count), day

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _next_units(m: re.Match[str], window: Window) -> Period:
    """«پنج سال آینده», «دو ماه آتی»: from the report's date forward (not «سال آینده», next year)."""
    unit, count = _whole_units(m)
    start, end = _decided(window, lambda d: (d, _back(d, unit, -count)))
    return Period(m.group(0), start, end)


def _whole_units(m: re.Match[str]) -> tuple[str, int]:
    """The unit and a whole count of a rolling window: «۲.۵ سال», «دو سال و نیم» are 30
    months, «۱.۵ ماه» 45 days, «۲۴ ساعت» one day, «۴۸ ساعت» two."""
    written = m.group("count")
    decimal = re.fullmatch("[۰-۹]+[.٫][۰-۹]+", written)
    count = float(written.replace("٫", ".")) if decimal else _count(written)
    count += 0.5 if m.group("half") else 0
    unit = m.group("unit")
    if unit.startswith("شبانه"):
        unit = "روز"
    if unit == "دهه":  # «دو دهه اخیر»: twenty years
        unit, count = "سال", count * 10
    if unit == "ماهه":
        unit = "ماه"
    if unit == "ساعت":
        return "روز", max(1, math.ceil(count / 24))
    if count != int(count):
        if unit == "سال":
            return "ماه", round(count * 12)
        return "روز", round(count * (30 if unit == "ماه" else 7 if unit == "هفته" else 1))
    return unit, int(count)


def _back(day: date, unit: str, count: int) -> date:
    """``count`` days, weeks, Jalali months or years before ``day``."""
    if unit in ("روز", "هفته"):
        return day - timedelta(days=count * (7 if unit == "هفته" else 1))
    if unit == "سال":  # «یک سال گذشته» of 12 Aban 1404 (2025-11-03) starts on 2024-11-03
        return (
            day.replace(year=day.year - count, day=28)
            if (day.month, day.day) == (2, 29)
            else day.replace(year=day.year - count)
        )
    j = _jalali(day)
    index = j.year * 12 + (j.month - 1) - count * (12 if unit == "سال" else 1)
    year, month = index // 12, index % 12 + 1
    return JalaliDate(year, month, min(j.day, JalaliDate.days_in_month(month, year))).to_gregorian()


def _season(m: re.Match[str], window: Window) -> Period:
    """«بهار سال ۹۱», «پاییز ۱۴۰۲», «تابستان امسال»; «در فصل پاییز» with no year: the season
    around the report's date."""
    first = 1 + 3 * SEASONS.index(m.group("season"))
    return _of_year(m, window, first, lambda year: month_span(year, first, first + 2))


def _two_seasons(m: re.Match[str], window: Window) -> Period:
    """«بهار و تابستان امسال»: from the first season's first day to the second's last."""
    first = 1 + 3 * SEASONS.index(m.group("season"))
    last = 3 + 3 * SEASONS.index(m.group("season2"))
    if last < first:  # «زمستان و بهار»: two years; left undated
        return Period(m.group(0))
    return _of_year(m, window, last, lambda year: month_span(year, first, last))


def _since_season(m: re.Match[str], window: Window) -> Period:
    """«از ابتدای پاییز»: from the first day of the season (around the report's date, or the
    year's written or named) to the report's date."""
    season = _season(m, window)
    low, high = window
    if not season.start:
        return season
    end = high if low == high and high and season.start <= high <= (season.end or high) else season.end
    return dataclasses.replace(season, end=end)


def _this_season(m: re.Match[str], window: Window) -> Period:
    """«از ابتدای فصل جاری»: the season of the report's date, from its first day to the
    report's date."""
    def span(day: date) -> tuple[date, date]:
        jalali = _jalali(day)
        first = 1 + 3 * ((jalali.month - 1) // 3)
        return month_span(jalali.year, first, first + 2)[0], day

    start, end = _decided(window, span)
    return Period(m.group(0), start, end)


def _past_season(m: re.Match[str], window: Window) -> Period:
    """«زمستان گذشته», «تابستان اخیر»: the last time the season ended before the report's
    date (in summer, last year's summer)."""
    first = 1 + 3 * SEASONS.index(m.group("season"))

    def last(day: date) -> tuple[date, date]:
        year = _jalali(day).year
        span = month_span(year, first, first + 2)
        return span if span[1] < day else month_span(year - 1, first, first + 2)

    start, end = _decided(window, last)
    return Period(m.group(0), start, end)


# Days the calendar gives every year, in which the press counts what was done: (Jalali
# month, first day, last day). The Nowruz holidays, Government Week, the Fajr decade.
_YEARLY_DAYS = {
    "نوروز": (1, 1, 13),
    "هفته اول عید": (1, 1, 7),  # «هفته اول عید», «هفته نخست نوروز»
    "هفته دوم عید": (1, 8, 13),
    "هفته دولت": (6, 2, 8),
    "دهه فجر": (11, 12, 22),
}


def _yearly_days(m: re.Match[str], window: Window) -> Period:
    """«تعطیلات نوروز» (1–13 Farvardin), «هفته دولت» (2–8 Shahrivar), «دهه فجر» (12–22
    Bahman) of a year: the one written, the one «امسال», «پارسال» say, or else the last one,
    or the next when at most two months ahead."""
    found = m.groupdict()
    name = re.sub(f"[ {ZWNJ}]+", " ", found.get("name") or "نوروز").replace(" مبارک", "")
    if week := found.get("week"):  # «هفته نخست نوروز» is the first week of the holidays
        name = "هفته اول عید" if week in ("اول", "نخست") else "هفته دوم عید"
    month, first, last = _YEARLY_DAYS[name]

    def days(year: int) -> tuple[date, date]:
        return JalaliDate(year, month, first).to_gregorian(), JalaliDate(year, month, last).to_gregorian()

    if written := found.get("y1") or found.get("y2"):
        return Period(m.group(0), *days(_solar_year(written)))
    rel = found.get("rel") or found.get("rel2")

    def around(day: date) -> tuple[date, date]:
        if rel:
            return days(_jalali(_relative_year(rel, day)[0]).year)
        j = _jalali(day)
        return days(j.year if month <= j.month or month - j.month <= 2 else j.year - 1)

    start, end = _decided(window, around)
    return Period(m.group(0), start, end)


def _since_start(m: re.Match[str], window: Window) -> Period:
    """«از ابتدای امسال (تاکنون)»: from the start of the year to the report's date."""
    low, high = window
    if m.group("y1"):
        start = year_span(_jalali_year(m.group("y1")))[0]
    else:
        rel = m.group("rel")
        start = _decided(window, lambda d: _relative_year(rel, d))[0]
    if start and high and start > high:  # «از ابتدای سال آینده»: that year, not up to the report
        return Period(m.group(0), start, year_span(_jalali(start).year)[1])
    return Period(m.group(0), start, high if low == high else None)


def _since_year_start(m: re.Match[str], window: Window) -> Period:
    """«از ابتدای سال تاکنون»: from the start of the report's year to its date."""
    start, end = _decided(window, lambda d: (_relative_year("امسال", d)[0], d))
    return Period(m.group(0), start, end)


def _relative_month(m: re.Match[str], window: Window) -> Period:
    word = m.group("rel_month")
    shift = -1 if ("گذشته" in word or "قبل" in word) else 1 if ("آینده" in word or "بعد" in word) else 0

    def month_of(day: date) -> tuple[date, date]:
        j = _jalali(day)
        index = j.year * 12 + (j.month - 1) + shift
        return month_span(index // 12, index % 12 + 1)

    start, end = _decided(window, month_of)
    return Period(m.group(0), start, end)


def _day_of_this_month(m: re.Match[str], window: Window) -> Period:
    """«تا ۲۵ ماه جاری», «۱۵ ماه جاری»: that day of the report's Jalali month."""
    number = int(m.group("dom"))

    def day_of(day: date) -> tuple[date, date] | None:
        j = _jalali(day)
        try:
            d = JalaliDate(j.year, j.month, number).to_gregorian()
        except ValueError:
            return None
        return d, d

    start, end = _decided(window, day_of)
    return Period(m.group(0), start, end)


def _vague(m: re.Match[str], window: Window) -> Period:
    return Period(m.group(0))


# «دو سال بعد از کرونا», «سه سال قبل», «سال قبل از انقلاب»: counted from something else,
# not the calendar year before or after the report's
_NOT_COUNTED = "(?<![۰-۹] )" + "".join(f"(?<!{_B}{w} )" for w in (*_NUMBER_WORDS, "چند"))


def _relative(m: re.Match[str], window: Window) -> Period:
    rel = m.group("rel")
    start, end = _decided(window, lambda d: _relative_year(rel, d))
    return Period(m.group(0), start, end)


def _recurring(m: re.Match[str], window: Window) -> Period:
    word = m.group(0)
    kind = (
        "monthly" if "ماه" in word else "daily" if "روز" in word else "weekly" if "هفت" in word else "yearly"
    )
    return Period(word, recurrence=kind)


def _until_now(m: re.Match[str], window: Window) -> Period:
    """«در حال حاضر», «تاکنون»: as of the report's date (see :func:`anchor`)."""
    return Period(m.group(0), as_of=True)


def _day(m: re.Match[str], window: Window) -> Period:
    """«روز گذشته», «دیروز», «شب گذشته»: the day before the report's date; «فردا» the day after."""
    shift = timedelta(days=1 if m.group(0).startswith("فردا") else -1)
    start, end = _decided(window, lambda d: (d + shift, d + shift))
    return Period(m.group(0), start, end)


def _crop_year(m: re.Match[str], window: Window) -> Period:
    """«سال زراعی جاری», «سال زراعی ۱۴۰۱-۱۴۰۲» (or «۱۴۰۲-۱۴۰۱», as right-to-left copy often
    keys it), «سال تحصیلی آینده»: from 1 Mehr of the first year to the end of Shahrivar; «سال
    تحصیلی جدید» said in summer is the one that opens next Mehr."""
    if m.group("y1"):
        first = min(_jalali_year(y) for y in (m.group("y1"), m.group("y2") or m.group("y1")))
        start, end = _crop_span(first)
    elif not (m.group("rel") or m.group("rel2") or m.group("since")) and _AVERAGE.search(
        m.string, max(0, m.start() - 60), m.start()
    ):
        return Period(m.group(0), recurrence="yearly")  # «متوسط بارش کشور در سال آبی»: any year's
    else:
        rel = m.group("rel") or m.group("rel2")
        shift = -1 if rel in ("گذشته", "قبل", "پیش", "پارسال") else 1 if rel in ("آینده", "آتی", "بعد") else 0

        def span(day: date) -> tuple[date, date]:
            j = _jalali(day)
            ahead = shift + (rel == "جدید" and 4 <= j.month <= 6)  # a new school year, said in summer
            return _crop_span((j.year if j.month >= 7 else j.year - 1) + ahead)

        start, end = _decided(window, span)
    if m.group("since") and start:  # «از ابتدای سال آبی جاری (تاکنون)»: to the report's date
        low, high = window
        end = high if low and low == high else None
    return Period(m.group(0), start, end)


_AVERAGE = re.compile(f"متوسط|میانگین|بلند{_S}مدت|نرمال")


def _water_year_start(day: date) -> date:
    """1 Mehr on or before ``day``: where the water year it falls in began."""
    said = _jalali(day)
    return _crop_span(said.year if said.month >= 7 else said.year - 1)[0]


def _crop_months(m: re.Match[str], window: Window) -> Period:
    """«شش ماه نخست سال آبی», «سه ماهه اول سال زراعی ۱۴۰۲-۱۴۰۳»: those months counted from 1
    Mehr of the crop year (written, named, or else the one the report falls in)."""
    first, last = _nth_months(m)
    if first > 12:
        return Period(m.group(0))
    whole = _crop_year(m, window)
    if not whole.start:
        return Period(m.group(0))
    year = _jalali(whole.start).year  # the crop year opens in Mehr of this Jalali year

    def month(k: int) -> tuple[int, int]:  # the k-th month of the crop year: (Jalali year, month)
        return (year, k + 6) if k <= 6 else (year + 1, k - 6)

    (y0, m0), (y1, m1) = month(first), month(last)
    return Period(m.group(0), month_span(y0, m0)[0], month_span(y1, m1)[1])


def _crop_span(first: int) -> tuple[date, date]:
    return JalaliDate(first, 7, 1).to_gregorian(), JalaliDate(first + 1, 7, 1).to_gregorian() - timedelta(
        days=1
    )


def _saturday(day: date, week: str) -> date:
    """The Saturday that opens the calendar week «هفته گذشته», «هفته آینده» or «این هفته»
    names, said on ``day`` (Iranian weeks run Saturday to Friday)."""
    ahead = any(w in week for w in ("آینده", "بعد", "آتی"))
    shift = -7 if ("گذشته" in week or "قبل" in week) else 7 if ahead else 0
    return day - timedelta(days=(day.weekday() - 5) % 7) + timedelta(days=shift)


def _week(m: re.Match[str], window: Window) -> Period:
    """«هفته گذشته», «هفته آینده», «این هفته»: a week of the Iranian calendar, Saturday to Friday."""
    word = m.group(0)

    def week_of(day: date) -> tuple[date, date]:
        saturday = _saturday(day, word)
        return saturday, saturday + timedelta(days=6)

    start, end = _decided(window, week_of)
    return Period(word, start, end)


def _day_of_week(m: re.Match[str], window: Window) -> Period:
    """«پنجشنبه هفته جاری»: Thursday of the report's calendar week (Saturday to Friday), ahead
    of the report's day or not; «شنبه هفته گذشته»: Saturday of the week before."""
    wanted = _WEEKDAYS[m.group("weekday")]

    def day_of(day: date) -> tuple[date, date]:
        found = _saturday(day, m.group("week")) + timedelta(days=(wanted - 5) % 7)
        return found, found

    start, end = _decided(window, day_of)
    return Period(m.group(0), start, end)


_COMMA_GAP = re.compile("[،,]? ?")
_WEEKDAYS = {"شنبه": 5, "یکشنبه": 6, "دوشنبه": 0, f"سه{ZWNJ}شنبه": 1, "سه شنبه": 1, "چهارشنبه": 2,
             "پنجشنبه": 3, f"پنج{ZWNJ}شنبه": 3, "پنج شنبه": 3, "جمعه": 4}  # fmt: skip
_DAY_ORDINALS = {w: i for i, w in enumerate(
    "یکم دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم سیزدهم چهاردهم پانزدهم "
    "شانزدهم هفدهم هجدهم نوزدهم بیستم".split(), start=1)} | {"اول": 1, "هیجدهم": 18, "سی‌ام": 30}  # fmt: skip
# «بیست و پنجم», «سی و یکم»: the longest first, so the regex takes the whole ordinal
_DAY_ORDINALS = {
    f"{tens} و {unit}": base + n
    for tens, base in (("بیست", 20), ("سی", 30))
    for unit, n in _DAY_ORDINALS.items()
    if n < 10 and base + n <= 31 and unit != "اول"
} | _DAY_ORDINALS | {f"سی{ZWNJ}ام": 30, "سی ام": 30}


def _weekday(m: re.Match[str], window: Window) -> Period:
    """«روز دوشنبه», «پنجشنبه گذشته»: the last such day on or before the report's date;
    with its date after it («روز سه‌شنبه، ۱۸ شهریور»), that date, ahead of the report or not."""
    if named := _A_DAY.match(m.string, _COMMA_GAP.match(m.string, m.end()).end()):  # type: ignore[union-attr]
        day = _day_of_month(named, window)
        return Period(m.string[m.start() : named.end()], day.start, day.end)
    wanted = _WEEKDAYS[m.group("weekday")]
    past = 1 if m.group(0).endswith("گذشته") else 0

    def last(day: date) -> tuple[date, date]:
        back = (day.weekday() - wanted) % 7 or 7 * past
        return day - timedelta(days=back), day - timedelta(days=back)

    start, end = _decided(window, last)
    return Period(m.group(0), start, end)


def _fire_festival(m: re.Match[str], window: Window) -> Period:
    """«چهارشنبه‌سوری»: the Tuesday before the last Wednesday of the Jalali year (its evening
    and night), the one just past or at hand: in the first half of a year, the last one."""

    def festival(day: date) -> tuple[date, date]:
        j = _jalali(day)
        year = j.year - 1 if j.month <= 6 else j.year
        nowruz = _on(year + 1, 1, 1)
        assert nowruz is not None
        wednesday = nowruz - timedelta(days=(nowruz.weekday() - 2) % 7 or 7)
        return wednesday - timedelta(days=1), wednesday - timedelta(days=1)

    start, end = _decided(window, festival)
    return Period(m.group(0), start, end)


def _day_of_month(m: re.Match[str], window: Window) -> Period:
    """«۲۰ مردادماه ۱۴۰۴», «۲۶ آذر», «یازدهم دی»: one day; without a year, the last such
    day on or before the report's date, or this year's when at most a week ahead
    («یازدهم شهریور» in a report of 10 Shahrivar is the next day, not a year before); a
    year before after «پارسال»; this year's after «امسال» or «جاری» («۲۲ شهریور امسال», «۲۰
    اسفندماه جاری»)."""
    day_text = m.group("day")
    day = _DAY_ORDINALS.get(day_text) or int(day_text)
    month = MONTHS.index(m.group("month")) + 1
    if not 1 <= day <= (31 if month <= 6 else 30):
        return Period(m.group(0))
    if written := m.group("y1"):
        first = _on(_solar_year(written), month, day)
        return Period(m.group(0), first, first)
    rel = m.group("rel") or m.group("rel2") or ""
    shift = -1 if re.match(_PAST, rel) else 1 if re.match(_NEXT, rel) else 0
    said = bool(rel)  # «امسال» says the year: no going back to last year's day
    # «آخرین پرواز ۱۰ تیر انجام می‌شود» said in Ordibehesht: the Tir ahead
    ahead = _MONTHS_AHEAD if _TO_COME.match(m.string, m.end()) else _DAYS_AHEAD

    def last(today: date) -> tuple[date, date] | None:
        year = _jalali(today).year + shift
        found = _on(year, month, day)
        if found and found > today + ahead and not said:
            found = _on(year - 1, month, day)
        return (found, found) if found else None

    start, end = _decided(window, last)
    return Period(m.group(0), start, end)


def _two_days(m: re.Match[str], window: Window) -> Period:
    """«۱۴ و ۱۵ تیرماه»: from the first day to the last (the last read as :func:`_day_of_month`)."""
    last = _day_of_month(m, window)
    first, day = (_DAY_ORDINALS.get(m.group(g)) or int(m.group(g)) for g in ("first", "day"))
    if not (last.end and 1 <= first < day):
        return last
    return dataclasses.replace(last, text=m.group(0), start=last.end - timedelta(days=day - first))


_DAYS_AHEAD = timedelta(days=7)  # a day named without a year this near ahead is this year's
_MONTHS_AHEAD = timedelta(days=183)  # … or this far, when what happens on it is still to come
# what happens on the day is still to come: «… انجام می‌شود», «… برگزار خواهد شد»
_TO_COME = re.compile(
    f"[^.؛:\n]{{0,50}}?(?<![{LETTER}{ZWNJ}])(?:خواهد|خواهند|می{_S}(?:شود|شوند|رسد|رسند|گردد|یابد))"
    f"(?![{LETTER}{ZWNJ}])"
)
_PARTS = {"هفته": 7, "دهه": 10, "نیمه": 15}  # days in a week, a decade and a half of a month
_NTH = {"اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4}


def _part_of_month(m: re.Match[str], window: Window) -> Period:
    """«هفته اول مهر», «نیمه دوم آبان ۱۴۰۳», «دهه آخر اسفند پارسال»: those days of the month;
    a month with no year is the one around the report's date, as a month alone is."""
    month = MONTHS.index(m.group("month")) + 1
    size, nth = _PARTS[m.group("part")], m.group("nth")

    def days(year: int) -> tuple[date, date]:
        first, last = month_span(year, month)
        if nth not in _NTH:  # «آخر», «پایانی»: the last days
            return last - timedelta(days=size - 1), last
        k = _NTH[nth]
        begin = first + timedelta(days=(k - 1) * size)
        if (size, k) in ((15, 2), (10, 3)):  # the second half, the third decade: to the month's end
            return begin, last
        return begin, min(begin + timedelta(days=size - 1), last)

    return _of_year(m, window, month, days)


def _days_of_month(m: re.Match[str], window: Window) -> Period:
    """«ده روز نخست فروردین ۱۴۰۴»: its first ten days; «سه روز پایانی اسفند»: its last three."""
    month, count = MONTHS.index(m.group("month")) + 1, _count(m.group("count"))
    if not 1 <= count <= 31:
        return Period(m.group(0))

    def days(year: int) -> tuple[date, date]:
        first, last = month_span(year, month)
        if m.group("nth") in ("آخر", "پایانی", "انتهایی"):
            return max(first, last - timedelta(days=count - 1)), last
        return first, min(first + timedelta(days=count - 1), last)

    return _of_year(m, window, month, days)


def _month_year_around(day: date, month: int, deadline: bool = False) -> int:
    """The Jalali year of a month named without one: its last time at or before ``day``, or
    its next when at most two months ahead or a deadline."""
    j = _jalali(day)
    ahead = (month - j.month) % 12
    return j.year + (j.month + ahead > 12) if deadline or ahead <= 2 else j.year - (month > j.month)


def _quarter(m: re.Match[str], window: Window) -> Period:
    """«فصل اول ۱۴۰۳», «فصل دوم امسال»: three months of the year."""
    k = _NTH.get(m.group("nth")) or 4
    return _months_of_year(m, window, 3 * k - 2, 3 * k)


def _numeric_day(m: re.Match[str], window: Window) -> Period:
    """«۱۴۰۳/۰۵/۲۰», «2024/08/10»: a day written in figures, year first."""
    year, month, day = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    try:
        found = date(year, month, day) if year >= _GREGORIAN else JalaliDate(year, month, day).to_gregorian()
    except ValueError:
        return Period(m.group(0))
    return Period(m.group(0), found, found)


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return JalaliDate(year, month, day).to_gregorian()
    except ValueError:
        return None


def _year_end(m: re.Match[str], window: Window) -> Period:
    """«تا پایان سال», «تا پایان امسال», «در پایان سال»: a target for the current year."""
    start, end = _decided(window, lambda d: _relative_year("امسال", d))
    return Period(m.group(0), start, end)


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str], Window], Period]]] = [
    # «چند ماه اول سال», «چند روز گذشته»: some months, some days — how many is not said
    (
        re.compile(
            f"{_B}چند{_S}(?:روز|هفته|ماه|سال)(?:{_S}ه)?(?: (?:اول|نخست|ابتدایی|گذشته|اخیر|آینده|پیش|آتی)"
            f"(?: (?:سال|امسال|سال جاری))?)?{_E}"
        ),
        _vague,
    ),
    # «سال گذشته یعنی ۱۴۰۱», «امسال (۱۴۰۲)»: the year spelled out beside a relative one decides
    (
        re.compile(
            f"{_B}{_REL_YEAR}،? (?:یعنی (?:سال )?|\\( ?(?:سال )?)(?P<y1>{_YEAR4})"
            f"(?: ?\\))?(?![۰-۹{LETTER}{ZWNJ}])"
        ),
        _year,
    ),
    # «شش ماه نخست سال آبی»: months of the crop (or water) year (before the year itself)
    (
        re.compile(f"{_B}{_COUNT}{_S}ماهه? (?P<nth>{_NTH_WORDS}) (?P<since>){_CROP}{_E}"),
        _crop_months,
    ),
    # «سال زراعی جاری», «سال زراعی ۱۴۰۱-۱۴۰۲», «سال آبی گذشته»: the crop (or water) year, Mehr
    # to Shahrivar; «از ابتدای سال آبی جاری»: from its start to the report's date
    (
        re.compile(f"{_B}(?P<since>از (?:ابتدای|آغاز|اول) )?{_CROP}(?: (?:تا{_S}کنون|تا امروز))?{_E}"),
        _crop_year,
    ),
    # «۱۴۰۳/۰۵/۲۰»: a day in figures
    (
        re.compile(f"(?<![۰-۹/])(?P<y>{_YEAR4})/(?P<mo>[۰-۹]{{1,2}})/(?P<d>[۰-۹]{{1,2}})(?![۰-۹/])"),
        _numeric_day,
    ),
    # «ده روز نخست فروردین ۱۴۰۴», «سه روز پایانی اسفند»: the first or last days of a month
    (
        re.compile(
            f"{_B}{_COUNT}{_S}روز (?P<nth>نخست|اول|ابتدایی|آغازین|آخر|پایانی|انتهایی) (?:ماه )?{_MONTH}"
            f"(?: (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}))?{_E}"
        ),
        _days_of_month,
    ),
    # «هفته اول مهر», «نیمه دوم آبان ۱۴۰۳», «دهه آخر اسفند»: part of a month (before the day
    # rule: «اول مهر» in it is no day)
    (
        re.compile(
            f"{_B}(?P<part>هفته|دهه|نیمه) (?P<nth>اول|نخست|دوم|سوم|چهارم|آخر|پایانی) {_MONTH}"
            f"(?: (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}))?{_E}"
        ),
        _part_of_month,
    ),
    # «فصل اول ۱۴۰۳», «فصل دوم امسال»: a quarter
    (
        re.compile(
            f"{_B}فصل (?P<nth>اول|نخست|دوم|سوم|چهارم|آخر|پایانی) (?:سال )?"
            f"(?:(?P<y1>{_YEAR4})|{_REL_YEAR}){_E}"
        ),
        _quarter,
    ),
    # «۱۴ و ۱۵ تیرماه ۱۴۰۲», «روزهای ۱۸، ۱۹ و ۲۰ اسفند», «از ۱۰ تا ۱۳ آبان»: days of one month,
    # the first to the last
    (
        re.compile(
            f"{_B}(?P<rel>)(?<![۰-۹]){_NOT_A_MONTHS_YEAR}(?P<first>[۰-۹]{{1,2}})(?: ?، ?[۰-۹]{{1,2}})*"
            f"(?: (?:و|تا|الی) | ?[-–] ?)(?P<day>[۰-۹]{{1,2}}) {_MONTH}"
            f"(?: (?:سال )?(?P<y1>{_YEAR4}|{_YEAR2})| (?P<rel2>{_CURRENT}|{_PAST}|{_NEXT}|جاری))?{_E}"
        ),
        _two_days,
    ),
    # «از اول تا پانزدهم بهمن», «از دهم تا بیستم مهر», «از تاریخ یکم تا هشتم مرداد ماه جاری»:
    # ordinal days
    (
        re.compile(
            f"{_B}(?P<rel>)از (?:تاریخ )?(?P<first>{'|'.join(_DAY_ORDINALS)}) (?:تا|الی) "
            f"(?P<day>{'|'.join(_DAY_ORDINALS)}) {_MONTH}"
            f"(?: (?:سال )?(?P<y1>{_YEAR4}|{_YEAR2})| (?P<rel2>{_CURRENT}|{_PAST}|{_NEXT}|جاری))?{_E}"
        ),
        _two_days,
    ),
    # «۲۰ مردادماه ۱۴۰۴», «یازدهم دی», «پارسال در ۲۶ آذر», «۲۲ شهریور امسال»: a day
    (
        _A_DAY := re.compile(
            f"{_B}(?:{_REL_YEAR} (?:در )?)?(?<![۰-۹])(?P<day>[۰-۹]{{1,2}}|{'|'.join(_DAY_ORDINALS)}) {_MONTH}"
            f"(?: (?:سال )?(?P<y1>{_YEAR4}|{_YEAR2})| (?P<rel2>{_CURRENT}|{_PAST}|{_NEXT}|جاری))?{_E}"
        ),
        _day_of_month,
    ),
    # «سال‌های ۱۴۰۰ و ۱۴۰۱», «سال‌های ۱۴۰۰ تا ۱۴۰۲», «سال‌های ۱۳۹۰-۱۴۰۰»
    (
        re.compile(
            f"{_B}سال{_S}های (?P<y1>{_YEAR})(?: (?:و|تا|الی) (?:سال )?| ?[-–] ?)(?P<y2>{_YEAR})(?![۰-۹]){_E}"
        ),
        _years,
    ),
    # «سال گذشته و امسال (مجموعاً)», «پارسال و سال جاری»: both years
    (re.compile(f"{_B}{_PAST} و (?:{_CURRENT}){_E}"), _last_and_this_year),
    # «سال‌های ۱۴۰۰، ۱۴۰۱ و ۱۴۰۲»: a list of years (not «سال ۱۴۰۲ و ۱۴۰۳», often «به ترتیب»)
    (re.compile(f"{_B}سال{_S}های (?:{_YEAR}، ?)+{_YEAR} و (?:سال )?{_YEAR}(?![۰-۹]){_E}"), _year_list),
    # «از سال ۱۴۰۰ به بعد», «از سال ۹۸ به این سو»: from the start of that year to the report's date
    (re.compile(f"{_B}از سال (?P<y1>{_YEAR}) (?:به بعد|به این{_S}?سو)(?![۰-۹]){_E}"), _since_start),
    # «دهه ۹۰», «دهه ۱۳۹۰», «دهه هفتاد», «دهه ۸۰ میلادی»
    (
        re.compile(
            f"{_B}دهه (?P<decade>[۱۲][۰-۹]{{2}}۰|[۱-۹]۰|{'|'.join(_DECADE_WORDS)})"
            f"(?: (?P<gregorian>میلادی))?{_E}"
        ),
        _decade,
    ),
    # «در ماه آوریل», «ماه مارس» with no year: the last such month on or before the report's
    # date («می», «مه» only with a year: they are words too)
    (
        re.compile(f"{_B}ماه (?P<gmonth>{_GREGORIAN_NAMES}){_E}(?! (?:سال )?[۱۲][۰۹][۰-۹]{{2}})"),
        _gregorian_month_said,
    ),
    # «ژانویه ۲۰۲۴», «ماه مه ۲۰۲۳»
    (
        re.compile(
            f"{_B}(?:ماه )?(?P<gmonth>{'|'.join(_GREGORIAN_MONTHS)}) (?:سال )?(?P<y1>[۱۲][۰۹][۰-۹]{{2}}){_E}"
        ),
        _gregorian_month,
    ),
    # «از سال ۱۴۰۰ تا ۱۴۰۱», «۱۴۰۰ تا ۱۴۰۱»
    (
        re.compile(
            f"{_B}(?:از )?(?:ابتدای )?(?:سال )?(?P<y1>{_YEAR4}) (?:تا|الی) "
            f"(?:پایان )?(?:سال )?(?P<y2>{_YEAR4}){_E}"
        ),
        _years,
    ),
    # «پنج ماهه نخست امسال», «۶ ماهه اول سال ۱۴۰۲», «در ۹ ماهه امسال», «سه ماهه دوم سال 2005»
    (
        re.compile(
            f"{_B}{_COUNT}{_S}ماهه?(?P<half> و نیم)? (?:(?P<nth>{_NTH_WORDS}) )?(?:(?:گذشته|سپری{_S}شده) )?"
            f"(?:سال )?(?:(?P<y1>{_YEAR})|{_REL_YEAR}){_E}"
        ),
        _first_months,
    ),
    # «با گذشت ۹ ماه از سال ۱۴۰۲», «پس از گذشت شش ماه از سال جاری»: the year's first months
    (
        re.compile(
            f"{_B}(?:(?:با|پس{_S}از|بعد{_S}از) )?گذشت {_COUNT}{_S}ماهه? از (?P<nth>)(?:سال )?"
            f"(?:(?P<y1>{_YEAR})|{_REL_YEAR}){_E}"
        ),
        _first_months,
    ),
    # «نیمه اول امسال», «نیمه نخست سال ۱۴۰۳», «نیمه دوم سال جاری»
    (
        re.compile(
            f"{_B}نیمه (?P<nth>نخست|اول|دوم) (?:سال )?(?:(?P<y1>{_YEAR4})|{_REL_YEAR}){_E}"
        ),
        _half_year,
    ),
    # «صادرات سه ماه نخست», «طی سه ماهه نخست سال», «در ۹ ماهه»: no year said
    (
        re.compile(
            f"{_B}{_COUNT}{_S}ماهه?(?P<half> و نیم)? (?P<nth>{_NTH_WORDS})(?: سال)?"
            f"(?! {_ANY_YEAR}| منتهی){_E}"
        ),
        _first_months_said,
    ),
    (
        re.compile(
            f"(?:(?<=در )|(?<=طی )){_COUNT}{_S}ماهه(?P<nth>)(?! {_ANY_YEAR}| (?:{_NTH_WORDS}|منتهی)){_E}"
        ),
        _first_months_said,
    ),
    # «نیمه نخست سال», no year said
    (
        re.compile(f"{_B}نیمه (?P<nth>نخست|اول|دوم) سال(?! {_ANY_YEAR}){_E}"),
        _half_year_said,
    ),
    # «از ابتدای امسال تاکنون», «از ابتدای سال ۱۴۰۲»
    (
        re.compile(
            f"{_B}از (?:ابتدای|آغاز|اول) (?:(?:سال )?(?P<y1>{_YEAR4})|{_REL_YEAR})"
            f"(?: (?:تا{_S}کنون|تا امروز|تا به امروز))?{_E}"
        ),
        _since_start,
    ),
    # «از ابتدای پاییز», «از آغاز فصل زمستان امسال»: the season's first day to the report's date
    (
        re.compile(
            f"{_B}از (?:ابتدای|آغاز|اول) (?:فصل )?(?P<season>{'|'.join(SEASONS)})"
            f"(?: (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4})|{_REL_YEAR}))?(?: (?:تا{_S}کنون|تا امروز))?{_E}"
        ),
        _since_season,
    ),
    # «بهار و تابستان امسال», «فصل‌های پاییز و زمستان ۱۴۰۲»: the first season's start to the last's end
    (
        re.compile(
            f"{_B}(?:فصل(?:{_S}های)? )?(?P<season>{'|'.join(SEASONS)}) و (?P<season2>{'|'.join(SEASONS)})"
            f"(?: (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}))?{_E}"
        ),
        _two_seasons,
    ),
    # «از ابتدای فصل جاری تا ۷ آذرماه»: from the first day of the season of the report's date
    # (only with a calendar day to end it: alone, «فصل جاری» is as often a league's season)
    (re.compile(f"{_B}از (?:ابتدای|آغاز|اول) فصل{_S}(?:جاری|کنونی){_E}(?= تا )"), _this_season),
    # «پاییز ۱۴۰۲», «تابستان امسال»
    (
        re.compile(
            f"{_B}(?:فصل )?(?P<season>{'|'.join(SEASONS)}) "
            f"(?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}){_E}"
        ),
        _season,
    ),
    # «در فصل پاییز» with no year: the season around the report's date; so is «در پاییز»
    # (after «در»: «بهار» alone is also a name or a word of speech)
    (re.compile(f"{_B}فصل (?P<season>{'|'.join(SEASONS)}){_E}"), _season),
    (
        re.compile(
            f"(?<=در ){_B}(?P<season>{'|'.join(SEASONS)}){_E}"
            f"(?! (?:سال|امسال|پارسال|گذشته|اخیر|آینده|آتی|جاری|{_YEAR}))"
        ),
        _season,
    ),
    # «زمستان گذشته»: the last such season that has ended
    (re.compile(f"{_B}(?:فصل )?(?P<season>{'|'.join(SEASONS)}) (?:گذشته|اخیر){_E}"), _past_season),
    # «هفته اول عید», «هفته دوم نوروز امسال»: the holidays' first week, or the days after it
    (
        re.compile(
            f"{_B}هفته (?P<week>اول|نخست|دوم) (?:عید|نوروز|تعطیلات نوروز)"
            f"(?: (?:(?:سال )?(?P<y1>{_YEAR4})|{_REL_YEAR}))?{_E}"
        ),
        _yearly_days,
    ),
    # «تعطیلات نوروز امسال», «نوروز ۱۴۰۳» (not the adjective in «سفر نوروزی»)
    (
        re.compile(
            f"{_B}(?:(?:تعطیلات|ایام) نوروز(?:ی)?(?: (?:(?:سال )?(?P<y1>{_YEAR4})|{_REL_YEAR}))?"
            f"|نوروز (?:(?:سال )?(?P<y2>{_YEAR4})|(?P<rel2>{_CURRENT}|{_PAST}|{_NEXT}))){_E}"
        ),
        _yearly_days,
    ),
    # «سفرهای نوروزی امسال», «مسافران نوروزی ۱۴۰۳»: the holidays of that year (with no year,
    # «سفر نوروزی» is a kind of trip)
    (
        re.compile(
            f"{_B}(?:سفر|مسافرت|مسافر|بازدید)(?:{_S}(?:های|ان|ها))? نوروزی "
            f"(?:(?:سال )?(?P<y1>{_YEAR4})|{_REL_YEAR}){_E}"
        ),
        _yearly_days,
    ),
    # «هفته دولت», «دهه فجر امسال», «دهه مبارک فجر ۱۴۰۲»
    (
        re.compile(
            f"{_B}(?P<name>هفته{_S}دولت|دهه{_S}(?:مبارک{_S})?فجر)"
            f"(?: (?:(?:سال )?(?P<y1>{_YEAR4})|{_REL_YEAR}))?{_E}"
        ),
        _yearly_days,
    ),
    # «ماه مبارک رمضان», «ماه‌های محرم و صفر», «از ابتدای ماه صفر تاکنون», «دهه اول محرم»: lunar
    # months («صفر» only after «ماه»: it is also zero)
    (
        re.compile(
            f"{_B}(?:(?P<since>از (?:ابتدای|آغاز|اول) )|دهه (?P<tenth>اول|نخست|دوم|سوم|آخر|پایانی) )?"
            f"(?:(?:ماه(?:{_S}های)? (?:مبارک )?(?P<hm>{_HIJRI_NAMES})(?: و (?P<hm2>{_HIJRI_NAMES}))?)"
            f"|(?:ماه )?(?:مبارک )?(?P<hm1>رمضان|محرم)(?! ?[{LETTER}]))"
            f"(?: (?:سال )?(?P<hy>۱۴[۰-۹]{{2}}|14[0-9]{{2}}))?(?: (?:تاکنون|تا کنون))?{_E}"
        ),
        _hijri_months,
    ),
    # «بودجه ۱۴۰۴», «بودجه سال ۱۴۰۳»: the budget's year
    (re.compile(f"{_B}بودجه (?:سال )?(?P<y1>{_YEAR4}){_E}"), _year),
    # «مهر و آبان», «ماه‌های فروردین و اردیبهشت امسال», «فروردین تا شهریور ۱۴۰۳»
    (
        re.compile(
            # after a word that makes them a time, or with their year («… مربوط به تحویل گندم
            # اردیبهشت و خرداد» names which deliveries, not when)
            f"{_B}(?:{_AFTER_LEAD}|ماه{_S}های |(?=(?:{_MONTH_SPAN})(?:{_S}ماه)? {_YEAR_SAID}))"
            f"(?:{_MONTH_SPAN})(?:{_S}ماه)?"
            f"(?: (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}))?{_E}"
        ),
        _month_pair,
    ),
    # «آذر ماه گذشته»: the last Azar gone by
    (re.compile(f"{_B}{_MONTH} (?:گذشته|قبل|پیش){_E}(?! (?:سال|ماه))"), _past_month),
    # «ماه نخست سال جاری», «نخستین ماه سال»
    (
        re.compile(
            f"{_B}(?:ماه (?:نخست|اول)|(?:نخستین|اولین) ماه) (?:{_REL_YEAR}|سال(?: (?P<y1>{_YEAR4}))?){_E}"
        ),
        _first_month,
    ),
    # «فروردین ۱۴۰۱», «تیرماه سال جاری»
    (
        re.compile(f"{_B}{_MONTH} (?:سال (?P<y1>{_YEAR})|(?P<y2>{_YEAR4}|{_YEAR2})|{_REL_YEAR}){_E}"),
        _month_year,
    ),
    # «در پایان فروردین ماه», «در مهرماه»: a month with no year (after a word that makes it
    # a time, or with «ماه»: «خبرگزاری مهر» is not one)
    (
        re.compile(
            f"{_B}(?:{_AFTER_LEAD})(?P<month>{'|'.join(MONTHS)})(?:{_S}ماه)?{_E}"
            f"|{_B}(?P<month2>{'|'.join(MONTHS)}){_S}ماه{_E}"
        ),
        _bare_month,
    ),
    # «در این دولت», «دولت فعلی»: the government in office so far; «دولت قبل»: the one before
    (
        re.compile(
            f"{_B}(?:(?:این|همین) دولت|دولت (?:فعلی|کنونی|حاضر)|(?P<before>دولت (?:قبل|گذشته|پیشین|سابق)))"
            f"{_E}(?! (?:از|که))"
        ),
        _this_government,
    ),
    # «در ابتدای دولت», «از ابتدای دولت تاکنون»: the government in office
    (
        re.compile(
            f"{_B}(?:(?P<since>از) )?(?:ابتدای|آغاز|اول|ابتدا) (?:این |همین )?دولت{_E}"
            f"(?! (?:سیزدهم|چهاردهم|دوازدهم|یازدهم|[۰-۹]+ ?(?:ام|م)\\b))"
            f"(?: (?:تا{_S}کنون|تا امروز|تا به امروز){_E})?"
        ),
        _government_start,
    ),
    # «ابتدای امسال», «اول سال ۱۴۰۳»: the first day
    # (not «کلاس اول سال جاری», «رتبه اول سال»: a class or a rank)
    (
        re.compile(
            f"{_B}(?:ابتدای|آغاز|(?<!کلاس )(?<!پایه )(?<!رتبه )(?<!مقام )(?<!نفر )اول) "
            f"(?:سال (?P<y1>{_YEAR4})|{_REL_YEAR}){_E}"
        ),
        _year_start,
    ),
    # «دو ماه گذشته», «سه سال اخیر»: rolling windows ending on the report date
    (re.compile(f"{_B}{_AMOUNT} (?P<unit>{_ROLLING})(?:{_S}های)?{_HALF} (?:گذشته|اخیر){_E}"), _last_units),
    # «پنج سال آینده», «دو ماه آتی»: from the report's date forward
    (re.compile(f"{_B}{_AMOUNT} (?P<unit>{_ROLLING})(?:{_S}های)?{_HALF} (?:آینده|آتی){_E}"), _next_units),
    # «تا ۲۵ ماه جاری»: a day of the report's month (a count of months is never «جاری»)
    (re.compile(f"{_B}(?P<dom>[0-9۰-۹٠-٩]{{1,2}}){_S}ماه{_S}جاری{_E}"), _day_of_this_month),
    # «ماه گذشته», «ماه جاری»: a calendar month; «همین ماه», «این ماه»: the month last named
    # (see in_context), else the report's
    (
        re.compile(f"{_B}(?P<rel_month>ماه{_S}(?:گذشته|قبل|جاری|آینده|بعد)|(?:همین|این) ماه){_E}"),
        _relative_month,
    ),
    # «از ابتدای سال تاکنون»: the year so far
    (
        re.compile(f"{_B}از (?:ابتدای|آغاز|اول) سال(?: جاری)?(?: (?:تا{_S}کنون|تا امروز))?{_E}"),
        _since_year_start,
    ),
    # «پنجشنبه هفته جاری», «شنبه هفته گذشته»: that day of the calendar week named
    (
        re.compile(
            f"{_B}(?:روز )?(?P<weekday>{'|'.join(_WEEKDAYS)}) "
            f"(?P<week>هفته{_S}(?:گذشته|قبل|آینده|بعد|جاری|آتی)|(?:این|همین) هفته){_E}"
        ),
        _day_of_week,
    ),
    # «روز دوشنبه», «پنجشنبه گذشته»: the last such day (or the date said after it)
    # «چهارشنبه‌سوری»: the festival, the evening before the Jalali year's last Wednesday
    (re.compile(f"{_B}چهارشنبه{_S}سوری(?:{_S}(?:امسال|سال{_S}جاری))?{_E}"), _fire_festival),
    (re.compile(f"{_B}(?:روز )?(?P<weekday>{'|'.join(_WEEKDAYS)})(?: گذشته)?{_E}(?!{_S}سوری)"), _weekday),
    # «روز گذشته», «دیروز», «شب گذشته», «فردا»: the day (or night) before or after the report
    (re.compile(f"{_B}(?:روز گذشته|دیروز|فردا|شب گذشته|دیشب){_E}"), _day),
    # «هفته گذشته», «هفته آینده», «این هفته»: a calendar week
    (re.compile(f"{_B}(?:هفته{_S}(?:گذشته|قبل|آینده|بعد|جاری)|این هفته){_E}"), _week),
    # «تا پایان سال (جاری)», «تا آخر امسال»: this year, as a target
    (
        re.compile(
            f"{_B}(?:تا|در) (?:پایان|آخر|انتهای) (?:سال(?: جاری)?|امسال){_E}(?! ?{_YEAR})"
            "(?! (?:گذشته|قبل|پیش|آینده|بعد|تحصیلی|زراعی|آبی|مالی|میلادی))"
        ),
        _year_end,
    ),
    # «روزهای گذشته», «سال‌های اخیر»: no dates, kept as text
    (re.compile(f"{_B}(?:روز|هفته|ماه)(?:{_S}های)? (?:گذشته|اخیر)|سال{_S}های (?:گذشته|اخیر){_E}"), _vague),
    # «سال قبل از آن»: dated by the year named before it (see _before_that)
    (re.compile(f"{_B}{_NOT_COUNTED}{_BEFORE_THAT}"), _vague),
    # «سال گذشته», «امسال», «سال جدید»
    (re.compile(f"{_B}{_NOT_COUNTED}{_REL_YEAR}{_E}(?!(?<=قبل|بعد){_S}از{_E})"), _relative),
    # «سال ۱۴۰۱», «سال ۹۵», «سال مالی ۱۴۰۳» (the Jalali year); «افق ۱۴۰۴», the year a vision aims at
    (re.compile(f"{_B}(?:سال (?:مالی )?|افق (?:سال )?)(?P<y1>{_YEAR}){_E}"), _year),
    # «سال میلادی گذشته», «سال میلادی جاری»: a Gregorian year around the report's date
    (re.compile(f"{_B}سال میلادی (?P<rel>گذشته|قبل|جاری|آینده){_E}"), _gregorian_year),
    # «در ۱۴۰۱»: four digits only, so «در ۲۰ درصد» stays a figure
    (re.compile(f"{_B}(?:در|طی) (?P<y1>{_YEAR4})(?![۰-۹{LETTER}{ZWNJ}]| ?[٫٬])"), _year),
    # «در پایان ۱۴۰۲», «تا انتهای ۱۴۰۳»: the year, «سال» left out
    (
        re.compile(
            f"(?:(?<=پایان )|(?<=انتهای )|(?<=اواخر )|(?<=اوایل ))(?P<y1>{_YEAR4})"
            f"(?![۰-۹{LETTER}{ZWNJ}]| ?[٫٬])"
        ),
        _year,
    ),
    # recurring quantities
    (re.compile(f"{_B}(?:ماهانه|ماهیانه|روزانه|هفتگی|سالانه|سالیانه){_E}"), _recurring),
    # «تا امروز», «تاکنون», «امشب»: the figure is as of the report's date
    (
        re.compile(
            f"{_B}(?:{_SO_FAR}|هم{_S}اکنون|هم{_S}اینک|در حال{_S}حاضر|اکنون|اینک|امروز|امشب"
            f"|الان|هنوز|فعلا|فعلاً"
            f"|در (?:شرایط|وضعیت|زمان) (?:کنونی|فعلی|حاضر)){_E}"
        ),
        _until_now,
    ),
]


def jalali_months(period: Period) -> tuple[int, int] | None:
    """(first, count) when the period is whole Jalali months: first as year * 12 + month - 1."""
    if not (period.start and period.end) or period.end < period.start:
        return None
    first, after = _jalali(period.start), _jalali(period.end + timedelta(days=1))
    if first.day != 1 or after.day != 1:
        return None
    index = first.year * 12 + first.month - 1
    return index, after.year * 12 + after.month - 1 - index


def _months(index: int, count: int) -> tuple[date, date]:
    last = index + count - 1
    end = JalaliDate(last // 12 + (last % 12 == 11), (last + 1) % 12 + 1, 1).to_gregorian() - timedelta(
        days=1
    )
    return JalaliDate(index // 12, index % 12 + 1, 1).to_gregorian(), end


def previous(period: Period) -> Period | None:
    """The stretch of the same length just before one Jalali month, season or year (X of
    «از X به Y در سال ۱۴۰۳» is of 1402; of «در مرداد», of Tir), else None.

    >>> previous(Period("سال ۱۴۰۳", *year_span(1403))).start
    datetime.date(2023, 3, 21)
    """
    months = jalali_months(period)
    if months is None or months[1] not in (1, 3, 12):  # «طی سال‌های ۱۴۰۰ تا ۱۴۰۱ از X به Y»: X is in it
        return None
    index, count = months
    return Period(period.text, *_months(index - count, count))


def year_before(period: Period, text: str) -> Period | None:
    """The same days a Jalali year earlier («در مدت مشابه سال گذشته» of «۲۲ شهریور امسال»
    is 22 Shahrivar of last year), written ``text``; None without certain dates.

    >>> year_before(Period("امسال", date(2025, 3, 21), date(2025, 9, 13)), "مدت مشابه").end
    datetime.date(2024, 9, 12)
    """
    if not (period.start and period.end):
        return None
    start, end = a_year_before(period.start), a_year_before(period.end)
    return Period(text, start, end) if start and end else None


def a_year_before(day: date) -> date | None:
    """The same Jalali month and day a year earlier (the month's last day when that year's
    month is shorter)."""
    j = _jalali(day)
    return _on(j.year - 1, j.month, min(j.day, JalaliDate.days_in_month(j.month, j.year - 1)))


def twelve_months_to(period: Period) -> Period | None:
    """The twelve months ending with a month: «دوازده ماهه منتهی به مرداد ۱۴۰۴», and an annual
    rate («تورم سالانه») given for a month."""
    months = months_to(period, 12)
    return dataclasses.replace(months, recurrence="yearly") if months else None


def months_to(period: Period, count: int) -> Period | None:
    """The ``count`` months ending with a month: «هشت ماهه منتهی به آبان ۱۴۰۳» is Farvardin to
    Aban 1403."""
    months = jalali_months(period)
    if months is None or months[1] != 1 or count < 1:
        return None
    return Period(period.text, *_months(months[0] - count + 1, count))


def combined(own: Period, dated: Period) -> Period:
    """A recurring quantity («سالانه», «ماهانه») with the dated period it is given for."""
    if own.recurrence == "yearly" and (year := twelve_months_to(dated)):
        return Period(f"{own.text} {dated.text}", year.start, year.end, recurrence="yearly")
    return dataclasses.replace(dated, recurrence=own.recurrence)


def undated_recurrence(period: Period | None) -> bool:
    """«سالانه», «ماهانه» alone: how often, not when."""
    return bool(
        period and period.recurrence in ("yearly", "monthly") and not period.start and not period.earliest
    )


_THIS_MONTH = re.compile("(?<![^ ])(?:همین|این) ماه$")  # alone, or ending a phrase («سالانه در این ماه»)
_ENDING_AT = re.compile(f"{_B}{_COUNT}{_S}ماهه?{_S}?منتهی به\\s*$")
_MONTH_PHRASE = re.compile(f"^ماه{_S}جاری$")


def _one_month(period: Period) -> bool:
    months = jalali_months(period)
    return bool(months and months[1] == 1)


def in_context(text: str, found: list[PeriodMatch], known: list[PeriodMatch] = ()) -> list[PeriodMatch]:  # type: ignore[assignment]
    """Periods read with what the report said before them: «همین ماه», «این ماه» and the
    «ماه جاری» of «دوازده ماهه منتهی به ماه جاری» are the month last named (a statistics
    release on Mordad 1404 published in Shahrivar); «دوازده ماهه منتهی به X» is the twelve
    months ending with X, and «هشت ماهه منتهی به آبان» the eight."""
    out: list[PeriodMatch] = []
    named: Period | None = None
    at = -1
    for match in found:
        period = match.period
        ending = _ENDING_AT.search(text, max(0, match.start - 40), match.start)
        anaphoric = bool(_THIS_MONTH.fullmatch(period.text) or (ending and _MONTH_PHRASE.match(period.text)))
        # «نرخ تورم سالانه در این ماه»: the twelve months to the month last named
        yearly = period.recurrence == "yearly" and bool(_THIS_MONTH.search(period.text))
        earlier = [m for m in known if at < m.start < match.start and _one_month(m.period)]
        if (anaphoric or yearly) and earlier:
            named = earlier[-1].period
        if anaphoric and named:
            period = dataclasses.replace(period, start=named.start, end=named.end, earliest=None, latest=None)
        elif yearly and named and (year := twelve_months_to(named)):
            period = dataclasses.replace(period, start=year.start, end=year.end, earliest=None, latest=None)
        elif not anaphoric and _one_month(period):
            named, at = period, match.start
        if ending and (months := months_to(period, min(_count(ending.group("count")), 12))):
            period = Period(text[ending.start() : match.end], months.start, months.end)
            match = PeriodMatch(ending.start(), match.end, period)
        out.append(dataclasses.replace(match, period=period))
    return out


@_derived
@lru_cache(maxsize=1)
def _named() -> list[tuple[re.Pattern[str], Period, str]]:
    from .catalogue import named_periods

    rules = []
    for entry in named_periods():
        for form in entry.surface_forms:
            words = [re.escape(w) for w in form.split()]
            # other words between the form's words, never a number (a number in it is the form's own)
            gap = f"(?:[ {ZWNJ}][^\\s،.:0-9۰-۹٠-٩]+){{0,{entry.words_between}}}?[ {ZWNJ}]"
            pattern = re.compile(_B + gap.join(words) + _E)
            period = Period(form, entry.start, entry.end, key=entry.key)
            # the form's longest word tells cheaply whether a part can hold it («مقدس», not «در»)
            rules.append((pattern, period, max(form.split(), key=len)))
    # the longest form first: «جنگ تحمیلی ۱۲ روزه» is the twelve-day war, not «جنگ تحمیلی»
    return sorted(rules, key=lambda rule: -len(rule[1].text.split()))


def find_periods(text: str, window: Window, start: int = 0, end: int | None = None) -> list[PeriodMatch]:
    """Period expressions in ``text[start:end]``, non-overlapping, earliest rule first."""
    end = len(text) if end is None else end
    found: list[PeriodMatch] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in taken)

    part = text[start:end]  # «in» on the whole report per sentence would grow with its square
    for pattern, named, word in _named():
        if word not in part:
            continue  # most reports name no government or plan: skip the regex
        for m in filter(free, pattern.finditer(text, start, end)):
            at, period = m.start(), Period(m.group(0), named.start, named.end, key=named.key)
            # «در ابتدای دولت سیزدهم», «در پایان دولت سیزدهم»: its first or last day
            if (edge := _EDGE.search(text, max(0, at - 12), at)) and (day := _edge_day(edge, named)):
                at, period = edge.start(), Period(text[edge.start() : m.end()], day, day, key=named.key)
            # «در ۲ سال نخست دولت چهاردهم», «سه ماه پایانی دولت»: that part of it
            elif (piece := _PART.search(text, max(0, at - 30), at)) and (span := _part_of(piece, named)):
                at, period = piece.start(), Period(text[piece.start() : m.end()], *span, key=named.key)
            found.append(PeriodMatch(at, m.end(), period))
            taken.append((at, m.end()))
    for pattern, rule in _RULES:
        for m in filter(free, pattern.finditer(text, start, end)):
            found.append(PeriodMatch(m.start(), m.end(), _readings(rule, m, window)))
            taken.append(m.span())
    ranged = _days_ending(text, _day_lists(text, _ranges(text, sorted(found, key=lambda p: p.start), window)))
    return _recurring_for(text, _before_that(text, ranged))


# «طی هفت روز گذشته منتهی به ۷ آذر», «در هفته منتهی به ۷ آذرماه», «۳۰ روز منتهی به …»
_DAYS_ENDING = re.compile(
    f"{_B}(?:{_COUNT}{_S})?(?P<unit>شبانه{_S}روز|روز|هفته)(?:{_S}(?:گذشته|اخیر))?[،,]?{_S}منتهی{_S}به{_S}$"
)


_DAYS_ENDED = re.compile(_DAYS_ENDING.pattern.removesuffix("$"))


def _days_ending(text: str, found: list[PeriodMatch]) -> list[PeriodMatch]:
    """Days or weeks ending with a day: «هفت روز گذشته منتهی به ۷ آذر» is the seven days up to
    and with 7 Azar (1 to 7 Azar), not seven days back from the report's date cut at 7 Azar;
    «هفته منتهی به ۷ آذر» is one week, «۳۰ روز منتهی به …» thirty days."""
    out: list[PeriodMatch] = []
    for match in found:
        end = match.period.end
        if _one_day(match.period):
            ending = _DAYS_ENDING.search(text, max(0, match.start - 40), match.start)
        else:  # the two read as one already («هفت روز گذشته» cut at the day)
            ending = _DAYS_ENDED.match(text, match.start) if end else None
        if ending is None or end is None:
            out.append(match)
            continue
        count = _count(ending.group("count")) if ending.group("count") else 1
        days = count * (7 if ending.group("unit") == "هفته" else 1)
        while out and out[-1].end > ending.start():
            out.pop()  # «هفت روز گذشته», read alone as seven days back from the report's date
        span = text[ending.start() : match.end]
        out.append(PeriodMatch(ending.start(), match.end, Period(span, end - timedelta(days=days - 1), end)))
    return out


_LIST_GAP = re.compile(f"[\\s،,]*(?:و{_S})?(?:روز(?:{_S}های)?{_S})?")
_LIST_DAYS = 7  # days named in one list this close together are one stretch («روزهای … و …»)


def _day_lists(text: str, found: list[PeriodMatch]) -> list[PeriodMatch]:
    """«در روزهای پنجشنبه ۶ اردیبهشت و جمعه ۷ اردیبهشت ۱۴۰۳»: days listed with «و», a few
    days apart, are one stretch from the first to the last."""
    out: list[PeriodMatch] = []
    i = 0
    while i < len(found):
        k = i
        while (
            k + 1 < len(found)
            and _one_day(found[k].period)
            and _one_day(found[k + 1].period)
            and _LIST_GAP.fullmatch(text, found[k].end, found[k + 1].start)
        ):
            k += 1
        run = found[i : k + 1]
        days = sorted({m.period.start for m in run})  # type: ignore[type-var]
        joined = any("و" in text[a.end : b.start].split() for a, b in itertools.pairwise(run))
        if len(days) > 1 and joined and (days[-1] - days[0]).days <= _LIST_DAYS:  # type: ignore[operator]
            span = text[run[0].start : run[-1].end]
            out.append(PeriodMatch(run[0].start, run[-1].end, Period(span, days[0], days[-1])))
        else:
            out.extend(run)
        i = k + 1
    return out


def _one_day(period: Period) -> bool:
    return period.start is not None and period.start == period.end


_BEFORE_THAT_REACH = 200  # characters back to the year it is before


def _before_that(text: str, found: list[PeriodMatch]) -> list[PeriodMatch]:
    """«در سال گذشته ۲۰ هزار نفر … در مقایسه با سال قبل از آن که ۱۹ هزار نفر بود»: the year
    before that is the year before the one named just before it in the sentence, not last year.

    >>> from datetime import date
    >>> text = "در سال ۱۴۰۲ ۲۰ هزار نفر و در سال قبل از آن ۱۹ هزار نفر"
    >>> [m.period.start for m in _before_that(text, find_periods(text, (None, None)))]
    [datetime.date(2023, 3, 21), datetime.date(2022, 3, 21)]
    """
    out = list(found)
    for i, m in enumerate(found):
        if m.period.start or not re.fullmatch(_BEFORE_THAT, m.period.text):
            continue
        named = next(
            (
                p
                for p in reversed(out[:i])
                if p.period.start
                and p.end >= m.start - _BEFORE_THAT_REACH
                and "." not in text[p.end : m.start]
            ),
            None,
        )
        before = year_before(named.period, m.period.text) if named and _one_year(named.period) else None
        out[i] = PeriodMatch(m.start, m.end, before or Period(m.period.text))
    return out


def _one_year(period: Period) -> bool:
    return bool(period.start and period.end and 360 <= (period.end - period.start).days <= 366)


_EDGE = re.compile(f"(?<!تا )(?P<edge>ابتدای|آغاز|اوایل|شروع|پایان|انتهای|اواخر){_S}$")


_PART = re.compile(
    f"{_B}{_COUNT}{_S}(?P<unit>سال|ماه)(?:{_S}های)?{_S}(?P<nth>نخست|اول|ابتدایی|پایانی|آخر){_S}$"
)


def _part_of(part: re.Match[str], named: Period) -> tuple[date, date] | None:
    """The first or last ``count`` years or months of a named period, within it."""
    n, unit = _count(part.group("count")), part.group("unit")
    if part.group("nth") in ("پایانی", "آخر"):
        if not named.end:
            return None
        start = _back(named.end, unit, n) + timedelta(days=1)
        return max(start, named.start or start), named.end
    if not named.start:
        return None
    end = _back(named.start, unit, -n) - timedelta(days=1)
    return named.start, min(end, named.end) if named.end else end


def _edge_day(edge: re.Match[str], named: Period) -> date | None:
    return named.start if edge.group("edge") in ("ابتدای", "آغاز", "اوایل", "شروع") else named.end


_FOR = re.compile(r"(?:\s*[^\s0-9۰-۹٠-٩،.:؛,()]+){0,3}\s*")  # «سالانه کشور در مرداد ماه»


def _recurring_for(text: str, found: list[PeriodMatch]) -> list[PeriodMatch]:
    """«تورم سالانه در فروردین ماه ۱۴۰۲»: a recurrence followed by the time it is given for
    is one period (the twelve months to Farvardin)."""
    out: list[PeriodMatch] = []
    for match in found:
        if (
            out
            and undated_recurrence(out[-1].period)
            and match.period.start
            and _FOR.fullmatch(text, out[-1].end, match.start)
        ):
            both = combined(out[-1].period, match.period)
            span = text[out[-1].start : match.end]
            out[-1] = PeriodMatch(out[-1].start, match.end, dataclasses.replace(both, text=span))
            continue
        out.append(match)
    return out


# «از X تا Y», «در بازه زمانی X تا Y», «در فاصله X تا Y»: a stretch's first end said
_FROM = re.compile(_B + f"(?:از|بازه{_S}?(?:ی|ٔ)?(?: زمانی)?|فاصله)" + _E + r"[^،,.:؛\n]{0,40}$")
_TO = re.compile(
    # «از ۲۵ اسفند شروع می‌شود تا روز گذشته»: the start's own short clause before «تا»
    r"\s*(?:(?:[^\s،.:؛\n0-9۰-۹]+\s+){1,4}(?=تا))?"
    r"(?:و\s*)?(?:تا(?:\s+لغایت)?|لغایت)" + _E + r"\s*(?:(?:پایان|آخر|انتهای|تاریخ)\s+)?"
    # «از ساعت ۱۸ روز ۱۰ آبان تا ساعت ۸ صبح امروز ۱۳ آبان»: the hour before the day
    + r"(?:ساعت\s*[0-9۰-۹:]{1,5}\s+(?:(?:صبح|ظهر|عصر|شب|بامداد)\s+)?(?:(?:امروز|روز)\s+)?)?"
    # «تا دو روز قبل، یعنی ۲۴ آذرماه ۱۴۰۴»: the end said twice, the date last
    + r"(?:[^،.:؛\n]{1,25}،?\s*یعنی\s*)?|\s*"
)
_ADJACENT = re.compile(r"[\s()،,]*")
_DAY_TO = re.compile(r"\s*(?:تا|لغایت)\s*")  # nothing but «تا» between two days


_MONTH_ALONE = re.compile(f"(?P<month>{'|'.join(MONTHS)})(?:{_S}ماه)?")


def _month_alone(text: str) -> int | None:
    """The month of a period written as a month name alone («مهرماه», «آذر»), else None."""
    m = _MONTH_ALONE.fullmatch(text)
    return MONTHS.index(m.group("month")) + 1 if m else None


def _month_after(start: date, month: int) -> date:
    """The last day of the first such Jalali month ending on or after ``start``."""
    year = _jalali(start).year
    end = month_span(year, month)[1]
    return end if end >= start else month_span(year + 1, month)[1]


def _year_later(day: date) -> date:
    """The same Jalali day a year later (the month's last day when it has fewer)."""
    j = _jalali(day)
    return _on(j.year + 1, j.month, j.day) or month_span(j.year + 1, j.month)[1]


def _ranges(text: str, found: list[PeriodMatch], window: Window) -> list[PeriodMatch]:
    """«از [فروردین امسال] تا [امروز دوشنبه ۲۰ مرداد ۱۴۰۴]»: one period from the start of
    the first to the end of the last (the report's date for «تا امروز», «تاکنون»)."""
    out: list[PeriodMatch] = []
    i = 0
    while i < len(found):
        first = found[i]
        k = i + 1
        if (
            first.period.start
            and k < len(found)
            and (
                # «از ابتدای سال جاری» holds its own «از»; «اول بهمن ماه ۹۸ تا …» says «from» itself
                first.period.text.startswith(("از", "اول ", "ابتدای "))
                or _FROM.search(text, max(0, first.start - 45), first.start)
                # «در دوره زمانی ۲۳ اسفند پارسال تا ششم فروردین جاری»: a day to a day is a stretch
                or (_one_day(first.period) and _one_day(found[k].period) and _DAY_TO.fullmatch(
                    text, first.end, found[k].start))
            )
        ):
            gap = text[first.end : found[k].start]
            said_to = "تا" in gap or "لغایت" in gap or found[k].period.text.startswith("تا")
            if _TO.fullmatch(gap) and said_to:
                end = latest = None
                while k < len(found) and (
                    k == i + 1 or _ADJACENT.fullmatch(text[found[k - 1].end : found[k].start])
                ):
                    last = found[k].period
                    end = last.end or end or (window[1] if last.as_of and window[0] == window[1] else None)
                    latest = last.latest  # «تا روز گذشته» in a report known by a window
                    if month := _month_alone(last.text):  # «از ابتدای سال ۱۴۰۳ تا پایان آذر»: that year's
                        end = _month_after(first.period.start, month)
                    elif end and end < first.period.start and not re.search("[۰-۹]{4}", last.text):
                        today = window[0] if window[0] == window[1] else None
                        bare = _month_alone(first.period.text.removeprefix("از ").strip()) is not None
                        if today and _year_later(end) > today and bare:
                            # «از ابتدای مهر تا ۱۵ شهریور» said in Shahrivar: from the Mehr before,
                            # not the one just ahead
                            earlier = dataclasses.replace(
                                first.period, start=a_year_before(first.period.start)  # type: ignore[arg-type]
                            )
                            first = dataclasses.replace(first, period=earlier)
                        else:
                            end = _year_later(end)  # «از ابتدای سال آبی جاری تا ۱۲ اسفندماه»: the next one
                    k += 1
                span = text[first.start : found[k - 1].end]
                if end and end >= first.period.start:
                    out.append(
                        PeriodMatch(first.start, found[k - 1].end, Period(span, first.period.start, end))
                    )
                    i = k
                    continue
                if not end and latest and latest >= first.period.start:
                    # where it ends is known only to a window: the span of what it can mean
                    hull = Period(span, earliest=first.period.start, latest=latest)
                    out.append(PeriodMatch(first.start, found[k - 1].end, hull))
                    i = k
                    continue
        if (
            first.period.start
            and first.period.end
            and k < len(found)
            and (end := found[k].period.end)
            and first.period.start <= end <= first.period.end
            and _ENDED_BY.fullmatch(text, first.end, found[k].start)
        ):
            # «سال آبی جاری، منتهی به پنجم شهریور»: the period up to that day
            span = text[first.start : found[k].end]
            out.append(PeriodMatch(first.start, found[k].end, Period(span, first.period.start, end)))
            i = k + 1
            continue
        out.append(first)
        i += 1
    return out


_ENDED_BY = re.compile(f"[،,]?{_S}منتهی{_S}به{_S}")  # «سال آبی جاری، منتهی به پنجم شهریور»


def _readings(rule: Callable[[re.Match[str], Window], Period], m: re.Match[str], window: Window) -> Period:
    """The rule's period; when the report's date window leaves a relative phrase
    undecided, with the span of what it can mean (the reading at the window's first day
    to the reading at its last)."""
    period = rule(m, window)
    low, high = window
    if period.start or period.end or period.as_of or not (low and high) or low == high:
        return period
    first, last = rule(m, (low, low)), rule(m, (high, high))
    if first.start and last.end:
        return dataclasses.replace(period, earliest=first.start, latest=last.end)
    return period


def anchor(
    period: Period | None,
    window: Window,
    *,
    stock: bool = False,
    achieved: bool = True,
    running: bool = False,
    water_year: bool = False,
) -> Anchor | None:
    """When a figure holds: its period's dates (up to the report's date when it reports
    what was done so far: «امسال» in a report of 2025-08-11 is 2025-03-21 … 2025-08-11;
    the whole year for what is planned or said without a past tense: «امسال بیش از ۱۰ هزار
    تخت افتتاح می‌کنیم»);
    «تاکنون» from the start of the year (of the water year, 1 Mehr, for what is counted from
    it: rainfall) to the report's date for a flow; the report's
    date for «در حال حاضر» and for a stock with no period phrase; the year so far for a
    ``running`` total with no period phrase (what the catalogue says is counted up from the
    start of the year: «۷ میلیون تن گندم خرید تضمینی شد»); or the span of readings a date
    window allows. A flow with no period phrase is «undated»: only its report's
    date is known, which says when it was said, not what time it covers.

    >>> from datetime import date
    >>> anchor(None, (date(2024, 1, 2), date(2024, 1, 2)), stock=True)
    Anchor(first=datetime.date(2024, 1, 2), last=datetime.date(2024, 1, 2), basis='report')
    >>> this_year = Period("امسال", earliest=date(2023, 3, 21), latest=date(2025, 3, 20))
    >>> anchor(this_year, (None, None)).basis
    'window'
    """
    low, high = window
    today = low if low and low == high else None
    vague = period is None or not (period.start or period.end or period.earliest or period.as_of)
    year_start = _water_year_start if water_year else (lambda day: year_span(_jalali(day).year)[0])
    if running and vague and today:  # no period phrase, or one with no dates («روزهای اخیر»)
        return Anchor(year_start(today), today, "running")
    # known only by a window inside one year: from that year's start to a day in the window
    one_year = low and high and not today and year_start(low) == year_start(high)
    so_far = bool(period and period.as_of and not stock and period.text.startswith("تا"))
    if one_year and ((running and vague) or so_far):
        return Anchor(year_start(low), high, "window")
    if running and period and period.as_of and period.start and period.start == period.end:
        # said on a day («… روز شنبه … افزود: ۱.۵ میلیون تن گندم خریداری شده»): the year up to it
        return Anchor(year_start(period.start), period.start, "running")
    if period and period.start and not period.end and not period.as_of and high and period.start <= high:
        # «در دولت چهاردهم» (a government still in office): from its start to the report's date
        return Anchor(period.start, high, "stated" if today else "window")
    if period and period.start and period.end:
        if achieved and not today and low and high and period.start <= high and low < period.end:
            # done «so far» in a report known only by a window that falls inside the period:
            # where it ends is not known, so it is no period to set another figure against
            return Anchor(period.start, period.end, "window")
        end = today if today and achieved and period.start <= today < period.end else period.end
        return Anchor(period.start, end, "stated")
    if period and period.earliest and period.latest:
        return Anchor(period.earliest, period.latest, "window")
    if period and period.as_of and today and not stock and period.text.startswith("تا"):
        return Anchor(year_start(today), today, "stated")  # «تاکنون»: so far this year
    if (
        low
        and high
        and ((period is None and stock) or (period and (period.as_of or period.recurrence == "daily")))
    ):
        return Anchor(low, high, "report" if low == high else "window")
    if low and high and period is None:
        return Anchor(low, high, "undated")  # a flow with no period phrase: only the report's date is known
    return None


_WEEKDAY = "(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"
_ITS_DAY = re.compile(
    # «امروز (دوشنبه، ۱۰ شهریور ۱۴۰۴)», «صبح امروز ۱۲ آذر»
    f"{_B}(?P<today>امروز){_S}[(،, ]*(?:(?:روز )?{_WEEKDAY}{_E}[)،, ]*(?:\\( ?)?)?"
    f"(?P<day>[۰-۹]{{1,2}}) ?{_MONTH}(?: (?:سال )?(?P<year>{_YEAR4}|[۰-۹]{{2}}(?![۰-۹])))?{_E}"
)
_DATELINE = re.compile("^\\s*(?P<y>[۱۲][۳۴۹۰][۰-۹]{2})[/-](?P<mo>[۰-۹]{1,2})[/-](?P<d>[۰-۹]{1,2})(?![۰-۹])")
_OPEN_END = timedelta(days=400)  # how far past a window's only known day a weekday may find a day


def report_days(text: str, window: Window) -> Window:
    """The day a report's own text says it was written on, inside its date window: a
    dateline at its head («۱۴۰۴/۰۶/۱۰ - ۱۲:۳۰») or «امروز» with a day («امروز (دوشنبه، ۱۰
    شهریور)», the year found by the window or by the weekday). A weekday and a day alone
    («روز دوشنبه ۱۰ شهریور») name an event, often days before or after the report: they say
    nothing here. A report with a known date keeps it; a day outside the window, or whose
    weekday is wrong, says nothing; with no window, only a day with its year counts. Two
    such days make a window of their own.

    >>> from datetime import date
    >>> report_days("… امروز (دوشنبه، ۱۰ شهریور) گفت", (date(2025, 9, 1), date(2025, 9, 3)))
    (datetime.date(2025, 9, 1), datetime.date(2025, 9, 1))
    """
    low, high = window
    if low and low == high:
        return window
    head = _DATELINE.match(text)
    sure = [day] if head and (day := _numeric_day(head, window).start) else []
    for m in _ITS_DAY.finditer(text):
        month, day = MONTHS.index(m.group("month")) + 1, int(m.group("day"))
        weekday = _WEEKDAYS.get(m.group("weekday") or "")
        if m.group("year"):
            years = [_solar_year(m.group("year"))]
        elif low and (high or weekday is not None):
            last = high or low + _OPEN_END
            years = list(range(_jalali(low).year - 1, _jalali(last).year + 1))
        else:
            continue
        days = [found for year in years if (found := _on(year, month, day)) and _inside(found, window)]
        days = [found for found in days if weekday is None or found.weekday() == weekday]
        if len(days) == 1:
            sure.append(days[0])
    sure = [day for day in sure if _inside(day, window)]
    return (min(sure), max(sure)) if sure else window


def _inside(day: date, window: Window) -> bool:
    low, high = window
    return (not low or low <= day) and (not high or day <= high)
