"""Paragraphs, sentences and clauses of normalised text, as spans.

Spans are ``(start, end)`` into the text given; nothing is copied until asked for.

>>> text = "وزیر گفت: رشد ۵٫۲ درصد بود. وی افزود: کافی نیست!\\nپاراگراف دوم"
>>> [text[s:e] for s, e in sentences(text)]
['وزیر گفت: رشد ۵٫۲ درصد بود.', 'وی افزود: کافی نیست!', 'پاراگراف دوم']
>>> text = "رشد ۸ درصدی صنعت / واردات ۲ درصد (۹۱ میلیون پوند / ۱۰۲ میلیون یورو) کم شد/ تولید ۱۴۰۳/۰۵"
>>> [text[s:e] for s, e in sentences(text)]
['رشد ۸ درصدی صنعت /', 'واردات ۲ درصد (۹۱ میلیون پوند / ۱۰۲ میلیون یورو) کم شد/', 'تولید ۱۴۰۳/۰۵']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from .numbers import NUMBER_WORD
from .periods import MONTHS, SEASONS

Span = tuple[int, int]

# A sentence ends at . ! ? ؟ (and runs of them, closing quotes after) before a space or
# a letter («اجرا شود.وی افزود»), or at a line end.
# A full stop between digits is a decimal point and was normalised away already.
# A slash with a space on either side parts a headline's clauses («رشد ۸ درصدی صنعت / واردات ۱۲
# درصد کم شد», «… نوروزی/ ثبت روزانه …»),
# unless digits stand on both sides («سال زراعی ۱۴۰۳ / ۱۴۰۴») or it is inside brackets
# («۱۲۰ میلیون دلار (۹۱ میلیون پوند / ۱۰۲ میلیون یورو)»).
_SENTENCE_END = re.compile(
    r"[.!?؟…]+[»\"')\]]*(?=\s|$|[\u0621-\u064a\u067e-\u06cc])|\n+"
    r"|(?:(?<![0-9۰-۹\s]) */ +| +/ *(?![0-9۰-۹\s]))(?![^()\n]*\))"
)
# Clauses end at commas, semicolons, colons, «و» and the subordinators «که», «ولی», «اما».
_CLAUSE_END = re.compile(r"[،,;؛:]|(?<=\s)(?:که|ولی|اما|و اگر|و)(?=\s)")
# «و» inside a number written in words («هزار و ۹۵۶ میلیارد», «دو میلیون و ۵۰۰ هزار») joins its
# parts, not two clauses
_NUMBER_BEFORE = re.compile(f"(?:[0-9۰-۹]|(?<![^\\W\\d_])(?<!\u200c){NUMBER_WORD})\\s$")
_NUMBER_AFTER = re.compile(f"\\s(?:[0-9۰-۹]|(?:نیم|{NUMBER_WORD})(?![^\\W\\d_]))")
# … nor the «و» between two months or seasons («در ماه‌های فروردین و اردیبهشت امسال»): one
# stretch of time
_SPAN_NAMES = "|".join((*MONTHS, *SEASONS))
_TIME_BEFORE = re.compile(f"(?<![^\\W\\d_])(?:{_SPAN_NAMES})(?:\u200c?\\s?ماه)?\\s$")
_TIME_AFTER = re.compile(f"\\s(?:{_SPAN_NAMES})(?![^\\W\\d_])")
_PARAGRAPH = re.compile(r"[^\n]+")


def _clause_ends(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where clauses end in ``text[start:end]``: not at the «و» of a number in words, nor at
    one between two months or seasons."""
    for match in _CLAUSE_END.finditer(text, start, end):
        if match.group(0) == "و" and (
            (
                _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start())
                and _NUMBER_AFTER.match(text, match.end())
            )
            or (
                _TIME_BEFORE.search(text, max(0, match.start() - 14), match.start())
                and _TIME_AFTER.match(text, match.end())
            )
        ):
            continue
        yield match


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines: agency copy puts one paragraph on a line."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if m.group(0).strip()]


def sentences(text: str) -> list[Span]:
    """Sentence spans, trimmed of surrounding spaces; empty ones dropped."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        spans.extend(_trimmed(text, start, end))
        start = match.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def clause_around(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` that holds ``text[start:end]``.

    >>> t = "با تقبل ۵۰ درصد هزینه‌ها که حدود ۴ همت برآورد شده، بیمه را توسعه دادیم."
    >>> s, e = clause_around(t, (0, len(t)), 8, 15)
    >>> t[s:e]
    'با تقبل ۵۰ درصد هزینه\u200cها'
    """
    s_start, s_end = sentence
    left, right = s_start, s_end
    for match in _clause_ends(text, s_start, s_end):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return next(_trimmed(text, left, right), (start, end))


def clause_before(text: str, sentence: Span, start: int) -> Span | None:
    """The clause of ``sentence`` before the one that starts at ``start``, without the comma
    or «و» between them; None for the sentence's first clause.

    >>> t = "نرخ بیکاری، در تابستان ۷ درصد و در پاییز ۸ درصد بود."
    >>> s, e = clause_before(t, (0, len(t)), t.index("در پاییز"))
    >>> t[s:e]
    'در تابستان ۷ درصد'
    """
    ends = [m.span() for m in _clause_ends(text, sentence[0], start) if m.end() <= start]
    for i in range(len(ends) - 1, -1, -1):  # «…، و …»: two marks, no clause between them
        left = ends[i - 1][1] if i else sentence[0]
        clause = next(_trimmed(text, left, ends[i][0]), None)
        if clause is not None:
            return clause
    return None


class Index:
    """Find the sentence or paragraph that holds a position, by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def find(self, pos: int) -> int | None:
        """Index of the span holding ``pos``, or None."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.spans[i][1]:
            return i
        return None
