"""One report in, its statements and figures out: :func:`extract`.

Everything here works on the normalised text and maps spans back to the raw text at the
end, so every ``start``/``end`` in the result points into ``report.text``.

>>> from claimgraph.loaders.model import Report
>>> text = "علی رضایی مدیرعامل شرکت نفت گفت: تولید در سال ۱۴۰۱ به بیش از ۳ میلیون بشکه رسید."
>>> fig = extract(Report("a.txt", text)).figures[0]
>>> text[fig.start:fig.end], fig.value, fig.unit, fig.qualifier, fig.period.start
('بیش از ۳ میلیون بشکه', Decimal('3000000'), 'barrel', 'more_than', datetime.date(2022, 3, 21))
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .attribution import CLAIM_LEAD, DECIDED, FoundStatement, find_statements, source_chain
from .catalogue import MetricConcept, metrics
from .context import context_keys
from .figures import TIME_UNITS, FigureDraft, find_figures
from .identity import body, place_in, place_tails, places_named, post_label
from .metrics import (
    CHANGE_WORDS,
    MONEY,
    RATES,
    UNKNOWN_METRIC,
    lemma,
    relative_head,
    resolve,
    said_of_words,
    time_word,
)
from .modality import conditional, modality
from .model import Anchor, Extraction, Figure, Metric, Period, Person, Report, Statement
from .normalize import LETTER, ZWNJ, key, normalize_text
from .offsets import MappedText
from .people import Mention, body_of, tokens
from .periods import (
    PeriodMatch,
    Window,
    a_year_before,
    anchor,
    combined,
    find_periods,
    in_context,
    jalali_months,
    previous,
    report_days,
    undated_recurrence,
    year_before,
)
from .segment import Index, Span, clause_around, clause_before, sentences

ABOUT = Decimal("0.05")  # «حدود»/«بالغ بر»: ±5% around the stated value
_SEP = f"[ {ZWNJ}]"
# «به این عدد», «از این تعداد»: the figure counts the same thing as the one before it.
# «۳۵۰ هزار واحد» counts housing units when the metric says so, factories likewise.
_UNIT_BY_METRIC = {"housing-units": "housing_unit", "factories": "factory"}
_COMPARE = f"(?:مقایسه|قیاس){_SEP}با"  # «در مقایسه با», «در قیاس با»
# Words before a period that make it the base a figure is compared with, not its period.
_BASE = re.compile(
    f"(?:نسبت{_SEP}به|مشابه|برابر|بیشتر{_SEP}از|کمتر{_SEP}از|بالاتر{_SEP}از|{_COMPARE})"
    f"(?:(?:{_SEP}[^\\s،.:]+){{0,2}}{_SEP}?"
    # «نسبت به فصل مشابه در سال قبل (بهار ۱۴۰۱)»: the base spelled out in brackets
    f"|(?:{_SEP}[^\\s،.:()]+){{0,5}}{_SEP}?\\({_SEP}?)$"
)
# «… ۴۲.۴ درصد افزایش و در دوازده ماهه منتهی به …»: a period opening the next clause
# «رشد ۵.۶ درصدی بخش کشاورزی کشور» in a sentence about a province: the figure says national
_ORDINAL = "اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|هشتم|نهم|دهم"
_GROUP = re.compile(
    f"(?<![{LETTER}{ZWNJ}])(?:دهک(?:{_SEP}?های)?{_SEP}(?:{_ORDINAL})(?:{_SEP}(?:و|تا){_SEP}(?:{_ORDINAL}))*"
    f"|(?:خانوار(?:{_SEP}?های)?|مناطق|جامعه){_SEP}(?:شهری|روستایی))(?![{LETTER}{ZWNJ}])"
)


def _last(found: Iterable[re.Match[str]]) -> re.Match[str] | None:
    return next(iter(reversed(list(found))), None)


# («… ۵ درصد کل کشور»; not the next conjunct's: «در استان فارس ۲۰۰ مگاوات و در کل کشور …»)
_NATIONAL_AFTER = re.compile(
    f"(?:{_SEP}(?!(?:و|اما|ولی){_SEP})[^\\s،.:؛]+){{0,3}}?{_SEP}(?:کل{_SEP})?کشور(?![\\w{ZWNJ}])"
)
# Between a figure and a period that is its complement: spaces only, no preposition («هدف رشد
# ۵.۵ درصدی برنامه هفتم به رشد ۵.۶ درصدی»: the plan is the figure before's)
_COMPLEMENT = re.compile(f"{_SEP}*")
# A finite verb and «و» or «که»: the clause of the figure before has ended («پنج دهک … تحت
# پوشش هستند و نسخه الکترونیک از ۱۰ درصد در ابتدای دولت …», «۷۰۰ هزار زائر حضور دارند که
# انتظار می‌رود از فردا بازگشت آنان آغاز شود»)
_CLAUSE_DONE = re.compile(
    f"{_SEP}(?:است|هستند|بود|بودند|بوده(?:{ZWNJ}?(?:است|اند))?|شد|شدند|دارد|دارند|داشت|داشتند|کرد|کردند|یافت|رسید|می{ZWNJ}?(?:شود|شوند)){_SEP}?[،,]?{_SEP}(?:و|که){_SEP}"
)
_OTHER_CLAUSE = 40  # characters a time that ended the clause before counts farther
_JUST_ENDED = re.compile(r"[\s،,]*(?:و\s+)?")
_ENDED_CLAUSE = 1000  # characters: farther than any period of the figure's own clause
_RELATIVE = re.compile(f"{_SEP}که{_SEP}?$")  # a clause that opens with «که»
_BUT = re.compile(
    f"(?<![{LETTER}{ZWNJ}])(?:اما|ولی|لیکن|ولیکن|در{_SEP}حالی{_SEP}?که|درحالی{_SEP}?که)(?![{LETTER}{ZWNJ}])"
)
_LIST_ITEM = re.compile(r"\s*[-–•*]")  # a line of a list
_NAMELY = re.compile(f"{_SEP}*[،,]?{_SEP}*یعنی{_SEP}+")  # «X یعنی Y درصد»: Y says X another way
_IN_BRACKETS = re.compile(f"{_SEP}*(?:[^\\s()،,.:؛۰-۹]+{_SEP}*){{0,2}}\\({_SEP}*")  # «… نفر زن (»
# «… که [امسال]», «… که در [سال آبی گذشته]»: a period that opens a «که» clause
_OWN_CLAUSE = re.compile(f"(?:^|{_SEP})که{_SEP}(?:[^\\s،,.:؛]+{_SEP}){{0,2}}$")  # «که این رقم [امسال]»
# «… در مدت مشابه سال گذشته ۷۷۲ …», «در مقایسه با ۵۰۳ هزار دستگاه تولید مدت مشابه پارسال»:
# a value of the same days a year before
_COMPARED_WITH = re.compile(
    f"(?:{_COMPARE}|نسبت{_SEP}به)(?:{_SEP}(?:تولید|رقم|حجم|میزان|عدد))?{_SEP}$"
)
# «در مقایسه با تولید ۷۸ هزار و ۷۳۴ دستگاه خودروی تولید شده پارسال»: a period after the
# figure compared with is that base's, not the period of what the sentence says next
_COMPARED_FIGURE = re.compile(
    f"{_COMPARE}(?:{_SEP}[^\\s،.:؛۰-۹]+)?{_SEP}[۰-۹][۰-۹٫٬]*"
    f"(?:{_SEP}(?:هزار|میلیون|میلیارد|و|[۰-۹][۰-۹٫٬]*))*"
    f"(?:{_SEP}(?!(?:و|که|اما|ولی){_SEP})[^\\s،.:؛۰-۹]+){{0,5}}{_SEP}$"
)
_SAME = (
    f"(?:مدت|دوره|زمان|بازه|ماه|فصل|هفته|روز|رقم|عدد|میزان)(?:{_SEP}زمانی?)?{_SEP}مشابه{_SEP}(?:در{_SEP})?$"
)
_SAME_AFTER = re.compile(_SAME)
_SAME_SPAN = re.compile(f"(?:در|طی){_SEP}{_SAME}")
_LAST_YEAR = re.compile(f"سال{_SEP}(?:گذشته|قبل)|پارسال")
# between «در مدت مشابه پارسال» and its figure: nothing, or the words that name what is
# counted («… مجموع تولید آنها حدود ۵۵ هزار دستگاه»), no number and no other clause
_SUBJECT_ONLY = re.compile(
    f"(?:{_SEP}?[،,])?(?:{_SEP}(?!(?:که|و|اما|ولی|نسبت|مقایسه){_SEP})[^\\s،,.:؛;0-9۰-۹]+){{0,6}}{_SEP}?"
)
_PAST_WORDS = re.compile("گذشته|قبل|پارسال|پیش")  # a sentence before's «سال گذشته» is no «now»
_SAME_BACK = 300  # characters before a sentence looked back in for the days «مدت مشابه» repeats
# «نسبت به اسفند ۱۴۰۱ که ۴.۷ درصد بوده است», «نسبت به آذر سال گذشته با ۹۶ هزار دستگاه»: the
# base's own figure is of the base's time
# (or in brackets: «نسبت به رقم مشابه سال قبل (۴۰.۵ میلیارد مترمکعب)»)
_BASE_VALUE = re.compile(f"{_SEP}?،?{_SEP}?(?:(?:که(?:{_SEP}[^\\s،.:]+){{0,2}}|با){_SEP}|\\({_SEP}?)")
_NEXT_CLAUSE = re.compile(f"(?:{_SEP}و|،|{_SEP}که){_SEP}?(?:در|طی){_SEP}$")
# «… و تأدیه بدهی ۲۶۰ هزار میلیارد تومانی در دوره کوتاه …»: a period with its preposition
# is the clause's, for every figure before it; without one («رشد ۵.۵ درصدی برنامه هفتم») it
# is the nearest figure's, and so is a deadline («… ۲۰۰۰ تخت اضافه و ۱۴۰۰ پروژه را تا ۱۲
# فروردین …»)
_ADVERBIAL = re.compile(f"(?:^|{_SEP})(?:در|طی|از|مربوط{_SEP}به)(?:{_SEP}[^\\s،.:]+){{0,2}}{_SEP}$")
_AHEAD = ("target", "forecast")  # not reached yet: an aim, or what is expected
# «تهران – ایرنا –», «آمل - معاون …»: a town and an outlet opening the report
_DATELINE = re.compile(
    r"\s*[^\s\-–،:.]{2,20}(?: [^\s\-–،:.]{2,20})?\s*[-–]\s*(?:[^\s\-–،:.]{2,20}\s*[-–]\s*)?"
)
# «که عددی معادل ۱۷ میلیارد … بوده»: the same quantity as the figure before, at another time
_ANAPHORA = re.compile(
    f"(?:به|از|بر) این{_SEP}(?:عدد|رقم|تعداد|میزان|آمار)|(?<![^\\s{ZWNJ}])(?:عددی|رقمی){_SEP}(?:معادل|برابر)"
)


def extract(report: Report) -> Extraction:
    """Statements and figures of one report. Raises nothing for any text."""
    mapped = normalize_text(report.text)
    text = mapped.text
    chain = source_chain(text)
    report = dataclasses.replace(report, outlet=report.outlet or chain.outlet, via=report.via or chain.via)
    found = find_statements(text, via=report.via)
    people = _profiles(found)
    statements = [_statement(mapped, st, people) for st in found]
    sentence_spans = sentences(text)
    index = Index(sentence_spans)
    drafts = find_figures(text)
    # «امروز (دوشنبه، ۱۰ شهریور)» in a report known by a window of days: its «now» is that day
    window = report_days(text, report.date_window)
    dateline = m.end() if (m := _DATELINE.match(text)) else 0
    named = _named_before(text, window)
    budget = _budget_year(text, window)
    periods = in_context(text, _periods_near_figures(text, window, sentence_spans, index, drafts), named)
    # «هشت سال دفاع مقدس», «جنگ ۱۲ روزه»: a number in a named period's own words is its name;
    # «بهار ۹۹»: a bare number inside a dated period is its year, and «طی هشت ماه امسال» a
    # span of time inside one its length
    holding = [(p.start, p.end, bool(p.period.key)) for p in periods if p.period.key or p.period.start]
    fallback: dict[tuple[int, int], Period] = {}
    said_on: dict[tuple[int, int], Period] = {}
    present: dict[tuple[int, int], Period] = {}
    continued: set[tuple[int, int]] = set()
    topics: dict[tuple[int, int], tuple[Period, int]] = {}
    contrasted: set[tuple[int, int]] = set()
    claims: set[tuple[int, int]] = set()
    numbers = [d.number_start for d in drafts]
    # the reporting verbs are no evidence of what was done; a decision («… موافقت کرد») is
    cues = tuple(sorted((st.cue.start, st.cue.end) for st in found if st.cue.verb != DECIDED))
    # «به گفته آقای نوری، …», «به گزارش روابط عمومی شرکت فرودگاه‌ها، …»: who told, no words of
    # what the figures after it count
    sources = tuple(
        sorted(
            (st.cue.start, st.mention.end)
            for st in found
            if st.cue.verb in _SOURCE_CUES and st.cue.start < st.mention.end
        )
    )
    starts = [st.start for st in found]
    figures: list[Figure] = []
    at: list[int] = []  # where each figure starts in the normalised text
    ends: list[int] = []  # and ends
    for n, draft in enumerate(drafts):
        if any(s <= draft.number_start < e and _held(draft, e, named) for s, e, named in holding):
            continue
        i = index.find(draft.number_start)
        sentence = sentence_spans[i] if i is not None else (draft.start, draft.end)
        owner = _owner(found, starts, draft.number_start)
        # a period after this figure must not reach across the next figure (its «از X به Y» partner aside)
        nxt = n + 2 if draft.earlier else n + 1
        barrier = numbers[nxt] if nxt < len(numbers) else len(text)
        behind = drafts[n - 1].end if n else -1  # where the figure before this one ends
        figure = _figure(mapped, draft, sentence, periods, owner, cues, barrier, behind, sources)
        if budget and figure.period is None and _BUDGET_WORDS.search(text, *sentence):
            # «لایحه بودجه ۱۴۰۵ … تقدیم شد», then «این بودجه از حیث منابع و مصارف بالغ بر …»: the
            # bill's figures are of the year it budgets
            figure = dataclasses.replace(figure, period=budget)
        if _rhetorical(text, draft, figure):
            continue
        ahead = _ahead(figure.period, window) and not conditional(text, sentence, draft.start)
        if figure.modality in ("stated", "achieved") and ahead:
            figure = dataclasses.replace(figure, modality="plan")  # «در پنج سال آینده … ساخته می‌شود»
        if figure.modality == "plan" and _past(figure.period, window):
            # «تا پایان مرداد امسال … رسید» in a report of Shahrivar: a deadline gone by is no plan
            deadlines = tuple((m.start(), m.end()) for m in _DEADLINE.finditer(text, *sentence))
            again = modality(
                text,
                _quote_part(text, sentence, draft.start),
                clause_around(text, sentence, draft.start, draft.end),
                draft.start,
                draft.end,
                skip=tuple(sorted(set(cues) | set(deadlines))),
            )
            figure = dataclasses.replace(figure, modality=again)
        if (
            undated_recurrence(figure.period)
            and (figure.unit in RATES or figure.period.recurrence != "yearly")  # type: ignore[union-attr]
            and (month := _last_before(named, draft.start))
        ):
            # «تورم سالانه» given for the month named before; «به‌طور میانگین سالانه ۸ میلیون گردشگر»
            # is a year's count, of no month
            fallback[figure.start, figure.end] = month
        if figure.period is None and _follows(at, sentence) and _BUT.search(text, ends[-1], draft.start):
            # «اکنون ۶۰ قلم است در حالی که در برخی مقاطع [۳۰۰ قلم] بود»: set against the figure
            # before, at another time, which no period carried from before says
            contrasted.add((figure.start, figure.end))
        if figure.period is None and figure.statement is None and (
            _GOES_ON.match(text, sentence[0]) or _THIS_QUANTITY.search(text, sentence[0], draft.start)
        ):
            # «در ۷۲ ساعت گذشته … به ۵۰۰ نفر امدادرسانی کرد. همچنین ۴۰ نفر …»: the report's own
            # account goes on in the time it set
            continued.add((figure.start, figure.end))
        if figure.period is None and (day := _said_on(text, periods, sentence, draft.start)):
            said_on[figure.start, figure.end] = dataclasses.replace(day, as_of=True)
        if CLAIM_LEAD.search(text, sentence[0], draft.start) and ":" in text[draft.end : sentence[1]]:
            claims.add((figure.start, figure.end))  # «با بیان اینکه پارسال ۴۲ میلیمتر …، خاطرنشان کرد: …»
        if (
            figure.period is None
            and figure.statement is not None
            and (topic := _topic_period(text, periods, sentence, draft.start))
            # «درباره خرید گندم در سال زراعی جاری افزود: …»: what is counted up from the year's
            # start is counted so, while the span it is about is still running
            and not (_runs(figure) and topic[0].end and window[1] and topic[0].end >= window[1])
        ):
            topics[figure.start, figure.end] = topic
        clause = clause_around(text, sentence, draft.start, draft.end)
        if (figure.period is None or figure.period.as_of) and (
            state := _IN_PROGRESS.search(text, draft.end, clause[1])
        ):
            # «ده پروژه دیگر در دست اقدام است», «با پیشرفت ۴۰ درصدی در حال احداث است»: how
            # things stand when it was said, not a span carried from before
            present[figure.start, figure.end] = said_on.get((figure.start, figure.end)) or Period(
                state.group(0), as_of=True
            )
        anaphora = _ANAPHORA.search(figure.metric_text or "")
        if figures and (anaphora or _changed(figures[-1], figure)):
            # «از این رقم ۴ میلیارد دلار به صادرات …»: a part of that figure, named by its own
            # catalogue concept when it has one
            part = anaphora and anaphora.group(0).startswith("از") and not figure.metric.minted
            if not part:
                figure = dataclasses.replace(figure, metric=_better(figures[-1].metric, figure.metric))
        follows = _follows(at, sentence)  # a figure before it in its sentence
        if (
            follows
            and figures[-1].period is not None
            and _a_base(figures[-1].period)
            and figures[-1].unit == figure.unit
            and _NEXT_OF_BASE.fullmatch(text, ends[-1], draft.start)
        ):
            # «این رقم در مدت مشابه پارسال، ۲۳ میلیون تن «شمش» و [۱۶ میلیون تن] «محصولات» بود»:
            # the next member of the base's list is of the base's days too
            figure = dataclasses.replace(figure, period=figures[-1].period)
        # «… افزایش ۲۰ درصدی را نشان می‌دهد»: a word of change alone names no quantity
        changed_only = figure.metric.minted and figure.metric.label in CHANGE_WORDS
        unnamed = figure.metric.key == UNKNOWN_METRIC or changed_only
        referred = (
            unnamed
            and follows
            and (
                _of_this(text, sentence, clause)
                or (_moved(text, draft) and _compared(text, sentence, clause))
                # «رشد نقدینگی در کانال ۲۵ درصد بود … و اکنون به [حدود ۲۸ درصد] رسیده است»: the
                # level the same quantity reached, its subject left unsaid
                or (figures[-1].unit == figure.unit and _REACHED_TO.search(text, draft.start - 6, draft.start)
                    and _REACHED.match(text, draft.end))
            )
        )
        if referred:
            # «… نرخ بیکاری … به ۷.۸ درصد رسیده و این شاخص نسبت به زمستان ۱۴۰۲، معادل [۰.۸
            # درصد] کاهش یافته», «… به ۱۴۴ میلیون لیتر رسید که نسبت به مدت مشابه پارسال (…)، [۱۵
            # درصد] افزایش داشته»: what the figure before it in the sentence measures
            figure = dataclasses.replace(figure, metric=_better(figure.metric, figures[-1].metric))
        if follows and figure.metric.minted and figure.metric.label in _WORTH_ONLY and _WORTH.search(
            text, max(0, draft.start - 12), draft.start
        ):
            # «۴۸ میلیون تن کالای صادراتی به ارزش [۱۶ میلیارد دلار]»: the worth of what the figure
            # before counts
            if figures[-1].metric.key != UNKNOWN_METRIC:
                figure = dataclasses.replace(figure, metric=figures[-1].metric)
        if (
            follows
            and figure.unit in RATES
            and figures[-1].unit not in RATES
            and figures[-1].metric.key != UNKNOWN_METRIC
            and (
                _IN_BRACKETS.fullmatch(text, ends[-1], draft.start)
                or (figure.metric.minted and _NAMELY.fullmatch(text, ends[-1], draft.start))
            )
        ):
            # «۶۶۲ هزار نفر زن [(۵۹.۵۵ درصد)]», «… به ۱۱۴ هزار میلیارد تومان یعنی [۷۴ درصد]
            # برسد»: the share the figure before is of its whole
            figure = dataclasses.replace(figure, metric=figures[-1].metric)
        if figure.metric.minted and (short := _said_short(figure, figures, follows, text, clause[0])):
            figure = dataclasses.replace(figure, metric=short)
        elif figure.metric.minted and (_a_place(figure.metric.label) or _the_period(figure)):
            # «۷۲ درصد مردم استان خراسان جنوبی معادل [۵۳۰ هزار نفر]», «در دولت سیزدهم [۵۰۰ هزار
            # واحد] ساخته شد»: where or when, not what
            figure = dataclasses.replace(figure, metric=Metric(UNKNOWN_METRIC, _NO_LABEL, minted=True))
        if figure.unit == "unit":
            figure = dataclasses.replace(figure, unit=_specific_unit(figure, figures))
        if figure.unit is None and not figure.metric.minted:
            figure = dataclasses.replace(figure, unit=_expected_unit(figure, text, draft.end))
        left, right = _segment(text, sentence, drafts, n)
        left = _past_source(sources, left, draft.start)
        before = context_keys(text, left, draft.start)[-_CONTEXT_BEFORE:]
        context = before + context_keys(text, draft.end, min(right, clause[1]))[:_CONTEXT_AFTER]
        if not context:
            # «۹۰ امدادگر در قالب ۲۰ تیم به [۴۵۰ نفر] در ۱۲ روستا امدادرسانی کردند»: only stop
            # words between its neighbours; the words of its clause after them say what it is
            context = context_keys(text, draft.end, clause[1])[:_CONTEXT_AFTER]
        elif (last := _last_member(text, drafts, n)) is not None:
            # «[۵ میلیون تن] «شمش» و ۲ میلیون تن «محصولات» صادر کردند»: the verb after the list
            # is every member's
            context = context + context_keys(text, last, clause[1])[:_SHARED_VERB]
        # the place its clause names, else one said since the figure before in the same part
        # of the sentence («استان کردستان با اوج‌گیری تحویل محصول، با خرید ۷۴۹ هزار تن»)
        scope = None
        if not _NATIONAL_AFTER.match(text, draft.end):
            # «تهران – ایرنا – …»: the dateline's town is where the news was filed, not its scope
            first, also = max(clause[0], dateline), max(left, dateline)
            # one named after it with a figure of its own is that figure's («از کل ۷۹ هزار ازدواج …
            # مربوط به استان‌های تهران با ۹۲۷۲ مورد»)
            scope = place_in(text, first, draft.start) or place_in(text, draft.start, clause[1], others=True)
            if scope is None and also < first:
                scope = place_in(text, also, first)
            if scope and len(listed := places_named(text, min(first, also), draft.start)) >= _MANY_PLACES:
                # «۶ استان آذربایجان غربی، همدان، … با مجموع خرید ۲ میلیون تن»: theirs together; «در
                # ۲۴ استان کشور شامل آذربایجان شرقی، اردبیل، …»: the country's
                whole = _THE_COUNTRYS.search(text, min(first, also), draft.start)
                scope = None if whole else "+".join(listed)
        if scope is None and (group := _last(_GROUP.finditer(text, max(sentence[0], behind), draft.start))):
            # «نرخ تورم سالانه برای دهک‌های دهم ۳۵ درصد», «تورم خانوارهای روستایی»: a part of the
            # people counted, not all of them
            scope = key(re.sub(f"[ {ZWNJ}]+", " ", group.group(0)).replace("دهک های", "دهک"))
        if scope is None and _LIST_ITEM.match(text, sentence[0]) and (
            here := place_in(text, sentence[0], draft.start)
        ):
            # «- قیمت هر کیلوگرم مرغ زنده در زنجان ۹۱۰۰ ریال و قیمت هر کیلوگرم گوشت مرغ [۱۴۱۰۰
            # ریال]»: a list line's place is every figure's on it
            scope = here
        aspect = _aspect(text, draft, figure.unit)
        if referred and aspect is None and _moved(text, draft):
            aspect = "change"  # how far that quantity moved, never one of its levels (a rate's too)
        figures.append(
            dataclasses.replace(figure, scope=scope, aspect=aspect, context=tuple(dict.fromkeys(context)))
        )
        at.append(draft.start)
        ends.append(draft.end)
    figures = _ranked_units(text, _parts_of_wholes(text, figures, at, ends), at, ends)
    wholes = {
        (f.start, f.end) for i, f in enumerate(figures) if i and _OUT_OF.fullmatch(text, ends[i - 1], at[i])
    }
    figures = _headline_of_one(text, _body_report(figures, statements), at, statements)
    figures = _quote_goes_on(text, figures, at, statements)
    figures = _repeats_attributed(text, figures, at)
    figures = _provincial(text, figures, at, statements, sentence_spans, index)
    carried = _periods_carried(
        _claims_aim(figures), statements, fallback, said_on, present, continued, topics, contrasted, claims,
        history=day - _HISTORY if (day := window[0] or window[1]) else None,
        wholes=wholes,
    )
    figures = _anchored(_earlier_periods(_bases_count(_worth_of(text, carried, at, ends))), window)
    figures = _a_year_back(_with_running_total(report.text, _listed_before(report.text, figures)))
    return Extraction(report, tuple(statements), tuple(figures), tuple(people.values()))


_MANY_PLACES = 3  # provinces or towns named before a figure that make it theirs together, not one's
_THE_COUNTRYS = re.compile(f"استان{_SEP}?(?:های)?{_SEP}کشور|{_SEP}شامل{_SEP}")
_CONTEXT_BEFORE, _CONTEXT_AFTER = 6, 5  # content words kept on each side (the nearest)


_SHARED_VERB = 2  # content words after a list's last member that every member is said with


def _last_member(text: str, drafts: list[FigureDraft], n: int) -> int | None:
    """Where the last figure of a list that figure n opens ends («X «شمش» و Y «محصولات» …»),
    when n is not the last; else None."""
    k = n
    while k + 1 < len(drafts) and drafts[k + 1].unit == drafts[n].unit and _SAME_BASE_MEMBER.fullmatch(
        text, drafts[k].end, drafts[k + 1].start
    ):
        k += 1
    return drafts[k].end if k > n else None


def _follows(at: list[int], sentence: tuple[int, int]) -> bool:
    """Is there a figure before this one in its sentence?"""
    return bool(at) and at[-1] >= sentence[0]


def _held(draft: FigureDraft, end: int, named: bool) -> bool:
    """A number inside a period phrase that is part of it, not a figure: in a named period's
    own words, a bare number (a year), or a span of time wholly inside it («طی هشت ماه امسال»)."""
    return named or draft.unit is None or (draft.unit in TIME_UNITS and draft.end <= end)


# «۱۱۵ هزار میلیارد تومان از مجموع ۱۵۷ هزار میلیارد تومان مطالبات گندم‌کاران»: the part is
# said with the words of the whole
_OUT_OF = re.compile(f"{_SEP}از(?:{_SEP}(?:مجموع|کل))?{_SEP}")


def _parts_of_wholes(text: str, figures: list[Figure], starts: list[int], ends: list[int]) -> list[Figure]:
    """«۱۱۵ هزار میلیارد تومان از مجموع ۱۵۷ هزار میلیارد تومان مطالبات گندمکاران …»: a part
    whose own words name nothing counts what its whole counts, in the same unit."""
    out = list(figures)
    for i in range(len(figures) - 1):
        part, whole = figures[i], figures[i + 1]
        if (
            part.metric.minted
            and not whole.metric.minted
            and part.unit == whole.unit
            and _OUT_OF.fullmatch(text, ends[i], starts[i + 1])
        ):
            out[i] = dataclasses.replace(part, metric=whole.metric)
    return out


def _segment(text: str, sentence: tuple[int, int], drafts: list[FigureDraft], n: int) -> tuple[int, int]:
    """The part of the figure's sentence (after a quote's colon) between the figures before
    and after it: the words it is said with («استان کردستان با خرید ۷۴۹ هزار تن»)."""
    left, right = _quote_part(text, sentence, drafts[n].start)
    # «از ۴۰ درصد به ۲۶ درصد» is said with the words around both numbers
    before = n - (2 if drafts[n].change_from is not None else 1)
    after = n + (2 if n + 1 < len(drafts) and drafts[n + 1].change_from is not None else 1)
    if before >= 0 and drafts[before].end > left and drafts[before].end <= drafts[n].start:
        left = drafts[before].end
    if (
        after < len(drafts)
        and drafts[after].start < right
        and drafts[after].start >= drafts[n].end
        and not _OUT_OF.fullmatch(text, drafts[n].end, drafts[after].start)
    ):
        right = drafts[after].start
    return left, right


def _opening_words(text: str, span: tuple[int, int], count: int = 8) -> list[str]:
    """The first ``count`` words of ``span`` that are not words of time."""
    words = [w for _, _, w in tokens(text, *span)]
    counted = 0
    for i, word in enumerate(words):
        counted += not time_word(word)
        if counted >= count:
            return words[: i + 1]
    return words


def _moved(text: str, draft: FigureDraft) -> bool:
    """A word of change right after the figure («[۰.۸ درصد] کاهش یافته») or right before it
    («کاهش [۵ درصدی] داشت»)."""
    after = [w for _, _, w in tokens(text, draft.end, min(len(text), draft.end + 20))][:1]
    before = [w for _, _, w in tokens(text, max(0, draft.start - 12), draft.start)][-1:]
    return bool(after and after[0] in CHANGE_WORDS) or bool(before and before[0] in CHANGE_WORDS)


def _compared(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Does the figure's clause, or the one before it, open with a base it is set against
    («نسبت به مدت مشابه پارسال …»، «در مقایسه با سال قبل …»), with no subject of its own?"""
    previous = clause_before(text, sentence, clause[0])
    return any(_BASE_FIRST.match(text, span[0]) for span in (clause, previous) if span)


_BASE_FIRST = re.compile(f"(?:در{_SEP})?(?:نسبت{_SEP}به|{_COMPARE})")


_REACHED_TO = re.compile(f"(?<![{LETTER}{ZWNJ}])به{_SEP}$")
_REACHED = re.compile(f"{_SEP}*(?:رسید|رسیده|برسد|رسیدند)(?![{LETTER}{ZWNJ}])")


def _of_this(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Does the figure's clause, or the one before it, open with «این» and a word of quantity
    («این شاخص», «همین نرخ», «این رقم»)?"""
    previous = clause_before(text, sentence, clause[0])
    for span in (clause, previous) if previous else (clause,):
        words = list(itertools.dropwhile(_WHILE.__contains__, [w for _, _, w in tokens(text, *span)][:5]))
        if len(words) >= 2 and words[0] in _THIS and words[1] in _QUANTITY_NOUNS:
            return True
    return False


# «در حالی که این رقم …», «درحالیکه این رقم …»: the words that open a clause of contrast
_WHILE = frozenset({"در", "حالی", "که", f"حالی{ZWNJ}که", "حالیکه", "درحالیکه", f"درحالی{ZWNJ}که"})


def _changed(earlier: Figure, figure: Figure) -> bool:
    """«از ۴۰ درصد به ۲۶ درصد»: the second of a change measures what the first does."""
    return earlier.earlier and figure.change_from is not None


def _said_short(
    figure: Figure, figures: list[Figure], follows: bool, text: str, clause_start: int
) -> Metric | None:
    """«… خرید تضمینی گندم … استان کردستان با خرید ۷۴۹ هزار تن»: a one-word phrase that
    opens a catalogue label of a quantity the report counted before in the same unit is
    that quantity said short (the nearest such one), or, with no such figure, of a label
    said in full before the figure's clause («از شکسته شدن رکورد برداشت روزانه گاز … خبر داد
    و گفت: این میزان برداشت به ۷۱۸ میلیون مترمکعب رسید»). In a list by place («خوزستان با خرید
    ۱.۴ میلیون تن، کردستان ۷۷۴ هزار تن»), a place alone is no quantity: the figure counts
    what the one before it in the sentence counts, in the same unit (``follows``: there is
    one before it in the sentence)."""
    if figure.unit is None:
        return None
    label = figure.metric.label
    if follows and _a_place(label):
        earlier = figures[-1]
        return earlier.metric if earlier.unit == figure.unit else None
    if " " in label:
        return None
    word = lemma(label)
    for earlier in reversed(figures):
        concept = metrics().get(earlier.metric.key)
        if concept and earlier.unit == figure.unit and _opens_a_label(word, concept):
            return earlier.metric
    said = [w for _, _, w in tokens(text, max(0, clause_start - _SAID_BEFORE), clause_start)]
    for i in [i for i, w in enumerate(said) if lemma(w) == word][-3:][::-1]:  # the nearest three
        metric = resolve(said[i : i + 7], [])
        concept = metrics().get(metric.key)
        if concept and concept.expected_unit in (None, figure.unit) and _opens_a_label(word, concept):
            return metric
    return None


_SAID_BEFORE = 2000  # characters before a clause searched for a label said in full
_PLACE_WORDS = frozenset("استان شهرستان شهر کشور منطقه".split())
_NO_LABEL = "نامشخص"
_WORTH = re.compile(f"به{_SEP}ارزش{_SEP}?$")
_WORTH_ONLY = frozenset({"ارزش", _NO_LABEL})  # what a figure «به ارزش …» is read as on its own


def _the_period(figure: Figure) -> bool:
    """Is a minted phrase the words of the figure's own period («دولت سیزدهم»)?"""
    if not figure.period or not figure.period.text:
        return False
    said = {lemma(w) for w in figure.period.text.split()}
    return all(lemma(w) in said for w in figure.metric.label.split())


def _a_place(label: str) -> bool:
    """Does a minted phrase only name a place («کردستان», «استان خراسان جنوبی», «کشور»)?"""
    words = label.split()
    if len(words) > 1 and words[0] == "استان":
        return True  # «استان مرکزی»: a province, whatever the word after it says elsewhere
    rest = " ".join(w for w in words if w not in _PLACE_WORDS)
    return not rest or place_in(rest, 0, len(rest)) == key(rest) or rest in place_tails()


def _opens_a_label(word: str, concept: MetricConcept) -> bool:
    """Is ``word`` (a lemma) the first word of one of the concept's labels of two words or more?"""
    return any(lemma(label.split()[0]) == word for label in concept.labels if " " in label)


def _better(first: Metric, second: Metric) -> Metric:
    """Of two readings of one quantity's metric, a catalogue concept, else a phrase."""
    if first.key == UNKNOWN_METRIC or (first.minted and not second.minted):
        return second if second.key != UNKNOWN_METRIC else first
    return first


def _body_report(figures: list[Figure], statements: list[Statement]) -> list[Figure]:
    """A report in which one body alone speaks («مرکز آمار ایران اعلام کرد», «متن گزارش
    بانک مرکزی», however many ways it names it: «آمار ثبت احوال نشان داد», «بر پایه آمار ثبت
    احوال کشور») gives that body's figures throughout: a figure no statement holds is the
    body's, from its statement nearest before it (or its first)."""
    speakers = {s.speaker for s in statements if s.speaker}
    if not speakers or not all(p.body for p in speakers) or len({body(p.name).key for p in speakers}) != 1:
        return figures
    said = [i for i, s in enumerate(statements) if s.speaker]  # not the outlet's own lines
    starts = [statements[i].start for i in said]
    return [
        dataclasses.replace(f, statement=said[max(bisect_right(starts, f.start) - 1, 0)])
        if f.statement is None
        else f
        for f in figures
    ]


def _headline_of_one(
    text: str, figures: list[Figure], at: list[int], statements: list[Statement]
) -> list[Figure]:
    """The headline of a report in which one person alone speaks («امدادرسانی هلال‌احمر به ۱۳
    هزار نفر …», then «سخنگوی جمعیت هلال‌احمر اعلام کرد …») sums up what they said: its
    figures no statement holds are theirs."""
    said = [i for i, s in enumerate(statements) if s.speaker]
    if not said or len({statements[i].speaker.name for i in said}) != 1:  # type: ignore[union-attr]
        return figures
    line = text.find("\n")
    if line < 0 or _headline_at(text, 0) is None or re.search(r"[.!؟?]\s", text[:line]):
        return figures  # a reporter's opening paragraph, not a headline: the outlet's own words
    return [
        dataclasses.replace(f, statement=said[0]) if f.statement is None and 0 <= pos < line else f
        for f, pos in zip(figures, at, strict=True)
    ]



def _quote_goes_on(
    text: str, figures: list[Figure], at: list[int], statements: list[Statement]
) -> list[Figure]:
    """A paragraph with figures and no words of who says them, just after someone has spoken
    («… مجتبی عبداللهی، استاندار البرز، عنوان کرد که … ۱۳۹۳ پروژه …», then «جزئیات پروژه‌های
    دولتی شامل ۲۹۲ پروژه در شهرستان کرج … است»), goes on with what that speaker said: the
    outlet that relays the quote is not who gives its details. Only the next paragraphs
    (``_GOES_ON_PARAGRAPHS``; a list of short lines as far as it goes) and not the reporter's
    own («به گزارش …», «گفتنی است …») or a question: further on, a long report is the
    writer's again."""
    out: list[Figure] = []
    last: tuple[int, int] | None = None  # where the last figure a speaker holds is, and its statement
    for f, pos in zip(figures, at, strict=True):
        if f.statement is not None and statements[f.statement].speaker:
            last = (pos, f.statement)
        elif f.statement is None and last and _paragraphs_between(text, last[0], pos) <= _GOES_ON_PARAGRAPHS:
            line = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            asked = "؟" in text[line : end if end >= 0 else len(text)]
            if not asked and not _REPORTERS_OWN.match(text, line):
                f = dataclasses.replace(f, statement=last[1])
                if (end if end >= 0 else len(text)) - line <= _LIST_LINE:
                    # a list's short lines («حق مسکن بدون تغییر ۹۰۰ هزار تومان») go on one after another
                    last = (pos, last[1])
        out.append(f)
    return out


_LIST_LINE = 160  # characters: a line this short, with figures and no speaker, is a list's item


_GOES_ON_PARAGRAPHS = 2
# what opens a reporter's own paragraph, not a speaker's
_REPORTERS_OWN = re.compile(
    f"\\s*(?:[-*•]\\s*)?(?:به{_SEP}گزارش|گفتنی{_SEP}است|لازم{_SEP}به{_SEP}(?:ذکر|یادآوری){_SEP}است"
    f"|یادآور{_SEP}می{_SEP}شود|شایان{_SEP}ذکر{_SEP}است|در{_SEP}همین{_SEP}حال)"
)


def _paragraphs_between(text: str, first: int, second: int) -> int:
    """How many paragraphs (lines with words) after ``first``'s the one holding ``second`` is."""
    return sum(1 for line in text[first:second].split("\n")[1:] if line.strip())


def _periods_carried(
    figures: list[Figure],
    statements: list[Statement] | tuple[Statement, ...] = (),
    fallback: dict[tuple[int, int], Period] | None = None,
    said_on: dict[tuple[int, int], Period] | None = None,
    present: dict[tuple[int, int], Period] | None = None,
    continued: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    topics: dict[tuple[int, int], tuple[Period, int]] | None = None,
    contrasted: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    claims: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
    history: date | None = None,
    wholes: set[tuple[int, int]] | frozenset[tuple[int, int]] = frozenset(),
) -> list[Figure]:
    """A figure whose sentence names no period takes the period of the same claim made
    elsewhere in the report (the same value and unit: a headline and its statement), or
    else of the last figure before it that measures the same thing («۷ میلیون و ۵۰۰ هزار
    تن … از ابتدای سال تاکنون», then «استان خوزستان با خرید ۱ میلیون و ۴۳۴ هزار تن»), or
    else the last dated period its speaker gave in this statement or the ones just before it
    (what a speaker says next is of the time they set, unless it is a target, and a plan's
    time is carried to plans only; a single day carries only within its statement; the
    report's own account carries its last period to a sentence that goes on with «همچنین»,
    ``continued``; the time a lead-in says the quote is about counts as set where it is
    said, «با اشاره به سفرهای نوروزی امسال گفت: …», ``topics``; none is carried to a figure
    set against the one before it with «در حالی که», «اما», ``contrasted``), or else the day the
    sentence says it was said on («… روز شنبه چهارم شهریور … اظهار کرد: ۲۴ پروژه …»,
    ``said_on``). A period that ended before ``history`` (years before the report: «سال ۱۳۵۷،
    میزان تولید … ۳۲ هزار تن بود») is a past set against the present and is carried to no
    other figure. A whole after its part («هفته گذشته ۱۷ همت از مجموع ۶۰ همت بدهی …»,
    ``wholes``) is not of the part's time, and what follows is not either. A recurring
    quantity with no date («تورم
    سالانه») takes the date the same way. A target's period (a deadline) is carried to
    targets only."""
    by_claim = {(f.value, f.unit): f.period for f in reversed(figures) if _dated(f.period)}
    out: list[Figure] = []
    last: dict[tuple[str, bool], tuple[Period, int]] = {}  # (metric, target?) → its last period, where
    spoken: dict[int, tuple[Period, int]] = {}  # statement → the last dated period it gave, where
    spoken_all: dict[int, tuple[Period, int]] = {}  # … plans' periods too, for plans
    for f in figures:
        own = f.period if _dated(f.period) else None
        target = f.modality in _AHEAD  # a deadline («تا پایان پاییز») is not a time for what is done
        plan = f.modality == "plan"
        # of the same quantity's last period and the speaker's, the one set nearer before
        carried = [last.get((f.metric.key, target))]
        concept = metrics().get(f.metric.key)
        if concept and concept.stock and f.statement is not None and not target:
            # «… بارش هفته گذشته …» then «… گفت: پرشدگی سدها ۳۲ درصد»: a level at its date, of no
            # span the speaker set in what he said before (his own statement's time still holds)
            carried.append((spoken_all if plan else spoken).get(f.statement))
        elif f.statement is not None and not target:
            carried.append(_spoken(spoken_all if plan else spoken, statements, f.statement))
        elif (f.start, f.end) in continued and not target:
            # the report's own account, or the statement it goes on from («… بر پایه آمار ثبت احوال
            # … در سال گذشته …. همچنین کمترین میزان …»): the time set last before it
            carried.append(max(spoken.values(), key=lambda c: c[1], default=None))
        if not target:
            carried.append((topics or {}).get((f.start, f.end)))
        nearest = max((c for c in carried if c), key=lambda c: c[1], default=None)
        if (f.start, f.end) in wholes:
            nearest = None
            last.pop((f.metric.key, target), None)
        if (f.start, f.end) in contrasted:
            nearest = None  # «… در حالی که در برخی مقاطع ۳۰۰ قلم بود»: another time, unsaid
        now = (present or {}).get((f.start, f.end))
        if now and own and own.as_of:
            own = now  # «تاکنون … و ۴ هزار هکتار دیگر در مرحله برداشت قرار دارند»: as it stands
        period = (
            own
            or by_claim.get((f.value, f.unit))
            or now
            or (nearest[0] if nearest else None)
            or (said_on or {}).get((f.start, f.end))
            or (fallback or {}).get((f.start, f.end))
        )
        # X of «از X به Y» is of its own time, and a base's of no use to what is said next
        # (nor a time long gone: «سال ۱۳۵۷، … ۳۲ هزار تن بود، … امروز …»)
        kept = (
            period is not None
            and period is not now
            and not _a_base(period)
            and not f.earlier
            and not (history and period.end and period.end < history)
        )
        carried = period if kept else None  # «در دست اقدام است» is no time for what follows
        if carried and f.metric.key != UNKNOWN_METRIC:
            last[f.metric.key, target] = (carried, f.start)
        if carried and carried.start and carried.end and not target and (f.start, f.end) not in claims:
            # (not a lead-in's claim: «اردکانی با بیان اینکه پارسال ۴۲ میلیمتر بارندگی داشتیم،
            # خاطرنشان کرد: پرشدگی سدها ۳۲ درصد …» — that time is its own, not the quote's)
            said = _ACCOUNT if f.statement is None else f.statement
            spoken_all[said] = (carried, f.start)
            if not plan:  # «این عدد تا پایان شهریور به … می‌رسد»: a plan's time is not of what is done next
                spoken[said] = (carried, f.start)
        if period and not own and undated_recurrence(f.period):
            period = combined(f.period, period) if period.start else f.period  # type: ignore[arg-type]
        period = period or f.period
        out.append(dataclasses.replace(f, period=period) if period is not f.period else f)
    # a headline before its statement: the claim's period as carried above (a value of three
    # figures or more whatever its unit word: «151 بیمار قطعی» over «… تاکنون 151 مورد»; or
    # the figure below it rounds)
    dated = [f for f in reversed(out) if f.period and f.period.start]
    by_claim = {(f.value, f.unit): f.period for f in dated}
    by_value = {f.value: f.period for f in dated if _distinctive(f.value)}

    def claimed(f: Figure) -> Period | None:
        found = by_claim.get((f.value, f.unit)) or by_value.get(f.value)
        if found is None:
            # «جهش ۳۶.۵ درصدی ترانزیت» over «… ۳۶.۵۲ درصد افزایش داشته»: a headline rounds the figure
            # it tells of below
            below = (g for g in reversed(dated) if g.start > f.start and g.unit == f.unit)
            found = next((g.period for g in below if _rounded(f.value, g.value)), None)
        return found

    return [
        dataclasses.replace(f, period=found) if not _dated(f.period) and (found := claimed(f)) else f
        for f in out
    ]


def _rounded(short: Decimal, full: Decimal) -> bool:
    """``short`` is ``full`` rounded to its own last figure, with three significant figures at
    least («۳۶.۵» of «۳۶.۵۲», «۱۷.۸ میلیون» of «۱۷ میلیون و ۷۹۰ هزار»; not «۴» of «۳.۶»).

    >>> _rounded(Decimal("36.5"), Decimal("36.52")), _rounded(Decimal("17800000"), Decimal("17790000"))
    (True, True)
    >>> _rounded(Decimal("36.5"), Decimal("36.6")), _rounded(Decimal("4"), Decimal("3.6"))
    (False, False)
    """
    if not short or short == full:
        return False
    shape = short.normalize().as_tuple()
    if len(shape.digits) < 3 or not isinstance(shape.exponent, int):
        return False
    step = Decimal(1).scaleb(shape.exponent)
    return (full / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == short


_HISTORY = timedelta(days=3653)  # ten years: a time this far back is history, not the report's time
_ACCOUNT = -1  # the report's own account, as a statement of its own in the carrying above
# a sentence that goes on with what the one before told
_GOES_ON = re.compile(
    f"\\s*(?:همچنین|همچنان|علاوه{_SEP}بر{_SEP}این|افزون{_SEP}بر{_SEP}این)(?![{LETTER}{ZWNJ}])"
)
# «در حال احداث است», «در دست اقدام هستند», «در مرحله برداشت قرار دارند»: a state as it stands
_IN_PROGRESS = re.compile(
    f"(?<![{LETTER}{ZWNJ}])در{_SEP}(?:حال|دست|مرحله){_SEP}(?!حاضر)[^\\s،.:؛]+(?:{_SEP}[^\\s،.:؛]+)?{_SEP}"
    f"(?:است|هستند|می{ZWNJ}?باشد|می{ZWNJ}?باشند|قرار{_SEP}دارد|قرار{_SEP}دارند)(?![{LETTER}{ZWNJ}])"
)


def _a_base(period: Period) -> bool:
    """The days of a base a figure is compared with (its own value said with it, or «در مدت
    مشابه سال قبل»): not the time of what is said next."""
    return period.compared or period.year_back


def _dated(period: Period | None) -> bool:
    return bool(
        period and (period.start or period.earliest or period.as_of or not undated_recurrence(period))
    )


def _spoken(
    spoken: dict[int, tuple[Period, int]], statements: list[Statement] | tuple[Statement, ...], n: int
) -> tuple[Period, int] | None:
    """The last dated period of statement n, or of the statements just before it when the
    same person made them («وی افزود: …» after «… در سال ۱۴۰۳ …»)."""
    if n in spoken:
        return spoken[n]
    this = statements[n].speaker if n < len(statements) else None
    for m in range(n - 1, max(n - 4, -1), -1):  # back over the same speaker's statements
        before = statements[m].speaker
        if not (this and before and before.name == this.name):
            return None
        if m in spoken:
            period = spoken[m][0]
            # «پارسال در ۲۶ آذر …», «هفته گذشته ۱۷ همت … پرداخت شد» frame their own statement,
            # not what the speaker says next: a day or a week is when a thing happened
            short = period.start and period.end and (period.end - period.start).days < _A_WEEK
            return None if short else spoken[m]
    return None


_A_WEEK = 7  # days
# «… که بخشی از آن …», «… که از این میزان …»: a clause about part of what was counted
# «از مجموع», «از کل» right before a figure: a whole named (not a bare «از»: «… از ۲۰ هزار نفر فراتر رفت»)
_OF_ALL = re.compile(f"(?<![{LETTER}{ZWNJ}])از{_SEP}(?:مجموع|کل|جمع){_SEP}$")
_WHICH = re.compile(
    f"(?<![{LETTER}{ZWNJ}])که{_SEP}(?:[^\\s،.]+{_SEP}){{0,2}}از{_SEP}(?:آن|این)(?![{LETTER}{ZWNJ}])"
)


# «۲۵ میلیون تن [به ارزش] هشت میلیارد دلار»: the worth of the goods just counted
_WORTH = re.compile(f"{_SEP}*،?{_SEP}*به{_SEP}+(?:ارزش|مبلغ){_SEP}*")


def _ranked_units(text: str, figures: list[Figure], at: list[int], ends: list[int]) -> list[Figure]:
    """«شهرهای تهران با ۱۰۰,۷۷۶، مشهد با ۳۰,۰۷۷ … و کرج با ۱۱,۱۴۰ مخاطب»: in a list of «X با N»,
    the unit the last member says is every member's that says none."""
    out = list(figures)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _NEXT_RANKED.fullmatch(text, ends[j], at[j + 1]):
            j += 1
        if j > i and _RANKED.search(text, max(0, at[i] - 4), at[i]) and out[j].unit:
            for k in range(i, j):
                if out[k].unit is None:
                    out[k] = dataclasses.replace(out[k], unit=out[j].unit)
        i = j + 1
    return out


_RANKED = re.compile(f"(?<![{LETTER}{ZWNJ}])با\\s*$")
# between two members: a comma or «و», up to six words that name the next one («پردیس سینمایی
# هنر شهر آفتاب نیز»), and «با»
_NEXT_RANKED = re.compile(f"\\s*(?:[،,]\\s*(?:و\\s+)?|\\s+و\\s+)(?:[{LETTER}{ZWNJ}]+\\s+){{1,6}}با\\s+")


def _worth_of(text: str, figures: list[Figure], at: list[int], ends: list[int]) -> list[Figure]:
    """«در مدت مشابه سال قبل، ۲۵ میلیون تن به ارزش هشت میلیارد دلار»: the worth of what the
    figure just before counts is of its days (a base's too: the period phrase before them was
    read as the first figure's alone). Positions are in the normalised ``text``."""
    out = list(figures)
    for i in range(1, len(out)):
        period = out[i - 1].period
        if period is not None and period is not out[i].period and _WORTH.fullmatch(text, ends[i - 1], at[i]):
            out[i] = dataclasses.replace(out[i], period=period)
    return out


def _bases_count(figures: list[Figure]) -> list[Figure]:
    """A base said with no noun of its own («۲۰ میلیون تن صادر شد که در مدت مشابه سال قبل، ۲۵
    میلیون تن بود») counts what the figure of its unit said before it counts."""
    out = list(figures)
    for i, f in enumerate(figures):
        if f.metric.key != UNKNOWN_METRIC or not (f.period and _a_base(f.period)):
            continue
        before = (g for g in reversed(out[:i]) if g.unit == f.unit and not (g.period and _a_base(g.period)))
        compared = next(before, None)
        if compared is not None and compared.metric.key != UNKNOWN_METRIC:
            out[i] = dataclasses.replace(f, metric=compared.metric, scope=f.scope or compared.scope)
    return out


def _earlier_periods(figures: list[Figure]) -> list[Figure]:
    """X of «از X به Y در سال ۱۴۰۳» holds before Y: when both have the same whole years or
    months, X has the stretch just before («از منفی ۱۱ به منفی ۸ میلیارد دلار» in 1403:
    −11 in 1402)."""
    out = list(figures)
    for i, f in enumerate(figures[:-1]):
        after = figures[i + 1]
        if f.earlier and after.change_from is not None and f.period and f.period == after.period:
            if shifted := previous(f.period):
                out[i] = dataclasses.replace(f, period=shifted)
    return out


def _listed_before(raw: str, figures: list[Figure]) -> list[Figure]:
    """«گروه کشاورزی ۱.۱ درصد، نفت ۱۵.۴ درصد … و بخش خدمات ۳.۳ درصد رشد داشته است»: the members
    of a list, each a short phrase and its figure in one unit, count what the last one counts
    when the words of change after the last say it for all and only the last is read as a
    concept of the catalogue; each is said of its own phrase."""
    out = list(figures)
    k = len(out) - 1
    while k > 0:
        first = k
        while first > 0 and out[first - 1].unit == out[k].unit and _LIST_MEMBER.fullmatch(
            raw, out[first - 1].end, out[first].start
        ):
            first -= 1
        last = out[k]
        if first < k and not last.metric.minted and _CHANGE_AFTER.match(raw, last.end):
            for i in range(first, k):
                x = out[i]
                if x.metric.minted and x.metric.key != UNKNOWN_METRIC and len(x.metric.label.split()) <= 3:
                    of = said_of_words(x.metric.label.split())
                    out[i] = dataclasses.replace(x, metric=dataclasses.replace(last.metric, of=of))
        k = first - 1
    return out


_CHANGE_AFTER = re.compile(f"{_SEP}+(?:{'|'.join(CHANGE_WORDS)})(?![{LETTER}])")
# between two values of one base: its words, «و», the next value («… تن «شمش» و …»)
_SAME_BASE_MEMBER = re.compile(f"(?:{_SEP}+[^\\s،,.:؛;0-9۰-۹]+){{0,4}}{_SEP}*(?:،|{_SEP}و){_SEP}+")
# … and the words of the next member before it: «… با نفت ۲۰۴۶ هزار میلیارد ریال و بدون نفت ۱۷۷۵ …»
_NEXT_OF_BASE = re.compile(
    f"(?:{_SEP}+[^\\s،,.:؛;0-9۰-۹]+){{0,4}}{_SEP}*(?:،|{_SEP}و)(?:{_SEP}+[^\\s،,.:؛;0-9۰-۹]+){{0,2}}{_SEP}+"
)
# between two members of a list: a comma or «و», and the next member's few words
_LIST_MEMBER = re.compile(f"{_SEP}*(?:[،,]|{_SEP}و){_SEP}+(?:[^\\s،,.:؛;0-9۰-۹]+{_SEP}+){{1,4}}")


def _with_running_total(raw: str, figures: list[Figure]) -> list[Figure]:
    """Counts said with a running total in its sentence, with no period phrase of their own
    («خرید ۷ میلیون تن گندم … در قالب [یک میلیون و ۳۱۲ هزار تن] محموله، از طریق [یکهزار و ۱۴۰]
    مرکز …»: the consignments and centres it came through) run over the same days; a share
    («۸۶ درصد») or an amount of money stays a level at its date."""
    totals = [
        g
        for g in figures
        if g.anchor and (g.anchor.basis == "running" or (g.anchor.basis == "stated" and _runs(g)))
    ]
    out = list(figures)
    for i, f in enumerate(figures if totals else ()):
        # «… روز شنبه … افزود: … از ۵۹۴ هزار کشاورز …»: the day it was said is no period of its own
        p = f.period
        said_that_day = bool(p and p.as_of and p.start and p.start == p.end)
        if not f.anchor or not ((p is None and f.anchor.basis in ("report", "undated")) or said_that_day):
            continue
        if f.unit in RATES or f.unit in MONEY or f.modality in (*_AHEAD, "plan"):
            continue  # a share or a price is a level at its date
        said_with = [g for g in totals if not _SENTENCE_END.search(raw, *sorted((g.end, f.start)))]
        if said_with:
            total = min(said_with, key=lambda g: abs(g.start - f.start))
            out[i] = dataclasses.replace(f, anchor=dataclasses.replace(total.anchor, basis="running"))
    return out


def _a_year_back(figures: list[Figure]) -> list[Figure]:
    """A figure said «در مدت مشابه سال قبل» with no dated period before it holds for the same
    days a Jalali year before those of the figure of the same unit said before it («الان ۳۰
    میلیارد مترمکعب آب در مخازن … که این رقم در مدت مشابه سال قبل ۳۱ میلیارد مترمکعب بوده»: the
    report's date a year back); with no such figure, for no days it can tell."""
    out = list(figures)
    for i, f in enumerate(figures):
        if not _back(f):
            continue
        said_before = (g.anchor for g in reversed(out[:i]) if g.unit == f.unit and not _back(g))
        base = next((a for a in said_before if a), None)
        first, last = (a_year_before(base.first), a_year_before(base.last)) if base else (None, None)
        if not (base and first and last):
            out[i] = dataclasses.replace(f, anchor=None)
            continue
        basis = "stated" if base.basis in ("report", "running") else base.basis
        days = (first, last) if basis == "stated" else (None, None)
        period = dataclasses.replace(f.period, start=days[0], end=days[1])  # type: ignore[arg-type]
        out[i] = dataclasses.replace(f, period=period, anchor=Anchor(first, last, basis))
    return out


def _back(figure: Figure) -> bool:
    return bool(figure.period and figure.period.year_back)


def _runs(figure: Figure) -> bool:
    """Is the figure of a quantity counted up from the start of the year (a running total)?"""
    concept = metrics().get(figure.metric.key)
    return bool(concept and concept.running)


def _anchored(figures: list[Figure], window: Window) -> list[Figure]:
    """Each figure with the span of days it holds for (see periods.anchor)."""
    out = []
    for f in figures:
        concept = metrics().get(f.metric.key)
        stock, achieved = bool(concept and concept.stock), f.modality == "achieved"
        # a share of the total («۸۶ درصد از مطالبات») is a level at its date, not a running total
        running = (
            bool(concept and concept.running) and f.modality not in (*_AHEAD, "plan") and f.unit != "percent"
        )
        water = bool(concept and concept.water_year)
        period = anchor(f.period, window, stock=stock, achieved=achieved, running=running, water_year=water)
        out.append(dataclasses.replace(f, anchor=period))
    return out


# Units that measure rather than count: «سه دهم درصد», «دو میلیارد دلار» are never rhetorical.
_MEASURES = frozenset(
    "percent toman rial dollar euro yuan dirham dinar pound ruble lira rupee "
    "tonne kilogram gram litre barrel cubic_metre square_metre hectare square_kilometre "
    "kilometre metre centimetre millimetre inch mile nautical_mile kilometre_per_hour knot "
    "megawatt kilowatt gigawatt kilowatt_hour megawatt_hour gigawatt_hour megabyte gigabyte terabyte "
    "times decade year month week day hour minute second".split()
)


def _rhetorical(text: str, draft: FigureDraft, figure: Figure) -> bool:
    """«دو کشور», «یک نفر از آنها»: one or two in words with nothing measured.

    «یک» is as often an article as a count and «دو» a figure of speech («دو طرف»); from
    three up a count in words is a count («پنج پرستار», «چهار خودرو»). Kept when a
    qualifier, a scale word or a catalogue metric says it is a claim («دو نفر جان باختند»
    measures deaths).
    """
    words = not any(c.isdigit() for c in text[draft.number_start : draft.number_end])
    one_or_two = draft.value in (1, 2) and draft.unit not in _MEASURES
    return words and one_or_two and draft.qualifier == "exact" and figure.metric.minted


def _distinctive(value: float) -> bool:
    """A value with three significant figures or more («۴۸۱ هزار و ۳۹۴», «۲.۵۶»): not one another
    quantity is likely to have in the same report."""
    digits = f"{value:.6g}".replace(".", "").replace("-", "").lstrip("0").rstrip("0")
    return "e" not in digits and len(digits) >= 3


def _repeats_attributed(text: str, figures: list[Figure], at: list[int]) -> list[Figure]:
    """A headline or lead figure that no statement holds («۸۰ درصد شهر گرگان موقوفه است»)
    is the speaker's when the report gives the same value in the same unit in a statement;
    one before every statement is also the speaker's who first gives the same catalogue
    quantity in that unit («بیش از ۲۰۰ اتوبوس جدید وارد ناوگان می‌شود» over «… زاکانی … گفت:
    … ۲۰۱ دستگاه اتوبوس …»), and a headline's other figures are of the one its figure
    found is («نرخ بیکاری به ۸.۲ درصد کاهش یافت/ ثبت ۷۲۸ هزار شغل جدید»: one story)."""
    quoted = [f for f in reversed(figures) if f.statement is not None]
    said = {(f.value, f.unit): f.statement for f in quoted}
    # «۴۸۱ هزارو ۳۹۴ ازدواج» in a lead, «۴۸۱ هزارو ۳۹۴ مورد ازدواج» in the statement: a value
    # with three figures or more is that one, its unit word said or not (as periods are claimed)
    by_value = {f.value: f.statement for f in quoted if _distinctive(f.value)}
    concept = {(f.metric.key, f.unit): f.statement for f in quoted if not f.metric.minted}
    first = min((f.start for f in figures if f.statement is not None), default=None)
    out = []
    # a headline line (where it starts in ``text``) of each lead figure, and the statement a
    # figure on it repeats
    lines = [_headline_at(text, pos) if first is not None and f.start < first else None
             for f, pos in zip(figures, at, strict=True)]  # fmt: skip
    found: dict[int, int] = {}
    for f, line in zip(figures, lines, strict=True):
        lead = first is not None and f.start < first
        repeated = said.get((f.value, f.unit), by_value.get(f.value))
        if f.statement is None and repeated is not None:
            f = dataclasses.replace(f, statement=repeated)
            if line is not None:
                found.setdefault(line, f.statement)
        elif f.statement is None and lead and line is not None and (f.metric.key, f.unit) in concept:
            f = dataclasses.replace(f, statement=concept[(f.metric.key, f.unit)])
        out.append(f)
    # the headline's other figures, left with no statement: the one its figure repeats
    return [
        dataclasses.replace(f, statement=found[line]) if f.statement is None and line in found else f
        for f, line in zip(out, lines, strict=True)
    ]


def _provincial(
    text: str,
    figures: list[Figure],
    at: list[int],
    statements: list[Statement] | tuple[Statement, ...],
    sentence_spans: list[Span],
    index: Index,
) -> list[Figure]:
    """A figure with no place said, given by a provincial office («مدیرعامل شرکت آب و
    فاضلاب استان تهران», «استانداری فارس»; not a town's: «شهرداری تهران»), is of its
    province, unless its sentence speaks of the country («میانگین پرشدگی سدهای کشور ۳۲ درصد
    است»): one outlet writes «در استان تهران», another leaves it to the speaker's post, and
    both are the same quantity."""
    out = []
    for f, pos in zip(figures, at, strict=True):
        speaker = statements[f.statement].speaker if f.scope is None and f.statement is not None else None
        org = speaker.organisation if speaker else None
        place = place_in(org, 0, len(org)) if org and _PROVINCE_WORD.search(org) else None
        n = index.find(pos) if place else None
        if place and n is not None and not _COUNTRY.search(text, *sentence_spans[n]):
            f = dataclasses.replace(f, scope=place)
        out.append(f)
    return out


_PROVINCE_WORD = re.compile(f"(?<![{LETTER}{ZWNJ}])(?:استان|استانداری|استاندار)(?![{LETTER}{ZWNJ}])")
_COUNTRY = re.compile(f"(?<![{LETTER}{ZWNJ}])(?:کشور|سراسر|ملی|ایران)(?![{LETTER}])")


def _headline_at(text: str, at: int) -> int | None:
    """Where the line holding ``at`` starts, when it is a headline: short, with no full stop."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].strip()
    return start if len(line) <= _HEADLINE and not line.endswith((".", "؛")) else None


_HEADLINE = 160  # characters a headline runs to at most


def _claims_aim(figures: list[Figure]) -> list[Figure]:
    """A figure said with no tense of its own («ورود ۲۰۰ اتوبوس جدید به ناوگان», a headline
    over «… ۲۰۰ اتوبوس جدید را تقدیم شهروندان خواهیم کرد») is as forward-looking as the same
    claim (value, unit and quantity) said with a future verb or a deadline in the report."""
    aimed = {(f.value, f.unit, f.metric.key): f.modality for f in figures if f.modality in (*_AHEAD, "plan")}
    done = {(f.value, f.unit, f.metric.key) for f in figures if f.modality == "achieved"}
    out = []
    for f in figures:
        claim = (f.value, f.unit, f.metric.key)
        out.append(
            dataclasses.replace(f, modality=aimed[claim])
            if f.modality == "stated" and claim in aimed and claim not in done
            else f
        )
    return out


def _expected_unit(figure: Figure, text: str, end: int) -> str | None:
    """«حدود ۳۴۰ هزار بیمه‌شده جدید»: no unit word, but the metric says what is counted —
    when the word after the number is the metric's own noun, or no noun follows («نرخ تورم
    به ۴۰ رسید»); «۳۴ اثر» near «مدرسه» counts works of art, not schools.
    """
    concept = metrics().get(figure.metric.key)
    if not concept or not concept.expected_unit:
        return None
    if (figure.value < 0 or figure.surface.startswith("مثبت")) and concept.expected_unit not in RATES:
        return None  # «آمار حضور گردشگران از منفی ۵۲ به مثبت ۱۰»: a change in per cent, not people
    after = tokens(text, end, min(len(text), end + 40))
    if not after or not after[0][2][0].isalpha() or after[0][2] in _NOT_A_NOUN:
        return concept.expected_unit
    nouns = {lemma(w) for label in concept.labels for w in label.split()}
    return concept.expected_unit if lemma(after[0][2]) in nouns else None


# Words that can follow a bare number without naming what it counts.
_NOT_A_NOUN = frozenset("رسید رسیده است بود شد شده بوده می‌رسد و در از به تا را که".split())


def _specific_unit(figure: Figure, earlier: list[Figure]) -> str:
    """What a bare «واحد» counts: the metric says, or the last specific kind of unit before it."""
    if figure.metric.key in _UNIT_BY_METRIC:
        return _UNIT_BY_METRIC[figure.metric.key]
    kinds = set(_UNIT_BY_METRIC.values())
    return next((f.unit for f in reversed(earlier) if f.unit in kinds), "unit") or "unit"


def _profiles(found: list[FoundStatement]) -> dict[str, Person]:
    """One Person per speaker, with the first role and organisation any mention gives."""
    people: dict[str, Person] = {}
    for st in found:
        mention = st.speaker
        if mention is None:
            continue
        k = _speaker_key(mention)
        if not (mention.name or mention.role):  # a body speaking as itself
            people[k] = Person(_speaker_name(mention), body=True)
            continue
        known = people.get(k) or Person(_speaker_name(mention))
        people[k] = Person(known.name, known.role or mention.role, known.organisation or mention.organisation)
    return people


def _speaker_name(mention: Mention) -> str:
    if not (mention.name or mention.role) and mention.organisation:
        return body_of(mention.organisation)  # a department speaks for its body
    return mention.name or post_label(mention.role, mention.organisation) or ""


def _speaker_key(mention: Mention) -> str:
    return key(_speaker_name(mention))


def _statement(mapped: MappedText, st: FoundStatement, people: dict[str, Person]) -> Statement:
    start, end = mapped.raw_span(st.start, st.end)
    cue_start, cue_end = mapped.raw_span(st.cue.start, st.cue.end)
    mention_text = mapped.text[st.mention.start : st.mention.end]
    speaker = people.get(_speaker_key(st.speaker)) if st.speaker else None
    return Statement(start, end, cue_start, cue_end, st.cue.verb, speaker, mention_text)


def _owner(found: list[FoundStatement], starts: list[int], pos: int) -> int | None:
    """The statement whose extent holds ``pos`` (the latest one that starts before it).

    ``starts`` are the statements' starts, in order; extents end where the next begins
    or at their paragraph's end, so only the last statement starting before ``pos`` can hold it.
    """
    i = bisect_right(starts, pos) - 1
    first = bisect_right(starts, starts[i] - 1) if i >= 0 else 0  # statements of the same sentence
    while i >= first and not found[i].start <= pos < found[i].end:
        i -= 1
    return i if i >= first else None


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= pos < end for start, end in spans)


def _figure(
    mapped: MappedText,
    draft: FigureDraft,
    sentence: tuple[int, int],
    periods: list[PeriodMatch],
    owner: int | None,
    cues: tuple[tuple[int, int], ...],
    barrier: int,
    behind: int = -1,
    sources: tuple[tuple[int, int], ...] = (),
) -> Figure:
    text = mapped.text
    clause = clause_around(text, sentence, draft.start, draft.end)
    own = (_past_source(sources, clause[0], draft.start), clause[1])  # the clause past «به گفته X»
    start, end = mapped.raw_span(draft.start, draft.end)
    # «۱۴ هزار نفر در ۹ ماه ابتدای سال‌جاری در تصادفات فوت کرده‌اند»: a period phrase after the
    # figure is no word of what it counts
    timed = [(p.start, p.end) for p in periods if clause[0] <= p.start < clause[1]]
    # «۲۴ میلیون تن «شمش فولاد» و …»: what is counted may stand in quotation marks
    after = [w for s, _, w in tokens(text, draft.number_end, clause[1]) if not _inside(s, timed)]
    unit_words = len(tokens(text, draft.number_end, draft.end))
    if after[unit_words : unit_words + 1] == ["«"]:
        after = [w for w in after if w not in _MARKS]  # the quotation opens after the figure
    after = after[:8]
    before = [w for _, _, w in tokens(text, own[0], draft.start)]
    # … and, when the words before it name nothing known, one before it («میزان بارندگی‌ها از
    # ابتدای سال آبی جاری تا ۱۲ اسفندماه به ۱۳۴ میلیمتر»)
    untimed = [w for s, _, w in tokens(text, own[0], draft.start) if not _inside(s, timed)]
    if "از" in before[-2:] and _NEWS_OF.search(text, draft.end, clause[1]):
        # «رئیس پلیس راهور از ۷۸ میلیون سفر … خبر داد», «مدیرعامل شرکت مدیریت منابع آب از افتتاح
        # ۷ سد … خبر داد»: the words before «از» are who told
        before = untimed = before[len(before) - before[::-1].index("از") :]
    if _RELATIVE.search(text, max(sentence[0], clause[0] - 6), clause[0]):
        head = [w for _, _, w in tokens(text, max(sentence[0], clause[0] - 60), clause[0])]
        before = untimed = relative_head(head[:-1]) + before
    lower, upper = bounds(draft.value, draft.qualifier, draft.high)
    period = _nearest_period(text, periods, sentence, draft, barrier, behind)
    metric = _exported(
        text,
        (draft.end, sentence[1]),
        draft.unit,
        _entered(
            text,
            (draft.end, clause[1]),
            _index_change(text, sentence, draft, after[unit_words : unit_words + 2])
            or _metric(text, sentence, own, after, before, unit_words, draft.unit),
        ),
    )
    if metric.minted and untimed != before:
        if not (again := resolve(after, untimed, unit_words=unit_words, unit=draft.unit)).minted:
            metric = again
    return Figure(
        start=start,
        end=end,
        surface=mapped.raw[start:end],
        value=draft.value,
        unit=draft.unit,
        qualifier=draft.qualifier,
        modality=modality(
            text, _quote_part(text, sentence, draft.start), clause, draft.start, draft.end, skip=cues
        ),
        metric=metric,
        lower=lower,
        upper=upper,
        period=period.period if period else None,
        change_from=draft.change_from,
        earlier=draft.earlier,
        statement=owner,
        qualifier_text=draft.qualifier_text,
        metric_text=text[clause[0] : clause[1]],
    )


_BUDGET_WORDS = re.compile(f"(?<![{LETTER}{ZWNJ}])(?:بودجه|لایحه)")
_BUDGET_SAID = re.compile(f"بودجه(?:{_SEP}سال)?{_SEP}[۰-۹]{{2,4}}")  # where a budget's year may be said


def _budget_year(text: str, window: Window) -> Period | None:
    """The year a report's budget is of («لایحه بودجه سال ۱۴۰۵», «قانون بودجه ۱۴۰۳»), when it
    names one only."""
    years = {
        (m.period.start, m.period.end): m.period
        for said in _BUDGET_SAID.finditer(text)
        for m in find_periods(text, window, said.start(), said.end())
        if m.period.text.startswith("بودجه") and m.period.start
    }
    return next(iter(years.values())) if len(years) == 1 else None


_SOURCE_CUES = frozenset({"به گفته", "به گزارش"})
_MARKS = frozenset("«»")  # quotation marks, no words of what is counted


def _past_source(sources: tuple[tuple[int, int], ...], start: int, pos: int) -> int:
    """Where the words about a figure at ``pos`` may start, from ``start``: past a source
    named between («به گفته آقای نوری، …»)."""
    return max([start] + [e for s, e in sources if start <= s and e <= pos])


def _metric(
    text: str,
    sentence: tuple[int, int],
    clause: tuple[int, int],
    after: list[str],
    before: list[str],
    unit_words: int,
    unit: str | None = None,
) -> Metric:
    """What the figure measures; when its own clause does not say («… تولید روزانه گاز از
    میدان مشترک پارس جنوبی شکسته شد و به عدد ۷۱۸ میلیون مترمکعب رسید»), the subject of the
    clause before it, read from its first words; when that clause or its own opens with «این»
    («این نرخ نسبت به ماه قبل، ۱.۸ واحد درصد افزایش یافته است»), the quantity named before it
    (see _named_for)."""
    metric = resolve(after, before, unit_words=unit_words, unit=unit)
    if metric.minted and any(w in _THIS and v in _THIS_ONES for w, v in itertools.pairwise(before)):
        # «… رکورد تاریخی مصرف برق شکسته شد و این شاخص به ۶۸ هزار مگاوات رسید»: the quantity
        # named before «این شاخص», not «شاخص»
        if named := _named_for(text, sentence[0], clause[0], after, unit_words, unit):
            return named
    if metric.key != UNKNOWN_METRIC:
        return metric
    subject = [w for _, _, w in tokens(text, clause[0], clause[1])][:8]
    at = clause[0]
    previous = clause_before(text, sentence, clause[0])
    if previous is not None and subject and subject[0] not in _THIS:
        if _RELATIVE.search(text, max(sentence[0], previous[0] - 6), previous[0]) and (
            head := clause_before(text, sentence, previous[0])
        ):
            # «تورم نقطه‌به‌نقطه که به معنی افزایش قیمت‌ها نسبت به … است، [۴۱.۲ درصد]»: the
            # clause before is a «که» clause about the noun before it, which is the subject
            named = [w for _, _, w in tokens(text, *head)][-8:]
            if not (again := resolve(after, named, unit_words=unit_words, unit=unit)).minted:
                return again
        # its first words, past a period phrase that opens it («در سه ماه نخست سال جاری رشد
        # اقتصادی بدون نفت، …»)
        subject = _opening_words(text, previous)
        at = previous[0]
        if subject and subject[0] not in _THIS:
            again = resolve(after, subject + before, unit_words=unit_words, unit=unit)
            if not again.minted or (
                again.key != UNKNOWN_METRIC
                and _ONLY_REACHED.match(text, clause[0])
                and _ends_with_a_period(text, previous)
            ):
                # (a minted one too when that clause is a subject and its time and this one only
                # says what it reached: «تولید شمش آلومینیوم کشور طی نیمه نخست سال ۱۴۰۴، [به بیش
                # از ۳۰۴ هزار تن رسید]»)
                return again
            # «این شاخص، نسبت به فصل مشابه در سال ۱۳۹۸، [۱.۰ درصد] کاهش یافته است»: the
            # clause that opens with «این» may stand a clause or two further back
            this = _this_clause(text, sentence, previous[0]) if _BASE_WORDS.search(text, *previous) else None
            if this is None:
                return metric
            return _named_for(text, sentence[0], this, after, unit_words, unit) or metric
    if subject and subject[0] in _THIS:
        return _named_for(text, sentence[0], at, after, unit_words, unit) or metric
    return metric


def _ends_with_a_period(text: str, span: tuple[int, int]) -> bool:
    found = find_periods(text, (None, None), *span)
    return bool(found) and not text[found[-1].end : span[1]].strip(" ،,\u200c")


_ONLY_REACHED = re.compile(f"[\\s،,]*به{_SEP}")  # a clause that opens with «به»: «… به ۳۰۴ هزار تن رسید»


# People who came under cover («… زیر پوشش بیمه قرار گرفتند», «… اضافه شدند») are new insured,
# not all who are covered («… زیر پوشش بیمه سلامت قرار دارند», «… هستند»).
_COVERED, _NEWLY_COVERED = "insured-population", "new-insured-persons"
_CAME_UNDER = re.compile(f"قرار{_SEP}?گرفت|اضافه{_SEP}(?:شد|گردید)|پیوست|درآمد")


def _entered(text: str, rest: tuple[int, int], metric: Metric) -> Metric:
    """The insured population's figure said with a verb of coming under cover: new insured."""
    if metric.key != _COVERED or not _CAME_UNDER.search(text, *rest):
        return metric
    concept = metrics()[_NEWLY_COVERED]
    return Metric(concept.key, concept.label, of=metric.of)


# Goods said exported by weight or value («… ۸۱۹ هزار تن کالای غیر نفتی به ارزش … دلار از
# گمرکات گیلان صادر شده است», «۲۰۰ هزار تن سیمان … صادر شد») are exports, said of the goods; a
# card or a permit issued («صادر شده») is counted in other units, and a catalogue quantity keeps
# its name.
_EXPORTS = "exports"
_SHIPPED = re.compile(f"صادر{_SEP}(?:شد|شده|شدند|گردید|گردیده|می{_SEP}شود)")
# what is issued rather than shipped: a verdict, a fine, a permit («حکم … صادر شد»)
_ISSUED = re.compile(f"(?<![{LETTER}])(?:حکم|جریمه|جزای|رأی|رای|مجوز|پروانه|گواهی|کارت|قبض|دستور)")
_GOODS_UNITS = frozenset("tonne kilogram dollar euro yuan dirham".split())  # not rials: fines
_NOT_GOODS = frozenset("کالا غیر گمرک گمرکات مرز".split())  # words that name no one good


def _exported(text: str, rest: tuple[int, int], unit: str | None, metric: Metric) -> Metric:
    """A minted figure of goods by weight or value, in a sentence that says they were exported."""
    if not metric.minted or unit not in _GOODS_UNITS:
        return metric
    end = _SENTENCE_END.search(text, *rest)
    shipped = _SHIPPED.search(text, rest[0], end.start() if end else rest[1])
    if not shipped or _ISSUED.search(text, max(0, rest[0] - 60), shipped.start()):
        return metric
    words = metric.label.split() if metric.key != UNKNOWN_METRIC else []
    goods = [lemma(w) for w in words if not _a_place(w)]
    of = tuple(dict.fromkeys(w for w in goods if w not in _NOT_GOODS))
    concept = metrics()[_EXPORTS]
    return Metric(concept.key, concept.label, of=of)


_NEWS_OF = re.compile(f"خبر{_SEP}(?:داد|دادند|می{_SEP}دهد|می{_SEP}دهند)")
_THIS_BACK = 2  # clauses looked back for one that opens with «این»


def _this_clause(text: str, sentence: tuple[int, int], at: int) -> int | None:
    """The start of a clause that opens with «این»/«همین» and a word of quantity, at most
    :data:`_THIS_BACK` clauses before the one starting at ``at``, with only clauses of a base
    of comparison between (no other figure)."""
    for _ in range(_THIS_BACK):
        previous = clause_before(text, sentence, at)
        if previous is None:
            return None
        words = [w for _, _, w in tokens(text, previous[0], previous[1])]
        if not words or any(w[:1].isdigit() and not _YEARISH.fullmatch(w) for w in words):
            return None
        if words[0] in _THIS:
            # «این شاخص», «این نرخ»: a quantity («همین امر» is none)
            return previous[0] if len(words) > 1 and words[1] in _QUANTITY_NOUNS else None
        if not _BASE_WORDS.search(text, *previous):
            return None  # «این عدد برای گروه «خوراکی‌ها، …»»: a part of it, not a base
        at = previous[0]
    return None


_BASE_WORDS = re.compile(f"نسبت{_SEP}به|{_COMPARE}|مشابه")
_QUANTITY_NOUNS = frozenset("شاخص نرخ رقم عدد میزان مقدار تعداد سهم حجم آمار".split())
_YEARISH = re.compile(r"[12۱۲][0-9۰-۹]{3}")


# The change of the consumer price index over a base is an inflation rate: over the month
# before, monthly inflation; over the same month a year before, point-to-point inflation;
# over twelve months against the twelve before, the annual rate (how the Statistical
# Centre and the central bank word their releases).
_INDEX_BASES = (
    (re.compile(f"(?:دوازده|۱۲){_SEP}ماهه.*نسبت{_SEP}به{_SEP}(?:دوره|مدت){_SEP}مشابه"), "inflation-rate"),
    (re.compile(f"نسبت{_SEP}به{_SEP}(?:ماه|دوره|مدت){_SEP}مشابه{_SEP}(?:سال{_SEP})?(?:قبل|گذشته|پیش)"),
     "inflation-point-to-point"),
    (re.compile(f"نسبت{_SEP}به{_SEP}ماه{_SEP}(?:قبل|گذشته|پیش)(?![{LETTER}{ZWNJ}])"), "inflation-monthly"),
)  # fmt: skip
_INDEX = "consumer-price-index"
_DIGITS = re.compile(r"[0-9۰-۹]")


def _index_change(
    text: str, sentence: tuple[int, int], draft: FigureDraft, next_words: list[str]
) -> Metric | None:
    """«شاخص قیمت مصرف‌کننده … به عدد ۳۷۰.۵ رسیده است که نسبت به ماه قبل، [۲.۹ درصد] افزایش،
    نسبت به ماه مشابه سال قبل، [۴۲.۴ درصد] افزایش …»: a percentage change of the consumer
    price index over a base said since the number before it is that inflation rate."""
    if draft.unit != "percent" or not any(w in CHANGE_WORDS for w in next_words):
        return None
    digits = [m.end() for m in _DIGITS.finditer(text, sentence[0], draft.start)]
    since = text[digits[-1] if digits else sentence[0] : draft.start]
    base = next((name for pattern, name in _INDEX_BASES if pattern.search(since)), None)
    if base is None or not _names(text, sentence[0], draft.start, _INDEX):
        return None
    concept = metrics()[base]
    return Metric(concept.key, concept.label)


def _names(text: str, start: int, end: int, metric_key: str) -> bool:
    """Does ``text[start:end]`` say one of the labels of ``metric_key``?"""
    said = key(text[start:end])
    return any(key(label) in said for label in metrics()[metric_key].labels)


_THIS = frozenset({"این", "همین"})
# «این شاخص», «همین رقم» as a clause's subject: the quantity named before
_THIS_ONES = frozenset({"شاخص", "رقم", "میزان", "عدد", "آمار"})
# «… این نرخ نسبت به فصل مشابه در سال قبل ٠.٣ درصد افزایش یافته»: the quantity just told, of its time
_THIS_QUANTITY = re.compile(
    f"(?<![{LETTER}{ZWNJ}])(?:{'|'.join(_THIS)}){_SEP}(?:{'|'.join(_THIS_ONES | {'نرخ', 'تعداد'})})"
    f"(?![{LETTER}{ZWNJ}])"
)
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def _named_for(
    text: str, start: int, at: int, after: list[str], unit_words: int, unit: str | None
) -> Metric | None:
    """For «این نرخ …» at ``at`` in the sentence that begins at ``start``: the catalogue
    quantity named before it in the sentence («بررسی تغییرات نرخ مشارکت اقتصادی حاکی از آن
    است که این نرخ …»), else the one the sentence before opens with."""
    if at > start:
        again = resolve(after, [w for _, _, w in tokens(text, start, at)], unit_words=unit_words, unit=unit)
        if not again.minted:
            return again
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), max(0, start - 1))]
    if not ends:
        return None
    opening = [w for _, _, w in tokens(text, ends[-2] if len(ends) > 1 else max(0, start - 400), start)][:8]
    again = resolve(after, opening, unit_words=unit_words, unit=unit)
    return again if not again.minted else None


def bounds(
    value: Decimal, qualifier: str, high: Decimal | None = None
) -> tuple[Decimal | None, Decimal | None]:
    """Lowest and highest values the qualifier allows (None = unbounded).

    >>> bounds(Decimal(300000), "about")
    (Decimal('285000.00'), Decimal('315000.00'))
    """
    if qualifier == "about":
        low, high = value * (1 - ABOUT), value * (1 + ABOUT)
        return min(low, high), max(low, high)  # a negative value: «حدود منفی ۲ درصد»
    if qualifier in ("more_than", "at_least"):
        return value, high
    if qualifier in ("less_than", "at_most", "up_to"):
        return None, value
    return value, value


_DEADLINE = re.compile(f"تا{_SEP}(?:پایان|آخر|انتهای)(?![{LETTER}{ZWNJ}])")


def _past(period: Period | None, window: Window) -> bool:
    """A period that ended before the report's earliest possible date («تا پایان مرداد امسال»
    in a report of Shahrivar)."""
    first = window[0]
    return bool(period and period.end and first and period.end < first)


def _ahead(period: Period | None, window: Window) -> bool:
    """A period that begins on or after the report's latest possible date and runs past it:
    said of the future («سال آینده», «در پنج سال آینده»)."""
    last = window[1]
    if not (period and period.start and period.end and last):
        return False
    return period.start >= last and period.end > last


def _periods_near_figures(
    text: str, window: Window, spans: list[tuple[int, int]], index: Index, drafts: list[FigureDraft]
) -> list[PeriodMatch]:
    """Period expressions of the sentences that hold figures (no others are ever read), and
    for «در این مدت» the last period of the sentences before it («… در هشت ماه سال گذشته
    اشاره کرد و … گفت: در این مدت ۶۸ هزار تن کالا … صادر شد»)."""
    found: list[PeriodMatch] = []
    for i in sorted({index.find(d.number_start) for d in drafts} - {None}):
        own = find_periods(text, window, *spans[i])  # type: ignore[index]
        found.extend(own)
        for this in _THIS_SPAN.finditer(text, *spans[i]):  # type: ignore[index]
            earlier = [m for m in own if m.end <= this.start() and _named_span(text, m)]
            for j in range(i - 1, max(-1, i - 1 - _SPAN_BACK), -1):  # type: ignore[operator]
                if earlier:
                    break
                earlier = [m for m in find_periods(text, window, *spans[j]) if _named_span(text, m)]
            if earlier:
                said = dataclasses.replace(earlier[-1].period, text=this.group(0))
                today = window[0] if window[0] == window[1] else None
                if today and said.start and said.end and said.start <= today < said.end:
                    # «امسال … تاکنون … برداشت شده. … در این مدت، استان بوشهر …», «در سال جاری … کشف
                    # شده است … در این مدت ۸۰۱ نفر …»: a span gone through is the span so far
                    said = dataclasses.replace(said, end=today)
                found.append(PeriodMatch(this.start(), this.end(), said))
    return sorted(found, key=lambda m: m.start)


def _named_span(text: str, match: PeriodMatch) -> bool:
    """A dated period that «در این مدت» can mean: not a base of comparison («در مقایسه با
    مدت مشابه پارسال»)."""
    return match.period.start is not None and not _BASE.search(text, max(0, match.start - 45), match.start)


# «در این مدت», «طی همین دوره», «در آن سال»: the period just named, in a sentence before
_THIS_SPAN = re.compile(
    f"(?:(?:در|طی|تا){_SEP}(?:این|همین|آن|همان){_SEP}(?:مدت|دوره|بازه{_SEP}زمانی|بازه|سال|تاریخ|روز)"
    f"|(?:در|طی|تا){_SEP}(?:مدت|دوره|زمان|بازه{_SEP}زمانی){_SEP}(?:یاد{_SEP}شده|مذکور|فوق))(?![{LETTER}{ZWNJ}])"
)
_SPAN_BACK = 2  # sentences looked back


_RECURRING = re.compile("سالانه|سالیانه|ماهانه|ماهیانه|(?:همین|این) ماه|ماه.?جاری")


def _named_before(text: str, window: Window) -> list[PeriodMatch]:
    """Whole months and years the report names, in sentences with figures or not, when a
    recurring rate («تورم سالانه») may need the one last named («نرخ تورم در تیر ماه ۱۴۰۴
    را اعلام کرد. … نرخ تورم سالانه … ۳۵.۳ درصد»)."""
    if not _RECURRING.search(text):
        return []
    return [m for m in in_context(text, find_periods(text, window)) if jalali_months(m.period)]


def _last_before(named: list[PeriodMatch], pos: int) -> Period | None:
    at = bisect_left(named, pos, key=lambda m: m.start)
    return named[at - 1].period if at else None


def _nearest_period(
    text: str,
    periods: list[PeriodMatch],
    sentence: tuple[int, int],
    draft: FigureDraft,
    barrier: int,
    behind: int = -1,
) -> PeriodMatch | None:
    """The period expression nearest the figure in its part of the sentence.

    A colon (a quote opening) bounds the search; a period after the figure counts a
    little farther than one before it, and none after another figure unless a preposition
    makes it the clause's («از رشد منفی ۲.۴ به مثبت ۳.۲ درصد … هدف رشد ۵.۵ درصدی برنامه
    هفتم»: the plan is the target's), nor one that opens the next clause. A recurring
    quantity («تورم ماهانه») with a dated period in the same part takes its dates
    («در مرداد ماه ۱۴۰۴، تورم ماهانه … ۲.۹ درصد»).
    """
    left, right = _quote_part(text, sentence, draft.start)
    own = clause_around(text, sentence, draft.start, draft.end)
    best: tuple[float, PeriodMatch] | None = None
    dated: tuple[float, PeriodMatch] | None = None
    same_span: PeriodMatch | None = None  # «در مدت مشابه سال گذشته ۷۷۲ …»
    bases: set[tuple[int, int]] = set()  # where a base's period is said, for its own value
    # periods are in text order: only those of this sentence need a look
    first = bisect_left(periods, sentence[0], key=lambda p: p.start)
    last = bisect_left(periods, sentence[1], lo=first, key=lambda p: p.start)
    said_after = any(draft.end <= m.start and m.end <= own[1] for m in periods[first:last])
    for match in periods[first:last]:
        if match.end <= left or match.start >= right or draft.start <= match.start < draft.end:
            continue
        between = 0 <= behind <= match.start and match.end <= draft.start
        if between and (
            (
                draft.change_from is not None
                and not match.period.as_of
                # «… ۵۶۷ هزار نفر …، که امسال این رقم به ۶۶۰ هزار نفر رسیده»: a period in the
                # later value's own clause is its own, as is one after the earlier value's
                # clause has ended («… ۴۰ میلیارد دلار بود و این رقم امسال به …»)
                and not _OWN_CLAUSE.search(text, behind, match.start)
                and not _CLAUSE_DONE.search(text, behind, match.start)
            )
            or _COMPLEMENT.fullmatch(text, behind, match.start)
        ):
            # «از ۱۰ درصد در ابتدای دولت به ۹۰ درصد»: the time is the earlier value's; but «X
            # بود، در حالی که هم اکنون … به Y رسیده»: a «now» between them is the later value's
            continue
        if (
            0 <= behind
            and match.end <= behind
            and not match.period.as_of
            and _OF_ALL.search(text, max(0, draft.start - 16), draft.start)
        ):
            continue  # «هفته گذشته ۱۷ همت از مجموع [۶۰ همت] بدهی …»: the part's time, not the whole's
        if match.start >= draft.end and _WHICH.search(text, draft.end, match.start):
            continue  # «… [۳۵ همت] … داروخانه‌هاست که بخشی از آن هفته گذشته تسویه شد»: another verb's time
        if match.end <= draft.start and _BUT.search(text, match.end, draft.start):
            continue  # «اکنون ۶۰ قلم است در حالی که در برخی مقاطع [۳۰۰ قلم] بود»: the other side's time
        base = _BASE.search(text, max(0, match.start - 45), match.start) or _COMPARED_FIGURE.search(
            text, max(0, match.start - 90), match.start
        )
        if base and not (
            match.end <= draft.start
            and (
                (
                    _BASE_VALUE.fullmatch(text, match.end, draft.start)
                    # «… در مقایسه با مدت مشابه سال گذشته با [۸ درصد] افزایش»: how far it moved
                    and not _moved(text, draft)
                    # «در مقایسه با مدت مشابه سال قبل (۱۴۰۱)، که آمار تلفات ۹ هزار … نفر بود», «در
                    # مقایسه با سال گذشته که ۲۸.۹ میلیارد مترمکعب بود» of a day's stock: the same
                    # days a year before, not the whole year
                    and (
                        not (
                            _SAME_AFTER.search(text, max(0, match.start - 30), match.start)
                            or _LAST_YEAR.fullmatch(match.period.text)
                        )
                        or bool(same_span := match)
                    )
                )
                # «این حجم آب در مدت مشابه سال گذشته ۷۷۲ میلیون مترمکعب بود»: the base's own value
                or (
                    _SAME_SPAN.search(text, max(0, match.start - 30), match.start)
                    and _SUBJECT_ONLY.fullmatch(text, match.end, draft.start)
                    # «… نسبت به ۵۰ هزار دستگاه در مدت مشابه سال گذشته [۶۰ درصد] افزایش»: how far it
                    # moved since, not the base's value
                    and not _moved(text, draft)
                    and (same_span := match)
                )
            )
            # «در مقایسه با ۵۰۳ هزار دستگاه تولید مدت مشابه پارسال»: the value compared with
            or (
                draft.end <= match.start < barrier
                and _COMPARED_WITH.search(text, max(0, draft.start - 24), draft.start)
                and (
                    _SAME_AFTER.search(text, max(draft.end, match.start - 30), match.start)
                    or _LAST_YEAR.fullmatch(match.period.text)
                )
                and (same_span := match)
            )
        ):
            continue  # «نسبت به سال قبل», «۶ برابر فروردین ۱۴۰۰»: a base of comparison
        if match.start >= draft.end and (
            _NEXT_CLAUSE.search(text, draft.end, match.start)
            # «… به ۶۷ هزار مگاوات رسید؛ این رقم، رکورد سال گذشته را …»: past a semicolon, another
            # statement's; past «اما», «ولی» («… ۷۰۰ میلیون مترمکعب … انجام شود اما هم اکنون …») the
            # next clause's
            or "؛" in text[draft.end : match.start]
            or _BUT.search(text, draft.end, match.start)
            # «… ۴۰ میلیارد دلار بود و این رقم امسال به …»: its clause has ended
            or _CLAUSE_DONE.search(text, draft.end, match.start)
            or (
                barrier < match.start
                and (
                    not _ADVERBIAL.search(text, max(draft.end, match.start - 12), match.start)
                    or _CLAUSE_DONE.search(text, draft.end, match.start)
                )
            )
        ):
            continue
        distance = draft.start - match.end if match.end <= draft.start else 1.3 * (match.start - draft.end)
        if match.end <= own[0] and said_after and _JUST_ENDED.fullmatch(text, match.end, draft.start):
            # «۱۲ میلیون تن در فروردین، [۱۴ میلیون تن] در اردیبهشت و …»: a time that ends the clause
            # just before is that clause's, when the figure's own clause says one after it
            distance += _OTHER_CLAUSE
        if match.end <= draft.start and _CLAUSE_DONE.search(text, match.end, draft.start):
            # «… کشفیات دو سال اخیر پلیس است و … شامل ۲ تن تریاک … مربوط به ۸ ماهه نخست امسال
            # است»: a time in a clause that has ended counts only when its own has none
            distance += _ENDED_CLAUSE
        if base:  # a base's own value («نسبت به آذر سال گذشته با ۹۶ هزار دستگاه»)
            bases.add((match.start, match.end))
        if best is None or distance < best[0]:
            best = (distance, match)
        if match.period.start and (dated is None or distance < dated[0]):
            dated = (distance, match)
    if best and same_span and best[1] is same_span:
        # the same days a year before those the sentence is about, when it names them
        # (this sentence's, else the sentence before's: «… در فروردین امسال تولید کرده‌اند. این در
        # حالی است که در ماه مشابه پارسال …»)
        back = bisect_left(periods, sentence[0] - _SAME_BACK, key=lambda p: p.start)
        now = [
            m
            for m in periods[back:last]
            if m.period.start
            and m.end <= same_span.start
            and (m.start >= sentence[0] or not _PAST_WORDS.search(m.period.text))
        ]
        if now and (before := year_before(now[-1].period, same_span.period.text)):
            return PeriodMatch(same_span.start, same_span.end, dataclasses.replace(before, compared=True))
        # «در حال حاضر … ۶۴۰ میلیون … نسبت به سال قبل که این رقم ۸۰۰ میلیون بوده»: «now» a year back
        said_now = any(m.period.as_of for m in periods[back:last] if sentence[0] <= m.start < same_span.start)
        if not now and (_SAME_SPAN.search(text, max(0, same_span.start - 30), same_span.start) or said_now):
            # «الان ۳۰ میلیارد مترمکعب … که این رقم در مدت مشابه سال قبل [۳۱ میلیارد] بوده»:
            # not the whole of last year but the days of the figure it is set against, a year back
            return PeriodMatch(same_span.start, same_span.end, Period(same_span.period.text, year_back=True))
    if best and dated and (undated_recurrence(best[1].period) or _undated_daily(best[1].period)):
        # «در شهریور ماه با توزیع میانگین روزانه ۱۴۳ میلیون لیتر»: a day's average over that month
        return PeriodMatch(best[1].start, best[1].end, combined(best[1].period, dated[1].period))
    if best and (best[1].start, best[1].end) in bases:
        return dataclasses.replace(best[1], period=dataclasses.replace(best[1].period, compared=True))
    return best[1] if best else None


def _undated_daily(period: Period) -> bool:
    """«روزانه» alone: a day's amount, on the report's date unless a dated period is said."""
    return period.recurrence == "daily" and not period.start and not period.earliest


_PER_TIME = frozenset("روزی روزانه ماهی ماهانه سالی سالانه ساعتی".split())
# «بهبود تراز تجاری کشور به میزان سه میلیارد دلار»
_CHANGE_BY = re.compile(
    f"(?:{'|'.join(CHANGE_WORDS)})(?:{_SEP}[^\\s،.:؛]+){{0,4}}{_SEP}به{_SEP}میزان{_SEP}$"
)


def _aspect(text: str, draft: FigureDraft, unit: str | None) -> str | None:
    """«change» when the figure is an amount of change in its quantity's own unit (a word of
    change just before the number, or just after the unit with no «به» before the number:
    «به ۷ میلیون تن افزایش یافت» is the level reached), or an amount added to what there was
    («۲۱ هزار میلیارد تومان دیگر واریز شد»: another 21, not the total)."""
    if unit in RATES or draft.change_from is not None or draft.earlier:  # a rate's change is the rate
        return None
    words = [w for _, _, w in tokens(text, max(0, draft.start - 20), draft.start)]
    before = words[-1:]
    after = [w for _, _, w in tokens(text, draft.end, min(len(text), draft.end + 20))][:1]
    by = _CHANGE_BY.search(text, max(0, draft.start - 80), draft.start)
    if by or (before and before[0] in CHANGE_WORDS):
        return "change"
    # «به روزی ۳۶ میلیون مترمکعب افزایش یافت»: the level reached, a day's
    reached = words[-1:] == ["به"] or (words[-2:-1] == ["به"] and words[-1] in _PER_TIME)
    if after and after[0] in CHANGE_WORDS and not reached:
        return "change"
    if after and after[0] == "دیگر" and unit is not None:
        return "change"
    return None


def _said_on(text: str, periods: list[PeriodMatch], sentence: tuple[int, int], pos: int) -> Period | None:
    """The day a sentence says its quote was said on, before the quote opens («بهرام
    عین‌اللهی بعد از ظهر امروز شنبه چهارم شهریورماه … اظهار کرد: …»)."""
    left = _quote_part(text, sentence, pos)[0]
    if left <= sentence[0]:
        return None
    first = bisect_left(periods, sentence[0], key=lambda p: p.start)
    stop = bisect_left(periods, left, lo=first, key=lambda p: p.start)  # only the lead-in's
    days = [
        m.period
        for m in periods[first:stop]
        if m.end <= left
        and (
            (m.period.as_of and not m.period.text.startswith("تا"))
            or (m.period.start is not None and m.period.start == m.period.end)
        )
    ]
    return days[-1] if days else None


# what a lead-in says the quote is about: «با اشاره به …», «درباره …», «در تشریح …»
_TOPIC = re.compile(
    f"(?<![{LETTER}{ZWNJ}])(?:با{_SEP}اشاره{_SEP}به|درباره|دربارۀ|در{_SEP}باره|در{_SEP}?خصوص|در{_SEP}?مورد"
    f"|پیرامون|در{_SEP}تشریح|در{_SEP}ارتباط{_SEP}با|با{_SEP}ارائه{_SEP}گزارشی{_SEP}از"
    f"|در{_SEP}گزارشی{_SEP}از|با{_SEP}تشریح)(?![{LETTER}{ZWNJ}])"
    # «با اشاره به اینکه … در سال ۱۳۸۶ بوده»: a claim of its own, not what the quote is about
    f"(?!{_SEP}+(?:اینکه|این{_SEP}که|آنکه))"
)


def _topic_period(
    text: str, periods: list[PeriodMatch], sentence: tuple[int, int], pos: int
) -> tuple[Period, int] | None:
    """The dated span a quote's lead-in says it is about, and where («رضایی با اشاره به
    سفرهای نوروزی امسال گفت: ۵ میلیون تردد …»): not a day it was said on (``_said_on``),
    nor a base of comparison."""
    left = _quote_part(text, sentence, pos)[0]
    if left <= sentence[0] or not (topic := _last(_TOPIC.finditer(text, sentence[0], left))):
        return None
    first = bisect_left(periods, topic.end(), key=lambda p: p.start)
    stop = bisect_left(periods, left, lo=first, key=lambda p: p.start)
    spans = [
        m
        for m in periods[first:stop]
        if m.end <= left
        and (m.period.start or m.period.earliest)
        and m.period.start != m.period.end
        and not m.period.as_of
        and not _a_base(m.period)
        and not _BASE.search(text, max(0, m.start - 45), m.start)
    ]
    return (spans[-1].period, spans[-1].start) if spans else None


def _quote_part(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    start, end = sentence
    colon_before = text.rfind(":", start, pos)
    colon_after = text.find(":", pos, end)
    return (colon_before + 1 if colon_before >= 0 else start, colon_after if colon_after >= 0 else end)


__all__ = ["extract", "bounds", "Window"]
