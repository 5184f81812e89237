"""Persian text normalisation that never loses the raw offsets.

:func:`normalize_text` is the one normalisation used everywhere: for the text the
extractors read, and (through :func:`normalize` and :func:`key`) for every label, key
and IRI. Rules are tables of (pattern, replacement) with a comment each; glued words are
repaired by :mod:`claimgraph.loaders.glue`.

>>> normalize("كارگاه‌‌های  ١٢٣")
'کارگاه\u200cهای ۱۲۳'
>>> key("سازمان تامین اجتماعی") == key("سازمان تأمین‌اجتماعی")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .offsets import MappedText

ZWNJ = "\u200c"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06fc\u06ff"
DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

# One-to-one character replacements (the length never changes).
_CHAR_TABLE: dict[int, str] = {
    **{ord(c): "ی" for c in "يىۍێې"},  # Arabic and variant yeh → Persian yeh
    **{ord(c): "ک" for c in "كڪ"},  # Arabic kaf → Persian kaf
    ord("ە"): "ه",  # ae → heh
    ord("ہ"): "ه",  # heh goal → heh
    ord("ۀ"): "ه",  # heh with yeh above → heh (the ezafe is not needed for matching)
    ord("ة"): "ه",  # teh marbuta → heh, as Persian writes it
    **{ord(a): p for a, p in zip("0123456789", PERSIAN_DIGITS, strict=True)},  # Latin digits
    **{ord(a): p for a, p in zip("٠١٢٣٤٥٦٧٨٩", PERSIAN_DIGITS, strict=True)},  # Arabic-Indic
    **{
        ord(c): " "
        for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000\t"
    },  # noqa: E501 — spaces
    ord("\u200b"): ZWNJ,  # zero-width space, used as a ZWNJ by some editors
    ord("\u200d"): ZWNJ,  # zero-width joiner, same
    ord("\u00ad"): ZWNJ,  # soft hyphen, same («سال\u00adهای ۹۸»); dropped where no letters join
    ord("\u2028"): "\n",  # line separator
    ord("\u2029"): "\n",  # paragraph separator
    ord("\r"): "\n",  # old Mac and Windows line ends
}

# No replacement is itself replaced, so the table can be applied one character at a time.
assert not {ord(new) for new in _CHAR_TABLE.values()} & set(_CHAR_TABLE)

# Edits that change the length, applied in order.
_RULES: list[tuple[re.Pattern[str], str]] = [
    # kashida, Arabic diacritics, superscript alef, BOM, bidi marks and embeddings
    (re.compile("[\u0640\u064b-\u065f\u0670\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]+"), ""),
    # "¬" is typed as a ZWNJ on some Persian keyboards; only between letters
    (re.compile(f"(?<=[{LETTER}])\u00ac(?=[{LETTER}])"), ZWNJ),
    # runs of ZWNJ → one
    (re.compile(f"{ZWNJ}{{2,}}"), ZWNJ),
    # a ZWNJ next to a space, a line end, punctuation or a text edge does nothing
    (re.compile(f"{ZWNJ}(?![{LETTER}])|(?<![{LETTER}]){ZWNJ}"), ""),
    # a word glued to a number on either side («بیش از324», «رشد37 درصدی», «22هزار»): a
    # space; a single letter stays glued, as in citations («ج۴»)
    (re.compile(f"(?<=[{LETTER}]{{2}})(?=[{DIGIT}])|(?<=[{DIGIT}])(?=[{LETTER}]{{2}})"), " "),
    # …nor «و» alone before a number («۱۸، ۱۹ و۲۰ اسفند»): the conjunction
    (re.compile(f"(?<![{LETTER}{ZWNJ}])و(?=[{DIGIT}])"), "و "),
    # a scale word glued to the unit after it («۳۵۰ هزارتن», «۳ میلیون‌تن», «۹۱ هزاردستگاهی»): a space
    (
        re.compile(
            f"(?<=[{DIGIT}] )(هزار|میلیون|میلیارد){ZWNJ}?"
            f"(?=(?:تن|تومان|ریال|دلار|یورو|نفر|بشکه|لیتر|هکتار|مترمکعب|متر|کیلوگرم|واحد|دستگاه|"
            f"مگاوات|کیلووات|کیلومتر|میلیمتر|میلی{ZWNJ}?متر|خودرو|مسافر)"
            f"(?:{ZWNJ}?ای|ی)?(?![{LETTER}]))"
        ),
        "\\1 ",
    ),
    # runs of spaces → one space
    (re.compile(" {2,}"), " "),
    # spaces at line edges
    (re.compile(r" +(?=\n)|(?<=\n) +|^ +| +$"), ""),
    # «می »/«نمی » before a word: the verb prefix takes a ZWNJ, not a space
    (re.compile(f"(?<![{LETTER}{ZWNJ}])(ن?می) (?=[{LETTER}]{{2,}})"), "\\1" + ZWNJ),
    # «عزت الله», «حجت الاسلام», «جمال الدین»: the Arabic second part of a name or title
    # is one word with the first
    (
        re.compile(f"(?<=[{LETTER}]{{2}}) (الله|اللهی|الاسلام|المسلمین|الدین|الملک)(?![{LETTER}])"),
        ZWNJ + "\\1",
    ),
    # «روح اله»: the same «الله», spelled short, joins the name too; the spelling stays as
    # the report writes it (a name is shown as written; identity keys fold the two)
    (re.compile(f"(?<=[{LETTER}]{{2}}) اله(?![{LETTER}])"), ZWNJ + "اله"),
    # «حجت الاسلام و المسلمین»: the title's «والمسلمین» is one word
    (re.compile(f"(?<![{LETTER}])و (?=المسلمین(?![{LETTER}]))"), "و"),
    # «تصریح‌کرد», «اظهار‌داشت»: a reporting verb's noun and its light verb are two words
    (
        re.compile(
            f"(?<![{LETTER}])(اظهار|عنوان|تصریح|اعلام|تاکید|تأکید|خاطرنشان|یادآور|متذکر|بیان|"
            f"توضیح|اضافه|ابراز|اذعان){ZWNJ}(?=(?:کرد|داشت|نمود)(?:ند)?(?![{LETTER}]))"
        ),
        "\\1 ",
    ),
    # plural and comparative suffixes written as separate words
    (re.compile(f"(?<=[{LETTER}]) (ها|های|هایی|ترین|اند)(?![{LETTER}])"), ZWNJ + "\\1"),
    # «به گزارش» left alone on its line by a page's markup: the source line goes on after it
    (re.compile("(?<=به گزارش)[ \t]*\n+[ \t]*(?=[^\n])"), " "),
    # «خبرگزاری آریا-رئیس جمعیت …»: an agency's dash glued to the subject it opens
    (re.compile(f"(?<=خبرگزاری )([{LETTER}]+)-(?=[{LETTER}])"), "\\1 - "),
]


# What a text must contain for each rule to match: a substring test is a C scan, two
# orders of magnitude faster than a regex that starts with a lookbehind; on the Fars
# reports this saved about 40% of normalisation before glue repair.
def _has(*pieces: str) -> Callable[[str], bool]:
    return lambda text: any(piece in text for piece in pieces)


def _always(text: str) -> bool:
    return True


def _edge_spaces(text: str) -> bool:
    return " \n" in text or "\n " in text or text.startswith(" ") or text.endswith(" ")


_GATES: list[Callable[[str], bool]] = [
    _always,
    _has("\u00ac"),
    _has(ZWNJ * 2),
    _has(ZWNJ),
    _always,
    _always,
    _has("هزار", "میلیون", "میلیارد"),
    _has("  "),
    _edge_spaces,
    _has("می "),
    _has(" ال"),
    _has(" اله"),
    _has("و ال"),
    _has(ZWNJ + "کرد", ZWNJ + "داشت", ZWNJ + "نمود"),
    _has(" ها", " تر", " اند"),
    _has("به گزارش\n", "به گزارش \n"),
    _has("خبرگزاری"),
]
assert len(_GATES) == len(_RULES)

# Separators between digits: decide decimal or thousands (see _separator).
_NUMBER = re.compile(f"[{DIGIT}]+(?:[.,٫٬/][{DIGIT}]+)+")
_DATE = re.compile(f"[{DIGIT}]{{1,4}}/[{DIGIT}]{{1,2}}/[{DIGIT}]{{1,4}}")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


# «۳،۵۰۰ نفر»: the Arabic comma between digit groups of three, with no space, groups
# thousands (a list is written «۳، ۵۰۰»)
_ARABIC_COMMA_THOUSANDS = re.compile(f"(?<![{DIGIT}٬٫.,/])[{DIGIT}]{{1,3}}(?:،[{DIGIT}]{{3}})+(?![{DIGIT}])")


def _thousands(match: re.Match[str]) -> str:
    return match.group(0).replace("،", "٬")


# «رشد ۷،۱ درصدی»: the Arabic comma as a decimal point, one or two digits after it, before «درصد»
_ARABIC_COMMA_DECIMAL = re.compile(
    f"(?<![{DIGIT}٬٫.,/،])[{DIGIT}]{{1,3}}،[{DIGIT}]{{1,2}}(?=[ {ZWNJ}]?(?:درصد|٪|%))"
)


def _decimal(match: re.Match[str]) -> str:
    return match.group(0).replace("،", "٫")


# Old copy stored in visual order writes a decimal's two parts the wrong way round («5/27» for
# 27.5); a «0» after the slash gives it away («2/0 میلیارد دلار», «1/0 درصد»: 0.2 and 0.1, as
# nobody writes «2.0» so), as does a per cent with two decimals the last a zero («۵/۱۰ درصد»:
# 10.5), and then every slash decimal of that text is read the other way.
_REVERSED_TELL = re.compile(
    f"(?<![{DIGIT}/.,٫٬])[{DIGIT}]{{1,3}}/(?:۰(?![{DIGIT}/.,٫٬])|[۱-۹]۰(?= ?درصد))"
)


# A space after the slash and none before it gives a reversed decimal away too, on its own
# («۱/ ۳۹ درصد», «۹/ ۲۰ درصد»: 39.1 and 20.9 per cent, as one outlet's copy writes them)
_SPACED_REVERSED = re.compile(
    f"(?<![{DIGIT}/.,٫٬])(?P<whole>[{DIGIT}]{{1,2}})/ (?P<part>[{DIGIT}]{{1,3}})(?![{DIGIT}/.,٫٬])"
)


def _spaced_reversed(match: re.Match[str]) -> str:
    return match.group("part") + "٫" + match.group("whole")


def _reversed_separators(match: re.Match[str]) -> str:
    """:func:`_separators` of a text that writes slash decimals reversed."""
    run = match.group(0)
    if run.count("/") == 1 and not re.search("[.,٫٬]", run):
        whole, part = run.split("/")
        if len(part) <= 3 and len(whole) <= 3:
            return part + "٫" + whole
    return _separators(match)


def _separators(match: re.Match[str]) -> str:
    """Canonical separators inside a number: ٬ for thousands, ٫ for a decimal point."""
    run = match.group(0)
    if _DATE.fullmatch(run):
        return run
    groups = re.split("[.,٫٬/]", run)
    seps = re.findall("[.,٫٬/]", run)
    thousands = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
    if len(seps) > 1 and len(set(seps)) > 1:  # «1,234.5»: last is the decimal point
        return "٬".join(groups[:-1]) + "٫" + groups[-1]
    if len(seps) > 1:
        return "٬".join(groups) if thousands else run
    sep = seps[0]
    if sep in ",٬" and (thousands or sep == "٬"):
        return "٬".join(groups)
    return "٫".join(groups)


_TRANSLATED = re.compile("[" + re.escape("".join(map(chr, _CHAR_TABLE))) + "]")
_ANY_RULE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _RULES))


def _presentation(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0)).translate(_CHAR_TABLE)


def normalize_text(raw: str, *, repair_glue: bool = True) -> MappedText:
    """Normalise ``raw`` and keep the way back to raw offsets.

    Unifies ي/ك, digits of all three scripts (to Persian digits), number separators,
    spaces and ZWNJ, removes kashida and diacritics, and (by default) repairs glued
    words. Raises nothing for any ``str``.

    >>> m = normalize_text("سالهاي ۱۴۰۰")
    >>> m.text
    'سال\u200cهای ۱۴۰۰'
    >>> m.raw_span(m.text.index("۱۴۰۰"), len(m.text))
    (7, 11)
    """
    mapped = MappedText(raw)
    mapped.apply(_PRESENTATION, _presentation)
    if _TRANSLATED.search(mapped.text):
        mapped.translate(_CHAR_TABLE)
    if _ANY_RULE.search(mapped.text):  # labels are mostly clean already: one scan, not twelve
        for (pattern, replacement), gate in zip(_RULES, _GATES, strict=True):
            if gate(mapped.text):
                mapped.apply(pattern, replacement)
    if "/ " in mapped.text:
        mapped.apply(_SPACED_REVERSED, _spaced_reversed)
    mapped.apply(_NUMBER, _reversed_separators if _REVERSED_TELL.search(mapped.text) else _separators)
    if "،" in mapped.text:
        mapped.apply(_ARABIC_COMMA_THOUSANDS, _thousands)
        mapped.apply(_ARABIC_COMMA_DECIMAL, _decimal)
    if repair_glue:
        from .glue import repair

        repair(mapped)
    return mapped


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """The normalised form of a label or phrase (no offsets kept).

    >>> normalize("  رئيس‌‌جمهور ")
    'رئیس\u200cجمهور'
    """
    return normalize_text(text).text.strip()


# Folding for identity keys: spelling variants that name the same thing.
_KEY_TABLE = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ئ": "ی", "ء": None})
_KEY_DROP = re.compile(f"[^{LETTER}{DIGIT}a-zA-Z]+")


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """A spelling-insensitive key: normalised, hamza forms folded, no spaces or ZWNJ.

    Two mentions of one person or organisation get the same key however the report
    spaced or spelled them.

    >>> key("میرهاشم  موسوی") == key("میر‌هاشم موسوی")
    True
    """
    return normalised_key(normalize(text))


def normalised_key(text: str) -> str:
    """:func:`key` of text that is already normalised (hazm's word list), without running
    the normaliser again: keys for the whole lexicon in 0.1 s instead of 15.

    >>> normalised_key("تأمین‌اجتماعی") == key("تامین اجتماعی")
    True
    """
    return _KEY_DROP.sub("", text.translate(_KEY_TABLE)).lower()
