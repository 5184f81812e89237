"""Exports of the store for other tools: Turtle, TriG, N-Quads, JSON-LD.

>>> import tempfile, io
>>> from claimgraph.graph.store import open_store
>>> from claimgraph.graph.ingest import ingest
>>> store = open_store(tempfile.mkdtemp() + "/s")
>>> _ = ingest(["seeds"], store)
>>> out = tempfile.mkdtemp() + "/claims.ttl"
>>> export_rdf(store, "turtle", out) > 100
True
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from .base import Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export_rdf(store: Store, fmt: str, output: str | Path) -> int:
    """Write the store in an RDF format; return how many quads (TriG, N-Quads) or triples
    (Turtle, JSON-LD: the union of the reports' graphs) were written.

    Raises OSError when the file cannot be written and KeyError for an unknown format.
    """
    rdf_format = RDF_FORMATS[fmt]
    if str(output) == "-":
        return store.dump(sys.stdout.buffer, rdf_format)
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("wb") as out:
            written = store.dump(out, rdf_format)
    except BaseException:
        tmp.unlink(missing_ok=True)  # a file is written whole or not at all
        raise
    tmp.replace(path)
    return written
