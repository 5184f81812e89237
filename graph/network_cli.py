"""Commands over the networkx projection: trace, related, stats, and plot timeline.

Each opens the store read-only, builds the projection (:func:`~.network.project`) and
prints readable text; problems become one line on standard error and exit code 2.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import click

from .cli import Failure, _open, _params_option, _store_option, failure

if TYPE_CHECKING:
    import networkx as nx


def _project(store_path: str) -> nx.MultiDiGraph:
    from .network import project
    from .store import StoreError

    try:
        return project(_open(store_path, read_only=True))
    except StoreError as error:
        raise failure(error) from None


def _table(columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> str:
    from .output import Format, render
    from .store import Result

    return render(Result(columns, rows), Format.TABLE)


def _number(value: float | None) -> Decimal | None:
    """A float as a Decimal, so the table prints 2,700,000 rather than 2700000.0."""
    return None if value is None else Decimal(repr(value))


def _describe(data: dict[str, Any]) -> str:
    """A figure in one line: «surface» value unit qualifier, period and its dates."""
    from .output import text

    parts = [f"«{data.get('label', '')}»", text(_number(data.get("value")))]
    parts += [data.get("unit") or "", data.get("qualifier") or ""]
    if data.get("period"):
        dates = " – ".join(filter(None, (data.get("period_start"), data.get("period_end"))))
        parts.append(f"for «{data['period']}»" + (f" ({dates})" if dates else ""))
    return " ".join(p for p in parts if p)


@click.command()
@click.argument("figure")
@_store_option
def trace(figure: str, store_path: str) -> None:
    """Trace a figure back to its source.

    Prints the figure, then one line for each of its statement, speaker (and the
    speaker's organisation), report (with its date or date window), outlet, and the
    office the outlet quotes («به نقل از …»), as far as they are known.

    FIGURE is a figure's IRI or its last part (the `figure` column of
    `claimgraph query figures --format json`).

    \b
    Example:
      claimgraph trace figure-d4b7fd7586f3e3c1b5ec-2851-2881 --store my-store
    """
    from .network import NetworkError, find
    from .network import trace as walk

    graph = _project(store_path)
    try:
        node = find(graph, figure)
        steps = walk(graph, node)
    except NetworkError as error:
        raise Failure(str(error)) from None
    click.echo(f"figure  {_describe(graph.nodes[node])}  [{node.rsplit('/', 1)[-1]}]")
    rows = []
    for step, kind in steps:
        data = graph.nodes[step]
        dates = " – ".join(dict.fromkeys(filter(None, (data.get("date"), data.get("date_end")))))
        rows.append((kind, data["type"], data["label"], dates if data["type"] == "report" else ""))
    click.echo(_table(("edge", "type", "label", "date"), rows))


@click.command()
@click.argument("figure")
@_store_option
@click.option(
    "--hops",
    default=3,
    show_default=True,
    type=click.IntRange(1, 10),
    help="How many steps away to look (through figures, statements, speakers, reports).",
)
def related(figure: str, store_path: str, hops: int) -> None:
    """Figures on the same metric near a figure.

    Lists the figures on FIGURE's metric within --hops steps of it in the graph, along
    edges either way through figures, statements, speakers and reports (not through
    outlets, offices, organisations or the metric, which join everything), nearest first,
    with their relation: change, conflict, consistent, repeat or revision where
    figures-changed compared the two, else what they share (same statement, same
    speaker, same report).

    FIGURE is a figure's IRI or its last part.

    \b
    Example:
      claimgraph related figure-68f39d014679e3ea2805-1356-1390 --store my-store --hops 4
    """
    from .network import NetworkError, find
    from .network import related as nearby

    graph = _project(store_path)
    try:
        node = find(graph, figure)
        found = nearby(graph, node, hops=hops)
    except NetworkError as error:
        raise Failure(str(error)) from None
    data = graph.nodes[node]
    click.echo(f"figure  {_describe(data)}  metric {data.get('metric', '')}")
    if not found:
        click.echo(f"no other figure on this metric within {hops} hops")
        return
    rows = [_related_row(graph, r.figure, r.relation, r.hops) for r in found]
    columns = ("relation", "hops", "value", "unit", "qualifier", "period", "report", "figure")
    click.echo(_table(columns, rows))


def _related_row(graph: nx.MultiDiGraph, node: str, relation: str, hops: int) -> tuple[Any, ...]:
    data = graph.nodes[node]
    return (
        *(relation, hops, _number(data.get("value")), data.get("unit"), data.get("qualifier")),
        *(data.get("period"), data.get("file"), node.rsplit("/", 1)[-1]),
    )


@click.command()
@_store_option
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="How many to list.")
def stats(store_path: str, top: int) -> None:
    """Counts and the most-cited speakers and metrics.

    Prints the graph's nodes by type and edges by kind, then the --top speakers by
    number of statements and metrics by number of figures, each with its PageRank
    (computed with every edge read both ways).

    \b
    Example:
      claimgraph stats --store my-store --top 5
    """
    from .network import stats as count

    result = count(_project(store_path), top=top)
    click.echo(_table(("node type", "count"), list(result.nodes.items())))
    click.echo()
    click.echo(_table(("edge kind", "count"), list(result.edges.items())))
    for title, ranked, what in (
        ("speakers", result.speakers, "statements"),
        ("metrics", result.metrics, "figures"),
    ):
        click.echo()
        rows = [(r.label, r.degree, f"{r.pagerank:.5f}", unquote(r.node.rsplit("/", 1)[-1])) for r in ranked]
        click.echo(_table((f"top {title}", what, "pagerank", "node"), rows))


@click.group()
def plot() -> None:
    """Draw charts from the store as PNG files.

    \b
    Example:
      claimgraph plot timeline -p metric new-insured-persons -o timeline.png --store my-store
    """


@plot.command()
@_store_option
@_params_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The PNG file to write.",
)
def timeline(store_path: str, params: tuple[tuple[str, str], ...], output: Path) -> None:
    """A PNG timeline of one metric's figures.

    x is the report's date (the middle of its date window, drawn as a band), y the value
    in the canonical unit (toman as rial) with a bar from lower to upper bound; each
    point is labelled with speaker, outlet and period. Figures in reports without a date,
    and in a unit other than the metric's most common one, are left out and counted.

    -p metric NAME is required: a catalogue key, a Persian label or an IRI.

    \b
    Example:
      claimgraph plot timeline -p metric new-insured-persons -o timeline.png --store my-store
    """
    from .network import NetworkError
    from .plot import plot_timeline

    values = dict(params)
    if set(values) - {"metric"} or "metric" not in values:
        raise Failure(
            "timeline takes exactly one parameter: -p metric NAME (a key such as new-insured-persons)"
        )
    graph = _project(store_path)
    try:
        drawn = plot_timeline(graph, values["metric"], output)
    except NetworkError as error:
        raise Failure(str(error)) from None
    except OSError as error:
        raise Failure(f"{output}: cannot write it ({error.strerror or error})") from None
    left = [
        f"{n} {why}" for n, why in ((drawn.undated, "undated"), (drawn.other_units, "in other units")) if n
    ]
    note = f"; left out {', '.join(left)}" if left else ""
    count = len(drawn.points)
    click.echo(f"wrote {output} ({count} figure{'' if count == 1 else 's'}{note})", err=True)
