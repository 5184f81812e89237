"""Open a store: a folder (the embedded Oxigraph database) or a SPARQL 1.1 endpoint's URL.

Both kinds implement :class:`~.base.Store`; the rest of claimgraph uses only that. This
module is the one place that knows both.

>>> import tempfile
>>> from rdflib import URIRef, Literal
>>> store = open_store(tempfile.mkdtemp() + "/s")
>>> g = URIRef("https://example.org/g")
>>> store.add_report(g, [(g, URIRef("https://example.org/p"), Literal("۱"))])
>>> store.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
[('۱',)]
"""

from __future__ import annotations

from pathlib import Path

from .base import (  # noqa: F401 — the names callers import from here
    PROV_REVISION,
    SCHEMA_URL,
    IncompleteAnswerError,
    Result,
    Store,
    StoreError,
    WriteError,
    to_ox,
    to_python,
)
from .local import LocalStore  # noqa: F401


def is_url(location: str | Path) -> bool:
    return str(location).startswith(("http://", "https://"))


def open_store(location: str | Path, *, read_only: bool = False, wait: float = 0) -> Store:
    """Open the store at ``location`` (a folder; created when missing unless read-only).

    An ``http://`` or ``https://`` URL opens a SPARQL 1.1 endpoint instead (a RemoteStore,
    imported only then; ``wait`` does not apply). Raises StoreError when the folder is not
    a store, another process is writing it and ``wait`` seconds pass without it finishing,
    or no endpoint answers at the URL.
    """
    if is_url(location):
        from .remote import RemoteStore

        return RemoteStore(str(location), read_only=read_only)
    return LocalStore(Path(location), read_only=read_only, wait=wait)
