"""The networkx projection as a user meets it: trace, related, stats, on the seed store."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.graph.network import NetworkError, find, pagerank, project, related, stats, trace
from claimgraph.graph.store import open_store

ZWNJ = "\u200c"
MOUSAVI = "میرهاشم موسوی"
OFFICE_002 = f"روابط{ZWNJ}عمومی سازمان تأمین{ZWNJ}اجتماعی"  # as report 002 spells it


@pytest.fixture(scope="module")
def store(seed_store):
    return open_store(seed_store, read_only=True)


@pytest.fixture(scope="module")
def graph(store):
    return project(store)


def figure_with(graph, value: float) -> str:
    (node,) = [n for n, data in graph.nodes(data=True) if data.get("value") == value]
    return node


def test_trace_of_the_later_figure_reaches_speaker_outlet_and_office(graph) -> None:
    steps = trace(graph, figure_with(graph, 2_700_000))
    found = {(kind, graph.nodes[node]["type"], graph.nodes[node]["label"]) for node, kind in steps}
    assert ("said", "person", MOUSAVI) in found
    assert ("published-by", "outlet", "اخبار ملل") in found
    assert ("quoted-from", "office", OFFICE_002) in found
    assert ("appears-in", "report", "002_6a4625f484e7672c.txt") in found
    assert [kind for _, kind in steps][:2] == ["states", "said"]  # statement first, then its speaker


def test_a_figure_is_found_by_iri_or_by_its_last_segment(graph) -> None:
    iri = figure_with(graph, 2_700_000)
    assert find(graph, iri.rsplit("/", 1)[-1]) == iri
    assert trace(graph, iri) == trace(graph, iri.rsplit("/", 1)[-1])
    with pytest.raises(NetworkError, match="no figure 'figure-nope'"):
        trace(graph, "figure-nope")
    with pytest.raises(NetworkError):  # a node that is not a figure
        find(graph, next(n for n, t in graph.nodes(data="type") if t == "person"))


def test_related_lists_the_later_figure_as_a_change(graph) -> None:
    found = related(graph, figure_with(graph, 1_700_000))
    by_figure = {r.figure: r for r in found}
    later = by_figure[figure_with(graph, 2_700_000)]
    assert later.relation == "change" and later.hops == 1
    assert by_figure[figure_with(graph, 170_000)].relation == "same statement"
    assert all(graph.nodes[r.figure]["metric"] == "new-insured-persons" for r in found)


def test_related_stays_within_the_hops_asked_for(graph) -> None:
    near = related(graph, figure_with(graph, 1_700_000), hops=1)
    assert [r.hops for r in near] == [1]


def test_related_does_not_walk_through_an_outlet() -> None:
    from claimgraph.graph.network import example

    g = example()
    iri = "https://w3id.org/claimgraph/id/"
    g.add_node(iri + "report-2", type="report", label="b.txt")
    g.add_node(iri + "figure-3", type="figure", label="۹ نفر", metric="new-insured-persons")
    g.add_edge(iri + "report-2", iri + "outlet-1", key="published-by", kind="published-by")
    g.add_edge(iri + "figure-3", iri + "report-2", key="appears-in", kind="appears-in")
    assert iri + "figure-3" not in {r.figure for r in related(g, "figure-1", hops=6)}


def test_figure_nodes_carry_typed_attributes(graph) -> None:
    data = graph.nodes[figure_with(graph, 2_700_000)]
    assert data["type"] == "figure" and data["label"] == "بیش از ۲ میلیون و ۷۰۰ هزار نفر"
    assert isinstance(data["value"], float) and data["unit"] == "person"
    assert data["qualifier"] == "more_than" and data["lower"] == 2_700_000.0 and "upper" not in data
    assert data["period"] == f"دولت آیت{ZWNJ}الله شهید رئیسی"
    assert (data["period_start"], data["period_end"]) == ("2021-08-03", "2024-05-19")
    assert data["date"] == "2024-05-20"  # the start of report 002's date window
    assert data["file"] == "002_6a4625f484e7672c.txt"


def test_reports_keep_their_date_window_and_nodes_their_first_appearance(graph) -> None:
    reports = {d["file"]: d for _, d in graph.nodes(data=True) if d["type"] == "report"}
    assert (reports["000_69a29ef5af7bdde6.txt"]["date"], reports["000_69a29ef5af7bdde6.txt"]["date_end"]) == (
        "2023-03-21",
        "2024-05-19",
    )
    (mousavi,) = [d for _, d in graph.nodes(data=True) if d["label"] == MOUSAVI]
    assert mousavi["date"] == "2023-03-21"  # he speaks in both reports; the earlier one counts


def test_edges_have_a_kind_and_changed_to_runs_older_to_newer(graph) -> None:
    assert all(data["kind"] == key for _, _, key, data in graph.edges(keys=True, data=True))
    changes = [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == "changed-to"]
    assert {d["relation"] for _, _, d in changes} == {"change"}
    assert all(graph.nodes[u]["date"] <= graph.nodes[v]["date"] for u, v, _ in changes)


COUNTS = "SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?type } } GROUP BY ?type"
TYPES = {
    "figure": "https://w3id.org/claimgraph/ns#Figure",
    "statement": "https://w3id.org/claimgraph/ns#Statement",
    "report": "https://w3id.org/claimgraph/ns#Report",
    "person": "https://schema.org/Person",
    "metric": "https://w3id.org/claimgraph/ns#Metric",
    "outlet": "https://w3id.org/claimgraph/ns#Outlet",
    "office": "https://w3id.org/claimgraph/ns#Office",
}


def test_stats_counts_match_a_sparql_count(store, graph) -> None:
    counted = dict(store.select(COUNTS).rows)
    nodes = stats(graph).nodes
    assert {kind: nodes[kind] for kind in TYPES} == {kind: counted[iri] for kind, iri in TYPES.items()}


def test_stats_ranks_the_speaker_of_most_statements_first(store, graph) -> None:
    result = stats(graph, top=1)
    said = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s schema:author ?p } }").rows[0][0]
    assert result.edges["said"] == said
    assert [r.label for r in result.speakers] == [MOUSAVI]
    assert result.metrics[0].label == f"بیمه{ZWNJ}شده جدید" and result.metrics[0].degree == 3


def test_pagerank_agrees_with_networkx(graph) -> None:
    reference = pytest.importorskip("networkx.algorithms.link_analysis.pagerank_alg")
    if not hasattr(reference, "_pagerank_python"):
        pytest.skip("networkx no longer has its pure-Python PageRank")
    expected = reference._pagerank_python(graph.to_undirected(), tol=1e-12)
    ours = pagerank(graph)
    assert max(abs(ours[n] - expected[n]) for n in graph) < 1e-6


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # rdflib's engine warns about itself
def test_projection_query_gives_the_same_rows_on_rdflib(store) -> None:
    import io

    import pyoxigraph as ox
    from rdflib import Dataset

    from claimgraph.queries.runner import get

    trig = io.BytesIO()
    store.dump(trig, ox.RdfFormat.TRIG)
    dataset = Dataset().parse(data=trig.getvalue().decode("utf-8"), format="trig")
    text = get("projection").text

    def plain(value) -> str:
        return "" if value is None else str(value)

    ours = sorted(tuple(plain(v) for v in row) for row in store.select(text).rows)
    theirs = sorted(tuple(plain(v) for v in row) for row in dataset.query(text))
    assert ours == theirs and len(ours) > 100


# -- the commands --------------------------------------------------------------


def run(command, *args: str):
    return CliRunner().invoke(command, list(args), catch_exceptions=False)


def test_trace_command_prints_the_chain(seed_store: Path, graph) -> None:
    from claimgraph.graph.network_cli import trace as command

    name = figure_with(graph, 2_700_000).rsplit("/", 1)[-1]
    result = run(command, name, "--store", str(seed_store))
    assert result.exit_code == 0, result.output
    assert "2,700,000" in result.output and MOUSAVI in result.output
    assert "اخبار ملل" in result.output and OFFICE_002 in result.output


def test_related_and_stats_commands(seed_store: Path, graph) -> None:
    from claimgraph.graph.network_cli import related as related_command
    from claimgraph.graph.network_cli import stats as stats_command

    name = figure_with(graph, 1_700_000).rsplit("/", 1)[-1]
    listed = run(related_command, name, "--store", str(seed_store), "--hops", "2")
    assert listed.exit_code == 0 and "change" in listed.output and "2,700,000" in listed.output
    counted = run(stats_command, "--store", str(seed_store), "--top", "3")
    assert counted.exit_code == 0 and MOUSAVI in counted.output
    assert re.search(r"^figure +15$", counted.output, re.M)
    assert re.search(r"^changed-to +1$", counted.output, re.M)


def test_commands_fail_in_one_line_with_exit_2(seed_store: Path, tmp_path: Path) -> None:
    from claimgraph.graph.network_cli import trace as command

    unknown = run(command, "figure-nope", "--store", str(seed_store))
    assert unknown.exit_code == 2 and "no figure 'figure-nope'" in unknown.output
    missing = run(command, "figure-nope", "--store", str(tmp_path / "none"))
    assert missing.exit_code == 2 and "no store here" in missing.output
    assert "Traceback" not in unknown.output + missing.output
