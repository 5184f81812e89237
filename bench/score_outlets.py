"""Tracking across outlets: claimgraph on real reports from several outlets quoting the same
officials, scored against hand annotations with the shared scorers.

    python bench/score_outlets.py                     # every annotated report
    python bench/score_outlets.py --split held -v     # the held-out quarter, with errors

``bench/realgold/outlets.json`` holds 81 news pages (URL, outlet, date, SHA-256 of the
text) with every figure (value, unit, qualifier, speaker, body, period) and every
cross-report pair (same quantity and scope, the relations an analyst accepts), as
offsets only: the pages' text is not in the project. Give the folder holding the texts
with ``--texts`` (default ``../realtexts``); each is checked against its SHA-256. The texts
are the excerpts of the pages as the annotators read them; a page whose text cannot be had
again stops the run unless ``--allow-missing`` scores the rest (the count is printed).

The script writes the reports and a manifest, ingests them with the claimgraph CLI into
a fresh store, and scores ``query figures`` with ``score_figures.py`` and ``query
figures-changed`` / ``figures-conflicting`` with ``score_pairs.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
GOLD = BENCH / "realgold" / "outlets.json"
MANIFEST_KEYS = ("outlet", "url", "published", "published_after", "published_before")


def write_reports(gold: dict, split: str, texts: Path, reports: Path) -> tuple[dict, list[str]]:
    """The reports of ``split`` and their manifest in ``reports``; the gold with surfaces."""
    problems, manifest, pages = [], [], {}
    for doc in gold["documents"]:
        if split not in ("all", doc["split"]):
            continue
        path = texts / doc["doc"]
        if not path.is_file():
            problems.append(f"{doc['doc']}: not in {texts}")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["sha256"]:
            problems.append(f"{doc['doc']}: the text in {texts} is not the annotated one (SHA-256 differs)")
            continue
        pages[doc["doc"]] = text
        (reports / doc["doc"]).write_text(text, encoding="utf-8")
        manifest.append({"file": doc["doc"], **{k: doc[k] for k in MANIFEST_KEYS if doc.get(k)}})
    (reports / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")

    def surfaced(item: dict) -> dict:
        return {**item, "surface": pages[item["doc"]][item["start"] : item["end"]]}

    figures = [surfaced(f) for f in gold["figures"] if f["doc"] in pages]
    pairs = [
        {**p, "a": surfaced(p["a"]), "b": surfaced(p["b"])}
        for p in gold["pairs"]
        if p["a"]["doc"] in pages and p["b"]["doc"] in pages
    ]
    return {"documents": sorted(pages), "figures": figures, "pairs": pairs}, problems


def claimgraph() -> list[str]:
    exe = Path(sys.executable).with_name("claimgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph.graph.cli"]


def query(name: str, store: Path, out: Path) -> Path:
    done = subprocess.run([*claimgraph(), "query", name, "--store", str(store), "--format", "json"],
                          check=True, capture_output=True, text=True)  # fmt: skip
    out.write_text(done.stdout, encoding="utf-8")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gold", type=Path, default=GOLD,
                        help="the annotation to score against (default: realgold/outlets.json)")  # fmt: skip
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "realtexts")
    parser.add_argument("--tools", type=Path, default=ROOT.parent / "shared" / "tools")
    parser.add_argument("--split", choices=("all", "dev", "held"), default="all")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimgraph-score-outlets"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error the scorers find")
    parser.add_argument("--allow-missing", action="store_true",
                        help="score the pages whose text is there instead of stopping")  # fmt: skip
    args = parser.parse_args()
    for path, what in (
        (args.texts, "the page texts (--texts)"),
        (args.tools, "the shared scorers (--tools)"),
    ):
        if not path.is_dir():
            print(f"score_outlets: {path}: not here (give {what})", file=sys.stderr)
            return 2
    shutil.rmtree(args.work, ignore_errors=True)
    reports = args.work / "reports"
    reports.mkdir(parents=True)
    gold, problems = write_reports(
        json.loads(args.gold.read_text(encoding="utf-8")), args.split, args.texts, reports
    )
    for problem in problems:
        print(f"score_outlets: {problem}", file=sys.stderr)
    if problems and not args.allow_missing:
        return 2
    if problems:
        print(
            f"score_outlets: scoring without the {len(problems)} page(s) above (--allow-missing)",
            file=sys.stderr,
        )
    figures_gold = args.work / "gold-figures.json"
    figures_gold.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    pairs_gold = args.work / "gold-pairs.json"
    pairs_gold.write_text(json.dumps({"pairs": gold["pairs"]}, ensure_ascii=False), encoding="utf-8")
    store = args.work / "store"
    subprocess.run([*claimgraph(), "ingest", str(reports), "--store", str(store), "-q"], check=True)
    required = sum(1 for p in gold["pairs"] if p.get("required", True) and p.get("same_speaker"))
    print(f"{len(gold['documents'])} reports ({args.split}), {len(gold['figures'])} annotated figures, "
          f"{len(gold['pairs'])} annotated pairs ({required} same-speaker and required)")  # fmt: skip
    flags = ["-v"] if args.verbose else []
    print("\n== figures (score_figures.py)")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(args.tools / "score_figures.py"), str(figures_gold),
                    str(query("figures", store, args.work / "figures.json")), *flags])  # fmt: skip
    print("\n== pairs (score_pairs.py: figures-changed, figures-conflicting)")
    sys.stdout.flush()
    subprocess.run([sys.executable, str(args.tools / "score_pairs.py"), str(pairs_gold),
                    str(query("figures-changed", store, args.work / "changed.json")),
                    "--conflicts", str(query("figures-conflicting", store, args.work / "conflicting.json")),
                    "--texts", str(reports), *flags])  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
