"""``--store URL``: the same commands on a real Oxigraph server as on the embedded store."""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from claimgraph.graph.cli import main
from claimgraph.graph.output import plain
from claimgraph.graph.remote import RemoteStore, candidates
from claimgraph.graph.store import LocalStore, Store, StoreError, open_store
from claimgraph.queries.runner import StoredQuery, bind, stored_queries

from .conftest import SEEDS
from .servers import free_port as _free_port
from .servers import oxigraph_server

REPORTS = sorted(p.name for p in SEEDS.glob("*.txt"))
# Values the seeds hold, by parameter kind: every stored query runs with each of them.
SEED_VALUES = {
    "report": REPORTS,
    "metric": ["new-insured-persons", "بیمه‌شده جدید"],
    "person": ["میرهاشم موسوی"],
}
INJECTIONS = [
    '" } } DROP ALL ; INSERT DATA { <urn:x> <urn:y> <urn:z> } #',
    "') } DROP ALL #",
    '\\" } DROP ALL #',
    "\\u0022 } DROP ALL #",
    '"""\n} DROP ALL #',
    "> } DROP ALL #",
]


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of an Oxigraph server holding the seeds, ingested through the CLI."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as url:
        result = CliRunner().invoke(main, ["ingest", str(SEEDS), "--store", url, "-q"])
        assert result.exit_code == 0, result.output
        assert "2 stored" in result.output
        yield url


@pytest.fixture(scope="module")
def local(seed_store: Path) -> LocalStore:
    return open_store(seed_store, read_only=True)


def _cases(query: StoredQuery) -> list[dict[str, str]]:
    """No parameters (or only the required ones), then each parameter with each seed value."""
    required = {}
    for param in query.params:
        if not param.optional:
            if param.kind not in SEED_VALUES:
                pytest.fail(f"{query.name}: add a seed value for a required {param.kind!r} parameter")
            required[param.name] = SEED_VALUES[param.kind][0]
    cases = [required]
    for param in query.params:
        cases += [{**required, param.name: value} for value in SEED_VALUES.get(param.kind, [])]
    return [dict(c) for c in dict.fromkeys(tuple(sorted(c.items())) for c in cases)]


def _rows(store: LocalStore | RemoteStore, text: str, bindings: dict) -> tuple[tuple, set]:
    result = store.select(text, bindings)
    return result.columns, {tuple(plain(value) for value in row) for row in result.rows}


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_every_stored_query_gives_the_same_rows(name: str, remote: str, local: LocalStore) -> None:
    store = open_store(remote, read_only=True)
    query = stored_queries()[name]
    for values in _cases(query):
        bindings = bind(query, values)
        expected = _rows(local, query.text, bindings)
        assert _rows(store, query.text, bindings) == expected, f"{name} with {values}"


def test_the_seed_rows_are_there(remote: str) -> None:
    rows = open_store(remote).select(stored_queries()["figures-changed"].text).dicts()
    assert {(r["who"], r["from_value"], r["to_value"], r["relation"]) for r in rows} >= {
        ("میرهاشم موسوی", 1700000, 2700000, "change")
    }


def _nquads(store: LocalStore | RemoteStore) -> list[str]:
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    return sorted(out.getvalue().decode().splitlines())


def test_the_remote_dataset_equals_the_local_one(remote: str, local: LocalStore) -> None:
    store = open_store(remote)
    assert _nquads(store) == _nquads(local)
    assert store.count_graphs() == local.count_graphs() == 2
    assert sum(1 for _ in store.quads()) == sum(1 for _ in local.quads())


def test_ingesting_again_changes_nothing(remote: str) -> None:
    before = _nquads(open_store(remote))
    result = CliRunner().invoke(main, ["ingest", str(SEEDS), "--store", remote, "-q"])
    assert result.exit_code == 0, result.output
    assert "0 stored" in result.output and "2 unchanged" in result.output
    assert _nquads(open_store(remote)) == before


def test_export_and_query_commands_take_the_url(remote: str, tmp_path: Path) -> None:
    out = tmp_path / "claims.trig"
    result = CliRunner().invoke(main, ["export", "--store", remote, "--format", "trig", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(ox.Dataset(ox.parse(path=out, format=ox.RdfFormat.TRIG))) == len(_nquads(open_store(remote)))
    table = CliRunner().invoke(main, ["query", "figures-changed", "--store", remote]).output
    assert "1,700,000" in table and "2,700,000" in table


@pytest.mark.parametrize("text", INJECTIONS)
def test_an_injected_parameter_changes_nothing(text: str, remote: str) -> None:
    before = _nquads(open_store(remote))
    result = CliRunner().invoke(main, ["query", "figures", "--store", remote, "-p", "report", text])
    assert result.exit_code == 0, result.output
    assert "(0 rows)" in result.output
    assert _nquads(open_store(remote)) == before


def test_a_bad_iri_is_refused_not_pasted(remote: str) -> None:
    store = open_store(remote)
    with pytest.raises(StoreError, match="cannot bind"):
        store.select("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"s": URIRef("urn:x> } DROP ALL #")})
    with pytest.raises(StoreError, match="variable name"):
        store.select("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", {"s) } DROP ALL #": Literal("x")})


def test_tricky_literals_go_in_and_come_back_exactly() -> None:
    tricky = ['a"b', "a\\b", "a\\u0022b", "line\nbreak\ttab", '"""', "'''", "} #", "ZWNJ\u200cبیمه", "\x01"]
    with oxigraph_server() as url:
        store = open_store(url)
        graph = URIRef("https://example.org/g")
        store.add_report(
            graph,
            [(URIRef(f"https://example.org/{i}"), URIRef("urn:p"), Literal(t)) for i, t in enumerate(tricky)],
        )
        query = "SELECT ?s WHERE { GRAPH ?g { ?s <urn:p> ?o } }"
        for i, text in enumerate(tricky):
            assert store.select(query, {"o": Literal(text)}).rows == [(f"https://example.org/{i}",)], text
        assert store.graphs_for_source("x.txt") == [] and store.has_graph(graph)


def test_endpoint_shapes_and_hints(remote: str) -> None:
    assert RemoteStore(remote).endpoints.query == f"{remote}/query"
    explicit = RemoteStore(f"{remote}/query")
    assert (explicit.endpoints.query, explicit.endpoints.update) == (f"{remote}/query", f"{remote}/update")
    hinted = RemoteStore(f"{remote}/ignored#query=/query&update=/update&timeout=30")
    assert hinted.endpoints.update == f"{remote}/update" and hinted.endpoints.timeout == 30
    assert hinted.count_graphs() == 2
    with pytest.raises(StoreError, match="read-only"):
        RemoteStore(remote, read_only=True).load_quads(b"")


@pytest.mark.parametrize(
    ("url", "query", "update"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),  # Oxigraph server
        ("http://h:3030/ds/", "http://h:3030/ds/query", "http://h:3030/ds/update"),  # Fuseki dataset
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
        (
            "http://h:7200/repositories/cg",
            "http://h:7200/repositories/cg",
            "http://h:7200/repositories/cg/statements",
        ),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql"),  # Virtuoso
        ("http://h:7001/?access-token=T", "http://h:7001/?access-token=T", "http://h:7001/?access-token=T"),
        ("http://h/ds#query=sparql&update=/u", "http://h/ds/sparql", "http://h/u"),
        ("http://h/x#query=https://q.org/s&update=https://u.org/s", "https://q.org/s", "https://u.org/s"),
    ],
)
def test_which_endpoints_a_url_names(url: str, query: str, update: str) -> None:
    first = candidates(url)[0]
    assert (first.query, first.update) == (query, update)


def test_credentials_stay_out_of_urls_and_messages(remote: str) -> None:
    store = RemoteStore(remote.replace("http://", "http://reader:s%40cret@"))
    assert store.location == remote and store.count_graphs() == 2
    closed = f"http://reader:secret@127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError) as refused:
        open_store(closed)
    assert "secret" not in str(refused.value) and "reader" not in str(refused.value)


def test_errors_name_the_endpoint_and_what_to_do(remote: str) -> None:
    closed = f"http://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError, match=rf"cannot reach {closed}/query: connection refused; is the SPARQL"):
        open_store(closed)
    with pytest.raises(StoreError, match=r"/nothing/sparql answered HTTP 404 .*no SPARQL endpoint there"):
        open_store(f"{remote}/nothing/sparql")
    with pytest.raises(StoreError, match=r"answered HTTP 400"):
        open_store(remote).select("SELECT nonsense")
    result = CliRunner().invoke(main, ["query", "figures", "--store", closed])
    assert result.exit_code == 2
    assert result.output.startswith("claimgraph: cannot reach") and result.output.count("\n") == 1


def test_a_silent_server_times_out() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql#timeout=0.5"
        with pytest.raises(StoreError, match=r"did not answer within 0.5 s; wait longer with URL#timeout"):
            open_store(url)


def test_both_stores_implement_the_one_interface_and_neither_knows_the_other() -> None:
    import ast
    import inspect

    from claimgraph.graph import base, local, remote, sparqltext

    abstract = Store.__abstractmethods__
    assert abstract and issubclass(LocalStore, Store) and issubclass(RemoteStore, Store)
    assert not LocalStore.__abstractmethods__ and not RemoteStore.__abstractmethods__

    def imports(module) -> set[str]:
        tree = ast.parse(inspect.getsource(module))
        return {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}

    assert not {"remote", "store", "remotewrite", "endpoints", "web"} & imports(local)
    assert not {"local", "store"} & imports(remote)
    assert not {"local", "remote", "store"} & imports(sparqltext)
    assert imports(base) <= {"__future__", "abc", "collections.abc", "dataclasses", "datetime", "decimal",
                             "typing", "rdflib", "claimgraph.ontology"}
