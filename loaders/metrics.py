"""What a figure measures: a concept of the catalogue, or one minted from its noun phrase.

Words are compared as lemmas (an ending is dropped only when hazm's lexicon knows the
word that remains), so «بیمه‌شدگان جدید» meets the label «بیمه‌شده جدید». A label matches when all its words
appear, in order, near the figure; longer labels and nearer words win, and words after
the figure (its noun phrase) count more than words before it.

>>> resolve(["بیمه‌شده", "جدید", "را"], ["سازمان", "موفق", "شد"]).key
'new-insured-persons'
>>> m = resolve(["دفتر", "پیشخوان"], [])
>>> m.minted, m.label
(True, 'دفتر پیشخوان')
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .catalogue import counts_persons, derived, metrics, units
from .model import Metric
from .normalize import ZWNJ, key
from .numbers import number_word

_AFTER, _BEFORE = 6, 10  # window sizes in words
UNKNOWN_METRIC = "minted-unknown"  # no words say what the figure measures
# Words that end a noun phrase: a minted metric never runs past them.
_NP_END = frozenset(
    "را از به در با که و یا برای تا بر طی است بود شد شده شدند می کرد کرده رسید رسیده "
    "داشت دارد هستند نیز هم هر این آن اگر چه ولی اما بدون نشان‌دهنده نشانگر حاکی طریق خواهد همراه "
    "باشد باشند باشیم باشید باشم".split()
)
_NOT_CONTENT = _NP_END | frozenset("بیش حدود نزدیک قریب بالغ کمتر بیشتر افزون حداقل حداکثر دست‌کم".split())
# Words that say when or how, never what is counted: skipped when a phrase is minted
# («در حال حاضر ۱۴۰ هزار نفر» is not «حاضر»; «بر این اساس» is not «اساس»).
_NOT_WHAT = frozenset(
    "حال حاضر کنون اکنون تاکنون هم‌اکنون امروز امسال پارسال دیروز فردا گذشته اخیر جاری آینده قبل بعد "
    "سال سالانه ماه ماهانه روز روزانه هفته ساعت اساس بنابراین همچنین ضمن مجموع مجموعا کل عدد رقم "
    "میزان مقدار تعداد حدودا تقریبا معادل برابر نسبت مشابه دوره مدت طول ابتدای ابتدا پایان آخر "
    "ماهه ساله روزه نخست زمان ظرف مقایسه طور طوری هدف آمار آخرین یاد مذکور منتهی "
    "هموطن هموطنان هموطنانمان افراد جدید‌ترین تازه‌ترین "
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند "
    "بهار تابستان پاییز زمستان فصل حالی حالیکه درحالیکه "
    "شنبه یکشنبه دوشنبه چهارشنبه پنجشنبه جمعه".split()
) | {f"حالی{ZWNJ}که", f"درحالی{ZWNJ}که", f"سه{ZWNJ}شنبه", f"پنج{ZWNJ}شنبه"}
_A_YEAR = re.compile("[۱۲][۳۴۹۰][۰-۹]{2}|[۰-۹]{2}")  # «در تابستان ۱۴۰۳», «سال ۹۸»


# Endings written after a ZWNJ that a lemma drops (بیمه‌ای → بیمه).
_ZWNJ_SUFFIXES = frozenset({"ها", "های", "هایی", "ای", "ی", "تر", "ترین", "اند", "ام"})
# Endings written glued: (ending, what replaces it) — kept only when a word remains.
_GLUED = (("هایی", ""), ("های", ""), ("ها", ""), ("گان", "ه"), ("ان", ""), ("ات", ""), ("ی", ""))


# Plurals in «ات» that are words of their own: «صادرات» (exports) is not «صادر» (issued:
# «کارت صادر شده»), «واردات» not «وارد» («پرونده وارد شده»), «تسهیلات» (loans) not «تسهیل».
_OWN_PLURALS = frozenset("صادرات واردات تسهیلات اطلاعات انتخابات تحقیقات امکانات".split())


@lru_cache(maxsize=100_000)
def lemma(word: str) -> str:
    """A word's lemma key: plural and ezafe endings removed when a word remains.

    >>> lemma("بیمه‌شدگان") == lemma("بیمه‌شده")
    True
    >>> lemma("صادرات") == lemma("صادر")
    False
    """
    if word in _OWN_PLURALS:
        return key(word)
    parts = word.split(ZWNJ)
    if len(parts) > 1 and parts[-1] in _ZWNJ_SUFFIXES:
        return lemma(ZWNJ.join(parts[:-1]))  # «فوتی‌های» → «فوتی» → «فوت»
    for ending, restore in _GLUED:
        stem = word[: -len(ending)] + restore
        if word.endswith(ending) and len(stem) >= 3 and _is_word(stem):
            return key(stem)
    return key(word)


def _is_word(stem: str) -> bool:
    from .glue import lexicon

    lex = lexicon()
    return lex.words.get(stem, 0) > 0 or stem.replace(ZWNJ, "") in lex.zwnj_forms


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """hazm's stop words: function words and auxiliaries never name what is measured."""
    from .glue import hazm_lines
    from .normalize import normalize

    return frozenset(normalize(w) for w in hazm_lines("stopwords.dat") if w)


@derived
@lru_cache(maxsize=1)
def _labels() -> list[tuple[tuple[str, ...], str]]:
    """(lemmas of a label, metric key), longest labels first."""
    out = []
    for concept in metrics().values():
        for label in concept.labels:
            out.append((tuple(lemma(w) for w in label.split()), concept.key))
    return sorted(out, key=lambda item: -len(item[0]))


def resolve(after: list[str], before: list[str], *, unit_words: int = 0, unit: str | None = None) -> Metric:
    """The metric for a figure, from the words after it and before it.

    ``after`` starts with the unit's ``unit_words`` words: they count for catalogue
    labels («سفر رایگان») but a minted metric is never the unit alone. A concept whose
    expected unit is another count than the figure's ``unit`` is not it («این طرح یک میلیون
    متقاضی دارد»: applicants, not projects).
    """
    after, before = after[: _AFTER + unit_words], before[_window_start(before) :]
    if unit_words < len(after) and after[unit_words] == "از":  # «۳۰ درصد از جمعیت کشور»: of what
        after = after[:unit_words] + after[unit_words + 1 :]
    best = _best_label([lemma(w) for w in after], [lemma(w) for w in before], unit_words, unit)
    if best and unit is None and not _a_rate(best) and _counts_other(after, unit_words, best):
        best = None  # «[۲۶۰] حساب شوراهای اسلامی روستا»: accounts, not villages
    if best:
        concept = metrics()[best]
        return Metric(concept.key, concept.label, of=_said_of(best, after[unit_words:], before))
    if unit_words < len(after) and after[unit_words] in CHANGE_WORDS:
        # «بخش صنعت ۸ درصد رشد داشته است»: the label read in its own order, «رشد بخش [صنعت]»
        tail = list(itertools.takewhile(lambda w: w[:1].isalpha() and w not in _NP_END, before[::-1]))
        moved = [after[unit_words], *tail[:3][::-1]]
        if tail and (best := _best_label([lemma(w) for w in moved], [], 0, unit)):
            concept = metrics()[best]
            return Metric(concept.key, concept.label, of=_said_of(best, moved, []))
    phrase = _noun_phrase(after[unit_words:], reading=True) or _number_of(before)
    if not phrase and unit_words == 1 and unit == "person" and lemma(after[0]) not in _PLAIN_PERSONS:
        # «یک میلیون متقاضی مؤثر»: the kind of person counted, nearer than any word before
        phrase = [after[0]]
    phrase = phrase or _noun_phrase(_past_the_change(_skip_function_words(before[::-1])))[::-1]
    label = " ".join(phrase) if phrase else "نامشخص"
    # The key joins the lemmas without separators, so «اردیبهشت‌ماه» and «اردیبهشت ماه» meet.
    if not phrase:
        return Metric(UNKNOWN_METRIC, label, minted=True)
    return Metric("minted-" + "".join(lemma(w) for w in phrase), label, minted=True)


# Words that say how much or where, not of what: «ارزش صادرات», «صادرات محصولات کشاورزی کشور».
_NOT_OF = frozenset(
    "ارزش میزان حجم مقدار کل مجموع تعداد رقم نرخ بخش کشور استان شهرستان ایران محصول کالا انواع سهم "
    "عمده اصلی انجام صورت بوده شده هست قیمت بها شاخص مبلغ سطح میانگین متوسط حاصل گروه".split()
)


def said_of_words(words: list[str]) -> tuple[str, ...]:
    """Lemma keys of a phrase as what a concept is said of, less the words of how much,
    where or when («گروه کشاورزی» → «کشاورز»; «تورم آذرماه» is said of no thing)."""
    return tuple(dict.fromkeys(k for k in (lemma(w) for w in words if not time_word(w)) if k not in _NOT_OF))


_OF_WORDS = 4  # words after a label read as what it is said of


def _window_start(before: list[str]) -> int:
    """Where the window before a figure starts: :data:`_BEFORE` words back, not counting words
    of time («ارزش صادرات غیر نفتی کشور تا مدت یاد شده نسبت به مدت مشابه سال قبل [۲۱ درصد]»),
    which stay in it (they may be a label's own: «تورم ماهانه»)."""
    counted = 0
    for i in range(len(before) - 1, -1, -1):
        counted += not time_word(before[i])
        if counted > _BEFORE:
            return i + 1
    return 0


def _said_of(metric_key: str, after: list[str], before: list[str]) -> tuple[str, ...]:
    """What a catalogue concept is said of: the noun phrase that runs on from its label next
    to the figure («[۳۲ درصد] صادرات فولاد …», «صادرات محصولات کشاورزی نیز [۳۲ درصد]», «رشد
    [۵.۶ درصدی] بخش کشاورزی»), as lemma keys, less the words that say how much or where. The
    shortest label is read first: «کشاورزی» is what «رشد بخش کشاورزی» says beyond «رشد بخش»."""
    keys_after, keys_before = [lemma(w) for w in after], [lemma(w) for w in before]
    for label in sorted(metrics()[metric_key].labels, key=lambda t: len(t.split())):
        words = tuple(lemma(w) for w in label.split())
        tail: list[str] = []
        here = _span(words, keys_after, last=False)
        if here and here[0] <= 1:  # right after the figure: the phrase runs on after it
            tail, _ = _noun_phrase_from(after, here[1] + 1)
        elif here := _span(words, keys_before, last=True):
            tail, end = _noun_phrase_from(before, here[1] + 1)
            if not all(_time_or_link(w) for w in before[end:]):
                tail = []  # the label is a subject the clause goes on about, not this figure's phrase
        elif len(words) > 1 and _across(words, keys_before, keys_after) is not None:
            last = next((i for i, w in enumerate(keys_after[:3]) if w == words[-1]), None)
            tail = _noun_phrase_from(after, last + 1)[0] if last is not None else []
        out = tuple(dict.fromkeys(w for w in tail if w not in _NOT_OF))
        if out:
            return out
    return ()


_LINKS = frozenset("به از در تا طی با نیز هم میزان رقم عدد".split())


def _time_or_link(word: str) -> bool:
    """What may stand between a label's phrase and its figure: «رشد بخش کشاورزی [در سال ۱۴۰۲
    به] ۵ درصد»."""
    return word in _LINKS or time_word(word) or word.isdigit() or word in "،,"


def _noun_phrase_from(side: list[str], start: int) -> tuple[list[str], int]:
    """Up to :data:`_OF_WORDS` content words from ``side[start]``, and where they end; «هر» and
    the measure after it are passed over («قیمت [هر کیلو] سیب»)."""
    if start + 1 < len(side) and side[start] == "هر":
        start += 2
    out: list[str] = []
    end = start
    for i in range(start, min(len(side), start + _OF_WORDS)):
        word, following = side[i], side[i + 1] if i + 1 < len(side) else ""
        if not _names_a_thing(word) or _verb_like(word) or (following and _light_verb(following)):
            break  # «… تن گندم [تحویل دولت دادند]»: the noun of a compound verb says what was done
        out.append(lemma(word))
        end = i + 1
    return out, end


def _names_a_thing(word: str) -> bool:
    return (
        len(word) > 1
        and word[0].isalpha()
        and not number_word(word)
        and word not in _NOT_CONTENT
        and word not in _NOT_WHAT
        and word not in _stopwords()
        and not word.startswith(("می" + ZWNJ, "نمی" + ZWNJ))
    )


@derived
@lru_cache(maxsize=1)
def _labels_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, metric_key in _labels():
        index.setdefault(words[0], []).append((words, metric_key))
    return index


def _best_label(
    after: list[str], before: list[str], unit_words: int = 0, unit: str | None = None
) -> str | None:
    present = set(after) | set(before)
    index = _labels_by_first_word()
    # a bare number with a noun after it counts that noun («تصویب ۱۸۰ مصوبه برای پیشرفت», «با
    # مشارکت ۵ میلیون بسیجی»): no rate or share («۵۶.۹» alone, «به ۲۵ و …» may be one)
    counted = unit is None and unit_words < len(after) and _names_a_thing(after[unit_words])
    # in the order of the words, not of a set's: a tie must fall the same way every run
    candidates = [
        c
        for w in dict.fromkeys(after + before)
        for c in index.get(w, ())
        if set(c[0]) <= present and _fits(c[1], unit) and not (counted and _a_rate(c[1]))
    ]
    # (score, metric key, label words, the side they stand on, or None when read across it)
    best: tuple[float, str, tuple[str, ...], list[str] | None] | None = None

    def offer(score: float, metric_key: str, words: tuple[str, ...], side: list[str] | None) -> None:
        nonlocal best
        if best is None or score > best[0]:
            best = (score, metric_key, words, side)

    for words, metric_key in candidates:
        for side, weight in ((after, 0.0), (before, 2.5)):
            distance = _find(words, side if weight == 0 else side[::-1], reverse=weight != 0)
            if distance is not None:
                offer(10 * len(words) - distance - weight, metric_key, words, side)
        if len(words) > 1 and words[0] in before[-2:]:
            # «بخش کشاورزی از رشد [منفی ۲.۴ درصد]»: the complement said first, the head next to the figure
            distance = _find(words[1:] + words[:1], before[::-1], reverse=True)
            if distance is not None:
                offer(10 * len(words) - distance - 3.5, metric_key, words, None)
        distance = _across(words, before, after[unit_words:])
        if distance is not None:
            offer(10 * len(words) - distance - 1, metric_key, words, None)
    if best is None:
        return None
    _, metric_key, words, side = best
    return _head(words, side, candidates, near_end=side is before) if side is not None else metric_key


# Units that do not tell what is counted: any concept may have them.
_ANY_CONCEPT = frozenset({"percent", "percentage_point", "unit", "times"})
MONEY = frozenset("rial toman dollar euro yuan dirham dinar pound ruble lira rupee".split())
# Kinds of people (and jobs, counted by the people in them; so is every unit counted as
# persons, «کودک», «پرستار»); «تن» is a tonne or a person («۶۰ تن کشته شدند»), so it may
# count people too.
_PEOPLE = frozenset(
    "person student teacher patient retiree worker member player martyr representative "
    "candidate officer job".split()
)


_PLAIN_PERSONS = frozenset({"نفر", "تن", "نیرو"})  # unit words that say no kind of person


def _number_of(before: list[str]) -> list[str]:
    """«تعداد کل [ثبت‌نام‌کنندگان] در کنکور سراسری امسال ۱.۱ میلیون نفر»: what «تعداد» or «شمار»
    (the number of) names before the figure is what it counts, not the nearest noun."""
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _NUMBER_OF), None)
    if at is None:
        return []
    words = before[at + 1 :]
    while words and words[0] in ("کل", "کلی", "مجموع"):
        words = words[1:]
    return _noun_phrase(words, reading=True)


_NUMBER_OF = frozenset({"تعداد", "شمار"})


def _counts_other(after: list[str], unit_words: int, metric_key: str) -> bool:
    """A bare number with a noun right after it that none of the labels of a concept counting
    things holds: it counts that noun («۲۶۰ حساب» near «روستا» is accounts, not villages
    connected; «۲۶۰ بقعه» near «طرح» shrines, not projects). A concept of people or money keeps
    it («دستگیری ۳۸۶ مجرم», «اعتبار ۶۰۰ میلیونی»)."""
    expected = metrics()[metric_key].expected_unit
    if expected is None or expected in _PEOPLE or expected in MONEY or counts_persons(expected):
        return False
    if unit_words >= len(after) or not _names_a_thing(after[unit_words]) or time_word(after[unit_words]):
        return False
    noun = lemma(after[unit_words])
    return all(noun not in (lemma(w) for w in label.split()) for label in metrics()[metric_key].labels)


def _a_rate(metric_key: str) -> bool:
    return metrics()[metric_key].expected_unit in RATES


RATES = frozenset({"percent", "percentage_point"})  # units of a rate or a share


def _fits(metric_key: str, unit: str | None) -> bool:
    """Can a figure in ``unit`` measure the concept? Not when the concept counts one thing
    and the figure another (projects and applicants, a rate and people, households and
    kilograms)."""
    concept = metrics()[metric_key]
    expected = concept.expected_unit
    if concept.money and unit is not None and unit not in MONEY and unit not in _ANY_CONCEPT:
        return False  # «۵۱۷ شهر … از نظر منابع آبی»: cities, not revenue
    if unit is None or expected is None or unit in _ANY_CONCEPT or unit == expected:
        return True
    if expected in _PEOPLE:
        return unit in _PEOPLE or unit == "tonne" or counts_persons(unit)
    if unit in MONEY and expected in MONEY:
        return True
    known = units()
    # one dimension: «۵۰۰ متر» of a road counted in kilometres
    return unit in known and expected in known and known[unit].canonical == known[expected].canonical


def _head(
    words: tuple[str, ...], side: list[str], candidates: list[tuple[tuple[str, ...], str]], *, near_end: bool
) -> str:
    """Of two labels side by side, the first is the head and the second its complement:
    «صادرات [محصولات کشاورزی]» is exports (of farm products), not farm production."""
    key_of = {c[0]: c[1] for c in candidates}
    span = _span(words, side, last=near_end)
    while span is not None:
        heads = [w for w in key_of if _span(w, side, last=near_end, ending=span[0] - 1)]
        if not heads or _bridged(key_of, side, span[0], near_end=near_end):
            break  # «نرخ [تورم نقطه‌به‌نقطه]»: «نرخ تورم» is a label of its own, «نرخ» no head
        words = max(heads, key=len)
        span = _span(words, side, last=near_end, ending=span[0] - 1)
    return key_of[words]


def _bridged(labels: dict[tuple[str, ...], str], side: list[str], at: int, *, near_end: bool) -> bool:
    """Does a label run across the word boundary before ``side[at]``?"""
    for words in labels:
        if len(words) < 2:
            continue
        for end in range(at, min(len(side), at + len(words) + 3)):
            found = _span(words, side, last=near_end, ending=end)
            if found and found[0] < at <= found[1]:
                return True
    return False


def _span(
    words: tuple[str, ...], side: list[str], *, last: bool, ending: int | None = None
) -> tuple[int, int] | None:
    """Where ``words`` stand in order in ``side`` (up to two other words between two of
    them, as :func:`_find`): the occurrence nearest the figure, or the one that ends at
    ``ending``."""
    starts = range(len(side) - 1, -1, -1) if last else range(len(side))
    for i in starts:
        if side[i] != words[0]:
            continue
        walked = _in_order(words, side, i)
        if walked is not None and (ending is None or walked[0] == ending):
            return i, walked[0]
    return None


def _across(words: tuple[str, ...], before: list[str], after: list[str]) -> float | None:
    """A label said around the number: «برداشت روزانه [۷۲۲ میلیون مترمکعب] گاز», «رشد [۵.۶
    درصدی] بخش کشاورزی». Its first words end just before the figure (at most one word
    between), the rest start just after the unit."""
    for k in range(len(words) - 1, 0, -1):
        head, tail = words[:k], words[k:]
        for lead in (0, 1):
            if len(before) >= k + lead and tuple(before[len(before) - k - lead : len(before) - lead]) == head:
                for skip in (0, 1):
                    if tuple(after[skip : skip + len(tail)]) == tail:
                        return lead + skip
    return None


def _find(words: tuple[str, ...], side: list[str], *, reverse: bool) -> float | None:
    """Distance from the figure to the first word of ``words`` found in order, or None."""
    sequence = words[::-1] if reverse else words
    for first in range(len(side)):
        if side[first] == sequence[0] and (walked := _in_order(sequence, side, first)) is not None:
            return first + walked[1]
    return None


def _in_order(words: tuple[str, ...], side: list[str], first: int) -> tuple[int, int] | None:
    """``words`` in order in ``side`` from ``side[first]`` (its first word), up to two other
    words between two of them and none that negates («صادرات [غیر] نفتی» is no «صادرات نفت»):
    where the last stands and how many words stood between, or None."""
    pos, gaps = first, 0
    for word in words[1:]:
        nxt = next((k for k in range(pos + 1, min(pos + 4, len(side))) if side[k] == word), None)
        if nxt is None or any(w in _NEGATING for w in side[pos + 1 : nxt]):
            return None
        gaps += nxt - pos - 1
        pos = nxt
    return pos, gaps


_NEGATING = frozenset({"غیر", "بدون", "جز", "بجز"})


def _skip_function_words(words: list[str]) -> list[str]:
    """Words before a figure, nearest first, past the prepositions, qualifiers and period
    phrases next to it («حجم مبادلات … در چهار ماهه نخست سال جاری به ۳۴ میلیارد دلار»)."""
    i = 0
    while i < len(words) and (
        words[i] in _NOT_CONTENT
        or time_word(words[i])
        or words[i] in _stopwords()
        or number_word(words[i])
        or (_A_YEAR.fullmatch(words[i]) and i + 1 < len(words) and time_word(words[i + 1]))
    ):
        i += 1
    return words[i:]


_PER_CENT = frozenset({"درصد", "درصدی", "واحد"})


def _past_the_change(words: list[str]) -> list[str]:
    """Words before a figure, nearest first, past how it moved when that stands between it and
    what moved («تولید آهن اسفنجی … [با ۲.۸ درصد افزایش به] ۶ میلیون تن رسید», «… با افزایش ۱۰
    درصدی به …»): the change is no more what was counted than «به» is."""
    changed = False
    for i, word in enumerate(words[:6]):
        if word == "با":
            return _skip_function_words(words[i + 1 :]) if changed else words
        if word in CHANGE_WORDS:
            changed = True
        elif word[:1].isalpha() and word not in _PER_CENT and not number_word(word):
            return words
    return words


def time_word(word: str) -> bool:
    """A word of time or manner (see _NOT_WHAT), «اردیبهشت‌ماه» and «ماه‌های» included."""
    if word.endswith(("های", "ها")) and len(word) > 4:
        word = word.removesuffix("ی").removesuffix("ها").rstrip(ZWNJ)  # «ماههای فروردین و اردیبهشت»
    return word in _NOT_WHAT or (word.endswith("ماه") and word[:-3].rstrip(ZWNJ) in _NOT_WHAT)


_VERB_ENDINGS = ("ند", "یم", "ید")


def _verb_like(word: str) -> bool:
    """«مشغول‌اند», «می‌شود», «رسیده»: a verb form ends a noun phrase."""
    return word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)) or (ZWNJ + "ا" in word[-5:]) or (
        word.endswith(_VERB_ENDINGS) and len(word) > 4 and word[:-2] in _past_stems()
    ) or _subjunctive(word)


# The second half of a compound verb: the noun before it says what happened, not what was
# counted («۱.۲ واحد درصد افزایش داشته است», «۴۷.۶ درصد افزایش نشان می‌دهد»).
_LIGHT = frozenset(
    "داشت داشته دارد داشتند کرد کرده کند کردند نمود نموده نماید داد داده دهد دادند یافت یافته "
    "یابد یافتند گرفت گرفته گیرد شد شده شود شدند گردید گردیده گردد نشان خواهد دید دیده دیدند".split()
)
_LIGHT_PRESENT = ("ده", "یا", "کن", "شو", "گی")  # «می‌دهد», «می‌یابد», «می‌کند», «می‌شود», «می‌گیرد»


def _light_verb(word: str) -> bool:
    return word in _LIGHT or _subjunctive(word) or (
        word.startswith(("می" + ZWNJ, "نمی" + ZWNJ)) and word.split(ZWNJ, 1)[1][:2] in _LIGHT_PRESENT
    )


def _subjunctive(word: str) -> bool:
    """«برسد», «بیابد», «بدهند», «برسیم»: «ب» and a present stem with a personal ending."""
    if not word.startswith("ب") or len(word) < 4:
        return False
    for ending in ("ند", "یم", "ید", "د"):
        if word.endswith(ending) and word[1 : -len(ending)] in _present_stems():
            return True
    return False


# Nouns of a change: they make a figure an amount of change («۲۵ میلیون مترمکعب افزایش»), and
# right after a figure with no noun of their own they say how a quantity named before it moved,
# not what was counted.
CHANGE_WORDS = frozenset("افزایش کاهش بهبود رشد افت جهش کسری".split())


def _content(word: str) -> bool:
    """A word that can go on a noun phrase (not its end, a verb, a time word or a qualifier)."""
    return bool(word) and word[:1].isalpha() and not (
        word in _NOT_CONTENT
        or word in _stopwords()
        or time_word(word)
        or _verb_like(word)
        or _light_verb(word)
    )


def _unit_of_a_number(nearest_first: list[str], i: int) -> bool:
    """Words before a figure, nearest first: is the i-th a unit written right after a number
    («دلار» in «… ۳۴ میلیارد دلار معادل ۶۱ میلیون تن»), not a noun that is also a unit's name
    («استان», «کشور», «گرم»)?"""
    word = nearest_first[i]
    units = _unit_words()
    if (word not in units and word.removesuffix("ی") not in units) or i + 1 >= len(nearest_first):
        return False  # «۳۰ درصدی» too
    before = nearest_first[i + 1]
    return not before[:1].isalpha() or number_word(before)


@derived
@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Units written as one word («دلار», «تن»): the end of another figure, never what one counts."""
    from .catalogue import units

    return frozenset(f for u in units().values() for f in u.surface_forms if " " not in f and ZWNJ not in f)


@lru_cache(maxsize=1)
def _present_stems() -> frozenset[str]:
    from .glue import lexicon

    return lexicon().present


@lru_cache(maxsize=1)
def _past_stems() -> frozenset[str]:
    from .glue import lexicon

    return lexicon().past


def _noun_phrase(words: list[str], *, reading: bool = False) -> list[str]:
    """Up to three content words before the first word that ends a noun phrase. ``reading``:
    the words run in the text's order, so a noun before a light verb is seen as the first half
    of a compound verb («اعلام کرد», «افزایش یافت», «افزایش نشان می‌دهد») and ends the phrase."""
    out = []
    for i, word in enumerate(words):
        if word in _NP_END or word in _stopwords() or not word[:1].isalpha() or _verb_like(word):
            break
        if number_word(word) or (not reading and _unit_of_a_number(words, i)):
            break  # another figure's number or unit: «… ۵۴۹ هزار تن محموله از ۵۹۴ هزار کشاورز»
        following = words[i + 1] if i + 1 < len(words) else ""
        if reading and following and _light_verb(following):
            if out and out[-1] in CHANGE_WORDS and word not in _NOT_CONTENT and not time_word(word):
                out.append(word)  # «۵ درصد افزایش ظرفیت داشتند»: what grew
            break
        if reading and not out and word in CHANGE_WORDS and not _content(following):
            break  # «۵۵.۵ درصد افزایش و …», «۰.۸ واحد درصد افزایش نسبت به …»: how it moved
        if word not in _NOT_CONTENT and not time_word(word):
            out.append(word)
        if len(out) == 3:
            break
    return out


def relative_head(words: list[str]) -> list[str]:
    """The noun a relative clause is about, from the words before its «که» («رشد نقدینگی که
    از ۴۰ درصد به ۲۶ درصد رسیده است»: «رشد نقدینگی»); none after a verb («گفت که …»)."""
    if not words or words[-1] in _past_stems():
        return []
    return _noun_phrase(words[::-1])[::-1]
