"""`claimgraph validate`: the seeds conform; a figure without a value fails, naming the shape."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner

from claimgraph.graph.cli import main
from claimgraph.graph.ingest import ingest
from claimgraph.graph.store import open_store
from claimgraph.ontology import CG

from .conftest import SEEDS


def test_seeds_conform(seed_store) -> None:
    result = CliRunner().invoke(main, ["validate", "--store", str(seed_store)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms")


def test_a_figure_without_a_value_fails_and_names_the_shape(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s")
    ingest([SEEDS], store)
    values = list(store._db.quads_for_pattern(None, ox.NamedNode(str(CG.value)), None, None))
    broken = values[0]
    store._db.remove(broken)
    store.close()
    result = CliRunner().invoke(main, ["validate", "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "1 violation" in result.output
    assert "FigureShape (value)" in result.output and broken.subject.value in result.output
