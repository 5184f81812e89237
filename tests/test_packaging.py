"""The wheel a user gets from `pip install .` carries the queries, Turtle files and word lists."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_ships_data_files_under_one_namespace(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "absent from the `packages` configuration" not in result.stderr  # every data folder declared
    wheel = next(tmp_path.glob("claimgraph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for rq in (ROOT / "queries").glob("**/*.rq"):
        assert f"claimgraph/queries/{rq.relative_to(ROOT / 'queries').as_posix()}" in names
    for ttl in (ROOT / "ontology").glob("*.ttl"):
        assert f"claimgraph/ontology/{ttl.name}" in names
    assert "claimgraph/loaders/lexicon/names.txt" in names
    top = {name.split("/")[0] for name in names if not name.startswith("claimgraph-")}
    assert top == {"claimgraph"}, top  # nothing generic such as graph/ or queries/ at the top
