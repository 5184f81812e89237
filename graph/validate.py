"""Check the store against the SHACL shapes in ``ontology/shapes.ttl`` with pySHACL.

>>> import tempfile
>>> from claimgraph.graph.store import open_store
>>> from claimgraph.graph.ingest import ingest
>>> store = open_store(tempfile.mkdtemp() + "/s")
>>> _ = ingest(["seeds"], store)
>>> validate(store).conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import click
from rdflib import Graph, Namespace, URIRef

from .base import Store
from .cli import _store_option

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, slots=True)
class Violation:
    shape: str  # the shape's name, e.g. "FigureShape"
    focus: str  # the node that broke it
    path: str  # the property it is about
    message: str


@dataclass(frozen=True, slots=True)
class Validation:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)


def data_graph(store: Store) -> Graph:
    """The union of every report graph as one rdflib graph."""
    import pyoxigraph as ox

    data = ox.serialize(
        (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()), format=ox.RdfFormat.N_TRIPLES
    )
    return Graph().parse(data=data, format="nt")


def validate(store: Store) -> Validation:
    """Validate every report against the shapes. Raises nothing for well-formed stores."""
    from pyshacl import validate as shacl

    from claimgraph.ontology import read_text

    shapes = Graph().parse(data=read_text("shapes.ttl"), format="turtle")
    data = data_graph(store)
    data.parse(data=read_text("cg.ttl"), format="turtle")  # qualifiers and modalities are typed there
    conforms, report, _ = shacl(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    return Validation(bool(conforms), sorted(_violations(report, shapes), key=lambda v: (v.shape, v.focus)))


def _violations(report: Graph, shapes: Graph) -> list[Violation]:
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        source = report.value(result, SH.sourceShape)
        out.append(
            Violation(
                shape=_shape_name(source, shapes),
                focus=str(report.value(result, SH.focusNode)),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or ""),
            )
        )
    return out


def _shape_name(source: object, shapes: Graph) -> str:
    """The node shape a result belongs to, by its local name («FigureShape»)."""
    if isinstance(source, URIRef):
        return _short(source)
    owner = shapes.value(None, SH.property, source)  # a property shape inside a node shape
    name = shapes.value(source, SH.name) or _short(shapes.value(source, SH.path))
    return f"{_short(owner)} ({name})" if owner is not None else str(name)


def _short(term: object) -> str:
    text = str(term or "")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@click.command()
@_store_option
def command(store_path: str) -> None:
    """Check every report in the store against the SHACL shapes in ontology/shapes.ttl.

    Prints "conforms" and exits 0, or lists each violation (the shape, the node, the
    property, the message) and exits 1.

    \b
    Example:
      claimgraph validate --store my-store
    """
    import sys

    from .base import StoreError
    from .cli import _open, failure

    try:
        result = validate(_open(store_path, read_only=True))
    except StoreError as error:
        raise failure(error) from None
    if result.conforms:
        click.echo("conforms: every report, statement, figure and period fits the shapes")
        return
    click.echo(f"{len(result.violations)} violation(s):")
    for v in result.violations:
        click.echo(f"  {v.shape}: {v.focus} {v.path}: {v.message}")
    sys.exit(1)
