"""SPARQL text without a SPARQL parser: tokens, the query form, VALUES bindings, prefixes.

Used to send queries to remote endpoints (which take no pyoxigraph substitutions) and to
refuse updates and SERVICE calls before anything runs.

>>> query_form("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }"), query_form("ASK {}")
('UPDATE', 'ASK')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from claimgraph.ontology import PREFIXES

from .base import StoreError, to_ox

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATES = frozenset(("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"))
_TOKEN = re.compile(
    r"""(?P<space>\s+) | (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
        | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<var>[?$]\w+) | (?P<word>[\w:%\\]+) | (?P<punct>.)""",
    re.VERBOSE | re.DOTALL,
)


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """SPARQL text as (kind, text, offset) tokens, without spaces and comments.

    Strings and IRIs are single tokens, so nothing inside them reads as a keyword.

    >>> [t[1] for t in tokens('SELECT * { ?s ?p "SERVICE" } # SERVICE')]
    ['SELECT', '*', '{', '?s', '?p', '"SERVICE"', '}']
    """
    for match in _TOKEN.finditer(text):
        if match.lastgroup not in ("space", "comment"):
            yield match.lastgroup or "", match.group(), match.start()


def keywords(text: str) -> list[str]:
    """The bare words of SPARQL text (keywords, not prefixed names), upper-cased."""
    return [value.upper() for kind, value, _ in tokens(text) if kind == "word" and ":" not in value]


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; UPDATE for an update; "" when unclear.

    >>> query_form("PREFIX cg: <https://w3id.org/claimgraph/ns#> insert data { }")
    'UPDATE'
    """
    for word in keywords(text):
        if word in FORMS:
            return word
        if word in UPDATES:
            return "UPDATE"
        if word not in ("PREFIX", "BASE"):
            return ""
    return ""


def values_clause(bindings: dict[str, Any]) -> str:
    """A VALUES block binding each variable to one term in N-Triples syntax.

    Raises StoreError for a variable name, IRI or blank node that cannot be bound.
    """
    names = []
    for name in bindings:
        if not re.fullmatch(r"\w+", name):
            raise StoreError(f"{name!r} is not a SPARQL variable name")
        names.append("?" + name)
    terms = " ".join(_term(value) for value in bindings.values())
    return f"VALUES ({' '.join(names)}) {{ ({terms}) }}"


def _term(value: Any) -> str:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return str(value)
    if not isinstance(value, URIRef | Literal):
        raise StoreError(f"cannot bind {value!r}: only IRIs and literals can be bound")
    try:
        return str(to_ox(value))
    except ValueError as error:
        raise StoreError(f"cannot bind {str(value)!r}: {error}") from None


def bind_values(query: str, bindings: dict[str, Any]) -> str:
    """The query with a VALUES block first in its WHERE clause (or after it when it has none)."""
    if not bindings:
        return query
    block = values_clause(bindings)
    at = _where(query)
    return query + "\n" + block if at is None else f"{query[: at + 1]} {block}{query[at + 1 :]}"


def bind_everywhere(query: str, bindings: dict[str, Any]) -> str:
    """The query with a VALUES block first in every WHERE group that uses a bound variable.

    Oxigraph joins its ``substitutions`` after evaluating the whole pattern (measured: 1.4 s
    against 0.015 s for one report's figures among 100,000), while a VALUES block at the
    head of a group starts the evaluation from the bound value. Sub-selects get their own
    block, so a parameter narrows them before they are joined.

    >>> from rdflib import Literal
    >>> print(bind_everywhere("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?b } } }", {"b": Literal("x")}))
    SELECT ?a WHERE { VALUES (?b) { ("x") } { SELECT ?a WHERE { VALUES (?b) { ("x") } ?a ?p ?b } } }
    """
    if not bindings:
        return query
    toks = list(tokens(query))
    outer = _where(query)
    if outer is None:
        return bind_values(query, bindings)
    inserts = [(outer + 1, " " + values_clause(bindings))]  # the query binds every parameter
    for opening in _narrowable_groups(toks):
        if toks[opening][2] == outer:
            continue
        used = {t[1][1:] for t in toks[opening : _closing(toks, opening)] if t[0] == "var"}
        chosen = {k: v for k, v in bindings.items() if k in used}
        if chosen:
            inserts.append((toks[opening][2] + 1, " " + values_clause(chosen)))
    for at, block in sorted(inserts, reverse=True):
        query = query[:at] + block + query[at:]
    return query


def _narrowable_groups(toks: list[tuple[str, str, int]]) -> list[int]:
    """Indexes of the '{' of every WHERE group, GRAPH group and branch of a UNION."""
    groups = []
    for i, (kind, value, _) in enumerate(toks):
        word = value.upper() if kind == "word" else ""
        if word == "WHERE" and i + 1 < len(toks) and toks[i + 1][1] == "{":
            groups.append(i + 1)
        elif word == "UNION" and i + 1 < len(toks) and toks[i + 1][1] == "{":
            groups.append(i + 1)
            groups.append(_opening(toks, i - 1))
        elif word == "GRAPH" and i + 2 < len(toks) and toks[i + 2][1] == "{":
            groups.append(i + 2)  # Oxigraph orders a GRAPH group's patterns on its own
    return groups


def _opening(toks: list[tuple[str, str, int]], close_index: int) -> int:
    """Index of the token opening the brace closed at ``close_index``."""
    depth = 0
    for j in range(close_index, -1, -1):
        if toks[j][0] == "punct" and toks[j][1] in "{}":
            depth += 1 if toks[j][1] == "}" else -1
            if depth == 0:
                return j
    return 0


def _closing(toks: list[tuple[str, str, int]], open_index: int) -> int:
    """Index of the token closing the brace at ``open_index``."""
    depth = 0
    for j in range(open_index, len(toks)):
        if toks[j][0] == "punct" and toks[j][1] in "{}":
            depth += 1 if toks[j][1] == "{" else -1
            if depth == 0:
                return j
    return len(toks)


def _where(query: str) -> int | None:
    """Offset of the '{' opening the outermost WHERE clause (None: no such clause)."""
    form, previous, depth, parens, template = None, "", 0, 0, False
    for kind, value, start in tokens(query):
        if form is None:
            form = value.upper() if kind == "word" and value.upper() in FORMS else None
        elif kind == "punct" and value in ("(", ")"):
            parens += 1 if value == "(" else -1
        elif kind == "punct" and value == "{" and depth == parens == 0:
            if form != "CONSTRUCT" or template:
                return start
            if previous == "WHERE":  # CONSTRUCT WHERE { … }: the pattern is also the template
                return None
            template, depth = True, 1
        elif kind == "punct" and value in ("{", "}"):
            depth += 1 if value == "{" else -1
        previous = value.upper()
    return None


def with_prefixes(query: str) -> str:
    """The query with claimgraph's usual prefixes declared, unless it declares them itself."""
    words = [value for _, value, _ in tokens(query)]
    declared = {words[i + 1].rstrip(":") for i, w in enumerate(words[:-1]) if w.upper() == "PREFIX"}
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    return "\n".join([*lines, query])


_GRAPH_TAIL = re.compile(rb' (<[^<>"{}|^`\\ ]*>) \.\s*$')  # " <graph> ." ending an N-Quads line


def insert_data(nquads: bytes) -> bytes:
    """One SPARQL INSERT DATA request for N-Quads, graph by graph.

    A line is cut where its graph begins, without parsing it: parsing and printing every
    term again took three times as long on the Fars reports. Lines that are not plainly
    a quad in a named graph (a default-graph triple) send the whole text the slow way.

    >>> print(insert_data(b'<https://e.org/s> <https://e.org/p> "v" <https://e.org/g> .').decode())
    INSERT DATA {
    GRAPH <https://e.org/g> {
    <https://e.org/s> <https://e.org/p> "v" .
    }
    }
    """
    graphs: dict[bytes, list[bytes]] = {}
    for line in nquads.splitlines():
        if not line.strip():
            continue
        found = _GRAPH_TAIL.search(line)
        if found is None or (b'"' not in line and len(line.split()) != 5):
            return _insert_data_parsed(nquads)
        graphs.setdefault(found.group(1), []).append(line[: found.start()] + b" .")
    parts = [b"GRAPH " + graph + b" {\n" + b"\n".join(lines) + b"\n}" for graph, lines in graphs.items()]
    return b"INSERT DATA {\n" + b"\n".join(parts) + b"\n}"


def _insert_data_parsed(nquads: bytes) -> bytes:
    graphs: dict[Any, list[str]] = {}
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        graphs.setdefault(quad.graph_name, []).append(f"{quad.subject} {quad.predicate} {quad.object} .")
    parts = []
    for graph, lines in graphs.items():
        body = "\n".join(lines)
        parts.append(body if isinstance(graph, ox.DefaultGraph) else f"GRAPH {graph} {{\n{body}\n}}")
    return ("INSERT DATA {\n" + "\n".join(parts) + "\n}").encode()


def update_size(nquads: bytes) -> int:
    """How large an INSERT DATA of these N-Quads is, in the unit servers limit: lines.

    Virtuoso compiles an update to SQL text of at most 10,000 lines; a quad takes a line
    and every line break inside a literal another.

    >>> update_size(b'<s> <p> "a\\\\nb" <g> .\\n<s> <p> "c" <g> .\\n')
    3
    """
    return nquads.count(b"\n") + nquads.count(b"\\n") + nquads.count(b"\\r")


# Boolean columns: an engine may answer a boolean expression with 1 or 0 (Virtuoso);
# the query's own text says which columns are booleans.
_COMPARISONS = {"=", "!=", "<", ">", "<=", ">=", "&&", "||", "IN"}
_BOOLEAN_CALLS = {
    *("BOUND", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "SAMETERM", "STRSTARTS"),
    *("STRENDS", "CONTAINS", "REGEX", "LANGMATCHES", "EXISTS", "NOT", "TRUE", "FALSE"),
}


def boolean_columns(query: str) -> set[str]:
    """Variables the query binds to a boolean expression, with ``(… AS ?v)`` or ``BIND``.

    >>> sorted(boolean_columns("SELECT ?a (?x < 2 AS ?b) WHERE { BIND(!BOUND(?y) AS ?c) "
    ...     "BIND(IF(?c, ?b, false) AS ?d) BIND(STRLEN(?s) + 1 AS ?n) BIND(COALESCE(?c) AS ?e) }"))
    ['b', 'c', 'd', 'e']
    """
    toks = [(kind, value.upper() if kind == "word" else value) for kind, value, _ in tokens(query)]
    toks = _joined_operators(toks)
    found: set[str] = set()
    while True:
        before = len(found)
        for i, (_, value) in enumerate(toks):
            if value == "AS" and i + 2 < len(toks) and toks[i + 1][0] == "var" and toks[i + 2][1] == ")":
                start = _opening_paren(toks, i)
                if _is_boolean(toks[start + 1 : i], found):
                    found.add(toks[i + 1][1][1:])
        if len(found) == before:
            return found


def _joined_operators(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two-character operators (&&, ||, !=, <=, >=) as single tokens."""
    out: list[tuple[str, str]] = []
    for kind, value in toks:
        pair = out[-1][1] + value if out and out[-1][0] == "punct" and kind == "punct" else ""
        if pair in ("&&", "||", "!=", "<=", ">="):
            out[-1] = ("punct", pair)
        else:
            out.append((kind, value))
    return out


def _opening_paren(toks: list[tuple[str, str]], at: int) -> int:
    depth = 0
    for j in range(at - 1, -1, -1):
        if toks[j][1] == ")":
            depth += 1
        elif toks[j][1] == "(":
            if depth == 0:
                return j
            depth -= 1
    return -1


Tokens = list[tuple[str, str]]


def _split_top(toks: Tokens) -> tuple[Tokens, list[Tokens]]:
    """The tokens at paren depth 0, and the comma-separated arguments of a call's parens."""
    top, args, depth = [], [[]], 0
    for token in toks:
        value = token[1]
        if value == "(":
            depth += 1
            if depth == 1:
                continue
        elif value == ")":
            depth -= 1
            if depth == 0:
                continue
        if depth == 0:
            top.append(token)
        elif depth == 1 and value == ",":
            args.append([])
        else:
            args[-1].append(token)
    return top, args


def _is_boolean(expr: list[tuple[str, str]], known: set[str]) -> bool:
    if not expr:
        return False
    top, args = _split_top(expr)
    if any(value in _COMPARISONS for kind, value in top if kind != "string") or top[:1] == [("punct", "!")]:
        return True
    if not top:  # ( expression )
        return _is_boolean(expr[1:-1], known)
    head = top[0][1]
    if len(top) == 1 and top[0][0] == "var":
        return head[1:] in known
    if head in _BOOLEAN_CALLS:
        return True
    if head == "IF" and len(args) == 3:
        return _is_boolean(args[1], known) and _is_boolean(args[2], known)
    if head == "COALESCE":
        return all(_is_boolean(arg, known) for arg in args)
    return False


def paged(query: str, columns: tuple[str, ...], offset: int, limit: int) -> str:
    """One page of a SELECT query's answer, in an order that is the same on every run.

    The query's own ORDER BY comes first and every column breaks its ties. The order is
    set inside a sub-select and the page taken outside it, so that Virtuoso sorts the
    whole answer instead of refusing an OFFSET beyond its sort limit (SR353).

    >>> print(paged("PREFIX x: <urn:x#> SELECT ?a WHERE { ?a x:p ?b } ORDER BY ?b", ("a",), 20, 10))
    PREFIX x: <urn:x#>
    SELECT ?a WHERE { {
    SELECT ?a WHERE { ?a x:p ?b } ORDER BY ?b ?a
    } } OFFSET 20 LIMIT 10
    """
    toks = list(tokens(query))
    body = next((i for i, t in enumerate(toks) if t[0] == "word" and t[1].upper() == "SELECT"), None)
    if body is None:
        raise StoreError("only a SELECT query can be fetched page by page")
    prologue, text = query[: toks[body][2]].rstrip(), query[toks[body][2] :]
    prologue += "\n" if prologue else ""
    inner, keys = _stably_ordered(text, columns), " ".join("?" + c for c in columns)
    return f"{prologue}SELECT {keys} WHERE {{ {{\n{inner}\n}} }} OFFSET {offset} LIMIT {limit}"


def _stably_ordered(text: str, columns: tuple[str, ...]) -> str:
    """The query with every column added to its outermost ORDER BY (one made if none)."""
    toks = list(tokens(text))
    where = _where(text)
    close = _closing(toks, next(i for i, t in enumerate(toks) if t[2] == where)) if where is not None else -1
    keys = " ".join("?" + c for c in columns)
    has_order, at = False, len(text)
    depth = 0
    for kind, value, start in toks[close + 1 :]:
        if value in ("(", "{"):
            depth += 1
        elif value in (")", "}"):
            depth -= 1
        word = value.upper() if kind == "word" and depth == 0 else ""
        if word == "ORDER":
            has_order = True
        elif word in ("LIMIT", "OFFSET", "VALUES"):
            at = start
            break
    addition = f" {keys}" if has_order else f"\nORDER BY {keys}"
    head = text[:at].rstrip()
    if at == len(text) and "#" in head.rsplit("\n", 1)[-1]:
        head += "\n"  # do not append to a trailing comment
    return f"{head}{addition}{' ' + text[at:] if at < len(text) else ''}"
