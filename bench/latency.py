"""Time one stored query on a store (a folder or a server URL), in this (fresh) process; print JSON lines.

    python bench/latency.py STORE figures-changed --param metric debt --repeat 3

The store is opened read-only once; the query then runs ``--repeat`` times the way
``LocalStore.select`` runs it (Oxigraph evaluates it and every row becomes Python values,
as ``claimgraph query`` does before formatting). The first run is the coldest: the store
was just opened, though the operating system may still cache its files.

One line per run as it finishes — ``{"run", "seconds", "cpu", "first_row", "rows"}``, where
``first_row`` is the time until Oxigraph hands over the first solution (for a query with
ORDER BY, nearly all of its evaluation) — then ``{"peak_rss_mb"}`` for this process (VmHWM).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def runs(
    store_path: str, name: str, params: dict[str, str], repeat: int, enough: float = float("inf")
) -> Iterator[dict[str, Any]]:
    from claimgraph.graph.store import LocalStore, open_store, to_python
    from claimgraph.queries.runner import bind, get

    query = get(name)
    bindings = bind(query, params)
    store = open_store(store_path, read_only=True)
    for run in range(1, repeat + 1):
        started, cpu = time.perf_counter(), time.process_time()
        if isinstance(store, LocalStore):
            solutions = store.solutions(query.text_for(bindings), bindings)
            columns = [v.value for v in solutions.variables]
            first, rows = None, 0
            for solution in solutions:
                if first is None:
                    first = time.perf_counter() - started
                tuple(to_python(solution[c]) for c in columns)
                rows += 1
        else:  # a server: the rows arrive as one answer (or pages of one)
            first, rows = None, len(store.select(query.text_for(bindings), bindings).whole().rows)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        yield {"run": run, "seconds": seconds, "cpu": cpu, "first_row": first or seconds, "rows": rows}
        if seconds > enough:
            break  # another run of a query this slow would only say the same


def peak_rss_kb() -> float:
    """This process's peak RSS since exec (VmHWM). ``ru_maxrss`` would also count the parent's
    pages at fork time, which Linux records when the child calls exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        return next(float(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", help="the store folder, or a SPARQL endpoint URL")
    parser.add_argument("query", help="a stored query name (claimgraph query --list)")
    parser.add_argument(
        "--param", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"), help="a query parameter"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs in this process (default 3)")
    parser.add_argument(
        "--enough", type=float, default=float("inf"), help="no more runs after one slower than this (s)"
    )
    args = parser.parse_args()
    for line in runs(args.store, args.query, dict(args.param), args.repeat, args.enough):
        print(json.dumps(line), flush=True)
    print(json.dumps({"peak_rss_mb": round(peak_rss_kb() / 1024, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
