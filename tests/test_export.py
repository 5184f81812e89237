"""RDF exports other tools trust: round trips, an independent parser, Persian text intact."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from claimgraph.graph.export import RDF_FORMATS, export_rdf
from claimgraph.graph.store import open_store

RAPPER = {"turtle": "turtle", "trig": "trig", "nquads": "nquads"}


def _export(store_path: Path, fmt: str, out: Path) -> Path:
    export_rdf(open_store(store_path, read_only=True), fmt, out)
    return out


def _explain(left: Graph, right: Graph) -> str:
    _, only_left, only_right = graph_diff(to_isomorphic(left), to_isomorphic(right))
    lines = [f"- {t}" for t in sorted(only_left)[:10]] + [f"+ {t}" for t in sorted(only_right)[:10]]
    return "\n".join(lines)


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_round_trip_through_a_fresh_store_is_isomorphic(fmt: str, seed_store, tmp_path: Path) -> None:
    first = _export(seed_store, fmt, tmp_path / f"first.{fmt}")
    fresh = open_store(tmp_path / "fresh")
    fresh._db.load(path=str(first), format=RDF_FORMATS[fmt])
    fresh.close()
    second = _export(tmp_path / "fresh", fmt, tmp_path / f"second.{fmt}")
    a, b = (Dataset().parse(p, format=fmt) for p in (first, second))
    for graph in a.graphs():
        other = b.graph(graph.identifier)
        assert isomorphic(graph, other), _explain(graph, other)
    assert len(a) == len(b)


def test_turtle_union_round_trip(seed_store, tmp_path: Path) -> None:
    first = _export(seed_store, "turtle", tmp_path / "a.ttl")
    again = tmp_path / "again"
    store = open_store(again)
    store._db.load(path=str(first), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:x:union"))
    store.close()
    second = _export(again, "turtle", tmp_path / "b.ttl")
    left, right = Graph().parse(first), Graph().parse(second)
    assert isomorphic(left, right), _explain(left, right)


def test_persian_literals_survive_byte_for_byte(seed_store, tmp_path: Path) -> None:
    raw = (Path(__file__).parent.parent / "seeds" / "002_6a4625f484e7672c.txt").read_text(encoding="utf-8")
    surface = "بیش از ۲ میلیون و ۷۰۰ هزار نفر"
    assert surface in raw
    for fmt in ("turtle", "trig", "nquads", "jsonld"):
        text = _export(seed_store, fmt, tmp_path / f"c.{fmt}").read_text(encoding="utf-8")
        assert surface in text, fmt
        assert "تأمین\u200cاجتماعی" in text, f"{fmt} lost the ZWNJ"


def test_turtle_uses_readable_prefixes(seed_store, tmp_path: Path) -> None:
    text = _export(seed_store, "turtle", tmp_path / "c.ttl").read_text(encoding="utf-8")
    for prefix in ("cg:", "schema:", "prov:", "nif:", "skos:"):
        assert f"@prefix {prefix}" in text


def test_jsonld_parses(seed_store, tmp_path: Path) -> None:
    path = _export(seed_store, "jsonld", tmp_path / "c.jsonld")
    assert len(Graph().parse(path, format="json-ld")) > 100


@pytest.mark.skipif(shutil.which("rapper") is None, reason="rapper (raptor2-utils) is not installed")
@pytest.mark.parametrize("fmt", sorted(RAPPER))
def test_rapper_agrees_on_the_triple_count(fmt: str, seed_store, tmp_path: Path) -> None:
    path = _export(seed_store, fmt, tmp_path / f"c.{fmt}")
    result = subprocess.run(["rapper", "-i", RAPPER[fmt], "-c", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count = int(result.stderr.rsplit("returned", 1)[1].split()[0])
    store = open_store(seed_store, read_only=True)
    quads = list(store.quads())
    expected = len({(q.subject, q.predicate, q.object) for q in quads}) if fmt == "turtle" else len(quads)
    assert count == expected
