"""Figures: number phrases with their unit, qualifier, change and modality.

Works on normalised text. Number phrases come from :mod:`claimgraph.loaders.numbers`;
this module decides which of them are figures (not years, dates, clause numbers,
phone numbers, period phrases, model numbers, time points in a match or labels; a list
shares its members' exclusion), reads the words around each, and joins the parts of a
compound measure («۷۹ کیلو و ۸۴۰ گرم»).

>>> drafts = find_figures("بیش از ۲ میلیون و ۷۰۰ هزار نفر در سال ۱۴۰۱")
>>> [(d.surface, d.value, d.unit, d.qualifier) for d in drafts]
[('بیش از ۲ میلیون و ۷۰۰ هزار نفر', Decimal('2700000'), 'person', 'more_than')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal
from functools import cache, lru_cache

from .catalogue import counts_persons, derived, units
from .normalize import LETTER, ZWNJ
from .numbers import NumberPhrase, find_numbers
from .periods import MONTHS

_S = f"[ {ZWNJ}]*"
_B = f"(?<![{LETTER}{ZWNJ}])"
_E = f"(?![{LETTER}{ZWNJ}])"

# Qualifiers right before a number: (pattern, qualifier). Order matters: longer first.
_QUALIFIERS: list[tuple[str, str]] = [
    (f"بالغ{_S}بر", "about"),  # "amounting to": read as about, see DESIGN.md
    (f"(?:بیش|بیشتر|بالاتر|فراتر|متجاوز){_S}از|افزون{_S}بر|بالای", "more_than"),
    (f"(?:کمتر|کم{_S}تر|پایین{_S}تر){_S}از|زیر", "less_than"),
    (f"(?:در{_S})?حدود(?:اً|ا)?|نزدیک{_S}به|قریب{_S}به|تقریباً|تقریبا|حدودا", "about"),
    (f"(?:دست{_S}کم|حداقل|لااقل)(?:{_S}تا)?", "at_least"),  # «حداقل تا یک دهه»
    ("حداکثر|نهایتاً|نهایتا", "at_most"),
    ("تا", "up_to"),
]
_QUALIFIER = re.compile(
    "(?:" + "|".join(f"{_B}(?P<q{i}>{p})" for i, (p, _) in enumerate(_QUALIFIERS)) + f"){_S}$"
)
# Month names that make a number beside them a day of a date: Jalali, Gregorian as the
# press writes them («۱۲ جولای»), and Hijri («۱۵ شعبان»; not «صفر», which is also zero).
_CALENDAR_MONTHS = (
    *MONTHS,
    *"ژانویه فوریه مارس آوریل آپریل مه می ژوئن ژوئیه جولای اوت آگوست سپتامبر اکتبر نوامبر دسامبر".split(),
    *f"محرم ربیع{ZWNJ}الاول ربیع{ZWNJ}الثانی جمادی{ZWNJ}الاول جمادی{ZWNJ}الثانی رجب شعبان رمضان شوال".split(),
    *f"ذی{ZWNJ}القعده ذی{ZWNJ}الحجه ذیقعده ذیحجه".split(),
)
_MONTH_NAME = "(?:" + "|".join(_CALENDAR_MONTHS) + f")(?:{_S}ماه)?"
# Words right before a number that make it an identifier, a date, a time or a name, not a
# figure; their plurals too («بندهای ۷ و ۸», «روزهای ۲۹ و ۳۰»).
_NOT_BEFORE = re.compile(
    f"{_B}(?:اصل|اصول|بند|ماده|مواد|تبصره|فصل|ردیف|شماره|کد|پلاک|تلفن|فکس|نمابر|ساعت|سوره|آیه|"
    f"اورژانس|سامانه|قطعنامه|دهک|رتبه|نسخه|بخشنامه|مصوبه|"
    f"آیین{_S}نامه|ص|صص|صفحه|ج|منطقه|ناحیه|کلانتری|فاز|بلوک|طبقه|کوچه|خیابان"
    f")(?:{_S}های?)?{_S}\\(?{_S}$"  # «ماده (1)»
)
# The minutes of a time of day («ساعت ۲۳ و ۳۰ دقیقه»), as its hour («ساعت» in _NOT_BEFORE)
_CLOCK = re.compile(f"{_B}ساعت{_S}[۰-۹]{{1,2}}{_S}و{_S}$")
# Words of time and of a sequence: a number right after them is the day, week or phase («روز
# ۲۰ شهریور», «هفته دهم», «مرحله ۲»), unless it measures («در روز ۱۴۲ میلیون لیتر», «در این
# دوره ۵۰۰ هزار نفر»; «فصل» stays a chapter, see _NOT_BEFORE)
_SEQUENCE_BEFORE = re.compile(f"{_B}(?:دهه|مرحله|دوره|هفته|روز|قرن)(?:{_S}های?)?{_S}\\(?{_S}$")
# «به تاریخ ۲۶ اسفند», «مورخ ۱۲/۰۵»: a date, unless a scaled measure follows («در این تاریخ ۲۶
# میلیارد مترمکعب»)
# «تاریخ ۱۲ …», «پنجشنبه ۷ و جمعه ۸ تیر»: a day of the month
_DATE_BEFORE = re.compile(
    f"{_B}(?:تاریخ|مورخ|شنبه|یکشنبه|دوشنبه|سه{_S}?شنبه|چهارشنبه|پنج{_S}?شنبه|جمعه){_S}\\(?{_S}$"
)
# «سال ۱۴۰۲», «سال ۹۸»: a year; but «تا پایان سال ۵۰۰ کیلومتر» is a figure after «سال»
_YEAR_BEFORE = re.compile(f"{_B}سال(?:{_S}های?)?{_S}\\(?{_S}$")
# A month name right before a number makes it a year or a day («مردادماه ۹۵», «۲۲ اسفند
# ماه ۱۳۹۱ جلسه …», «اردیبهشت ۱۳۹۹ ساعت ۱۹»), unless a unit other than time follows a
# number that is no year: a figure said after its period («منتهی به مرداد ماه ۳۶.۳ درصد
# رسید», «در آستانه مهرماه ۲۰۰ اتوبوس جدید»).
_MONTH_BEFORE = re.compile(f"{_B}{_MONTH_NAME}{_S}\\(?{_S}$")
TIME_UNITS = frozenset("year month decade day week hour minute second".split())
# «تابستان ۹۷», «بهار ۱۴۰۲»: a season's year (but «در بهار ۲۰ درصد …» is a figure)
_SEASON_BEFORE = re.compile(f"{_B}(?:بهار|تابستان|پاییز|زمستان){_S}$")


# Words right before a number with no unit that make it a label: «شبکه پنج», «درجه ۳».
# («جزء ۲ بند الف» is a sub-item; «جزء ۵ کشور اول» counts countries)
_LABEL_BEFORE = re.compile(f"{_B}(?:شبکه|کانال|درجه|دسته|سطح|رده|گروه|پست|سری|جزء){_S}$")
# After a number, words that make one compound or set phrase with it, not a count:
# «سه‌جانبه», «هفت‌گانه», «چهارراه», «چهارخطه», «سه‌بعدی», «پنج‌ستاره», «سه‌قلو», «سیزده‌بدر».
_COMPOUND_AFTER = re.compile(f"{_S}(?:جانبه|گانه|راه|خطه|بعدی|ستاره|ضلعی|قلو|بدر|معصوم){_E}")
# «این سه», «هر چهار»: a small number in words after a demonstrative points back at things
# already counted («این سه کشور») or is a frequency («هر سه ماه»).
_DEMONSTRATIVE = re.compile(f"{_B}(?:این|آن|هر|همین|همان|همه){_S}$")
_SCORE_GAP = re.compile(f"{_S}بر{_S}")  # «۳ بر ۱», «سه بر صفر»: a score or a ratio
# Before digits with no unit or scale word, a name that makes them a model or a unit's name:
# a Latin-script word («Archos ۱۰»), a make of car or aircraft or a product line («پژو ۴۰۵»,
# «بوئینگ ۷۴۷»), «نسل ۳», «مدل ۲۰۶», «تیپ ۲۷». («بوئینگ ۶۲ میلیون دلار غرامت داد» is money.)
_MODEL_BEFORE = re.compile(
    f"(?:[A-Za-z][A-Za-z0-9۰-۹.\\-]*|{_B}(?:نسل|مدل|تیپ|لشکر|پژو|پراید|سمند|رنو|تیبا|ساینا|"
    f"بوئینگ|بویینگ|ایرباس|فوکر|توپولف|ایلیوشین|میگ|سوخو|آیفون|گلکسی|ویندوز"
    # «واحدهای ۳ و ۴ نیروگاه», «حج ۹۴», «کنکور ۹۷»: a unit's or an event's name
    f"|واحد|حج|عمره|کنکور|المپیک|المپیاد|جام)(?:{_S}های?)?){_S}$"
)
# «در دقیقه ۶»: a number after a minute or second with no unit of its own is a time point.
_TIME_MARK = re.compile(f"{_B}(?:دقیقه|ثانیه|دقایق)(?:{_S}ی|{_S}های)?{_S}$")
# Words right after a number that make it a date or a period phrase.
_NOT_AFTER = re.compile(
    # «چهار ماه دی، بهمن، اسفند و فروردین»: the months named, a period
    f"{_S}(?:(?:ماه(?:{_S}های)?{_S})?{_MONTH_NAME}{_E}|(?:ساعت|روز|هفته|ماه|سال|دهه)(?:{_S}های)?(?:{_S}و{_S}نیم)?{_S}"
    f"(?:گذشته|اخیر|آینده|آتی|پیش|قبل|بعد|نخست|اول|ابتدایی|منتهی|متوالی|جاری){_E}|"
    f"(?:ماهه|ساله|روزه|هفته‌ای|ساعته){_E}|(?:صبح|عصر|بامداد|ظهر|بعدازظهر){_E}|[:/][۰-۹]"
    # «24 February, 2026», «5 Jan 2025»: a Gregorian date written in English
    "|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)"
)
# «ج4», «چ2»: a number glued to a letter is a citation; «/ 204» a verse or a ratio.
_REFERENCE = re.compile(f"(?:[{LETTER}]|/{_S})$")
# «13. حکیم، …», «2.یکی از …», «6_ و …»: a numbered list
_LIST_ITEM = re.compile(f"[.)\\-_](?:\\s|[{LETTER}])")
_CODE_BEFORE = re.compile(r"(?:#|[0-9۰-۹]\*)$")
_OPEN, _CLOSE = re.compile(r"[(\[]\s*$"), re.compile(r"\s*[)\]]")
_DASH_ITEM = re.compile(r"-\s")  # «5- بهار 6- سیرجان»: an enumeration in running text


def _dash_first(before: str) -> bool:
    """A dash, and nothing but a line start before it."""
    trimmed = before.rstrip(" \t")
    return trimmed.endswith("-") and _line_start(trimmed[:-1])


def _line_start(before: str) -> bool:
    """Nothing but a line or sentence end before it: where list numbers stand."""
    return before.rstrip(" \t").endswith(("\n", ".", "؟", "!", ":")) or not before.strip()


# «از X به Y»: between them a unit and scale written on X, or a few words of when
# («از ۱۰ درصد در ابتدای دولت به ۹۰ درصد»), never a clause break.
_CHANGE_GAP = re.compile(
    f"^{_S}(?:[{LETTER}]+{_S}){{0,4}}به{_S}(?:(?!منفی|مثبت|بیش|کمتر|حدود)[{LETTER}]+{_S})?"
    f"(?:(?:حدود|بیش{_S}از|کمتر{_S}از|نزدیک{_S}به){_S})?(?:(?:منفی|مثبت){_S})?$"
)  # «… به رشد مثبت ۳.۲ درصد»: the noun may be said again; «… به بیش از ۱۰ میلیون»: a hedge too
# «از X»: a noun, a hedge or a sign may stand between («از رشد منفی ۲.۴», «از حدود ۲ میلیون»).
_FROM = re.compile(
    f"{_B}از{_S}(?:(?!منفی|مثبت|حدود)[{LETTER}]+{_S})?(?:(?:حدود|حدودا|نزدیک{_S}به|بیش{_S}از|کمتر{_S}از){_S})?"
    f"(?:(?:منفی|مثبت){_S})?$"
)


@dataclass(frozen=True, slots=True)
class FigureDraft:
    """A figure in normalised-text coordinates."""

    start: int  # qualifier (or «از» of a change) included
    end: int  # unit included
    number_start: int
    number_end: int
    value: Decimal
    unit: str | None
    qualifier: str
    qualifier_text: str | None = None
    high: Decimal | None = None
    change_from: Decimal | None = None
    surface: str = ""
    earlier: bool = False  # X of «از X به Y»: the value Y changed from


@derived
@lru_cache(maxsize=1)
def _unit_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    forms: dict[str, str] = {}
    for unit in units().values():
        for form in unit.surface_forms:
            forms.setdefault(form, unit.key)
    alternatives = sorted(forms, key=len, reverse=True)
    body = "|".join(_form_pattern(f) for f in alternatives)
    pattern = re.compile(f"{_S}(?P<unit>{body}){_ADJECTIVAL}?(?![{LETTER}])")
    return pattern, {_squeeze(f): k for f, k in forms.items()}


# An adjectival ending on a unit: «۱۰ درصدی», «۲۰ مدرسه‌ای», «۱۶۰ تختخوابی», «۱۲ روستایی»
# (یی after a final vowel).
_ADJECTIVAL = f"(?:{ZWNJ}?(?:ای|یی|ی))"


def _form_pattern(form: str) -> str:
    """A unit's surface form with any spacing: a space or ZWNJ where the form has one, a
    ZWNJ anywhere else too («کیلو‌گرم», «مگا‌وات» as typed or as glue repair splits them)."""
    words = re.split(f"[ {ZWNJ}]+", form)
    return _S.join(f"{ZWNJ}?".join(map(re.escape, word)) for word in words)


def _squeeze(form: str) -> str:
    return re.sub(f"[ {ZWNJ}]", "", form)


def unit_at(text: str, pos: int) -> tuple[str | None, int]:
    """The unit written at ``pos`` (spaces allowed before it) and where it ends."""
    pattern, by_form = _unit_pattern()
    match = pattern.match(text, pos)
    if not match:
        return None, pos
    unit = by_form.get(_squeeze(match.group("unit")))
    if unit in _VERB_NOUNS and _VERB_NOUNS[unit].match(text, match.end()):
        return None, pos  # «در طرح نوروزی ۱۴۰۳ شرکت کرده‌اند»: a compound verb, no companies
    return unit, match.end()


# Units whose word is also the noun of a compound verb, with the verbs that make it one.
_VERB_NOUNS = {
    "company": re.compile(f"{_S}(?:می{_S})?(?:کرد|کرده|کردند|کنند|کند|کنیم|نمود|نمودند|نماید)(?![{LETTER}])")
}


def _qualifier(text: str, start: int) -> tuple[str, int, str | None]:
    match = _QUALIFIER.search(text, max(0, start - 30), start)
    if not match:
        return "exact", start, None
    index = int(match.lastgroup[1:])  # type: ignore[index]
    return _QUALIFIERS[index][1], match.start(), match.group(match.lastgroup)


# Why a number is not a figure, which decides how a list it heads or ends shares it.
_BEFORE = "before"  # the words in front: «بندهای ۷ و ۸», «پژو ۲۰۶ و ۴۰۵»
_MARK = "mark"  # a time point: «در دقیقه ۶ و علوی ۱۹ و ۸۸» (a scorer's name may come between)
_AFTER = "after"  # the words after: «۲۲ و ۲۳ فروردین», «چهار و پنج ستاره»
_OWN = "own"  # the number itself or its place: a year, a phone number, a list marker
_LIST_GAP = re.compile(f"{_S}(?:[،,]{_S}(?:و{_S})?|و{_S})")
_NAMES_GAP = re.compile(f"{_S}(?:[،,]|و){_S}(?:[{LETTER}]+{_S}){{0,2}}")


# Identifiers: «کد خبر: ۲۷۵۹۸», «شناسه مطلب ۱۲», «پایگاه خبری 598», «شبکه خبر ۲».
_ID_BEFORE = re.compile(
    f"{_B}(?:(?:کد|شماره|شناسه){_S}(?:خبر|مطلب|گزارش|پرونده|خبرنگار)|پایگاه(?:{_S}خبری)?|خبرگزاری|سایت|کانال|"
    # «خبرنگار : 71505»: a reporter's number on the byline
    f"خبرنگار{_S}:){_S}:?{_S}$"
)
# A name with its number glued on opening a line, the outlet's: «اقتصاد۲۴:», «مخاطب۲۴ :»
_OUTLET_NAME = re.compile(f"[ \\t]*[{LETTER}]{{2,}} ?")
_OUTLET_COLON = re.compile(r"[ \t]?:")
_DURATION_UNIT = f"(?:سال|ماه|روز|هفته|ساعت|دهه|قرن)(?:{_S}ها)?"
# A duration that sets when, not what: «پس از ۴۳ سال», «قبل از ۲ ماه» (one said «ظرف»,
# «طی» or «به مدت» is a figure: how long something took or lasts).
_WHEN_BEFORE = re.compile(
    f"{_B}(?:پس{_S}از|بعد{_S}از|پیش{_S}از|قبل{_S}از|حتی){_S}$"
)
_DURATION_AFTER = re.compile(f"{_S}{_DURATION_UNIT}{_E}")
# «۴ ماه از آغاز به کار دولت دوازدهم می‌گذرد»: time gone by since something, not a figure
_ELAPSED = re.compile(
    f"{_S}{_DURATION_UNIT}{_S}از{_S}[^.،؛:\n]{{1,60}}?{_B}(?:می{_S}گذرد|گذشته{_S}است|گذشت|سپری{_S}(?:شده|می{_S}شود)){_E}"
)
# «دو سال و نیم گذشته»: the half belongs to the period too.
_HALF_PERIOD = re.compile(f"{_S}{_DURATION_UNIT}{_S}و{_S}نیم{_S}(?:گذشته|اخیر|آینده){_E}")


def _exclusion(text: str, number: NumberPhrase, unit: str | None) -> str | None:
    """Why years, dates, identifiers, time points, models, period phrases and bare small
    words are not figures (one of the kinds above), or None for a figure."""
    before = text[max(0, number.start - 16) : number.start]
    if (
        _MONTH_BEFORE.search(before)
        and (unit in (None, *TIME_UNITS) or _year_like(number.value))
        # «تا تیر ماه ۵ میلیون واکسن»: no day or year is written with a scale word
        and not (unit not in TIME_UNITS and _scaled(text[number.start : number.end]))
    ):
        return _BEFORE
    if _SEASON_BEFORE.search(before) and unit in (None, *TIME_UNITS) and (
        number.value < 100 or _year_like(number.value)
    ):
        return _BEFORE
    if (
        _YEAR_BEFORE.search(before)
        and not _no_year(text[number.start : number.end])
        and (
            unit in (None, *TIME_UNITS)
            or _year_like(number.value)
            or (number.value < 100 and not _measured(number, unit))
        )
    ):
        return _BEFORE
    if _NOT_BEFORE.search(before) or (unit is None and _ID_BEFORE.search(before)) or _CLOCK.search(before):
        return _BEFORE
    if _SEQUENCE_BEFORE.search(before) and not _measures(text, number, unit):
        return _BEFORE
    if _DATE_BEFORE.search(before) and not _scaled_measure(text, number, unit):
        return _BEFORE
    if _WHEN_BEFORE.search(before) and _DURATION_AFTER.match(text, number.end):
        return _AFTER
    if _ELAPSED.match(text, number.end):
        return _AFTER
    if _HALF_PERIOD.match(text, number.end) or (
        text[number.start : number.end] == "نیم" and re.search(f"{_DURATION_UNIT}{_S}و{_S}$", before)
    ):
        return _AFTER
    bare = unit is None and not re.search(f"[{LETTER}]", text[number.start : number.end])
    if bare and _MODEL_BEFORE.search(before):
        return _BEFORE
    if unit is None and _LABEL_BEFORE.search(before):
        return _BEFORE
    if unit is None and _minute_like(number) and _TIME_MARK.search(before):
        return _MARK
    if _NOT_AFTER.match(text, number.end) or (unit is None and _COMPOUND_AFTER.match(text, number.end)):
        return _AFTER
    return _OWN if _excluded_itself(text, number, unit, before) else None


def _excluded_itself(text: str, number: NumberPhrase, unit: str | None, before: str) -> bool:
    if _REFERENCE.search(before) or _DASH_ITEM.match(text, number.end):
        return True
    if unit is None and _OUTLET_COLON.match(text, number.end) and _OUTLET_NAME.fullmatch(
        text, text.rfind("\n", 0, number.start) + 1, number.start
    ):
        return True  # «اقتصاد۲۴: …», «مخاطب۲۴ :»: an outlet whose name ends in a number
    if _CODE_BEFORE.search(before) or text.startswith(("#", "*"), number.end):
        return True  # «#۱۳*۱۴۲*», «*۷۸۰#»: a code dialled on a phone (not «**۷۸ هزار لیتر», a bullet)
    if _OPEN.search(before) and _CLOSE.match(text, number.end):
        return True  # «(1)», «[2]»: a footnote or an item marker
    if _LIST_ITEM.match(text, number.end) and _line_start(before):
        return True
    digits = re.sub("[^۰-۹]", "", text[number.start : number.end])
    plain = digits == text[number.start : number.end]
    if unit is None and plain and number.value <= 20 and _dash_first(before):
        return True  # «-3 تعیین کارایی …»: a list item's number («-30 کشته …» is a headline's figure)
    if unit is None and plain and (len(digits) >= 7 or (digits.startswith("۰") and len(digits) > 1)):
        return True  # phone numbers, news codes
    if unit is None and _year_like(number.value) and (plain or _year_like(number.high)):
        return True  # a year on its own, or a span of years «۱۴۰۰ تا ۱۴۰۱»
    if not digits and (unit is None or _a_kind_of_person(unit)) and number.value in _RHETORICAL_WORDS:
        return True  # «دو مؤلفه», «یک سازمان», «صفر», «یک کودک»
    if not digits and unit is None and text[number.start : number.end] == "ده":
        return True  # «پاسخ ده», «زیان ده»: the verb stem, far more often than a bare ten
    if not digits and number.value < 20 and _DEMONSTRATIVE.search(before):
        return True
    if unit is None and plain and number.value < 100 and _unknown_word_before(before):
        return True  # «جمعی‌نو ۲», «پارس ۱۱»: a name with a number
    return False


_LAST_WORDS = re.compile(f"(?:([{LETTER}{ZWNJ}]+) )?([{LETTER}{ZWNJ}]+){_S}$")


def _unknown_word_before(before: str) -> bool:
    """The word right before is one no Persian word list knows (a name, a brand), nor
    the second half of a compound whose space was lost («جمع آوری ۵۲»)."""
    from .glue import lexicon

    m = _LAST_WORDS.search(before)
    if not m or len(m.group(2)) < 3:
        return False
    word, lex = m.group(2), lexicon()
    forms = [word] + ([m.group(1) + ZWNJ + word, m.group(1) + word] if m.group(1) else [])
    return not any(f in lex.words or f.replace(ZWNJ, "") in lex.zwnj_forms or f in lex.names for f in forms)


def _exclusions(text: str, numbers: list[NumberPhrase]) -> list[str | None]:
    """Each number's exclusion, shared along lists: «X و Y», «X، Y و Z».

    A list member with no unit of its own takes the exclusion of the member before it when
    that one's is of the words in front (or a time point), and of the member after it when
    that one's is of the words after (a month after the last day).
    """
    units_ = [unit_at(text, n.end)[0] or n.implied_unit for n in numbers]
    why = [_exclusion(text, n, u) for n, u in zip(numbers, units_, strict=True)]
    for i in range(1, len(numbers)):
        if units_[i] is not None:
            continue
        if why[i - 1] == _BEFORE and _joined(text, numbers, i, _LIST_GAP):
            why[i] = _BEFORE
        elif why[i - 1] == _MARK and _minute_like(numbers[i]) and _joined(text, numbers, i, _NAMES_GAP):
            why[i] = _MARK
    for i in range(1, len(numbers)):
        if units_[i - 1] is None and _joined(text, numbers, i, _SCORE_GAP):
            why[i - 1] = why[i - 1] or _OWN
            why[i] = why[i] or _OWN
    for i in range(len(numbers) - 2, -1, -1):
        if why[i + 1] == _AFTER and units_[i] is None and _joined(text, numbers, i + 1, _LIST_GAP):
            why[i] = _AFTER
    return why


def _joined(text: str, numbers: list[NumberPhrase], i: int, gap: re.Pattern[str]) -> bool:
    """Whether number i follows number i - 1 in a list (only ``gap`` between them)."""
    return gap.fullmatch(text, numbers[i - 1].end, numbers[i].start) is not None


# Values that, written in words with no unit, are more often an article, a figure of speech
# or a score than a count («یک سازمان», «دو طرف», «۳ بر صفر»); «پنج پرستار» is a count.
_RHETORICAL_WORDS = (0, 1, 2)


def _a_kind_of_person(unit: str) -> bool:
    """A unit that counts people by what they are («کودک», «سرباز»), not «نفر» itself: «یک
    کودک» is a child, not a count of one."""
    return unit != "person" and counts_persons(unit)


def _minute_like(number: NumberPhrase) -> bool:
    return number.high is None and number.value == int(number.value) and number.value <= 130


# Units of measure: a two-digit number after «سال» with one of these is no year («تا پایان
# سال ۱۰ کیلومتر», «در هفت ماه ابتدای سال ۹/۲ درصد رشد»); with a count noun it still is
# («سال ۴۹ پرونده‌ای …»: the year 1349).
_MEASURES = frozenset(
    "percent percentage_point tonne kilogram litre barrel cubic_metre square_metre hectare "
    "square_kilometre kilometre metre megawatt kilowatt".split()
)


def _measured(number: NumberPhrase, unit: str | None) -> bool:
    return unit in _MEASURES or (number.value is not None and number.value != int(number.value))


def _measures(text: str, number: NumberPhrase, unit: str | None) -> bool:
    """A measure, or a count written with a scale word («۱۴۲ میلیون لیتر», «۵۰۰ هزار نفر»)."""
    return _measured(number, unit) or _scaled_measure(text, number, unit)


def _scaled_measure(text: str, number: NumberPhrase, unit: str | None) -> bool:
    """A measure written with a scale word («۲۶ میلیارد مترمکعب»)."""
    return unit not in (None, *TIME_UNITS) and _scaled(text[number.start : number.end])


def _no_year(written: str) -> bool:
    """«تا پایان سال ۲۰۰ هزار کنتور», «سال ۳ میلیون تن»: a number with a scale word that no
    year is written with (a year is two or four digits; «سال ۹۸ هزار نفر» may be 1398's
    thousand people and stays a year).

    >>> [_no_year(w) for w in ("۲۰۰ هزار", "۵ میلیون", "۹۸ هزار", "۹۸")]
    [True, True, False, False]
    """
    m = _SCALED_NUMBER.fullmatch(written.strip())
    return bool(m) and (m.group("scale") != "هزار" or len(m.group("digits")) not in (2, 4))


_SCALED_NUMBER = re.compile(f"(?P<digits>[۰-۹]+)[ {ZWNJ}]?(?P<scale>هزار|میلیون|میلیارد)(?:[ {ZWNJ}].*)?")


def _year_like(value: Decimal | None) -> bool:
    return value is not None and value == int(value) and (1300 <= value <= 1499 or 1900 <= value <= 2100)


def find_figures(text: str) -> list[FigureDraft]:
    """Figures of a normalised text, left to right."""
    numbers = find_numbers(text)
    excluded = [why is not None for why in _exclusions(text, numbers)]
    drafts: list[FigureDraft] = []
    skip: set[int] = set()
    for i, number in enumerate(numbers):
        if i in skip:
            continue
        change = _change(text, numbers, i, excluded)
        if change:
            skip.update(k for k in range(i + 1, len(numbers)) if numbers[k].start < change[1].end)
            drafts.extend(change)
            continue
        draft = None if excluded[i] else _draft(text, number)
        if draft:
            draft, taken = _compound(text, numbers, i, draft)
            skip.update(range(i + 1, i + taken))
            ranged = _unit_range(text, numbers, i + taken - 1, draft)
            if ranged:
                draft = ranged
                skip.add(i + taken)
            drafts.append(draft)
    return _shared_unit(text, _reached(text, _not_per_unit(text, drafts)))


# «اجاره ماهانه یک متر مربع … ۴۰ هزار تومان», «قیمت هر یک کیلوگرم … ۹۵۰۰ ریال»: one unit of
# measure that a price after it is given for is no figure of its own
_PER_UNITS = frozenset({"square_metre", "kilogram", "litre", "metre", "kilometre", "tonne", "cubic_metre"})
_PRICES = frozenset({"rial", "toman", "dollar", "euro"})
# between the unit and its price: a few words, no clause break, no verb, no «و»
_PER_GAP = re.compile(
    "(?:(?!(?:^|\\s)(?:و|شد|شده|است|بود|کرد|دارد|داشت|می\u200c?\\S+)(?:\\s|$))[^.؟!؛:\n،۰-۹0-9]){0,60}"
)


def _not_per_unit(text: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    out = []
    for k, d in enumerate(drafts):
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        if (
            d.value == 1
            and d.unit in _PER_UNITS
            and nxt is not None
            and nxt.unit in _PRICES
            and _PER_GAP.fullmatch(text, d.end, nxt.start)
        ):
            continue
        out.append(d)
    return out


_UNIT_LIST_GAP = re.compile(f"{_S}(?:[،,]{_S}(?:و{_S})?|و{_S})")


def _shared_unit(text: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    """«به ترتیب ۲۵، ۴۶، ۱۷ و ۵ درصد»: numbers of a list that end with a unit all count in it,
    when none writes a scale word (in «۳ و ۴ هزار نفر» the scale is not the first number's)."""
    out = list(drafts)
    for k in range(len(out) - 2, -1, -1):
        x, y = out[k], out[k + 1]
        if x.unit is not None or y.unit is None or x.change_from is not None or y.change_from is not None:
            continue
        listed = _UNIT_LIST_GAP.fullmatch(text, x.end, y.start)
        if listed and not _scaled(x.surface) and not _scaled(y.surface):
            out[k] = replace(x, unit=y.unit)
    return out


def _scaled(surface: str) -> bool:
    return any(word in surface for word in _SCALE_WORDS)


# «رشد منفی ۲.۴ درصدی سال قبل، به مثبت ۳.۲ درصد رسید»: X, a few words, «به» Y and a verb
# of reaching — Y changed from X even with no «از».
_TO_GAP = re.compile(f"^[^.؟!؛:\n۰-۹0-9]{{0,60}}{_B}به{_S}(?:(?:منفی|مثبت){_S})?$")
_REACHED = re.compile(
    f"{_S}(?:[{LETTER}{ZWNJ}]+{_S}){{0,2}}?(?:رسید|رسیده|رساند|رسانده|برسد|می{ZWNJ}رسد|خواهد{_S}رسید){_E}"
)

_SUM = re.compile(f"{_B}(?:مجموع|جمع|کل){_E}")
# «با ۷ دهم درصد کاهش به ۴۷.۵ درصد رسید»: X is how much it changed by, not where it was
_AMOUNT = re.compile(f"^{_S}(?:کاهش|افزایش|رشد|افت|کم|زیاد|بیشتر|کمتر){_E}")

# between X and «با کاهش [Z]»: a few words, no other figure, no clause break
_WITH_CHANGE = re.compile(f"[^.؟!؛:\n۰-۹0-9]{{0,60}}{_B}با{_S}(?:کاهش|افزایش|رشد|افت|بهبود|جهش){_S}$")
# «با بهبود ۳ میلیارد دلاری تراز تجاری به منفی ۸ میلیارد دلار رسید»: the same, said before X
_AMOUNT_BEFORE = re.compile(f"{_B}(?:کاهش|افزایش|رشد|افت|بهبود|جهش){_S}$")


def _reached(text: str, drafts: list[FigureDraft]) -> list[FigureDraft]:
    out = list(drafts)
    for k in range(len(out) - 2):
        # «۲۷ میلیون بشکه بوده که این رقم با کاهش [۷۰۰ هزار بشکه‌ای] به ۲۶.۳ میلیون بشکه رسیده»:
        # Y changed from X, by the amount between them
        x, by, y = out[k], out[k + 1], out[k + 2]
        if x.earlier or x.change_from is not None or y.change_from is not None:
            continue
        if (x.unit is None or x.unit == y.unit) and (
            _AMOUNT_BEFORE.search(text, max(0, by.start - 12), by.start)
            and _WITH_CHANGE.match(text, x.end, by.start)
            and _TO_GAP.match(text[by.end : y.start])
            and _REACHED.match(text, y.end)
        ):
            out[k] = replace(x, unit=x.unit or y.unit, earlier=True)
            out[k + 2] = replace(y, change_from=x.value)
    for k in range(len(out) - 1):
        x, y = out[k], out[k + 1]
        if x.earlier or y.change_from is not None or x.change_from is not None:
            continue
        if x.unit and x.unit != y.unit:
            continue
        gap = text[x.end : y.start]
        by = _AMOUNT_BEFORE.search(text, max(0, x.start - 12), x.start)  # «با بهبود ۳ میلیارد دلاری …»
        if (
            _TO_GAP.match(gap)
            and not _AMOUNT.match(gap)
            and not by
            and not _SUM.search(gap)  # «X … تا مجموع بودجه به Y برسد»: X is a part of the sum Y
            and _REACHED.match(text, y.end)
        ):
            out[k] = replace(x, unit=x.unit or y.unit, earlier=True)
            out[k + 1] = replace(y, change_from=x.value)
    return out


_RANGE_GAP = re.compile(f"{_S}(?:تا|الی){_S}")
_FROM_BEFORE = re.compile(f"{_B}(?:از|بین|میان){_S}$")


def _unit_range(text: str, numbers: list[NumberPhrase], i: int, draft: FigureDraft) -> FigureDraft | None:
    """«از ۸۰۰ ریال تا ۹۰۰ ریال», «بین ۵ هزار تومان تا ۷ هزار تومان»: the unit written on both
    ends; one figure, the lower end with the upper as a bound (as «۸۰۰ تا ۹۰۰ ریال»)."""
    if draft.unit is None or draft.high is not None or i + 1 >= len(numbers):
        return None
    gap = _RANGE_GAP.match(text, draft.end)
    upper = numbers[i + 1]
    if not gap or gap.end() != upper.start or not _FROM_BEFORE.search(text, 0, draft.start):
        return None
    unit, end = unit_at(text, upper.end)
    if unit != draft.unit or upper.value <= draft.value:
        return None
    qualifier = "at_least" if draft.qualifier == "exact" else draft.qualifier
    return replace(draft, end=end, qualifier=qualifier, high=upper.value, surface=text[draft.start : end])


_PART_GAP = re.compile(f"{_S}(?:[،,]{_S}و?|و){_S}")  # «۲ ساعت و ۲۰ دقیقه», «۱ ساعت، ۲۰ دقیقه»
_PART_PLACES = Decimal("1e-10")  # «۲ ساعت و ۲۰ دقیقه» = 2.333… hours, kept to ten places
# Sums of parts are exact and never trap, however many digits a number has (as in numbers).
_WIDE = Context(prec=1000, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


@derived
@cache
def _part_factor(whole: str, part: str) -> Decimal | None:
    """How many ``whole`` units one ``part`` unit is, when the catalogue converts both.

    «کیلوگرم و گرم» → 0.001; None unless both share a canonical unit and the part is smaller.
    """
    table = units()
    big, small = table.get(whole), table.get(part)
    if big is None or small is None or big.canonical != small.canonical or small.factor >= big.factor:
        return None
    return small.factor / big.factor


def _compound(text: str, numbers: list[NumberPhrase], i: int, first: FigureDraft) -> tuple[FigureDraft, int]:
    """«۷۹ کیلو و ۸۴۰ گرم», «یک ساعت، ۳۲ دقیقه و ۳۷ ثانیه»: one figure in the first unit
    (79.84 kilogram), and how many numbers it takes.

    Each part must be in a smaller unit than the one before and less than one of it, as a
    remainder is.
    """
    if first.unit is None or first.high is not None:
        return first, 1
    value, unit, end, taken = first.value, first.unit, first.end, 1
    while i + taken < len(numbers):
        part = numbers[i + taken]
        if part.high is not None or not _PART_GAP.fullmatch(text, end, part.start):
            break
        part_unit, part_end = unit_at(text, part.end)
        step = _part_factor(unit, part_unit) if part_unit else None
        if part_unit is None or step is None or part.value * step >= 1:
            break
        value = _WIDE.add(value, _WIDE.multiply(part.value, _part_factor(first.unit, part_unit) or 0))
        unit, end, taken = part_unit, part_end, taken + 1
    if taken == 1:
        return first, 1
    rounded = _WIDE.quantize(value, _PART_PLACES)
    value = value if rounded.is_nan() else _WIDE.normalize(rounded)
    last = numbers[i + taken - 1]
    return replace(first, end=end, number_end=last.end, value=value, surface=text[first.start : end]), taken


# «منفی ۲.۴ درصد», «از منفی ۱۱ به منفی ۸ میلیارد دلار»; «مثبت ۳.۲ درصد» is part of the figure too
_SIGN = re.compile(f"{_B}(?P<sign>منفی|مثبت){_S}$")
_SIGN_GAP = f"(?:{_S}(?:منفی|مثبت))?"


def _draft(text: str, number: NumberPhrase) -> FigureDraft:
    unit, end = unit_at(text, number.end)
    if number.implied_unit:
        unit = unit or number.implied_unit
    sign = _SIGN.search(text, max(0, number.start - 8), number.start)
    if sign:
        value = -number.value if sign.group("sign") == "منفی" else number.value
        number = replace(number, start=sign.start(), value=value)
    qualifier, start, qualifier_text = _qualifier(text, number.start)
    if number.approximate and qualifier == "exact":
        qualifier = "about"  # «سه، چهار هزار نفر»
    if number.high is not None and qualifier == "exact":
        qualifier = "at_least"  # a range: the lower end, with the upper as a bound
    end = max(end, number.end)
    value = number.value
    if unit in TIME_UNITS and number.high is None and (half := _AND_A_HALF.match(text, end)):
        value, end = value + Decimal("0.5"), half.end()  # «دو ساعت و نیم»: two and a half hours
    return FigureDraft(
        start,
        end,
        number.start,
        number.end,
        value,
        unit,
        qualifier,
        qualifier_text,
        number.high,
        None,
        text[start:end],
    )


_AND_A_HALF = re.compile(f"{_S}و{_S}نیم{_E}")
_SCALE_WORDS = {"هزار": 10**3, "میلیون": 10**6, "میلیارد": 10**9, "تریلیون": 10**12, "همت": 10**12}
_TRAILING_SCALE = re.compile(f"(?:[ {ZWNJ}]+(?:{'|'.join(_SCALE_WORDS)}))+$")


def _elided_scale(first: str, second: str) -> int:
    """«از ۸ به ۱۱ میلیون»: the scale written once applies to both numbers."""
    if any(word in first for word in _SCALE_WORDS):
        return 1
    tail = _TRAILING_SCALE.search(second)
    scale = 1
    for word in tail.group(0).split() if tail else []:
        scale *= _SCALE_WORDS[word.strip(ZWNJ)]
    return scale


# between X and a year of its own: «از ۵ میلیون نفر [در سال] ۱۴۰۱ به …»
_IN_YEAR = re.compile(f"^{_S}(?:[{LETTER}]+{_S}){{0,3}}در{_S}(?:(?:سال|پایان|ابتدای){_S}){{0,2}}$")
def _change(
    text: str, numbers: list[NumberPhrase], i: int, excluded: list[bool]
) -> tuple[FigureDraft, FigureDraft] | None:
    """«از ۴۱ به ۳۹ سال»: two figures of one quantity, 41 (the earlier value, in the unit
    and scale written once) and 39, which carries ``change_from`` 41."""
    if i + 1 >= len(numbers) or not _FROM.search(text, max(0, numbers[i].start - 20), numbers[i].start):
        return None
    first, second = numbers[i], numbers[i + 1]
    if (
        _year_like(second.value)
        and i + 2 < len(numbers)
        and not excluded[i + 2]
        and _IN_YEAR.match(text[first.end : second.start])
        and _CHANGE_GAP.match(text[second.end : numbers[i + 2].start])
    ):
        second = numbers[i + 2]  # «از ۵ میلیون نفر در ۱۴۰۱ به ۷ میلیون نفر …»: the year is X's
    elif excluded[i + 1] or not _CHANGE_GAP.match(text[first.end : second.start]):
        return None
    if _YEAR_BEFORE.search(text, max(0, first.start - 12), first.start):
        return None  # «از سال ۱۴۰۲ صادرات به …»: a year, not where the quantity was
    draft = _draft(text, second)
    own = _draft(text, first)
    if own.unit and draft.unit and own.unit != draft.unit:
        return None  # «یکی از ۱۰ استان به ۲۰ درصد»: two quantities
    before = own.value * _elided_scale(text[first.start : first.end], text[second.start : second.end])
    earlier = FigureDraft(
        own.start,
        own.end,
        first.start,
        first.end,
        before,
        own.unit or draft.unit,
        own.qualifier,
        own.qualifier_text,
        surface=text[own.start : own.end],
        earlier=True,
    )
    return earlier, replace(draft, change_from=before)
