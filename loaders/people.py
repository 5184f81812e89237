"""Who is named in a report: people, their roles and organisations.

Works on normalised text. A person mention is a run of given names and a surname
(«میرهاشم موسوی»), with titles dropped (دکتر، سید …); a role is a title word such as
«مدیرعامل» with the organisation that follows it («سازمان تأمین‌اجتماعی»).

>>> m = find_person("میرهاشم موسوی مدیرعامل سازمان تأمین‌اجتماعی در سفر به گیلان", 0)
>>> m.name, m.role, m.organisation
('میرهاشم موسوی', 'مدیرعامل', 'سازمان تأمین\u200cاجتماعی')
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .glue import POSTS
from .normalize import DIGIT, LETTER, ZWNJ, key

# Titles before a name; dropped from the name itself.
TITLES = frozenset(
    "دکتر مهندس سردار سرتیپ سرلشکر سرهنگ سرتیپ‌دوم دریادار حجت‌الاسلام والمسلمین "
    "آیت‌الله حاج حاجی استاد خانم آقای آقا سیده شهید".split()
)
# Role words that open a role phrase, longest first where they share a start.
ROLES = (
    "رئیس‌کل",
    "رئیس کل",
    "رئیس‌جمهور",
    "رئیس",
    "رییس",
    "نایب‌رئیس",
    "نایب رئیس",
    "نایب رییس",
    "مدیرعامل",
    "مدیر عامل",
    "مدیرکل",
    "مدیر کل",
    "مدیر",
    "وزیر",
    "معاون",
    "سخنگوی",
    "سخنگو",
    "نماینده",
    "دبیرکل",
    "دبیر کل",
    "دبیر",
    "استاندار",
    "فرماندار",
    "بخشدار",
    "شهردار",
    "دادستان",
    "فرمانده",
    "سرپرست",
    "عضو",
    "قائم‌مقام",
    "قائم مقام",
    "مشاور",
    "خزانه‌دار",
    "سفیر",
    "مسئول",
    "کارشناس",
    "امام جمعه",
    "رئیس هیئت مدیره",
    "عضو هیئت مدیره",
    "رئیس سازمان",
    "سرکنسول",
    "رایزن",
    "مجری",
    "مسؤول",
    "سرمربی",
    "مربی",
    "پادشاه",
    "نخست‌وزیر",
    "ولیعهد",
    "دبیرکل",
    "مدیرعامل",
)
# Roles by their first word, longest first, for quick matching.
_ROLES_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _role in sorted(ROLES, key=lambda r: -len(r.split(" "))):
    _ROLES_BY_FIRST.setdefault(_role.split(" ")[0], []).append((_role, tuple(_role.split(" "))))
# Words that head an organisation's name.
ORG_HEADS = frozenset(
    "سازمان وزارت شرکت بانک اداره اداره‌کل دانشگاه ستاد مجلس شورای شورا کمیسیون انجمن اتاق "
    "صندوق بنیاد کمیته فدراسیون شهرداری استانداری فرمانداری دادگستری پلیس نیروی مرکز "
    "پژوهشگاه مؤسسه موسسه گمرک سپاه ارتش قوه دیوان جمعیت هلال‌احمر کانون خانه اتحادیه "
    "سندیکا خبرگزاری دولت بورس کمیته‌ی هیئت هیات معاونت دفتر پژوهشکده فرهنگستان "
    "نهاد شبکه آستان عتبه".split()
)
# A role word whose organisation is named by another word: «وزیر نفت» → «وزارت نفت».
ROLE_ORG = {
    "وزیر": "وزارت",
    "استاندار": "استانداری",
    "فرماندار": "فرمانداری",
    "شهردار": "شهرداری",
    "بخشدار": "بخشداری",
}
# Tokens that end an organisation phrase or a surname.
STOP = frozenset(
    "در با از به برای که را و یا ضمن طی امروز روز دیروز صبح عصر شب گفت افزود با‌اشاره "
    "این آن تا پس پیش هم نیز همچنین اظهار تصریح اعلام تاکید تأکید بر درباره ادامه "
    "روی زیر بین میان است بود شد هستند نیست".split()
    # a number or a time ago after a name is no surname («احمد یک مقام پلیس», «… دقایقی پیش»)
    + "یک دو سه دقایقی ساعاتی لحظاتی ساعتی روزی".split()
)
SURNAME_ENDINGS = ("ی", "زاده", "پور", "نیا", "فر", "راد", "نژاد", "وند", "لو", "یان", "ان")
PRONOUNS = frozenset({"وی", "او", "ایشان"})
# Nouns that, after «این», point back to the last speaker («این مقام انتظامی گفت»).
_ANAPHORIC = frozenset({"مقام", "مسئول", "مقام‌مسئول", "کارشناس", "مدیر", "نماینده", "فرمانده", "عضو"})

_WINDOW = 240  # a name, its role and organisation fit in this many characters
_WORD = re.compile(f"[{LETTER}{ZWNJ}]+|[{DIGIT}]+(?:[٫٬.,/][{DIGIT}]+)*|[^\\s{LETTER}{ZWNJ}]")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str | None  # None for a role or a pronoun without a name
    role: str | None = None
    organisation: str | None = None
    pronoun: bool = False
    indefinite: bool = False  # «یک استاد دانشگاه گفت»: someone the report names later, if at all
    guess: bool = False  # plain words opening a subject: a name only if rare words or a body seen before
    personal: bool = False  # «وی», «او», «ایشان»: a person, never a body cited since
    titled: bool = False  # «آقای حصار»: a person after an honorific, however common the word


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    from .glue import lexicon

    return lexicon().names


_NAME_PREFIXES = frozenset({"سید", "میر", "سیده"})


@lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool:
    """A given name, also when written as a compound of given names with a ZWNJ
    («محمد‌نبی», «سید‌احمد», «علی‌محمد») that the list does not hold as one word.

    >>> [is_given_name(w) for w in ("محمد\u200cنبی", "سید\u200cاحمد", "میرعلی", "دولت")]
    [True, True, True, False]
    """
    names = given_names()
    if word in names:
        return True
    if any(word.startswith(p) and word[len(p) :] in names and len(word) - len(p) > 2 for p in _NAME_PREFIXES):
        return True  # «میرعلی», «سیدمهدی»: a given name with its prefix written on
    parts = word.split(ZWNJ)
    return len(parts) > 1 and all(p in names or p in _NAME_PREFIXES for p in parts) and parts[-1] in names


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Words and single punctuation marks of ``text[start:end]`` with their spans."""
    starts, toks = _all_tokens(text)
    end = len(text) if end is None else end
    return [t for t in toks[bisect_left(starts, start) : bisect_left(starts, end)] if t[1] <= end]


@lru_cache(maxsize=2)
def _all_tokens(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The text's tokens, found once; windows of it are slices."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    return [t[0] for t in toks], toks


@lru_cache(maxsize=2)
def name_starts(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the text's tokens that can begin a name (a title or a given name),
    found once per text: scanning every sentence's tokens for them cost more than
    reading the names."""
    found = [(s, e) for s, e, word in _all_tokens(text)[1] if word in TITLES or is_given_name(word)]
    return [s for s, _ in found], [e for _, e in found]


def find_person(text: str, start: int, end: int | None = None, *, loose: bool = False) -> Mention | None:
    """A person, role or pronoun mention starting at the first word at/after ``start``.

    A name starts with a known given name; with ``loose`` (at the head of a sentence's
    subject) two or three plain words right before a role also count as a name
    («ساره کیانی مدیر …»), and so does a name set off by commas after a role
    («سرمربی تیم ملی، پدرام خلیلی، گفت»).
    """
    limit = min(len(text) if end is None else end, start + _WINDOW)
    toks = tokens(text, start, limit)
    i = 0
    if toks and toks[0][2] in _BODY_GIVEN and _NOUN_BEFORE.search(text, max(0, toks[0][0] - 8), toks[0][0]):
        i = 1  # «در ادامه پیام محمدجواد محمدی‌زاده آمده است»: the message, not a «پیام»'s name
    while i < len(toks) and toks[i][2] in TITLES:
        i += 1
    quoted = _quoted_name(toks, i)
    if quoted:
        role, org, role_end = _role_after(text, toks, quoted)
        name = " ".join(t[2] for t in toks[i + 1 : quoted - 1])
        return Mention(toks[i][0], toks[max(role_end, quoted) - 1][1], name, role, org)
    if i < len(toks) and toks[i][2] in PRONOUNS:
        return Mention(toks[i][0], toks[i][1], None, pronoun=True, personal=True)
    if (
        i + 1 < len(toks)
        and toks[i][2] == "این"
        and (toks[i + 1][2] in _ANAPHORIC or is_role(toks[i + 1][2]))
    ):
        return Mention(toks[i][0], toks[i + 1][1], None, pronoun=True)  # «این مقام انتظامی»
    name_end = _name_tokens(toks, i) if not loose else (_name_tokens(toks, i) or _loose_name(toks, i))
    name_end = name_end if name_end > i else i
    if name_end == i and i > 0:
        name_end = _titled_name(toks, i, bounded=end is not None and limit == end)
    if name_end > i and _said_alone(text, toks, name_end):
        name_end += 1  # «مهرداد محمدی دوست درباره … افزود» where the report says «محمدی دوست گفت»
    if name_end > i:
        role, org, role_end = _role_after(text, toks, name_end)
        span_end = toks[role_end - 1][1] if role_end > name_end else toks[name_end - 1][1]
        name = " ".join(t[2] for t in toks[i:name_end])
        titled = i > 0 and toks[i - 1][2] in _HONORIFICS
        return Mention(toks[i][0], span_end, name, role, org, titled=titled)
    role, org, role_end = _role_after(text, toks, i)
    if not role:
        return None
    # «رئیس پلیس راه سردار علی نوری گفت», «معاون وزیر جهاد کشاورزی محمد قربانی …»: the holder's
    # name right after the post (after a few plain words the body lists do not know: «مدیرکل
    # فرودگاه‌ها علی نوری»)
    for first in range(role_end, min(len(toks), role_end + (1 if org else _BODY_WORDS + 1))):
        if first > role_end and not _plain_word(toks[first - 1][2]):
            break
        at = first
        while at < len(toks) and toks[at][2] in TITLES:
            at += 1
        last = _name_tokens(toks, at)
        if last > at and _holder(toks, at, last):
            name = " ".join(t[2] for t in toks[at:last])
            org = org or (" ".join(t[2] for t in toks[role_end:first]) or None)
            titled = toks[at - 1][2] in _HONORIFICS
            return Mention(toks[i][0], toks[last - 1][1], name, role, org, titled=titled)
    if loose:
        named = _apposition(toks, role_end)
        if named:
            first, last = named
            name = " ".join(t[2] for t in toks[first:last])
            return Mention(toks[i][0], toks[last - 1][1], name, role, org)
    return Mention(toks[i][0], toks[role_end - 1][1], None, role, org)


def _said_alone(text: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Is the word after a name the second word of its surname, as the report writes the
    surname alone elsewhere («محمدی دوست گفت», «محمدی‌دوست، …»)?"""
    if j >= len(toks) or j < 2 or not _surname_like(toks[j][2]) or is_given_name(toks[j][2]):
        return False
    last, nxt = toks[j - 1][2], toks[j][2]
    if is_given_name(last) or nxt in _AFTER_HOLDER or nxt in ORG_HEADS:
        return False
    if sum(text.count(last + sep + nxt) for sep in (" ", ZWNJ, "")) < 2:
        return False  # written together once only: here (a plain substring count, before any regex)
    alone = _alone_pattern(last, nxt)
    return any(m.start() != toks[j - 1][0] for m in alone.finditer(text))


@lru_cache(maxsize=4096)
def _alone_pattern(last: str, nxt: str) -> re.Pattern[str]:
    words, said = f"{re.escape(last)}[ {ZWNJ}]?{re.escape(nxt)}", "|".join(_SAID)
    return re.compile(f"(?<![{LETTER}{ZWNJ}]){words}(?=[ {ZWNJ}]*(?:،|,|{said}))")




# Titles after which one word is a person's name however common the word («آقای حصار»; not
# «شهید», which a clause may end with: «… شهید شود»)
_HONORIFICS = frozenset(
    "آقای خانم دکتر مهندس سردار سرهنگ سرتیپ سرلشکر سرتیپ‌دوم سرگرد حجت‌الاسلام آیت‌الله حاج".split()
)



def _quoted_name(toks: list[tuple[int, int, str]], i: int) -> int:
    """«مانوئل والس» وزیر کشور …: one to four plain words in quotes before a role or a
    verb are a name (the press quotes foreign names, and some copy a surname: «کریمی»
    افزود). Returns the index after the closing quote, or 0."""
    if i >= len(toks) or toks[i][2] not in '«"“”':
        return 0
    close = next((k for k in range(i + 1, min(i + 6, len(toks))) if toks[k][2] in '»"”“'), None)
    if close is None or not 2 <= close - i <= 5:
        return 0
    if close - i == 2 and not (close + 1 == len(toks) or toks[close + 1][2] in _SAID):
        return 0  # a surname alone only right before what it said («کریمی» افزود), not «آناتولی»
    if not all(_plain_word(t[2]) or is_given_name(t[2]) for t in toks[i + 1 : close]):
        return 0
    return close + 1


def rare_words(words: list[str]) -> bool:
    """Words a Persian dictionary barely knows: what a foreign or unusual name is made of
    («وینگو بگوویچ»), unlike a phrase of common words («ضرورت توجه»)."""
    from .glue import lexicon

    known = lexicon().words
    return all(known.get(w, 0) <= _RARE for w in words)


_RARE = 2000  # occurrences in hazm's word-frequency list


def _loose_name(toks: list[tuple[int, int, str]], i: int) -> int:
    """Two or three plain words followed by a role (or a comma and a role): a name; one
    word with a comma and a role, a surname («زاکانی، شهردار تهران در گفت‌وگو با …»)."""
    for size in (1, 2, 3):
        words = toks[i : i + size]
        if len(words) < size or not all(_plain_word(w[2]) for w in words):
            continue
        j = i + size
        if j < len(toks) and toks[j][2] in "،,":
            j += 1
        # one word alone is a surname only before a comma or right before a post's head, at the
        # head of a sentence's subject («مهاجر معاون امور زراعت … گفت»)
        elif size == 1 and not (
            _may_be_surname(words[0][2]) and j < len(toks) and toks[j][2] in _POST_HEADS
        ):
            continue
        if _match_role(toks, j)[0]:
            return i + size
    return i


# heads of posts a surname alone may stand before: those the glue repair splits off, and more
# («رحیمی مسئول آمار …», «نوروزی خزانه‌دار فدراسیون …»)
_POST_HEADS = POSTS | frozenset("مسئول مسؤول قائم‌مقام نایب‌رئیس مشاور دبیر خزانه‌دار سرمربی".split())


def _may_be_surname(word: str) -> bool:
    """A word that may be a surname said alone: not a word of time or manner that opens a
    clause («امروز», «همچنین») nor a post's own head («جانشین»); a word ending in «ا» or «و»
    is more often an adverb or a pronoun («اینجا», «آنها») unless the name list has it."""
    from .glue import lexicon

    return word not in _NOT_SURNAMES and (word in lexicon().names or not word.endswith(("ا", "و")))


# Words of time no name is made of, after a given name too: «از ابتدای ماه صفر تاکنون» is the
# month «صفر», not a person
_TIME_WORDS = frozenset(f"تاکنون تا{ZWNJ}کنون هم‌اکنون اکنون اینک امروز دیروز فردا امسال پارسال".split())
_NOT_SURNAMES = _TIME_WORDS | frozenset(
    "همچنین سپس نیز همچنان قبلا قبلاً پیشتر سابق جدید فعلی کنونی پیشین اسبق جانشین نایب دستیار "
    "همکار واکنش".split()
)


# Words that open a phrase of the clause, not more of a role's title.
_BODY_WORDS = 3  # plain words of a body the lists do not know, between a post and its holder's name
_CLAUSE_WORDS = frozenset({"در", "با", "از", "به", "برای", "طی", "پس", "پیش", "هنگام", "ضمن"})


def _apposition(toks: list[tuple[int, int, str]], j: int) -> tuple[int, int] | None:
    """«…، پدرام خلیلی،» after a role: the span of the name between the commas."""
    comma = next((k for k in range(j, min(j + 8, len(toks))) if toks[k][2] in "،,"), None)
    if comma is None or any(t[2] in _CLAUSE_WORDS or not t[2][0].isalpha() for t in toks[j:comma]):
        return None  # «وزیر بهداشت در مراسم افتتاح ۴۸ پروژه بهداشتی، درمانی …»: no name there
    first = comma + 1
    end = _name_tokens(toks, first)
    if end == first:
        for size in (2, 3):
            words = toks[first : first + size]
            if len(words) == size and all(_plain_word(w[2]) for w in words):
                nxt = toks[first + size][2] if first + size < len(toks) else ""
                if nxt in "،," or nxt in {"نیز", "هم"}:
                    end = first + size
                    break
    return (first, end) if end > first else None


def _plain_word(word: str) -> bool:
    """A word that can be part of a name: letters, not a stop word, role, title or organisation."""
    return (
        len(word) >= 2
        and bool(re.fullmatch(f"[{LETTER}{ZWNJ}]+", word))
        and word not in STOP
        and word not in TITLES
        and word not in ORG_HEADS
        and word not in PRONOUNS
        and not is_role(word)
    )


def _name_tokens(toks: list[tuple[int, int, str]], i: int) -> int:
    """End index of a name starting at token i (given names, then a surname), or i."""
    j = i
    while j < len(toks) and (is_given_name(toks[j][2]) or toks[j][2] in _NAME_PREFIXES):
        j += 1
    if j - i >= 2 and is_given_name(toks[j - 1][2]) and (
        j == len(toks) or toks[j][2] in _AFTER_HOLDER or is_role(toks[j][2])
    ):
        # «محمدرضا فرزین گفت», «مریم صادق در حاشیه جلسه …»: a surname that is also a given name
        return j
    if j > i and j + 1 < len(toks) and toks[j][2] in _SURNAME_FIRST and _surname_like(toks[j + 1][2]):
        return j + 2  # «سیف‌الله آقا بیگی», «علی حاجی بابایی»: after a given name, part of the surname
    if j == i or j >= len(toks) or not _surname_like(toks[j][2]):
        return i
    j += 1
    if (
        j < len(toks)
        and _surname_like(toks[j][2])
        and toks[j][2].endswith(SURNAME_ENDINGS[:8])
        and not toks[j][2].endswith(_ACTION_NOUNS)
    ):
        j += 1  # a second surname word: «هاشمی رفسنجانی»
    elif (
        j + 1 < len(toks)
        and _surname_like(toks[j][2])
        and (toks[j + 1][2] in "،," or is_role(toks[j + 1][2]))
        and toks[j][2] not in STOP
    ):
        j += 1  # «مهرداد محمدی دوست، مدیرکل …»: a second word set off by the comma or the post after it
    return j


# what may follow a whole name: a reporting verb, a comma before a role
_SAID_NEXT = frozenset("گفت افزود اظهار تصریح اعلام خاطرنشان بیان یادآور ، ,".split())
# given names that also name bodies («دانشگاه آزاد اسلامی», «قرارگاه سازندگی کوثر», «معاون عمران
# روستایی»): after a post, the body's words go on
_BODY_GIVEN = frozenset(
    "آزاد فرهنگ عمران کوثر آرمان امید بهار مقداد آرین نور فجر پیام ایمان توحید امام مهر".split()
)
# words after which a given name that is also a noun is the noun («در ادامه پیام …», «این امید»)
_NOUN_BEFORE = re.compile(f"(?<![{LETTER}{ZWNJ}])(?:در|ادامه|این|آن|با|از|به)[ {ZWNJ}]$")
# what may follow a post's holder's name: a reporting verb, a comma, the time or place it was said
_AFTER_HOLDER = _SAID_NEXT | frozenset("امروز دیروز روز صبح عصر شب در با ضمن طی پس".split())


def _holder(toks: list[tuple[int, int, str]], at: int, last: int) -> bool:
    """Is ``toks[at:last]`` the name of a post's holder said right after the post, and not
    words of its body («رئیس دانشگاه آزاد اسلامی گفت»)?"""
    from .identity import places

    words = [t[2] for t in toks[at:last]]
    return (
        words[0] not in _BODY_GIVEN
        and (last == len(toks) or toks[last][2] in _AFTER_HOLDER)
        and " ".join(words) not in places()
        and not words[-1].endswith(("آباد", "شهر"))  # «فرماندار خلیل آباد گفت»: a town
        and not any(w in ORG_HEADS or w in places() for w in words[1:])
    )


# Titles before a name, words of a surname after one; and the Arabic «son of», «family of»
# («عبدالله بن عبدالعزیز», «احمد آل خلیفه»)
_SURNAME_FIRST = frozenset({"آقا", "حاجی", "حاج", "بن", "ابن", "آل"})


def _titled_name(toks: list[tuple[int, int, str]], i: int, *, bounded: bool = False) -> int:
    """After a title («سرهنگ اسرافیل جعفری، …», «سرهنگ جعفری گفت»), one or two name-like
    words set off by a comma, or followed by a role or a reporting verb, are a name even when
    the given name is not one the list knows; ``bounded``: the words end where a reporting
    verb begins."""
    for size in (2, 1):
        words = toks[i : i + size]
        if i + size > len(toks) or not all(_surname_like(t[2]) and t[2][0].isalpha() for t in words):
            continue
        if i + size == len(toks):
            if bounded:
                return i + size
            continue
        after = toks[i + size][2]
        if after in "،," or is_role(after) or after in _SAID:
            return i + size
    return i


_SAID = frozenset("گفت افزود اظهار تصریح اعلام عنوان خاطرنشان ادامه بیان یادآور".split())


# «تورج دهقانی دستیابی به … را نتیجه … دانست»: a noun of action after the name is the object
_ACTION_NOUNS = ("یابی", "سازی", "گیری", "رسانی", "گذاری", "ریزی", "آوری", "اندازی", "بندی", "سنجی")


def _surname_like(word: str) -> bool:
    return (
        len(word) >= 2
        and word[0] not in "،,:؛;"
        and word not in STOP
        and not is_role(word)
        and word not in TITLES
        and word not in _TIME_WORDS
        and not word[0].isdigit()
    )


def is_role(word: str) -> bool:
    return word in _ROLES_BY_FIRST


def _role_after(text: str, toks: list[tuple[int, int, str]], i: int) -> tuple[str | None, str | None, int]:
    """(role, organisation, end token index) for a role phrase at token i (a comma may lead)."""
    if i < len(toks) and toks[i][2] in "،,":
        i += 1
    role, j = _match_role(toks, i)
    if not role:
        return None, None, i
    org, k = _organisation(toks, j, role)
    if role == "معاون" and org and org.split()[0] in _DEPUTY_OF and k + 1 < len(toks) and toks[k][2] == "و":
        # «معاون وزیر اقتصاد و رئیس کل گمرک ایران», «معاون رئیس جمهور و رئیس سازمان برنامه و
        # بودجه»: a deputy minister who heads a body speaks for the body
        second, j2 = _match_role(toks, k + 1)
        if second and second != "معاون" and (body := _organisation(toks, j2, second))[0]:
            return second, body[0], body[1]
    return role, org, k


_DEPUTY_OF = frozenset({"وزیر", "وزارت", "رئیس", "رییس"})


def _match_role(toks: list[tuple[int, int, str]], i: int) -> tuple[str | None, int]:
    if i >= len(toks):
        return None, i
    for role, parts in _ROLES_BY_FIRST.get(toks[i][2], ()):
        if [t[2] for t in toks[i : i + len(parts)]] == list(parts):
            return role, i + len(parts)
    return None, i


# Names of bodies that hold «و» or a comma, which otherwise end a body's name: the words
# after the head («وزارت», «سازمان», «وزیر»), as the press writes them, with or without the
# comma («صنعت، معدن و تجارت», «صنعت معدن و تجارت»).
_JOINED_WRITTEN = (
    "برنامه و بودجه|آموزش و پرورش|راه و شهرسازی|امور اقتصادی و دارایی|صنعت، معدن و تجارت|"
    "تعاون، کار و رفاه اجتماعی|بهداشت، درمان و آموزش پزشکی|علوم، تحقیقات و فناوری|"
    "ارتباطات و فناوری اطلاعات|فرهنگ و ارشاد اسلامی|ورزش و جوانان|"
    "میراث فرهنگی، گردشگری و صنایع دستی|صدا و سیما|بورس و اوراق بهادار|غذا و دارو|"
    "ثبت اسناد و املاک کشور|ثبت اسناد و املاک|راهداری و حمل و نقل جاده‌ای|"
    "حمایت مصرف‌کنندگان و تولیدکنندگان|مدیریت و برنامه‌ریزی|نوسازی و تجهیز مدارس|"
    "آب و فاضلاب|آب و برق|نفت و گاز|جهاد کشاورزی و منابع طبیعی|منابع طبیعی و آبخیزداری|"
    "راه و ترابری|مسکن و شهرسازی|حفاظت و بهره‌برداری|بنادر و دریانوردی|راه‌آهن و حمل و نقل|حمل و نقل"
).split("|")


def _as_tokens(written: list[str]) -> list[tuple[str, ...]]:
    """Names as token sequences (a comma is a token of its own), with and without the comma,
    longest first."""
    forms = {tuple(f.replace("،", " ، ").split()) for name in written for f in (name, name.replace("،", ""))}
    return sorted(forms, key=len, reverse=True)


_JOINED_NAMES = _as_tokens(_JOINED_WRITTEN)


# Ministries, as the press names them after «وزیر» or «وزارت»: a closed set, so a word after
# one is what the minister said or did («وزیر نیرو | مصرف برق را …»), unless it is the
# country («وزیر نفت عراق», «وزیر بهداشت کشور»).
_MINISTRIES_WRITTEN = (
    "نفت|نیرو|کشور|امور خارجه|خارجه|اقتصاد|اقتصاد و دارایی|امور اقتصادی و دارایی|امور اقتصادی|"
    "جهاد کشاورزی|کشاورزی|بهداشت|بهداشت، درمان و آموزش پزشکی|آموزش و پرورش|علوم|"
    "علوم، تحقیقات و فناوری|صمت|صنعت، معدن و تجارت|راه و شهرسازی|تعاون، کار و رفاه اجتماعی|"
    "کار|رفاه|ارتباطات|ارتباطات و فناوری اطلاعات|فرهنگ و ارشاد اسلامی|ارشاد|ورزش و جوانان|ورزش|"
    "میراث فرهنگی، گردشگری و صنایع دستی|میراث فرهنگی|دفاع|دفاع و پشتیبانی نیروهای مسلح|اطلاعات|"
    "دادگستری"
).split("|")
_MINISTRIES = _as_tokens(_MINISTRIES_WRITTEN)


def _ministry_end(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Where a ministry's name that starts at token k ends (with its country, if one is said),
    or None when no ministry's name starts there."""
    from .identity import countries, place_words

    words = [t[2] for t in toks[k : k + 8]]
    name = next((m for m in _MINISTRIES if tuple(words[: len(m)]) == m), None)
    if name is None:
        return None
    rest, end = words[len(name) :], k + len(name)
    if rest[:3] == ["جمهوری", "اسلامی", "ایران"]:
        return end + 3
    if rest[:1] in (["ایران"], ["کشور"], ["کشورمان"]):
        return end + 1
    skip = int(rest[:1] == ["دولت"])  # «وزیر امور خارجه دولت کوبا»
    size = place_words(rest, skip, countries()) or place_words(rest, skip)
    return end + (skip + size if size else 0)


def _spelled(words: list[str]) -> str:
    """A name's words as written: «صنعت، معدن و تجارت», the comma against the word before."""
    return " ".join(words).replace(" ،", "،")


def _joined_name(toks: list[tuple[int, int, str]], j: int) -> int:
    """The end of a body's name with «و» or a comma in it that starts at token j, or j."""
    words = [t[2] for t in toks[j : j + 8]]
    for name in _JOINED_NAMES:
        if tuple(words[: len(name)]) == name:
            return j + len(name)
    return j


def _organisation(toks: list[tuple[int, int, str]], j: int, role: str) -> tuple[str | None, int]:
    """The organisation phrase after a role, up to a stop word or punctuation (but the whole
    of a name with «و» in it: «سازمان برنامه و بودجه»)."""
    if j >= len(toks):
        return None, j
    head = toks[j][2] in ("وزیر", "وزارت")  # «معاون وزیر نفت», «مدیرکل وزارت نیرو»
    if (head or ROLE_ORG.get(role.split(" ")[0]) == "وزارت") and (end := _ministry_end(toks, j + head)):
        words = [t[2] for t in toks[j:end]]
        return _spelled(words if head else ["وزارت", *words]), end  # «وزیر نفت» speaks for «وزارت نفت»
    k = j + (toks[j][2] in ORG_HEADS)
    joined = max(_joined_name(toks, k), j)
    most = 6 if joined == k else joined - j + 3  # «تعاون، کار و رفاه اجتماعی | استان گیلان»
    k = joined
    while k < len(toks) and k - j < most and _org_word(toks[k][2]) and not _light_verb_next(toks, k):
        if toks[k][2] in ORG_HEADS and k > j:  # «معاون آموزش ابتدایی | وزارت آموزش و پرورش»: its body
            end = _ministry_end(toks, k + 1) if toks[k][2] == "وزارت" else None
            if end is not None or (end := _joined_name(toks, k + 1)) > k + 1:
                k = end
                break
        k += 1
    k = _province_ends(toks, j, k)
    words = [t[2] for t in toks[j:k]]
    if not words:
        return None, j
    head = ROLE_ORG.get(role.split(" ")[0])
    if head and words[0] not in ORG_HEADS:
        return _spelled([head, *words]), k  # «وزیر نفت» speaks for «وزارت نفت»
    return _spelled(words), k


def _province_ends(toks: list[tuple[int, int, str]], j: int, k: int) -> int:
    """A body's name ends with its province («مدیرعامل آبفای استان فارس | هدررفت آب را چالش
    اصلی دانست»): the words after «استان X» in ``toks[j:k]`` are what it said or did."""
    from .identity import place_words

    words = [t[2] for t in toks[j:k]]
    for i, word in enumerate(words[:-1]):
        if word == "استان":  # «استان چهارمحال و بختیاری», «استان خراسان رضوی», «استان فارس»
            size = place_words(words, i + 1)
            return j + i + 1 + size if size and i + 1 + size < len(words) else k
    return k


# Nouns that take «با» inside a body's name: «پلیس مبارزه با مواد مخدر», «ستاد مقابله با کرونا».
_WITH_NOUNS = frozenset({"مبارزه", "مقابله"})


def organisation_at(toks: list[tuple[int, int, str]], i: int) -> tuple[str | None, int]:
    """An organisation phrase opening at token i («سازمان ملل متحد», «روزنامه «کیهان»»).

    A quoted name right after the head word names it: «روزنامه آمریکایی "نیویورک تایمز"».
    """
    if i >= len(toks):
        return None, i
    one = toks[i][2] in _HEADLESS_ONE  # «هلال‌احمر» written as one word
    if one or (toks[i][2] in _HEADLESS and i + 1 < len(toks) and toks[i + 1][2] == _HEADLESS[toks[i][2]]):
        k = i + (1 if one else 2)  # «پزشکی قانونی کشور اعلام کرد»
        if k < len(toks) and toks[k][2] in ("کشور", "استان", "ایران"):
            k += 1
        return " ".join(t[2] for t in toks[i:k]), k
    if toks[i][2] not in SPEAKING_BODIES:
        return None, i
    if i + 1 < len(toks) and toks[i + 1][2] in ("ای", "یی"):
        return None, i  # «روزنامه ای ۳۰۰ مقاله علیه من نوشت»: a paper, none named
    if toks[i][2] == "وزارت" and (end := _ministry_end(toks, i + 1)) is not None:
        return _spelled([t[2] for t in toks[i:end]]), end  # «وزارت دادگستری آمریکا»
    if toks[i][2] in ("سایت", "پایگاه"):
        # «سایت وزارت کشور», «پایگاه اطلاع رسانی استانداری خوزستان»: the body's own site speaks for it
        k = i + 1
        if k < len(toks) and toks[k][2] in ("اطلاع", "اطلاع‌رسانی", "خبری"):
            k += 2 if toks[k][2] == "اطلاع" and k + 1 < len(toks) and toks[k + 1][2] == "رسانی" else 1
        if k < len(toks) and toks[k][2] in ORG_HEADS - _PRESS:
            return organisation_at(toks, k)
    k = _joined_name(toks, i + 1)
    while (
        k < len(toks)
        and k - i < 6
        and (
            toks[k][2] not in SPEAKING_BODIES
            or toks[k][2] in _HEADLESS_ONE  # «جمعیت هلال‌احمر»
            # «شرکت مدیریت شبکه برق ایران»: a grid, not a broadcaster
            or (toks[k][2] == "شبکه" and k + 1 < len(toks) and toks[k + 1][2] in _GRIDS)
        )
        and (_org_word(toks[k][2]) or (toks[k][2] == "با" and toks[k - 1][2] in _WITH_NOUNS))
        and toks[k - 1][2] not in ("ایران", "کشور")  # «مرکز آمار ایران»: the name is whole
        and not (k > i + 1 and toks[k][2] in _OBJECT_NOUNS)
        and not _light_verb_next(toks, k)
    ):
        k += 1
    words = [t[2] for t in toks[i:k]]
    if k < len(toks) and toks[k][2] in _QUOTES:
        close = next((m for m in range(k + 1, min(k + 6, len(toks))) if toks[m][2] in _QUOTES), None)
        if close and close > k + 1:
            return " ".join(t[2] for t in toks[k + 1 : close]), close + 1
    if words[0] in _DEPARTMENTS:
        # «مرکز رصد جمعیت کشور سازمان ثبت احوال», «معاونت بهداشت وزارت بهداشت»: a department
        # speaks for the body it is part of
        for j in range(k, min(k + _DEPARTMENT_WORDS, len(toks))):
            if toks[j][2] in _PARENTS and j > i + 1:
                parent, end = organisation_at(toks, j)
                if parent and len(parent.split()) > 1:
                    return parent, end
            if not _org_word(toks[j][2]) and toks[j][2] not in ORG_HEADS:
                break
    return _spelled(words), k


def body_of(name: str) -> str:
    """The body a department named whole is part of: «مرکز آمار و اطلاعات راهبردی وزارت کار»
    speaks for «وزارت کار»; any other name as it is.

    >>> body_of("مرکز رصد جمعیت کشور سازمان ثبت احوال")
    'سازمان ثبت احوال'
    >>> body_of("مرکز آمار ایران")
    'مرکز آمار ایران'
    >>> body_of("روابط عمومی موسسه سینماشهر")
    'موسسه سینماشهر'
    """
    # «روابط عمومی موسسه سینماشهر»: a body's press office speaks for it
    rest = _PRESS_OFFICE.sub("", name, count=1).split()
    if rest != name.split() and len(rest) > 1 and rest[0] in ORG_HEADS:
        return body_of(" ".join(rest))
    words = name.split()
    if words and words[0] in _DEPARTMENTS:
        for j in range(2, len(words) - 1):
            if words[j] in _PARENTS:
                return " ".join(words[j:])
    return name


_PRESS_OFFICE = re.compile(f"^روابط[ {ZWNJ}]عمومی(?: و اطلاع[ {ZWNJ}]?رسانی)? ")
# Heads of a part of a body, and of the bodies they are part of
_DEPARTMENTS = frozenset("مرکز دفتر معاونت اداره اداره‌کل پژوهشکده مدیریت دبیرخانه".split())
_PARENTS = frozenset("سازمان وزارت شرکت بانک صندوق بنیاد گمرک".split())
_DEPARTMENT_WORDS = 6  # how far on in a department's name its body's may begin


_QUOTES = frozenset('«»"“”')
_GRIDS = frozenset("برق گاز آب فاضلاب ریلی راه بانکی توزیع انتقال بهداشت درمان ملی".split())
# Nouns that open what a body did, after its name has a word past the head: «صندوق
# بازنشستگی کشوری | خبر منتشر شده … را تکذیب کرد», «… | مراتب ذیل را اعلام کرد» (but «شبکه
# خبر», right after the head, is the name)
_OBJECT_NOUNS = frozenset("خبر اخبار مراتب اطلاعیه جزئیات نتایج اسامی فهرست".split())
# Bodies named with no head word: their two words
_HEADLESS = {"پزشکی": "قانونی", "هلال": "احمر", "ثبت": "احوال"}
_HEADLESS_ONE = frozenset(f"{a}{ZWNJ}{b}" for a, b in _HEADLESS.items())
# Heads of a body that speaks as itself: organisations, and the press.
_PRESS = frozenset("روزنامه نشریه هفته‌نامه ماهنامه پایگاه سایت تلویزیون رادیو خبرگزاری شبکه".split())
SPEAKING_BODIES = ORG_HEADS | (_PRESS - {"شبکه"})


# Words that end a body's name and open what it said: «بانک مرکزی | تورم …», «مرکز آمار
# ایران | نرخ تورم سالانه …», «بانک مرکزی | اخیرا …», «وزارت نیرو | بیش از ۸ هزار روستا …».
# Days said after a subject («پادشاه بحرین | سه‌شنبه گذشته در سخنرانی … گفت»): they end a
# body's name and a bare subject alike.
DAY_WORDS = frozenset(
    f"شنبه یکشنبه دوشنبه سه{ZWNJ}شنبه چهارشنبه پنجشنبه پنج{ZWNJ}شنبه جمعه امروز دیروز گذشته".split()
)
_AFTER_BODY = DAY_WORDS | frozenset(
    "تورم نرخ میزان رشد افزایش کاهش نشان اخیرا اخیراً همچنین امسال پارسال "
    "متوسط میانگین تعداد شاخص بیش بیشتر کمتر حدود حدودا حدوداً نزدیک قریب بالغ تقریبا "
    "تقریباً متجاوز افزون صبح عصر بامداد "
    # «سازمان ملل متحد | نسبت به … هشدار داد», «پلیس ترکیه | بلافاصله بعد از …»
    "نسبت بلافاصله بعد قبل همین خواستار حاکی شمار رقم حداقل حداکثر مبلغ "
    # a speech verb's own words: «سخنگوی گمرک | مطرح کرد:», «… | عنوان کرد»
    "مطرح عنوان بیان کرد کرده نمود داشت افزوده آورده".split()
)


def _light_verb_next(toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token k is the noun of a verb the next token ends («… | تشریح کرد», «ارایه
    کرده»): what a body or its official did, not its name."""
    return k + 1 < len(toks) and toks[k + 1][2] in ("کرد", "کرده", "کردند", "نمود", "نموده")


def _org_word(word: str) -> bool:
    """A word that can continue an organisation's name: not a stop word, not a plural."""
    plural = word.endswith(("ها", "های")) and ZWNJ in word
    return (
        word not in STOP
        and word not in _AFTER_BODY
        and not plural
        and not is_given_name(word)
        and word not in TITLES
        and bool(re.match(f"[{LETTER}]", word))
    )


class Registry:
    """People named in one report, found by full name, surname or role."""

    def __init__(self) -> None:
        self.people: dict[str, Mention] = {}  # key(full name) → richest mention
        self._surnames: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self.bodies: set[str] = set()  # keys of organisations and papers that spoke as themselves

    def add(self, mention: Mention) -> None:
        if mention.organisation and not mention.name and not mention.role:
            self.bodies.add(key(mention.organisation))
        if not mention.name or (len(mention.name.split()) < 2 and not mention.role):
            return  # a surname alone is someone only with the post he holds («مهاجر معاون …»)
        if mention.guess and not rare_words(mention.name.split()):
            return
        k = key(mention.name)
        if k not in self.people and self.longer(mention.name):
            return  # «رسول پناه» after «مهدی رسول پناه»: the same person, named shorter
        known = self.people.get(k)
        if known is None or (mention.role and not known.role):
            self.people[k] = mention
        words = mention.name.split()
        for word in words[1:]:  # «برزگر» and «ابراهیمی» both find «عباس برزگر ابراهیمی»
            self._surnames.setdefault(key(word), k)
        if len(words) > 2:  # «محمدی‌دوست» finds «مهرداد محمدی دوست» (key() joins the words)
            self._surnames.setdefault(key(" ".join(words[1:])), k)
        if len(words[0]) > 2 and not is_given_name(words[0]):  # «وینگو» alone for «وینگو بگوویچ»
            self._surnames.setdefault(key(words[0]), k)
        if mention.role:
            self._roles.setdefault(role_key(mention.role, mention.organisation), k)

    def longer(self, name: str) -> Mention | None:
        """A person already known whose full name ends with ``name``."""
        whole = self.by_surname(name)  # «شجاعی نسب» after «حسن شجاعی‌نسب»: one surname, spaced
        if whole and whole.name and key(whole.name) != key(name) and key(whole.name).endswith(key(name)):
            return whole
        words = [key(w) for w in name.split()]
        found = self.by_surname(name.split()[0])
        if found and found.name and [key(w) for w in found.name.split()][-len(words) :] == words:
            return found
        return None

    def by_surname(self, word: str) -> Mention | None:
        k = self._surnames.get(key(word))
        return self.people.get(k) if k else None

    def by_role(self, role: str, organisation: str | None) -> Mention | None:
        k = self._roles.get(role_key(role, organisation))
        return self.people.get(k) if k else None


def role_key(role: str, organisation: str | None) -> str:
    return key(role) + "|" + key(organisation or "")
