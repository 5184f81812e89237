"""Load stored queries, read their header contract, bind parameters, and run them.

A stored query is ``queries/NAME.rq``. Its header is a contract::

    # title: one line
    # purpose: what question it answers (may continue on "#   " lines)
    # param ?name KIND [optional] — description
    # columns: col1 col2 …

A query may come with variants, ``queries/variants/NAME.PARAM.rq``: the same rows found
another way round, used when ``PARAM`` is given and no parameter listed before it in the
header is (``figures-changed`` starts from the newer report's figures for ``-p to``).
:meth:`StoredQuery.text_for` picks the text.

KIND says how a value given on the command line becomes an RDF term: ``person``,
``org`` and ``outlet`` (a name or an IRI), ``metric`` (a catalogue key, a Persian label
or an IRI), ``report`` (a source file name), ``date``, ``literal`` or ``iri``. Values are
bound as terms, never pasted into the query text.

>>> q = stored_queries()["figures"]
>>> "surface" in q.columns and q.title != ""
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from rdflib import XSD, Literal, URIRef

KINDS = ("person", "org", "outlet", "metric", "report", "date", "literal", "iri")
_PARAM = re.compile(r"#\s*param\s+\?(\w+)\s+(\w+)(\s+optional)?\s*(?:[—–-]\s*)?(.*)")


class QueryError(Exception):
    """A stored query that does not exist, or parameters that do not fit it."""


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str
    optional: bool
    description: str


@dataclass(frozen=True, slots=True)
class StoredQuery:
    name: str
    title: str
    purpose: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    variants: tuple[tuple[str, str], ...] = ()  # (parameter, text)

    def text_for(self, given: Iterable[str]) -> str:
        """The text to run with these parameters: a variant anchored on the first given
        parameter when there is one, else the query itself.

        >>> q = get("figures-changed")
        >>> q.text_for(["to"]) != q.text, q.text_for(["from", "to"]) == q.text_for([]) == q.text
        (True, True)
        """
        given = set(given)
        first = next((p.name for p in self.params if p.name in given), None)
        return dict(self.variants).get(first, self.text) if first else self.text


def parse(name: str, text: str) -> StoredQuery:
    """Read the header of a stored query. Raises QueryError when it breaks the contract."""
    title, purpose, params, columns = "", [], [], ()
    current = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line.lstrip("#").strip()
        if body.startswith("title:"):
            title, current = body[6:].strip(), None
        elif body.startswith("purpose:"):
            purpose, current = [body[8:].strip()], "purpose"
        elif body.startswith("columns:"):
            columns, current = tuple(body[8:].split()), None
        elif match := _PARAM.match(line):
            kind = match.group(2)
            if kind not in KINDS:
                raise QueryError(f"{name}.rq: parameter ?{match.group(1)} has unknown kind {kind!r}")
            params.append(Param(match.group(1), kind, bool(match.group(3)), match.group(4).strip()))
            current = None
        elif current == "purpose" and body:
            purpose.append(body)
    if not title or not columns:
        raise QueryError(f"{name}.rq: the header needs '# title:' and '# columns:' lines")
    return StoredQuery(name, title, " ".join(purpose), tuple(params), columns, text)


@lru_cache(maxsize=1)
def stored_queries() -> dict[str, StoredQuery]:
    """Every packaged stored query, by name."""
    folder = resources.files(__package__)
    out = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse(name, entry.read_text(encoding="utf-8"))
    variants = folder / "variants"
    for entry in variants.iterdir() if variants.is_dir() else ():
        name, _, param = entry.name.removesuffix(".rq").rpartition(".")
        if not entry.name.endswith(".rq") or name not in out:
            continue
        query = out[name]
        if param not in {p.name for p in query.params}:
            raise QueryError(f"variants/{entry.name}: {name} has no parameter {param!r}")
        variant = (param, entry.read_text(encoding="utf-8"))
        out[name] = replace(query, variants=tuple(sorted((*query.variants, variant))))
    return dict(sorted(out.items()))


def get(name: str) -> StoredQuery:
    """The stored query called ``name``. Raises QueryError listing the ones that exist."""
    queries = stored_queries()
    if name not in queries:
        raise QueryError(f"no stored query {name!r}; stored queries: {', '.join(queries)}")
    return queries[name]


def bind(query: StoredQuery, values: dict[str, str]) -> dict[str, URIRef | Literal]:
    """Terms for the parameters given. Raises QueryError for unknown or missing ones.

    >>> bind(get("figures"), {"report": "a.txt"})
    {'report': rdflib.term.Literal('a.txt')}
    """
    known = {p.name: p for p in query.params}
    for name in values:
        if name not in known:
            accepted = ", ".join(known) or "none"
            raise QueryError(f"{query.name} has no parameter {name!r} (it accepts: {accepted})")
    missing = [p.name for p in query.params if not p.optional and p.name not in values]
    if missing:
        raise QueryError(f"{query.name} needs -p {missing[0]} VALUE ({known[missing[0]].description})")
    return {name: term(known[name].kind, value) for name, value in values.items()}


def term(kind: str, value: str) -> URIRef | Literal:
    """An RDF term for a parameter value of the given kind.

    Raises QueryError for a date or an IRI that is not one. A value that only looks like
    an IRI («https://x y») is never pasted anywhere: it is a name, a key or a string.

    >>> term("report", "https://x y"), term("person", "https://example.org/p")
    (rdflib.term.Literal('https://x y'), rdflib.term.URIRef('https://example.org/p'))
    """
    if kind in ("literal", "report"):
        return Literal(value)
    if kind == "date":
        try:
            return Literal(date.fromisoformat(value), datatype=XSD.date)
        except ValueError:
            raise QueryError(f"{value!r} is not a date like 2024-05-19") from None
    if kind == "metric":
        tail = value.rsplit("/", 1)[-1].removeprefix("metric-")  # cgm:KEY or id:metric-KEY
        return Literal(_metric_key(tail if is_iri(value) else value))
    if is_iri(value):
        return URIRef(value)
    if kind in ("person", "org", "outlet"):
        from claimgraph.loaders.rdf import entity_iri

        return entity_iri(kind, value)
    raise QueryError(f"{value!r} is not an IRI (such as https://w3id.org/claimgraph/id/person-…)")


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+")


def is_iri(value: str) -> bool:
    """An absolute IRI that RDF stores accept.

    >>> is_iri("https://example.org/a"), is_iri("https://example.org/a b"), is_iri("httpbin is a word")
    (True, False, False)
    """
    if not _IRI.fullmatch(value):
        return False
    import pyoxigraph as ox

    try:
        ox.NamedNode(value)
    except ValueError:
        return False
    return True


def is_update(text: str) -> bool:
    """Is this SPARQL text an update (INSERT, DELETE, DROP, LOAD …)?

    >>> is_update("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }"), is_update("SELECT * { ?s ?p ?o }")
    (True, False)
    """
    from claimgraph.graph.sparqltext import query_form

    return query_form(text) == "UPDATE"


def _metric_key(value: str) -> str:
    """A metric's key from a key, a catalogue label or a minted phrase."""
    from claimgraph.loaders.catalogue import metrics
    from claimgraph.loaders.normalize import key

    catalogue = metrics()
    if value in catalogue:
        return value
    wanted = key(value)
    for concept in catalogue.values():
        if any(key(label) == wanted for label in concept.labels):
            return concept.key
    return value
