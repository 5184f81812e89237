"""GEXF for Gephi and GraphML for Cytoscape and yEd: valid, complete, read the same by others."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from claimgraph.graph.gexf import COLOURS, export_network, write_gexf, write_graphml
from claimgraph.graph.network import example, project
from claimgraph.graph.store import open_store

from .conftest import ROOT, SHARED

GRAMMAR = SHARED / "schemas" / "gexf" / "1.3" / "gexf.rng"
NS = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
ZWNJ = "\u200c"
LABELS = ["میرهاشم موسوی", "اخبار ملل", f"روابط{ZWNJ}عمومی سازمان تأمین{ZWNJ}اجتماعی", f"بیمه{ZWNJ}شده جدید"]


@pytest.fixture(scope="module")
def graph(seed_store):
    return project(open_store(seed_store, read_only=True))


@pytest.fixture(scope="module")
def gexf(graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gexf") / "claims.gexf"
    write_gexf(graph, path)
    return path


def parse(path: Path):
    from lxml import etree

    return etree.parse(str(path))


def validate(path: Path) -> None:
    from lxml import etree

    if not GRAMMAR.exists():
        pytest.skip("../shared/schemas/gexf is not here")
    grammar = etree.RelaxNG(etree.parse(str(GRAMMAR)))
    assert grammar.validate(parse(path)), grammar.error_log


def test_gexf_is_valid_gexf_1_3(gexf: Path) -> None:
    validate(gexf)


def test_awkward_values_still_give_valid_gexf_and_graphml(tmp_path: Path) -> None:
    import networkx as nx

    g = example()
    first = next(iter(g))
    g.nodes[first].update(label="a\x01 b\n  c", note=None, flag=True, count=3)
    write_gexf(g, tmp_path / "g.gexf")
    validate(tmp_path / "g.gexf")
    write_graphml(g, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert back.nodes[first]["label"] == "a b\n  c" and "note" not in back.nodes[first]


def test_nodes_keep_persian_labels_and_have_type_colour_size(graph, gexf: Path) -> None:
    nodes = parse(gexf).findall(".//g:nodes/g:node", NS)
    assert len(nodes) == graph.number_of_nodes()
    labels = {node.get("label") for node in nodes}
    assert set(LABELS) <= labels  # ZWNJ intact
    for node in nodes:
        data = graph.nodes[node.get("id")]
        values = {v.get("for"): v.get("value") for v in node.findall("g:attvalues/g:attvalue", NS)}
        assert values["type"] == data["type"]
        colour = node.find("viz:color", NS)
        assert tuple(int(colour.get(c)) for c in "rgb") == COLOURS[data["type"]]
        assert float(node.find("viz:size", NS).get("value")) >= 4
        assert node.get("start") == data.get("date")  # no date, no start


def test_figures_carry_a_double_value_and_their_period(gexf: Path) -> None:
    tree = parse(gexf)
    declared = {
        a.get("id"): a.get("type") for a in tree.findall(".//g:attributes[@class='node']/g:attribute", NS)
    }
    assert declared["value"] == "double" and declared["type"] == "string" and declared["period"] == "string"
    values = {v.get("value") for v in tree.findall(".//g:attvalue[@for='value']", NS)}
    assert "2700000.0" in values


def test_graph_has_a_date_timeline_and_edges_keep_their_kind(graph, gexf: Path) -> None:
    tree = parse(gexf)
    body = tree.find("g:graph", NS)
    assert body.get("timeformat") == "date" and body.get("defaultedgetype") == "directed"
    edges = body.findall("g:edges/g:edge", NS)
    assert len({e.get("id") for e in edges}) == len(edges) == graph.number_of_edges()
    assert Counter(e.get("kind") for e in edges) == Counter(k for _, _, k in graph.edges(keys=True))
    assert any(e.get("label") == "changed-to: change" for e in edges)


def test_graphml_values_are_graphml_legal(graph, tmp_path: Path) -> None:
    import networkx as nx

    write_graphml(graph, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) and v != "None" for v in data.values())
    mousavi = next(d for _, d in back.nodes(data=True) if d["label"] == LABELS[0])
    assert mousavi["date"] == "2023-03-21" and mousavi["type"] == "person"
    text = (tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert LABELS[2] in text


def test_export_network_replaces_the_file_whole(seed_store, tmp_path: Path) -> None:
    store = open_store(seed_store, read_only=True)
    out = tmp_path / "deeper" / "claims.gexf"
    nodes, edges = export_network(store, "gexf", out)
    assert nodes > 40 and edges > 80 and out.exists()
    assert not list(out.parent.glob("*.part"))


@pytest.mark.slow
def test_graphology_reads_the_same_graph(graph, gexf: Path, tmp_path_factory) -> None:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not (node and npm):
        pytest.skip("node and npm are needed for the graphology-gexf check")
    folder = tmp_path_factory.mktemp("js")
    for name in ("package.json", "read_gexf.mjs"):
        shutil.copy(ROOT / "tests" / "js" / name, folder / name)
    try:
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund"],
            cwd=folder,
            check=True,
            capture_output=True,
            timeout=300,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"cannot install graphology-gexf from npm: {error}")
    out = subprocess.run(
        [node, "read_gexf.mjs", str(gexf)], cwd=folder, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    read = json.loads(out.stdout)
    assert (read["order"], read["size"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert read["kinds"] == dict(Counter(k for _, _, k in graph.edges(keys=True)))
    ours = {n: d["label"] for n, d in graph.nodes(data=True) if d["label"] in LABELS}
    assert len(ours) == len(LABELS) and all(read["labels"][n] == label for n, label in ours.items())
    assert read["types"] == {n: d["type"] for n, d in graph.nodes(data=True)}
    assert read["colours"]["person"] == "rgb({},{},{})".format(*COLOURS["person"])
