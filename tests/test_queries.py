"""Stored queries: the header contract, the same rows on Oxigraph and on rdflib's own engine."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from claimgraph.graph.export import export_rdf
from claimgraph.graph.output import plain
from claimgraph.graph.store import open_store
from claimgraph.queries.runner import bind, stored_queries

# Parameters that the seeds answer for every stored query that takes them.
SEED_PARAMS = {
    "metric": "new-insured-persons",
    "speaker": "میرهاشم موسوی",
    "report": "000_69a29ef5af7bdde6.txt",
    "from": "000_69a29ef5af7bdde6.txt",
    "to": "002_6a4625f484e7672c.txt",
    "sure": "yes",
}
QUERIES = sorted(stored_queries())


@pytest.fixture(scope="module")
def seed_dataset(seed_store, tmp_path_factory) -> Dataset:
    path = tmp_path_factory.mktemp("trig") / "seeds.trig"
    export_rdf(open_store(seed_store, read_only=True), "trig", path)
    return Dataset().parse(path, format="trig")


def _value(term) -> object:
    if term is None:
        return None
    value = term.toPython() if isinstance(term, Literal) else str(term)
    if isinstance(value, Decimal | int | float) and not isinstance(value, bool):
        return plain(Decimal(str(value)))
    return plain(value) if not isinstance(value, str | bool) else value


def _params(name: str) -> dict[str, str]:
    query = stored_queries()[name]
    return {p.name: SEED_PARAMS[p.name] for p in query.params if not p.optional}


@pytest.mark.parametrize("name", QUERIES)
def test_header_contract(name: str) -> None:
    query = stored_queries()[name]
    assert query.title.startswith(name + " — "), "the title starts with the query's name"
    assert len(query.purpose) > 40
    for column in query.columns:
        assert f"?{column}" in query.text, f"column {column} is never bound"
    for param in query.params:
        assert param.name in SEED_PARAMS, f"add a seed value for ?{param.name}"
        assert f"?{param.name}" in query.text.split("WHERE", 1)[1], "a parameter appears in the patterns"


@pytest.mark.parametrize("name", QUERIES)
def test_same_rows_on_oxigraph_and_rdflib(name: str, seed_store, seed_dataset) -> None:
    query = stored_queries()[name]
    bindings = bind(query, _params(name))
    ox = open_store(seed_store, read_only=True).select(query.text, bindings)
    columns = list(ox.columns)
    ours = Counter(tuple(plain(v) for v in row) for row in ox.rows)
    result = seed_dataset.query(query.text, initBindings=bindings)
    theirs = Counter(tuple(_value(row[c]) for c in columns) for row in result)
    assert ours == theirs, f"only Oxigraph: {ours - theirs}\nonly rdflib: {theirs - ours}"
    if name not in {"figures-conflicting", "unattributed-figures"}:
        assert ours, f"{name} answers nothing on the seeds"


def test_every_parameter_is_bound_as_a_term() -> None:
    for name in QUERIES:
        for term in bind(stored_queries()[name], _params(name)).values():
            assert isinstance(term, URIRef | Literal)


def test_figures_changed_optional_parameters_narrow_the_pairs(seed_store) -> None:
    query = stored_queries()["figures-changed"]
    store = open_store(seed_store, read_only=True)
    every = store.select(query.text).rows
    narrowed = store.select(query.text, bind(query, {"to": "000_69a29ef5af7bdde6.txt"})).rows
    assert every and not narrowed  # report 000 is the older one: nothing changes *to* it


def test_metric_timeline_is_in_date_order(seed_store) -> None:
    query = stored_queries()["metric-timeline"]
    store = open_store(seed_store, read_only=True)
    rows = store.select(query.text, bind(query, {"metric": "بیمه‌شده جدید"})).dicts()
    assert [r["report"][:3] for r in rows] == ["000", "000", "002"]
    assert all(r["date_known"] is False for r in rows), "the seeds have only date windows"


def test_users_own_catalogue_meets_its_metric(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from claimgraph.graph.cli import main

    report = tmp_path / "r" / "a.txt"
    report.parent.mkdir()
    report.write_text("به گزارش ایرنا، علی رضایی مدیرعامل شرکت آب گفت: هدررفت آب به ۲۳ درصد رسید.", "utf-8")
    catalogue = tmp_path / "mine.ttl"
    catalogue.write_text(
        "@prefix cg: <https://w3id.org/claimgraph/ns#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<https://example.org/water-loss> a cg:Metric ; cg:key "water-loss" ;\n'
        '    skos:prefLabel "هدررفت آب"@fa .\n',
        encoding="utf-8",
    )
    store = str(tmp_path / "s")
    runner = CliRunner()
    args = ["ingest", str(report.parent), "--store", store, "--catalogue", str(catalogue)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    rows = open_store(store, read_only=True).select(stored_queries()["figures"].text).dicts()
    assert [r["metric"] for r in rows] == ["water-loss"]


REPORT_NARROWED = [n for n in QUERIES if "report" in {p.name for p in stored_queries()[n].params}]


@pytest.mark.parametrize("name", REPORT_NARROWED)
def test_report_parameter_gives_that_reports_rows_of_the_whole_listing(name: str, seed_store) -> None:
    query = stored_queries()[name]
    store = open_store(seed_store, read_only=True)
    every = store.select(query.text).dicts()
    for report in ("000_69a29ef5af7bdde6.txt", "002_6a4625f484e7672c.txt"):
        narrowed = store.select(query.text, bind(query, {"report": report})).dicts()
        assert narrowed == [row for row in every if row["report"] == report]


def test_statements_count_every_figure_they_state(seed_store) -> None:
    store = open_store(seed_store, read_only=True)
    for report in ("000_69a29ef5af7bdde6.txt", "002_6a4625f484e7672c.txt"):
        rows = {}
        for name in ("statements", "figures", "unattributed-figures"):
            query = stored_queries()[name]
            rows[name] = store.select(query.text, bind(query, {"report": report})).dicts()
        stated = sum(int(row["figures"]) for row in rows["statements"])
        assert stated and stated == len(rows["figures"]) - len(rows["unattributed-figures"])
