"""The command line as a user meets it: ingest, query, sparql, export, help, errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from claimgraph.graph.cli import main

from .conftest import ROOT, SEEDS


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_ingest_then_changed_figures_table(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    result = run("ingest", str(SEEDS), "--store", store, "-q")
    assert result.exit_code == 0, result.output
    assert "2 stored" in result.output
    table = run("query", "figures-changed", "--store", store).output
    assert "1,700,000" in table and "2,700,000" in table
    assert "2021-03-21" in table and "2021-08-03" in table
    assert "change" in table


def test_ingesting_twice_changes_nothing(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    run("ingest", str(SEEDS), "--store", store, "-q")
    first = run("export", "--store", store, "--format", "nquads", "-o", "-").output
    again = run("ingest", str(SEEDS), "--store", store, "-q")
    assert "0 stored" in again.output and "2 unchanged" in again.output
    second = run("export", "--store", store, "--format", "nquads", "-o", "-").output
    assert sorted(first.splitlines()) == sorted(second.splitlines())


def test_large_ingest_loads_in_batches_and_compacts_without_losing_quads(tmp_path: Path, monkeypatch) -> None:
    # What a large ingest does (many batches, compaction at the end), on the seeds.
    from claimgraph.graph import ingest as ingest_module
    from claimgraph.graph import local as local_module

    plain = str(tmp_path / "plain")
    run("ingest", str(SEEDS), "--store", plain, "-q")
    monkeypatch.setattr(ingest_module, "BATCH_REPORTS", 1)
    monkeypatch.setattr(local_module, "COMPACT_BYTES", 1)
    compacted = str(tmp_path / "compacted")
    result = run("ingest", str(SEEDS), "--store", compacted)
    assert result.exit_code == 0, result.output
    assert "compacting the store" in result.output

    def dump(path: str) -> list[str]:
        return sorted(run("export", "--store", path, "--format", "nquads", "-o", "-").output.splitlines())

    assert dump(compacted) == dump(plain)


def test_query_json_is_an_array_of_objects(seed_store) -> None:
    rows = json.loads(run("query", "figures", "--store", str(seed_store), "--format", "json").output)
    assert isinstance(rows, list) and rows
    assert {
        "report",
        "start",
        "end",
        "surface",
        "value",
        "unit",
        "qualifier",
        "speaker",
        "organisation",
        "metric",
        "period_start",
        "period_end",
        "modality",
        "change_from",
    } <= set(rows[0])
    big = [r for r in rows if r["surface"].startswith("۱۰۶")]
    assert big and big[0]["value"] == 1.06e14 and big[0]["unit"] == "toman"


def test_query_parameter_restricts_rows(seed_store) -> None:
    out = run(
        "query",
        "figures",
        "--store",
        str(seed_store),
        "-p",
        "report",
        "002_6a4625f484e7672c.txt",
        "--format",
        "json",
    ).output
    reports = {r["report"] for r in json.loads(out)}
    assert reports == {"002_6a4625f484e7672c.txt"}


def test_csv_has_a_header_and_one_line_per_figure(seed_store) -> None:
    out = run("query", "figures", "--store", str(seed_store), "--format", "csv").output.splitlines()
    assert out[0].startswith("report,start,end,surface")
    rows = json.loads(run("query", "figures", "--store", str(seed_store), "--format", "json").output)
    assert len(out) == len(rows) + 1


def test_sparql_from_text_file_and_stdin(seed_store, tmp_path: Path) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f a cg:Figure } }"
    direct = json.loads(run("sparql", text, "--store", str(seed_store), "--format", "json").output)
    file = tmp_path / "q.rq"
    file.write_text(text, encoding="utf-8")
    from_file = json.loads(run("sparql", str(file), "--store", str(seed_store), "--format", "json").output)
    from_stdin = json.loads(
        run("sparql", "-", "--store", str(seed_store), "--format", "json", input=text).output
    )
    assert direct == from_file == from_stdin
    assert direct[0]["n"] >= 13


def test_export_turtle_and_trig_parse_back(seed_store, tmp_path: Path) -> None:
    ttl, trig = tmp_path / "c.ttl", tmp_path / "c.trig"
    assert run("export", "--store", str(seed_store), "-o", str(ttl)).exit_code == 0
    assert run("export", "--store", str(seed_store), "--format", "trig", "-o", str(trig)).exit_code == 0
    graph = Graph().parse(ttl, format="turtle")
    dataset = Dataset().parse(trig, format="trig")
    assert len(graph) > 100
    assert len(list(dataset.graphs())) >= 3  # two reports and the default graph
    assert "تأمین\u200cاجتماعی" in ttl.read_text(encoding="utf-8")


def test_errors_name_the_problem_and_exit_2(tmp_path: Path) -> None:
    missing = run("query", "figures", "--store", str(tmp_path / "nothing"))
    assert missing.exit_code == 2 and "no store here" in missing.output
    unknown = run("query", "no-such-query", "--store", str(tmp_path))
    assert unknown.exit_code == 2 and "stored queries:" in unknown.output
    bad_param = run("query", "figures", "--store", str(tmp_path), "-p", "nope", "x")
    assert bad_param.exit_code == 2 and "no parameter 'nope'" in bad_param.output


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command.help and len(command.help) > 40, name
        assert re.search(rf"claimgraph {name}\b", readme), f"README does not show `claimgraph {name}`"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_readme_quick_start_shows_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```(?:sh|bash)?\n(.*?)```", quick, re.S).group(1)
    assert [line for line in block.splitlines() if line.strip()] == ["make demo", "make test"]


def test_console_script_runs_without_a_traceback(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("claimgraph")
    result = subprocess.run(
        [str(exe), "query", "figures", "--store", str(tmp_path / "none")], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "no store here" in result.stderr


def test_store_folder_and_its_parents_are_created(tmp_path: Path) -> None:
    store = tmp_path / "out" / "deeper" / "store"
    result = run("ingest", str(SEEDS), "--store", str(store), "-q")
    assert result.exit_code == 0, result.output
    assert (store / "CURRENT").exists()
