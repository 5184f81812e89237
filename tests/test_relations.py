"""figures-changed and figures-conflicting on golden cases: each relation where it applies, none elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.graph.ingest import ingest
from claimgraph.graph.output import plain
from claimgraph.graph.store import open_store
from claimgraph.queries.runner import bind, stored_queries

CASES = sorted(p for p in (Path(__file__).parent / "golden" / "relations").iterdir() if p.is_dir())


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_relations(case: Path, tmp_path: Path) -> None:
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    store = open_store(tmp_path / "store")
    summary = ingest([case], store)
    assert summary.stored == 2 and not summary.failed
    changed = store.select(stored_queries()["figures-changed"].text).dicts()
    got = sorted([r["relation"], *_pair(r, certain=r["order_certain"])] for r in changed)
    assert got == sorted([row[0], *_pair(row[1:], certain=True)] for row in expected["figures-changed"])
    conflicting = store.select(stored_queries()["figures-conflicting"].text).dicts()
    got = sorted(_pair(r, certain=False) for r in conflicting)
    assert got == sorted(_pair(row, certain=False) for row in expected["figures-conflicting"])


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_figures_changed_from_the_newer_report_gives_the_same_rows(case: Path, tmp_path: Path) -> None:
    """-p to runs a variant that starts from the newer report; it must answer exactly as
    the query itself does with ?to bound, with and without -p metric."""
    store = open_store(tmp_path / "store")
    ingest([case], store)
    query = stored_queries()["figures-changed"]
    assert query.text_for(["to"]) != query.text
    metrics = {r["metric"] for r in store.select(query.text).dicts()}
    answered = 0
    for report in ("a.txt", "b.txt"):
        for extra in [{}, *({"metric": m} for m in sorted(metrics))]:
            bindings = bind(query, {"to": report, **extra})
            expected = store.select(query.text, bindings)
            assert store.select(query.text_for(bindings), bindings) == expected
            answered += len(expected.rows)
    expected_pairs = json.loads((case / "expected.json").read_text(encoding="utf-8"))["figures-changed"]
    assert answered >= len(expected_pairs)


def _pair(row: dict | list, *, certain: bool) -> list:
    """(from, to) values; sorted when the reports' order is not known, as on the same day."""
    values = [plain(row["from_value"]), plain(row["to_value"])] if isinstance(row, dict) else list(row)
    return values if certain else sorted(values)
