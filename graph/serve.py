"""``claimgraph serve``: a store as a read-only SPARQL 1.1 endpoint.

Every query runs in a worker process of its own that opens the store read-only, so a query
that runs past the time limit is killed (pyoxigraph cannot cancel one in a thread) and
nothing a query does can change the store. Updates are refused, and so is ``SERVICE``:
pyoxigraph would fetch it from whatever host the query names. Results are SPARQL JSON
unless the Accept header asks for CSV, TSV or XML; at most ``max_rows`` rows are sent,
and a cut answer carries the header ``Claimgraph-Truncated: true``.

>>> refusal("SELECT * WHERE { ?s ?p 'SERVICE' } # SERVICE") is None
True
>>> refusal("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")[0]
403
"""

from __future__ import annotations

import html
import logging
import multiprocessing
import signal
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import click
import pyoxigraph as ox

from claimgraph.ontology import PREFIXES

from .sparqltext import keywords, query_form

LOG = logging.getLogger("claimgraph.serve")
TEXT = "text/plain; charset=utf-8"
TRUNCATED = "Claimgraph-Truncated"
QUERY_PATHS = ("/query", "/sparql")
MAX_BODY = 1024 * 1024
READ_ONLY = "updates are refused: this endpoint is read-only"
RESULT_FORMATS = tuple(getattr(ox.QueryResultsFormat, name) for name in ("JSON", "XML", "CSV", "TSV"))
RDF_FORMATS = (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD)
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Expose-Headers": TRUNCATED,
}


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """What to serve, and the limits on each query (``workers`` run at the same time)."""

    store: Path
    timeout: float = 10.0
    max_rows: int = 100_000
    workers: int = 4


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer."""

    status: int
    content_type: str = TEXT
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def message(status: int, text: str) -> Answer:
    return Answer(status, TEXT, (text + "\n").encode())


def refusal(text: str) -> tuple[int, str] | None:
    """(status, reason) when a query must not run: an update, or a SERVICE call."""
    if query_form(text) == "UPDATE":
        return 403, READ_ONLY
    if "SERVICE" in keywords(text):
        return 403, "SERVICE is refused: this endpoint never calls other hosts"
    return None


def execute(options: ServeOptions, text: str, accept: str, dataset: tuple[tuple[str, ...], ...]) -> Answer:
    """Run one query on the store opened read-only, answered in the format ``accept`` asks for.

    Raises OSError when the store cannot be opened; a bad query is an answer (400).

    >>> import tempfile
    >>> path = tempfile.mkdtemp()
    >>> db = ox.Store(path)
    >>> db.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal("v"), ox.NamedNode("urn:g")))
    >>> db.flush(); del db
    >>> execute(ServeOptions(Path(path)), "SELECT ?o { GRAPH ?g { ?s ?p ?o } }", "text/csv", ((), ())).body
    b'o\\r\\nv\\r\\n'
    """
    store = ox.Store.read_only(str(options.store))
    try:
        default, named = ([ox.NamedNode(iri) for iri in iris] or None for iris in dataset)
        results = store.query(text, prefixes=PREFIXES, default_graph=default, named_graphs=named)
        return serialise(results, accept, options.max_rows)
    except SyntaxError as error:
        return message(400, f"SPARQL syntax error: {error}")
    except ValueError as error:
        return message(400, f"the query could not run: {error}")


def serialise(results: Any, accept: str, max_rows: int) -> Answer:
    """Results as the client asked (JSON by default), cut at ``max_rows`` rows or triples."""
    if isinstance(results, ox.QueryTriples):
        rdf = _choose(accept, RDF_FORMATS, ox.RdfFormat.from_media_type)
        triples = list(islice(results, max_rows + 1))
        return _answer(rdf.media_type, ox.serialize(triples[:max_rows], format=rdf), len(triples) > max_rows)
    wanted = _choose(accept, RESULT_FORMATS, ox.QueryResultsFormat.from_media_type)
    if isinstance(results, ox.QueryBoolean):
        return _answer(wanted.media_type, results.serialize(format=wanted), False)
    rows = list(islice(results, max_rows + 1))
    # pyoxigraph cannot serialise part of a result; TSV (terms in N-Triples syntax) is
    # lossless, so the rows kept go through it into the format asked for.
    names = [v.value for v in results.variables]
    lines = ["\t".join("?" + n for n in names)]
    lines += ["\t".join("" if row[n] is None else str(row[n]) for n in names) for row in rows[:max_rows]]
    kept = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
    return _answer(wanted.media_type, kept.serialize(format=wanted), len(rows) > max_rows)


def _answer(media_type: str, body: bytes, truncated: bool) -> Answer:
    return Answer(200, media_type, body, {TRUNCATED: "true"} if truncated else {})


def _choose(accept: str, offered: tuple[Any, ...], lookup: Any) -> Any:
    """The offered format the Accept header likes best; the first offered when none fits."""
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        weight = float(q) if q.replace(".", "", 1).isdigit() else 1.0
        if weight > 0:
            ranges.append((-weight, position, media.lower()))
    for _, _, media in sorted(ranges):
        found = offered[0] if "*" in media else lookup(media)
        if found in offered:
            return found
    return offered[0]


def _work(connection: Any, options: ServeOptions, *request: Any) -> None:
    """A worker process: run one query and send the answer back."""
    try:
        answer = execute(options, *request)
    except Exception as error:  # the parent turns any failure into an HTTP answer
        answer = message(500, f"the query failed: {error}")
    connection.send(answer)
    connection.close()


class Workers:
    """Runs each query in a fresh process; kills it when it runs out of time."""

    def __init__(self, options: ServeOptions) -> None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._context = multiprocessing.get_context(method)
        if method == "forkserver":
            self._context.set_forkserver_preload(["claimgraph.graph.serve"])
        self._slots = threading.BoundedSemaphore(options.workers)
        self.options = options

    def run(self, *request: Any) -> Answer:
        if not self._slots.acquire(timeout=self.options.timeout):
            return message(503, "the endpoint is busy with other queries; try again shortly")
        try:
            return self._run(request)
        finally:
            self._slots.release()

    def _run(self, request: tuple[Any, ...]) -> Answer:
        receiver, sender = self._context.Pipe(duplex=False)
        worker = self._context.Process(target=_work, args=(sender, self.options, *request), daemon=True)
        worker.start()
        sender.close()
        try:
            if receiver.poll(self.options.timeout):
                return receiver.recv()
            limit = f"{self.options.timeout:g} s"
            return message(503, f"the query ran longer than {limit} and was stopped; narrow it or add LIMIT")
        except EOFError:
            return message(500, "the query worker died; see the server log")
        finally:
            worker.kill()
            worker.join()
            receiver.close()


class Handler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 Protocol (query operation only), with CORS for browser clients."""

    server: EndpointServer

    def do_GET(self) -> None:  # noqa: N802 — http.server's naming
        url = urlsplit(self.path)
        if url.path == "/":
            return self._send(Answer(200, "text/html; charset=utf-8", _page(self.server).encode()))
        self._query(url.path, parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:  # noqa: N802
        url, kind = urlsplit(self.path), self.headers.get_content_type()
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._send(message(413, f"the request is larger than {MAX_BODY} bytes"))
        if url.path == "/update" or kind == "application/sparql-update":
            return self._send(message(403, READ_ONLY))
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = parse_qs(url.query, keep_blank_values=True)
        if kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        else:
            return self._send(message(415, "send application/sparql-query, or a form with query="))
        self._query(url.path, params)

    def do_OPTIONS(self) -> None:  # noqa: N802 — a browser's CORS preflight
        self._send(Answer(204, TEXT, b"", {"Access-Control-Max-Age": "86400"}))

    def _refuse_writes(self) -> None:
        self._send(message(403, "this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _refuse_writes  # noqa: N815 — http.server's naming

    def _query(self, path: str, params: dict[str, list[str]]) -> None:
        if path not in QUERY_PATHS:
            return self._send(message(404, "not found: queries go to /query"))
        if "update" in params:
            return self._send(message(403, READ_ONLY))
        if len(params.get("query", [])) != 1:
            return self._send(message(400, "give one query: GET /query?query=… or POST it"))
        if refused := refusal(params["query"][0]):
            return self._send(message(*refused))
        dataset = tuple(tuple(params.get(name, [])) for name in ("default-graph-uri", "named-graph-uri"))
        self._send(self.server.workers.run(params["query"][0], self.headers.get("Accept") or "", dataset))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        length = {"Content-Type": answer.content_type, "Content-Length": str(len(answer.body))}
        for name, value in {**length, **CORS, **answer.headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 — http.server's signature
        LOG.info("%s %s", self.address_string(), format % args)


class EndpointServer(ThreadingHTTPServer):
    """An HTTP server answering SPARQL queries on one store. Raises OSError when it cannot bind."""

    daemon_threads = True

    def __init__(self, options: ServeOptions, host: str, port: int) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), Handler)
        self.options = options
        self.workers = Workers(options)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in str(host) else host}:{port}"


def _page(server: EndpointServer) -> str:
    store, url, limits = html.escape(str(server.options.store)), html.escape(server.url), server.options
    return (
        "<!doctype html><meta charset=utf-8><title>claimgraph SPARQL endpoint</title>"
        f"<h1>claimgraph: a read-only SPARQL 1.1 endpoint</h1><p>Store: <code>{store}</code>. "
        f"Send queries to <code>{url}/query</code> (GET ?query=… or POST); answers are SPARQL JSON, "
        f"or CSV, TSV, XML by Accept. Updates and SERVICE are refused; a query is stopped after "
        f"{limits.timeout:g} s; at most {limits.max_rows} rows are sent.</p><pre>curl {url}/query "
        "-H 'Accept: text/csv' --data-urlencode 'query=SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 3'</pre>"
    )


@click.command(context_settings={"show_default": True})
@click.option(
    "--store",
    "store_path",
    envvar="CLAIMGRAPH_STORE",
    default="claimgraph-store",
    type=click.Path(path_type=Path),
    help="The store folder to serve (opened read-only). Env: CLAIMGRAPH_STORE.",
)
@click.option(
    "--host", default="127.0.0.1", help="Listen here (not 127.0.0.1 or ::1: other machines can query)."
)
@click.option("--port", default=7878, type=click.IntRange(0, 65535), help="0: any free port.")
@click.option(
    "--timeout",
    default=10.0,
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop a query that runs longer than this (answered 503).",
)
@click.option(
    "--max-rows",
    default=100_000,
    type=click.IntRange(1),
    help="Send at most this many rows or triples; a cut answer has the header Claimgraph-Truncated: true.",
)
def serve(store_path: Path, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the store read-only over the SPARQL 1.1 Protocol, for YASGUI, curl or any client.

    Queries go to /query: GET /query?query=… or POST (application/sparql-query, or a form
    with query=). Answers are SPARQL JSON, or CSV, TSV or XML when the Accept header asks;
    CONSTRUCT and DESCRIBE answer N-Triples or Turtle. The page at / says what this is.

    Each query runs in its own process on the store opened read-only and is stopped after
    --timeout seconds. Updates (POST /update, update=, INSERT …) are refused with 403, and
    so is SERVICE, which would make the server call other hosts. Ctrl-C stops the server.

    \b
    Example:
      claimgraph serve --store my-store --port 7878
      curl http://127.0.0.1:7878/query -H 'Accept: text/csv' \\
        --data-urlencode 'query=SELECT ?name WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?name } }'
    """
    from .cli import Failure, _open

    if str(store_path).startswith(("http:", "https:")):
        raise Failure("--store: serve needs a store folder, not a URL (an endpoint already serves itself)")
    _open(store_path, read_only=True).close()
    options = ServeOptions(store_path.resolve(), timeout=timeout, max_rows=max_rows)
    try:
        server = EndpointServer(options, host, port)
    except OSError as error:
        raise Failure(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    logging.basicConfig(level=logging.INFO, format="claimgraph: %(message)s")
    if host not in ("127.0.0.1", "::1", "localhost"):
        click.echo(f"claimgraph: listening on {host}: other machines can query this store", err=True)
    click.echo(f"claimgraph: serving {store_path} read-only at {server.url}/query (Ctrl-C stops)", err=True)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop as Ctrl-C does
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
