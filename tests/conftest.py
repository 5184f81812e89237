"""Shared fixtures: the seeds ingested once per session, paths to ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory):
    """A store with both seed reports, shared by the tests that only read it."""
    from claimgraph.graph.ingest import ingest
    from claimgraph.graph.store import open_store

    path = tmp_path_factory.mktemp("seed") / "store"
    store = open_store(path)
    summary = ingest([SEEDS], store)
    assert summary.stored == 2 and not summary.failed
    store.close()
    return path


@pytest.fixture(scope="session")
def gold() -> dict:
    path = SHARED / "gold" / "seeds.json"
    if not path.exists():
        pytest.skip("../shared/gold/seeds.json is not here")
    import json

    return json.loads(path.read_text(encoding="utf-8"))
