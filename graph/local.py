"""The embedded store: an Oxigraph database in a folder, one named graph per report.

rdflib terms come in from the loaders and go out to exports; inside, everything is
pyoxigraph's (it is about four times faster to load than going through rdflib).

>>> import tempfile
>>> from rdflib import URIRef, Literal
>>> store = LocalStore(Path(tempfile.mkdtemp()) / "s")
>>> g = URIRef("https://example.org/g")
>>> store.add_report(g, [(g, URIRef("https://example.org/p"), Literal("۱"))])
>>> store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
[('۱',)]
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import URIRef

from claimgraph.ontology import CG, IDENTITY_GRAPH, PREFIXES

from .base import (
    DATASET_FORMATS,
    PROV_REVISION,
    SCHEMA_URL,
    Answer,
    Result,
    Store,
    StoreError,
    WriteError,
    to_python,
)
from .sparqltext import bind_everywhere

COMPACT_BYTES = 32_000_000  # N-Quads loaded by one ingest above which it compacts the store
REWRITE_OVER = 50_000  # a derived graph that changes more than this is rewritten whole


class LocalStore(Store):
    """An Oxigraph store in a folder."""

    def __init__(self, path: Path, *, read_only: bool = False, wait: float = 0) -> None:
        self.path = path
        self.location = str(path)
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

    def load_batch(self, chunks: list[bytes]) -> None:
        """Add several reports' N-Quads at once, all or nothing.

        Oxigraph's bulk loader writes sorted files and adds them to the database in one
        atomic step, skipping the write-ahead log and the write buffers. Measured on the
        1,490 Fars reports (277,000 quads): 3.3 CPU seconds with compaction in batches of
        256, against 5.8 s for one transaction per report. Each call writes new files,
        which the database merges in the background and :meth:`compact` at the end.
        """
        data = b"".join(chunks)
        try:
            self._db.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
        except (OSError, RuntimeError) as error:  # a full disk, a broken database
            raise WriteError(f"{self.path}: the reports could not be stored ({error})") from None
        self._loaded += len(data)

    def replace_graph(self, graph: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Make a derived graph (the identity pass's) hold exactly ``triples``.

        Only the difference is written: after one more report most links stand, and
        removing and bulk-loading the whole graph each time left the database a file per
        ingest to merge (200 one-report ingests slowed down to seconds each). The triples
        are read once, as they come: a first build streams into the bulk loader and never
        holds the whole graph. The last triple is written last: a run stopped half way
        leaves a graph the next ingest finds out of date (see identity.is_current) and
        rebuilds.
        """
        name = ox.NamedNode(graph)
        quads = (ox.Quad(s, p, o, name) for s, p, o in triples)
        last: list[ox.Quad] = []

        def all_but_last(items: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
            held = None
            for quad in items:
                if held is not None:
                    yield held
                held = quad
            last[:] = [held] if held is not None else []

        if next(iter(self._db.quads_for_pattern(None, None, None, name)), None) is None:
            self._db.bulk_extend(all_but_last(quads))
        else:
            old = set(self._db.quads_for_pattern(None, None, None, name))
            added, stands = [], []
            for quad in all_but_last(quads):
                if quad in old:
                    old.discard(quad)
                    stands.append(quad)
                else:
                    added.append(quad)
            if len(old) > REWRITE_OVER:  # «old» now holds what goes
                self._db.remove_graph(name)
                self._db.bulk_extend([*stands, *added])
            else:
                for quad in old:
                    self._db.remove(quad)
                self._db.extend(added)
        if last:
            self._db.add(last[0])
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
        answer = self.query(query, bindings)
        if not isinstance(answer, Result):
            raise StoreError("expected a SELECT query")
        return answer

    def query(self, query: str, bindings: dict[str, Any] | None = None) -> Answer:
        """Run any query: a Result (SELECT), a bool (ASK) or triples (CONSTRUCT, DESCRIBE)."""
        answer = self._run(query, bindings)
        if isinstance(answer, ox.QuerySolutions):
            columns = tuple(v.value for v in answer.variables)
            return Result(columns, [tuple(map(to_python, solution)) for solution in answer])  # column order
        if isinstance(answer, ox.QueryBoolean):
            return bool(answer)
        return answer

    def solutions(self, query: str, bindings: dict[str, Any] | None = None) -> ox.QuerySolutions:
        """pyoxigraph's own solutions of a SELECT, streamed (for bench/latency.py)."""
        return self._run(query, bindings)

    def _run(self, query: str, bindings: dict[str, Any] | None) -> Any:
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
        """See :meth:`Store.dump`; datasets are written by Oxigraph directly."""
        if fmt in DATASET_FORMATS:
            self._db.dump(out, fmt, prefixes=PREFIXES if fmt is ox.RdfFormat.TRIG else None)
            return len(self._db)
        return super().dump(out, fmt)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._db)

    def close(self) -> None:
        self.flush()
        del self._db


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
