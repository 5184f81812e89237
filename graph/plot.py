"""A timeline of one metric: its figures over time, as a PNG drawn with matplotlib (Agg).

x is the report's date, or the middle of its date window with the window drawn as a
horizontal span; y is the figure's value in the canonical unit (toman as rial), with a
vertical bar from its lower to its upper bound. Each point is labelled with its speaker
and outlet. Persian text is drawn in DejaVu Sans, which has the Arabic glyphs, and
joined and right to left (see :func:`shape`).

>>> import tempfile
>>> from claimgraph.graph.network import example
>>> len(plot_timeline(example(), "new-insured-persons", tempfile.mkdtemp() + "/t.png").points)
1
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .network import NetworkError, trace

if TYPE_CHECKING:
    import networkx as nx

FONT = "DejaVu Sans"


@dataclass(frozen=True, slots=True)
class Point:
    """One figure placed in time."""

    figure: str
    when: date
    window: tuple[date, date] | None
    value: float
    lower: float | None
    upper: float | None
    unit: str
    label: str


@dataclass(frozen=True, slots=True)
class Timeline:
    """What was drawn: the points, the figures left out, and every text given to matplotlib."""

    points: list[Point]
    undated: int
    other_units: int
    texts: list[str]


def shape(text: str) -> str:
    """Persian text as matplotlib must be given it to draw it joined and right to left.

    Matplotlib 3.11 and later lay text out themselves (libraqm: shaping and bidi), so
    they get the text as it is; shaping it first would reverse it again. Older ones
    draw characters one by one, left to right, and get :func:`visual` text.
    """
    return text if _lays_out_text() else visual(text)


def _lays_out_text() -> bool:
    import matplotlib

    return "text.language" in matplotlib.rcParams  # came with libraqm layout in 3.11


def visual(text: str) -> str:
    """Letters in their joined forms (arabic-reshaper) and in left-to-right display order
    (python-bidi), line by line, for a renderer that does neither. ZWNJ stays and keeps
    letters apart.

    >>> [f"{ord(c):04x}" for c in visual("فارس")]  # س ر ا ف: isolated, isolated, final, initial
    ['feb1', 'fead', 'fe8e', 'fed3']
    """
    from bidi import get_display

    return "\n".join(get_display(_reshaper().reshape(line)) for line in text.split("\n"))


@lru_cache(maxsize=1)
def _reshaper():  # noqa: ANN202 — an arabic_reshaper.ArabicReshaper
    import arabic_reshaper
    from arabic_reshaper.reshaper_config import default_config

    # DejaVu Sans has the lam–alef ligatures Persian needs, but not ﷲ, ﷺ or ﷼: no others.
    ligatures = {
        name: name.startswith("ARABIC LIGATURE LAM WITH ALEF")
        for name in default_config
        if "LIGATURE" in name
    }
    return arabic_reshaper.ArabicReshaper(configuration={**ligatures, "RIAL SIGN": False})


def find_metric(graph: nx.MultiDiGraph, name: str) -> str:
    """The metric node for a catalogue key, a Persian label or an IRI.

    Raises NetworkError when no metric in the graph has that name.

    >>> from claimgraph.graph.network import example
    >>> find_metric(example(), "بیمه‌شده جدید").rsplit("/", 1)[-1]
    'metric-1'
    """
    from claimgraph.queries.runner import term

    wanted = str(term("metric", name))
    metrics = {node: data for node, data in graph.nodes(data=True) if data.get("type") == "metric"}
    for node, data in metrics.items():
        if wanted in (node, data.get("metric")):
            return node
    from claimgraph.loaders.normalize import key  # a label written another way (ZWNJ, ي/ك…)

    for node, data in metrics.items():
        if key(data.get("label", "")) == key(name):
            return node
    raise NetworkError(
        f"no metric {name!r} in the store; give a catalogue key such as new-insured-persons, "
        "a Persian label, or an IRI (the metric column of `claimgraph query figures`)"
    )


def points(graph: nx.MultiDiGraph, metric: str) -> tuple[list[Point], int]:
    """The dated figures measuring ``metric`` (a node), and how many had no date."""
    figures = [figure for figure, _, kind in graph.in_edges(metric, keys=True) if kind == "measures"]
    placed = [_point(graph, figure) for figure in figures]
    found = [point for point in placed if point]
    return sorted(found, key=lambda p: (p.when, p.figure)), len(placed) - len(found)


def _point(graph: nx.MultiDiGraph, figure: str) -> Point | None:
    data, steps = graph.nodes[figure], trace(graph, figure)
    role = {kind: graph.nodes[node]["label"] for node, kind in reversed(steps)}
    report = next((graph.nodes[node] for node, kind in steps if kind == "appears-in"), {})
    start, end = _day(report.get("date")), _day(report.get("date_end"))
    if not (start or end):
        return None
    window = (start, end) if start and end and start != end else None
    when = start + (end - start) / 2 if window else start or end
    label = " — ".join(filter(None, (role.get("said"), role.get("published-by")))) or report.get("label", "")
    if data.get("period"):
        label += "\n" + data["period"]
    return Point(
        figure=figure,
        when=when,
        window=window,
        value=data.get("canonical_value", data["value"]),
        lower=data.get("lower"),
        upper=data.get("upper"),
        unit=data.get("canonical_unit") or data.get("unit") or "",
        label=label,
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def plot_timeline(graph: nx.MultiDiGraph, metric: str, path: str | Path) -> Timeline:
    """Draw the figures of ``metric`` (a key, label or IRI) over time into a PNG at ``path``.

    Figures in a unit other than the metric's most common one, and figures whose report
    has no date, are left out (and counted). Raises NetworkError when the metric is
    unknown or has no dated figures, OSError when the file cannot be written.
    """
    # The Figure API, not pyplot: no global backend switch, nothing left open.
    from matplotlib import rc_context
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    node = find_metric(graph, metric)
    dated, undated = points(graph, node)
    if not dated:
        raise NetworkError(
            f"metric {metric!r} has {undated} figure(s), none in a report with a date "
            "(a folder's manifest.json gives reports their dates)"
        )
    unit = Counter(p.unit for p in dated).most_common(1)[0][0]
    shown = [p for p in dated if p.unit == unit]
    with rc_context({"font.family": FONT, "axes.unicode_minus": False}):
        fig = Figure(figsize=(10, 5.5), dpi=120)
        ax = fig.subplots()
        first, last = shown[0].when, shown[-1].when
        labelled: set[tuple[date, float, str]] = set()
        for point in shown:
            spot = (point.when, point.value, point.label)  # one label for repeats of a figure
            _draw(ax, point, right_half=point.when > first + (last - first) / 2, label=spot not in labelled)
            labelled.add(spot)
        _decorate(ax, graph.nodes[node], unit, shown)
        fig.tight_layout()
        fig.savefig(path, format="png")
        texts = [t.get_text() for t in fig.findobj(Text) if t.get_text()]
    return Timeline(shown, undated, len(dated) - len(shown), texts)


def _draw(ax, point: Point, *, right_half: bool, label: bool) -> None:  # noqa: ANN001 — an Axes
    if point.window:
        ax.hlines(point.value, *point.window, colors="#0072b2", alpha=0.25, linewidth=7)
    if point.lower is not None or point.upper is not None:
        low = point.lower if point.lower is not None else point.value
        high = point.upper if point.upper is not None else point.value
        ax.vlines(point.when, low, high, colors="#d55e00", linewidth=2)
    # ▲ a lower bound only ("more than"), ▼ an upper bound only, ● otherwise
    only_lower = point.lower is not None and point.upper is None and point.lower >= point.value
    only_upper = point.upper is not None and point.lower is None and point.upper <= point.value
    marker = "^" if only_lower else "v" if only_upper else "o"
    ax.plot([point.when], [point.value], marker=marker, color="#d55e00", markersize=8)
    if not label:
        return
    # Labels run leftwards from points on the right, so that none runs off the plot.
    side = {"xytext": (-6, 8), "ha": "right"} if right_half else {"xytext": (6, 8), "ha": "left"}
    side["multialignment"] = "right"  # Persian lines end flush on the right
    ax.annotate(shape(point.label), (point.when, point.value), textcoords="offset points", **side)


def _decorate(ax, metric: dict, unit: str, shown: list[Point]) -> None:  # noqa: ANN001
    from matplotlib.ticker import StrMethodFormatter

    ax.set_title(f"{shape(metric.get('label', ''))}  ({metric.get('metric', '')})")
    ax.set_xlabel("report date (the middle of its date window where it has one)")
    ax.set_ylabel(unit)
    days = [d for p in shown for d in (p.window or (p.when, p.when))]
    pad = max((max(days) - min(days)) / 10, timedelta(days=30))
    ax.set_xlim(min(days) - pad, max(days) + pad)
    values = [v for p in shown for v in (p.value, p.lower, p.upper) if v is not None]
    if min(values) > 0 and max(values) / min(values) >= 1000:  # orders of magnitude apart
        ax.set_yscale("log")
        ax.set_ylim(min(values) / 2, max(values) * 4)
    else:
        ax.set_ylim(min(0, min(values) * 1.2), max(0, max(values) * 1.25))
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.grid(alpha=0.3)
    ax.legend(handles=_legend(), loc="best", fontsize="small", framealpha=0.8)


def _legend() -> list:
    from matplotlib.lines import Line2D

    return [
        Line2D([], [], color="#0072b2", alpha=0.25, linewidth=7, label="report date window"),
        Line2D([], [], color="#d55e00", linewidth=2, label="lower to upper bound"),
        Line2D([], [], color="#d55e00", marker="^", linestyle="", label="more than (lower bound only)"),
        Line2D([], [], color="#d55e00", marker="v", linestyle="", label="less than (upper bound only)"),
    ]
