"""The store: an embedded Oxigraph database on disk, one named graph per report.

rdflib terms come in from the loaders and go out to exports; inside, everything is
pyoxigraph's (it is about four times faster to load than going through rdflib).

>>> import tempfile
>>> from rdflib import URIRef, Literal
>>> store = open_store(tempfile.mkdtemp() + "/s")
>>> g = URIRef("https://example.org/g")
>>> store.add_report(g, [(g, URIRef("https://example.org/p"), Literal("۱"))])
>>> store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
[('۱',)]
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from claimgraph.ontology import CG, IDENTITY_GRAPH, PREFIXES

if TYPE_CHECKING:
    from .remote import RemoteStore

XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA_URL = "https://schema.org/url"
PROV_REVISION = "http://www.w3.org/ns/prov#wasRevisionOf"
COMPACT_BYTES = 32_000_000  # N-Quads loaded by one ingest above which it compacts the store


class StoreError(Exception):
    """The store cannot be opened or used; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Result:
    """Rows of a SELECT query as Python values (str, int, Decimal, date, None)."""

    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


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
    return text == "true"


_FROM_XSD: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys((XSD + "integer", XSD + "int", XSD + "long"), int),
    **dict.fromkeys((XSD + "decimal", XSD + "double", XSD + "float"), Decimal),
    XSD + "date": _date,
    XSD + "boolean": _boolean,
}


def to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value: IRIs and strings as str, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        convert = _FROM_XSD.get(term.datatype.value)
        return convert(term.value) if convert else term.value
    return term.value


def open_store(location: str | Path, *, read_only: bool = False, wait: float = 0) -> LocalStore | RemoteStore:
    """Open the store at ``location`` (a folder; created when missing unless read-only).

    An ``http://`` or ``https://`` URL opens a SPARQL 1.1 endpoint instead (a RemoteStore,
    imported only then; ``wait`` does not apply). Raises StoreError when the folder is not
    a store, another process is writing it and ``wait`` seconds pass without it finishing,
    or no endpoint answers at the URL.
    """
    if str(location).startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only)
    return LocalStore(Path(location), read_only=read_only, wait=wait)


REWRITE_OVER = 50_000  # a derived graph that changes more than this is rewritten whole


class LocalStore:
    """An Oxigraph store in a folder."""

    def __init__(self, path: Path, *, read_only: bool = False, wait: float = 0) -> None:
        self.path = path
        self.read_only = read_only
        if read_only and not (path / "CURRENT").exists():
            raise StoreError(
                f"{path}: no store here; create one with `claimgraph ingest REPORTS --store {path}`"
            )
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: is a file, not a store folder")
        if not read_only:
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{path}: cannot create the store folder ({error.strerror})") from None
        self._db = self._open(wait)
        self._loaded = 0  # N-Quads bytes loaded since the store was opened
        self.memo: dict[str, Any] = {}  # what derived passes read before, in this process

    def _open(self, wait: float) -> ox.Store:
        deadline = time.monotonic() + wait
        while True:
            try:
                return ox.Store.read_only(str(self.path)) if self.read_only else ox.Store(str(self.path))
            except OSError as error:
                if "lock" not in str(error).lower() or time.monotonic() >= deadline:
                    raise StoreError(_open_problem(self.path, error)) from None
                time.sleep(0.5)

    # -- writing ---------------------------------------------------------------

    def add_report(self, graph: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Store one report's triples in its named graph, in one transaction."""
        name = ox.NamedNode(str(graph))
        self._db.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)

    def load_batch(self, chunks: list[bytes]) -> None:
        """Add several reports' N-Quads at once, all or nothing.

        Oxigraph's bulk loader writes sorted files and adds them to the database in one
        atomic step, skipping the write-ahead log and the write buffers. Measured on the
        1,490 Fars reports (277,000 quads): 3.3 CPU seconds with compaction in batches of
        256, against 5.8 s for one transaction per report. Each call writes new files,
        which the database merges in the background and :meth:`compact` at the end.
        """
        data = b"".join(chunks)
        self._db.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        self._loaded += len(data)

    def replace_graph(self, graph: str, triples: list[tuple[Any, Any, Any]]) -> None:
        """Make a derived graph (the identity pass's) hold exactly ``triples``.

        Only the difference is written: after one more report most links stand, and
        removing and bulk-loading the whole graph each time left the database a file per
        ingest to merge (200 one-report ingests slowed down to seconds each). The last
        triple is written last: a run stopped half way leaves a graph the next ingest finds
        out of date (see identity.is_current) and rebuilds.
        """
        name = ox.NamedNode(graph)
        new = [ox.Quad(s, p, o, name) for s, p, o in triples]
        old = set(self._db.quads_for_pattern(None, None, None, name))
        if not old:
            self._db.bulk_extend(new[:-1])
        else:
            wanted = set(new)
            gone = old - wanted
            if len(gone) > REWRITE_OVER:
                self._db.remove_graph(name)
                self._db.bulk_extend(new[:-1])
            else:
                for quad in gone:
                    self._db.remove(quad)
                self._db.extend(q for q in new[:-1] if q not in old)
        if new:
            self._db.add(new[-1])
        self._db.flush()

    def has_graph(self, graph: URIRef | str) -> bool:
        return self._db.contains_named_graph(ox.NamedNode(str(graph)))

    def graphs_for_source(self, name: str, url: str | None = None) -> list[str]:
        """Graphs of reports read from a file of this name or from this URL (earlier versions)."""
        patterns = [(ox.NamedNode(str(CG.sourceFile)), ox.Literal(name))]
        if url:
            patterns.append(
                (ox.NamedNode(SCHEMA_URL), ox.NamedNode(url) if "://" in url else ox.Literal(url))
            )
        graphs = set()
        for predicate, value in patterns:
            for quad in self._db.quads_for_pattern(None, predicate, value, None):
                if isinstance(quad.graph_name, ox.NamedNode):
                    graphs.add(quad.graph_name.value)
        return sorted(graphs)

    def latest_of(self, graphs: list[str]) -> str | None:
        """The one of ``graphs`` that no other report revises (the newest version)."""
        revised = ox.NamedNode(PROV_REVISION)
        heads = [
            g for g in graphs if not any(self._db.quads_for_pattern(None, revised, ox.NamedNode(g), None))
        ]
        return (heads or graphs or [None])[-1]

    def flush(self) -> None:
        if not self.read_only:
            self._db.flush()

    def needs_compaction(self) -> bool:
        """Did this session load enough to be worth compacting (see :meth:`compact`)?"""
        return not self.read_only and self._loaded >= COMPACT_BYTES

    def compact(self) -> None:
        """Merge the store's files after a large load.

        Each :meth:`load_batch` adds files of its own; reading many small files slows
        queries (measured at 100,000 figures: figures-changed for one metric 3.7 s, and
        1.1 s after compaction, which took 6.6 s).
        """
        self.flush()
        self._db.optimize()
        self._loaded = 0

    # -- reading ---------------------------------------------------------------

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SELECT query; ``bindings`` maps variable names to rdflib terms."""
        solutions = self._run(query, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        columns = tuple(v.value for v in solutions.variables)
        rows = [tuple(map(to_python, solution)) for solution in solutions]  # in column order
        return Result(columns, rows)

    def query(self, query: str, bindings: dict[str, Any] | None = None) -> Any:
        """Run any query and return pyoxigraph's answer (solutions, triples or a bool)."""
        return self._run(query, bindings)

    def _run(self, query: str, bindings: dict[str, Any] | None) -> Any:
        from .sparqltext import bind_everywhere

        bound = bind_everywhere(query, bindings or {})  # VALUES of serialised terms; see there
        try:
            return self._db.query(bound, prefixes=PREFIXES)
        except SyntaxError as error:
            raise StoreError(f"SPARQL syntax error: {error}") from None
        except (RuntimeError, ValueError) as error:
            raise StoreError(f"the query could not run: {error}") from None

    def count_graphs(self) -> int:
        """How many report graphs (named graphs other than the identity pass's) it holds."""
        return sum(1 for g in self._db.named_graphs() if g.value != IDENTITY_GRAPH)

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat) -> int:
        """Serialise every named graph (datasets) or their union (triple formats); return
        how many quads or triples were written (a triple in several reports' graphs is
        written once in the union)."""
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            self._db.dump(out, fmt, prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
            return len(self._db)
        seen: set[ox.Triple] = set()
        union = (ox.Triple(q.subject, q.predicate, q.object) for q in self._db)
        prefixes = PREFIXES if fmt is ox.RdfFormat.TURTLE else None
        ox.serialize(_dedupe(union, seen), out, fmt, prefixes=prefixes)
        return len(seen)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._db)

    def close(self) -> None:
        self.flush()
        del self._db


def _dedupe(triples: Iterable[ox.Triple], seen: set[ox.Triple]) -> Iterator[ox.Triple]:
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


def _open_problem(path: Path, error: OSError) -> str:
    text = str(error)
    if "lock" in text.lower():
        return (
            f"{path}: the store is in use by another claimgraph process (an ingest?); "
            "wait for it to finish, or pass --wait SECONDS"
        )
    if not os.access(path.parent if not path.exists() else path, os.W_OK):
        return f"{path}: cannot write here (permission denied)"
    return f"{path}: cannot open the store ({text})"
