r"""A store behind any SPARQL 1.1 endpoint: the methods of LocalStore, over HTTP.

Which endpoints a ``--store`` URL names (first match wins; see :func:`candidates`):

* hints after ``#``: ``URL#query=WHERE&update=WHERE&timeout=SECONDS``; WHERE is a full
  URL, a path from the server root (``/ds/sparql``) or a path below URL (``statements``);
* ``…/query`` (Oxigraph, Fuseki): updates go to the sibling ``…/update``;
* ``…/repositories/NAME`` (GraphDB, RDF4J): updates go to ``…/repositories/NAME/statements``;
* ``…/sparql`` or a URL with a query string (Virtuoso, QLever): both go to the URL;
* any other URL is a server or a dataset (``http://host:7878``, ``http://host:3030/ds``):
  ``URL/query`` and ``URL/update`` if ``URL/query`` answers ``ASK {}``, else URL for both.

Credentials go in the URL (``https://USER:PASSWORD@host/…``, HTTP Basic or Digest). A
report is written by one SPARQL Update ``INSERT DATA`` (stored whole or not at all);
parameters are bound by a ``VALUES`` block of N-Triples terms, first in the WHERE clause.

>>> from rdflib import Literal
>>> print(bind_values('SELECT ?f WHERE { ?f ?p ?name }', {"name": Literal('x" } DROP ALL #')}))
SELECT ?f WHERE { VALUES (?name) { ("x\" } DROP ALL #") } ?f ?p ?name }
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any
from urllib import request as http
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qs, unquote, urlencode, urljoin, urlsplit, urlunsplit

import pyoxigraph as ox
from rdflib import Literal, URIRef

from claimgraph.ontology import IDENTITY_GRAPH, PREFIXES

from .sparqltext import bind_values, insert_data, with_prefixes
from .store import Result, StoreError, _dedupe, to_ox, to_python

DEFAULT_TIMEOUT = 120.0
ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.9, application/n-triples;q=0.8"
_ADVICE = {
    401: "it needs credentials: put them in the URL (https://USER:PASSWORD@host/…)",
    403: "it does not allow this (read-only?): name a writable update endpoint as URL#update=…",
    404: "there is no SPARQL endpoint there: check the URL, or name the endpoints as URL#query=…&update=…",
}


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where queries and updates go, and how many seconds to wait for an answer."""

    query: str
    update: str
    timeout: float = DEFAULT_TIMEOUT


def candidates(url: str) -> list[Endpoints]:
    """The endpoints to try for a ``--store`` URL, in order. Raises StoreError for a bad hint.

    >>> [e.query for e in candidates("http://localhost:7878")]
    ['http://localhost:7878/query', 'http://localhost:7878']
    >>> candidates("http://localhost:3030/ds/query")[0].update
    'http://localhost:3030/ds/update'
    >>> candidates("https://example.org/repositories/claims#timeout=600")[0].update
    'https://example.org/repositories/claims/statements'
    """
    base, _, fragment = url.partition("#")
    base = base.rstrip("/")
    hints = {name: values[-1] for name, values in parse_qs(fragment).items()}
    try:
        timeout = float(hints.get("timeout", DEFAULT_TIMEOUT))
    except ValueError:
        raise StoreError(f"{url}: timeout= takes seconds, such as #timeout=300") from None
    if "query" in hints or "update" in hints:
        query = urljoin(base + "/", hints.get("query", base))
        return [Endpoints(query, urljoin(base + "/", hints.get("update", query)), timeout)]
    parts = urlsplit(base)
    if parts.path.endswith("/query"):
        return [Endpoints(base, base.removesuffix("query") + "update", timeout)]
    if re.search(r"/repositories/[^/]+$", parts.path):
        return [Endpoints(base, base + "/statements", timeout)]
    if parts.path.endswith("/sparql") or parts.query:
        return [Endpoints(base, base, timeout)]
    return [Endpoints(base + "/query", base + "/update", timeout), Endpoints(base, base, timeout)]


def _opener(url: str) -> tuple[str, http.OpenerDirector]:
    """The URL without credentials, and an opener that answers challenges with them."""
    parts = urlsplit(url)
    if parts.username is None:
        return url, http.build_opener()
    host = parts.netloc.rpartition("@")[2]
    passwords = http.HTTPPasswordMgrWithDefaultRealm()
    user, password = unquote(parts.username), unquote(parts.password or "")
    passwords.add_password(None, f"{parts.scheme}://{host}/", user, password)
    handlers = http.HTTPBasicAuthHandler(passwords), http.HTTPDigestAuthHandler(passwords)
    return urlunsplit(parts._replace(netloc=host)), http.build_opener(*handlers)


class RemoteStore:
    """A store behind a SPARQL 1.1 endpoint; see the module docstring for the URLs.

    Raises StoreError when no endpoint answers, with what was tried and what to do.
    """

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location, self._http = _opener(location)
        self.read_only = read_only
        self.endpoints = self._find(candidates(self.location))
        self.memo: dict[str, Any] = {}  # what derived passes read before, in this process

    def _find(self, options: list[Endpoints]) -> Endpoints:
        problems = []
        for endpoints in options:
            self.endpoints = endpoints
            try:
                if isinstance(self.query("ASK {}"), ox.QueryBoolean):
                    return endpoints
                problems.append(f"{endpoints.query} did not answer ASK {{}} with true or false")
            except StoreError as error:
                problems.append(str(error))
        tried = f" (tried {', '.join(e.query for e in options)})" if len(options) > 1 else ""
        raise StoreError(problems[0] + tried)

    def add_report(self, graph: URIRef, triples: Iterable[tuple[Any, Any, Any]]) -> None:
        """Store one report's triples in its named graph, in one request."""
        name = ox.NamedNode(str(graph))
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples]
        self.load_quads(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))

    def load_quads(self, data: bytes) -> None:
        """Add N-Quads (one report) in one SPARQL Update request: all or nothing."""
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        self._post(self.endpoints.update, "update", insert_data(data), "*/*")

    def load_batch(self, chunks: list[bytes]) -> None:
        """Add several reports, one request each (a request stays one report's size)."""
        for data in chunks:
            self.load_quads(data)

    def replace_graph(self, graph: str, triples: list[tuple[Any, Any, Any]]) -> None:
        """Replace a derived graph (the identity pass's): drop it, then insert in requests
        of a few thousand triples, the version triple last (see LocalStore.replace_graph)."""
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")
        self._post(self.endpoints.update, "update", f"DROP SILENT GRAPH <{graph}>", "*/*")
        name = ox.NamedNode(graph)
        for at in range(0, len(triples), 5000):
            quads = [ox.Quad(s, p, o, name) for s, p, o in triples[at : at + 5000]]
            self.load_quads(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))

    def has_graph(self, graph: URIRef | str) -> bool:
        return bool(self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(str(graph))}))

    def graphs_for_source(self, name: str, url: str | None = None) -> list[str]:
        """Graphs of reports read from a file of this name or from this URL (earlier versions)."""
        query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r cg:sourceFile ?name } }"
        graphs = {row[0] for row in self.select(query, {"name": Literal(name)}).rows}
        if url:
            value = URIRef(url) if "://" in url else Literal(url)
            query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?r schema:url ?url } }"
            graphs.update(row[0] for row in self.select(query, {"url": value}).rows)
        return sorted(graphs)

    def latest_of(self, graphs: list[str]) -> str | None:
        """The one of ``graphs`` that no other report revises (the newest version)."""
        revised = "ASK { GRAPH ?x { ?newer prov:wasRevisionOf ?g } }"
        heads = [g for g in graphs if not self.query(revised, {"g": URIRef(g)})]
        return (heads or graphs or [None])[-1]

    def flush(self) -> None:
        """Nothing to do: every request is committed by the endpoint."""

    def needs_compaction(self) -> bool:
        """Never: the endpoint manages its own files."""
        return False

    def compact(self) -> None:
        """Nothing to do (see :meth:`needs_compaction`)."""

    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Result:
        """Run a SELECT query; ``bindings`` maps variable names to rdflib terms."""
        solutions = self.query(query, bindings)
        if not isinstance(solutions, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        columns = tuple(v.value for v in solutions.variables)
        return Result(columns, [tuple(to_python(s[c]) for c in columns) for s in solutions])

    def query(self, query: str, bindings: dict[str, Any] | None = None) -> Any:
        """Run any query: pyoxigraph solutions, a QueryBoolean, or a list of triples."""
        text = bind_values(with_prefixes(query), bindings or {})
        kind, body = self._post(self.endpoints.query, "query", text)
        try:
            if results := ox.QueryResultsFormat.from_media_type(kind):
                return ox.parse_query_results(body, results)
            if rdf := ox.RdfFormat.from_media_type(kind):
                return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, rdf)]
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"{self.endpoints.query} answered {kind} that cannot be read: {error}") from None
        raise StoreError(f"{self.endpoints.query} answered {kind}, not SPARQL results: is it an endpoint?")

    def count_graphs(self) -> int:
        rows = self.select(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(?g != <{IDENTITY_GRAPH}>) }}"
        ).rows
        return int(rows[0][0])

    def quads(self) -> Iterator[ox.Quad]:
        """The quads of the named graphs (not the default graph: some engines make it the union)."""
        solutions = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return (ox.Quad(s["s"], s["p"], s["o"], s["g"]) for s in solutions)

    def dump(self, out: IO[bytes], fmt: ox.RdfFormat) -> int:
        """Serialise every named graph (datasets) or their union (triple formats); return
        how many quads or triples were written."""
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE) else None
        if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            written = 0

            def counted() -> Iterator[ox.Quad]:  # streamed, not held in memory to be counted
                nonlocal written
                for quad in self.quads():
                    written += 1
                    yield quad

            ox.serialize(counted(), out, fmt, prefixes=prefixes)
            return written
        seen: set[ox.Triple] = set()
        union = (ox.Triple(q.subject, q.predicate, q.object) for q in self.quads())
        ox.serialize(_dedupe(union, seen), out, fmt, prefixes=prefixes)
        return len(seen)

    def close(self) -> None:
        """Nothing to release: each request has its own connection."""

    def _post(self, url: str, field: str, text: str, accept: str = ACCEPT) -> tuple[str, bytes]:
        headers = {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        request = http.Request(url, data=urlencode({field: text}).encode(), headers=headers, method="POST")
        try:
            with self._http.open(request, timeout=self.endpoints.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except HTTPError as error:
            raise StoreError(_refused(url, error)) from None
        except (URLError, OSError) as error:
            raise StoreError(_unreachable(url, error, self.endpoints.timeout)) from None


def _refused(url: str, error: HTTPError) -> str:
    detail = " ".join(error.read(400).decode("utf-8", "replace").split())[:200]
    advice = _ADVICE.get(error.code, "the endpoint failed; see its log" if error.code >= 500 else "")
    message = f"{url} answered HTTP {error.code} {error.reason}"
    message += f" ({detail})" if detail else ""
    return message + (f"; {advice}" if advice else "")


def _unreachable(url: str, error: OSError, timeout: float) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, TimeoutError) or isinstance(error, TimeoutError):
        return f"{url} did not answer within {timeout:g} s; wait longer with URL#timeout=SECONDS"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {url}: connection refused; is the SPARQL server running there?"
    return f"cannot reach {url} ({reason}); check the URL and the network"
