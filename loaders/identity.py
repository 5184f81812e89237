"""Keys that say two mentions in different reports are one person, one body or one office.

These are pure functions of a name as written; which mentions are then the same entity
across reports (a surname or a role resolved to a named holder) is decided after ingest,
over the whole store (:mod:`claimgraph.graph.identity`).

- A person's key drops titles («دکتر», «مهندس», «سید», «حجت‌الاسلام») and folds spelling,
  spacing and ZWNJ: «دکتر میر هاشم موسوی» and «میرهاشم موسوی» share one.
- A body's key drops a leading «سازمان» and a trailing «کشور»/«ایران», so «سازمان تأمین
  اجتماعی کشور» and «تامین‌اجتماعی» share one; a provincial office, branch or department
  («اداره کل تأمین اجتماعی استان مرکزی», «تأمین اجتماعی غرب تهران») keeps its own key and
  names the body it is part of.
- An office is a role class and a body: «مدیرعامل سازمان تأمین اجتماعی» and «رئیس سازمان
  تامین اجتماعی» are one office (the head of the body).

>>> person_key("دکتر میر هاشم موسوی") == person_key("میرهاشم موسوی")
True
>>> body("سازمان تأمین اجتماعی کشور").key == body("تامین‌اجتماعی").key
True
>>> b = body("اداره کل تأمین اجتماعی استان مرکزی")
>>> b.parent == body("تأمین اجتماعی").key, b.key == b.parent
(True, False)
>>> office_key("مدیرعامل", "سازمان تأمین اجتماعی") == office_key("رئیس", "سازمان تامین اجتماعی")
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalize import ZWNJ, key, normalize

# Honorifics and ranks that may stand before a name and are not part of it.
NAME_TITLES = frozenset(
    "دکتر مهندس سردار سرتیپ سرلشکر سرهنگ سرتیپ‌دوم دریادار حجت‌الاسلام حجت‌الاسلام‌والمسلمین "
    "والمسلمین آیت‌الله حاج حاجی استاد خانم آقای آقا سید سیده شهید جناب سرکار".split()
)
# Roles that head the body they name: one office whatever the house style calls it.
_HEAD_ROLES = frozenset(key(r) for r in (
    "رئیس", "رئیس کل", "رئیس سازمان", "مدیرعامل", "مدیر عامل", "سرپرست", "وزیر", "دبیرکل",
    "دبیر کل", "استاندار", "فرماندار", "شهردار", "بخشدار", "فرمانده", "دادستان", "رئیس هیئت مدیره",
))  # fmt: skip
_ROLE_CLASSES = {key("سخنگو"): "spokesperson", key("سخنگوی"): "spokesperson",
                 key("معاون"): "deputy", key("قائم‌مقام"): "deputy", key("نایب‌رئیس"): "deputy"}  # fmt: skip
# Words that open the name of a part of a body («اداره کل X استان Y», «شعبه X»).
_DIVISIONS = ("اداره کل", "اداره‌کل", "مدیریت", "مدیرکل", "اداره", "شعبه", "معاونت", "دفتر", "واحد")
# Words that put what follows in a place: a province, a town, a quarter.
_PLACE_WORDS = frozenset("استان شهرستان شهر منطقه بخش غرب شرق شمال جنوب مرکز حوزه".split())
# Words that open a body's name but not its identity («سازمان تأمین اجتماعی» = «تأمین اجتماعی»);
# «روابط عمومی X» speaks for X.
_DROPPED_HEADS = ("روابط عمومی", "روابط‌عمومی", "سازمان")
# Tails that do not change which body is meant, longest first.
_NATIONAL = ("جمهوری اسلامی ایران", "امام خمینی (ره)", "جمهوری اسلامی", "امام خمینی", "(ره)", "کشور",
             "ایران", "ج.ا.ا")  # fmt: skip


def person_key(name: str) -> str:
    """The spelling-insensitive key of a person's name, titles dropped; «الله» in a name is
    written «اله» too (عین‌اللهی, عین‌الهی).

    >>> person_key("بهرام عین‌اللهی") == person_key("بهرام عین الهی")
    True
    """
    return key(" ".join(_untitled(name))).replace("لله", "له")


def surname_key(name: str) -> str:
    """The key of a name's last word («موسوی» of «میرهاشم موسوی»)."""
    words = _untitled(name)
    return key(words[-1]).replace("لله", "له") if words else ""


def _untitled(name: str) -> list[str]:
    words = normalize(name).split()
    i = 0
    while i < len(words) - 1 and words[i] in NAME_TITLES:
        i += 1
    return words[i:]


def role_class(role: str) -> str:
    """A role's class: «head» for every role that heads its body, else the role's key.

    >>> role_class("مدیر عامل"), role_class("رییس کل"), role_class("سخنگوی")
    ('head', 'head', 'spokesperson')
    """
    k = key(role)
    if k in _HEAD_ROLES:
        return "head"
    return _ROLE_CLASSES.get(k) or next((c for r, c in _ROLE_CLASSES.items() if k.startswith(r)), k)


@dataclass(frozen=True, slots=True)
class Body:
    key: str  # the body's own key
    label: str  # its name as written, normalised
    parent: str | None = None  # the key of the body it is part of
    place: str | None = None  # the place a part is in, as written


def body(name: str) -> Body:
    """A body's key, and the body it is part of when it is a provincial office, branch or
    department. A ministry's short name is the ministry («وزارت کار» is «وزارت تعاون، کار و
    رفاه اجتماعی»).

    >>> body("وزارت کار").key == body("وزارت تعاون، کار و رفاه اجتماعی").key
    True
    """
    label = normalize(name).strip()
    words = _strip_national(_strip_press_office(label.split()))
    division = _strip_division(words)
    core, place = _split_place(words)
    core = _strip_national(_strip_heads(core))
    if division and not place and len(core) < 2:
        return Body(key(label), label)  # «شعبه لاهیجان»: a part of a body the text names elsewhere
    whole = key(" ".join(core))
    whole = _short_names().get(whole, whole)
    own = whole + key(" ".join(place))
    parent = whole if core and (place or division) else None
    return Body(own, label, parent if parent != own else None, " ".join(place) or None)


# A body's press office: «(اداره کل | دفتر | مرکز) روابط عمومی (و امور بین‌الملل | و اطلاع‌رسانی)»,
# «مرکز اطلاع‌رسانی», «پایگاه اطلاع‌رسانی» before the body's own name
_PRESS_OFFICE = re.compile(
    f"^(?:(?:اداره کل|دفتر|مرکز|پایگاه) )?(?:روابط[ {ZWNJ}]عمومی(?: و (?:امور بین[ {ZWNJ}]الملل|"
    f"اطلاع[ {ZWNJ}]رسانی))?|اطلاع[ {ZWNJ}]رسانی) "
)


def _strip_press_office(words: list[str]) -> list[str]:
    """«مرکز اطلاع‌رسانی شرکت بازرگانی دولتی ایران» speaks as «شرکت بازرگانی دولتی ایران»: the
    words after a press office, when a body's head word opens them."""
    from .people import ORG_HEADS

    text = " ".join(words)
    office = _PRESS_OFFICE.match(text)
    rest = text[office.end() :].split() if office else []
    return rest if rest and rest[0] in ORG_HEADS else words


# Short names the press gives bodies, and the body each names
_SHORT_NAMES = {
    "وزارت کار": "وزارت تعاون، کار و رفاه اجتماعی",
    "وزارت رفاه": "وزارت تعاون، کار و رفاه اجتماعی",
    "وزارت صمت": "وزارت صنعت، معدن و تجارت",
    "وزارت صنعت": "وزارت صنعت، معدن و تجارت",
    "وزارت بهداشت": "وزارت بهداشت، درمان و آموزش پزشکی",
    "وزارت ارتباطات": "وزارت ارتباطات و فناوری اطلاعات",
    "وزارت راه": "وزارت راه و شهرسازی",
    "وزارت ورزش": "وزارت ورزش و جوانان",
    "وزارت اقتصاد": "وزارت امور اقتصادی و دارایی",
    "وزارت امور اقتصادی": "وزارت امور اقتصادی و دارایی",
    "وزارت علوم": "وزارت علوم، تحقیقات و فناوری",
    "وزارت میراث فرهنگی": "وزارت میراث فرهنگی، گردشگری و صنایع دستی",
    "وزارت میراث": "وزارت میراث فرهنگی، گردشگری و صنایع دستی",
    "وزارت ارشاد": "وزارت فرهنگ و ارشاد اسلامی",
    "وزارت جهاد": "وزارت جهاد کشاورزی",
    "سازمان برنامه": "سازمان برنامه و بودجه",
    "هلال احمر": "جمعیت هلال احمر",
}


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    def core(name: str) -> str:
        return key(" ".join(_strip_national(_strip_heads(normalize(name).split()))))

    return {core(short): core(full) for short, full in _SHORT_NAMES.items()}


def post_label(role: str | None, organisation: str | None) -> str | None:
    """A post as a reader writes it: «وزیر نفت», not the «وزیر وزارت نفت» the role and its
    body make when joined.

    >>> post_label("وزیر", "وزارت نفت"), post_label("مدیرعامل", "شرکت ملی گاز")
    ('وزیر نفت', 'مدیرعامل شرکت ملی گاز')
    """
    from .people import ROLE_ORG

    if role and organisation:
        head = ROLE_ORG.get(role.split(" ")[0])
        if head and organisation.startswith(head + " "):
            organisation = organisation[len(head) + 1 :]
    return " ".join(x for x in (role, organisation) if x) or None


def office_key(role: str, organisation: str | None) -> str:
    """The key of an office: a role class at a body («head@تامیناجتماعی»); the «کل» of «رئیس
    کل بانک مرکزی» is the role's, however the name was split.

    >>> office_key("رییس", "کل بانک مرکزی") == office_key("رئیس کل", "بانک مرکزی")
    True
    """
    if organisation and role_class(role) == "head":
        organisation = re.sub(r"^کل\s+", "", normalize(organisation))
    return role_class(role) + "@" + (body(organisation).key if organisation else "")


def _strip_division(words: list[str]) -> bool:
    """Drop a leading «اداره کل», «شعبه» … from ``words`` in place; True if there was one."""
    for division in _DIVISIONS:
        parts = division.split()
        if words[: len(parts)] == parts and len(words) > len(parts):
            del words[: len(parts)]
            return True
    return False


def _strip_heads(words: list[str]) -> list[str]:
    for head in _DROPPED_HEADS:
        parts = head.split()
        if words[: len(parts)] == parts and len(words) > len(parts):
            words = words[len(parts) :]
    return words


def _strip_national(words: list[str]) -> list[str]:
    for tail in _NATIONAL:
        parts = tail.split()
        if len(words) > len(parts) and words[-len(parts) :] == parts:
            return words[: -len(parts)]
    return words


def _split_place(words: list[str]) -> tuple[list[str], list[str]]:
    """(the body's own words, the place words after them) — «تأمین اجتماعی | استان مرکزی»."""
    for i in range(1, len(words)):
        if words[i] in _PLACE_WORDS or _place_at(words, i):
            return words[:i], words[i:]
    return words, []


def _place_at(words: list[str], i: int) -> bool:
    return place_words(words, i) > 0


def place_words(words: list[str], i: int, known: frozenset[str] | None = None) -> int:
    """How many words from ``words[i]`` name a province or town (three, two, one), or 0;
    or, given ``known``, one of those names (``countries()``)."""
    known = known if known is not None else places()
    for size in (3, 2, 1):
        if i + size <= len(words) and " ".join(words[i : i + size]) in known:
            return size
    return 0


_ONLY_AS_PROVINCE = frozenset({"مرکزی"})
_OUTLET_BEFORE = frozenset({"گزارش", "خبرگزاری"})  # «به گزارش فارس», «خبرگزاری فارس»
# «بورس تهران», «بورس اوراق بهادار تهران»: the country's market, named after its town
_MARKET = re.compile("(?:^| )(?:بورس|فرابورس)(?: اوراق بهادار)?$")


def places() -> frozenset[str]:
    """Provinces and towns (``lexicon/places.txt``), as written and without ZWNJ."""
    return _names("places.txt")


def countries() -> frozenset[str]:
    """Countries (``lexicon/countries.txt``), as written and without ZWNJ."""
    return _names("countries.txt")


@lru_cache(maxsize=2)
def _names(file: str) -> frozenset[str]:
    text = resources.files(__package__).joinpath("lexicon", file).read_text("utf-8")
    names = {
        normalize(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#")
    }
    return frozenset(names | {n.replace(ZWNJ, " ") for n in names} | {n.replace(" ", ZWNJ) for n in names})


def place_in(text: str, start: int, end: int, *, others: bool = False) -> str | None:
    """The key of the first province or town ``text[start:end]`` names («در استان گیلان»,
    «تهران»), or None; with ``others``, not one that has its own figure after it («… استان‌های
    تهران با ۹۲۷۲ مورد»: Tehran's, not the figure's said before).

    >>> place_in("در استان گیلان ۳۰۰ نفر", 0, 24) == key("گیلان")
    True
    """
    words = normalize(text[start:end]).split()
    if words and (split := _split_places().get(words[0])):  # «سیستان و | بلوچستان با ۸۶.۴ درصد»
        before = normalize(text[max(0, start - 30) : start]).split()
        for head, whole in split:
            if before[-len(head) :] == head:
                return key(whole)
    for i in range(len(words)):
        if words[i] == "استان" and i + 1 < len(words) and words[i + 1] in _ONLY_AS_PROVINCE:
            return key(words[i + 1])  # «استان مرکزی»: «مرکزی» alone is only «central»
        if i and words[i - 1] in _OUTLET_BEFORE:
            continue  # «به گزارش فارس به نقل از …»: the agency, not the province
        if _place_at(words, i) and not _MARKET.search(" ".join(words[max(0, i - 3) : i])):
            size = next(n for n in (3, 2, 1) if " ".join(words[i : i + n]) in places())
            if others and words[i + size : i + size + 1] == ["با"] and _NUMBER_WORD.match(
                " ".join(words[i + size + 1 : i + size + 2])
            ):
                continue
            return key(" ".join(words[i : i + size]))
    return None


_NUMBER_WORD = re.compile("[0-9۰-۹٠-٩]|(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|صد|هزار)(?![^ ])")


def _words(text: str) -> list[str]:
    """Words without the punctuation glued to them («شرقی،» is «شرقی»)."""
    return re.findall(r"[^\s،,؛:.()«»]+", normalize(text))


def places_named(text: str, start: int, end: int) -> list[str]:
    """The keys of the provinces and towns ``text[start:end]`` names, each once, sorted."""
    words = _words(text[start:end])
    found, i = set(), 0
    while i < len(words):
        size = place_words(words, i)
        if size:
            found.add(key(" ".join(words[i : i + size])))
        i += size or 1
    return sorted(found)


def place_tails() -> frozenset[str]:
    """Last words of place names that hold «و» («بلوچستان»): a place, where a clause begins."""
    return frozenset(_split_places())


@lru_cache(maxsize=1)
def _split_places() -> dict[str, list[tuple[list[str], str]]]:
    """Names that hold «و» («سیستان و بلوچستان»), by their last word: a clause may begin there."""
    out: dict[str, list[tuple[list[str], str]]] = {}
    for name in places():
        words = name.split()
        if "و" in words[1:-1]:
            out.setdefault(words[-1], []).append((words[:-1], name))
    return out


def fold_bodies(keys: set[str]) -> dict[str, str]:
    """Body keys that are a known body's key with words run on after it («وزارت جهاد
    کشاورزی شرایط آب», where a name ran into the sentence) mapped to that body; a part
    whose extra words name a place («… استان گیلان») keeps its own key.

    >>> ran_on = key("وزارت جهاد کشاورزی شرایط آب")
    >>> fold_bodies({key("وزارت جهاد کشاورزی"), ran_on})[ran_on]
    'وزارتجهادکشاورزی'
    >>> fold_bodies({key("تامین اجتماعی"), key("تامین اجتماعی استان گیلان")})
    {}
    >>> fold_bodies({key("دانشگاه"), key("دانشگاه صنعتی شریف")})
    {}
    >>> fold_bodies({key("انجمن فولاد"), key("انجمن تولیدکنندگان فولاد ایران")})[key("انجمن فولاد")]
    'انجمنتولیدکنندگانفولادایران'
    >>> fold_bodies({key("دانشگاه تهران"), key("دانشگاه علوم پزشکی تهران")})
    {}
    """
    from .people import ORG_HEADS

    heads = {key(word) for word in ORG_HEADS}  # «دانشگاه» alone names no one body to fold into
    out = {}
    ordered = sorted((k for k in keys if len(k) >= 6 and k not in heads), key=len)
    for k in keys:
        for shorter in ordered:
            if len(shorter) >= len(k):
                break
            if k.startswith(shorter) and not _place_key(k[len(shorter) :]):
                out[k] = shorter
                break
    # «انجمن فولاد» for «انجمن تولیدکنندگان فولاد ایران»: the head and a word of the one body
    # seen that has both (not when two do, nor when the word is a place: «دانشگاه تهران» is no
    # «دانشگاه علوم پزشکی تهران»)
    for k in keys - out.keys():
        head = max((h for h in heads if k.startswith(h)), key=len, default="")
        rest = k[len(head) :]
        if not head or len(rest) < 3 or _place_key(rest):
            continue
        longer = [
            other
            for other in keys
            if other.startswith(head) and rest in (tail := other[len(head) :]) and not tail.startswith(rest)
        ]
        if len(longer) == 1 and longer[0] not in out:
            out[k] = longer[0]
    return out


def _place_key(rest: str) -> bool:
    """Does the remainder of a body key start with a place (a province, a town, «استان»)?"""
    return any(rest.startswith(p) for p in _place_keys())


@lru_cache(maxsize=1)
def _place_keys() -> tuple[str, ...]:
    return tuple(sorted({key(p) for p in places()} | {key(w) for w in _PLACE_WORDS}, key=len, reverse=True))
