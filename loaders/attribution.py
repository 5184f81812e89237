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

from .identity import places
from .normalize import DIGIT, LETTER, ZWNJ
from .people import (
    DAY_WORDS,
    ORG_HEADS,
    PRONOUNS,
    STOP,
    TITLES,
    Mention,
    Registry,
    find_person,
    is_given_name,
    name_starts,
    organisation_at,
    tokens,
)
from .segment import Span, paragraphs, sentences
from .speakers import resolve

_SEP = f"[ {ZWNJ}]?"
_B = f"(?<![{LETTER}{ZWNJ}])"  # a word starts here
_E = f"(?![{LETTER}{ZWNJ}])"  # a word ends here

_NOT_MODAL = "".join(f"(?<!{w} )" for w in ("توان", "باید", "نباید", "شود", "بشود"))
# Words of a reporting verb: not part of an interviewer's name («در گفت‌وگو با ایلنا اظهار داشت:»).
_GATHERING = "(?:دیدار|نشست|جلسه|مراسم|آیین|همایش|بازدید|حاشیه|جمع)"  # «در دیدار …: » opens a quote
_VERB_WORDS = "(?:اظهار|گفت|افزود|کرد|داشت|بیان|تصریح|اعلام|تاکید|تأکید|خاطرنشان|عنوان|ادامه|توضیح)"

# Reporting verbs: (pattern over normalised text, the verb as stored).
DECIDED = "موافقت کرد"  # the cue of a body that decides a figure: a deed as well as a word
# «… توضیح داده است», «… افزوده است»: the same verbs in the perfect the press also writes (with
# «است»: a bare «افزوده» is «added», «تاکید کرده‌اند» someone else's word in an aside)
_PERFECT = f"(?:ه{_SEP}است)?"
_CUE_TABLE: list[tuple[str, str]] = [
    (f"اظهار{_SEP}(?:داشت|داشتند|کرد|کردند){_PERFECT}", "اظهار داشت"),
    (f"(?<!به )عنوان{_SEP}(?:کرد|کردند|داشت){_PERFECT}", "عنوان کرد"),
    (f"تصریح{_SEP}(?:کرد|کردند|نمود){_PERFECT}", "تصریح کرد"),
    # «… مراتب ذیل را اعلام می‌دارد:»: a body's notice in the present
    (f"اعلام{_SEP}(?:کرد|کردند|داشت|نمود|کرده{_SEP}است|کرده|می{_SEP}(?:دارد|دارند))", "اعلام کرد"),
    (f"ت[اأ]کید{_SEP}(?:کرد|کردند|نمود|داشت){_PERFECT}", "تأکید کرد"),
    (f"خاطر{_SEP}نشان{_SEP}(?:کرد|کردند|ساخت)", "خاطرنشان کرد"),
    (f"یادآور{_SEP}(?:شد|شدند)|یادآوری{_SEP}کرد", "یادآور شد"),
    (f"متذکر{_SEP}(?:شد|شدند)", "متذکر شد"),
    (f"ادامه{_SEP}داد", "ادامه داد"),
    (f"بیان{_SEP}(?:کرد|داشت|نمود){_PERFECT}", "بیان کرد"),
    (f"توضیح{_SEP}داد{_PERFECT}", "توضیح داد"),
    (f"اضافه{_SEP}کرد", "اضافه کرد"),
    (f"یاد{_SEP}(?:کرد|کردند|نمود)", "یاد کرد"),  # «از جمعیت ۹ میلیون دانش‌آموز … یاد کرد»
    (f"خبر{_SEP}(?:داد|دادند|داده{_SEP}(?:است|بود))", "خبر داد"),
    # «… اطلاعیه‌ای به شرح ذیل صادر کرد.» then its points; «در اطلاعیه صندوق … آمده است: …»
    (
        f"(?:اطلاعیه|بیانیه){_SEP}ای{_SEP}به{_SEP}شرح{_SEP}(?:ذیل|زیر){_SEP}صادر{_SEP}(?:کرد|کردند|نمود)",
        "صادر کرد",
    ),
    (f"آمده{_SEP}است(?={_SEP}?:)", "آمده است"),
    # «متن اطلاعیه شماره ۴ جمعیت هلال‌احمر به شرح زیر است:» then its numbered points
    (f"به{_SEP}شرح{_SEP}(?:زیر|ذیل){_SEP}(?:است|می{ZWNJ}?باشد)(?={_SEP}?:)", "صادر کرد"),
    (f"پیش{_SEP}بینی{_SEP}(?:کرد|کردند|کرده{_SEP}است)", "پیش‌بینی کرد"),
    (f"(?:ابراز|اذعان){_SEP}(?:کرد|داشت)", "ابراز کرد"),
    (f"ابراز{_SEP}(?:امیدواری|نگرانی|تاسف|تأسف|خرسندی|خوشحالی){_SEP}(?:کرد|کردند|نمود)", "ابراز کرد"),
    (f"اشاره{_SEP}(?:کرد|کردند|نمود|داشت)", "اشاره کرد"),  # «به این نکته اشاره کرد که …»
    (f"معتقد{_SEP}(?:است|هستند|بود)", "معتقد است"),
    (f"مدعی{_SEP}(?:شد|شده|است|شدند|بود)", "مدعی شد"),  # «بابک زنجانی مدعی شده که …»
    # a council or a house that decides a figure («شورای عالی کار با افزایش حداقل حقوق … به میزان
    # ۴۵ درصد … موافقت کرد», «مجلس … را تصویب کرد») is its source
    (f"(?:موافقت|تصویب){_SEP}(?:کرد|کردند|نمود)|مورد{_SEP}تصویب{_SEP}قرار{_SEP}(?:داد|دادند)", DECIDED),
    ("برشمرد(?:ند)?", "برشمرد"),
    (f"افزود(?:ند)?{_PERFECT}", "افزود"),
    # not «گفت و گو», nor what one may say («می‌توان گفت که …», «باید گفت»): no one new speaks
    (f"{_NOT_MODAL}گفت(?:ند)?(?!{_SEP}و{_SEP}گو)|گفته{_SEP}(?:است|بود)|می{ZWNJ}گوید", "گفت"),
    # «زاکانی، شهردار تهران در گفت‌وگو با مهر: …»: an interview's quote opens with a colon
    (f"گفت{_SEP}و{_SEP}گو{_SEP}با(?:[ {ZWNJ}](?!{_VERB_WORDS})[^\\s:،.؛{ZWNJ}]+){{1,4}}(?={_SEP}:)", "گفت"),
    # «عین‌اللهی، وزیر بهداشت در دیدار مدیران موسسه کخ و سفیر آلمان در تهران: …»: likewise a
    # meeting's or a visit's
    (
        f"در{_SEP}{_GATHERING}"
        # one word after each space (a word is never split: an optional separator here would
        # try every way of cutting the words before giving up)
        f"(?:[ {ZWNJ}](?!{_VERB_WORDS})[^\\s:،.؛0-9۰-۹{ZWNJ}]+){{1,10}}(?={_SEP}:)",
        "گفت",
    ),
    (f"نوشت(?:ند)?|نوشته{_SEP}است|می{ZWNJ}نویسد", "نوشت"),  # the press: «نیویورک تایمز نوشت»
    (f"هشدار{_SEP}(?:داد|دادند|داده{_SEP}است)", "هشدار داد"),
    (f"می{ZWNJ}افزاید|افزوده{_SEP}است", "افزود"),
    (f"گزارش{_SEP}(?:داد|دادند|داده{_SEP}است)", "گزارش داد"),
    (f"(?<!را ){_B}خواست(?:ند)?(?={_SEP}(?:تا|که){_E})", "خواستار شد"),  # «از مسافران خواست تا …»
    ("دانست(?:ند)?", "دانست"),
    (f"خواستار(?=[^.؟!\\n]{{0,160}}?{_B}(?:شد|شدند){_E})", "خواستار شد"),
]
# The first letters of every cue above: a plain alternation Python's regex engine scans fast.
_CUE_HINT = re.compile(
    "به شرح|اظهار|عنوان|تصریح|اعلام|اطلاعیه|بیانیه|آمده|تاکید|تأکید|خاطر|یاد|متذکر|ادامه|بیان|توضیح|اضافه|"
    "خبر|ابراز|اذعان|برشمرد|افزود|گفت|پیش|می" + ZWNJ + "گوید|دانست|خواست|نوشت|می" + ZWNJ + "نویسد|هشدار|"
    "می" + ZWNJ + "افزاید|گزارش|اشاره|معتقد|مدعی|موافقت|تصویب|مورد|در(?=" + _SEP + _GATHERING + ")"
)
_CUES = re.compile("|".join(f"{_B}(?P<c{i}>{p}){_E}" for i, (p, _) in enumerate(_CUE_TABLE)))
# «به گفته X», «به نوشته X», «به اعلام X», «بر اساس اعلام X»: X said it
_ACCORDING = re.compile(
    f"{_B}(?:به{_SEP}(?:گفته|نوشته)(?:{ZWNJ}?ی|ٔ)?|به{_SEP}اعلام|(?:بر{_SEP}اساس|طبق|بنا{_SEP}بر){_SEP}(?:اعلام|گزارش))"
    f"{_E}"
)  # «به گفته‌ی او» too
# «بر اساس همین گزارش، …», «طبق این آمار …»: the report just quoted goes on
_THE_SAME_REPORT = re.compile(
    f"{_B}(?:بر{_SEP}اساس|طبق|بنا{_SEP}بر){_SEP}(?:همین|این|همان){_SEP}(?:گزارش|آمار|اعلام|اطلاعیه){_E}"
)
# Openers that are not the speaker: the source line, connectives, time and place adverbs.
_LEAD_IN = re.compile(
    # a dateline before the source line («۱۴۰۴/۰۶/۰۶ - ۱۲:۳۰», «date 2025-08-28»), the source line
    r"^(?:(?:\s*(?:date\s+)?[0-9۰-۹]{1,4}[/-][0-9۰-۹]{1,2}[/-][0-9۰-۹]{1,4}(?:\s*[-–]?\s*[0-9۰-۹]{1,2}:[0-9۰-۹]{2})?\s)|(?:به\s*گزارش[^،,:؛]*[،,:؛]\s*)"
    r"|(?:(?:(?:باشگاه|خبرگزاری|پایگاه|روزنامه)\s[^\s،:]{2,20}\s|[^\s،:]{2,20}\s)?[^\s،:]{2,20}"
    r"\s*(?::|\s?[-–](?=\s))\s*)"  # «خبرگزاری فارس- …», «باشگاه خبرنگاران جوان - …»
    r"|(?:(?:در\s+)?(?:ادامه\s+)?(?:این|آن)\s+(?:نشست|دیدار|مراسم|جلسه|همایش|بازدید|گفت‌وگو|آیین|برنامه)[،\s]+)"
    r"|(?:همچنین|سپس|در ادامه|ضمنا|ضمناً|اما|ولی)[،\s]+"
    # «متن اطلاعیه شماره ۴ جمعیت هلال‌احمر …»: the notice, before the body that gives it
    r"|(?:متن\s+)?(?:اطلاعیه|بیانیه)(?:\s+شماره\s+[0-9۰-۹]+)?\s+(?=\S)"
    # «هفته گذشته نیز مرکز آمار … خبر داده بود»: when, before who
    r"|(?:(?:هفته|ماه|سال)\s+(?:گذشته|قبل|پیش)|امروز|دیروز|اخیرا|اخیراً)(?:\s+(?:نیز|هم))?[،\s]+)+"
)
_OUTLET_PREFIX = re.compile(r"^(?:خبرنگار(?:\s+\S+)?\s+)?(?:خبرگزاری|پایگاه خبری|روزنامه)?\s*")
_SOURCE = re.compile(
    f"{_B}به{_SEP}گزارش\\s+(?P<outlet>[^،,:؛.\\n]+?)"
    r"(?:\s+(?:به\s+نقل\s+از|از)\s+(?P<via>[^،,:؛.\n]+?))?\s*[،,:؛]"
)


# «روابط عمومی X», «اداره کل روابط عمومی X», «مرکز روابط عمومی و اطلاع‌رسانی X»: X's press office
_PRESS_OFFICE = re.compile(
    f"(?P<office>(?:(?:اداره(?:{_SEP}کل)?|مرکز|دفتر){_SEP})?روابط{_SEP}عمومی(?:{_SEP}و{_SEP}اطلاع{_SEP}رسانی)?{_E})\\s+\\S+"
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
    if outlet and not via and _PRESS_OFFICE.match(outlet):
        # «به گزارش روابط عمومی سازمان امور مالیاتی، …»: a body's press office is no outlet;
        # what follows is the body's own word
        outlet, via = None, outlet
    if via and not any(word in ORG_HEADS or word in _OFFICE_WORDS for word in via.split()):
        via = None  # «از تهران» is a place, not a source
    if via:
        via += _name_continues(text, match.end() - 1)
        via = _body_named_before(text, match.start(), via.strip())
    return SourceChain(outlet, via.strip() if via else None)


def _body_named_before(text: str, at: int, via: str) -> str:
    """«به نقل از این انجمن»: the body of that kind named last before ``at`` («توسط انجمن صنفی
    پرورش‌دهندگان مرغ گوشتی ایران …»), or ``via`` as it is (also when none was named)."""
    words = via.split()
    if len(words) != 2 or words[0] != "این" or words[1] not in ORG_HEADS:
        return via
    toks = tokens(text, max(0, at - 600), at)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i][2] == words[1] and (i == 0 or toks[i - 1][2] != "این"):
            name, end = organisation_at(toks, i)
            if name and end > i + 1:
                return name
    return via


def _this_body(text: str, after: list[tuple[int, int, str]]) -> Mention | None:
    """«طبق اعلام این سازمان»: the body of that kind named before."""
    if len(after) < 2 or after[0][2] != "این" or after[1][2] not in ORG_HEADS:
        return None
    said = f"این {after[1][2]}"
    name = _body_named_before(text, after[0][0], said)
    return Mention(after[0][0], after[1][1], None, organisation=name) if name != said else None


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
    speakers = resolve([mention for _, _, mention in raw], registry, via)
    found = []
    for (sentence, cue, mention), speaker in zip(raw, speakers, strict=True):
        if cue.verb == _GOES_ON:  # «بر اساس همین گزارش»: the source of the statement before, if any
            if not found:
                continue
            cue, speaker = Cue(cue.start, cue.end, "به گزارش"), found[-1].speaker
        found.append(FoundStatement(sentence[0], sentence[1], cue, mention, speaker))
    return _with_extents(text, found)


_GOES_ON = "همین گزارش"  # the cue of «بر اساس همین گزارش» until it is resolved


def registry_scan(text: str, sentence: Span, registry: Registry) -> None:
    """Register every named person of a sentence (with the role beside the name); an
    outlet's name in the source line («به گزارش پیام خانواده») is nobody."""
    starts, ends = name_starts(text)  # a name starts with a given name or a title
    outlets = _outlet_spans(text)
    for i in range(bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])):
        if ends[i] > sentence[1]:
            continue
        start = starts[i]
        if any(s <= start < e for s, e in outlets):
            continue
        mention = find_person(text, start, sentence[1])
        if mention and mention.name and mention.start == start:
            registry.add(mention)


@lru_cache(maxsize=2)
def _outlet_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an outlet in a source line («به گزارش X»)."""
    return [m.span("outlet") for m in _SOURCE.finditer(text)]


def _sentence_cues(text: str, sentence: Span) -> list[tuple[Cue, Mention]]:
    """Cues of one sentence with the speaker mention before each; «و گفت» joins the first."""
    out: list[tuple[Cue, Mention]] = []
    zone_start = sentence[0]
    for cue in find_cues(text, *sentence):
        if out and _joined(text, out[-1][0], cue):
            continue
        if cue.verb == "صادر کرد" and text.startswith("به", cue.start) and not _A_NOTICE.search(
            text, zone_start, cue.start
        ):
            continue  # «… به شرح زیر است:» is a body's notice only when a notice is named before it
        mention = _subject(text, zone_start, cue.start)
        if mention:
            out.append((cue, mention))
            zone_start = _quote_end(text, cue, sentence)
    for match in _THE_SAME_REPORT.finditer(text, *sentence):
        if not any(cue.end <= match.start() for cue, _ in out):  # «بر اساس همین گزارش، …»: the last source's
            source = Mention(match.start(), match.end(), None, pronoun=True)
            out.append((Cue(match.start(), match.end(), _GOES_ON), source))
    for match in _ACCORDING.finditer(text, *sentence):
        after = tokens(text, match.end(), sentence[1])
        mention = (
            _this_body(text, after)
            or find_person(text, match.end(), sentence[1])
            or _head_of_zone(after)
            or _surname(text, after)
        )
        if mention:  # «به گفته وی» is the last speaker's
            mention = _body_to_comma(text, mention, sentence[1])
            out.append((Cue(match.start(), match.end(), "به گفته"), mention))
    for match in _BODY_SOURCE.finditer(text, *sentence):
        after = tokens(text, match.end(), sentence[1])
        org, end = organisation_at(after, 0)
        before = tokens(text, max(sentence[0], match.start() - 30), match.start())
        inside = bool(before) and (before[-1][2] in ORG_HEADS or before[-1][2] == "گروه")  # «گروه آمارهای …»
        # «وی ادامه داد: بر اساس آمار سازمان …»: the person says it, citing the body (but «فیچینو
        # در خبری نوشت: بر پایه آمار ثبت احوال …»: a paper that writes relays the body)
        quoting = any(
            cue.end <= match.start() and (m.name or m.role or m.pronoun) and cue.verb != "نوشت"
            for cue, m in out
        )
        within = any(cue.start <= match.start() < cue.end for cue, _ in out)
        if org and not inside and not quoting and not within:
            body = Mention(after[0][0], after[end - 1][1], None, organisation=org)
            body = _body_to_comma(text, body, sentence[1])
            out.append((Cue(match.start(), match.end(), "به گزارش"), body))
    headline = _headline(text, sentence)
    if headline and not any(cue.start < headline[0].end for cue, _ in out):
        out.append(headline)
    quoted = _QUOTING.search(text, *sentence)
    if quoted and not any(cue.start > quoted.end() for cue, _ in out):
        body = _quoted_body(text, quoted.end(), sentence[1])
        if body:
            out.append((Cue(quoted.start(), quoted.end(), "به نقل از"), body))
    elif (
        not out
        and (office := _SOURCE.search(text, *sentence))
        and (body := _reported_from(text, office, sentence))
    ):
        # «به گزارش خبرگزاری صداوسیما از سازمان توسعه و نوسازی معادن …، …»: the outlet reports the
        # body's own figures
        out.append((Cue(office.start(), body.start, "به گزارش"), body))
    elif (
        not out
        and (office := _SOURCE.search(text, *sentence))
        and not office.group("via")
        and (press := _PRESS_OFFICE.match(text, office.start("outlet")))
    ):
        # «به گزارش روابط عمومی جمعیت هلال احمر استان کرمان، …»: the body's own word
        body = _quoted_body(text, press.end("office") + 1, sentence[1])
        # «روابط عمومی این کانون»: the body named before, or no one
        if body and body.organisation and not body.organisation.startswith("این "):
            out.append((Cue(office.start(), body.start, "به گزارش"), body))
    if not out and (saying := CLAIM_LEAD.search(text, *sentence)):
        # «وی با تاکید بر این که … قیمت هر کیلوگرم برنج ۱۹ هزار تومان …» cut before its verb (an
        # excerpt that stops mid-sentence): what follows is still the one who was saying it
        mention = _subject(text, sentence[0], saying.start())
        if mention:
            out.append((Cue(saying.start(), saying.end(), "بیان کرد"), mention))
    if (
        not out
        and (passed := _PASSED.search(text, *sentence))
        and (body := _meeting_of(text, sentence[0], passed))
    ):
        # «در سیصد و سی و پنجمین نشست شورای عالی کار حداقل دستمزد ۱۴۰۴ با افزایش ۴۵ درصد مصوب
        # شد»: the body whose meeting decided it
        out.append((Cue(passed.start(), passed.end(), DECIDED), body))
    return sorted(out, key=lambda pair: pair[0].start)


# a lead-in that says a claim of its own before a quote: «با بیان اینکه …», «با تاکید بر این که
# …», «ضمن اینکه …»
CLAIM_LEAD = re.compile(
    f"{_B}(?:با{_SEP}(?:بیان|اشاره{_SEP}به|ت[اأ]کید{_SEP}بر|اعلام)|ضمن){_SEP}(?:اینکه|این{_SEP}که)"
)
# «… تصویب شد», «… مصوب شد», «… مورد تصویب قرار گرفت»: decided, in a meeting the sentence names
_PASSED = re.compile(
    f"{_B}(?:(?:تصویب|مصوب){_SEP}(?:شد|شدند|گردید)|مورد{_SEP}تصویب{_SEP}قرار{_SEP}گرفت){_E}"
)
_MEETING = re.compile(f"{_B}(?:جلسه|نشست|اجلاس){_E}")


def _meeting_of(text: str, start: int, passed: re.Match[str]) -> Mention | None:
    """The body named right after «جلسه»/«نشست» before a decision, past an ordinal («سیصد و سی
    و پنجمین نشست شورای عالی کار»: the ordinal stands before the word)."""
    for meeting in _MEETING.finditer(text, start, passed.start()):
        after = tokens(text, meeting.end(), passed.start())
        org, end = organisation_at(after, 0)
        if org:
            return Mention(after[0][0], after[end - 1][1], None, organisation=org)
    return None


def _reported_from(text: str, office: re.Match[str], sentence: Span) -> Mention | None:
    """The body of «به گزارش X از Y،» or «به گزارش X، از Y،» when Y is a body (not a place, not
    an outlet): Y's own report, relayed."""
    if office.group("via"):
        start = office.start("via")
    elif after := _FROM_BODY.match(text, office.end()):
        start = after.end()
    else:
        return None
    opening = tokens(text, start, min(sentence[1], start + 40))
    if not opening or opening[0][2] not in ORG_HEADS - _PRESS:
        return None
    body = _quoted_body(text, start, sentence[1])
    return body if body and body.organisation else None


_FROM_BODY = re.compile(r"\s*از\s+")
_PRESS = frozenset({"خبرگزاری", "روزنامه", "پایگاه", "شبکه"})  # «به گزارش خبرگزاری فارس» is the source line
# «بر اساس آمار بانک مرکزی», «متن گزارش مرکز آمار ایران», «توضیحات بانک مرکزی»: a body's
# figures, when a body (an organisation's head word) follows.
_BODY_HEADS = (
    f"(?:{'|'.join(sorted(ORG_HEADS - _PRESS))}|پزشکی{_SEP}قانونی|هلال{_SEP}احمر|ثبت{_SEP}احوال){_E}"
)
_BODY_SOURCE = re.compile(
    f"{_B}(?:(?:بر{_SEP}اساس|بر{_SEP}پایه|طبق|مطابق|بنا{_SEP}بر|بنا{_SEP}به|متن)\\s+)?(?:آمار|گزارش|اعلام|"
    f"داده{ZWNJ}?های|اطلاعات|توضیحات|اطلاعیه|بیانیه|مطالعات|بررسی|تحقیقات|پژوهش|ارزیابی|نتایج)(?:{ZWNJ}?های)?"
    # «آمار اعلام شده از سوی …», «آمار منتشرشده …», «آمار اعلامی …»: published by the body; «بر
    # اساس آخرین نتایج حساب‌های ملی فصلی مرکز آمار ایران»: a few words of what they are before it
    f"(?:\\s+(?:(?:اعلام|منتشر){_SEP}?شده|اعلامی|رسمی)(?:\\s+(?:از{_SEP}سوی|توسط))?)?{_E}"
    f"(?:(?:(?<=آمار)|(?<=نتایج))(?:\\s+[^\\s،,.:؛0-9۰-۹]+){{1,4}}?(?={_SEP}(?:مرکز{_SEP}آمار|بانک{_SEP}مرکزی)))?"
    # «مطابق اطلاعات پهنه‌ای بارش سازمان هواشناسی»: what the data are of, a word or two, before the
    # body (data only: «بر اساس اعلام رئیس سازمان …» is the head's word)
    f"(?:(?:(?<=داده{ZWNJ}های)|(?<=داده\\sهای)|(?<=دادههای)|(?<=اطلاعات))"
    f"(?:\\s+[^\\s،,.:؛0-9۰-۹]+){{1,2}}?(?=\\s+{_BODY_HEADS}))?"
    # «بنا به اعلام پایگاه اطلاع رسانی استانداری خوزستان»: the body's own site or press office
    f"(?:\\s+(?:پایگاه{_SEP}اطلاع{_SEP}رسانی|روابط{_SEP}عمومی)(?=\\s+{_BODY_HEADS}))?"
    f"(?=\\s+{_BODY_HEADS})"
)
# A line that opens with a speaker and a colon: «موسوی: …», «- نوری قزلجه، وزیر جهاد کشاورزی: …».
_HEADLINE = re.compile(r"[\s\-–•*]*(?P<who>[^:\n؛.]{2,60}?)\s*:")


def _headline(text: str, sentence: Span) -> tuple[Cue, Mention] | None:
    """A headline or list line «X: …» whose X is a person (a name, a surname, a role) or a
    body named whole."""
    m = _HEADLINE.match(text, *sentence)
    if not m or find_cues(text, m.start("who"), m.end("who")) or _SOURCE.match(text, m.start("who")):
        return None
    start, end = m.span("who")
    mention = find_person(text, start, end, loose=True)
    if mention and mention.start == start and (mention.name or mention.role) and not mention.pronoun:
        return Cue(m.end() - 1, m.end(), ":"), mention
    words = text[start:end].split()
    if len(words) == 1 and _plain(words[0]) and not is_given_name(words[0]):
        return Cue(m.end() - 1, m.end(), ":"), Mention(start, end, words[0])
    # «سازمان پزشکی قانونی:» over a list of points, «مرکز آمار: …»: a body named whole, not a paper
    toks = tokens(text, start, end)
    org, stop = organisation_at(toks, 0)
    if org and stop == len(toks) and toks[0][2] not in _PRESS:
        return Cue(m.end() - 1, m.end(), ":"), Mention(start, end, None, organisation=org)
    return None


# «به گزارش فارس به نقل از بانک مرکزی روسیه، در سه ماهه دوم … ۵٫۵ میلیارد دلار خارج شد»:
# with no one else speaking in the sentence, the body quoted is the source of what follows.
_QUOTING = re.compile(f"{_B}به{_SEP}نقل{_SEP}از{_E}")


_WORD = re.compile(f"[{LETTER}{ZWNJ}]+")
_CLAUSE_STOP = re.compile(r"[،,:؛.\n]")
_BRACKETED = re.compile(r"\([^()]{0,30}\)")  # «(ایمیدرو)»


def _body_to_comma(text: str, mention: Mention, end: int) -> Mention:
    """«براساس اعلام سازمان توسعه و نوسازی معادن و صنایع معدنی ایران (ایمیدرو)، …», «طبق گزارش
    سازمان جنگل‌ها، مراتع و آبخیزداری کشور، …»: a body cited as a source is named up to the
    comma that closes the citation, when its words there are a name's («و» between them, an
    acronym in brackets) and not what it said."""
    if not mention.organisation or mention.name or mention.role:
        return mention
    stop = _CLAUSE_STOP.search(text, mention.end, end)
    if not stop or text[stop.start()] not in "،,":
        return mention
    rest = text[mention.end : stop.start()]
    rest += _name_continues(text, stop.start())
    bare = _BRACKETED.sub(" ", rest)
    words = bare.replace("،", " ").split()
    if (
        not words
        or len(words) > 9
        or "و" not in words
        or words[-1] == "و"
        or any(w != "و" and (w in STOP or w in DAY_WORDS or not _WORD.fullmatch(w)) for w in words)
    ):
        return mention
    name = re.sub(r"\s+", " ", f"{mention.organisation} {bare}")
    return Mention(mention.start, mention.end + len(rest), None, organisation=name.replace(" ،", "،").strip())


def _quoted_body(text: str, start: int, end: int) -> Mention | None:
    """The body named after «به نقل از», up to the comma that ends the source line."""
    stop = re.search(r"[،,:؛]", text[start:end])
    if not stop:
        return None
    name = text[start : start + stop.start()].strip()
    tail = _SOURCE_TAIL.search(name)
    if tail and tail.start() > 0:  # «خبرگزاری فرانسه | از قاهره», «بانک مرکزی روسیه | در سه ماهه دوم …»
        name = name[: tail.start()].strip()
    if not name or len(name.split()) > 10 or not name[0].isalpha() or name in _AGENCIES:
        return None  # «به گزارش پایگاه ۵۹۸ به نقل از مهر»: one outlet relaying another
    return Mention(start, start + len(name), None, organisation=_body_named_before(text, start, name))


# Where a quoted source's name ends before the comma: the place it wrote from, or the time
# of what it said (a body's name may hold «در» and a place: «سفارت ایران در لندن»)
_SOURCE_TAIL = re.compile(
    f" (?:از |در (?=(?:[{LETTER}{ZWNJ}]+ )?(?:[{DIGIT}]|سه{_SEP}ماهه|ماه|سال|هفته|روز|امسال|پارسال)))"
)


# News agencies known by their short names («به نقل از ایسنا»): they relay what others said
_AGENCIES = frozenset(
    "ایرنا ایسنا ایلنا مهر فارس تسنیم برنا میزان دانشجو شانا ایکنا رسا مهرخبر ایبنا سیناپرس "
    "باشگاه‌خبرنگاران صداوسیما خبرآنلاین تابناک همشهری".split()
)



def _surname(text: str, after: list[tuple[int, int, str]]) -> Mention | None:
    """«به گفته هاشمی، …»: one plain word before the comma is a surname (resolved to the
    person the report names, see :func:`speakers.resolve`); so is one the report has named
    in full before, with no comma («رکن‌الدین جوادی … به گفته جوادی قرار است …»)."""
    titled = bool(after) and after[0][2] in TITLES  # «به گفته آقای نوری تا پایان دی …»
    after = after[1:] if titled else after
    if not after or not _plain(after[0][2]) or is_given_name(after[0][2]):
        return None
    word = after[0][2]
    if (len(after) >= 2 and after[1][2] in "،,") or _named_in_full_before(text, word, after[0][0]):
        return Mention(after[0][0], after[0][1], word, titled=titled)
    return None


def _named_in_full_before(text: str, word: str, pos: int) -> bool:
    """Has the text, before ``pos``, named a person whose name ends with ``word``?"""
    for seen in re.finditer(f"(?<![{LETTER}{ZWNJ}]){re.escape(word)}(?![{LETTER}{ZWNJ}])", text[:pos]):
        for begin, _, _ in tokens(text, max(0, seen.start() - 40), seen.start())[-3:]:
            person = find_person(text, begin, loose=True)
            if person and person.name and person.name.split()[-1] == word:
                return True
    return False


def _joined(text: str, previous: Cue, cue: Cue) -> bool:
    """«… برشمرد و گفت:» is one statement."""
    between = text[previous.end : cue.start]
    return len(between) < 40 and re.fullmatch(r"\s*و\s+(?:[^\s:]+\s+){0,3}", between) is not None


def _desk(text: str, start: int, end: int) -> int | None:
    """Where the words after an outlet's provincial desk («مرکز قم،») end, when they open the
    zone: the desk is part of the source line."""
    toks = tokens(text, start, end)
    if len(toks) >= 3 and toks[0][2] == "مرکز":
        for size in (2, 1):
            name = " ".join(t[2] for t in toks[1 : 1 + size])
            if len(toks) > 1 + size and toks[1 + size][2] in "،,؛" and name in places():
                return toks[1 + size][1]
    return None


def _quote_end(text: str, cue: Cue, sentence: Span) -> int:
    """A later cue's subject cannot start inside this cue's direct quote."""
    return sentence[1] if text[cue.end : cue.end + 2].lstrip().startswith(":") else cue.end


def _subject(text: str, start: int, end: int) -> Mention | None:
    """The speaker mention of the words before a cue: the first name, pronoun or role."""
    zone = text[start:end]
    lead = _LEAD_IN.match(zone)
    offset = start + (lead.end() if lead else 0)
    # «به گزارش خبرگزاری صدا و سیما؛ مرکز قم، وزارت تعاون … اعلام کرد»: the desk is the source's
    if lead and zone[: lead.end()].rstrip().endswith(("؛", "،", ",")) and (desk := _desk(text, offset, end)):
        offset = desk
    offset = _name_inside_lead(text, start, offset)
    if (notice := _NOTICE.match(text, offset, end)) and _SAID_IN.match(text, end):
        # «در اطلاعیه صندوق بازنشستگی آمده است: …», «در پیام محمدجواد محمدی‌زاده آمده است»: the
        # body or person whose notice or message it is
        offset = notice.end()
    head = _head_of_zone(tokens(text, offset, end))
    if head:
        return head
    # «وینگو با اشاره به وضعیت تیم امید استرالیا، عنوان کرد»: the subject stands before the
    # adverbial; a name inside it («امید استرالیا») is what is spoken of
    if (aside := _ASIDE.search(text, offset, end)) and aside.start() - offset <= 60:
        end = aside.start()
    inside = False  # in a preposition's object up to the next comma («… در دیدار با معاون وزیر راه، …»)
    previous = ""
    for tok_start, _, word in tokens(text, offset, end):
        if word in "،,":
            inside = False
        if word in _OBJECT_AFTER:
            inside = True
        after_ra, previous = previous == "را", word  # «این اخبار را «فاقد صحت» دانست»: what it is called
        if inside or after_ra or not (word[0].isalpha() or word in '«"'):
            continue
        if _after_preposition(text, offset, tok_start):
            continue
        mention = find_person(text, tok_start, end, loose=_clause_start(text, offset, tok_start))
        # a title before the name («سرهنگ اسرافیل جعفری، …») is part of the subject
        here = mention is not None and (
            mention.start == tok_start or all(w in TITLES for w in text[tok_start : mention.start].split())
        )
        if mention and here and _BYLINE.match(text, mention.end):
            continue  # the reporter's byline, not the speaker
        if mention and here:
            return mention
        if word in PRONOUNS:
            return Mention(tok_start, tok_start + len(word), None, pronoun=True, personal=True)
        if tok_start - offset > 120:
            break
    # «…، پیرو انتشار خبر … در برخی رسانه‌ها، صندوق بازنشستگی کشوری مراتب ذیل را اعلام می‌دارد»:
    # a body that opens the last clause before the cue
    comma = max(text.rfind("،", offset, end), text.rfind(",", offset, end))
    if comma > offset:
        after = tokens(text, comma + 1, end)
        org, stop = organisation_at(after, 0)
        if org:
            return Mention(after[0][0], after[stop - 1][1], None, organisation=org)
    return _bare_subject(text, offset, end)


_BYLINE = re.compile(r"\s*[-–]\s*(?![\d۰-۹])")
_ASIDE = re.compile(
    f"\\s(?:با{_SEP}اشاره{_SEP}به|با{_SEP}بیان|با{_SEP}ت[اأ]کید{_SEP}بر|ضمن|در{_SEP}پاسخ{_SEP}به"
    f"|در{_SEP}واکنش{_SEP}به|با{_SEP}ابراز|با{_SEP}انتقاد{_SEP}از|درباره|در{_SEP}خصوص|در{_SEP}مورد){_E}"
)


def _name_inside_lead(text: str, start: int, offset: int) -> int:
    """«به گزارش فارس از کرمانشاه علی‌محمد فلاحی در … اظهار داشت»: with no comma after the
    source line, the lead-in runs on into the speaker's name; the subject starts there
    (not at a given name after «و»: «به گزارش خبرگزاری صدا و سیما مرکز بوشهر؛ …»)."""
    toks = tokens(text, start, offset)
    for k, (tok_start, _, word) in enumerate(toks[3:], start=3):
        if is_given_name(word) and toks[k - 1][2] not in _NOT_BEFORE_NAME:
            return tok_start
    return offset


# words after which a given name is a body's («وزارت فرهنگ ارشاد اسلامی، سیدعباس صالحی …») or
# the press's, not a speaker's
_NOT_BEFORE_NAME = frozenset({"از", "نقل", "گزارش", "خبرنگار", "خبرگزاری", "و"}) | ORG_HEADS


def _head_of_zone(toks: list[tuple[int, int, str]]) -> Mention | None:
    """Subjects read from the zone's first words: «این X» (the one just quoted), «یک X»
    (someone unnamed, often named in the next paragraph) and a body that speaks as itself
    («سازمان ملل اعلام کرد», «روزنامه «کیهان» نوشت»)."""
    i = 1 if toks and toks[0][2] in '«"' else 0
    if len(toks) == i + 1 and (org := organisation_at(toks, i)[0]):
        return Mention(toks[i][0], toks[i][1], None, organisation=org)  # «… شماره ۴ هلال‌احمر به شرح …»
    if len(toks) < i + 2:
        return None
    first, second = toks[i][2], toks[i + 1][2]
    words = [t[2] for t in toks[i : i + 4]]
    named_later = any(is_given_name(t[2]) for t in toks[i + 2 :])
    plain_second = second[0].isalpha() and second not in STOP
    if first == "این" and plain_second and "را" not in words and not named_later:
        return Mention(toks[i][0], toks[i + 1][1], None, pronoun=True)
    if first == "یک" and second[0].isalpha() and second not in STOP and not is_given_name(second):
        end = i + 1
        while end < len(toks) and end - i < 5 and toks[end][2][0].isalpha() and toks[end][2] not in STOP:
            end += 1
        role = " ".join(t[2] for t in toks[i + 1 : end])
        return Mention(toks[i][0], toks[end - 1][1], None, role=role, indefinite=True)
    org, end = organisation_at(toks, i)
    if org:
        return Mention(toks[i][0], toks[end - 1][1], None, organisation=org)
    if (first, second) == ("روابط", "عمومی") and (org := organisation_at(toks, i + 2))[0]:
        # «روابط عمومی صندوق بازنشستگی کشوری … اعلام کرد»: the body's press office speaks for it
        return Mention(toks[i + 2][0], toks[org[1] - 1][1], None, organisation=org[0])
    if first in _SUBUNITS:  # «واحد آمار سازمان پزشکی قانونی کشور اعلام کرد»: the body's unit
        for k in range(i + 1, min(i + 4, len(toks))):
            org, end = organisation_at(toks, k)
            if org:
                return Mention(toks[i][0], toks[end - 1][1], None, organisation=org)
    return None


_SUBUNITS = frozenset({"واحد", "بخش", "گروه", "دایره"})
_A_NOTICE = re.compile(f"{_B}(?:اطلاعیه|بیانیه|اعلامیه){_E}")
_NOTICE = re.compile(
    f"\\s*(?:در{_SEP})?(?:ادامه{_SEP})?(?:اطلاعیه|بیانیه|اعلامیه|گزارش|نامه|پیام)(?:{_SEP}های)?{_SEP}"
)
_SAID_IN = re.compile(f"آمده{_SEP}است")


def _clause_start(text: str, zone_start: int, pos: int) -> bool:
    """The word at ``pos`` opens the subject zone (bullets and signs before it aside: «🔺
    زاکانی، شهردار تهران …») or follows a comma."""
    before = text[zone_start:pos]
    return not any(c.isalnum() for c in before) or before.rstrip().endswith(("،", ","))


_OBJECT_AFTER = frozenset({"با", "برای", "توسط"})


def _after_preposition(text: str, zone_start: int, pos: int) -> bool:
    """A name after «با»/«از»/«به»/«و» is an object, not the speaker («دیدار با …»)."""
    before = text[max(zone_start, pos - 4) : pos].split()
    return bool(before) and before[-1] in {"با", "از", "به", "و", "برای", "توسط"}


def _bare_subject(text: str, start: int, end: int) -> Mention | None:
    """Plain words opening the zone: a surname alone («موسوی با اشاره به …») or a name the
    lists do not know («وینگو بگوویچ روز یکشنبه …», «نیویورک تایمز نوشت»), up to the first
    stop word; :func:`_speaker` decides whether it is anyone."""
    toks = tokens(text, start, end)
    if not toks or toks[0][2][0] in "،,:«" or len(toks[0][2]) <= 2:
        return None
    first = toks[0][2]
    if any(" ".join(t[2] for t in toks[:size]) in places() for size in (1, 2, 3)):
        return None  # «مازندران میزبان بیش از ۳ میلیون مسافر بود»: a place, no one speaking
    if len(toks) > 1 and _plain(first) and not is_given_name(first) and _speaks_alone(text, first):
        # «کاظمی توزیع تجهیزات … را از اقدامات وزارتخانه دانست و گفت»: a surname the report
        # has made speak on its own («کاظمی تأکید کرد: …») opens the clause that it says
        return Mention(toks[0][0], toks[0][1], first)
    last = 0
    while last + 1 < min(len(toks), 3) and _plain(toks[last + 1][2]):
        last += 1
    words = " ".join(t[2] for t in toks[: last + 1])
    # «حکیم زاده در دیدار با …»: one surname, its ending spaced off
    one = last == 1 and toks[1][2] in _SURNAME_ENDINGS and not is_given_name(toks[0][2])
    return Mention(toks[0][0], toks[last][1], words, guess=last > 0 and not one)


def _speaks_alone(text: str, word: str) -> bool:
    """Does ``word`` stand alone right before a reporting verb somewhere in the text («کاظمی
    تأکید کرد», «کاظمی افزود»)?"""
    return word in _words_before_cues(text)


@lru_cache(maxsize=2)
def _words_before_cues(text: str) -> frozenset[str]:
    """The words just before the text's reporting verbs (found once per text)."""
    _, cues = _all_cues(text)
    found = (_LAST_WORD.search(text, max(0, c.start - 40), c.start) for c in cues)
    return frozenset(m.group(0) for m in found if m)


_LAST_WORD = re.compile(f"(?<![{LETTER}{ZWNJ}])[{LETTER}{ZWNJ}]+(?= $)")


# Endings the press often writes apart from the surname they end
_SURNAME_ENDINGS = frozenset({"زاده", "پور", "نژاد", "نیا", "فر", "راد", "منش", "وند"})


def _plain(word: str) -> bool:
    return (
        word[0].isalpha()
        and word not in STOP
        and word not in TITLES
        and word not in PRONOUNS
        and word not in _WHEN
    )


# Time words that end a bare subject («پادشاه بحرین سه‌شنبه گذشته گفت»).
_WHEN = DAY_WORDS | {"اخیر", "امسال"}


_NUMBERED = re.compile(r"[0-9۰-۹]{1,2}\s*[-.)]")
# «… اعلام کرد:», «… خبر داد؛», «… خبر داد» ending its line: what was said is the next line
_OPENS_NEXT_LINE = re.compile(r"\s*[:؛]?\s*")


def _same_bullet(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Do paragraph ``at`` and the next open with the same bullet sign («🔺», «•», «-»)?"""
    if at + 1 >= len(spans):
        return False
    here = text[spans[at][0] : spans[at][1]].lstrip()
    there = text[spans[at + 1][0] : spans[at + 1][1]].lstrip()
    if _NUMBERED.match(here) and _NUMBERED.match(there):
        return True  # «۱- …» then «۲- …»: one list
    sign = here[:1]
    return bool(sign) and not sign.isalnum() and sign not in "«\"(" and there[:1] == sign


def _with_extents(text: str, found: list[FoundStatement]) -> list[FoundStatement]:
    """Each statement covers its sentence up to the next statement or its paragraph's end."""
    spans = paragraphs(text)
    ends = [end for _, end in spans]
    out = []
    for i, st in enumerate(found):
        at = bisect_left(ends, st.cue.end)
        opens = _OPENS_NEXT_LINE.fullmatch(text, st.cue.end, ends[at]) if at < len(ends) else None
        if st.cue.verb == "صادر کرد" and at < len(ends) and not text[st.cue.end : ends[at]].strip(" .\n"):
            opens = True  # «… اطلاعیه‌ای به شرح ذیل صادر کرد.»: its points are the next lines
        kicker = st.cue.verb == ":" and at < len(ends) and not text[st.cue.end : ends[at]].strip()
        if at + 1 < len(ends) and (opens or kicker):
            # «وزیر جهاد کشاورزی اعلام کرد:», «رئیس پلیس راه خبر داد؛», «شهردار تهران:» over a
            # headline: the quote is the next line
            at += 1
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        while at < len(spans) and _same_bullet(text, spans, at) and nxt >= ends[at + 1]:
            at += 1  # «🔺 زاکانی …: …» then «🔺 تهیه و تأمین ۱۱۳ دستگاه واگن …»: one speaker's list
        para_end = ends[at] if at < len(ends) else len(text)
        end = min(para_end, max(nxt, st.cue.end)) if nxt > st.start else para_end
        out.append(FoundStatement(st.start, end, st.cue, st.mention, st.speaker))
    return out
