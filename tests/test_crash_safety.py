"""Nothing half-written, nothing twice: SIGKILL mid-ingest, reruns, re-ingests, new
versions of a report, and two ingests on one store at once."""

from __future__ import annotations

import gc
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from claimgraph.graph.cli import main
from claimgraph.ontology import IDENTITY_GRAPH

FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NAMES = ["علی رضایی", "مریم احمدی", "حسین کریمی", "زهرا موسوی", "رضا صادقی"]
ROLES = ["مدیرکل بیمه استان تهران", "معاون وزیر نیرو", "رئیس سازمان برنامه", "مدیرعامل شرکت نفت"]
OUTLETS = ["ایرنا", "فارس", "مهر", "ایسنا"]
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
CG_REPORT = ox.NamedNode("https://w3id.org/claimgraph/ns#Report")
CG_FIGURE = ox.NamedNode("https://w3id.org/claimgraph/ns#Figure")
SUMMARY = re.compile(r"(\d+) stored \((\d+) as new versions\), (\d+) unchanged, (\d+) failed")
REPORTS = 200
LINES = 8  # lines per generated report: enough work that a kill lands mid-batch


def fa(number: int) -> str:
    return str(number).translate(FA)


def report_text(i: int, lines: int = LINES) -> str:
    out = [
        f"به گزارش {OUTLETS[i % 4]}، {NAMES[i % 5]} {ROLES[i % 4]} گفت: "
        f"امسال {fa(100 + i)} هزار نفر بیمه شدند."
    ]
    for j in range(1, lines):
        out.append(
            f"وی افزود: در سال ۱۴۰{j % 3} حدود {fa(2 + (i * 7 + j) % 90)} میلیارد تومان هزینه شد و "
            f"بیش از {fa(5 + (i + j * 3) % 90)} درصد کارها انجام شده است."
        )
    return "\n".join(out) + "\n"


def claimgraph_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("claimgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph.graph.cli"]


ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def quads_by_graph(store: Path) -> dict[str, set[str]]:
    """Every quad in the store as an N-Quads line, by named graph (the default graph as "")."""
    from claimgraph.graph.store import open_store

    db = open_store(store)
    out: dict[str, set[str]] = defaultdict(set)
    for quad in db.quads():
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        if name == IDENTITY_GRAPH:
            continue  # derived from all reports after each ingest, not a report's graph
        out[name].add(str(quad))
    db.close()
    del db
    gc.collect()
    return dict(out)


def all_quads(store: Path) -> set[str]:
    return set().union(*quads_by_graph(store).values()) if store.exists() else set()


def figure_count(quads: set[str]) -> int:
    return sum(1 for q in quads if f" {RDF_TYPE} {CG_FIGURE} " in q)


def has_report_triple(graph: str, quads: set[str]) -> bool:
    g = ox.NamedNode(graph)
    return str(ox.Quad(g, RDF_TYPE, CG_REPORT, g)) in quads


SINGLE_INGESTS = """
import sys
from pathlib import Path
from claimgraph.graph.ingest import ingest
from claimgraph.graph.store import open_store
store = open_store(sys.argv[2])
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    summary = ingest([path], store)  # one fresh single-report ingest per file
    assert summary.stored == 1 and not summary.failed, summary.line()
store.close()
"""


def single_report_reference(folder: Path, store: Path) -> dict[str, set[str]]:
    """Each report's graph as a single-report ingest of its file gives it. Run in a fresh
    process, like the CLI runs, so both use the product code as it is on disk now."""
    done = subprocess.run(
        [sys.executable, "-c", SINGLE_INGESTS, str(folder), str(store)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    graphs = quads_by_graph(store)
    assert "" not in graphs and len(graphs) == len(list(folder.glob("*.txt")))
    return graphs


def timed_ingest(folder: Path, store: Path) -> float:
    started = time.monotonic()
    done = subprocess.run(
        [*claimgraph_cmd(), "ingest", str(folder), "--store", str(store), "-q"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return time.monotonic() - started


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """200 generated reports; each one's graph from a fresh single-report ingest; the quads
    of an uninterrupted ingest of the folder, and how long that took."""
    base = tmp_path_factory.mktemp("batch")
    folder = base / "reports"
    folder.mkdir()
    for i in range(REPORTS):
        (folder / f"r{i:04d}.txt").write_text(report_text(i), encoding="utf-8")
    reference = single_report_reference(folder, base / "single")
    seconds = timed_ingest(folder, base / "whole")
    whole = quads_by_graph(base / "whole")
    assert whole == reference, "an uninterrupted batch ingest differs from single-report ingests"
    return {
        "folder": folder,
        "reference": reference,
        "whole": set().union(*whole.values()),
        "seconds": seconds,
    }


def _kill_seed() -> int:
    seed = os.environ.get("CLAIMGRAPH_KILL_SEED")
    return int(seed) if seed else random.SystemRandom().randrange(1 << 30)


KILL_SEED = _kill_seed()
KILL_RUNS = 5


@pytest.mark.slow
@pytest.mark.parametrize("run", range(KILL_RUNS))
def test_sigkill_leaves_reports_whole_or_absent_and_rerun_completes(
    batch: dict, tmp_path: Path, run: int
) -> None:
    """Kill `claimgraph ingest` with SIGKILL at a random point (a different one per run;
    CLAIMGRAPH_KILL_SEED reproduces them), then: every report graph in the store is whole
    or absent, and rerunning the ingest gives exactly the uninterrupted result."""
    folder, reference, whole, seconds = batch["folder"], batch["reference"], batch["whole"], batch["seconds"]
    rng = random.Random(KILL_SEED)
    fractions = sorted(rng.uniform(0.1, 0.95) for _ in range(KILL_RUNS))
    rng.shuffle(fractions)
    at = fractions[run] * seconds
    jobs = "2" if run % 2 else "1"
    store = tmp_path / "store"
    where = f"(seed {KILL_SEED}, run {run}, kill at {at:.2f} s of {seconds:.2f} s, --jobs {jobs})"
    for _attempt in range(4):
        shutil.rmtree(store, ignore_errors=True)
        process = subprocess.Popen(
            [*claimgraph_cmd(), "ingest", str(folder), "--store", str(store), "-q", "--jobs", jobs],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=ENV,
            start_new_session=True,  # so the kill reaches its worker processes too
        )
        time.sleep(at)
        finished = process.poll() is not None
        if not finished:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if not finished:
            break
        at /= 2  # it finished before the kill: try an earlier point
    else:
        pytest.fail(f"ingest always finished before the kill {where}")

    graphs = quads_by_graph(store) if store.exists() else {}
    problems = broken_graphs(graphs, reference)
    assert not problems, f"{len(problems)} broken graphs after SIGKILL {where}:\n" + "\n".join(problems[:10])
    rerun_completes(folder, store, len(graphs), whole, where)


def broken_graphs(graphs: dict, reference: dict) -> list[str]:
    """Report graphs that are not exactly as an uninterrupted ingest stores them."""
    problems = []
    for graph, quads in graphs.items():
        if graph not in reference:
            problems.append(f"{graph or 'default graph'}: {len(quads)} quads that no report has")
            continue
        want = reference[graph]
        if not has_report_triple(graph, quads):
            problems.append(f"{graph}: no report triple ({len(quads)}/{len(want)} quads)")
        elif figure_count(quads) != figure_count(want) or quads != want:
            extra, missing = sorted(map(str, quads - want)), sorted(map(str, want - quads))
            problems.append(
                f"{graph}: half-written: {figure_count(quads)}/{figure_count(want)} figures, "
                f"{len(quads)}/{len(want)} quads; extra {extra[:2]}, missing {missing[:2]}"
            )
    return problems


def rerun_completes(folder: Path, store: Path, stored_before: int, whole: set, where: str) -> None:
    """Ingesting again stores exactly the missing reports and ends as an uninterrupted ingest."""
    done = subprocess.run(
        [*claimgraph_cmd(), "ingest", str(folder), "--store", str(store), "-q"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=600,
    )
    assert done.returncode == 0, f"rerun after kill {where}: exit {done.returncode}\n{done.stderr[-2000:]}"
    counts = SUMMARY.search(done.stderr)
    assert counts, done.stderr
    stored, _, unchanged, failed = map(int, counts.groups())
    expected = (REPORTS - stored_before, stored_before, 0)
    assert (stored, unchanged, failed) == expected, (counts.group(0), where)
    after = all_quads(store)
    assert after == whole, (
        f"rerun after kill {where} differs from an uninterrupted ingest: "
        f"{len(after - whole)} extra, {len(whole - after)} missing quads"
    )


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_stops_cleanly_and_keeps_what_was_counted(batch: dict, tmp_path: Path, jobs: str) -> None:
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) mid-ingest: exit
    130 with a message saying how to go on, no traceback, every stored report whole, and
    rerunning completes the ingest."""
    folder, reference, whole, seconds = batch["folder"], batch["reference"], batch["whole"], batch["seconds"]
    store = tmp_path / "store"
    at = seconds * 0.6
    for _attempt in range(4):
        shutil.rmtree(store, ignore_errors=True)
        process = subprocess.Popen(
            [*claimgraph_cmd(), "ingest", str(folder), "--store", str(store), "--jobs", jobs],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
            start_new_session=True,
        )
        time.sleep(at)
        finished = process.poll() is not None
        if not finished:
            os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=120)
        if not finished:
            break
        at /= 2
    else:
        pytest.fail("ingest always finished before Ctrl-C")
    where = f"(Ctrl-C at {at:.2f} s of {seconds:.2f} s, --jobs {jobs})"
    assert process.returncode == 130, f"exit {process.returncode} {where}\n{err[-2000:]}"
    assert "Traceback" not in err, err[-3000:]
    said = re.search(r"interrupted; (\d+) stored .*run the same command again", err)
    assert said, err[-2000:]
    graphs = quads_by_graph(store) if store.exists() else {}
    assert len(graphs) == int(said.group(1)), f"message: {said.group(1)} stored; store: {len(graphs)}"
    problems = broken_graphs(graphs, reference)
    assert not problems, f"{len(problems)} broken graphs after Ctrl-C {where}:\n" + "\n".join(problems[:10])
    rerun_completes(folder, store, len(graphs), whole, where)


# -- nothing twice -----------------------------------------------------------------------------


def _export(store: Path) -> list[str]:
    result = cli("export", "--store", str(store), "--format", "nquads", "-o", "-")
    assert result.exit_code == 0, result.stderr
    return sorted(line for line in result.stdout.splitlines() if line.strip())


def test_ctrl_c_during_a_load_keeps_every_report_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The load a Ctrl-C stops stores nothing (it is all or nothing); the reports it held were
    counted as stored, so they are stored before the ingest stops."""
    from claimgraph.graph import ingest as ingesting
    from claimgraph.graph.local import LocalStore
    from claimgraph.graph.store import open_store

    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(12):
        (folder / f"r{i:02d}.txt").write_text(report_text(i, 3), encoding="utf-8")
    monkeypatch.setattr(ingesting, "BATCH_REPORTS", 5)
    real, calls = LocalStore.load_batch, []

    def stopped_once(self: LocalStore, chunks: list[bytes]) -> None:
        calls.append(len(chunks))
        if len(calls) == 2:
            raise KeyboardInterrupt  # as pyoxigraph raises it when Ctrl-C comes mid-load
        real(self, chunks)

    monkeypatch.setattr(LocalStore, "load_batch", stopped_once)
    store = open_store(tmp_path / "store")
    with pytest.raises(ingesting.Interrupted) as stopped:
        ingesting.ingest([folder], store)
    counted = stopped.value.summary.stored
    store.close()
    graphs = quads_by_graph(tmp_path / "store")
    assert counted == 10 and len(graphs) == counted, (calls, counted, len(graphs))


def test_ingesting_same_folder_again_adds_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(20):
        (folder / f"r{i:02d}.txt").write_text(report_text(i, 3), encoding="utf-8")
    manifest = [
        {
            "file": f"r{i:02d}.txt",
            "outlet": OUTLETS[i % 4],
            "url": f"https://example.org/news/{i}",
            "published": "1402-05-0" + str(1 + i % 9),
        }
        for i in range(20)
    ]
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    store = tmp_path / "store"
    first = cli("ingest", str(folder), "--store", str(store), "-q")
    assert first.exit_code == 0, first.stderr
    before = _export(store)
    assert before
    again = cli("ingest", str(folder), "--store", str(store), "-q")
    assert again.exit_code == 0, again.stderr
    counts = SUMMARY.search(again.stderr)
    assert counts and counts.groups() == ("0", "0", "20", "0"), again.stderr
    assert _export(store) == before
    # the same files named one by one, through a relative path, in two worker processes
    files = [os.path.relpath(p) for p in sorted(folder.glob("*.txt"))]
    third = cli("ingest", *files, "--store", str(store), "-q", "--jobs", "2")
    assert third.exit_code == 0, third.stderr
    assert SUMMARY.search(third.stderr).groups() == ("0", "0", "20", "0"), third.stderr
    assert _export(store) == before


# -- new versions ------------------------------------------------------------------------------


def _figures(store: Path, *params: str) -> list[dict]:
    result = cli("query", "figures", "--store", str(store), "--format", "json", *params)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _surfaces(rows: list[dict]) -> list[tuple[str, str]]:
    return sorted((r["report"], r["surface"]) for r in rows)


def _expected_surfaces(name: str, text: str) -> list[tuple[str, str]]:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.pipeline import extract

    return sorted((name, f.surface) for f in extract(Report(name, text)).figures)


def _revisions(store: Path) -> set[tuple[str, str]]:
    from claimgraph.graph.store import open_store

    db = open_store(store, read_only=True)
    rows = db.select("SELECT ?new ?old WHERE { GRAPH ?new { ?new prov:wasRevisionOf ?old } }").rows
    return set(rows)


def _iri(text: str) -> str:
    from claimgraph.loaders.model import Report
    from claimgraph.loaders.rdf import report_iri

    return report_iri(Report("a.txt", text)).value


def _ingest_text(folder: Path, store: Path, text: str):
    (folder / "a.txt").write_text(text, encoding="utf-8")
    result = cli("ingest", str(folder), "--store", str(store), "-q")
    assert result.exit_code == 0, result.stderr
    return result


def test_changed_text_is_a_new_version_and_figures_shows_only_it(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "b.txt").write_text(report_text(50, 2), encoding="utf-8")
    store = tmp_path / "store"
    v1, v2 = report_text(1, 2), report_text(2, 3)
    _ingest_text(folder, store, v1)
    second = _ingest_text(folder, store, v2)
    counts = SUMMARY.search(second.stderr)
    assert counts and counts.groups() == ("1", "1", "1", "0"), second.stderr
    assert _revisions(store) == {(_iri(v2), _iri(v1))}
    assert _surfaces(_figures(store, "-p", "report", "a.txt")) == _expected_surfaces("a.txt", v2)
    everything = _surfaces(_figures(store))
    assert everything == sorted(
        _expected_surfaces("a.txt", v2) + _expected_surfaces("b.txt", report_text(50, 2))
    )


def _three_versions(descending: bool) -> tuple[str, str, str]:
    """Three texts of one file whose first two graph IRIs sort in the given order."""
    for i in range(1, 200):
        v1, v2 = report_text(i, 2), report_text(i + 300, 2)
        if (_iri(v1) > _iri(v2)) == descending:
            return v1, v2, report_text(i + 600, 2)
    raise AssertionError("no such texts")


@pytest.mark.parametrize("order", ["ascending", "descending"])
def test_third_version_revises_the_second_whatever_the_hashes(tmp_path: Path, order: str) -> None:
    """v1 → v2 → v3 of one file: v3 is a revision of v2 (the latest), and `figures` shows
    only v3. ``order`` is how v1's and v2's graph IRIs (content hashes) happen to sort."""
    v1, v2, v3 = _three_versions(order == "descending")
    folder = tmp_path / "reports"
    folder.mkdir()
    store = tmp_path / "store"
    for text in (v1, v2, v3):
        _ingest_text(folder, store, text)
    links = _revisions(store)
    assert (_iri(v3), _iri(v2)) in links, f"v3 is linked as {links}; wanted v3 → v2 (v1={_iri(v1)})"
    shown = _surfaces(_figures(store, "-p", "report", "a.txt"))
    assert shown == _expected_surfaces("a.txt", v3), (
        f"figures shows {len(shown)} rows; wanted only v3's {len(_expected_surfaces('a.txt', v3))}: {shown}"
    )


def test_reverting_to_earlier_text_makes_it_latest_again(tmp_path: Path) -> None:
    """v1, then v2, then the file goes back to v1's text: the latest version is v1's text,
    so `figures` must show v1's figures, not v2's."""
    v1, v2 = report_text(11, 2), report_text(12, 3)
    folder = tmp_path / "reports"
    folder.mkdir()
    store = tmp_path / "store"
    for text in (v1, v2, v1):
        last = _ingest_text(folder, store, text)
    shown = _surfaces(_figures(store, "-p", "report", "a.txt"))
    assert shown == _expected_surfaces("a.txt", v1), (
        f"after reverting a.txt to its first text, figures shows {shown}; "
        f"wanted {_expected_surfaces('a.txt', v1)}; ingest said: {last.stderr.strip()}"
    )


# -- two writers -------------------------------------------------------------------------------


def _start_and_wait_for_progress(folder: Path, store: Path, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [*claimgraph_cmd(), "ingest", str(folder), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        env=ENV,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if "reports (" in log.read_text(encoding="utf-8", errors="replace"):
            return process
        time.sleep(0.05)
    process.kill()
    process.wait()
    pytest.fail(f"the first ingest showed no progress: {log.read_text()}")


@pytest.mark.slow
@pytest.mark.parametrize("wait", [None, "600"], ids=["no_wait", "wait_600"])
def test_two_ingests_at_once(batch: dict, tmp_path: Path, wait: str | None) -> None:
    store = tmp_path / "store"
    other = tmp_path / "other"
    other.mkdir()
    for i in range(20):
        (other / f"o{i:02d}.txt").write_text(report_text(1000 + i, 2), encoding="utf-8")
    first = _start_and_wait_for_progress(batch["folder"], store, tmp_path / "first.log")
    try:
        second = subprocess.Popen(
            [
                *claimgraph_cmd(),
                "ingest",
                str(other),
                "--store",
                str(store),
                "-q",
                *(["--wait", wait] if wait else []),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        time.sleep(1.0)  # long enough for the second to reach the store
        overlapped = first.poll() is None
        _, second_stderr = second.communicate(timeout=900)
    finally:
        first_code = first.wait(timeout=900)
    assert overlapped, "the first ingest ended before the second reached the store; they did not overlap"
    first_log = (tmp_path / "first.log").read_text(encoding="utf-8")
    assert first_code == 0, first_log[-2000:]
    assert "Traceback" not in second_stderr, second_stderr
    if second.returncode == 0:
        expected = REPORTS + 20
    else:
        assert second.returncode == 2, f"exit {second.returncode}: {second_stderr}"
        assert str(store) in second_stderr and re.search("in use|lock|busy", second_stderr, re.I), (
            second_stderr
        )
        assert wait is None, f"with --wait {wait} the second ingest should have waited: {second_stderr}"
        expected = REPORTS
    # the store opens and the figures query runs
    result = cli("query", "figures", "--store", str(store), "--format", "json")
    assert result.exit_code == 0, result.stderr
    reports = {row["report"] for row in json.loads(result.stdout)}
    assert len(reports) == expected, (len(reports), second_stderr)
    graphs = quads_by_graph(store)
    assert len(graphs) == expected and "" not in graphs
    for graph, quads in batch["reference"].items():
        assert graphs[graph] == quads, graph


# -- a worker dies ------------------------------------------------------------------------------


def _worker_processes(root: int) -> list[int]:
    """Descendants of ``root`` forked by multiprocessing's forkserver (the server and workers)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                children = [int(c) for c in task.read_text().split()]
            except OSError:
                continue
            todo.extend(children)
            for child in children:
                try:
                    if b"forkserver" in Path(f"/proc/{child}/cmdline").read_bytes():
                        found.append(child)
                except OSError:
                    pass
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_killed_workers_neither_hang_nor_lose_reports(batch: dict, tmp_path: Path) -> None:
    store = tmp_path / "store"
    log = tmp_path / "ingest.log"
    process = subprocess.Popen(
        [*claimgraph_cmd(), "ingest", str(batch["folder"]), "--store", str(store), "--jobs", "2"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        env=ENV,
    )
    killed: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        workers = _worker_processes(process.pid)
        if len(workers) >= 3:  # the forkserver and both workers
            for pid in workers:
                os.kill(pid, signal.SIGKILL)
            killed = workers
            break
        time.sleep(0.02)
    code = process.wait(timeout=600)
    text = log.read_text(encoding="utf-8")
    assert killed, f"no worker processes seen before the ingest ended: {text[-1000:]}"
    assert code == 0 and "Traceback" not in text, text[-2000:]
    assert "worker process died" in text, text[-2000:]
    assert SUMMARY.search(text).group(1, 4) == (str(REPORTS), "0"), text[-500:]
    graphs = quads_by_graph(store)
    assert graphs == batch["reference"]
