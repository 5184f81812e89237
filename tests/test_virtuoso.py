"""``--store URL`` on a real Virtuoso 7 that the tests start themselves: the seeds and the
1,500 Fars reports give every command the answer the embedded store gives; a server that
fails part way through an ingest stops it with one line, and the same command goes on."""

from __future__ import annotations

import importlib.util
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph.graph.cli import main
from claimgraph.graph.ingest import IngestOptions, ingest
from claimgraph.graph.store import Store, open_store
from claimgraph.queries.runner import bind, stored_queries

from .conftest import ROOT, SEEDS, SHARED
from .servers import FaultyProxy, oxigraph_server, virtuoso_server
from .test_remote import _cases

CORPUS = SHARED / "corpus" / "fars-news"


def typed(store: Store, text: str, bindings: dict) -> tuple[tuple, list]:
    """Rows with each value's type: 1 and Decimal(1) and True must not pass for each other."""
    result = store.select(text, bindings)
    assert not result.cut
    rows = sorted(tuple((type(v).__name__, str(v)) for v in row) for row in result.rows)
    return result.columns, rows


def cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A Virtuoso holding the seeds, ingested through the CLI at the README's URL."""
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso")) as url:
        result = cli("ingest", str(SEEDS), "--store", url, "-q")
        assert result.exit_code == 0, result.output
        assert "2 stored" in result.output
        yield url


@pytest.mark.parametrize("name", sorted(stored_queries()))
def test_every_stored_query_gives_the_embedded_rows_typed_the_same(
    name: str, virtuoso: str, seed_store: Path
) -> None:
    local, remote = open_store(seed_store, read_only=True), open_store(virtuoso, read_only=True)
    query = stored_queries()[name]
    for values in _cases(query):
        bindings = bind(query, values)
        text = query.text_for(bindings)
        assert typed(remote, text, bindings) == typed(local, text, bindings), f"{name} with {values}"


def test_booleans_are_true_and_false_in_every_format(virtuoso: str, seed_store: Path) -> None:
    for store in (virtuoso, str(seed_store)):
        rows = open_store(store).select(stored_queries()["figures-changed"].text).dicts()
        assert {type(r["order_certain"]) for r in rows} == {bool}
        timeline = ["query", "metric-timeline", "-p", "metric", "new-insured-persons", "--format", "csv"]
        csv = cli(*timeline, "--store", store)
        date_known = {line.split(",")[2] for line in csv.output.splitlines()[1:]}
        assert csv.exit_code == 0 and date_known == {"false"}
        json = cli("query", "figures-changed", "--store", store, "--format", "json").output
        assert '"order_certain": true' in json and "True" not in json and "False" not in json
    assert cli("sparql", "ASK { GRAPH ?g { ?f cg:value ?v } }", "--store", virtuoso).output == "yes\n"
    no = cli("sparql", "ASK { GRAPH ?g { ?f cg:nothing ?v } }", "--store", virtuoso)
    assert (no.exit_code, no.output) == (1, "no\n")


def test_ingesting_again_changes_nothing(virtuoso: str) -> None:
    before = _dataset(open_store(virtuoso))
    result = cli("ingest", str(SEEDS), "--store", virtuoso, "-q")
    assert result.exit_code == 0 and "0 stored" in result.output and "2 unchanged" in result.output
    assert _dataset(open_store(virtuoso)) == before


def _dataset(store: Store) -> set[ox.Quad]:
    out = io.BytesIO()
    store.dump(out, ox.RdfFormat.N_QUADS)
    return set(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS))


# -- the 1,500 Fars reports ---------------------------------------------------------------


def fars_reports(target: Path, limit: int | None = None) -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/fars-news is not here")
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    corpus.write_reports(CORPUS, target, limit)
    return target


@pytest.fixture(scope="module")
def fars(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(embedded store, Virtuoso URL), each holding every Fars report; Virtuoso keeps its
    default ResultSetMaxRows of 10,000, so long answers come in pages."""
    folder = tmp_path_factory.mktemp("fars")
    reports = fars_reports(folder / "reports")
    local = folder / "store"
    summary = ingest([reports], open_store(local), IngestOptions(jobs=2))
    assert not summary.failed
    with virtuoso_server(folder / "virtuoso") as url:
        result = cli("ingest", str(reports), "--store", url, "--jobs", "2", "-q")
        assert result.exit_code == 0, result.output
        assert f"{summary.stored} stored" in result.output
        yield str(local), url


def _fars_cases(store: Store) -> list[tuple[str, dict[str, str]]]:
    """Each stored query without parameters and with each parameter, values from the data."""
    figures = store.select(stored_queries()["figures"].text).dicts()
    person = store.select(stored_queries()["speakers"].text).rows[0][0]
    values = {"report": "fars-0002.txt", "metric": figures[0]["metric"], "person": person, "literal": "yes"}
    cases = []
    for name, query in stored_queries().items():
        required = {p.name: values[p.kind] for p in query.params if not p.optional}
        cases.append((name, required))
        cases += [(name, {**required, p.name: values[p.kind]}) for p in query.params if p.optional]
    return cases


@pytest.mark.slow
@pytest.mark.corpus
def test_fars_every_stored_query_gives_the_embedded_rows(fars: tuple[str, str]) -> None:
    local, remote = open_store(fars[0], read_only=True), open_store(fars[1], read_only=True)
    for name, values in _fars_cases(local):
        query = stored_queries()[name]
        bindings = bind(query, values)
        text = query.text_for(bindings)
        mine, theirs = typed(remote, text, bindings), typed(local, text, bindings)
        assert mine == theirs, f"{name} with {values}: {len(mine[1])} rows against {len(theirs[1])}"
    assert len(local.select(stored_queries()["projection"].text).rows) > 10_000  # so it was paged


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld"])
def test_fars_exports_hold_the_same_rdf(fmt: str, fars: tuple[str, str], tmp_path: Path) -> None:
    parsed = []
    for i, store in enumerate(fars):
        out = tmp_path / f"{i}.{fmt}"
        result = cli("export", "--store", store, "--format", fmt, "-o", str(out))
        assert result.exit_code == 0, result.output
        rdf_format = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}.get(fmt)
        rdf_format = rdf_format or {"nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
        parsed.append((set(ox.parse(path=out, format=rdf_format)), result.output.split("(")[-1]))
    assert parsed[0] == parsed[1]


@pytest.mark.slow
@pytest.mark.corpus
def test_fars_network_commands_give_the_same_output(fars: tuple[str, str], tmp_path: Path) -> None:
    figure = open_store(fars[0]).select(stored_queries()["figures-changed"].text).rows[0][-2]
    metric = open_store(fars[0]).select(stored_queries()["figures-changed"].text).rows[0][2]
    for command in (
        ["trace", figure],
        ["related", figure, "--hops", "4"],
        ["stats", "--top", "5"],
        ["validate"],
    ):
        outputs = [cli(*command, "--store", store) for store in fars]
        assert outputs[0].exit_code == outputs[1].exit_code
        assert outputs[0].output == outputs[1].output, command
    pictures = []
    for i, store in enumerate(fars):
        out = tmp_path / f"{i}.png"
        result = cli("plot", "timeline", "-p", "metric", metric, "-o", str(out), "--store", store)
        drawn = out.read_bytes() if out.exists() else b""  # a metric with no dated report draws nothing
        pictures.append((result.exit_code, result.output.replace(str(out), "PNG"), drawn))
    assert pictures[0] == pictures[1]


# -- a server that fails part way through an ingest ---------------------------------------


@pytest.fixture(scope="module")
def some_reports(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[ox.Quad]]:
    """300 Fars reports (two batches), and the dataset the embedded store makes of them."""
    folder = tmp_path_factory.mktemp("some")
    reports = fars_reports(folder / "reports", limit=300)
    store = open_store(folder / "store")
    ingest([reports], store)
    return reports, _dataset(store)


@pytest.mark.slow
@pytest.mark.corpus
@pytest.mark.parametrize("engine", ["virtuoso", "oxigraph"])
@pytest.mark.parametrize("mode", ["refuse", "drop", "garbage", "silent"])
def test_a_server_failing_mid_ingest_stops_it_with_one_line_and_the_same_command_goes_on(
    engine: str, mode: str, some_reports: tuple[Path, set[ox.Quad]], tmp_path: Path
) -> None:
    reports, expected = some_reports
    server = virtuoso_server(tmp_path / "db") if engine == "virtuoso" else oxigraph_server(tmp_path / "db")
    with server as url:
        proxy = FaultyProxy(url, mode, good=1 if engine == "oxigraph" else 5)
        try:
            stopped = cli("ingest", str(reports), "--store", proxy.url(url) + "#timeout=3", "-q")
        finally:
            proxy.close()
        assert stopped.exit_code == 3, stopped.output
        assert stopped.output.count("\n") == 1 and "Traceback" not in stopped.output
        assert stopped.output.startswith("claimgraph: stopped at fars-0")
        assert "run the same command again" in stopped.output.lower()
        counted = int(stopped.output.split(". ", 1)[1].split(" stored")[0])
        assert 0 < counted < 300
        assert open_store(url).count_graphs() == counted  # every report counted, and only those
        again = cli("ingest", str(reports), "--store", url, "-q")
        assert again.exit_code == 0, again.output
        assert _dataset(open_store(url)) == expected


def test_a_garbled_answer_is_one_line_not_a_traceback(virtuoso: str) -> None:
    proxy = FaultyProxy(virtuoso, "garbled", good=0)
    try:
        store = proxy.url(virtuoso)
        result = cli("query", "figures", "--store", store)
    finally:
        proxy.close()
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.output.startswith("claimgraph: ") and "cannot be read" in result.output


def test_an_answer_cut_by_a_time_limit_is_printed_and_said_to_be_cut(virtuoso: str, seed_store: Path) -> None:
    proxy = FaultyProxy(virtuoso, "partial", good=0)
    try:
        result = cli("query", "figures", "--store", proxy.url(virtuoso), "--format", "csv")
        network = cli("stats", "--store", proxy.url(virtuoso))
    finally:
        proxy.close()
    whole = cli("query", "figures", "--store", str(seed_store), "--format", "csv")
    assert result.exit_code == 4 and "Traceback" not in result.output
    assert result.output.startswith(whole.output)  # the rows it had, then one line
    assert result.output.endswith(
        "claimgraph: the answer above is incomplete: the server stopped the query "
        "at its time limit and sent what it had\n"
    )
    assert network.exit_code == 4 and network.output.startswith("claimgraph: the answer is incomplete")


def test_construct_gives_the_embedded_triples(virtuoso: str, seed_store: Path) -> None:
    text = (
        "CONSTRUCT { ?f cg:value ?v ; cg:startDate ?d } "
        "WHERE { GRAPH ?g { ?f cg:value ?v OPTIONAL { ?f cg:startDate ?d } } }"
    )
    answers = []
    for store in (virtuoso, str(seed_store)):
        result = cli("sparql", text, "--store", store)
        assert result.exit_code == 0, result.output
        answers.append(set(ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE)))
    assert answers[0] == answers[1] and len(answers[0]) > 14
