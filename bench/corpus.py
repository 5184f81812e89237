"""Turn the Fars News JSON corpus into report files and a manifest.

    python bench/corpus.py ../shared/corpus/fars-news out/fars

Each article becomes ``fars-NNNN.txt`` (title, abstract and paragraphs, one per line);
``manifest.json`` gives outlet «فارس» and the article's link. The corpus text stays
outside the project: the files are written wherever you say (``out/`` is ignored by git).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def articles(folder: Path) -> list[dict]:
    out: list[dict] = []
    for path in sorted(folder.glob("*.json")):
        out.extend(json.loads(path.read_text(encoding="utf-8")))
    return out


def report_text(article: dict) -> str:
    parts = [article.get("title") or "", article.get("abstract") or "", *(article.get("paragraphs") or [])]
    return "\n".join(p.strip() for p in parts if p and p.strip()) + "\n"


def write_reports(source: Path, target: Path, limit: int | None = None) -> int:
    target.mkdir(parents=True, exist_ok=True)
    manifest = []
    items = articles(source)[:limit]
    for i, article in enumerate(items, start=1):
        name = f"fars-{i:04d}.txt"
        (target / name).write_text(report_text(article), encoding="utf-8")
        manifest.append({"file": name, "outlet": "فارس", "url": article.get("link")})
    (target / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return len(items)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("source", type=Path, help="the folder of fars-news-*.json files")
    parser.add_argument("target", type=Path, help="where to write the report files")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    args = parser.parse_args()
    if not args.source.is_dir():
        print(f"{args.source}: not a folder", file=sys.stderr)
        return 2
    count = write_reports(args.source, args.target, args.limit)
    print(f"wrote {count} reports to {args.target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
