"""Synthetic Persian agency reports with figures, for benchmarks at scale.

    python bench/synth.py /tmp/synth-10k --figures 10000 --seed 7
    python bench/synth.py --check 200          # how much of the plan the loaders recover

Each report is agency copy built from templates: a source line («به گزارش ایرنا به نقل از
روابط عمومی …»), a named speaker with a role and an organisation, and six to eight figures
stated by that speaker, each with a metric label from ``ontology/metrics.ttl``, a unit, a
qualifier and a period (Jalali years, «سال گذشته», named governments, months).

The speaker pool grows with the corpus (one speaker per ``--reports-per-speaker`` reports)
and every speaker keeps to a few metrics of their organisation within a tenure of two to
four years, so one speaker+metric recurs across reports: figures-changed finds changes
(periods differ), repeats, consistent restatements and conflicts (same period, values
that cannot both hold). Output: ``part-NNN/synth-NNNNNN.txt`` with a ``manifest.json``
per part (outlet, URL, publication date) and ``synth.json`` (counts, and parameters for
queries that exist in the data). Same seed, same files.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

PART_SIZE = 1000  # reports per folder (each folder has its own manifest)
FIRST_DAY, LAST_DAY = date(2016, 3, 20), date(2025, 3, 20)

OUTLETS = (
    "ایرنا", "فارس", "تسنیم", "مهر", "ایسنا", "ایلنا", "خبرآنلاین", "دنیای اقتصاد",
    "همشهری آنلاین", "باشگاه خبرنگاران جوان", "اقتصادآنلاین", "تجارت نیوز",
)  # fmt: skip
GIVEN = (
    "علی محمد حسین رضا مهدی حسن امیر مجید سعید حمید مسعود فرهاد بهروز کامران داوود یوسف ابراهیم "
    "اسماعیل عباس جواد کاظم هادی مصطفی مرتضی مجتبی محسن احسان میثم وحید رسول ناصر منصور جمشید "
    "بهرام کیوان سیامک پرویز فریدون سهراب اکبر مریم زهرا فاطمه سارا نرگس لیلا الهام معصومه "
    "پروین مینا فرزانه ساره نسرین محمدرضا علیرضا حمیدرضا محمدحسین محمدعلی امیرحسین غلامرضا"
).split()
SURNAME_STEMS = (
    "احمد کریم رحیم صادق باقر جعفر قاسم ناصر منصور یوسف عباس نوروز بهمن عزیز شریف نظر رسول طاهر "
    "قادر عادل کاظم هاشم امین مراد مختار طالب غفار یزدان ملک سلطان خسرو فرج نادر صالح دهقان کشاورز "
    "نور زمان شاکر حیدر اسد جلال کمال جمال نیک روشن آزاد بهار"
).split()
SURNAME_ENDINGS = (
    "ی",
    "\u200cزاده",
    "پور",
    "نیا",
    "فر",
    "\u200cنژاد",
    "\u200cوند",
    "راد",
)  # with ZWNJ as written


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """How one catalogue metric is written: unit words, plausible range, decimals."""

    key: str
    unit: str
    low: float
    high: float
    decimals: int = 0


_M = MetricSpec
METRICS = {
    m.key: m
    for m in (
        _M("new-insured-persons", "نفر", 1e5, 3e6),
        _M("insured-population", "نفر", 3e7, 5e7),
        _M("retirees", "نفر", 2e6, 5e6),
        _M("pension", "درصد", 10, 40),
        _M("staff-headcount", "نفر", 2e4, 8e4),
        _M("monthly-obligations", "تومان", 1e12, 3e13),
        _M("debt", "تومان", 1e13, 5e14),
        _M("inflation-rate", "درصد", 10, 50, 1),
        _M("unemployment-rate", "درصد", 7, 13, 1),
        _M("economic-growth", "درصد", 0.5, 6, 1),
        _M("liquidity", "درصد", 20, 45, 1),
        _M("interest-rate", "درصد", 15, 25),
        _M("employment-created", "فرصت شغلی", 5e4, 1e6),
        _M("loans-paid", "تومان", 1e12, 2e14),
        _M("subsidy", "تومان", 1e13, 5e14),
        _M("budget", "تومان", 1e12, 5e14),
        _M("debt-settled", "تومان", 1e12, 2e14),
        _M("tax-revenue", "تومان", 5e13, 8e14),
        _M("bank-borrowing", "تومان", 1e13, 2e14),
        _M("exports", "دلار", 1e9, 5e10),
        _M("imports", "دلار", 1e9, 6e10),
        _M("trade", "دلار", 5e9, 1e11),
        _M("oil-production", "بشکه", 2e6, 4e6),
        _M("oil-exports", "بشکه", 5e5, 2e6),
        _M("gas-production", "مترمکعب", 7e8, 1.1e9),
        _M("gasoline-consumption", "لیتر", 8e7, 1.4e8),
        _M("electricity-capacity", "مگاوات", 7e4, 9.5e4),
        _M("water-consumption", "مترمکعب", 1e9, 9e9),
        _M("dam-storage", "درصد", 30, 80),
        _M("housing-units", "واحد مسکونی", 1e4, 1e6),
        _M("road-length", "کیلومتر", 100, 5000),
        _M("projects", "پروژه", 50, 3000),
        _M("villages-connected", "روستا", 100, 5000),
        _M("wheat-purchase", "تن", 3e6, 1e7),
        _M("students", "دانش‌آموز", 1e5, 1.5e7),
        _M("schools", "مدرسه", 100, 5000),
        _M("hospital-beds", "تخت", 500, 2e4),
        _M("health-centres", "مرکز", 50, 2000),
        _M("tourists", "نفر", 1e5, 8e6),
        _M("factories", "واحد تولیدی", 100, 8000),
        _M("arrests", "نفر", 100, 2e4),
        _M("seizures", "تن", 10, 1000),
    )
}
# Organisations, the role words their officials hold, their metrics and what they talk about.
ORGS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...] = (
    ("سازمان تأمین اجتماعی", ("مدیرعامل", "معاون", "سخنگوی"),
     ("new-insured-persons", "insured-population", "retirees", "pension", "staff-headcount",
      "monthly-obligations", "debt"), "پایداری صندوق"),
    ("وزارت نفت", ("معاون", "سخنگوی", "مدیرکل"),
     ("oil-production", "oil-exports", "gas-production", "gasoline-consumption", "exports"), "توسعه میادین"),
    ("وزارت راه و شهرسازی", ("معاون", "سخنگوی", "مدیرکل"),
     ("housing-units", "road-length", "projects", "villages-connected", "budget"), "نهضت ملی مسکن"),
    ("بانک مرکزی", ("رئیس کل", "معاون", "مدیرکل"),
     ("inflation-rate", "liquidity", "economic-growth", "interest-rate", "loans-paid"), "سیاست پولی"),
    ("مرکز آمار ایران", ("رئیس", "معاون", "سخنگوی"),
     ("unemployment-rate", "inflation-rate", "economic-growth", "employment-created"), "بازار کار"),
    ("وزارت تعاون، کار و رفاه اجتماعی", ("معاون", "سخنگوی", "مدیرکل"),
     ("employment-created", "subsidy", "unemployment-rate", "loans-paid", "pension"), "اشتغال پایدار"),
    ("سازمان امور مالیاتی", ("رئیس", "معاون", "سخنگوی"),
     ("tax-revenue", "budget", "debt-settled"), "عدالت مالیاتی"),
    ("سازمان برنامه و بودجه", ("رئیس", "معاون", "سخنگوی"),
     ("budget", "debt-settled", "projects", "bank-borrowing", "subsidy"), "انضباط مالی"),
    ("سازمان توسعه تجارت", ("رئیس", "معاون", "مدیرکل"),
     ("exports", "imports", "trade"), "تجارت خارجی"),
    ("وزارت جهاد کشاورزی", ("معاون", "سخنگوی", "مدیرکل"),
     ("wheat-purchase", "water-consumption", "loans-paid", "projects"), "امنیت غذایی"),
    ("وزارت آموزش و پرورش", ("معاون", "سخنگوی", "مدیرکل"),
     ("students", "schools", "staff-headcount", "budget"), "عدالت آموزشی"),
    ("وزارت بهداشت", ("معاون", "سخنگوی", "مدیرکل"),
     ("hospital-beds", "health-centres", "staff-headcount", "budget"), "درمان"),
    ("وزارت نیرو", ("معاون", "سخنگوی", "مدیرکل"),
     ("electricity-capacity", "water-consumption", "dam-storage", "projects"), "صنعت آب و برق"),
    ("سازمان میراث فرهنگی", ("رئیس", "معاون", "مدیرکل"),
     ("tourists", "projects", "budget"), "گردشگری"),
    ("وزارت صنعت، معدن و تجارت", ("معاون", "سخنگوی", "مدیرکل"),
     ("factories", "exports", "employment-created", "imports"), "رونق تولید"),
    ("ستاد مبارزه با مواد مخدر", ("دبیرکل", "معاون", "سخنگوی"),
     ("seizures", "arrests", "budget"), "مقابله با قاچاق"),
)  # fmt: skip
QUALIFIERS = ("", "", "بیش از", "حدود", "بالغ بر", "نزدیک به", "افزون بر")
ABOUT = ("حدود", "بالغ بر", "نزدیک به")
EVENTS = (
    "در نشست خبری", "در جمع خبرنگاران", "در آیین افتتاح طرح‌های جدید", "در حاشیه جلسه هیئت دولت",
    "در همایش سالانه مدیران", "در گفت‌وگوی ویژه خبری", "در سفر به استان فارس", "در نشست شورای اداری",
)  # fmt: skip
MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
# Named periods (periods.ttl surface forms) by the Gregorian date their government took office.
GOVERNMENTS = (
    (date(2013, 8, 3), "دولت تدبیر و امید"),
    (date(2017, 8, 5), "دولت دوازدهم"),
    (date(2021, 8, 3), "دولت سیزدهم"),
    (date(2024, 7, 28), "دولت چهاردهم"),
)
# Clauses with one figure: {label} a metric label, {fig} qualifier+number+unit, {period}.
CLAUSES = (
    "{period}، {label} به {fig} رسید",
    "{period} میزان {label} {fig} اعلام شده است",
    "{period} رقم {label} {fig} ثبت شد",
    "{period}، {label} با رشد قابل توجهی به {fig} رسیده است",
    "{period}، {label} {fig} بود",
)
LEADS = (
    "به گزارش {outlet} به نقل از روابط عمومی {org}، {name} {role} {org} {event} گفت: {clause}.",
    "به گزارش {outlet} به نقل از روابط عمومی {org}، {name} {role} {org} {event} با اشاره به {topic} "
    "اظهار داشت: {clause}.",
)
FOLLOWS = (
    "وی افزود: {clause}.",
    "{surname} همچنین تصریح کرد: {clause}.",
    "{role} {org} ادامه داد: {clause}.",
    "وی با اشاره به {topic} خاطرنشان کرد: {clause}.",
    "این مقام مسئول یادآور شد: {clause}.",
    "{surname} در ادامه اعلام کرد: {clause}.",
)
FILLERS = (
    "{surname} با تأکید بر ضرورت هماهنگی میان دستگاه‌های اجرایی، این دستاوردها را حاصل تلاش همکاران "
    "در سراسر کشور دانست.",
    "در این نشست که با حضور مدیران استانی برگزار شد، گزارشی از عملکرد {org} ارائه شد.",
    "وی همچنین از برنامه‌های جدید این مجموعه خبر داد و گفت: اولویت ما خدمت‌رسانی بهتر به مردم است.",
    "کارشناسان معتقدند تداوم این روند به ثبات بیشتر در حوزه {topic} کمک می‌کند.",
    "{role} {org} با قدردانی از حمایت مجلس شورای اسلامی، بر استمرار اصلاحات ساختاری تأکید کرد.",
)
ONES = "_ یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده".split()
TENS = "_ _ بیست سی چهل پنجاه شصت هفتاد هشتاد نود".split()
HUNDREDS = "_ صد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد".split()
SCALES = ((10**9, "میلیارد"), (10**6, "میلیون"), (10**3, "هزار"))
FA_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


@dataclass(frozen=True, slots=True)
class Speaker:
    index: int
    name: str
    surname: str
    role: str
    org: str
    topic: str
    metrics: tuple[str, ...]
    tenure: tuple[date, date]


@dataclass(slots=True)
class Stats:
    reports: int = 0
    figures: int = 0
    characters: int = 0
    by_speaker: dict[int, int] = field(default_factory=dict)


# -- numbers -------------------------------------------------------------------


def words_below_1000(n: int) -> str:
    """Persian words for 1–999: ``words_below_1000(705)`` → «هفتصد و پنج»."""
    parts = []
    if n >= 100:
        parts.append(HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        parts.append(TENS[n // 10])
        n %= 10
    if n:
        parts.append(ONES[n])
    return " و ".join(parts)


def grouped(value: int, small: Callable[[int], str]) -> str:
    """«۲ میلیون و ۷۰۰ هزار»: groups of the scale words, each written by ``small``."""
    parts = []
    for scale, word in SCALES:
        count, value = divmod(value, scale)
        if count:
            parts.append(f"{grouped(count, small) if count >= 1000 else small(count)} {word}")
    if value:
        parts.append(small(value))
    return " و ".join(parts)


def number_text(value: float, decimals: int, rng: random.Random) -> str:
    """A number as agencies write it: Persian or Latin digits, scale words, or words."""
    if decimals:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
        return text if rng.random() < 0.3 else text.translate(FA_DIGITS)
    n = int(value)
    style = rng.random()
    if n < 1000:
        return (
            words_below_1000(n) if style < 0.2 else (str(n) if style < 0.4 else str(n).translate(FA_DIGITS))
        )
    if style < 0.15:
        return grouped(n, words_below_1000)
    if style < 0.3 and n < 10**7:
        return f"{n:,}".translate(FA_DIGITS).replace("٫", "٬") if style < 0.22 else f"{n:,}"
    return grouped(n, lambda k: str(k).translate(FA_DIGITS) if style < 0.85 else str(k))


def money_text(value: float, rng: random.Random) -> tuple[float, str]:
    """Toman amounts of a trillion and more are often written in «همت» (thousand billion toman)."""
    if value >= 10**12 and rng.random() < 0.35:
        return value / 10**12, "همت"
    return value, "تومان"


def round_significant(value: float, digits: int) -> float:
    if value <= 0:
        return value
    scale = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return round(value / scale) * scale


# -- people, periods, values ---------------------------------------------------


def surnames() -> list[str]:
    return [stem + ending for ending in SURNAME_ENDINGS for stem in SURNAME_STEMS]


def speaker(index: int, seed: int) -> Speaker:
    """Speaker ``index`` of the pool: the same index and seed give the same person."""
    rng = random.Random(f"{seed}|speaker|{index}")
    family = surnames()
    given = GIVEN[index % len(GIVEN)]
    surname = family[(index // len(GIVEN) * 7919 + index) % len(family)]
    if index // (len(GIVEN) * len(family)) % 2:
        given = "سید " + given
    org, roles, metrics, topic = ORGS[rng.randrange(len(ORGS))]
    chosen = tuple(rng.sample(metrics, k=min(len(metrics), rng.randint(3, 5))))
    start = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days - 700))
    end = min(LAST_DAY, start + timedelta(days=rng.randint(700, 1460)))
    return Speaker(index, f"{given} {surname}", surname, rng.choice(roles), org, topic, chosen, (start, end))


def jalali_year(day: date) -> int:
    from persiantools.jdatetime import JalaliDate

    return JalaliDate(day).year


def fa(n: int) -> str:
    return str(n).translate(FA_DIGITS)


def period(rng: random.Random, published: date) -> tuple[str, str]:
    """(text as written, key of what it means) for a period before the publication date."""
    year = jalali_year(published)
    past = year - rng.choice((1, 1, 1, 2, 2, 3))
    roll = rng.random()
    if roll < 0.45:
        return f"در سال {fa(past)}", f"y{past}"
    if roll < 0.6:
        return "در سال گذشته", f"y{year - 1}"
    if roll < 0.7:
        return f"طی سال‌های {fa(past - 1)} و {fa(past)}", f"y{past - 1}-{past}"
    if roll < 0.9:
        name = [text for start, text in GOVERNMENTS if start <= published][-1]
        return f"در {name}", name
    month = rng.randrange(12)
    return f"در {MONTHS[month]} ماه {fa(year - 1)}", f"m{year - 1}-{month}"


def true_value(seed: int, who: Speaker, spec: MetricSpec, when: str) -> float:
    """What the speaker's figure for this metric and period "really" is: a level per speaker
    and metric, moved a little per period."""
    level = random.Random(f"{seed}|{who.index}|{spec.key}").random()
    base = math.exp(math.log(spec.low) + level * (math.log(spec.high) - math.log(spec.low)))
    drift = random.Random(f"{seed}|{who.index}|{spec.key}|{when}").uniform(0.8, 1.25)
    return _rounded(base * drift, spec)


def _rounded(value: float, spec: MetricSpec) -> float:
    if spec.decimals:
        return round(value, spec.decimals)
    return round_significant(value, 2 if value < 100 else 3)


def stated(rng: random.Random, value: float, spec: MetricSpec) -> tuple[str, float]:
    """(qualifier, value): the true value, a rounded or nearby one, or a conflicting one."""
    roll = rng.random()
    if roll < 0.45:
        return rng.choice(QUALIFIERS), value
    if roll < 0.65:
        return rng.choice(ABOUT), _rounded(value * rng.uniform(0.97, 1.03), spec)
    if roll < 0.85:
        return "", _rounded(value * rng.choice((-1, 1)) * rng.uniform(0.15, 0.35) + value, spec)
    return "بیش از", _rounded(value * 0.9, spec)


# -- reports -------------------------------------------------------------------


@lru_cache(maxsize=1)
def labels() -> dict[str, tuple[str, ...]]:
    """Persian labels (as written in ontology/metrics.ttl) of the metrics this generator uses."""
    from rdflib import Graph, Literal, Namespace
    from rdflib.namespace import SKOS

    from claimgraph.ontology import read_text

    graph = Graph().parse(data=read_text("metrics.ttl"), format="turtle")
    key = Namespace("https://w3id.org/claimgraph/ns#").key
    found: dict[str, tuple[str, ...]] = {}
    for concept, name in graph.subject_objects(key):
        written = [*graph.objects(concept, SKOS.prefLabel), *graph.objects(concept, SKOS.altLabel)]
        fa = [str(x) for x in written if isinstance(x, Literal) and x.language == "fa"]
        found[str(name)] = tuple(x for x in fa if x not in _AMBIGUOUS)
    missing = sorted(set(METRICS) - set(found))
    if missing:
        raise SystemExit(f"synth: metrics not in ontology/metrics.ttl: {', '.join(missing)}")
    return {k: found[k] for k in METRICS}


# Labels that are also part of a longer label of another metric, or read as another word
# in these sentence frames; the generator leaves them out so each figure has one answer.
_AMBIGUOUS = frozenset(
    "منابع تخصیص اعتبار نرخ سهم مردم تولید راه بیکاری تورم وام مسافر درمانگاه".split()
    + ["تورم نقطه به نقطه", "رشد تولید ناخالص داخلی", "مستمری بگیر", "نیروی انسانی", "وام ازدواج",
       "مرکز درمانی", "مرکز بهداشت", "زیر چتر حمایتی", "جمعیت تحت پوشش", "تولید نفت خام"]
)  # fmt: skip


def figure_clause(rng: random.Random, seed: int, who: Speaker, published: date) -> tuple[str, str]:
    """One clause with one figure, and the metric key it plans."""
    spec = METRICS[rng.choice(who.metrics)]
    when_text, when = period(rng, published)
    qualifier, value = stated(rng, true_value(seed, who, spec, when), spec)
    unit = spec.unit
    if unit == "تومان":
        value, unit = money_text(value, rng)
    number = number_text(value, spec.decimals if unit != "همت" else 1, rng)
    frame = rng.choice(CLAUSES)
    if "به {fig}" in frame:  # «به بالغ بر …» is not Persian: after «به» only these read well
        qualifier = _AFTER_BE.get(qualifier, qualifier)
    fig = " ".join(x for x in (qualifier, number, unit) if x)
    label = rng.choice(labels()[spec.key])
    return frame.format(label=label, period=when_text, fig=fig), spec.key


_AFTER_BE = {"بالغ بر": "حدود", "نزدیک به": "حدود", "افزون بر": "بیش از"}


def report(
    rng: random.Random, seed: int, who: Speaker, outlet: str, published: date
) -> tuple[str, list[str]]:
    """The text of one report and the metric keys of its figures, in order."""
    slots = dict(
        outlet=outlet, org=who.org, name=who.name, role=who.role, surname=who.surname, topic=who.topic
    )
    planned: list[str] = []

    def clause() -> str:
        text, metric = figure_clause(rng, seed, who, published)
        planned.append(metric)
        return text

    title = f"گزارش {who.role} {who.org} از عملکرد حوزه {who.topic}"
    lines = [title, rng.choice(LEADS).format(**slots, event=rng.choice(EVENTS), clause=clause())]
    for _ in range(rng.randint(5, 7)):
        if rng.random() < 0.3:
            lines.append(rng.choice(FILLERS).format(**slots))
        lines.append(rng.choice(FOLLOWS).format(**slots, clause=clause()))
    return "\n".join(lines) + "\n", planned


def generate(target: Path, figures: int, *, seed: int = 7, reports_per_speaker: float = 4.0) -> Stats:
    """Write reports until ``figures`` figures are planned; returns what was written."""
    rng = random.Random(seed)
    pool = max(8, round(figures / 7 / reports_per_speaker))
    stats, manifest, sample = Stats(), [], None
    while stats.figures < figures:
        who = speaker(rng.randrange(pool), seed)
        published = who.tenure[0] + timedelta(days=rng.randrange((who.tenure[1] - who.tenure[0]).days))
        outlet = rng.choice(OUTLETS)
        text, planned = report(rng, seed, who, outlet, published)
        name = f"synth-{stats.reports + 1:06d}.txt"
        part = target / f"part-{stats.reports // PART_SIZE + 1:03d}"
        part.mkdir(parents=True, exist_ok=True)
        (part / name).write_text(text, encoding="utf-8")
        url = f"https://example.org/{stats.reports + 1}"
        manifest.append({"file": name, "outlet": outlet, "url": url, "published": published.isoformat()})
        sample = sample or {"report": name, "outlet": outlet, "date": published.isoformat()}
        _count(stats, who, text, planned)
        if len(manifest) == PART_SIZE or stats.figures >= figures:
            _write_manifest(part, manifest)
            manifest = []
    settings = {
        "seed": seed,
        "pool": pool,
        "target_figures": figures,
        "reports_per_speaker": reports_per_speaker,
    }
    _write_summary(target, stats, sample or {}, **settings)
    return stats


def _count(stats: Stats, who: Speaker, text: str, planned: list[str]) -> None:
    stats.reports += 1
    stats.figures += len(planned)
    stats.characters += len(text)
    stats.by_speaker[who.index] = stats.by_speaker.get(who.index, 0) + 1


def _write_manifest(part: Path, manifest: list[dict]) -> None:
    data = json.dumps(manifest, ensure_ascii=False, indent=0)
    (part / "manifest.json").write_text(data, encoding="utf-8")


def _write_summary(target: Path, stats: Stats, sample: dict, **settings: float) -> None:
    seed, pool = int(settings["seed"]), int(settings["pool"])
    target_figures, reports_per_speaker = settings["target_figures"], settings["reports_per_speaker"]
    busiest = max(stats.by_speaker, key=lambda i: (stats.by_speaker[i], -i))
    who = speaker(busiest, seed)
    summary = {
        "seed": seed,
        "target_figures": target_figures,
        "reports_per_speaker": reports_per_speaker,
        "reports": stats.reports,
        "planned_figures": stats.figures,
        "characters": stats.characters,
        "speaker_pool": pool,
        "speakers_used": len(stats.by_speaker),
        "params": {
            **sample,
            "person": who.name,
            "person_reports": stats.by_speaker[busiest],
            "metric": who.metrics[0],
            "org": who.org,
        },
    }
    (target / "synth.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")


# -- checking the plan against the loaders --------------------------------------


def check(count: int, seed: int = 7) -> dict[str, float]:
    """Generate ``count`` reports in memory, extract them, and say how much of the plan came back."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.normalize import key
    from claimgraph.loaders.pipeline import extract

    rng = random.Random(seed)
    planned_total = found = metric_ok = speaker_ok = periods = 0
    for i in range(count):
        who = speaker(rng.randrange(max(8, count // 4)), seed)
        published = who.tenure[0] + timedelta(days=rng.randrange((who.tenure[1] - who.tenure[0]).days))
        text, planned = report(rng, seed, who, rng.choice(OUTLETS), published)
        result = extract(Report(f"check-{i}.txt", text, published=published))
        planned_total += len(planned)
        found += len(result.figures)
        metrics = [f.metric.key for f in result.figures]
        metric_ok += sum(1 for a, b in zip(planned, metrics, strict=False) if a == b)
        speaker_ok += sum(1 for f in result.figures if key(_speaker_of(result, f) or "") == key(who.name))
        periods += sum(1 for f in result.figures if f.period and f.period.start)
    return {
        "reports": count,
        "planned": planned_total,
        "extracted": found,
        "metric_as_planned": metric_ok / planned_total,
        "speaker_as_planned": speaker_ok / max(found, 1),
        "dated_period": periods / max(found, 1),
    }


def _speaker_of(result: object, figure: object) -> str | None:
    if figure.statement is None:
        return None
    person = result.statements[figure.statement].speaker
    return person.name if person else None


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("target", type=Path, nargs="?", help="folder to write (created; should be empty)")
    parser.add_argument("--figures", type=int, default=10_000, help="figures to plan (default 10000)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--reports-per-speaker", type=float, default=4.0, help="reports per speaker on average (default 4)"
    )
    parser.add_argument("--check", type=int, metavar="N", help="extract N reports in memory and compare")
    args = parser.parse_args()
    if args.check:
        print(json.dumps(check(args.check, args.seed), indent=1))
        return 0
    if args.target is None:
        parser.error("give a target folder (or --check N)")
    stats = generate(args.target, args.figures, seed=args.seed, reports_per_speaker=args.reports_per_speaker)
    print(f"wrote {stats.reports} reports, {stats.figures} planned figures to {args.target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
