"""Print query results as a table, CSV or JSON.

CSV and JSON write SPARQL's lexical forms of booleans (``true``, ``false``); the table
says yes or no.

>>> from claimgraph.graph.base import Result
>>> from decimal import Decimal
>>> print(render(Result(("a", "b", "c"), [(Decimal("1700000"), None, True)]), Format.JSON))
[
  {
    "a": 1700000,
    "b": null,
    "c": true
  }
]
>>> print(render(Result(("a", "b", "c"), [(Decimal("1700000"), None, False)]), Format.CSV))
a,b,c
1700000,,false
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .base import Result

CELL_WIDTH = 42


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def plain(value: Any) -> Any:
    """A JSON-friendly value: integral decimals as int, dates as ISO strings."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _csv(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else plain(value)


def text(value: Any) -> str:
    """A cell of the table: quantities with thousands separators, offsets and counts without."""
    if isinstance(value, Decimal):
        number = plain(value)
        return f"{number:,}" if isinstance(number, int) else f"{number:,.6g}"
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(plain(value))


def render(result: Result, fmt: Format) -> str:
    if fmt is Format.JSON:
        rows = [{k: plain(v) for k, v in row.items()} for row in result.dicts()]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt is Format.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_csv(v) for v in row] for row in result.rows])
        return buffer.getvalue().rstrip("\n")
    return table(result)


def _width(value: str) -> int:
    """Display width: combining marks and ZWNJ take no room."""
    return sum(0 if unicodedata.combining(c) or c in "\u200c\u200e\u200f" else 1 for c in value)


def _cut(value: str) -> str:
    value = value.replace("\n", " ")
    if _width(value) <= CELL_WIDTH:
        return value
    if value.startswith(("http://", "https://")):
        return "…" + value[-(CELL_WIDTH - 1) :]
    return value[: CELL_WIDTH - 1] + "…"


def table(result: Result) -> str:
    """Aligned columns; long cells are cut; IRIs keep their tail."""
    cells = [[_cut(text(v)) for v in row] for row in result.rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(result.columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(r) for r in cells]
    footer = f"({len(cells)} row{'s' if len(cells) != 1 else ''})"
    return "\n".join([line(list(result.columns)), rule, *body, footer])
