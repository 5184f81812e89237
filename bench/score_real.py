"""Extraction on real news: claimgraph's figures against hand annotations of Fars articles.

    python bench/score_real.py                  # all 64 annotated articles
    python bench/score_real.py --split held -v  # the 24 held out while developing, with errors

``bench/realgold/fars-64.json`` holds figures of 64 articles of ``../shared/corpus/fars-news``
annotated independently of the code, as offsets only (the corpus text stays out of the
project). This script rebuilds the report files from the corpus the way bench/corpus.py
numbers them, fills each figure's surface and speaker in from the text, ingests the
reports into a fresh store with the claimgraph CLI, and scores ``claimgraph query figures
--format json`` with ``../shared/tools/score_figures.py``: detection precision, recall and
F1, and how often value, unit, qualifier, speaker, period and target-or-not are right.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))  # corpus.py sits next to this file


def gold_for(split: str, corpus: Path, reports: Path) -> dict:
    """The annotations of ``split`` with surfaces and speakers read from the rebuilt reports."""
    import corpus as fars

    stored = json.loads((BENCH / "realgold" / "fars-64.json").read_text(encoding="utf-8"))
    docs = {d["doc"] for d in stored["documents"] if split in ("all", d["split"])}
    articles = fars.articles(corpus)
    manifest, texts = [], {}
    for i, article in enumerate(articles, start=1):
        name = f"fars-{i:04d}.txt"
        if name in docs:
            texts[name] = fars.report_text(article)
            (reports / name).write_text(texts[name], encoding="utf-8")
            manifest.append({"file": name, "outlet": "فارس", "url": article.get("link")})
    (reports / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    figures = []
    for item in stored["figures"]:
        if item["doc"] not in docs:
            continue
        raw = texts[item["doc"]]
        span = item.pop("speaker_span")
        figures.append({**item, "surface": raw[item["start"] : item["end"]],
                        "speaker": raw[span[0] : span[1]] if span else None})  # fmt: skip
    return {"documents": sorted(docs), "figures": figures}


def claimgraph() -> list[str]:
    exe = Path(sys.executable).with_name("claimgraph")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimgraph.graph.cli"]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/fars-news")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/tools/score_figures.py")
    parser.add_argument("--split", choices=("all", "dev", "held"), default="all")
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimgraph-score-real"))
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss, extra and wrong attribute"
    )
    args = parser.parse_args()
    for path, what in ((args.corpus, "the Fars corpus folder"), (args.scorer, "score_figures.py")):
        if not path.exists():
            print(f"score_real: {path}: not here (give {what} with --corpus / --scorer)", file=sys.stderr)
            return 2
    shutil.rmtree(args.work, ignore_errors=True)
    reports = args.work / "reports"
    reports.mkdir(parents=True)
    gold = gold_for(args.split, args.corpus, reports)
    (args.work / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    store = args.work / "store"
    subprocess.run([*claimgraph(), "ingest", str(reports), "--store", str(store), "-q"], check=True)
    found = subprocess.run(
        [*claimgraph(), "query", "figures", "--store", str(store), "--format", "json"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    (args.work / "figures.json").write_text(found, encoding="utf-8")
    print(f"{len(gold['documents'])} articles ({args.split}), {len(gold['figures'])} annotated figures")
    flags = ["-v"] if args.verbose else []
    done = subprocess.run([sys.executable, str(args.scorer), str(args.work / "gold.json"),
                           str(args.work / "figures.json"), *flags])  # fmt: skip
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
