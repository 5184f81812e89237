"""The claimgraph vocabulary, SHACL shapes and catalogues (units, metrics, named periods).

The Turtle files are the source of truth; :data:`CG` is generated from ``cg.ttl``.

>>> from claimgraph.ontology import CG, DATA
>>> str(CG.Figure)
'https://w3id.org/claimgraph/ns#Figure'
>>> str(DATA)
'https://w3id.org/claimgraph/id/'
"""

from __future__ import annotations

from importlib import resources

from rdflib import Namespace

from .namespace import CG

CGU = Namespace("https://w3id.org/claimgraph/unit/")
CGM = Namespace("https://w3id.org/claimgraph/metric/")
CGP = Namespace("https://w3id.org/claimgraph/period/")
DATA = Namespace("https://w3id.org/claimgraph/id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

# The graph the identity pass writes (who and what the reports speak of, across reports);
# every other named graph is one report's.
IDENTITY_GRAPH = f"{DATA}identity"

TURTLE_FILES = ("cg.ttl", "shapes.ttl", "units.ttl", "metrics.ttl", "periods.ttl")

PREFIXES = {
    "cg": str(CG),
    "cgu": str(CGU),
    "cgm": str(CGM),
    "cgp": str(CGP),
    "id": str(DATA),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": str(NIF),
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}


def read_text(name: str) -> str:
    """Return one of the packaged Turtle files as text.

    Raises FileNotFoundError for a name that is not packaged.

    >>> read_text("cg.ttl").startswith("@prefix")
    True
    """
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


__all__ = ["CG", "CGU", "CGM", "CGP", "DATA", "IDENTITY_GRAPH", "SCHEMA", "NIF", "PREFIXES", "read_text"]
