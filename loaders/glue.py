"""Repair words glued together when a ZWNJ or a space was lost.

Real agency copy often arrives with every ZWNJ stripped: «تأمیناجتماعی», «بیمهشده»,
«زدهاند», «هزینهها», «میتوان», «اظهارداشت». hazm's Normalizer fixes few of these, so the
repair here is driven by hazm's lexicon and verb stems: a token that is not a word is
split where its parts are, in this order of trust:

1. a lexicon entry written with a ZWNJ whose letters match (بیمهشده → بیمه‌شده);
2. a verb: «می»/«نمی» + a verb form, a participle + «اند»/«ام»/… (زدهاند → زده‌اند);
3. a suffix on a known stem: ها، های، هایی، ای، تر، ترین (هزینهها → هزینه‌ها);
4. two known words (تأمیناجتماعی → تأمین‌اجتماعی; with a space before a light verb
   or after «به»: اظهارداشت → اظهار داشت).

Frequent words and names are never split (تنها stays تنها).

>>> repair_token("هزینهها")
'هزینه\u200cها'
>>> repair_token("تنها") is None
True
"""

from __future__ import annotations

import importlib.util
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .normalize import LETTER, ZWNJ
from .offsets import MappedText

# Suffixes that take a ZWNJ after their stem (comment: why each is safe to split).
_SUFFIXES = (
    "هایی",  # plural + indefinite
    "هایم",
    "هایت",
    "هایش",  # plural + possessive
    "های",  # plural + ezafe
    "ها",  # plural
    "ترین",  # superlative
    "تر",  # comparative
)
# Endings that follow a past participle in perfect tenses (زده‌اند، کرده‌ایم …).
_PERFECT = ("اند", "ایم", "اید", "ام", "ای", "است")
# Personal endings of present and past verb forms, longest first.
_ENDINGS = ("یم", "ید", "ند", "م", "ی", "د", "")
# Light verbs: a noun glued to one of these is a compound verb written without its space.
_LIGHT_VERBS = frozenset(
    "داشت داشتند دارد دارند کرد کردند کند کنند کرده نمود نمودند نماید شد شدند شود شوند "
    "گردید گردیدند گردد داد دادند دهد دهند گرفت گرفتند گیرد".split()
)
# Words that head a post: written apart from the name before them and the body after them
# («علیرضا مهاجرمعاون زراعت» → «مهاجر معاون», «وزیرکشاورزی» → «وزیر کشاورزی»).
POSTS = frozenset(
    "معاون مدیرعامل مدیرکل وزیر رئیس رییس سخنگوی استاندار فرماندار دبیرکل سرپرست نماینده "
    "شهردار دادستان فرمانده".split()
)
# Short first parts that are written apart from what follows (به‌صورت → به صورت).
_APART = frozenset({"به", "از", "در", "با", "بر", "تا", "که", "را", "و"})
# Endings that make a word from a known stem without any ZWNJ, so a token ending in one
# is not glue: plurals ان/ات/گان, adjectival ی/یی, copula and possessive endings.
_DERIVATIONS = (
    ("گان", "ه"),
    ("یان", ""),
    ("ان", ""),
    ("ات", ""),
    ("یی", ""),
    ("ی", ""),
    ("یم", ""),
    ("ید", ""),
    ("ند", ""),
    ("مان", ""),
    ("تان", ""),
    ("شان", ""),
    ("م", ""),
    ("ت", ""),
    ("ش", ""),
)
# Verb prefixes written without a ZWNJ: subjunctive, negative, and preverbs.
_VERB_PREFIXES = ("", "ب", "ن", "بر", "در", "فرا", "باز", "وا", "برن", "درن")

_TOKEN = re.compile(f"(?<![{LETTER}{ZWNJ}])[{LETTER}]{{4,}}(?![{LETTER}{ZWNJ}])")
_FREQUENT = 1000  # a lexicon word seen this often is trusted as written
_COMMON = 100_000  # a noun seen this often, glued after «در», is the noun («درنشست», «درجلسه»)


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, int]  # word → frequency in hazm's corpus (0 = listed, not counted)
    zwnj_forms: dict[str, str]  # letters only → the entry written with ZWNJ
    present: frozenset[str]  # present stems (کن، زن، توان …)
    past: frozenset[str]  # past stems (کرد، زد، توانست …)
    names: frozenset[str]  # given names and surnames never split
    places: frozenset[str] = frozenset()  # words of province and town names: words of their own
    nouns: frozenset[str] = frozenset()  # common nouns (seen at least _COMMON times) that are no verb stem


def hazm_lines(name: str) -> list[str]:
    """The stripped lines of one of hazm's word lists (``words.dat``, ``verbs.dat``,
    ``stopwords.dat``), read from its package without importing hazm: the import alone
    took 0.46 s, longer than reading the lists, in every process that extracts."""
    spec = importlib.util.find_spec("hazm")
    folders = (spec.submodule_search_locations or []) if spec else []
    path = next((p for f in folders if (p := Path(f) / "data" / name).is_file()), None)
    if path is None:
        import hazm.utils  # a hazm that keeps its lists elsewhere knows where

        path = Path(getattr(hazm.utils, "default_" + name.removesuffix(".dat")))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load hazm's word list and verb stems once per process (about 0.2 s)."""
    words, nouns = {}, set()
    for line in hazm_lines("words.dat"):
        fields = line.split("\t")
        if len(fields) == 3:  # word, frequency, parts of speech (as hazm's words_list reads it)
            words[fields[0]] = int(fields[1])
            if words[fields[0]] >= _COMMON and "N" in fields[2].split(","):
                nouns.add(fields[0])
    zwnj = {w.replace(ZWNJ, ""): w for w in words if ZWNJ in w}
    past, present = set(), set()
    for line in hazm_lines("verbs.dat"):
        past_stem, _, present_stem = line.partition("#")
        past.add(past_stem)
        present.add(present_stem)
    past.discard("")
    present.discard("")
    names = resources.files(__package__).joinpath("lexicon", "names.txt").read_text("utf-8")
    name_set = {n.strip() for n in names.splitlines() if n.strip() and not n.startswith("#")}
    name_set |= {n[:-4] + "اله" for n in name_set if n.endswith("الله")}  # «روح‌اله», «عبداله»
    # the words of province and town names are words too («برقکهگیلویه» → «برق کهگیلویه»)
    text = resources.files(__package__).joinpath("lexicon", "places.txt").read_text("utf-8")
    places = {w for line in text.splitlines() if not line.startswith("#") for w in line.split() if len(w) > 2}
    sets = (present, past, name_set, places, nouns)
    return Lexicon(words, zwnj, *(frozenset(s) for s in sets))


def repair(mapped: MappedText) -> None:
    """Repair every glued token of ``mapped`` in place, keeping offsets."""
    changes = []
    for match in _TOKEN.finditer(mapped.text):
        fixed = repair_token(match.group(0))
        if fixed:
            changes.append((match.start(), match.end(), fixed))
    mapped.replace(changes)


_METRIC_PREFIXES = frozenset({"میلی", "سانتی", "دسی", "میکرو", "نانو", "کیلو"})


@lru_cache(maxsize=200_000)
def repair_token(token: str) -> str | None:
    """The repaired spelling of one token, or None when it is fine as it is."""
    lex = lexicon()
    if token in lex.names or token in lex.places or lex.words.get(token, 0) >= _FREQUENT:
        return None
    if token.endswith("متر") and token[:-3] in _METRIC_PREFIXES:
        return None  # «میلیمتر» is a unit, not «میلیم» with a comparative «تر»
    if token not in lex.words and token in lex.zwnj_forms:
        return lex.zwnj_forms[token]
    if repaired := _verb(token, lex):
        return repaired
    rest = token[2:]
    if token.startswith("در") and rest in lex.nouns and len(rest) > 2 and not _known(token, lex):
        return "در " + rest  # «رستمی درنشست خبری»: the preposition before a common noun, not a preverb
    if _verb_form(token, lex):
        return None
    if repaired := _suffix(token, lex):
        return repaired
    if _known(token, lex):
        return None
    if token.startswith("هم") and _known(token[2:], lex):
        return "هم" + ZWNJ + token[2:]  # هم‌افزایی، هم‌زمان
    return _compound(token, lex)


def _known(word: str, lex: Lexicon) -> bool:
    """A word as written: in the lexicon, or a known stem with a derivational ending."""
    if word in lex.words or word in lex.names or word in lex.places:
        return True
    for ending, restore in _DERIVATIONS:
        stem = word[: -len(ending)] + restore if word.endswith(ending) else ""
        if len(stem) >= 2 and stem in lex.words:
            return True
    return False


def _verb_body(body: str, lex: Lexicon) -> bool:
    """Is ``body`` a present or past stem with a personal ending (glide ی allowed)?"""
    for ending in _ENDINGS:
        if ending and not body.endswith(ending):
            continue
        stem = body[: len(body) - len(ending)]
        if stem in lex.present or stem in lex.past:
            return True
        if stem.endswith("ی") and stem[:-1] in lex.present:  # گوید، آید
            return True
    return False


def _verb_form(token: str, lex: Lexicon) -> bool:
    """A verb form that needs no ZWNJ: بتواند، برداشتند، باشیم، برشمرد."""
    return any(
        token.startswith(prefix) and _verb_body(token[len(prefix) :], lex) for prefix in _VERB_PREFIXES
    )


def _past_stem(stem: str, lex: Lexicon) -> bool:
    """A past stem, with a preverb or negation allowed (برشمرد، نکرد)."""
    return any(stem.startswith(p) and stem[len(p) :] in lex.past for p in _VERB_PREFIXES)


def _verb(token: str, lex: Lexicon) -> str | None:
    for prefix in ("نمی", "می"):
        body = token[len(prefix) :]
        if token.startswith(prefix) and len(body) >= 2 and _verb_body(body, lex):
            return prefix + ZWNJ + body
    for ending in _PERFECT:
        participle = token[: -len(ending)]
        if token.endswith(ending) and participle.endswith("ه") and _past_stem(participle[:-1], lex):
            return participle + ZWNJ + ending
    return None


def _suffix(token: str, lex: Lexicon) -> str | None:
    if token.endswith("های") and _prefers_ezafe_ye(token[:-2], lex):
        return token[:-2] + ZWNJ + "ای"  # بیمه‌ای (not بیم‌های)
    for plural in ("های", "ها"):  # سد‌های (dams), not سده‌ای; سد‌ها
        if token.endswith(plural) and len(token) == 2 + len(plural) and _prefers_plural(token[:2], lex):
            return token[:2] + ZWNJ + plural
    for suffix in _SUFFIXES:
        stem = token[: -len(suffix)]
        if token.endswith(suffix) and len(stem) >= 3 and _known(stem, lex):
            return stem + ZWNJ + suffix
    if token.endswith("ای") and len(token) >= 5 and token[:-2].endswith("ه") and _known(token[:-2], lex):
        return token[:-2] + ZWNJ + "ای"  # خانه‌ای (not «به‌ای» of «بهای», the price of)
    return None


def _prefers_ezafe_ye(stem: str, lex: Lexicon) -> bool:
    """«Xهای» reads as X+ه‌ای when Xه is the commoner word (بیمه over بیم)."""
    return len(stem) >= 3 and lex.words.get(stem, 0) > lex.words.get(stem[:-1], 0)


def _prefers_plural(stem: str, lex: Lexicon) -> bool:
    """«Xها», «Xهای» with a two-letter X read as a plural of X when X is the commoner word
    (سد over سده); a pronoun takes none («منهای», minus; «آنها» is a word)."""
    if stem in ("من", "ما", "او", "تو", "آن"):
        return False
    return lex.words.get(stem, 0) > lex.words.get(stem + "ه", 0)


_LIGHT_WEIGHT = math.log(10**7) + 3  # a light verb after a noun weighs as a common word («دستگیرشد»)


def _weight(part: str, lex: Lexicon) -> float:
    """How much a part of a split is trusted: lexicon entries over derived forms."""
    if lex.words.get(part, 0) > 0:
        return math.log(lex.words[part] + 2) + 3
    for ending, restore in _DERIVATIONS:
        stem = part[: -len(ending)] + restore if part.endswith(ending) else ""
        if lex.words.get(stem, 0) > 0:
            return math.log(lex.words[stem] + 2)
    return 0.5


# What a name may be built on: the Arabic article («الخلیل», «الهاشمی»), «آقا», «پور», «حاجی»
# before a given name («آقامحمدی», «پورابراهیمی»), and the endings of surnames after one
# («مرادنیا», «حسن‌زاده»)
_NAME_HEADS = ("ال", "آقا", "پور", "حاجی")
_SURNAME_TAILS = ("نیا", "پور", "زاده", "فر", "راد", "نژاد", "وند", "لو", "کیا", "منش")


def _a_name(token: str, lex: Lexicon) -> bool:
    """A name glued to what builds it, which no split makes better."""

    def given(rest: str) -> bool:
        return rest in lex.names or (len(rest) >= 4 and rest.endswith("ی") and rest[:-1] in lex.names)

    return any(token.startswith(head) and given(token[len(head) :]) for head in _NAME_HEADS) or any(
        token.endswith(tail) and token[: -len(tail)] in lex.names for tail in _SURNAME_TAILS
    )


def _compound(token: str, lex: Lexicon) -> str | None:
    """Best split into two known words, or None (never a name: see _a_name)."""
    if _a_name(token, lex):
        return None
    best: tuple[float, str] | None = None
    for i in range(2, len(token) - 1):
        left, right = token[:i], token[i:]
        # a noun glued to a light verb («اعلامکرد», «تصریحکرد»): the verb is no lexicon word
        if not (_known(left, lex) and (_known(right, lex) or right in _LIGHT_VERBS)):
            continue
        light = right in _LIGHT_VERBS and len(left) >= 3
        if min(len(left), len(right)) < 3 and left not in _APART and not light:
            continue
        weight = _LIGHT_WEIGHT if light else _weight(right, lex)
        score = _weight(left, lex) + weight + min(len(left), len(right))
        if best is None or score > best[0]:
            apart = (
                left in _APART or right in _LIGHT_VERBS or left in POSTS or right in POSTS
                or left in lex.places or right in lex.places  # a place's name is a word of its own
            )
            joiner = " " if apart else ZWNJ
            best = (score, left + joiner + right)
    return best[1] if best else None
