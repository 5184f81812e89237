"""Virtuoso 7 beside the embedded store, in one run: ingest rate and stored-query latency.

    python bench/virtuoso.py                           # Fars text, then 100k figures
    python bench/virtuoso.py --sizes 100000,1000000    # and 1M (hours)
    python bench/virtuoso.py --skip-real --sizes 1000000 --params-only --listings reports

Real text: the 1,500 Fars reports are ingested with the real CLI into a fresh embedded
store and into a fresh Virtuoso database (``--store http://dba:dba@…/sparql-auth``), with
``--jobs 1`` and ``--jobs 2``, alternately, ``--real-repeat`` times each; the median of
each is kept and the remote rate is given as a share of the embedded one.

Synthetic scale: bench/synth.py's corpus (the same one bench/run.py uses) is ingested
into an embedded store with ``--jobs 2``, then into Virtuoso: through ``claimgraph ingest
--store URL`` up to ``--bulk-over`` figures, above that with Virtuoso's bulk loader (the
embedded store exported as N-Quads, cut into files, then ``ld_dir`` and
``rdf_loader_run`` through ``isql-vt``, and a checkpoint). Every stored query then runs in a
fresh process per store (bench/latency.py), ``--repeat`` times.

The Virtuoso server is the one the tests start (tests/servers.py) on 127.0.0.1 with its
own database folder under ``--work``, with ``ResultSetMaxRows`` raised to 100 million
(Debian's 10,000 would make claimgraph fetch long answers page by page) and
``--buffers`` 8 kB pages of cache. Its memory is its VmHWM from /proc.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

import run  # noqa: E402 — bench/run.py: measure, ingest, the synthetic corpus, query timing

from tests.servers import oxigraph_server, virtuoso_server  # noqa: E402


def remote_ingest(folder: Path, url: str, jobs: int) -> dict[str, Any]:
    cmd = [*run.cli(), "ingest", str(folder), "--store", url, "--jobs", str(jobs), "-q"]
    measured = run.measure(cmd)
    match = run._SUMMARY.search(measured.stderr)
    if measured.code not in (0, 1) or not match:
        raise run.IngestError(
            f"remote ingest of {folder} failed: exit {measured.code}\n{measured.stderr[-2000:]}"
        )
    stored, _, unchanged, failed, statements, figures, seconds = match.groups()
    return {
        "jobs": jobs,
        "reports": int(stored) + int(unchanged),
        "figures": int(figures),
        "seconds": float(seconds),
        "wall_seconds": round(measured.wall, 2),
        "cpu_seconds": round(measured.cpu, 1),  # the client's processes, not the server's
        "tree_rss_mb": round(measured.tree_rss, 1),
        "load_average": measured.load,
    }


def server_pid(folder: Path) -> int | None:
    """The Virtuoso process serving the database in ``folder``."""
    ini = str(folder / "virtuoso.ini").encode()
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and ini in (proc / "cmdline").read_bytes():
                return int(proc.name)
        except OSError:
            continue
    return None


def server_memory(folder: Path) -> dict[str, float]:
    pid = server_pid(folder)
    if pid is None:
        return {}
    fields = run._fields(f"/proc/{pid}/status", ("VmHWM:", "VmRSS:"))
    return {
        "peak_rss_mb": round(fields.get("VmHWM:", 0) / 1024, 1),
        "rss_mb": round(fields.get("VmRSS:", 0) / 1024, 1),
    }


def database_mb(folder: Path) -> float:
    return round(sum(f.stat().st_size for f in folder.glob("virtuoso*.db")) / 1024**2, 1)


def real_text(options: argparse.Namespace) -> dict[str, Any]:
    import corpus as fars

    folder = options.work / "fars"
    shutil.rmtree(folder, ignore_errors=True)
    fars.write_reports(options.corpus, folder)
    tries: dict[str, list[dict[str, Any]]] = {}
    for attempt in range(options.real_repeat):
        for jobs in (1, 2):
            print(f"… Fars reports, --jobs {jobs}, try {attempt + 1}: embedded", file=sys.stderr, flush=True)
            tries.setdefault(f"embedded-j{jobs}", []).append(
                run.ingest(folder, options.work / "store-fars", jobs)
            )
            db = options.work / "virtuoso-fars"
            shutil.rmtree(db, ignore_errors=True)
            with virtuoso_server(db, max_rows=100_000_000, buffers=options.buffers, skip=False) as url:
                print(
                    f"… Fars reports, --jobs {jobs}, try {attempt + 1}: Virtuoso", file=sys.stderr, flush=True
                )
                result = remote_ingest(folder, url, jobs)
                again = remote_ingest(folder, url, jobs)  # everything unchanged: the checks alone
                result.update(
                    server=server_memory(db), database_mb=database_mb(db), again_seconds=again["seconds"]
                )
                tries.setdefault(f"virtuoso-j{jobs}", []).append(result)
            shutil.rmtree(options.work / "oxigraph-fars", ignore_errors=True)
            with oxigraph_server(options.work / "oxigraph-fars", skip=False) as url:
                print(f"… Fars reports, --jobs {jobs}, try {attempt + 1}: Oxigraph server", file=sys.stderr)
                tries.setdefault(f"oxigraph-server-j{jobs}", []).append(remote_ingest(folder, url, jobs))
    medians = {
        name: {**run.median_run(t), "tries_seconds": [x["seconds"] for x in t]} for name, t in tries.items()
    }
    for jobs in (1, 2):
        for server in ("virtuoso", "oxigraph-server"):
            local, remote = medians[f"embedded-j{jobs}"], medians[f"{server}-j{jobs}"]
            remote["share_of_embedded_rate"] = round(local["seconds"] / remote["seconds"], 2)
    return medians


def bulk_load(store: Path, db: Path, url: str, work: Path) -> dict[str, Any]:
    """The embedded store exported as N-Quads and loaded with Virtuoso's bulk loader."""
    dump = work / "bulk"
    shutil.rmtree(dump, ignore_errors=True)
    dump.mkdir(parents=True)
    started = time.perf_counter()
    whole = dump / "all.nq"
    subprocess.run(
        [*run.cli(), "export", "--store", str(store), "--format", "nquads", "-o", str(whole)], check=True
    )
    exported = time.perf_counter() - started
    subprocess.run(
        ["split", "-l", "2000000", "-d", "--additional-suffix=.nq", str(whole), str(dump / "part-")],
        check=True,
    )
    whole.unlink()
    port = (db / "virtuoso.ini").read_text().split("ServerPort = 127.0.0.1:", 1)[1].split()[0]
    script = f"ld_dir('{dump}', '*.nq', 'urn:claimgraph:none'); rdf_loader_run(); checkpoint;"
    started = time.perf_counter()
    subprocess.run(["isql-vt", port, "dba", "dba", f"exec={script}"], check=True, capture_output=True)
    loaded = time.perf_counter() - started
    shutil.rmtree(dump, ignore_errors=True)
    return {"export_seconds": round(exported, 1), "load_seconds": round(loaded, 1), "method": "bulk loader"}


def synthetic(size: int, options: argparse.Namespace, save: Any) -> dict[str, Any]:
    generated = run.ensure_generated(options.work / f"synth-{size}", size, options.seed)
    folder, store = options.work / f"synth-{size}", options.work / f"store-synth-{size}"
    print(f"… {size} figures: embedded ingest", file=sys.stderr, flush=True)
    part: dict[str, Any] = {"size": size, "generated": generated}
    part["embedded_ingest"] = run.ingest(folder, store, 2)
    save(part)
    db = options.work / f"virtuoso-synth-{size}"
    shutil.rmtree(db, ignore_errors=True)
    with virtuoso_server(db, max_rows=100_000_000, buffers=options.buffers, skip=False) as url:
        print(f"… {size} figures: into Virtuoso", file=sys.stderr, flush=True)
        if size > options.bulk_over:
            part["virtuoso_ingest"] = bulk_load(store, db, url, options.work)
        else:
            part["virtuoso_ingest"] = {
                **remote_ingest(folder, url, 2),
                "method": "claimgraph ingest --store URL",
            }
        part["virtuoso_ingest"].update(server=server_memory(db), database_mb=database_mb(db))
        part["queries"] = []
        save(part)
        options.explain_over = float("inf")
        for name, params in run.variants(generated["params"]):
            if options.queries and name not in options.queries:
                continue
            if options.params_only and not params and name not in options.listings:
                continue
            row = {"query": name, "params": params}
            reader = url.replace("dba:dba@", "").removesuffix("-auth")  # queries go to /sparql
            for where, target in (("embedded", store), ("virtuoso", reader)):
                row[where] = run.time_query(target, name, params, options, options.work / "explain")
            part["queries"].append(row)
            save(part)
        part["virtuoso_after_queries"] = server_memory(db)
    return part


def _cell(result: dict[str, Any]) -> str:
    if "median" in result:
        return f"{result['median']:.2f} ({result['rows']:,})"
    if "killed" in result:
        return f"stopped ({result['killed']} after {result['killed_after_s']:.0f} s)"
    return result.get("error", "?")[:60]


def print_results(results: dict[str, Any]) -> None:
    if real := results.get("real"):
        rows = [
            [name, r["seconds"], round(r["reports"] / r["seconds"], 1), r.get("share_of_embedded_rate", "")]
            for name, r in real.items()
        ]
        print(run.table(["Fars reports", "seconds", "reports/s", "share of embedded rate"], rows))
    for part in results["synthetic"]:
        embedded, remote = part["embedded_ingest"]["seconds"], part.get("virtuoso_ingest")
        print(f"\n{part['size']:,} figures: embedded ingest {embedded} s; Virtuoso {remote}")
        rows = [
            [
                q["query"],
                " ".join(f"-p {k} {v}" for k, v in q["params"].items()),
                _cell(q["embedded"]),
                _cell(q["virtuoso"]),
            ]
            for q in part.get("queries", [])
        ]
        print(run.table(["query", "parameters", "embedded s (rows)", "Virtuoso s (rows)"], rows))


def arguments() -> argparse.Namespace:
    stamp = datetime.now().strftime("%Y%m%d-%H%M")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/fars-news")
    parser.add_argument("--sizes", default="100000", help="synthetic sizes in figures (default 100000)")
    parser.add_argument("--skip-real", action="store_true")
    parser.add_argument("--real-repeat", type=int, default=3)
    parser.add_argument(
        "--bulk-over", type=int, default=500_000, help="load larger corpora with the bulk loader"
    )
    parser.add_argument("--buffers", type=int, default=680_000, help="Virtuoso's NumberOfBuffers (8 kB each)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimgraph-bench"))
    parser.add_argument("--out", type=Path, default=BENCH / f"results/virtuoso-{stamp}.json")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--enough", type=float, default=60)
    parser.add_argument("--query-timeout", type=float, default=600)
    parser.add_argument("--memory-limit", type=float, default=8000, metavar="MB")
    parser.add_argument("--queries", type=lambda t: [q for q in t.split(",") if q], default=[])
    parser.add_argument(
        "--params-only",
        action="store_true",
        help="time only the queries with parameters (questions about one report, speaker or metric)",
    )
    parser.add_argument(
        "--listings",
        type=lambda t: [q for q in t.split(",") if q],
        default=[],
        help="with --params-only: these queries without parameters too",
    )
    return parser.parse_args()


def main() -> int:
    options = arguments()
    options.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "machine": run.machine(),
        "command": sys.argv,
        "code": run.code_stamp(),
        "synthetic": [],
    }

    def save(part: dict[str, Any] | None = None) -> None:
        run.save({**results, "synthetic": [*results["synthetic"], *([part] if part else [])]}, options.out)

    if not options.skip_real:
        results["real"] = real_text(options)
        save()
    for size in [int(s) for s in options.sizes.split(",") if s.strip()]:
        results["synthetic"].append(synthetic(size, options, save))
        save()
    print_results(results)
    print(f"\nnumbers written to {options.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
