r"""Which endpoints a ``--store`` URL names, and how each engine takes writes.

The URL names the query endpoint (first match wins; see :func:`candidates`):

* hints after ``#``: ``URL#query=WHERE&update=WHERE&store=WHERE&engine=NAME&timeout=SECONDS``;
  WHERE is a full URL, a path from the server root (``/ds/sparql``) or a path below URL;
* ``…/query`` (Oxigraph, Fuseki): updates go to the sibling ``…/update``;
* ``…/repositories/NAME`` (GraphDB, RDF4J): updates go to ``…/repositories/NAME/statements``;
* ``…/sparql``, ``…/sparql-auth`` or a URL with a query string (Virtuoso, QLever): both
  go to the URL;
* any other URL is a server or a dataset (``http://host:7878``, ``http://host:3030/ds``):
  ``URL/query`` and ``URL/update`` if ``URL/query`` answers ``ASK {}``, else URL for both.

Once the server has answered, :func:`for_engine` adds what the engine offers for writes
(the engine is told by its ``Server`` header, the URL, or ``#engine=``):

=========  ==================================  =========================================
engine     Graph Store endpoint                how a batch of reports is written
=========  ==================================  =========================================
oxigraph   ``/store``                          one POST of N-Quads (atomic)
fuseki     ``/ds/data``                        one POST of N-Quads (one transaction)
rdf4j      ``…/rdf-graphs/service``            one POST of N-Quads to ``…/statements``
virtuoso   ``/sparql-graph-crud-auth``         INSERT DATA of as many reports as fit in
                                               one update; PUT for a report that fits in
                                               none (checked after, see remote.py)
other      ``#store=`` if given                INSERT DATA, as many reports as fit
=========  ==================================  =========================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

from .base import StoreError

DEFAULT_TIMEOUT = 120.0
ENGINES = ("oxigraph", "fuseki", "rdf4j", "virtuoso", "qlever", "other")
# How many lines (see sparqltext.update_size) one INSERT DATA may hold: Virtuoso refuses
# an update whose SQL text passes 10,000 lines, about two per quad (measured: 3,000
# one-line quads go in, 5,000 are refused).
UPDATE_LINES = {"virtuoso": 3_000}
DEFAULT_UPDATE_LINES = 20_000


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where queries, updates and Graph Store requests go, and how long to wait."""

    query: str
    update: str
    store: str = ""  # the SPARQL 1.1 Graph Store endpoint, "" when unknown
    engine: str = ""  # one of ENGINES once known
    timeout: float = DEFAULT_TIMEOUT
    credentials: bool = False

    @property
    def batch_post(self) -> str:
        """Where one POST of N-Quads stores a whole batch of reports ("" when nowhere)."""
        if self.engine in ("oxigraph", "fuseki") and self.store:
            return self.store
        if self.engine == "rdf4j":
            return self.update
        return ""

    @property
    def update_lines(self) -> int:
        return UPDATE_LINES.get(self.engine, DEFAULT_UPDATE_LINES)


def candidates(url: str, *, credentials: bool = False) -> list[Endpoints]:
    """The endpoints to try for a ``--store`` URL (without credentials), in order.
    Raises StoreError for a bad hint.

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
    engine = hints.get("engine", "")
    if engine and engine not in ENGINES:
        raise StoreError(f"{url}: engine= is one of {', '.join(ENGINES)}")
    store = urljoin(base + "/", hints["store"]) if "store" in hints else ""
    common = {"store": store, "engine": engine, "timeout": timeout, "credentials": credentials}
    if "query" in hints or "update" in hints:
        query = urljoin(base + "/", hints.get("query", base))
        return [Endpoints(query, urljoin(base + "/", hints.get("update", query)), **common)]
    path = urlsplit(base).path
    if path.endswith("/query"):
        return [Endpoints(base, base.removesuffix("query") + "update", **common)]
    if re.search(r"/repositories/[^/]+$", path):
        return [Endpoints(base, base + "/statements", **{**common, "engine": engine or "rdf4j"})]
    if path.endswith(("/sparql", "/sparql-auth")) or urlsplit(base).query:
        return [Endpoints(base, base, **common)]
    return [Endpoints(base + "/query", base + "/update", **common), Endpoints(base, base, **common)]


def engine_of(server_header: str, endpoints: Endpoints) -> str:
    """The engine behind an endpoint, from a hint, the HTTP Server header or the URL.

    >>> engine_of("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu", candidates("http://h/sparql")[0])
    'virtuoso'
    """
    if endpoints.engine:
        return endpoints.engine
    server = server_header.lower()
    for name, marker in (("virtuoso", "virtuoso"), ("oxigraph", "oxigraph"), ("fuseki", "fuseki")):
        if marker in server:
            return name
    if "graphdb" in server or "rdf4j" in server or "/repositories/" in endpoints.query:
        return "rdf4j"
    return "other"


def for_engine(endpoints: Endpoints, engine: str) -> Endpoints:
    """The endpoints completed with what this engine offers (unless hinted already).

    >>> e = for_engine(candidates("http://h:8890/sparql", credentials=True)[0], "virtuoso")
    >>> e.update, e.store
    ('http://h:8890/sparql-auth', 'http://h:8890/sparql-graph-crud-auth')
    >>> for_engine(candidates("http://h:7878")[0], "oxigraph").store
    'http://h:7878/store'
    """
    parts = urlsplit(endpoints.query)
    root = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    store, update = endpoints.store, endpoints.update
    if engine == "virtuoso":
        auth = endpoints.credentials
        store = store or root + ("/sparql-graph-crud-auth" if auth else "/sparql-graph-crud")
        if auth and update == endpoints.query and parts.path.endswith("/sparql"):
            update = root + "/sparql-auth"  # /sparql takes no updates from a password
    elif engine == "oxigraph":
        store = store or (endpoints.query.removesuffix("/query") + "/store")
    elif engine == "fuseki":
        store = store or (endpoints.query.removesuffix("/query").removesuffix("/sparql") + "/data")
    elif engine == "rdf4j":
        store = store or (endpoints.query + "/rdf-graphs/service")
    return replace(endpoints, engine=engine, store=store, update=update)
