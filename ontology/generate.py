"""Generate ``namespace.py`` (the closed ``CG`` namespace) from ``cg.ttl``.

Run ``python -m claimgraph.ontology.generate`` after editing ``cg.ttl``; a test fails
while the two disagree.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

NS = "https://w3id.org/claimgraph/ns#"

HEADER = '''"""The claimgraph vocabulary as a closed namespace. Generated from cg.ttl by
``python -m claimgraph.ontology.generate``; do not edit by hand."""

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class CG(DefinedNamespace):
    _NS = Namespace("{ns}")
    _fail = True
'''


def _comment(graph: Graph, term: URIRef) -> str:
    for label in graph.objects(term, RDFS.label):
        if getattr(label, "language", None) == "en":
            return str(label)
    kind = graph.value(term, RDF.type)
    return str(kind).rsplit("#", 1)[-1] if kind else ""


def render(turtle: str) -> str:
    """Return the Python source of the namespace module for the Turtle text."""
    graph = Graph().parse(data=turtle, format="turtle")
    terms = sorted(
        {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)},
        key=str,
    )
    lines = [HEADER.format(ns=NS)]
    for term in terms:
        name = str(term)[len(NS) :]
        if name:
            lines.append(f"    {name}: URIRef  # {_comment(graph, term)}")
    return "\n".join(lines) + "\n"


def source_turtle() -> str:
    return resources.files(__package__).joinpath("cg.ttl").read_text(encoding="utf-8")


def main() -> int:
    target = Path(__file__).with_name("namespace.py")
    target.write_text(render(source_turtle()), encoding="utf-8")
    print(f"wrote {target.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
