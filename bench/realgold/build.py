"""Turn a working annotation of real news pages into an offsets-only gold file.

    python bench/realgold/build.py WORK.json --texts DIR -o bench/realgold/NAME.json

Annotators write WORK.json while reading the pages: each figure by its surface (and, when
the surface occurs more than once in the page, ``occurrence``: 1 for the first, 2 for the
second …), each cross-report pair by the two figures' ``id``. This script finds every
surface in the page text (``DIR/<doc>``), checks the annotation, and writes the project's
gold file: offsets, values and labels only, never the pages' text, plus each page's
SHA-256 so that a rebuilt text can be checked. Problems are listed and the exit code is 1.

WORK.json::

    {"documents": [{"doc": "oil-01.txt", "url": "...", "outlet": "ایرنا",
                    "published": "2023-05-02", "group": "owji-2023-05", ...}],
     "figures": [{"id": "f1", "doc": "oil-01.txt", "surface": "۳ میلیون بشکه",
                  "occurrence": 1, "value": 3000000, "unit": "barrel", ...}],
     "pairs": [{"a": "f1", "b": "f7", "relations": ["repeat"], "same_speaker": true,
                "required": true, "quantity": "...", "note": "..."}]}
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

DOC_KEYS = ("doc", "url", "outlet", "published", "published_after", "published_before",
            "date_note", "group", "split", "official")  # fmt: skip
FIGURE_KEYS = ("doc", "start", "end", "value", "unit", "qualifier", "speaker", "organisation",
               "period_start", "period_end", "modality", "change_from", "metric", "scope",
               "required")  # fmt: skip
QUALIFIERS = {"exact", "more_than", "less_than", "about", "at_least", "at_most", "up_to"}
RELATIONS = {"repeat", "change", "consistent", "conflict", "revision"}


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """Offsets of the ``occurrence``-th ``surface`` in ``text`` (1-based), or None."""
    at = -1
    for _ in range(occurrence):
        at = text.find(surface, at + 1)
        if at < 0:
            return None
    return at, at + len(surface)


def build(work: dict, texts: Path) -> tuple[dict, list[str]]:
    problems: list[str] = []
    docs, pages = [], {}
    for d in work["documents"]:
        path = texts / d["doc"]
        if not path.is_file():
            problems.append(f"{d['doc']}: no text at {path}")
            continue
        pages[d["doc"]] = text = path.read_text(encoding="utf-8")
        entry = {k: d[k] for k in DOC_KEYS if d.get(k) is not None}
        entry["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        entry["chars"] = len(text)
        docs.append(entry)
    figures, spans = [], {}
    for f in work["figures"]:
        where = f"{f.get('id')} in {f.get('doc')}"
        if f["doc"] not in pages:
            problems.append(f"{where}: unknown document")
            continue
        span = locate(pages[f["doc"]], f["surface"], int(f.get("occurrence", 1)))
        if span is None:
            problems.append(
                f"{where}: surface «{f['surface']}» not found (occurrence {f.get('occurrence', 1)})"
            )
            continue
        if f.get("qualifier") not in QUALIFIERS:
            problems.append(f"{where}: qualifier {f.get('qualifier')!r}")
        spans[f["id"]] = (f["doc"], *span, f["value"])
        figures.append({k: v for k, v in {**f, "start": span[0], "end": span[1]}.items() if k in FIGURE_KEYS})
    alt = _repeated_mentions(work["figures"], spans)
    pairs = []
    for p in work.get("pairs", []):
        if p["a"] not in spans or p["b"] not in spans:
            problems.append(f"pair {p['a']}–{p['b']}: unknown figure id")
            continue
        if spans[p["a"]][0] == spans[p["b"]][0]:
            problems.append(f"pair {p['a']}–{p['b']}: both figures in one report")
        if not p.get("relations") or set(p["relations"]) - RELATIONS:
            problems.append(f"pair {p['a']}–{p['b']}: relations {p.get('relations')}")
        side = {n: dict(zip(("doc", "start", "end", "value"), spans[p[n]], strict=True)) for n in "ab"}
        for n in "ab":
            if alt.get(p[n]):
                side[n]["alt_spans"] = alt[p[n]]
        pairs.append({**{k: v for k, v in p.items() if k not in ("a", "b")}, **side})
    return {"documents": docs, "figures": figures, "pairs": pairs}, problems


def _repeated_mentions(figures: list[dict], spans: dict) -> dict[str, list[list[int]]]:
    """For each annotated figure, the other mentions of the same claim in its report (a
    headline, a lead and a quote giving one value for one quantity, as the annotator
    described it): the scorer's ``alt_spans``, so a pair found through a repeat counts."""
    claims: dict[tuple, list[str]] = {}
    for f in figures:
        if f["id"] in spans:
            claims.setdefault((f["doc"], f["value"], f.get("unit"), f.get("metric")), []).append(f["id"])
    out = {}
    for ids in claims.values():
        for i in ids:
            out[i] = [list(spans[j][1:3]) for j in ids if j != i]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("work", type=Path)
    parser.add_argument("--texts", type=Path, required=True, help="folder holding the page texts")
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    gold, problems = build(json.loads(args.work.read_text(encoding="utf-8")), args.texts)
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    print(f"{len(gold['documents'])} documents, {len(gold['figures'])} figures, {len(gold['pairs'])} pairs")
    if args.output and not problems:
        args.output.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
