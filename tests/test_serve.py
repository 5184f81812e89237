"""``claimgraph serve``: a read-only SPARQL endpoint that answers like ``claimgraph query``."""

from __future__ import annotations

import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph.graph.cli import main
from claimgraph.graph.output import plain
from claimgraph.graph.serve import serve
from claimgraph.graph.store import to_python
from claimgraph.queries.runner import stored_queries

MAX_ROWS = 50
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
    "GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }"
)


class Server:
    """`claimgraph serve` in a subprocess on a free port."""

    def __init__(self, store: Path, log: Path, *options: str) -> None:
        command = [sys.executable, "-c", "from claimgraph.graph.serve import serve; serve()"]
        command += ["--store", str(store), "--port", "0", *options]
        self.log = log
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log.open("w"))
        self.url = self._wait_for_url()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and self.process.poll() is None:
            for line in self.log.read_text(encoding="utf-8").splitlines():
                if " at http://" in line:
                    return line.split(" at ", 1)[1].split("/query")[0]
            time.sleep(0.1)
        raise AssertionError(f"serve did not start: {self.log.read_text(encoding='utf-8')}")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(20)

    def request(self, path: str, data: bytes | None = None, headers: dict | None = None, method: str = ""):
        """(status, headers, body) of one request."""
        request = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        request.method = method or ("POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def get(self, query: str, accept: str = "") -> tuple:
        return self.request(
            "/query?" + urlencode({"query": query}), headers={"Accept": accept} if accept else {}
        )

    def post(self, form: dict, accept: str = "") -> tuple:
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            **({"Accept": accept} if accept else {}),
        }
        return self.request("/query", urlencode(form).encode(), headers)

    def rows(self, query: str) -> tuple[list[str], list[tuple]]:
        status, _, body = self.post({"query": query})
        assert status == 200, body
        solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        names = [v.value for v in solutions.variables]
        return names, [tuple(plain(to_python(s[n])) for n in names) for s in solutions]

    def count(self) -> int:
        return self.rows(COUNT)[1][0][0]


@pytest.fixture(scope="module")
def server(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    running = Server(seed_store, log, "--timeout", "3", "--max-rows", str(MAX_ROWS))
    yield running
    running.stop()


def test_binds_to_localhost_and_prints_the_url(server: Server) -> None:
    assert server.url.startswith("http://127.0.0.1:")
    status, headers, body = server.request("/")
    assert status == 200 and headers.get_content_type() == "text/html"
    assert b"read-only" in body and b"curl" in body


def test_a_query_gives_the_same_rows_as_claimgraph_query(server: Server, seed_store: Path) -> None:
    output = CliRunner().invoke(main, ["query", "figures", "--store", str(seed_store), "--format", "json"])
    expected = json.loads(output.output)
    names, rows = server.rows(stored_queries()["figures"].text)
    assert rows and sorted(rows, key=repr) == sorted([tuple(r[n] for n in names) for r in expected], key=repr)


def test_get_post_and_every_results_format(server: Server) -> None:
    query = "SELECT ?name WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?name } }"
    status, headers, body = server.get(query)
    assert status == 200 and headers.get_content_type() == "application/sparql-results+json"
    names = {b["name"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert "میرهاشم موسوی" in names
    direct = server.request("/query", query.encode(), {"Content-Type": "application/sparql-query"})
    assert direct[0] == 200 and json.loads(direct[2]) == json.loads(body)
    csv_rows = list(csv.reader(io.StringIO(server.post({"query": query}, "text/csv")[2].decode())))
    assert csv_rows[0] == ["name"] and {r[0] for r in csv_rows[1:]} == names
    tsv = server.get(query, "text/tab-separated-values")
    assert tsv[1].get_content_type() == "text/tab-separated-values" and tsv[2].startswith(b"?name\n")
    xml = server.get(query, "application/sparql-results+xml")
    assert xml[1].get_content_type() == "application/sparql-results+xml" and b"<sparql" in xml[2]
    assert json.loads(server.get("ASK { GRAPH ?g { ?s ?p ?o } }")[2]) == {"head": {}, "boolean": True}
    turtle = server.get("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3", "text/turtle")
    assert turtle[1].get_content_type() == "text/turtle"
    assert len(list(ox.parse(turtle[2], ox.RdfFormat.TURTLE))) == 3


def test_cors_lets_a_browser_client_in(server: Server) -> None:
    assert server.get("ASK {}")[1]["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = server.request("/query", method="OPTIONS")
    assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


@pytest.mark.parametrize(
    "how",
    ["update form field", "POST /update", "sparql-update body", "update as query", "PUT graph", "DELETE"],
)
def test_updates_are_refused_and_change_nothing(server: Server, how: str) -> None:
    before = server.count()
    update = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    status, _, body = {
        "update form field": lambda: server.post({"update": update}),
        "POST /update": lambda: server.request("/update", urlencode({"update": update}).encode()),
        "sparql-update body": lambda: server.request(
            "/query", update.encode(), {"Content-Type": "application/sparql-update"}
        ),
        "update as query": lambda: server.post({"query": "PREFIX x: <urn:x>\n" + update}),
        "PUT graph": lambda: server.request("/store?graph=urn:g", b"<urn:a> <urn:b> <urn:c> .", method="PUT"),
        "DELETE": lambda: server.request("/store?default", method="DELETE"),
    }[how]()
    assert status == 403 and b"read-only" in body
    assert server.count() == before


def test_service_is_refused_and_never_called(server: Server) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        for query in (
            f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * WHERE {{ GRAPH ?g {{ ?s ?p ?o }} . service silent <{target}> {{ ?s ?p ?x }} }}",
            f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE<{target}>{{ ?s ?p ?o }} }} }}",
        ):
            status, _, body = server.post({"query": query})
            assert status == 403 and b"SERVICE is refused" in body, query
        with pytest.raises(TimeoutError):
            listener.accept()


def test_service_in_a_string_or_comment_is_just_text(server: Server) -> None:
    names, rows = server.rows('SELECT ?x WHERE { BIND("SERVICE <http://example.org/>" AS ?x) } # SERVICE')
    assert rows == [("SERVICE <http://example.org/>",)]


def test_a_slow_query_is_stopped(server: Server) -> None:
    assert server.count() > 100  # the store is big enough that SLOW takes minutes
    before = _workers(server.process.pid)
    status, _, body = server.post({"query": SLOW})
    assert status == 503 and b"longer than 3 s" in body
    deadline = time.monotonic() + 30  # a liveness check, not a timing assertion
    while _workers(server.process.pid) != before and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _workers(server.process.pid) == before, "the worker still runs"


def _workers(pid: int) -> set[int]:
    """Processes below ``pid`` (Linux /proc), the forkserver's children being the workers."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see the worker processes")
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    below, found = {pid}, True
    while found:
        found = {p for p, parent in parents.items() if parent in below} - below
        below |= found
    return below - {pid}


def test_too_many_rows_are_cut_and_said_so(server: Server) -> None:
    query = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"
    status, headers, body = server.get(query)
    assert status == 200 and headers["Claimgraph-Truncated"] == "true"
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    small = server.get(query + " LIMIT 5")
    assert "Claimgraph-Truncated" not in small[1] and len(json.loads(small[2])["results"]["bindings"]) == 5


def test_claimgraph_on_the_served_store_fetches_past_the_row_limit(server: Server, seed_store: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.graph.cli import main

    for name in ("figures", "statements", "projection"):
        served = CliRunner().invoke(main, ["query", name, "--store", server.url, "--format", "csv"])
        local = CliRunner().invoke(main, ["query", name, "--store", str(seed_store), "--format", "csv"])
        assert served.exit_code == local.exit_code == 0, served.output
        assert sorted(served.output.splitlines()) == sorted(local.output.splitlines())
    assert len(local.output.splitlines()) > MAX_ROWS + 1  # projection: so it came in pages


def test_bad_requests_are_told_why(server: Server) -> None:
    assert server.get("SELECT nonsense")[0] == 400
    assert server.request("/query")[0] == 400
    assert server.request("/nothing")[0] == 404


def test_a_missing_store_is_one_line_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(serve, ["--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 2
    assert result.output.startswith("claimgraph: ") and result.output.count("\n") == 1


def test_a_busy_port_or_a_url_is_one_line_exit_2(seed_store: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        result = CliRunner().invoke(serve, ["--store", str(seed_store), "--port", port])
    assert result.exit_code == 2 and result.output.startswith(
        f"claimgraph: cannot listen on 127.0.0.1:{port}"
    )
    result = CliRunner().invoke(serve, ["--store", "http://127.0.0.1:7878"])
    assert result.exit_code == 2 and "not a URL" in result.output


def test_help_ends_with_a_curl_example() -> None:
    text = CliRunner().invoke(serve, ["--help"]).output
    assert "--timeout" in text and "--max-rows" in text and "127.0.0.1" in text
    assert "curl http://127.0.0.1:7878/query" in text
