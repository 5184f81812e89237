"""Whether a figure is achieved, a target, a plan, a forecast, an estimate, or just stated.

The figure's clause decides first: there a forward cue (a target, plan or estimate)
outweighs a past-tense verb. When the clause has no cue, the nearest cue in the sentence
before the figure, or after it up to the next conjunct, decides. «بر اساس برآورد …»
anywhere in the sentence makes it an estimate.

>>> t = "برای سال جدید هدف‌گذاری یک میلیون نفری را در دستور کار قرار داده‌ایم"
>>> modality(t, (0, len(t)), (0, len(t)), t.index("یک"), t.index(" را"))
'target'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .normalize import LETTER, ZWNJ
from .periods import MONTHS

_S = f"[ {ZWNJ}]?"
_B = f"(?<![{LETTER}{ZWNJ}])"
_E = f"(?![{LETTER}{ZWNJ}])"

# What is done to what a figure counts (the noun of «کشف شد», «کشف کردند»): news of it is
# news of what was done
_DONE = "کشف|توقیف|ضبط|بازداشت|پرداخت|اعزام|امحا|شناسایی"
# (pattern, modality, weight): forward cues weigh more than tense. Present-tense verbs are
# no evidence either way: agency copy uses them for habits and for announcements alike.
_CUES: list[tuple[str, str, int]] = [
    (
        f"هدف{_S}گذاری(?:{_S}شده)?|هدف{_S}(?:ما|این)|با{_S}هدف|لایحه|مکلف|"
        # «باید ۲ میلیون تن خریداری شود»: an aim; not «باید حدود ۲۸ میلیمتر باشد», a norm
        f"نیاز{_S}(?:داریم|دارد|است)|لازم{_S}است|(?:باید|می{_S}بایست)(?![^.،؛:]{{0,60}}{_B}باشد{_E})|متعهد|"
        f"خواهد{_S}(?:رسید|شد|بود|یافت|داشت)|خواهیم|خواهند|قرار{_S}(?:است|بود|بوده|شد)|"
        # «اعتبار پیش‌بینی شده», «… اعتبار … پیش‌بینی و …»: a budget line, planned money
        f"پیش{_S}بینی(?:{_S}شده)?(?!{_S}(?:می|کرده|ها))|برنامه{_S}ریزی{_S}شده|در{_S}نظر{_S}(?:داریم|است)|"
        # a commitment or a promise: «تعهد اشتغال استان ۳۰ هزار نفر بود», «امیدواریم … برسانیم»
        f"تعهد|متعهد|وعده|امیدواریم|امید{_S}است|بنا{_S}بر{_S}این{_S}است",
        "target",
        3,
    ),
    # «با رشد ۱۳ درصدی از برنامه پیش‌بینی شده پیشی گرفتیم»: what was reached beat the plan
    (f"پیشی{_S}(?:گرفت|گرفتیم|گرفته|گرفتند)", "achieved", 4),
    # a forecast of what will happen, not an aim, whatever deadline or future verb it has:
    # «پیش‌بینی می‌شود که مصرف … تا پایان هفته به ۶۵۰ میلیون مترمکعب برسد», «این رقم احتمالاً
    # به ۶۸۰ میلیون مترمکعب افزایش خواهد یافت»
    (
        f"پیش{_S}بینی{_S}(?:می{_S}شود|می{_S}کنیم|می{_S}کند|کرده)|احتمالا|احتمالاً|"
        f"احتمال{_S}(?:دارد|می{_S}رود)|انتظار{_S}می{_S}رود",
        "forecast",
        4,
    ),
    (
        f"در{_S}دستور{_S}کار|برنامه{_S}(?:داریم|دارد)|برنامه{_S}های|قصد{_S}(?:داریم|دارد)|"
        # «برنامه ما این است که امسال ۱۴ میلیون خانوار را … قرار دهیم»
        f"برنامه{_S}(?:ما|وزارتخانه|دولت){_S}(?:این|آن){_S}است|"
        f"برای{_S}(?:سال{_S}جدید|سال{_S}آینده|سال{_S}آتی)|"
        f"تا{_S}(?:پیش{_S}از{_S})?پایان{_S}(?:سال|برنامه|امسال|دولت|هفته|{'|'.join(MONTHS)})",
        "plan",
        3,
    ),
    # an event announced in the present tense: «۲۰۰ اتوبوس جدید وارد ناوگان می‌شود», «۱۰ هزار
    # تخت افتتاح می‌شود», «… به بهره‌برداری می‌رسد»
    (
        f"(?:افتتاح|رونمایی|بهره{_S}برداری|وارد|اضافه|افزوده|تحویل|راه{_S}اندازی|کلنگ{_S}زنی)"
        f"(?: [^ ،.:؛]+)? می{_S}(?:شود|شوند|رسد|رسند)|"
        # and by those who will do it: «امسال ۱۰ هزار تخت را افتتاح می‌کنیم», «… به بهره‌برداری
        # می‌رسانیم», «… تحویل می‌دهیم»
        f"(?:افتتاح|رونمایی|بهره{_S}برداری|تحویل|راه{_S}اندازی|کلنگ{_S}زنی)(?: [^ ،.:؛]+)? "
        f"می{_S}(?:کنیم|رسانیم|دهیم)",
        "plan",
        2,
    ),
    (f"برآورد|تخمین|حدس{_S}زده", "estimate", 3),
    # «از کشف ۶ تن مواد مخدر … خبر داد», «از واریز ۲۰ هزار میلیارد تومان … خبر داد», «از کاهش ۳
    # درصدی مصرف آب خبر داد»: news of what was done (a time ahead, a weightier cue, still makes
    # it a plan)
    (
        f"(?<=از )(?:{_DONE}|دستگیری|ترخیص|واریز|امحاء|امحای|پلمب|نجات|امدادرسانی|کاهش|افزایش|رشد|"
        "افت|جهش)",
        "achieved",
        1,
    ),
    (
        f"(?:شده|گردیده|داشته|کرده|رسیده|یافته)(?:{_S}(?:است|اند|ایم|اید|بود))?|داده{_S}(?:است|اند|ایم|بود)|"
        f"شد|شدند|"
        f"کرد|کردیم|کردند|رسید|رسیدند|یافت|داشتیم|داشت|دادیم|توانستیم|تا{_S}کنون|تاکنون|باخت|باختند|"
        f"برداشتند|انجام{_S}شد|"
        # what happened: «۱۵۰۲ فقره آتش‌سوزی … رخ داد», «… اتفاق افتاد», «… به وقوع پیوست»
        f"(?:(?:رخ|روی)[ {ZWNJ}](?:داد|دادند|داده)|اتفاق{_S}(?:افتاد|افتاده)|به{_S}وقوع{_S}(?:پیوست|پیوسته))"
        f"(?!{_S}باشد)",  # not «ممکن است رخ داده باشد»
        "achieved",
        2,
    ),
]
_PATTERN = re.compile("|".join(f"{_B}(?P<m{i}>{p}){_E}" for i, (p, _, _) in enumerate(_CUES)))
# Beyond the figure, the sentence is read only up to the next conjunct: «… فعالیت می‌کند و
# تا پایان امسال …» says nothing about what came before «و»; nor does a clause that «که»
# opens («۸ هزار نفر فاقد مسکن هستند که اولویت با آنان خواهد بود»).
_NEXT_CONJUNCT = re.compile(
    r"[،,؛;]| و "
    # «که» after a finite verb, not «واحد که»
    r"|(?:(?<=است )|(?<=هست )|(?<=بود )|(?<=شد )|(?<=دارد )|(?<=باشد )|(?<=شود )|(?<=شوند )"
    r"|(?<=[^چبپو]ند ))که "
)
# «از X … به [figure]»: what lies between «از» and «به» is said of where it started
_FROM_PART = re.compile(f"{_B}از(?P<part>{_S}[^.،؛:]{{1,80}}?){_S}به(?:{_S}[^\\s.،؛:۰-۹]+){{0,2}}{_S}$")
# «اگر», «چنانچه», «در صورتی که» opening the figure's clause: no comma or full stop since
_IF = re.compile(f"{_B}(?:اگر|چنانچه|درصورتی{_S}که|در{_S}صورتی{_S}که)(?={_S})[^،,.؛:]*$")
_BY_ESTIMATE = re.compile(f"{_B}(?:بر{_S}اساس|براساس|طبق|به{_S}گزارش){_S} ?(?:برآورد|تخمین)")


_GAPPED = re.compile(
    f"{_B}(?<!برای )(?<!جهت )(?<!به )(?:{_DONE}|دستگیر|متلاشی|ساخته|تحویل|افتتاح|صادر|نصب|توزیع|"
    f"تکمیل|ثبت|جمع{_S}آوری|معدوم|منهدم|آزاد|اجرا|واگذار){_S}$"
)


def conditional(text: str, sentence: tuple[int, int], start: int) -> bool:
    """Is the figure at ``start`` in an «اگر»/«چنانچه» clause («اگر مصرف از ۴۳۵ میلیون
    مترمکعب … افزایش یابد، مجبور خواهیم بود …»)? A condition, whatever the main clause
    after it or a time ahead will do: no plan."""
    return bool(_IF.search(text, max(sentence[0], start - 80), start))


def modality(
    text: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    start: int,
    end: int,
    *,
    skip: tuple[tuple[int, int], ...] = (),
) -> str:
    """The modality of the figure at ``text[start:end]``; cues inside ``skip`` (the
    reporting verbs, «اعلام کرد») are not evidence."""
    if _BY_ESTIMATE.search(text, *sentence):
        return "estimate"
    if earlier := _FROM_PART.search(text, clause[0], start):
        # «از هدف‌گذاری رشد ۵.۵ درصدی … به رشد [۴.۶ درصدی] رسید»: the aim is the «از» part's
        skip = tuple(sorted((*skip, earlier.span("part"))))
    in_clause = _cues(text, clause, start, end, skip)
    if in_clause:
        return max(in_clause, key=lambda c: c[1] * 1000 - c[0])[2]
    if conditional(text, sentence, start):
        return "stated"
    stop = _NEXT_CONJUNCT.search(text, end, sentence[1])
    reach = (sentence[0], stop.start() if stop else sentence[1])
    in_sentence = _cues(text, reach, start, end, skip)
    if not in_sentence and stop and stop.group(0) == " و " and _GAPPED.search(text, end, stop.start() + 1):
        # «۶۴۰ سارق دستگیر و ۹۰ باند سرقت متلاشی شده است»: a light verb's noun with its verb
        # left out shares the next conjunct's
        after = _NEXT_CONJUNCT.search(text, stop.end(), sentence[1])
        in_sentence = _cues(text, (stop.end(), after.start() if after else sentence[1]), start, end, skip)
    if in_sentence:
        return min(in_sentence, key=lambda c: c[0] * 10 - c[1])[2]
    return "stated"


def _inside(pos: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted, not overlapping)?"""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _cues(
    text: str, span: tuple[int, int], start: int, end: int, skip: tuple[tuple[int, int], ...]
) -> list[tuple[int, int, str]]:
    """(distance to the figure, weight, modality) of every cue in ``span``."""
    out = []
    for match in _PATTERN.finditer(text, *span):
        if start <= match.start() < end or _inside(match.start(), skip):
            continue
        index = int(match.lastgroup[1:])  # type: ignore[index]
        _, kind, weight = _CUES[index]
        distance = start - match.end() if match.end() <= start else match.start() - end
        out.append((distance, weight, kind))
    return out
