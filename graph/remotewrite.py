"""Writes to a SPARQL server: each report whole or not at all, in as few requests as the
engine takes.

* **One POST of N-Quads per batch** where the engine stores a POSTed dataset in one
  transaction (Oxigraph ``/store``, Fuseki ``/ds/data``, RDF4J ``…/statements``): a batch
  is stored whole or not at all.
* **INSERT DATA** elsewhere, as many reports per update as the engine takes: one update
  is one transaction. An update the engine finds too large (Virtuoso: "The length of
  generated SQL text has exceeded 10000 lines") is split in two and each half sent, down
  to one report.
* **PUT of the report's graph** (SPARQL 1.1 Graph Store Protocol) for a report too large
  for any update. Virtuoso's PUT is not atomic (a load that fails half way keeps what it
  had read: measured), so after a PUT that fails the graph is counted and, when it is not
  the whole report, deleted.

:class:`Catalogue` keeps what the ingest asks about every report (which graphs hold which
source file and URL, which are revised) after one read, so that a report costs no round
trip before it is written. It assumes that this ingest is the store's only writer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from .base import PROV_REVISION, SCHEMA_URL, StoreError, WriteError
from .endpoints import Endpoints
from .sparqltext import insert_data, update_size
from .web import Session, refused

if TYPE_CHECKING:
    from .base import Store

SOURCE_FILE = "https://w3id.org/claimgraph/ns#sourceFile"
_MARKERS = tuple(f"<{iri}>".encode() for iri in (SOURCE_FILE, SCHEMA_URL, PROV_REVISION))
_TOO_LARGE = re.compile(r"exceeded|too (large|long|many|big)|SQL text|request entity", re.IGNORECASE)


class _TooLargeError(Exception):
    pass


class Writer:
    """Sends batches of reports (N-Quads, one report each) to the endpoints."""

    def __init__(self, http: Session, endpoints: Endpoints, count_graph: Callable[[str], int]) -> None:
        self.http, self.endpoints, self.count_graph = http, endpoints, count_graph
        self.budget = endpoints.update_lines  # lines per INSERT DATA; lowered when refused

    def write(self, chunks: list[bytes]) -> Iterator[int]:
        """Store the reports in order; yield how many more are stored after each request.
        Raises WriteError (nothing of the current request stored) or StoreError."""
        if self.endpoints.batch_post:
            self._send("POST", self.endpoints.batch_post, b"".join(chunks), "application/n-quads")
            yield len(chunks)
            return
        group: list[bytes] = []
        size = 0
        for chunk in chunks:
            lines = update_size(chunk)
            if group and size + lines > self.budget:
                yield from self._insert(group)
                group, size = [], 0
            group.append(chunk)
            size += lines
        if group:
            yield from self._insert(group)

    def _insert(self, group: list[bytes]) -> Iterator[int]:
        try:
            self._send("POST", self.endpoints.update, insert_data(b"".join(group)), _UPDATE)
        except _TooLargeError:
            if len(group) == 1:
                self._put(group[0])
                yield 1
                return
            self.budget = max(1, min(self.budget, sum(map(update_size, group)) // 2))
            half = len(group) // 2
            yield from self._insert(group[:half])
            yield from self._insert(group[half:])
            return
        yield len(group)

    def _put(self, chunk: bytes) -> None:
        """One report too large for an update, PUT as its graph; checked when it fails."""
        quads = list(ox.parse(chunk, format=ox.RdfFormat.N_QUADS))
        graph = quads[0].graph_name.value
        if not self.endpoints.store:
            raise WriteError(
                f"report graph {graph} is too large for one update at {self.endpoints.update}; name the "
                "server's SPARQL 1.1 Graph Store endpoint as URL#store=…"
            )
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        param = "graph-uri" if self.endpoints.engine == "virtuoso" else "graph"
        url = f"{self.endpoints.store}?{param}={quote(graph, safe='')}"
        try:
            self._send("PUT", url, body, "application/n-triples")
        except (StoreError, _TooLargeError) as error:
            self._undo(url, graph, len(set(triples)), str(error))

    def _undo(self, url: str, graph: str, expected: int, problem: str) -> None:
        """After a failed PUT: keep the graph if it is whole, delete it if it is not."""
        try:
            found = self.count_graph(graph)
            if found == expected:
                return
            if found:
                self.http.request("DELETE", url, timeout=self.endpoints.timeout)
        except StoreError as error:
            problem += f"; then the check failed too ({error}): the report's graph may be partial"
        raise WriteError(problem)

    def _send(self, method: str, url: str, body: bytes, kind: str) -> None:
        headers = {"Content-Type": kind, "Accept": "*/*"}
        response = self.http.request(method, url, body, headers, timeout=self.endpoints.timeout)
        if response.status == 413 or (
            response.status >= 400 and _TOO_LARGE.search(response.body[:4000].decode("utf-8", "replace"))
        ):
            raise _TooLargeError()
        if response.status >= 400:
            raise WriteError(refused(url, response))


# An update POSTed as itself (SPARQL 1.1 Protocol), not as a form: URL-encoding the
# Fars reports' updates took 2.4 s of the writer's time.
_UPDATE = "application/sparql-update; charset=utf-8"


@dataclass(slots=True)
class Catalogue:
    """The stored reports' graphs by source file and URL, and the graphs revised."""

    graphs: set[str] = field(default_factory=set)
    by_name: dict[str, set[str]] = field(default_factory=dict)
    by_url: dict[str, set[str]] = field(default_factory=dict)
    revised: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, store: Store) -> Catalogue:
        known = cls()
        query = (
            "SELECT ?g ?name ?url WHERE { GRAPH ?g { ?r cg:sourceFile ?name "
            "OPTIONAL { ?r schema:url ?url } } }"
        )
        for graph, name, url in store.select(query).whole().rows:
            known._note(graph, name, url)
        query = "SELECT DISTINCT ?old WHERE { GRAPH ?x { ?new prov:wasRevisionOf ?old } }"
        known.revised.update(row[0] for row in store.select(query).whole().rows)
        return known

    def _note(self, graph: str, name: str | None, url: str | None) -> None:
        self.graphs.add(graph)
        if name is not None:
            self.by_name.setdefault(name, set()).add(graph)
        if url is not None:
            self.by_url.setdefault(url, set()).add(graph)

    def add(self, chunks: list[bytes]) -> None:
        """Note the reports just stored (their source file, URL and revision links)."""
        for chunk in chunks:
            first = next(ox.parse(chunk.split(b"\n", 1)[0], format=ox.RdfFormat.N_QUADS), None)
            if first is not None and isinstance(first.graph_name, ox.NamedNode):
                self.graphs.add(first.graph_name.value)
            lines = b"\n".join(line for line in chunk.splitlines() if any(m in line for m in _MARKERS))
            for quad in ox.parse(lines, format=ox.RdfFormat.N_QUADS):
                graph, predicate, value = quad.graph_name.value, quad.predicate.value, quad.object.value
                if predicate == SOURCE_FILE:
                    self._note(graph, value, None)
                elif predicate == SCHEMA_URL:
                    self._note(graph, None, value)
                else:
                    self.revised.add(value)

    def for_source(self, name: str, url: str | None) -> list[str]:
        found = set(self.by_name.get(name, ()))
        if url:
            found |= self.by_url.get(url, set())
        return sorted(found)

    def latest_of(self, graphs: list[str]) -> str | None:
        heads = [g for g in graphs if g not in self.revised]
        return (heads or graphs or [None])[-1]
