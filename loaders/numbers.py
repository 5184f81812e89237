"""Number phrases in Persian news text: where they are and what they are worth.

One compiled regex finds candidate chains of number tokens (digits, number words, scale words,
«و», «تا», «نیم», …); a small grammar then splits each chain into phrases and computes exact
:class:`~decimal.Decimal` values. Works on normalised text (Persian digits, ی/ک, ٫ ٬, ZWNJ) and on
raw agency copy (Latin or Arabic-Indic digits, ي/ك, `,` `.` `/` separators, glued words).
Ordinals, dates, times and codes are not number phrases; years and article numbers are, and
are left to the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import MAX_EMAX, MIN_EMIN, Context, Decimal, localcontext

__all__ = ["NumberPhrase", "find_numbers", "parse_number"]

# ---- rule tables ---------------------------------------------------------------------------
# A space inside a table word means "optional space or ZWNJ here" (هفتصد، هفت‌صد، هفت صد).
# word -> (value, place): after «و» only a value smaller than place may follow (صد و بیست).
# fmt: off
_WORDS: dict[str, tuple[int, int]] = {
    # ones and teens: nothing follows them after «و»
    "صفر": (0, 1), "یک": (1, 1), "دو": (2, 1), "سه": (3, 1), "چهار": (4, 1), "پنج": (5, 1),
    "شش": (6, 1), "شیش": (6, 1), "هفت": (7, 1), "هشت": (8, 1), "نه": (9, 1), "ده": (10, 1),
    "یازده": (11, 1), "دوازده": (12, 1), "سیزده": (13, 1), "چهارده": (14, 1),
    "پانزده": (15, 1), "پونزده": (15, 1), "شانزده": (16, 1), "هفده": (17, 1),
    "هجده": (18, 1), "هیجده": (18, 1), "نوزده": (19, 1),
    # tens: a unit may follow (بیست و پنج)
    "بیست": (20, 10), "سی": (30, 10), "چهل": (40, 10), "پنجاه": (50, 10), "شصت": (60, 10),
    "هفتاد": (70, 10), "هشتاد": (80, 10), "نود": (90, 10),
    # hundreds: tens or units may follow (صد و بیست)
    "صد": (100, 100), "یک صد": (100, 100), "دویست": (200, 100), "سی صد": (300, 100),
    "چهار صد": (400, 100), "پان صد": (500, 100), "پون صد": (500, 100), "شش صد": (600, 100),
    "هفت صد": (700, 100), "هشت صد": (800, 100), "نه صد": (900, 100),
}
# scale words; بیلیون is read as 10**9 (the English "billion" it translates in news copy);
# «ملیون», «میلون», «ملیارد», «میلیادر» are misspellings real copy has
_SCALES: dict[str, int] = {
    "هزار": 10**3, "میلیون": 10**6, "ملیون": 10**6, "میلون": 10**6, "میلیارد": 10**9, "ملیارد": 10**9,
    "میلیادر": 10**9, "بیلیون": 10**9, "تریلیون": 10**12, "همت": 10**12,
}
_UNIT_SCALES = {"همت": "toman"}  # scale words that also name the unit (هزار میلیارد تومان)
_CONNECTORS = {"و": "and", "تا": "range", "الی": "range", "ممیز": "point", "بین": "between"}
_FRACTIONS = {"دهم": 10, "صدم": 100}  # «۷ دهم» = 0.7, «۲۵ صدم» = 0.25 (only after a number)
_HALF = "نیم"  # «نیم میلیون», «دو و نیم»
_ORDINAL_SUFFIXES = {  # suffix -> what may stand before it: هفتم، چهارمین، ۱۲ام، سی امین
    "امین": "[ \u200c]?", "ام": "[ \u200c]?", "مین": "\u200c?", "م": "\u200c?",
}
_ORDINAL_WORDS = {"سوم": 3, "سومین": 3}  # irregular ordinals that can end a number (بیست و سوم)
_WORD_ORDINAL_DEFAULT = ("م", "مین")  # what makes a number word an ordinal: هفتم، هفتمین
_WORD_ORDINAL_SUFFIXES = {  # words that differ from that
    "سی": ("ام", "امین"),  # سی‌ام، سی‌امین; سیم is "wire"
    "سه": (),  # its ordinal is سوم: سهم "share", سهام "shares"
}
_ADJECTIVE_Y = {  # words that take an adjectival ی (۱۰ هزاری، بیستی); not یکی، دوی، دهی، نهی
    *_SCALES, "بیست", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود",
    *(w.replace(" ", "") for w, (_, place) in _WORDS.items() if place == 100),
}
_NO_TAYI = {"یک"}  # یکتایی is "uniqueness", not "one-item"
_GLUED_UNITS = [  # may be glued to a number word: دوبرابر، پنجساله، سه‌ماهه
    "برابر", "تومان", "ریال", "درصد", "ساله", "ماهه", "روزه", "نفره",
]
_NOT_NUMBER_AFTER = ["شنبه", "ها"]  # سه شنبه (weekday), میلیون ها (plural, spaced)
_VAGUE_BEFORE_WORDS = [  # an inexact quantity: «چند صد»، «صدها میلیون»، «ده‌ها هزار»
    "چند", "چندین", "صد ها", "ده ها", "هزاران", "میلیون ها", "میلیارد ها",
]
_VAGUE_AFTER_WORDS = ["چند", "اندی"]  # «سی و چند سال», «هزار و اندی»
_PERCENT_APART = "در"  # «۹۰ در صد», «صد در صد»: the صد after در is the percent sign
# fmt: on

# ---- regular expressions (compiled once) ---------------------------------------------------
_LETTER = r"[^\W\d_]"
_DIGIT = "0-9\u06f0-\u06f9\u0660-\u0669"  # Latin, Persian, Arabic-Indic
_NUM_SEP = r"[.,/\u066b\u066c:\-]"  # anything that may sit between digit groups
_GAP = r"[ \t\u00a0\u200c\u200e\u200f\u202f]"  # space-like characters inside a phrase
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩\u066b\u066c", "01234567890123456789.,")
_TO_KEY = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None, " ": None})


def _rx(word: str, *, loose: bool = False) -> str:
    """Regex for a table word: Arabic ي/ك/ى allowed, a space means optional space or ZWNJ.

    ``loose`` also lets a ZWNJ sit between any two letters: glue repair driven by a general
    lexicon splits glued number words at the wrong place (یکهزار → یکه‌زار, دومیلیون →
    دومی‌لیون), and a ZWNJ inside a number word never means anything else.
    """
    table = {"ی": "[یيى]", "ک": "[کك]", " ": "[ \u200c]?"}
    return ("\u200c?" if loose else "").join(table.get(ch, re.escape(ch)) for ch in word)


def _alt(words: Iterable[str], *, loose: bool = False) -> str:
    """One alternation of table words, longest first so that سیصد wins over سی."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(_rx(w, loose=loose) for w in ordered) + ")"


_NUMBER_WORDS = {w.translate(_TO_KEY): v for w, v in _WORDS.items()}
# one number word or scale word («هفت», «سیصد», «هزار», «میلیارد»), as a regex alternation
NUMBER_WORD = _alt([*_WORDS, *_SCALES])


def number_word(word: str) -> bool:
    """A word that is (part of) a number written out: «یک», «هزار», «میلیون».

    >>> number_word("هزار"), number_word("محموله")
    (True, False)
    """
    k = word.translate(_TO_KEY)
    return k in _NUMBER_WORDS or k in _SCALES
_ALL = _alt([*_WORDS, *_SCALES], loose=True)
_SFX = rf"(?:\u200c?{_rx('تایی')}|[یيى])"
_RUN = (
    rf"(?<![{_DIGIT}A-Za-z])(?<![{_DIGIT}]{_NUM_SEP})"
    rf"[{_DIGIT}]+(?:{_NUM_SEP}[{_DIGIT}]+)*"
)
_RUN_END = rf"(?!{_NUM_SEP}?[{_DIGIT}]|[A-Za-z])"
_ORD_SFX = "(?:" + "|".join(sep + _rx(sfx) for sfx, sep in _ORDINAL_SUFFIXES.items()) + ")"
_AFTER_ZWNJ = (  # number words may themselves hold a misplaced ZWNJ, the rest not («صد‌در‌صد»)
    f"(?:{_ALL}|{_alt([*_GLUED_UNITS, *_FRACTIONS, *_ORDINAL_WORDS, _HALF, 'و'])})"
)
_NEXT_NUMBER = rf"{_GAP}*(?:[{_DIGIT}]|{_AFTER_ZWNJ})"  # what a glued «و» must lead to
# what may be glued on after a number word: a scale, a unit or «و» + a number word, any number
# of times, as long as the run ends the word (یکهزاروپانصد، پنج‌هزارتومانی) or a glued «و» leads
# on to the next number («یکهزارو ۶۵۳»)
_GLUED_RUN = rf"(?:\u200c?(?:{_alt(_SCALES, loose=True)}|{_alt(_GLUED_UNITS)}|و{_ALL}))+"
_END = (  # a word ends at a non-letter, or runs on into a glued run, a glued «و» or ZWNJ + word
    rf"(?:(?={_GLUED_RUN}(?:{_SFX}?(?!{_LETTER})|\u200c?و{_NEXT_NUMBER}))|(?=\u200c?و{_NEXT_NUMBER})"
    rf"|(?=\u200c+{_AFTER_ZWNJ}(?:{_SFX}|{_ORD_SFX})?(?!{_LETTER}))|(?!{_LETTER}|\u200c))"
)
_TOKEN_PARTS = {
    "frac": _alt(_FRACTIONS) + _END,
    "ord": rf"(?:{_RUN}|{_ALL}){_ORD_SFX}(?!{_LETTER})|{_alt(_ORDINAL_WORDS)}(?!{_LETTER})",
    "digits": rf"{_RUN}(?:\u200c?{_rx('تایی')})?{_RUN_END}",
    "half": _rx(_HALF) + _END,
    "word": rf"{_ALL}{_SFX}?{_END}(?!{_GAP}*{_alt(_NOT_NUMBER_AFTER)}(?!{_LETTER}))",
    "conn": rf"{_alt(c for c in _CONNECTORS if c != 'و')}{_END}|و(?={_NEXT_NUMBER})",
}
_TOKEN = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _TOKEN_PARTS.items()))
_ANY_TOKEN = "(?:" + "|".join(f"(?:{p})" for p in _TOKEN_PARTS.values()) + ")"
_CHAIN = re.compile(
    rf"(?:(?=[{_DIGIT}])|(?<!{_LETTER})(?<!{_LETTER}\u200c))(?!و|تا|الی|ممیز)"
    rf"{_ANY_TOKEN}(?:{_GAP}*{_ANY_TOKEN})*"
)
_GAPS = re.compile(f"{_GAP}*")
_RANGE_COMMA = re.compile(f"{_GAP}*[،,\\-]{_GAP}*")  # «سه، چهار هزار», «سه-چهار هزار»
_RANGE_OR = re.compile(f"{_GAP}+یا{_GAP}+")  # «۵ یا ۶ میلیون بشکه», «دو یا سه هفته»
_HAS_DIGIT = re.compile(f"[{_DIGIT}]")
_STRICT_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:([./])(\d+))?(?:\u200c?تا[یيى]{2})?")
_ORD_STRIP = re.compile(rf"{_ORD_SFX}$")
_VAGUE_BEFORE = re.compile(rf"(?<!{_LETTER}){_alt(_VAGUE_BEFORE_WORDS)}{_GAP}+\Z")
_VAGUE_AFTER = re.compile(rf"{_GAP}*و{_GAP}*{_alt(_VAGUE_AFTER_WORDS)}(?!{_LETTER})")
_PERCENT_BEFORE = re.compile(rf"(?:[{_DIGIT}]|(?<!{_LETTER}){_ALL}){_GAP}*{_PERCENT_APART}{_GAP}+\Z")

_ZERO, _ONE, _HALF_VALUE = Decimal(0), Decimal(1), Decimal("0.5")
_THOUSAND, _MILLION = Decimal(1000), Decimal(1_000_000)
# Sums, products and divisions by 10 or 100 of numbers as written are exact at this precision;
# no trap, so that even absurd input (a million digits) gives a value rather than an error.
_EXACT = Context(prec=1000, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])


@dataclass(frozen=True, slots=True)
class NumberPhrase:
    """One number phrase: ``text[start:end]``, its value and, for a range, its upper end."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None = None
    implied_unit: str | None = None
    adjectival: bool = False
    approximate: bool = False  # a colloquial range «سه، چهار هزار»: the speaker gives no exact number


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # num scale half frac point and range between ord stop
    start: int
    end: int
    value: Decimal = _ZERO
    place: Decimal = _ONE
    key: str = ""  # normalised word; for a plain digit run its ASCII digits (for «ممیز»)
    adj: bool = False  # carries an adjectival ی / تایی


@dataclass(slots=True)
class _Term:
    """A base (a group of number words, digits, «نیم» or 1 before a bare scale) and its scales."""

    end: int  # index of the token after it
    base: Decimal
    scales: list[Decimal] = field(default_factory=list)  # rising: هزار میلیارد
    unit: str | None = None
    ordinal: bool = False  # it is (or ends in) an ordinal: بیست و یکم، صد هزارم
    closed: bool = False  # nothing may follow: «و نیم», «همت», an adjectival suffix


@dataclass(slots=True)
class _Phrase:
    """Terms added up so far; top/last scale decide how the next term may join."""

    end: int
    total: Decimal = _ZERO
    top: Decimal = _ONE  # largest scale seen: a larger one multiplies everything before it
    last: Decimal = _ONE  # scale of the last term: a following term must be smaller
    lead: Decimal = _ONE  # what the first number was multiplied by (۲ تا ۳ میلیون)
    head: Decimal = _ZERO  # the first term's base: پانصد in «پانصد میلیون»
    terms: int = 0
    unit: str | None = None
    ordinal: bool = False
    closed: bool = False


# ---- tokens --------------------------------------------------------------------------------
def _digits_token(m: re.Match[str]) -> _Tok:
    ascii_ = m.group().translate(_TO_ASCII)
    s = _STRICT_DIGITS.fullmatch(ascii_)
    if s is None or (s[2] == "/" and len(s[1]) > 3):  # 1401/02/03, 10:30, 123-456, 1399/12
        return _Tok("stop", m.start(), m.end())
    value = Decimal(s[1].replace(",", "") + ("." + s[3] if s[3] else ""))
    digits = s[1] if s[3] is None and "," not in s[1] else ""
    return _Tok("num", m.start(), m.end(), value, key=digits, adj=not ascii_[-1].isdigit())


def _word_token(m: re.Match[str]) -> _Tok:
    key, adj = m.group().translate(_TO_KEY), False
    if key not in _NUMBER_WORDS and key not in _SCALES:
        stem = key.removesuffix("تایی")
        if stem == key:
            stem = key[:-1]
            adj = stem in _ADJECTIVE_Y
        else:
            adj = stem not in _NO_TAYI
        key = stem if adj else ""
    if key in _SCALES:
        return _Tok("scale", m.start(), m.end(), Decimal(_SCALES[key]), key=key, adj=adj)
    if key in _NUMBER_WORDS:
        value, place = _NUMBER_WORDS[key]
        return _Tok("num", m.start(), m.end(), Decimal(value), Decimal(place), key, adj)
    return _Tok("stop", m.start(), m.end())


def _ordinal_token(m: re.Match[str]) -> _Tok:
    """«هفتم», «۱۲ام», «سوم»; a word that only looks like one (سهم، صدام، دوام) is a stop."""
    key = m.group().translate(_TO_KEY)
    if key in _ORDINAL_WORDS:
        return _Tok("ord", m.start(), m.end(), Decimal(_ORDINAL_WORDS[key]))
    sfx = _ORD_STRIP.search(key)
    stem = key[: sfx.start()].translate(_TO_ASCII) if sfx else ""
    if stem[:1].isdigit():  # any suffix after digits; 12,000 is never joined to, value moot
        return _Tok("ord", m.start(), m.end(), Decimal(stem) if stem.isdigit() else _ZERO)
    value = _SCALES.get(stem) or _NUMBER_WORDS.get(stem, (None,))[0]
    suffixes = _WORD_ORDINAL_SUFFIXES.get(stem, _WORD_ORDINAL_DEFAULT)
    if value is None or sfx is None or sfx.group() not in suffixes:
        return _Tok("stop", m.start(), m.end())
    return _Tok("ord", m.start(), m.end(), Decimal(value))


def _token(m: re.Match[str]) -> _Tok:
    kind = m.lastgroup or ""
    if kind == "digits":
        return _digits_token(m)
    if kind == "word":
        return _word_token(m)
    if kind == "ord":
        return _ordinal_token(m)
    key = m.group().translate(_TO_KEY)
    if kind == "frac":
        return _Tok("frac", m.start(), m.end(), Decimal(_FRACTIONS[key]))
    if kind == "half":
        return _Tok("half", m.start(), m.end(), _HALF_VALUE)
    return _Tok(_CONNECTORS[key], m.start(), m.end(), key=key)


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    pos = start
    while pos < end:
        gap = _GAPS.match(text, pos)
        m = _TOKEN.match(text, gap.end() if gap else pos)
        if m is None:  # cannot happen: the chain regex matched the same tokens
            break
        out.append(_token(m))
        pos = m.end()
    return out


# ---- grammar -------------------------------------------------------------------------------
def _kind(toks: list[_Tok], i: int) -> str:
    return toks[i].kind if i < len(toks) else ""


def _open(toks: list[_Tok], j: int) -> bool:
    """Whether a phrase may go on after token j - 1 (an adjectival suffix ends it)."""
    return not toks[j - 1].adj


def _group(toks: list[_Tok], i: int) -> _Term:
    """Number words joined by «و» with falling places: دویست و پنجاه و سه."""
    term, place = _Term(i + 1, toks[i].value), toks[i].place
    while _kind(toks, term.end) == "and" and _kind(toks, term.end + 1) in ("num", "ord"):
        nxt = toks[term.end + 1]
        if nxt.value >= place or not _open(toks, term.end):
            break
        term.base, place, term.end = term.base + nxt.value, nxt.place, term.end + 2
        if nxt.kind == "ord":  # بیست و یکم
            term.ordinal = True
            break
    return term


def _decimals(tok: _Tok) -> Decimal | None:
    """Digits after «ممیز» as a fraction: ۵ -> 0.5, ۰۵ -> 0.05, پنج -> 0.5."""
    if not tok.key:  # digits with their own separators
        return None
    return Decimal("0." + (tok.key if tok.key.isdigit() else str(int(tok.value))))


def _fraction(toks: list[_Tok], term: _Term) -> None:
    """What may follow a group before its scales: «دهم», «و ۸ دهم», «ممیز ۵», «و نیم»."""
    j, kind, nxt = term.end, _kind(toks, term.end), _kind(toks, term.end + 1)
    if not _open(toks, j):
        return
    if kind == "frac":
        term.base, term.end = term.base / toks[j].value, j + 1
    elif kind == "point" and nxt == "num" and (d := _decimals(toks[j + 1])) is not None:
        term.base, term.end = term.base + d, j + 2
    elif kind == "and" and nxt == "half":
        term.base, term.end = term.base + _HALF_VALUE, j + 2
    elif kind == "and" and nxt == "num":
        g = _group(toks, j + 1)
        if not g.ordinal and _kind(toks, g.end) == "frac" and g.base < toks[g.end].value:
            term.base, term.end = term.base + g.base / toks[g.end].value, g.end + 1


def _scales(toks: list[_Tok], term: _Term) -> None:
    """Rising scale words after a base («هزار میلیارد»); «همت» ends the phrase."""
    while term.unit is None and _kind(toks, term.end) == "scale" and _open(toks, term.end):
        tok = toks[term.end]
        if term.scales and tok.value <= term.scales[-1]:
            break
        term.scales.append(tok.value)
        term.end, term.unit = term.end + 1, _UNIT_SCALES.get(tok.key)


def _term(toks: list[_Tok], i: int) -> _Term | None:
    """A base with its fraction, scales and a trailing «و نیم»: «یک میلیون و نیم»."""
    kind = _kind(toks, i)
    if kind == "num":
        term = _group(toks, i)
        if term.ordinal:
            return term
        _fraction(toks, term)
    elif kind == "half":
        term = _Term(i + 1, _HALF_VALUE)
    elif kind == "scale" and toks[i].key not in _UNIT_SCALES:  # «هزار نفر»: one thousand
        term = _Term(i + 1, _ONE, [toks[i].value])
    else:
        return None
    _scales(toks, term)
    j = term.end
    if term.scales and _open(toks, j) and (_kind(toks, j), _kind(toks, j + 1)) == ("and", "half"):
        term.base, term.end, term.closed = term.base + _HALF_VALUE, j + 2, True
    term.ordinal = _open(toks, term.end) and _kind(toks, term.end) in ("ord", "frac")
    term.closed = term.closed or term.unit is not None or not _open(toks, term.end)
    return term


def _fold(p: _Phrase, u: _Term) -> None:
    """Add a term: a scale larger than any before multiplies everything accumulated."""
    cur = u.base
    for s in u.scales:
        if s > p.top:
            p.total, p.top, p.lead, cur = (p.total + cur) * s, s, p.lead * s, _ZERO
        else:
            p.total, cur = p.total + cur * s, _ZERO
    p.total += cur
    p.head, p.terms = p.head if p.terms else u.base, p.terms + 1
    p.last = u.scales[-1] if u.scales else _ONE
    p.end, p.unit, p.ordinal, p.closed = u.end, u.unit, u.ordinal, u.closed


def _extend(toks: list[_Tok], p: _Phrase) -> bool:
    """Join the next term: «۲ میلیون و ۷۰۰ هزار», «۳۶۱ هزار ۸۸۴», «یک هزار و ۸۰۰ میلیارد»."""
    joined = _kind(toks, p.end) == "and"
    k, kind = p.end + joined, _kind(toks, p.end + joined)
    if kind == "ord":
        u: _Term | None = _Term(k + 1, toks[k].value, ordinal=True)
    else:
        u = _term(toks, k) if kind == "num" or (joined and kind == "scale") else None
    if u is None or (u.ordinal and not joined):
        return False
    if (
        joined
        and not (u.scales or u.ordinal)
        and p.last >= _MILLION
        and u.end == k + 1
        and toks[k].key.isdigit()
        and u.base < _THOUSAND
        and u.base % 100 == 0
    ):
        # «۳ میلیون و ۲۰۰ کنتور»: hundreds in digits after a million, the thousand left unsaid
        # as people say it (3,200,000; 3,000,200 is written out in words or in full digits)
        u.base = u.base * p.last / _THOUSAND
    first = u.scales[0] if u.scales else _ONE
    fits = p.last > 1 and u.base * first < p.last  # a smaller group after a scale
    # (a decimal last group after «هزار و» too: «یک هزار و ۸۰۶.۴ همت» is 1,806.4; not «۳ میلیون و ۱.۵
    # همت», two amounts)
    decimal_hundreds = joined and p.last == _THOUSAND and u.base >= 1
    whole = (u.base == u.base.to_integral_value() or decimal_hundreds) and u.base < p.last
    # or a scale over everything: «یک هزار و ۸۰۰ میلیارد», and with «و» left out, as the
    # press often writes it: «۱۱۴ هزار ۷۷۰ میلیارد تومان» (114,770 billion)
    if not (fits or (whole and 1 < p.top < first)):
        return False
    _fold(p, u)
    return True


def _phrase(toks: list[_Tok], i: int) -> _Phrase | None:
    """The longest phrase starting at token i: a term, then more terms while they fit."""
    t = _term(toks, i)
    if t is None:
        return None
    p = _Phrase(i)
    _fold(p, t)
    while not (p.closed or p.ordinal) and _extend(toks, p):
        pass
    return p


def _range(toks: list[_Tok], p: _Phrase, seps: tuple[str, ...]) -> tuple[Decimal, _Phrase] | None:
    """Low end and upper phrase of «p تا q»; a scale on q alone applies to p (۲ تا ۳ میلیون)."""
    if p.ordinal or not _open(toks, p.end) or _kind(toks, p.end) not in seps:
        return None
    q = _phrase(toks, p.end + 1)
    if q is None or q.ordinal:
        return None
    low = p.total * q.lead if p.top == 1 else p.total
    low = low if low < q.total else p.total
    return (low, q) if low < q.total else None


def _phrases(toks: list[_Tok]) -> list[tuple[NumberPhrase, _Phrase | None]]:
    """Split one chain of tokens into phrases, dropping ordinals and a lone «نه» ("no").

    Each phrase comes with its parse, except a range, which has two.
    """
    out: list[tuple[NumberPhrase, _Phrase | None]] = []
    i = 0
    while i < len(toks):
        start, between = toks[i].start, toks[i].kind == "between"
        p = _phrase(toks, i + between)
        r = _range(toks, p, ("range", "and") if between else ("range",)) if p else None
        if p is not None and r is not None:
            low, q = r
            out.append((_make(toks, start, q.end, low, q.total, q.unit or p.unit), None))
            i = q.end
        elif p is None or between:
            i += 1
        else:  # a term takes at least one token, so p.end > i
            if not p.ordinal and not (p.end == i + 1 and toks[i].key == "نه"):
                out.append((_make(toks, start, p.end, p.total, None, p.unit), p))
            i = p.end
    return out


def _clean(value: Decimal) -> Decimal:
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _make(
    toks: list[_Tok], start: int, end: int, value: Decimal, high: Decimal | None, unit: str | None
) -> NumberPhrase:
    last = toks[end - 1]
    high = _clean(high) if high is not None else None
    return NumberPhrase(start, last.end, _clean(value), high, unit, last.adj)


def _colloquial_range(
    text: str, first: tuple[NumberPhrase, _Phrase | None], second: tuple[NumberPhrase, _Phrase | None]
) -> NumberPhrase | None:
    """«چهارصد، پانصد میلیون», «سه، چهار هزار نفر», «۵ یا ۶ میلیون بشکه»: about the first to
    the second, the scale written once, on the second.

    Only two neighbouring round numbers (the second no more than one step of the first's
    order above it) with nothing else in either phrase; «سه، پنج میلیون», or digits after a
    comma, are more likely a list.
    """
    (a, pa), (b, pb) = first, second
    if pa is None or pb is None or pa.terms != 1 or pb.terms != 1 or pa.top != 1:
        return None
    either = _RANGE_OR.fullmatch(text, a.end, b.start)
    if a.adjectival or a.implied_unit or not (either or _RANGE_COMMA.fullmatch(text, a.end, b.start)):
        return None
    if not either and (pb.lead == 1 or _HAS_DIGIT.search(text, a.start, b.end)):
        return None
    low, high = pa.head, pb.head
    if low != low.to_integral_value() or high != high.to_integral_value() or low < 1:
        return None
    step = Decimal(10) ** (len(str(int(low))) - 1)
    if not low < high <= low + step or high >= step * 10:
        return None
    return NumberPhrase(a.start, b.end, _clean(low * pb.lead), b.value, b.implied_unit, b.adjectival, True)


def _join_colloquial_ranges(
    text: str, found: list[tuple[NumberPhrase, _Phrase | None]]
) -> list[NumberPhrase]:
    out: list[NumberPhrase] = []
    i = 0
    while i < len(found):
        joined = _colloquial_range(text, found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(joined or found[i][0])
        i += 2 if joined else 1
    return out


def _not_a_number(text: str, phrase: NumberPhrase) -> bool:
    """«چند صد», «صدها میلیون», «سی و چند»: inexact; «۹۰ در صد»: the صد is a percent sign."""
    window = max(0, phrase.start - 24)
    if _VAGUE_BEFORE.search(text, window, phrase.start) or _VAGUE_AFTER.match(text, phrase.end):
        return True
    bare_sad = text[phrase.start : phrase.end] == "صد"
    return bare_sad and _PERCENT_BEFORE.search(text, window, phrase.start) is not None


# ---- public API ----------------------------------------------------------------------------
def find_numbers(text: str) -> list[NumberPhrase]:
    """All number phrases in text, left to right, non-overlapping, longest match.

    Offsets index into ``text`` as given. Ordinals, dates (۱۴۰۱/۰۲/۰۳), times (۱۰:۳۰),
    hyphenated codes, digits glued to Latin letters and vague quantities (چند صد) give
    nothing. Raises nothing.

    >>> [(p.value, p.high) for p in find_numbers("بین ۲ تا ۳ میلیون و ۱.۵ همت")]
    [(Decimal('2000000'), Decimal('3000000')), (Decimal('1500000000000'), None)]
    """
    found: list[tuple[NumberPhrase, _Phrase | None]] = []
    with localcontext(_EXACT):
        for m in _CHAIN.finditer(text):
            found.extend(_phrases(_tokens(text, m.start(), m.end())))
        return [p for p in _join_colloquial_ranges(text, found) if not _not_a_number(text, p)]


def parse_number(phrase: str) -> Decimal | None:
    """Value of a string that is exactly one number phrase (spaces around it aside), else None.

    For a range the value is its low end. Raises nothing.

    >>> parse_number("یک میلیون و هفتصد هزار"), parse_number("سیزدهم")
    (Decimal('1700000'), None)
    """
    text = phrase.strip()
    if text in ("نه", "نُه"):
        return Decimal(9)  # alone it is ambiguous in running text («نه» = no), not as a whole phrase
    found = find_numbers(text)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].value
    return None
