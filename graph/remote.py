r"""A store behind any SPARQL 1.1 endpoint: the Store interface over HTTP.

Which URL does what is in :mod:`.endpoints`; writes are in :mod:`.remotewrite`.
Credentials go in the URL (``https://USER:PASSWORD@host/…``, HTTP Basic or Digest) and
never appear in messages. Parameters are bound by a ``VALUES`` block of N-Triples terms,
first in the WHERE clause, never pasted into the text.

Answers are read the same from every engine: an ASK that Virtuoso answers as a one-row
SELECT is a bool; a column the query computes as a boolean comes back True/False where
an engine sends 1/0. An answer the server cuts (Virtuoso's ``X-SPARQL-MaxRows``,
``claimgraph serve``'s ``Claimgraph-Truncated``) is fetched again page by page
(:func:`~.sparqltext.paged`); one cut by a time limit is returned marked as cut.

>>> from rdflib import Literal
>>> print(bind_values('SELECT ?f WHERE { ?f ?p ?name }', {"name": Literal('x" } DROP ALL #')}))
SELECT ?f WHERE { VALUES (?name) { ("x\" } DROP ALL #") } ?f ?p ?name }
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from rdflib import Literal, URIRef

from claimgraph.ontology import IDENTITY_GRAPH

from .base import Answer, Result, Store, StoreError, WriteError, to_python
from .endpoints import Endpoints, candidates, engine_of, for_engine
from .remotewrite import Catalogue, Writer
from .sparqltext import bind_values, boolean_columns, paged, query_form, with_prefixes
from .web import Response, Session, refused

# JSON first, though Virtuoso writes XML two to three times as fast (3,000 rows: 0.38 s
# against 0.87 s): pyoxigraph 0.5's XML results reader trims spaces at the ends of a
# literal, and a statement label such as " ایکانومیک تایمز به نقل از" came back changed.
ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9"
# Triples for CONSTRUCT and DESCRIBE: Virtuoso answers them as JSON rows of s, p, o when
# JSON results are acceptable, with numbers that are not strings.
ACCEPT_TRIPLES = "application/n-triples, text/turtle;q=0.9"
GRAPHS_PER_REQUEST = 16  # report graphs read per request by quads()


class Triples(list):
    """The triples of a CONSTRUCT or DESCRIBE answer; ``cut`` says why some may be missing."""

    cut = ""


class RemoteStore(Store):
    """A store behind a SPARQL 1.1 endpoint; see :mod:`.endpoints` for the URLs.

    Raises StoreError when no endpoint answers, with what was tried and what to do.
    """

    writes_elsewhere = True

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self._http = Session(location)
        self.location = self._http.location
        self.read_only = read_only
        self.endpoints = self._find(candidates(self.location, credentials=self._http.credentials))
        self._catalogue: Catalogue | None = None
        self._writer = Writer(self._http, self.endpoints, self._count_graph)
        self.memo: dict[str, Any] = {}  # what derived passes read before, in this process

    def _find(self, options: list[Endpoints]) -> Endpoints:
        problems = []
        for endpoints in options:
            self.endpoints = endpoints
            try:
                response = self._request(endpoints.query, "ASK {}")
                if isinstance(self._answer(response, "ASK", endpoints.query), bool):
                    return for_engine(endpoints, engine_of(response.headers.get("server", ""), endpoints))
                problems.append(f"{endpoints.query} did not answer ASK {{}} with true or false")
            except StoreError as error:
                problems.append(str(error))
        tried = f" (tried {', '.join(e.query for e in options)})" if len(options) > 1 else ""
        raise StoreError(problems[0] + tried)

    # -- writing ---------------------------------------------------------------

    def load_batch(self, chunks: list[bytes]) -> None:
        """Store several reports, each whole or not at all, in as few requests as the
        engine allows (see :mod:`.remotewrite`). Raises WriteError saying how many of
        them (in order) were stored."""
        if self.read_only:
            raise WriteError(f"{self.location}: opened read-only")
        known = self._known()  # read before the first write, so that it notes every write
        stored = 0
        try:
            for done in self._writer.write(chunks):
                known.add(chunks[stored : stored + done])
                stored += done
        except WriteError as error:
            error.stored += stored
            raise
        except StoreError as error:
            raise WriteError(str(error), stored) from None

    def load_quads(self, data: bytes) -> None:
        """Add N-Quads (one report) in one request: all or nothing."""
        self.load_batch([data])

    def _known(self) -> Catalogue:
        """What the ingest checks ask about every report, read once (see Catalogue)."""
        if self._catalogue is None:
            self._catalogue = Catalogue.read(self)
        return self._catalogue

    def replace_graph(self, graph: str, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Replace a derived graph (the identity pass's): drop it, then insert it in
        requests sized for the engine, its last triple last (see LocalStore.replace_graph)."""
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        response = self._http.request(
            "POST", self.endpoints.update, f"DROP SILENT GRAPH <{graph}>".encode(),
            {"Content-Type": "application/sparql-update; charset=utf-8", "Accept": "*/*"},
            timeout=self.endpoints.timeout,
        )  # fmt: skip
        if response.status >= 400:
            raise WriteError(refused(self.endpoints.update, response))
        name = ox.NamedNode(graph)
        triples = list(triples)
        parts = [triples[at : at + 3000] for at in range(0, max(len(triples) - 1, 0), 3000)] + [triples[-1:]]
        chunks = [ox.serialize([ox.Quad(s, p, o, name) for s, p, o in part], format=ox.RdfFormat.N_QUADS)
                  for part in parts if part]  # fmt: skip
        for _ in self._writer.write(chunks):
            pass

    def has_graph(self, graph: URIRef | str) -> bool:
        if not self.read_only:  # the report graphs, and every graph written since
            return str(graph) in self._known().graphs
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(str(graph))}))

    def graphs_for_source(self, name: str, url: str | None = None) -> list[str]:
        if not self.read_only:
            return self._known().for_source(name, url)
        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r cg:sourceFile ?name } }"
        graphs = {row[0] for row in self.select(query, {"name": Literal(name)}).whole().rows}
        if url:
            value = URIRef(url) if "://" in url else Literal(url)
            query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r schema:url ?url } }"
            graphs.update(row[0] for row in self.select(query, {"url": value}).whole().rows)
        return sorted(graphs)

    def latest_of(self, graphs: list[str]) -> str | None:
        if not self.read_only:
            return self._known().latest_of(graphs)
        revised = "ASK { GRAPH ?x { ?newer prov:wasRevisionOf ?g } }"
        heads = [g for g in graphs if not self.query(revised, {"g": URIRef(g)})]
        return (heads or graphs or [None])[-1]

    def _count_graph(self, graph: str) -> int:
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        return int(self.select(query, {"g": URIRef(graph)}).rows[0][0])

    # -- reading ---------------------------------------------------------------

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Result:
        answer = self.query(query, bindings)
        if not isinstance(answer, Result):
            raise StoreError("expected a SELECT query")
        return answer

    def query(self, query: str, bindings: dict[str, Any] | None = None) -> Answer:
        text = bind_values(with_prefixes(query), bindings or {})
        form = query_form(text)
        accept = ACCEPT_TRIPLES if form in ("CONSTRUCT", "DESCRIBE") else ACCEPT
        response = self._request(self.endpoints.query, text, accept)
        answer = self._answer(response, form, self.endpoints.query)
        if not isinstance(answer, tuple):
            return answer
        columns, rows, cut = answer
        if cut and form == "SELECT" and rows and not cut.startswith("time"):
            rows, cut = self._pages(text, columns, len(rows))
        booleans = boolean_columns(text) & set(columns)
        return Result(columns, [_converted(row, columns, booleans) for row in rows], _why(cut))

    def _pages(self, text: str, columns: tuple[str, ...], size: int) -> tuple[list[tuple], str]:
        """Every row of a cut answer, ``size`` at a time in a stable order."""
        rows: list[tuple] = []
        while True:
            response = self._request(self.endpoints.query, paged(text, columns, len(rows), size))
            answer = self._answer(response, "SELECT", self.endpoints.query)
            _, page, cut = answer if isinstance(answer, tuple) else ((), [], "")
            rows += page
            if cut.startswith("time"):
                return rows, cut
            if len(page) < size:
                return rows, ""

    def _request(self, url: str, text: str, accept: str = ACCEPT) -> Response:
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode({"query": text}).encode()
        response = self._http.request("POST", url, body, headers, timeout=self.endpoints.timeout)
        if response.status >= 400:
            raise StoreError(refused(url, response))
        return response

    def _answer(self, response: Response, form: str, url: str) -> Any:
        """A bool, Triples, or (columns, rows of pyoxigraph terms, cut) for solutions."""
        kind, cut = response.content_type, _cut(response)
        try:
            if results := ox.QueryResultsFormat.from_media_type(kind):
                parsed = ox.parse_query_results(response.body, results)
                if isinstance(parsed, ox.QueryBoolean):
                    return bool(parsed)
                columns = tuple(v.value for v in parsed.variables)
                rows = [tuple(solution[c] for c in columns) for solution in parsed]
                if form == "ASK":  # Virtuoso answers ASK as one row holding 1, or no row
                    return bool(rows) and to_python(rows[0][0]) not in (0, False, None)
                return columns, rows, cut
            if rdf := ox.RdfFormat.from_media_type(kind):
                triples = Triples(
                    ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(response.body, rdf)
                )
                triples.cut = _why(cut)
                return triples
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"{url} answered {kind or 'something'} that cannot be read: {error}") from None
        raise StoreError(f"{url} answered {kind or 'without a type'}, not SPARQL results: is it an endpoint?")

    def count_graphs(self) -> int:
        """How many report graphs the store holds (see :meth:`quads`)."""
        query = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?r cg:sourceFile ?file } }"
        return int(self.select(query).whole().rows[0][0])

    def quads(self) -> Iterator[ox.Quad]:
        """The quads of the reports' named graphs, a few graphs per request so that no
        answer meets a server's row limit. Only graphs that hold a report (a
        ``cg:sourceFile``) are read: not the default graph, which some engines make the
        union, nor a server's own graphs (Virtuoso keeps its settings in three); and the
        identity pass's graph, as the embedded store exports it."""
        listed = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r cg:sourceFile ?file } } ORDER BY ?g")
        graphs = [ox.NamedNode(row[0]) for row in listed.whole().rows]
        if self.query(f"ASK {{ GRAPH <{IDENTITY_GRAPH}> {{ ?s ?p ?o }} }}"):
            graphs.append(ox.NamedNode(IDENTITY_GRAPH))  # what the identity pass derived, too
        for at in range(0, len(graphs), GRAPHS_PER_REQUEST):
            values = " ".join(str(g) for g in graphs[at : at + GRAPHS_PER_REQUEST])
            text = f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
            response = self._request(self.endpoints.query, text)
            columns, rows, cut = self._answer(response, "SELECT", self.endpoints.query)
            if cut:
                rows, cut = self._pages(text, columns, len(rows))
            if cut:
                raise StoreError(f"the answer is incomplete: {_why(cut)}")
            yield from (ox.Quad(*row) for row in rows)

    def close(self) -> None:
        self._http.close()


def _converted(row: tuple, columns: tuple[str, ...], booleans: set[str]) -> tuple:
    values = tuple(map(to_python, row))
    if not booleans:
        return values
    return tuple(
        bool(v) if name in booleans and type(v) is int and v in (0, 1) else v
        for name, v in zip(columns, values, strict=True)
    )


def _cut(response: Response) -> str:
    """Why the server says it sent part of the answer ("" when it does not say so).
    Reasons starting with "time" cannot be helped by asking page by page."""
    headers = response.headers
    state, message = headers.get("x-sql-state", ""), headers.get("x-sql-message", "")
    # Virtuoso's "anytime" answers: 206 (or 200 in 7.2) with X-SQL-State S1TAT
    if response.status == 206 or state == "S1TAT" or "incomplete results" in message.lower():
        return "time: the server stopped the query at its time limit and sent what it had"
    if "x-sparql-maxrows" in headers:
        most = headers["x-sparql-maxrows"]
        return f"the server sends at most {most} rows per answer (Virtuoso's ResultSetMaxRows)"
    if headers.get("claimgraph-truncated", "").lower() == "true":
        return "the server cut the answer at its --max-rows"
    return ""


def _why(cut: str) -> str:
    return cut.removeprefix("time: ")
