"""The catalogues the loaders match against: units, metrics and named periods.

They are read from the Turtle files in ``ontology/`` (and any file a user adds with
:func:`add_catalogue`) once per process.

>>> units()["toman"].canonical, units()["toman"].factor
('rial', Decimal('10'))
>>> "همت" in {form for u in units().values() for form, _ in u.scaled_forms}
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from claimgraph.ontology import CG, read_text

from .normalize import normalize

_EXTRA: list[Path] = []
_DERIVED: list[Any] = []


@dataclass(frozen=True, slots=True)
class Unit:
    key: str
    label: str
    surface_forms: tuple[str, ...]
    canonical: str  # key of the canonical unit (itself when none is given)
    factor: Decimal
    scaled_forms: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True, slots=True)
class MetricConcept:
    key: str
    label: str
    labels: tuple[str, ...]  # normalised Persian labels, preferred first
    expected_unit: str | None = None  # the unit key a figure has when the text names none
    stock: bool = False  # a level that holds at a date (see cg:quantityKind)
    running: bool = False  # a total counted up from the start of the year (see cg:quantityKind)
    water_year: bool = False  # counted from 1 Mehr, not from Nowruz (see cg:countedFrom)
    money: bool = False  # only ever a sum of money (see cg:dimension)
    indicator: bool = False  # one value per speaker, scope and period (see cg:indicator)


@dataclass(frozen=True, slots=True)
class NamedPeriod:
    key: str
    label: str
    surface_forms: tuple[str, ...]
    start: date | None
    end: date | None
    words_between: int = 3  # other words allowed between a form's words


def add_catalogue(path: Path) -> None:
    """Add a user's Turtle file (units, metrics or named periods) to the catalogues.

    Raises ValueError when the file does not parse as Turtle.
    """
    try:
        Graph().parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser exception types
        raise ValueError(f"{path}: not valid Turtle ({error})") from None
    _EXTRA.append(Path(path))
    for cached in _DERIVED:
        cached.cache_clear()


def derived[F: Callable[..., Any]](func: F) -> F:
    """Mark a cached function built from the catalogues: it is rebuilt when one is added."""
    _DERIVED.append(func)
    return func


@derived
@lru_cache(maxsize=1)
def _graph() -> Graph:
    graph = Graph()
    for name in ("units.ttl", "metrics.ttl", "periods.ttl"):
        graph.parse(data=read_text(name), format="turtle")
    for path in _EXTRA:
        graph.parse(path, format="turtle")
    return graph


def _fa(graph: Graph, term: URIRef, prop: URIRef) -> list[str]:
    return [
        normalize(str(o))
        for o in graph.objects(term, prop)
        if isinstance(o, Literal) and o.language in (None, "fa")
    ]


def _key(graph: Graph, term: URIRef) -> str:
    return str(graph.value(term, CG.key) or str(term).rstrip("/").rsplit("/", 1)[-1])


@derived
@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """Units by key."""
    graph = _graph()
    out = {}
    for term in graph.subjects(RDF.type, CG.Unit):
        canonical = graph.value(term, CG.canonicalUnit)
        scaled = tuple(
            (normalize(str(graph.value(node, CG.surfaceForm))), Decimal(str(graph.value(node, CG.scale))))
            for node in graph.objects(term, CG.scaledForm)
        )
        key = _key(graph, term)
        out[key] = Unit(
            key=key,
            label=(_fa(graph, term, URIRef("http://www.w3.org/2000/01/rdf-schema#label")) or [key])[0],
            surface_forms=tuple(_fa(graph, term, CG.surfaceForm)),
            canonical=_key(graph, canonical) if canonical else key,
            factor=Decimal(str(graph.value(term, CG.factor) or 1)),
            scaled_forms=scaled,
        )
    return out


def counts_persons(unit: str | None) -> bool:
    """Does the unit count persons («نفر», or a kind of person with a unit of its own:
    «کودک», «پرستار»)?"""
    known = units().get(unit) if unit else None
    return known is not None and known.canonical == "person"


@derived
@lru_cache(maxsize=1)
def metrics() -> dict[str, MetricConcept]:
    """Metric concepts by key."""
    graph = _graph()
    out = {}
    for term in set(graph.subjects(RDF.type, CG.Metric)):
        key = _key(graph, term)
        pref = _fa(graph, term, SKOS.prefLabel)
        labels = tuple(dict.fromkeys(pref + _fa(graph, term, SKOS.altLabel)))
        unit = graph.value(term, CG.expectedUnit)
        kind = str(graph.value(term, CG.quantityKind) or "")
        out[key] = MetricConcept(
            key,
            pref[0] if pref else key,
            labels,
            _key(graph, unit) if unit else None,
            stock=kind == "stock",
            running=kind == "running",
            water_year=str(graph.value(term, CG.countedFrom) or "") == "water-year",
            money=str(graph.value(term, CG.dimension) or "") == "money",
            indicator=str(graph.value(term, CG.indicator) or "").lower() == "true",
        )
    return out


@derived
@lru_cache(maxsize=1)
def named_periods() -> list[NamedPeriod]:
    graph = _graph()
    out = []
    for term in graph.subjects(RDF.type, CG.NamedPeriod):
        start, end = graph.value(term, CG.startDate), graph.value(term, CG.endDate)
        out.append(
            NamedPeriod(
                key=_key(graph, term),
                label=(_fa(graph, term, URIRef("http://www.w3.org/2000/01/rdf-schema#label")) or [""])[0],
                surface_forms=tuple(_fa(graph, term, CG.surfaceForm)),
                start=start.toPython() if start else None,
                end=end.toPython() if end else None,
                words_between=3 if (between := graph.value(term, CG.wordsBetween)) is None else int(between),
            )
        )
    return sorted(out, key=lambda p: p.key)
