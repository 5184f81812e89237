"""pyoxigraph terms for the vocabularies the loaders write, each made once.

``CG`` here is the closed ``cg:`` vocabulary as pyoxigraph terms: a name that is not in
``ontology/cg.ttl`` raises, as with the rdflib namespace it wraps.

>>> CG.Figure.value
'https://w3id.org/claimgraph/ns#Figure'
>>> decimal(Decimal("1.06E+14")).value, integer(7).datatype.value
('106000000000000', 'http://www.w3.org/2001/XMLSchema#integer')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pyoxigraph as ox

from claimgraph import ontology

XSD = "http://www.w3.org/2001/XMLSchema#"
_DECIMAL = ox.NamedNode(XSD + "decimal")
_INTEGER = ox.NamedNode(XSD + "integer")
_DATE = ox.NamedNode(XSD + "date")


class Vocabulary:
    """Terms of one namespace, by attribute or by key, cached."""

    def __init__(self, base: str, closed: object | None = None) -> None:
        self._base = base
        self._closed = closed  # an rdflib DefinedNamespace that checks the names
        self._cache: dict[str, ox.NamedNode] = {}

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> ox.NamedNode:
        node = self._cache.get(name)
        if node is None:
            iri = str(self._closed[name]) if self._closed is not None else self._base + name
            node = self._cache[name] = ox.NamedNode(iri)
        return node


CG = Vocabulary(str(ontology.CG), closed=ontology.CG)
CGU = Vocabulary(str(ontology.CGU))
CGM = Vocabulary(str(ontology.CGM))
CGP = Vocabulary(str(ontology.CGP))
SCHEMA = Vocabulary(str(ontology.SCHEMA))
NIF = Vocabulary(str(ontology.NIF))
PROV = Vocabulary("http://www.w3.org/ns/prov#")
SKOS = Vocabulary("http://www.w3.org/2004/02/skos/core#")
RDFS = Vocabulary("http://www.w3.org/2000/01/rdf-schema#")


class _RDF:
    type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


RDF = _RDF()


def text(value: str) -> ox.Literal:
    return ox.Literal(value)


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def decimal(value: Decimal) -> ox.Literal:
    """An xsd:decimal literal in canonical form (no exponent)."""
    return ox.Literal(format(value.normalize(), "f"), datatype=_DECIMAL)


def date_literal(value: date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_DATE)
