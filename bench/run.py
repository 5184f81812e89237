"""A benchmark you can rerun: ingest speed and memory, and stored-query latency at scale.

    python bench/run.py                          # real text, then 10k, 100k and 1M figures
    python bench/run.py --sizes 10000            # a quick run: a few minutes
    python bench/run.py --skip-synth             # real text only
    python bench/run.py --skip-real --sizes 1000000 --out bench/results/1m.json

Real text: the 1,500 Fars articles (bench/corpus.py turns them into report files) are
ingested into a fresh store with the real CLI, ``--jobs 1`` and ``--jobs 2``, three times
each (``--real-repeat``; the median run is reported); hazm's
``Normalizer().normalize`` plus ``WordTokenizer().tokenize`` (each built once) runs over
the same text in this process as a yardstick.

Synthetic scale: bench/synth.py writes reports with the requested number of figures;
each corpus is ingested with ``claimgraph ingest DIR --store S --jobs 2 -q``, then every
stored query runs in a fresh process per query and parameter set (bench/latency.py),
three times in that process (the first run just after opening the store).

Memory: the CLI runs in a child process; this script samples /proc every 0.2 s and sums
VmRSS over the child and all its descendants, and PSS at each new peak of that sum (at
most once a second) and every 10 s (PSS counts pages shared by the forked workers once;
reading it walks page tables, 150 ms for a 6 GB process), and
keeps the largest VmHWM (one process's own peak RSS). Not ``getrusage(RUSAGE_CHILDREN)``:
Linux folds the parent's RSS at fork time into a child's ``ru_maxrss`` when the child
calls exec, so a big parent inflates it. CPU seconds (from ``wait4`` and per process from
/proc) are reported too: on a shared machine they say more than wall time. Stores and
generated files go under ``--work`` (``/tmp/claimgraph-bench``); numbers go to ``--out``
as JSON and to standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))  # corpus.py and synth.py sit next to this file

EXPLAIN_LIMIT = 120  # seconds: a query slower than this is not run once more to explain it
_SUMMARY = re.compile(
    r"(\d+) stored \((\d+) as new versions\), (\d+) unchanged, (\d+) failed; "
    r"(\d+) statements, (\d+) figures in ([\d.]+) s"
)


# -- running and measuring a child process --------------------------------------


@dataclass(frozen=True, slots=True)
class Measured:
    """A finished child process: wall time, exit code, output and memory peaks (MB)."""

    wall: float
    code: int
    killed: str | None  # "timeout" or "memory" when this script stopped it
    stdout: str
    stderr: str
    tree_rss: float  # peak of VmRSS summed over the process tree (sampled)
    tree_pss: float  # peak of PSS summed over the process tree (sampled)
    max_rss: float  # the largest single process's peak RSS (VmHWM, sampled)
    cpu: float  # user + system seconds of the whole tree (wait4 misses children nobody waited for)
    load: tuple[float, float]  # the machine's 1-minute load average at start and end
    cpu_main: float  # CPU seconds of the process itself (last sample before it ended)
    cpu_children: list[float]  # CPU seconds of each descendant (last samples), largest first
    main_rss: float  # peak RSS of the process itself (sampled)
    children_rss: float  # the largest peak RSS of one descendant (sampled)


@dataclass(frozen=True, slots=True)
class Limits:
    """When to stop a child: after ``seconds``, or when its tree's RSS passes ``memory_mb``."""

    seconds: float | None = None
    memory_mb: float | None = None

    def broken(self, tree: Tree, elapsed: float) -> str | None:
        if self.seconds and elapsed > self.seconds:
            return "timeout"
        if self.memory_mb and tree.rss > self.memory_mb:
            return "memory"
        return None


def measure(cmd: list[str], limits: Limits = Limits(), *, interval: float = 0.2) -> Measured:
    """Run ``cmd`` in its own session, sampling its process tree until it ends (or breaks ``limits``)."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        load, started = os.getloadavg()[0], time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, start_new_session=True)
        tree, killed = Tree(proc.pid), None
        while not (waited := os.wait4(proc.pid, os.WNOHANG))[0]:
            tree.sample()
            if not killed and (killed := limits.broken(tree, time.perf_counter() - started)):
                os.killpg(proc.pid, signal.SIGKILL)  # the session this script started, nothing else
            time.sleep(interval)
        _, status, usage = waited
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        return Measured(
            time.perf_counter() - started,
            proc.returncode,
            killed,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            tree.peak_rss,
            tree.peak_pss,
            tree.max_hwm,
            max(usage.ru_utime + usage.ru_stime, sum(tree.cpu.values())),
            (load, os.getloadavg()[0]),
            tree.cpu.get(proc.pid, 0.0),
            sorted((v for k, v in tree.cpu.items() if k != proc.pid), reverse=True),
            tree.peak_by_pid.get(proc.pid, 0.0),
            max((v for k, v in tree.peak_by_pid.items() if k != proc.pid), default=0.0),
        )


@dataclass(slots=True)
class Tree:
    """What sampling a process tree saw: summed memory peaks and each process's last CPU time."""

    root: int
    rss: float = 0.0  # at the last sample
    peak_rss: float = 0.0
    peak_pss: float = 0.0
    max_hwm: float = 0.0  # the largest VmHWM (a process's own peak RSS) seen
    peak_by_pid: dict[int, float] = field(default_factory=dict)  # pid → largest VmRSS seen
    cpu: dict[int, float] = field(default_factory=dict)  # pid → user+system seconds, last seen

    samples: int = 0
    pss_at: float = float("-inf")  # when PSS was last read (time.monotonic)

    def sample(self) -> None:
        """Read every process's VmRSS, VmHWM and CPU time; PSS when the tree's RSS reaches a
        new peak (at most once a second) and every 50th time (10 s), because reading
        smaps_rollup walks the page tables, which costs real CPU for a process of GBs."""
        rss = 0.0
        pids = descendants(self.root)
        for pid in pids:
            status = _fields(f"/proc/{pid}/status", ("VmRSS:", "VmHWM:"))
            rss += status["VmRSS:"] / 1024
            self.peak_by_pid[pid] = max(status["VmRSS:"] / 1024, self.peak_by_pid.get(pid, 0.0))
            self.max_hwm = max(self.max_hwm, status["VmHWM:"] / 1024)
            seconds = _cpu(pid)
            if seconds is not None:
                self.cpu[pid] = seconds
        now = time.monotonic()
        new_peak = rss > self.peak_rss and now - self.pss_at >= 1.0
        if new_peak or self.samples % 50 == 0:
            pss = sum(_fields(f"/proc/{pid}/smaps_rollup", ("Pss:",))["Pss:"] / 1024 for pid in pids)
            self.peak_pss, self.pss_at = max(self.peak_pss, pss), now
        self.samples += 1
        self.rss, self.peak_rss = rss, max(self.peak_rss, rss)


def descendants(root: int) -> list[int]:
    """``root`` and every process below it (from /proc/PID/task/TID/children: no scan of /proc)."""
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as handle:
                    todo.extend(int(child) for child in handle.read().split())
            except OSError:
                pass
    return out


def _cpu(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _fields(path: str, names: tuple[str, ...]) -> dict[str, float]:
    """Values in kB of the named lines of a /proc file (0 when missing or gone)."""
    found = dict.fromkeys(names, 0.0)
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            for line in handle:
                name = line.split(":", 1)[0] + ":"
                if name in found:
                    found[name] = float(line.split()[1])
    except OSError:
        pass
    return found


# -- the machine -------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")),
        platform.processor(),
    )
    memory = next((line.split()[1] for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), "0")
    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "memory_gb": round(int(memory) / 1024**2, 1),
        "python": platform.python_version(),
        "pyoxigraph": metadata.version("pyoxigraph"),
        "hazm": metadata.version("hazm"),
        "claimgraph": metadata.version("claimgraph"),
        "platform": platform.platform(),
        "date": datetime.now().isoformat(timespec="seconds"),
    }


def code_stamp() -> dict[str, str]:
    """The newest source file of the project (others may edit it while a long run goes on)."""
    files = [f for folder in ("loaders", "graph", "queries", "ontology") for f in (ROOT / folder).rglob("*")]
    newest = max((f for f in files if f.is_file() and f.suffix in (".py", ".rq", ".ttl")), key=_mtime)
    when = datetime.fromtimestamp(_mtime(newest)).isoformat(timespec="seconds")
    return {"newest_file": str(newest.relative_to(ROOT)), "modified": when}


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []


# -- ingest ------------------------------------------------------------------------


def cli() -> list[str]:
    """The claimgraph command of the Python running this script (its venv), else PATH's."""
    script = Path(sys.executable).with_name("claimgraph")
    if script.exists():
        return [str(script)]
    found = shutil.which("claimgraph")
    return [found] if found else [sys.executable, "-c", "from claimgraph.graph.cli import main; main()"]


class IngestError(Exception):
    """The CLI failed or was stopped; the message says how far it got."""


def ingest(folder: Path, store: Path, jobs: int, memory_mb: float | None = None) -> dict[str, Any]:
    """Ingest ``folder`` into a fresh ``store`` through the CLI; speeds, counts, memory."""
    shutil.rmtree(store, ignore_errors=True)
    cmd = [*cli(), "ingest", str(folder), "--store", str(store), "--jobs", str(jobs), "-q"]
    run = measure(cmd, Limits(memory_mb=memory_mb))
    match = _SUMMARY.search(run.stderr)
    if run.killed or run.code not in (0, 1) or not match:
        why = f"stopped ({run.killed})" if run.killed else f"exit {run.code}"
        raise IngestError(
            f"ingest of {folder} failed: {why} after {run.wall:.0f} s at {run.tree_rss:.0f} MB "
            f"(tree peak {run.tree_rss:.0f} MB)\n{run.stderr[-2000:]}"
        )
    stored, _, unchanged, failed, statements, figures, seconds = match.groups()
    return {
        "jobs": jobs,
        "reports": int(stored) + int(unchanged),
        "stored": int(stored),
        "failed": int(failed),
        "statements": int(statements),
        "figures": int(figures),
        "seconds": float(seconds),  # the CLI's own count: reading, extracting, storing
        "wall_seconds": round(run.wall, 2),  # plus start-up (imports) and closing the store
        "tree_rss_mb": round(run.tree_rss, 1),
        "tree_pss_mb": round(run.tree_pss, 1),
        "max_process_rss_mb": round(run.max_rss, 1),
        "main_rss_mb": round(run.main_rss, 1),  # the CLI process: reads, stores (and extracts with 1 job)
        "worker_rss_mb": round(run.children_rss, 1),  # the largest extraction worker
        "store_mb": round(folder_size(store) / 1024**2, 1),
        "cpu_seconds": round(run.cpu, 1),  # all processes: less sensitive to other load than wall time
        "load_average": run.load,
        "cpu_main_seconds": round(run.cpu_main, 1),  # reading, storing (and extracting with 1 job)
        "cpu_worker_seconds": [round(c, 1) for c in run.cpu_children],
    }


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


# -- real text ------------------------------------------------------------------------


def median_run(tries: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median time (the upper middle one of an even number)."""
    return sorted(tries, key=lambda t: t["seconds"])[len(tries) // 2]


def real_text(corpus: Path, work: Path, repeat: int = 3) -> dict[str, Any]:
    import corpus as fars  # bench/corpus.py

    folder = work / "fars"
    shutil.rmtree(folder, ignore_errors=True)
    fars.write_reports(corpus, folder)
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    characters = sum(map(len, texts))
    runs = {}
    for jobs in (1, 2):
        print(
            f"… ingesting {len(texts)} Fars reports with --jobs {jobs}, {repeat}×",
            file=sys.stderr,
            flush=True,
        )
        tries = [
            _rates(ingest(folder, work / f"store-fars-j{jobs}", jobs), characters) for _ in range(repeat)
        ]
        runs[jobs] = {**median_run(tries), "tries_seconds": [t["seconds"] for t in tries]}
    print("… timing hazm over the same text", file=sys.stderr, flush=True)
    hazm = hazm_rate(texts)
    print("… timing one and two busy Python processes", file=sys.stderr, flush=True)
    ceiling = parallel_ceiling()
    return {
        "parallel_ceiling": ceiling,
        "documents": len(texts),
        "characters": characters,
        "ingest": {f"jobs{jobs}": run for jobs, run in runs.items()},
        "speedup_2_jobs": round(runs[1]["seconds"] / runs[2]["seconds"], 2),
        "hazm": hazm,
        "ratio_to_hazm_jobs1": round(runs[1]["chars_per_s"] / hazm["chars_per_s"], 3),
        "ratio_to_hazm_jobs2": round(runs[2]["chars_per_s"] / hazm["chars_per_s"], 3),
        "ratio_to_hazm_cpu": round(runs[1]["chars_per_cpu_s"] / hazm["chars_per_cpu_s"], 3),
        "speedup_2_jobs_wall": round(runs[1]["wall_seconds"] / runs[2]["wall_seconds"], 2),
        "speedup_2_jobs_idle_estimate": idle_speedup(runs[1], runs[2]),
    }


_SPIN = "sum(i * i for i in range(12_000_000))"  # about a second of pure Python


def parallel_ceiling(rounds: int = 3) -> float:
    """How much more two CPU-bound Python processes get done together than one alone.

    2.0 on two free cores; less where the two virtual CPUs share a physical core or the
    host is busy. It bounds the speed-up ``--jobs 2`` can give on this machine.
    """
    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", _SPIN], check=True, capture_output=True)
        alone = time.perf_counter() - started
        started = time.perf_counter()
        pair = [subprocess.Popen([sys.executable, "-c", _SPIN], stdout=subprocess.DEVNULL) for _ in range(2)]
        for proc in pair:
            proc.wait()
        together = time.perf_counter() - started
        best = max(best, round(2 * alone / together, 2))
    return best


def idle_speedup(one: dict[str, Any], two: dict[str, Any]) -> float:
    """The speed-up two idle cores would give, from CPU times (robust to other load on the machine).

    With two jobs the run takes at least half the CPU time of all its processes, and at least
    the CPU time of the writer and of the busiest worker; with one job, its CPU time.
    """
    busiest = max(two["cpu_worker_seconds"], default=0.0)
    bound = max(two["cpu_seconds"] / 2, two["cpu_main_seconds"], busiest)
    return round(one["cpu_seconds"] / bound, 2) if bound else 0.0


def _rates(run: dict[str, Any], characters: int) -> dict[str, Any]:
    seconds = run["seconds"]
    return {
        **run,
        "docs_per_s": round(run["reports"] / seconds, 1),
        "chars_per_s": round(characters / seconds),
        "figures_per_s": round(run["figures"] / seconds, 1),
        "wall_docs_per_s": round(run["reports"] / run["wall_seconds"], 1),
        "chars_per_cpu_s": round(characters / run["cpu_seconds"]),
    }


def hazm_rate(texts: list[str], repeat: int = 3) -> dict[str, Any]:
    """hazm's normaliser and word tokenizer over ``texts``: characters per second (median of runs).

    The objects are built once (``hazm.word_tokenize`` builds a tokenizer per call).
    """
    from hazm import Normalizer, WordTokenizer

    normalizer, tokenizer = Normalizer(), WordTokenizer()
    seconds, cpu = [], []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        for text in texts:
            tokenizer.tokenize(normalizer.normalize(text))
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    characters = sum(map(len, texts))
    return {
        "seconds": [round(s, 2) for s in seconds],
        "cpu_seconds": [round(s, 2) for s in cpu],
        "chars_per_s": round(characters / statistics.median(seconds)),
        "chars_per_cpu_s": round(characters / statistics.median(cpu)),
        "docs_per_s": round(len(texts) / statistics.median(seconds), 1),
    }


# -- synthetic scale ------------------------------------------------------------------


def synthetic(
    size: int, work: Path, options: argparse.Namespace, partial: Callable[[dict[str, Any]], None]
) -> dict[str, Any]:
    """Generate, ingest and time the stored queries; ``partial(part)`` after each step, so a
    run stopped half way (a 1M-figure run takes hours) keeps what it measured."""
    folder = work / f"synth-{size}"
    generated = ensure_generated(folder, size, options.seed)
    print(
        f"… ingesting {generated['reports']} synthetic reports ({size} figures)", file=sys.stderr, flush=True
    )
    store = work / f"store-synth-{size}"
    try:
        run = _rates(
            ingest(folder, store, options.jobs, options.ingest_memory_limit), generated["characters"]
        )
    except IngestError as error:
        print(f"bench: {error}", file=sys.stderr)
        return {"size": size, "generated": generated, "ingest": {"error": str(error)}, "queries": []}
    part = {"size": size, "generated": generated, "ingest": run, "queries": []}
    partial(part)
    for name, params in variants(generated["params"]):
        if options.queries and name not in options.queries:
            continue
        part["queries"].append(time_query(store, name, params, options, work / f"explain-{size}"))
        partial(part)
    return part


def ensure_generated(folder: Path, size: int, seed: int) -> dict[str, Any]:
    """The synthetic corpus for ``size`` figures, generated unless the same one is there."""
    import synth

    summary = folder / "synth.json"
    if summary.exists():
        known = json.loads(summary.read_text(encoding="utf-8"))
        if known.get("target_figures") == size and known.get("seed") == seed:
            return known
    shutil.rmtree(folder, ignore_errors=True)
    print(f"… generating {size} synthetic figures in {folder}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    synth.generate(folder, size, seed=seed)
    known = json.loads(summary.read_text(encoding="utf-8"))
    known["generate_seconds"] = round(time.perf_counter() - started, 1)
    summary.write_text(json.dumps(known, ensure_ascii=False, indent=1), encoding="utf-8")
    return known


def variants(params: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """Every stored query with its required parameters, then once per optional one we can fill."""
    from claimgraph.queries.runner import stored_queries

    by_kind = {
        "person": params.get("person"),
        "org": params.get("org"),
        "outlet": params.get("outlet"),
        "metric": params.get("metric"),
        "report": params.get("report"),
        "date": params.get("date"),
    }
    out = []
    for name, query in stored_queries().items():
        required = {p.name: by_kind.get(p.kind) for p in query.params if not p.optional}
        if any(value is None for value in required.values()):
            print(f"bench: {name}: no value for a required parameter; skipped", file=sys.stderr)
            continue
        out.append((name, required))
        for p in query.params:
            if p.optional and by_kind.get(p.kind) is not None:
                out.append((name, {**required, p.name: by_kind[p.kind]}))
    return out


def time_query(
    store: Path, name: str, params: dict[str, str], options: argparse.Namespace, explain_dir: Path
) -> dict[str, Any]:
    """One query in a fresh process (bench/latency.py), ``--repeat`` runs; what finished before a
    timeout is kept."""
    print(f"… {name} " + " ".join(f"-p {k} {v}" for k, v in params.items()), file=sys.stderr, flush=True)
    flags = [arg for k, v in params.items() for arg in ("--param", k, v)]
    flags += ["--enough", str(options.enough)]
    cmd = [sys.executable, str(BENCH / "latency.py"), str(store), name, *flags]
    limits = Limits(options.query_timeout, options.memory_limit)
    run = measure([*cmd, "--repeat", str(options.repeat)], limits)
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    timed = [line for line in lines if "run" in line]
    result: dict[str, Any] = {
        "query": name,
        "params": params,
        "process_rss_mb": next((line["peak_rss_mb"] for line in lines if "peak_rss_mb" in line), None),
        "load_average": run.load,
    }
    if run.killed:
        result["killed"] = run.killed
        result["killed_after_s"] = round(run.wall, 1)
        result["killed_rss_mb"] = round(run.tree_rss, 1)
    elif run.code != 0:
        result["error"] = (run.stderr.strip().splitlines() or ["?"])[-1]
    if timed:
        seconds = [line["seconds"] for line in timed]
        result.update(
            runs=len(timed),
            rows=timed[-1]["rows"],
            seconds=[round(s, 3) for s in seconds],
            first=round(seconds[0], 3),
            min=round(min(seconds), 3),
            median=round(statistics.median(seconds), 3),
            first_row_median=round(statistics.median(line["first_row"] for line in timed), 3),
            cpu_median=round(statistics.median(line["cpu"] for line in timed), 3),
        )
    if not params and options.explain_over < result.get("median", 0) <= EXPLAIN_LIMIT:
        result["explain"] = explain(
            store, name, explain_dir, Limits(options.query_timeout, options.memory_limit)
        )
    return result


def explain(store: Path, name: str, folder: Path, limits: Limits) -> str | None:
    """Oxigraph's own plan with statistics (``oxigraph query --explain --stats``), saved to a file."""
    binary = Path(sys.executable).with_name("oxigraph")
    if not binary.exists():
        return None
    from claimgraph.ontology import PREFIXES
    from claimgraph.queries.runner import get

    folder.mkdir(parents=True, exist_ok=True)
    query_file, plan = folder / f"{name}.rq", folder / f"{name}.explain.txt"
    prologue = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())
    query_file.write_text(prologue + get(name).text, encoding="utf-8")
    cmd = [str(binary), "query", "--location", str(store), "--query-file", str(query_file)]
    cmd += ["--results-file", os.devnull, "--results-format", "tsv", "--explain-file", str(plan), "--stats"]
    run = measure(cmd, limits)
    return str(plan) if run.code == 0 and not run.killed and plan.exists() else None


# -- printing ----------------------------------------------------------------------


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[_cell(c) for c in row] for row in [headers, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = [
        "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in cells
    ]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if value < 100 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def print_machine(info: dict[str, Any]) -> None:
    print(
        f"machine: {info['cpus']} CPUs ({info['cpu']}), {info['memory_gb']} GB; Python {info['python']}, "
        f"pyoxigraph {info['pyoxigraph']}, hazm {info['hazm']}, claimgraph {info['claimgraph']}"
    )


def print_real(real: dict[str, Any]) -> None:
    print(f"\nReal text: {real['documents']} Fars reports, {real['characters']:,} characters")
    rows = []
    for label, run in real["ingest"].items():
        rows.append(
            [label, run["seconds"], run["wall_seconds"], run["cpu_seconds"], run["docs_per_s"],
             run["chars_per_s"], run["figures"], run["tree_rss_mb"], run["tree_pss_mb"],
             run["max_process_rss_mb"], "/".join(f"{x:.1f}" for x in run["load_average"])]
        )  # fmt: skip
    headers = ["ingest", "s", "wall s", "cpu s", "docs/s", "chars/s", "figures", "tree RSS MB", "tree PSS MB"]
    print(table([*headers, "max proc MB", "load"], rows))
    hazm = real["hazm"]
    print(
        f"speed-up with 2 jobs: {real['speedup_2_jobs']}x measured; "
        f"{real['speedup_2_jobs_idle_estimate']}x on idle cores, estimated from CPU times (target >= 1.7); "
        f"two busy Python processes here do {real.get('parallel_ceiling', '?')}x the work of one"
    )
    print(
        f"hazm normalize+tokenize: {hazm['chars_per_s']:,} chars/s ({hazm['docs_per_s']} docs/s); "
        f"pipeline/hazm: {real['ratio_to_hazm_jobs1']} with 1 job, {real['ratio_to_hazm_jobs2']} with 2, "
        f"{real['ratio_to_hazm_cpu']} per CPU second (target >= 0.5)"
    )


def print_synthetic(part: dict[str, Any]) -> None:
    gen, run = part["generated"], part["ingest"]
    if "error" in run:
        print(f"\nSynthetic, {part['size']:,} figures: {run['error'].splitlines()[0]}")
        return
    print(
        f"\nSynthetic, {part['size']:,} figures planned: {gen['reports']:,} reports, "
        f"{gen['characters']:,} characters, {gen['speakers_used']:,} speakers"
    )
    print(
        f"ingest --jobs {run['jobs']}: {run['seconds']} s ({run['wall_seconds']} s wall), "
        f"{run['docs_per_s']} reports/s, {run['figures_per_s']} figures/s, {run['figures']:,} figures; "
        f"peak tree RSS {run['tree_rss_mb']} MB, tree PSS {run['tree_pss_mb']} MB, largest process "
        f"{run['max_process_rss_mb']} MB; store {run['store_mb']} MB; {run['cpu_seconds']} CPU s; "
        f"load {run['load_average'][0]:.1f}/{run['load_average'][1]:.1f}"
    )
    rows = []
    for q in part["queries"]:
        params = " ".join(f"{k}={v}" for k, v in q["params"].items()) or "-"
        note = q.get("error", "")
        if "killed" in q:
            note = f"stopped ({q['killed']}) after {q['killed_after_s']:.0f} s at {q['killed_rss_mb']:.0f} MB"
        if "runs" not in q:
            rows.append([q["query"], params, "", "", "", "", "", "", q["process_rss_mb"], note])
            continue
        rows.append(
            [q["query"], params, q["first"], q["min"], q["median"], q["cpu_median"], q["first_row_median"],
             q["rows"], q["process_rss_mb"], note]
        )  # fmt: skip
    headers = [
        "query",
        "params",
        "first s",
        "min s",
        "median s",
        "cpu s",
        "1st row s",
        "rows",
        "proc MB",
        "note",
    ]
    print(table(headers, rows))


def save(results: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


# -- main ---------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT.parent / "shared/corpus/fars-news",
        help="folder of fars-news-*.json files (default: ../shared/corpus/fars-news)",
    )
    parser.add_argument(
        "--sizes",
        default="10000,100000,1000000",
        help="synthetic corpus sizes in figures, comma-separated (default: 10000,100000,1000000)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=BENCH / f"results/bench-{stamp}.json",
        help="where to write the numbers as JSON (default: bench/results/bench-DATE.json)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/claimgraph-bench"),
        help="folder for generated reports and stores (default: /tmp/claimgraph-bench)",
    )
    parser.add_argument("--skip-real", action="store_true", help="skip the real-text part")
    parser.add_argument("--skip-synth", action="store_true", help="skip the synthetic part")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for synthetic ingests (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic corpus (default 7)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    parser.add_argument(
        "--real-repeat", type=int, default=3, help="ingests of the real text per --jobs; the median is kept"
    )
    parser.add_argument(
        "--query-timeout",
        type=float,
        default=900,
        help="kill a query's process after this many seconds (default 900)",
    )
    parser.add_argument(
        "--enough",
        type=float,
        default=60,
        help="a query run slower than this many seconds is not repeated (default 60)",
    )
    parser.add_argument(
        "--memory-limit",
        type=float,
        default=8000,
        metavar="MB",
        help="stop a query (or explain) whose processes pass this RSS (default 8000 MB)",
    )
    parser.add_argument(
        "--ingest-memory-limit",
        type=float,
        default=16000,
        metavar="MB",
        help="stop a synthetic ingest whose processes pass this RSS (default 16000 MB)",
    )
    parser.add_argument(
        "--explain-over",
        type=float,
        default=2.0,
        help="save Oxigraph's plan for queries without parameters slower than this (default 2 s)",
    )
    parser.add_argument(
        "--queries",
        type=lambda text: [q.strip() for q in text.split(",") if q.strip()],
        default=[],
        help="time only these stored queries, comma-separated (default: all)",
    )
    return parser.parse_args()


def main() -> int:
    options = arguments()
    sizes = [int(s) for s in options.sizes.split(",") if s.strip()] if not options.skip_synth else []
    if not options.skip_real and not options.corpus.is_dir():
        print(f"bench: {options.corpus}: no such folder (give --corpus, or --skip-real)", file=sys.stderr)
        return 2
    options.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": machine(),
        "command": sys.argv,
        "code": code_stamp(),
        "synthetic": [],
    }
    print_machine(results["machine"])
    if not options.skip_real:
        results["real"] = real_text(options.corpus, options.work, options.real_repeat)
        save(results, options.out)
        print_real(results["real"])
    for size in sizes:
        part = synthetic(
            size,
            options.work,
            options,
            lambda p: save({**results, "synthetic": [*results["synthetic"], p]}, options.out),
        )
        part["code_after"] = code_stamp()
        if part["code_after"] != results["code"]:
            print(f"bench: the code changed during the run: {part['code_after']}", file=sys.stderr)
        results["synthetic"].append(part)
        save(results, options.out)
        print_synthetic(part)
    print(f"\nnumbers written to {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
