"""The typed networkx projection of the store, and the walks SPARQL answers badly.

:func:`project` builds a ``MultiDiGraph`` from the rows of the stored query
``projection`` (and ``figures-changed`` for the changed-to edges). Nodes are IRIs with a
``type`` (person, organisation, outlet, office, report, statement, figure, metric), a
Persian ``label`` and typed attributes; each edge has a ``kind`` (also its key, so the
same two nodes are joined at most once per kind). Dates are ISO strings: a node's
``date`` is the publication date, or the start of the date window, of the earliest
report it appears in.

>>> g = example()
>>> [(g.nodes[n]["label"], kind) for n, kind in trace(g, "figure-1")]
[('موسوی گفت', 'states'), ('میرهاشم موسوی', 'said'), ('a.txt', 'appears-in'), ('فارس', 'published-by')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import networkx as nx

    from .base import Result

NODE_TYPES = ("person", "organisation", "outlet", "office", "report", "statement", "figure", "metric")
EDGE_KINDS = (
    *("said", "states", "measures", "appears-in", "published-by", "quoted-from", "affiliated-with"),
    "changed-to",
)
# Attributes a node row may carry, by the node type they belong to; numbers become floats.
_ATTRIBUTES = {
    "report": ("file", "date_end"),
    "statement": ("file",),
    "metric": ("metric",),
    "figure": (
        *("file", "value", "unit", "canonical_value", "canonical_unit", "qualifier", "lower", "upper"),
        *("period", "period_start", "period_end", "modality", "metric"),
    ),
}
_NUMBERS = {"value", "canonical_value", "lower", "upper"}
# How trace walks back from a figure: (from a node of this type, along this kind, walking
# against the edge?). Order is the order of the printed trace.
_TRACE = (
    ("figure", "states", True),  # the statement that states the figure
    ("statement", "said", True),  # its speaker
    ("person", "affiliated-with", False),  # whom the speaker speaks for
    ("figure", "appears-in", False),  # the report
    ("report", "published-by", False),  # the outlet
    ("report", "quoted-from", False),  # the office the outlet quotes («به نقل از»)
)
# related: what two figures share when no changed-to edge joins them, most specific first.
_LINKS = (("states", "same statement"), ("said", "same speaker"), ("appears-in", "same report"))
# related walks the claim chain only: outlets, offices, organisations and metrics are hubs
# that would join every report of an outlet, or every figure of a metric, in a few steps.
_WALKED = {"figure", "statement", "person", "report"}


class NetworkError(LookupError):
    """A figure or metric that is not in the graph; the message says how to name one."""


class Selectable(Protocol):
    def select(self, query: str, bindings: dict[str, Any] | None = None) -> Result: ...


@dataclass(frozen=True, slots=True)
class Related:
    """A figure on the same metric near another one, and how they are linked."""

    figure: str
    relation: str
    hops: int


def project(store: Selectable) -> nx.MultiDiGraph:
    """The typed graph of everything in the store. Raises StoreError when a query fails.

    >>> from claimgraph.graph.store import open_store
    >>> import tempfile
    >>> project(open_store(tempfile.mkdtemp() + "/s")).number_of_nodes()
    0
    """
    import networkx as nx

    from claimgraph.queries.runner import get

    graph = nx.MultiDiGraph()
    rows = store.select(get("projection").text).whole().dicts()
    _add_nodes(graph, [row for row in rows if row["kind"] is None])
    for row in rows:
        if row["kind"] is not None:
            _add_edge(graph, row["node"], row["target"], row["kind"])
    for row in store.select(get("figures-changed").text).whole().dicts():
        _add_edge(graph, row["from_figure"], row["to_figure"], "changed-to", relation=row["relation"])
    return graph


def _add_nodes(graph: nx.MultiDiGraph, rows: list[dict[str, Any]]) -> None:
    names: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    for row in rows:
        node, date = row["node"], _iso(row["date"])
        if node not in graph:
            graph.add_node(node, type=row["type"])
        attributes = graph.nodes[node]
        for name in _ATTRIBUTES.get(row["type"], ()):
            if row[name] is not None:
                attributes.setdefault(name, float(row[name]) if name in _NUMBERS else _iso(row[name]))
        if date and date < attributes.get("date", "9999"):
            attributes["date"] = date
        count, latest = names[node].get(row["label"], (0, ""))
        names[node][row["label"]] = (count + 1, max(latest, date or ""))
    for node, votes in names.items():
        # The name most reports use; on a tie, the newest report's («روابط‌عمومی» over «روابط عمومی»).
        graph.nodes[node]["label"] = max(votes, key=lambda label: (*votes[label], label))


def _add_edge(graph: nx.MultiDiGraph, source: str, target: str, kind: str, **attributes: str) -> None:
    # An edge whose end has no node row (a report superseded by a newer version) is left out.
    if source in graph and target in graph:
        graph.add_edge(source, target, key=kind, kind=kind, **attributes)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def find(graph: nx.MultiDiGraph, name: str) -> str:
    """The figure named by its IRI or its IRI's last path segment.

    Raises NetworkError when there is none.

    >>> find(example(), "https://w3id.org/claimgraph/id/figure-1")
    'https://w3id.org/claimgraph/id/figure-1'
    """
    candidates = [name] if name in graph else [n for n in graph if n.rsplit("/", 1)[-1] == name]
    found = [n for n in candidates if graph.nodes[n].get("type") == "figure"]
    if not found:
        raise NetworkError(
            f"no figure {name!r} in the store; give its IRI or the last part of it "
            "(the figure column of `claimgraph query figures --format json`)"
        )
    return found[0]


def trace(graph: nx.MultiDiGraph, figure: str) -> list[tuple[str, str]]:
    """Where a figure comes from: (node, edge kind) for its statement, speaker, the
    speaker's organisation, report, outlet and quoted office, as far as they are known.

    Raises NetworkError when the figure is not in the graph.

    >>> [kind for _, kind in trace(example(), "figure-1")]
    ['states', 'said', 'appears-in', 'published-by']
    """
    reached, steps = [find(graph, figure)], []
    for from_type, kind, backwards in _TRACE:
        for node in [n for n in reached if graph.nodes[n]["type"] == from_type]:
            edges = graph.in_edges(node, keys=True) if backwards else graph.out_edges(node, keys=True)
            for source, target, key in edges:
                other = source if backwards else target
                if key == kind and other not in reached:
                    reached.append(other)
                    steps.append((other, kind))
    return steps


def related(graph: nx.MultiDiGraph, figure: str, hops: int = 3) -> list[Related]:
    """Figures on the same metric within ``hops`` steps along edges either way, through
    figures, statements, speakers and reports only (not through outlets, offices,
    organisations or metrics, which join everything), nearest first, with their relation:
    the changed-to relation where one was found (change, conflict, consistent, repeat,
    revision), else what they share ("same statement", "same speaker", "same report"),
    else the types of the nodes between them ("via figure").

    Raises NetworkError when the figure is not in the graph.

    >>> [(r.figure.rsplit("/", 1)[-1], r.relation, r.hops) for r in related(example(), "figure-1")]
    [('figure-2', 'change', 1)]
    """
    import networkx as nx

    start = find(graph, figure)
    metric = graph.nodes[start].get("metric")
    walkable = nx.subgraph_view(graph, filter_node=lambda n: graph.nodes[n]["type"] in _WALKED)
    paths = nx.single_source_shortest_path(walkable.to_undirected(as_view=True), start, cutoff=hops)
    found = [
        Related(node, _relation(graph, path), len(path) - 1)
        for node, path in paths.items()
        if node != start
        and graph.nodes[node]["type"] == "figure"
        and graph.nodes[node].get("metric") == metric
    ]
    return sorted(found, key=lambda r: (r.hops, graph.nodes[r.figure].get("date", ""), r.figure))


def _relation(graph: nx.MultiDiGraph, path: list[str]) -> str:
    first, last = path[0], path[-1]
    for source, target in ((first, last), (last, first)):
        change = graph.get_edge_data(source, target, key="changed-to")
        if change:
            return change["relation"]
    ours, theirs = _sources(graph, first), _sources(graph, last)
    for kind, link in _LINKS:
        if ours[kind] & theirs[kind]:
            return link
    return "via " + " and ".join(dict.fromkeys(graph.nodes[n]["type"] for n in path[1:-1]))


def _sources(graph: nx.MultiDiGraph, figure: str) -> defaultdict[str, set[str]]:
    out: defaultdict[str, set[str]] = defaultdict(set)
    for node, kind in trace(graph, figure):
        out[kind].add(node)
    return out


@dataclass(frozen=True, slots=True)
class Ranked:
    """A speaker with the number of their statements, or a metric with the number of its
    figures (``degree``: said or measures edges), and its PageRank."""

    node: str
    label: str
    degree: int
    pagerank: float


@dataclass(frozen=True, slots=True)
class Stats:
    nodes: dict[str, int]
    edges: dict[str, int]
    speakers: list[Ranked]
    metrics: list[Ranked]


def stats(graph: nx.MultiDiGraph, top: int = 10) -> Stats:
    """Nodes by type, edges by kind, and the ``top`` speakers and metrics by degree (then
    by PageRank): a speaker's degree counts their statements, a metric's its figures.

    >>> s = stats(example())
    >>> s.nodes["figure"], s.edges["said"], s.speakers[0].label
    (2, 1, 'میرهاشم موسوی')
    """
    nodes = Counter(kind for _, kind in graph.nodes(data="type"))
    edges = Counter(kind for _, _, kind in graph.edges(keys=True))
    rank = pagerank(graph)

    def best(kinds: tuple[str, ...], along: str) -> list[Ranked]:
        # said edges leave the speaker, measures edges enter the metric
        degree = Counter(u if along == "said" else v for u, v, k in graph.edges(keys=True) if k == along)
        found = [
            Ranked(n, d["label"], degree[n], rank[n])
            for n, d in graph.nodes(data=True)
            if d["type"] in kinds and (along != "said" or degree[n])
        ]
        return sorted(found, key=lambda r: (-r.degree, -r.pagerank, r.label))[:top]

    return Stats(
        nodes={t: nodes[t] for t in NODE_TYPES if nodes[t]},
        edges={k: edges[k] for k in EDGE_KINDS if edges[k]},
        speakers=best(("person", "organisation"), "said"),  # bodies speak too («سازمان ملل اعلام کرد»)
        metrics=best(("metric",), "measures"),
    )


def pagerank(graph: nx.MultiDiGraph, *, alpha: float = 0.85, tol: float = 1e-10) -> dict[str, float]:
    """PageRank with every edge read both ways (a speaker is central because of what they
    said, a metric because of the figures on it), by power iteration: networkx's own
    needs scipy. The ranks sum to 1.

    >>> round(sum(pagerank(example()).values()), 6)
    1.0
    """
    n = graph.number_of_nodes()
    if not n:
        return {}
    links: dict[str, list[str]] = {node: [] for node in graph}
    for source, target in graph.edges():
        links[source].append(target)
        links[target].append(source)
    rank = dict.fromkeys(links, 1.0 / n)
    for _ in range(500):
        lost = alpha * sum(r for node, r in rank.items() if not links[node]) / n
        new = dict.fromkeys(links, (1.0 - alpha) / n + lost)
        for node, neighbours in links.items():
            for other in neighbours:
                new[other] += alpha * rank[node] / len(neighbours)
        converged = sum(abs(new[node] - rank[node]) for node in links) < n * tol
        rank = new
        if converged:
            break
    return rank


def example() -> nx.MultiDiGraph:
    """A small graph for doctests: a figure of 2,700,000 traced to its speaker and outlet,
    and an older one of 1,700,000 on the same metric that changed to it."""
    import networkx as nx

    iri, g = "https://w3id.org/claimgraph/id/", nx.MultiDiGraph()
    labels = "figure-1 ۲٫۷ میلیون نفر|figure-2 ۱٫۷ میلیون نفر|statement-1 موسوی گفت|"
    labels += "person-1 میرهاشم موسوی|report-1 a.txt|outlet-1 فارس|metric-1 بیمه‌شده جدید"
    for name, label in (pair.split(" ", 1) for pair in labels.split("|")):
        g.add_node(iri + name, type=name[:-2], label=label, metric="new-insured-persons", date="2024-05-20")
    edges = "statement-1 states figure-1, person-1 said statement-1, figure-1 appears-in report-1, "
    edges += "report-1 published-by outlet-1, figure-2 changed-to figure-1, "
    edges += "figure-1 measures metric-1, figure-2 measures metric-1"
    for source, kind, target in (edge.split() for edge in edges.split(", ")):
        g.add_edge(iri + source, iri + target, key=kind, kind=kind)
    g.edges[iri + "figure-2", iri + "figure-1", "changed-to"]["relation"] = "change"
    for name, value in (("figure-1", 2.7e6), ("figure-2", 1.7e6)):
        g.nodes[iri + name].update(value=value, unit="person", qualifier="more_than", lower=value)
    return g
