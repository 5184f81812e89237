"""The projection as GEXF 1.3 for Gephi, and as GraphML for Cytoscape and yEd.

networkx's own GEXF writer does not fit: its 1.3 output breaks the grammar (a ``name`` on
``<graph>``, a misspelt xsi namespace) and Gephi aborts on its float colours. So the XML is
written here with ElementTree, to the RELAX NG grammar of GEXF 1.3: a ``type`` attribute
for partition colouring, integer ``viz:color`` by type, ``viz:size`` by degree, edges
with ids and a ``kind`` so Gephi keeps parallel edges apart, and ``timeformat="date"``
with a ``start`` on every node whose date is known, so the timeline plays.

>>> import tempfile
>>> from claimgraph.graph.network import example
>>> path = tempfile.mkdtemp() + "/g.gexf"
>>> write_gexf(example(), path)
>>> "میرهاشم موسوی" in open(path, encoding="utf-8").read()
True
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    import networkx as nx

    from .network import Selectable

GEXF = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
# Node colours by type (Okabe–Ito, readable by colour-blind viewers); r, g, b integers.
COLOURS = {
    "person": (230, 159, 0),
    "organisation": (86, 180, 233),
    "outlet": (0, 158, 115),
    "office": (240, 228, 66),
    "report": (0, 114, 178),
    "statement": (213, 94, 0),
    "figure": (204, 121, 167),
    "metric": (90, 90, 90),
}
UNKNOWN_COLOUR = (180, 180, 180)
# Characters XML 1.0 cannot hold at all (control characters other than tab and newlines).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export_network(store: Selectable, fmt: str, output: str | Path) -> tuple[int, int]:
    """Project the store and write it as ``gexf`` or ``graphml`` to ``output`` (a file,
    replaced only once complete, or '-' for standard output); return (nodes, edges).

    Raises StoreError when the projection's queries fail, OSError when the file cannot
    be written, KeyError for another format.
    """
    from .network import project

    writer = {"gexf": write_gexf, "graphml": write_graphml}[fmt]
    graph = project(store)
    if str(output) == "-":
        writer(graph, sys.stdout.buffer)
    else:
        path = Path(output)
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(path.name + ".part")
        writer(graph, part)
        part.replace(path)
    return graph.number_of_nodes(), graph.number_of_edges()


def write_gexf(graph: nx.MultiDiGraph, path: str | Path | BinaryIO) -> None:
    """Write ``graph`` as GEXF 1.3 to a path or a binary file.

    Raises OSError when the file cannot be written.
    """
    ET.register_namespace("", GEXF)
    ET.register_namespace("viz", VIZ)
    root = ET.Element(_g("gexf"), version="1.3")
    meta = ET.SubElement(root, _g("meta"), lastmodifieddate=date.today().isoformat())
    ET.SubElement(meta, _g("creator")).text = "claimgraph"
    ET.SubElement(meta, _g("description")).text = "Who said which figure, in which report and outlet"
    body = ET.SubElement(root, _g("graph"), defaultedgetype="directed", mode="dynamic", timeformat="date")
    node_columns = _columns(data for _, data in graph.nodes(data=True))
    edge_columns = _columns(data for _, _, data in graph.edges(data=True))
    _declare(body, "node", node_columns)
    _declare(body, "edge", edge_columns)
    nodes = ET.SubElement(body, _g("nodes"), count=str(graph.number_of_nodes()))
    for node, data in graph.nodes(data=True):
        nodes.append(_node(node, data, graph.degree(node), node_columns))
    edges = ET.SubElement(body, _g("edges"), count=str(graph.number_of_edges()))
    for number, (source, target, data) in enumerate(graph.edges(data=True)):
        edges.append(_edge(f"e{number}", source, target, data, edge_columns))
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _g(tag: str) -> str:
    return f"{{{GEXF}}}{tag}"


def _columns(rows: Any) -> dict[str, str]:
    """GEXF attribute types by name, from the Python values: float → double and so on."""
    seen: dict[str, set[str]] = {}
    for data in rows:
        for name, value in data.items():
            if name != "label" and value is not None:
                seen.setdefault(name, set()).add(_gexf_type(value))
    return {name: kinds.pop() if len(kinds) == 1 else "string" for name, kinds in seen.items()}


def _gexf_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    return "double" if isinstance(value, float) else "string"


def _declare(graph: ET.Element, kind: str, columns: dict[str, str]) -> None:
    block = ET.SubElement(graph, _g("attributes"), {"class": kind, "mode": "static"})
    for name, gexf_type in columns.items():
        ET.SubElement(block, _g("attribute"), id=name, title=name, type=gexf_type)


def _node(node: str, data: dict[str, Any], degree: int, columns: dict[str, str]) -> ET.Element:
    element = ET.Element(_g("node"), id=_text(node), label=_label(data.get("label") or node))
    if data.get("date"):
        element.set("start", data["date"][:10])
    element.append(_attvalues(data, columns))
    red, green, blue = COLOURS.get(data.get("type", ""), UNKNOWN_COLOUR)
    ET.SubElement(element, f"{{{VIZ}}}color", r=str(red), g=str(green), b=str(blue))
    ET.SubElement(element, f"{{{VIZ}}}size", value=f"{4 + 3 * math.sqrt(degree):.2f}")
    return element


def _edge(number: str, source: str, target: str, data: dict[str, Any], columns: dict[str, str]) -> ET.Element:
    kind = str(data.get("kind", "edge"))
    label = f"{kind}: {data['relation']}" if data.get("relation") else kind
    element = ET.Element(
        _g("edge"), id=number, source=_text(source), target=_text(target), kind=kind, label=_label(label)
    )
    element.append(_attvalues(data, columns))
    return element


def _attvalues(data: dict[str, Any], columns: dict[str, str]) -> ET.Element:
    values = ET.Element(_g("attvalues"))
    for name in columns:
        if data.get(name) is not None:
            ET.SubElement(values, _g("attvalue"), {"for": name, "value": _value(data[name])})
    return values


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "NaN"
    return _text(value.isoformat() if isinstance(value, date) else value)


def _text(value: Any) -> str:
    return _NOT_XML.sub("", str(value))


def _label(value: Any) -> str:
    """A label as the grammar's xsd:token: one line, single spaces (ZWNJ is kept)."""
    return " ".join(_text(value).split())


def write_graphml(graph: nx.MultiDiGraph, path: str | Path | BinaryIO) -> None:
    """Write ``graph`` as GraphML for Cytoscape and yEd: values are strings, numbers or
    booleans (dates as ISO text, nothing empty), and every edge has its own id.

    Raises OSError when the file cannot be written.

    >>> import tempfile
    >>> from claimgraph.graph.network import example
    >>> path = tempfile.mkdtemp() + "/g.graphml"
    >>> write_graphml(example(), path)
    >>> 'id="e0"' in open(path, encoding="utf-8").read()
    True
    """
    import networkx as nx

    clean = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **_plain(data), degree=graph.degree(node))
    for number, (source, target, data) in enumerate(graph.edges(data=True)):
        clean.add_edge(source, target, key=f"e{number}", **_plain(data))
    nx.write_graphml(clean, path)


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, bool | int | float):
            out[name] = value
        else:
            out[name] = _text(value.isoformat() if isinstance(value, date) else value)
    return out
