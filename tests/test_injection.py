"""Injection: parameters are bound as RDF terms, never pasted into a query, and
`claimgraph sparql` runs no updates. The store is the same before and after every test."""

from __future__ import annotations

import gc
import json
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.graph.cli import main

from .conftest import SEEDS

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# Report files whose names are themselves injection attempts (any byte but / and NUL is
# allowed in a Linux file name); querying by such a name must find exactly that report.
HOSTILE_NAMES = [
    '"> } DROP ALL { ".txt',
    "x' } ; DELETE WHERE { ?s ?p ?o } #.txt",
    "a\nb}{\\\"'<>.txt",
]

VALUES = [
    '"> } DROP ALL { "',
    "x' } ; DELETE WHERE { ?s ?p ?o } #",
    '" } } ; DROP ALL ; SELECT * WHERE { { "',
    "line one\nline two\n} DROP ALL {",
    "{ } {{ }} }",
    'back\\slash \\" \\u0022 \\\\',
    "\"double\" 'single' \"\"\" '''",
    "<http://example.org/x> } DROP ALL { <y>",
    "http://example.org/a b> } DROP ALL { <x",
    "https://example.org/has space",
    "urn:x y",
    "?report",
    "$g",
    "",
    "گزارش\u200cها \u200f«نقل»",
    "httpbin is a word",
]
IDS = [f"v{i}" for i in range(len(VALUES))]
PARAMS = [
    ("figures", "report"),
    ("figures-changed", "from"),
    ("figures-changed", "to"),
    ("figures-changed", "metric"),
]


def report_text(i: int) -> str:
    n = str(100 + i).translate(FA)
    return (
        f"به گزارش ایرنا، علی رضایی مدیرکل بیمه استان تهران گفت: امسال {n} هزار نفر بیمه شدند.\n"
        f"وی افزود: بیش از {str(10 + i).translate(FA)} درصد کارها انجام شده است.\n"
    )


def cli(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def assert_no_traceback(result) -> None:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        tb = "".join(traceback.format_exception(result.exception))
        pytest.fail(f"uncaught {type(result.exception).__name__} (a traceback for the user):\n{tb[-2000:]}")
    assert "Traceback" not in result.stderr, result.stderr


def snapshot(store: Path) -> set[str]:
    from claimgraph.graph.store import open_store

    db = open_store(store, read_only=True)
    quads = {str(q) for q in db.quads()}
    del db
    gc.collect()
    return quads


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from claimgraph.graph.ingest import ingest
    from claimgraph.graph.store import open_store

    base = tmp_path_factory.mktemp("inject")
    folder = base / "reports"
    folder.mkdir()
    for i, name in enumerate(HOSTILE_NAMES):
        (folder / name).write_text(report_text(i), encoding="utf-8")
    path = base / "store"
    db = open_store(path)
    summary = ingest([SEEDS, folder], db)
    assert summary.stored == 2 + len(HOSTILE_NAMES) and not summary.failed, summary.line()
    db.close()
    del db
    gc.collect()
    before = snapshot(path)
    assert len(before) > 100
    return {"path": path, "before": before}


@pytest.fixture
def unchanged(store: dict):
    yield store["path"]
    after = snapshot(store["path"])
    assert after == store["before"], (
        f"the store changed: {len(store['before'] - after)} quads gone, {len(after - store['before'])} new"
    )


def _rows(result) -> list[dict]:
    assert_no_traceback(result)
    assert result.exit_code == 0, f"exit {result.exit_code}: {result.stderr}"
    return json.loads(result.stdout)


@pytest.mark.parametrize("value", VALUES, ids=IDS)
@pytest.mark.parametrize(("query", "param"), PARAMS, ids=[f"{q}:{p}" for q, p in PARAMS])
def test_stored_query_parameter_is_a_term(unchanged: Path, query: str, param: str, value: str) -> None:
    """No file has such a name and no metric such a key: no rows, exit 0, store as it was."""
    result = cli("query", query, "--store", str(unchanged), "--format", "json", "-p", param, value)
    assert _rows(result) == [], f"-p {param} {value!r} returned rows"


@pytest.mark.parametrize("name", HOSTILE_NAMES, ids=["quote_drop", "apostrophe_delete", "newline_braces"])
def test_hostile_file_name_matches_literally(unchanged: Path, name: str) -> None:
    """A report whose file name is an injection attempt: -p report NAME gives exactly its rows."""
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    want = sorted(f.surface for f in extract(Report(name, report_text(HOSTILE_NAMES.index(name)))).figures)
    assert want
    rows = _rows(cli("query", "figures", "--store", str(unchanged), "--format", "json", "-p", "report", name))
    assert sorted(r["surface"] for r in rows) == want
    assert {r["report"] for r in rows} == {name}


def test_control_real_report_name_gives_rows(unchanged: Path) -> None:
    """Control: binding works at all (a plain seed file name gives its figures)."""
    rows = _rows(
        cli(
            "query",
            "figures",
            "--store",
            str(unchanged),
            "--format",
            "json",
            "-p",
            "report",
            "000_69a29ef5af7bdde6.txt",
        )
    )
    assert rows and {r["report"] for r in rows} == {"000_69a29ef5af7bdde6.txt"}


@pytest.mark.parametrize("value", VALUES, ids=IDS)
def test_sparql_parameter_is_a_term(unchanged: Path, value: str) -> None:
    """`claimgraph sparql 'SELECT ?v WHERE {}' -p v VALUE` gives back VALUE as one term."""
    rows = _rows(
        cli("sparql", "SELECT ?v WHERE { }", "--store", str(unchanged), "--format", "json", "-p", "v", value)
    )
    assert rows == [{"v": value}]


UPDATES = [
    "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "DROP ALL",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> 'x' } }",
    "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/> DELETE DATA { GRAPH ex:g { ex:s ex:p ex:o } }",
    "LOAD <file:///etc/hostname>",
    "CREATE GRAPH <http://example.org/new>",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]
UPDATE_IDS = [
    "delete_where",
    "drop_all",
    "clear_all",
    "clear_default",
    "insert_data",
    "delete_insert",
    "delete_data",
    "load",
    "create",
    "select_then_drop",
]


def _run_update(store: Path, how: str, update: str, tmp_path: Path):
    if how == "text":
        return cli("sparql", update, "--store", str(store))
    if how == "stdin":
        return cli("sparql", "-", "--store", str(store), input=update)
    path = tmp_path / "update.rq"
    path.write_text(update, encoding="utf-8")
    return cli("sparql", str(path), "--store", str(store))


@pytest.mark.parametrize("how", ["text", "stdin", "file"])
@pytest.mark.parametrize("update", UPDATES, ids=UPDATE_IDS)
def test_sparql_refuses_updates_and_store_is_unchanged(
    unchanged: Path, tmp_path: Path, how: str, update: str
) -> None:
    result = _run_update(unchanged, how, update, tmp_path)
    assert_no_traceback(result)
    assert result.exit_code != 0, f"an update was accepted (exit 0): {result.stdout}"
    assert result.stderr.startswith("claimgraph:"), result.stderr


@pytest.mark.parametrize("update", UPDATES[:-1], ids=UPDATE_IDS[:-1])  # the last one is not valid SPARQL
def test_sparql_update_message_says_updates_are_not_allowed(unchanged: Path, update: str) -> None:
    """The message must tell the user why: claimgraph sparql runs SELECT queries only
    (a parser message such as "expected CONSTRUCT" is not clear)."""
    import re

    result = cli("sparql", update, "--store", str(unchanged))
    assert result.exit_code != 0
    message = result.stderr.strip()
    assert re.search(r"updat|read-only|only SELECT|SELECT quer|not allowed", message, re.IGNORECASE), message
