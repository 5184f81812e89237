"""The one interface every store offers: what the CLI, the queries and the exports use.

Two stores implement it, and neither knows the other: :class:`~.local.LocalStore` (an
embedded Oxigraph database in a folder) and :class:`~.remote.RemoteStore` (any SPARQL
1.1 endpoint). :func:`~.store.open_store` picks one from the location.

Answers are the same Python values from every store: a SELECT gives a :class:`Result`
of str, int, Decimal, date, bool and None; an ASK gives a bool; CONSTRUCT and DESCRIBE
give pyoxigraph triples.

>>> Result(("a", "b"), [(1, None)]).dicts()
[{'a': 1, 'b': None}]
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA_URL = "https://schema.org/url"
PROV_REVISION = "http://www.w3.org/ns/prov#wasRevisionOf"
DATASET_FORMATS = (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to do."""


class WriteError(StoreError):
    """A write that did not go through. The first ``stored`` reports of the batch are
    stored whole; none of the others is stored at all."""

    def __init__(self, message: str, stored: int = 0) -> None:
        super().__init__(message)
        self.stored = stored


class IncompleteAnswerError(StoreError):
    """The server cut an answer short and the rest could not be fetched."""


@dataclass(frozen=True, slots=True)
class Result:
    """Rows of a SELECT query as Python values (str, int, Decimal, date, bool, None).

    ``cut`` says why the rows are not the whole answer (a server's row limit or time
    limit that paging could not get round); it is empty for a whole answer.
    """

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    cut: str = ""

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def whole(self) -> Result:
        """This result; raises IncompleteAnswerError when it was cut."""
        if self.cut:
            raise IncompleteAnswerError(f"the answer is incomplete: {self.cut}")
        return self


Answer = Result | bool | Iterable[ox.Triple]


class Store(ABC):
    """A dataset of one named graph per report, read with SPARQL and written a batch of
    reports at a time, each report whole or not at all."""

    location: str
    read_only: bool
    memo: dict[str, Any]  # what derived passes read before, in this process (see identity)
    writes_elsewhere = False  # True when a server does the work of a write (see ingest._Batch)

    # -- writing ---------------------------------------------------------------

    @abstractmethod
    def load_batch(self, chunks: list[bytes]) -> None:
        """Store several reports, each given as its N-Quads. Raises WriteError saying how
        many of them (in order) were stored whole before it failed."""

    def add_report(self, graph: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Store one report's triples in its named graph, whole or not at all."""
        name = ox.NamedNode(str(graph))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples]
        self.load_batch([ox.serialize(quads, format=ox.RdfFormat.N_QUADS)])

    @abstractmethod
    def replace_graph(self, graph: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Make a derived graph (the identity pass's, not a report's) hold exactly
        ``triples`` (pyoxigraph terms, read once), its last triple written last."""

    @abstractmethod
    def has_graph(self, graph: URIRef | str) -> bool: ...

    @abstractmethod
    def graphs_for_source(self, name: str, url: str | None = None) -> list[str]:
        """Graphs of reports read from a file of this name or from this URL (earlier versions)."""

    @abstractmethod
    def latest_of(self, graphs: list[str]) -> str | None:
        """The one of ``graphs`` that no other report revises (the newest version)."""

    def flush(self) -> None:  # noqa: B027 — a no-op unless the store needs it
        """Make every write durable (a server commits each request itself)."""

    def needs_compaction(self) -> bool:
        """Did this session load enough to be worth compacting (see :meth:`compact`)?"""
        return False

    def compact(self) -> None:  # noqa: B027 — a no-op unless the store needs it
        """Merge the store's files after a large load (servers manage their own)."""

    # -- reading ---------------------------------------------------------------

    @abstractmethod
    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SELECT query; ``bindings`` maps variable names to rdflib terms, bound as
        terms, never pasted in. Raises StoreError for a query that is not a SELECT."""

    @abstractmethod
    def query(self, query: str, bindings: dict[str, Any] | None = None) -> Answer:
        """Run any query: a Result (SELECT), a bool (ASK) or triples (CONSTRUCT, DESCRIBE)."""

    @abstractmethod
    def count_graphs(self) -> int: ...

    @abstractmethod
    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the named graphs."""

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat) -> int:
        """Serialise every named graph (datasets) or their union (triple formats); return
        how many quads or triples were written (a triple in several reports' graphs is
        written once in the union)."""
        from claimgraph.ontology import PREFIXES

        prefixes = PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
        if fmt in DATASET_FORMATS:
            counter = _Counter(self.quads())
            ox.serialize(counter, out, fmt, prefixes=prefixes)
            return counter.seen
        seen: set[ox.Triple] = set()
        union = (ox.Triple(q.subject, q.predicate, q.object) for q in self.quads())
        ox.serialize(dedupe(union, seen), out, fmt, prefixes=prefixes)
        return len(seen)

    def close(self) -> None:  # noqa: B027 — a no-op unless the store needs it
        """Release the store (the embedded database's lock, a server's connection)."""


class _Counter:
    """Quads passed through, counted on the way (streamed, not held in memory)."""

    def __init__(self, quads: Iterator[ox.Quad]) -> None:
        self.quads, self.seen = quads, 0

    def __iter__(self) -> Iterator[ox.Quad]:
        for quad in self.quads:
            self.seen += 1
            yield quad


def dedupe(triples: Iterable[ox.Triple], seen: set[ox.Triple]) -> Iterator[ox.Triple]:
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


def to_ox(term: URIRef | Literal | BNode) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    """An rdflib term as a pyoxigraph term (a pyoxigraph term is returned as it is)."""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def _date(text: str) -> date:
    return date.fromisoformat(text[:10])


def _boolean(text: str) -> bool:
    return text in ("true", "1")  # "1" is a lexical form of xsd:boolean too (Virtuoso's)


FROM_XSD: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys((XSD + "integer", XSD + "int", XSD + "long"), int),
    **dict.fromkeys((XSD + "decimal", XSD + "double", XSD + "float"), Decimal),
    XSD + "date": _date,
    XSD + "boolean": _boolean,
}


def to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as str, numbers as
    numbers, dates as dates, booleans as bools.

    >>> to_python(ox.Literal("1", datatype=ox.NamedNode(XSD + "boolean")))
    True
    """
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        convert = FROM_XSD.get(term.datatype.value)
        return convert(term.value) if convert else term.value
    return term.value
