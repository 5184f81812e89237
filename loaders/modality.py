"""Whether a figure is achieved, a target, a plan, an estimate, or just stated.

The cue nearest to the figure within its clause decides; a forward cue (a target, plan
or estimate) outweighs a past-tense verb at the same distance.

>>> t = "برای سال جدید هدف‌گذاری یک میلیون نفری را در دستور کار قرار داده‌ایم"
>>> modality(t, (0, len(t)), t.index("یک"), t.index(" را"))
'target'
"""

from __future__ import annotations

import re

from .normalize import LETTER, ZWNJ

_S = f"[ {ZWNJ}]?"
_B = f"(?<![{LETTER}{ZWNJ}])"
_E = f"(?![{LETTER}{ZWNJ}])"

# (pattern, modality, weight): forward cues weigh more than tense.
_CUES: list[tuple[str, str, int]] = [
    (f"هدف{_S}گذاری|هدف{_S}گذاری{_S}شده|هدف{_S}(?:ما|این)|با{_S}هدف", "target", 3),
    (
        f"خواهد{_S}(?:رسید|شد|بود|یافت|داشت)|خواهیم|خواهند|قرار{_S}است|"
        f"پیش{_S}بینی{_S}(?:می{_S}شود|شده|کرده)|برنامه{_S}ریزی{_S}شده|در{_S}نظر{_S}(?:داریم|است)",
        "target",
        3,
    ),
    (
        f"در{_S}دستور{_S}کار|برنامه{_S}(?:داریم|دارد)|قصد{_S}(?:داریم|دارد)|"
        f"برای{_S}(?:سال{_S}جدید|سال{_S}آینده|سال{_S}آتی)|تا{_S}پایان{_S}(?:سال|برنامه)",
        "plan",
        3,
    ),
    (f"برآورد|تخمین|حدس{_S}زده|پیش{_S}بینی", "estimate", 3),
    (
        f"(?:شده|گردیده|داشته|کرده|رسیده|یافته)(?:{_S}(?:است|اند|بود))?|شد|شدند|"
        f"کرد|کردیم|کردند|رسید|رسیدند|یافت|داشتیم|داشت|دادیم|توانستیم|تا{_S}کنون|تاکنون|"
        "برداشتند|انجام{_S}شد",
        "achieved",
        2,
    ),
]
_PATTERN = re.compile("|".join(f"{_B}(?P<m{i}>{p}){_E}" for i, (p, _, _) in enumerate(_CUES)))


def modality(text: str, clause: tuple[int, int], start: int, end: int) -> str:
    """The modality of the figure at ``text[start:end]`` inside ``clause``."""
    best: tuple[float, str] | None = None
    for match in _PATTERN.finditer(text, *clause):
        if start <= match.start() < end:
            continue
        index = int(match.lastgroup[1:])  # type: ignore[index]
        _, kind, weight = _CUES[index]
        distance = start - match.end() if match.end() <= start else match.start() - end
        score = weight * 100 - distance
        if best is None or score > best[0]:
            best = (score, kind)
    return best[1] if best else "stated"
