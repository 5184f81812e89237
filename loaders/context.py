"""The words a figure is said with: what two reports share when they give one quantity.

A minted metric is a few words; two outlets rarely write them the same way («مصرف گاز …
به ۶۱۵ میلیون مترمکعب رسید», «۶۱۵ میلیون مترمکعب گاز در بخش خانگی مصرف شد»). The
identity pass therefore also compares the content words around each figure — the part
of its sentence between the figures before and after it — weighted by how rare each
word is in hazm's frequency list, so that «گاز» and «پارس» count and «کشور» barely does.

>>> keys = context_keys("مصرف گاز در بخش خانگی به ۶۱۵ میلیون مترمکعب رسید", 0, 49)
>>> [k for k in keys if k in ("مصرفگاز", "مصرف", "گاز", "رسید", "میلیون")]
['مصرف', 'گاز']
"""

from __future__ import annotations

import math
from functools import lru_cache

from .metrics import lemma
from .normalize import ZWNJ, key, normalised_key
from .people import tokens

# Words that say nothing about what is counted: auxiliaries and light verbs, scale and
# measure words, hedges, and the words of period phrases.
_EMPTY = frozenset(
    "رسید رسیده رسیدند رسد برسد است هست بود بوده باشد شد شده شدند شود کرد کرده کردند کند "
    "کنند نمود نموده داد داده دادند دهد یافت یافته یافتند یابد گرفت گرفته گردید گردیده گردد "
    "داشت داشته داشتند دارد دارند خواهد خواهند رساند رسانده "
    "هزار میلیون میلیارد همت صد هزارم درصد واحد عدد رقم میزان مقدار تعداد حجم حدود حدودا "
    "بیش بیشتر کمتر نزدیک قریب بالغ افزون حداقل حداکثر دست تقریبا معادل برابر "
    "سال ماه روز هفته امسال امروز گذشته جاری اخیر آینده پارسال کنون تاکنون اکنون حاضر "
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه".split()
)
_MAX_WEIGHT = 9.0


def context_keys(text: str, start: int, end: int) -> tuple[str, ...]:
    """Lemma keys of the content words of ``text[start:end]``, in order, once each."""
    out: dict[str, None] = {}
    for _, _, word in tokens(text, start, end):
        if not _content(word):
            continue
        k = _stem(lemma(word))
        if k and k not in _EMPTY_KEYS():
            out[k] = None
    return tuple(out)


def _stem(k: str) -> str:
    """«پرداختی» (what was paid) is said of what «پرداخت» is: a word in «ی» whose stem hazm's
    list knows is keyed by the stem, so that two reports' wordings meet."""
    if len(k) > 4 and k.endswith("ی") and k[:-1] in _frequencies():
        return k[:-1]
    return k


def _content(word: str) -> bool:
    if len(word) < 2 or not word[0].isalpha() or word.isascii():
        return False
    if word.startswith(("می" + ZWNJ, "نمی" + ZWNJ, "خواهد")) or ZWNJ + "ا" in word[-4:]:
        return False  # «می‌شود», «شده‌اند»: verbs
    from .metrics import _stopwords
    from .people import is_given_name

    if word.endswith("ماه") and word[:-3].rstrip(ZWNJ) in _EMPTY:
        return False  # «مردادماه»
    return word not in _stopwords() and word not in _EMPTY and not is_given_name(word)


@lru_cache(maxsize=1)
def _EMPTY_KEYS() -> frozenset[str]:  # noqa: N802 — a constant built once
    from .catalogue import units

    unit_words = {w for u in units().values() for form in u.surface_forms for w in form.split()}
    return frozenset(key(w) for w in _EMPTY | unit_words)


def weight(k: str) -> float:
    """How much sharing the word ``k`` says: the log of how much rarer it is than the
    commonest words of hazm's list, at most 9 (a word the list does not know)."""
    freq = _frequencies().get(k, 0)
    top = _frequencies().get("", 1)
    return min(_MAX_WEIGHT, max(0.5, math.log(top / (freq + 1))))


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    from .glue import lexicon

    out: dict[str, int] = {}
    for word, freq in lexicon().words.items():
        k = normalised_key(word)
        out[k] = max(out.get(k, 0), freq)
    out[""] = max(out.values(), default=1)
    return out


def weighted(keys: tuple[str, ...] | list[str]) -> str:
    """Keys with their weights, as the store keeps them («گاز:6.7 مصرف:5.9»): the identity
    pass compares figures without reading hazm's word list again.

    >>> weighted(["گاز"]).startswith("گاز:")
    True
    """
    return " ".join(f"{k}:{weight(k):.1f}" for k in keys)


def parse_weighted(text: str) -> dict[str, float]:
    """The keys and weights :func:`weighted` wrote.

    >>> parse_weighted("گاز:6.7 مصرف:5.9")["مصرف"]
    5.9
    """
    out = {}
    for item in text.split():
        k, _, w = item.rpartition(":")
        out[k or w] = float(w) if k else weight(w)
    return out


def similarity(a: tuple[str, ...] | list[str], b: tuple[str, ...] | list[str]) -> float:
    """Cosine similarity of two context key lists, each word weighted by :func:`weight`.

    >>> round(similarity(["مصرف", "گاز"], ["گاز", "مصرف", "خانگی"]), 2) > 0.6
    True
    """
    shared = set(a) & set(b)
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(weight(k) ** 2 for k in set(a)))
    norm_b = math.sqrt(sum(weight(k) ** 2 for k in set(b)))
    return sum(weight(k) ** 2 for k in shared) / (norm_a * norm_b)
