"""Reported speech: cues, speakers, the spans statements cover, and the source chain.

Works on normalised text; spans are into that text (the pipeline maps them to raw).

>>> text = "به گزارش ایرنا به نقل از روابط عمومی وزارت نفت، علی رضایی معاون وزیر گفت: تولید ۳ درصد رشد کرد."
>>> chain = source_chain(text)
>>> chain.outlet, chain.via
('ایرنا', 'روابط عمومی وزارت نفت')
>>> [(s.cue.verb, s.speaker.name) for s in find_statements(text)]
[('گفت', 'علی رضایی')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from .normalize import LETTER, ZWNJ
from .people import ORG_HEADS, PRONOUNS, TITLES, Mention, Registry, find_person, given_names, tokens
from .segment import Span, paragraphs, sentences

_SEP = f"[ {ZWNJ}]?"
_B = f"(?<![{LETTER}{ZWNJ}])"  # a word starts here
_E = f"(?![{LETTER}{ZWNJ}])"  # a word ends here

# Reporting verbs: (pattern over normalised text, the verb as stored).
_CUE_TABLE: list[tuple[str, str]] = [
    (f"اظهار{_SEP}(?:داشت|داشتند|کرد|کردند)", "اظهار داشت"),
    (f"(?<!به )عنوان{_SEP}(?:کرد|کردند|داشت)", "عنوان کرد"),
    (f"تصریح{_SEP}(?:کرد|کردند|نمود)", "تصریح کرد"),
    (f"اعلام{_SEP}(?:کرد|کردند|داشت|نمود)", "اعلام کرد"),
    (f"ت[اأ]کید{_SEP}(?:کرد|کردند|نمود|داشت)", "تأکید کرد"),
    (f"خاطر{_SEP}نشان{_SEP}(?:کرد|کردند|ساخت)", "خاطرنشان کرد"),
    (f"یادآور{_SEP}(?:شد|شدند)|یادآوری{_SEP}کرد", "یادآور شد"),
    (f"متذکر{_SEP}(?:شد|شدند)", "متذکر شد"),
    (f"ادامه{_SEP}داد", "ادامه داد"),
    (f"بیان{_SEP}(?:کرد|داشت|نمود)", "بیان کرد"),
    (f"توضیح{_SEP}داد", "توضیح داد"),
    (f"اضافه{_SEP}کرد", "اضافه کرد"),
    (f"خبر{_SEP}داد", "خبر داد"),
    (f"(?:ابراز|اذعان){_SEP}(?:کرد|داشت)", "ابراز کرد"),
    ("برشمرد(?:ند)?", "برشمرد"),
    ("افزود(?:ند)?", "افزود"),
    (f"گفت(?:ند)?|گفته{_SEP}است|می{ZWNJ}گوید", "گفت"),
    ("دانست(?:ند)?", "دانست"),
    (f"خواستار(?=[^.؟!\\n]{{0,160}}?{_B}(?:شد|شدند){_E})", "خواستار شد"),
]
# The first letters of every cue above: a plain alternation Python's regex engine scans fast.
_CUE_HINT = re.compile(
    "اظهار|عنوان|تصریح|اعلام|تاکید|تأکید|خاطر|یادآور|متذکر|ادامه|بیان|توضیح|اضافه|خبر|ابراز|"
    "اذعان|برشمرد|افزود|گفت|می" + ZWNJ + "گوید|دانست|خواستار"
)
_CUES = re.compile("|".join(f"{_B}(?P<c{i}>{p}){_E}" for i, (p, _) in enumerate(_CUE_TABLE)))
_ACCORDING = re.compile(f"{_B}به{_SEP}گفته{_E}")
# Openers that are not the speaker: the source line, connectives, time and place adverbs.
_LEAD_IN = re.compile(
    r"^(?:(?:به\s*گزارش[^،,:]*[،,:]\s*)|(?:[^\s،:]{2,20}(?:\s[^\s،:]{2,20})?:\s+)"
    r"|(?:در این (?:نشست|دیدار|مراسم|جلسه|همایش|بازدید)\s+)|(?:همچنین|سپس|در ادامه|ضمنا|ضمناً)[،\s]+)+"
)
_OUTLET_PREFIX = re.compile(r"^(?:خبرنگار(?:\s+\S+)?\s+)?(?:خبرگزاری|پایگاه خبری|روزنامه)?\s*")
_SOURCE = re.compile(
    f"{_B}به{_SEP}گزارش\\s+(?P<outlet>[^،,:.\\n]+?)"
    r"(?:\s+(?:به\s+نقل\s+از|از)\s+(?P<via>[^،,:.\n]+?))?\s*[،,:]"
)


# Words that make «به نقل از X» an office or agency rather than a place.
_OFFICE_WORDS = frozenset({"روابط", "روابط‌عمومی", "عمومی", "پایگاه", "اطلاع‌رسانی", "گمرک", "مرکز"})


@dataclass(frozen=True, slots=True)
class SourceChain:
    outlet: str | None
    via: str | None


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    verb: str


@dataclass(frozen=True, slots=True)
class FoundStatement:
    """A statement in normalised-text coordinates."""

    start: int
    end: int
    cue: Cue
    mention: Mention  # as the sentence names the speaker
    speaker: Mention | None  # resolved to a named person where possible


def source_chain(text: str) -> SourceChain:
    """Outlet and quoted office from the first «به گزارش … (به نقل از) …» of the text."""
    match = _SOURCE.search(text)
    if not match:
        return SourceChain(None, None)
    outlet = _OUTLET_PREFIX.sub("", match.group("outlet")).strip() or None
    via = match.group("via")
    if via and not any(word in ORG_HEADS or word in _OFFICE_WORDS for word in via.split()):
        via = None  # «از تهران» is a place, not a source
    if via:
        via += _name_continues(text, match.end() - 1)
    return SourceChain(outlet, via.strip() if via else None)


def _name_continues(text: str, comma: int) -> str:
    """«وزارت تعاون، کار و رفاه اجتماعی،»: a short «X و Y» between commas is still the name."""
    tail = re.match(r"[،,]\s*([^،,:.\n]{2,40}?)\s*[،,]", text[comma:])
    if tail and " و " in tail.group(1) and len(tail.group(1).split()) <= 5:
        return "، " + tail.group(1)
    return ""


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Reporting verbs in ``text[start:end]``, left to right."""
    starts, cues = _all_cues(text)
    end = len(text) if end is None else end
    return [c for c in cues[bisect_left(starts, start) : bisect_left(starts, end)] if c.end <= end]


@lru_cache(maxsize=2)
def _all_cues(text: str) -> tuple[list[int], list[Cue]]:
    """Every reporting verb of a text, found in one pass (sentences then take their share)."""
    cues = []
    for hint in _CUE_HINT.finditer(text):  # a cheap search for the words cues start with
        match = _CUES.match(text, hint.start())
        if match and (not cues or match.start() >= cues[-1].end):
            index = int(match.lastgroup[1:])  # type: ignore[index]
            cues.append(Cue(match.start(), match.end(), _CUE_TABLE[index][1]))
    return [c.start for c in cues], cues


def find_statements(text: str, *, via: str | None = None) -> list[FoundStatement]:
    """Statements of a report, with speakers resolved within the report."""
    registry = Registry()
    raw: list[tuple[Span, Cue, Mention]] = []
    for sentence in sentences(text):
        registry_scan(text, sentence, registry)
        for cue, mention in _sentence_cues(text, sentence):
            registry.add(mention)
            raw.append((sentence, cue, mention))
    found = _resolve(raw, registry, via)
    return _with_extents(text, found)


def registry_scan(text: str, sentence: Span, registry: Registry) -> None:
    """Register every named person of a sentence (with the role beside the name)."""
    openers = given_names() | TITLES
    for start, _, word in tokens(text, *sentence):
        if word not in openers:
            continue  # a name starts with a given name or a title; skip the rest cheaply
        mention = find_person(text, start, sentence[1])
        if mention and mention.name and mention.start == start:
            registry.add(mention)


def _sentence_cues(text: str, sentence: Span) -> list[tuple[Cue, Mention]]:
    """Cues of one sentence with the speaker mention before each; «و گفت» joins the first."""
    out: list[tuple[Cue, Mention]] = []
    zone_start = sentence[0]
    for cue in find_cues(text, *sentence):
        if out and _joined(text, out[-1][0], cue):
            continue
        mention = _subject(text, zone_start, cue.start)
        if mention:
            out.append((cue, mention))
            zone_start = _quote_end(text, cue, sentence)
    for match in _ACCORDING.finditer(text, *sentence):
        mention = find_person(text, match.end(), sentence[1])
        if mention:
            out.append((Cue(match.start(), match.end(), "به گفته"), mention))
    return sorted(out, key=lambda pair: pair[0].start)


def _joined(text: str, previous: Cue, cue: Cue) -> bool:
    """«… برشمرد و گفت:» is one statement."""
    between = text[previous.end : cue.start]
    return len(between) < 40 and re.fullmatch(r"\s*و\s+(?:[^\s:]+\s+){0,3}", between) is not None


def _quote_end(text: str, cue: Cue, sentence: Span) -> int:
    """A later cue's subject cannot start inside this cue's direct quote."""
    return sentence[1] if text[cue.end : cue.end + 2].lstrip().startswith(":") else cue.end


def _subject(text: str, start: int, end: int) -> Mention | None:
    """The speaker mention of the words before a cue: the first name, pronoun or role."""
    zone = text[start:end]
    lead = _LEAD_IN.match(zone)
    offset = start + (lead.end() if lead else 0)
    for tok_start, _, word in tokens(text, offset, end):
        if not word[0].isalpha() or _after_preposition(text, offset, tok_start):
            continue
        mention = find_person(text, tok_start, end, loose=_clause_start(text, offset, tok_start))
        if mention and mention.start == tok_start:
            return mention
        if word in PRONOUNS:
            return Mention(tok_start, tok_start + len(word), None, pronoun=True)
        if tok_start - offset > 120:
            break
    return _bare_subject(text, offset, end)


def _clause_start(text: str, zone_start: int, pos: int) -> bool:
    """The word at ``pos`` opens the subject zone or follows a comma."""
    return pos == zone_start or text[zone_start:pos].rstrip().endswith(("،", ","))


def _after_preposition(text: str, zone_start: int, pos: int) -> bool:
    """A name after «با»/«از»/«به»/«و» is an object, not the speaker («دیدار با …»)."""
    before = text[max(zone_start, pos - 4) : pos].split()
    return bool(before) and before[-1] in {"با", "از", "به", "و", "برای", "توسط"}


def _bare_subject(text: str, start: int, end: int) -> Mention | None:
    """A surname alone opening the zone («موسوی با اشاره به …»), kept for the registry."""
    toks = tokens(text, start, end)
    if toks and toks[0][2][0] not in "،,:«" and len(toks[0][2]) > 2:
        return Mention(toks[0][0], toks[0][1], toks[0][2])
    return None


def _resolve(
    raw: list[tuple[Span, Cue, Mention]], registry: Registry, via: str | None
) -> list[FoundStatement]:
    """Turn mentions into speakers: surnames, pronouns and roles point to named people."""
    named = [m for _, _, m in raw if m.name and registry.people.get(_key(m.name))]
    only = named[0] if len({_key(m.name) for m in named if m.name}) == 1 else None
    out: list[FoundStatement] = []
    last: Mention | None = None
    for sentence, cue, mention in raw:
        speaker = _speaker(mention, registry, last, only, via)
        out.append(FoundStatement(sentence[0], sentence[1], cue, mention, speaker))
        last = speaker or last
    return out


def _speaker(
    mention: Mention, registry: Registry, last: Mention | None, only: Mention | None, via: str | None
) -> Mention | None:
    if mention.pronoun:
        return last
    if mention.name:
        known = registry.people.get(_key(mention.name)) or registry.by_surname(mention.name.split()[-1])
        if known:
            return known
        return mention if len(mention.name.split()) >= 2 else None
    if mention.role and (mention.organisation or "").startswith("این "):
        return last  # «رئیس این سازمان»: the organisation was named before, so was its head
    if mention.role:
        person = registry.by_role(mention.role, mention.organisation)
        if person:
            return person
        if only and _same_org(mention.organisation, only.organisation or via):
            return Mention(only.start, only.end, only.name, mention.role, mention.organisation)
        return mention
    return None


def _same_org(role_org: str | None, other: str | None) -> bool:
    from .normalize import key

    if not role_org or not other:
        return True
    return key(role_org) in key(other) or key(other) in key(role_org)


def _key(name: str) -> str:
    from .normalize import key

    return key(name)


def _with_extents(text: str, found: list[FoundStatement]) -> list[FoundStatement]:
    """Each statement covers its sentence up to the next statement or its paragraph's end."""
    ends = [end for _, end in paragraphs(text)]
    out = []
    for i, st in enumerate(found):
        para_end = next((e for e in ends if e >= st.cue.end), len(text))
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        end = min(para_end, max(nxt, st.cue.end)) if nxt > st.start else para_end
        out.append(FoundStatement(st.start, end, st.cue, st.mention, st.speaker))
    return out
