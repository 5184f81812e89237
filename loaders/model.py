"""The domain objects the loaders produce: Report, Statement, Figure, Metric, Period.

Offsets (``start``, ``end``) are always character offsets into the report's raw text, so
that ``report.text[start:end]`` is the phrase an object names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class Report:
    """One report as read from a file, with what its manifest says about it."""

    name: str  # the source file name, e.g. "000_69a29ef5af7bdde6.txt"
    text: str  # the raw text, exactly as decoded from the file
    outlet: str | None = None
    via: str | None = None
    url: str | None = None
    published: date | None = None
    published_after: date | None = None
    published_before: date | None = None
    date_note: str | None = None

    @property
    def date_window(self) -> tuple[date | None, date | None]:
        """The earliest and latest possible publication dates."""
        if self.published:
            return self.published, self.published
        return self.published_after, self.published_before


@dataclass(frozen=True, slots=True)
class Person:
    name: str  # normalised full name (or what the report gives)
    role: str | None = None
    organisation: str | None = None
    body: bool = False  # an organisation or paper speaking as itself («سازمان ملل اعلام کرد»)

    @property
    def kind(self) -> str:
        """How well the report names them: «person» (a full name), «surname» (a surname
        alone), «office» (a role and body, no name), «someone» (no name, no office) or «body»."""
        if self.body:
            return "body"
        if self.name == self.office_label:
            return "office" if self.role and self.organisation else "someone"
        return "person" if len(self.name.split()) >= 2 else "surname"

    @property
    def office_label(self) -> str | None:
        """«مدیرعامل سازمان تأمین اجتماعی», «وزیر نفت»: the role and the body, as a reader writes them."""
        from .identity import post_label

        return post_label(self.role, self.organisation)


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: who said it, with which verb, and the span it covers."""

    start: int  # raw offset where the statement's sentence begins
    end: int  # raw offset where what it covers ends
    cue_start: int  # raw offset of the reporting verb
    cue_end: int
    verb: str  # normalised reporting verb, e.g. "گفت", "اظهار داشت"
    speaker: Person | None
    mention: str  # how the speaker is named here ("وی", "موسوی", a role …)


@dataclass(frozen=True, slots=True)
class Period:
    """What a figure is for. ``start``/``end`` are set when the dates are certain; a relative
    phrase in a report known only by a date window («امسال» in a report of 2023-03-21 …
    2024-05-19) has instead ``earliest``/``latest``, the span of its possible readings
    (1402 or 1403). ``as_of`` marks «در حال حاضر», «تاکنون»: the figure holds at the
    report's date. ``year_back`` marks «در مدت مشابه سال قبل» said with no dated period
    before it: the same days a year before those of the figure it is set against;
    ``compared`` the period of a base a figure is compared with, said with the base's own
    value («نسبت به آذر سال گذشته با ۹۶ هزار دستگاه»)."""

    text: str  # as written, normalised
    start: date | None = None
    end: date | None = None
    recurrence: str | None = None  # "daily", "monthly", "yearly" …
    key: str | None = None  # a named period's catalogue key
    earliest: date | None = None
    latest: date | None = None
    as_of: bool = False
    year_back: bool = False
    compared: bool = False


@dataclass(frozen=True, slots=True)
class Anchor:
    """When a figure holds, as the stored queries compare it: a span of days, and how it
    was found — «stated» (a period phrase with certain dates), «report» (the report's
    date: «در حال حاضر», or a stock such as a headcount with no period phrase) or
    «window» (every reading the report's date window allows)."""

    first: date
    last: date
    basis: str


@dataclass(frozen=True, slots=True)
class Metric:
    key: str  # catalogue key ("new-insured-persons") or a key minted from the phrase
    label: str  # Persian label
    minted: bool = False
    # For a catalogue concept, lemma keys of what it is said of beyond its preferred label
    # («کشاورزی» of «رشد بخش کشاورزی», «گندم» of «قیمت خرید تضمینی گندم»): two figures of one
    # concept said of two other things are two quantities.
    of: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    start: int  # raw span of the whole number phrase, qualifier and unit included
    end: int
    surface: str  # raw text of the span
    value: Decimal  # in the stated unit, scale words applied
    unit: str | None  # unit key from ontology/units.ttl, or None
    qualifier: str  # exact, more_than, less_than, about, at_least, at_most, up_to
    modality: str  # achieved, stated, target, plan, forecast, estimate
    metric: Metric
    lower: Decimal | None = None  # bounds in the stated unit; None = unbounded
    upper: Decimal | None = None
    period: Period | None = None
    change_from: Decimal | None = None
    statement: int | None = None  # index into Extraction.statements
    qualifier_text: str | None = None
    metric_text: str | None = None
    anchor: Anchor | None = None
    scope: str | None = None  # the place the figure is about, when its clause names one
    context: tuple[str, ...] = ()  # lemma keys of the content words it is said with
    earlier: bool = False  # X of «از X به Y»: the next figure changed from it
    aspect: str | None = None  # "change": an amount of change («بهبود ۳ میلیارد دلاری»), not a level


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the loaders found in one report."""

    report: Report
    statements: tuple[Statement, ...] = ()
    figures: tuple[Figure, ...] = ()
    people: tuple[Person, ...] = field(default=())
