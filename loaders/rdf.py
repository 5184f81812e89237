"""An :class:`~claimgraph.loaders.model.Extraction` as RDF terms, one named graph per report.

IRIs are deterministic: a report's is the hash of its raw text, a figure's adds its
offsets, a person's is their name's :func:`~claimgraph.loaders.normalize.key`. Loading the
same report twice therefore yields the same triples.

>>> from claimgraph.loaders.model import Report
>>> from claimgraph.loaders.pipeline import extract
>>> graph, triples = to_triples(extract(Report("a.txt", "وزیر گفت: ۱۰ درصد رشد داشتیم.")))
>>> graph.value.startswith("https://w3id.org/claimgraph/id/report-")
True

Terms are pyoxigraph's: the store takes them as they are (building rdflib terms and
converting them cost more than the extraction itself on real text).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import URIRef

from claimgraph.ontology import DATA

from .catalogue import units
from .context import weighted
from .identity import body, office_key, person_key, surname_key
from .model import Anchor, Extraction, Figure, Period, Person, Report, Statement
from .normalize import key, normalize
from .terms import CG, CGM, CGP, CGU, NIF, PROV, RDF, RDFS, SCHEMA, SKOS, date_literal, decimal, integer, text

Node = ox.NamedNode
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def report_iri(report: Report) -> Node:
    """The report's IRI, which is also its named graph."""
    return ox.NamedNode(f"{DATA}report-{content_hash(report.text)[:20]}")


def entity_iri(kind: str, name: str) -> URIRef:
    """IRI of a person, organisation, outlet or office, from its key (for query parameters).

    >>> str(entity_iri("person", "دکتر میرهاشم  موسوی"))
    'https://w3id.org/claimgraph/id/person-میرهاشمموسوی'
    """
    return URIRef(_entity(kind, name).value)


def _entity(kind: str, name: str) -> Node:
    """A person is keyed by their name without titles, a body by :func:`body` (so «سازمان
    تأمین اجتماعی کشور» is «تأمین‌اجتماعی»); keys hold only letters and digits."""
    k = person_key(name) if kind == "person" else body(name).key if kind == "org" else key(name)
    return ox.NamedNode(f"{DATA}{kind}-{k or 'x'}")


def speaker_iri(person: Person, report: Node) -> Node:
    """The speaker's IRI. A full name or a body is the same resource in every report; a
    surname alone, an office or «یک کارشناس» belongs to its report until the identity pass
    (:mod:`claimgraph.graph.identity`) finds whom it names."""
    if person.body:
        return _entity("org", person.name)
    if person.kind == "person":
        return _entity("person", person.name)
    return ox.NamedNode(f"{DATA}speaker-{_tag(report)}-{key(person.name) or 'x'}")


_text = text


def _tag(report: Node) -> str:
    """The hash part of a report IRI, shared by its statements' and figures' IRIs."""
    return report.value.rsplit("report-", 1)[-1]


def to_triples(extraction: Extraction) -> tuple[Node, list[Triple]]:
    """The report's graph IRI and every triple for its named graph."""
    graph = report_iri(extraction.report)
    triples = list(_report(extraction.report, graph))
    tag = _tag(graph)
    statements = [ox.NamedNode(f"{DATA}statement-{tag}-{s.cue_start}") for s in extraction.statements]
    for iri, statement in zip(statements, extraction.statements, strict=True):
        triples.extend(_statement(iri, statement, graph))
    for k, figure in enumerate(extraction.figures):
        stmt = extraction.statements[figure.statement] if figure.statement is not None else None
        triples.extend(
            _figure(figure, graph, statements[figure.statement] if stmt else None, stmt, extraction.report)
        )
        if figure.earlier and k + 1 < len(extraction.figures):  # «از ۴۰ درصد به ۲۶ درصد»
            later = extraction.figures[k + 1]
            triples.append((_figure_iri(figure, graph), CG.changedTo, _figure_iri(later, graph)))
    return graph, _one_label_each(triples)


_LABELS = frozenset({SCHEMA.name, SKOS.prefLabel, RDFS.label, SCHEMA.jobTitle})


def _one_label_each(triples: list[Triple]) -> list[Triple]:
    """Drop repeated triples, and keep one name per resource per report.

    Two spellings of one organisation («تامین اجتماعی», «تأمین‌اجتماعی») share an IRI
    through :func:`~claimgraph.loaders.normalize.key`; the first spelling names it, so
    that queries joining a name give one row, not two.
    """
    seen: set[Triple] = set()
    named: set[tuple[Node, Node]] = set()
    out = []
    for triple in triples:
        s, p, _ = triple
        if triple in seen or (p in _LABELS and (s, p) in named):
            continue
        seen.add(triple)
        if p in _LABELS:
            named.add((s, p))
        out.append(triple)
    return out


def _report(report: Report, iri: Node) -> Iterator[Triple]:
    yield iri, RDF.type, CG.Report
    yield iri, RDF.type, SCHEMA.NewsArticle
    yield iri, CG.sourceFile, _text(report.name)
    yield iri, CG.contentHash, _text(content_hash(report.text))
    yield iri, CG.characters, integer(len(report.text))
    if report.outlet:
        outlet = _entity("outlet", report.outlet)
        yield iri, SCHEMA.publisher, outlet
        yield iri, CG.outletName, _text(normalize(report.outlet))
        yield outlet, RDF.type, CG.Outlet
        yield outlet, SCHEMA.name, _text(normalize(report.outlet))
    if report.via:
        office = _entity("office", report.via)
        yield iri, PROV.wasQuotedFrom, office
        yield iri, CG.officeName, _text(normalize(report.via))
        yield office, RDF.type, CG.Office
        yield office, SCHEMA.name, _text(normalize(report.via))
        parent = office_organisation(report.via)
        if parent:
            yield office, SCHEMA.parentOrganization, _entity("org", parent)
            yield iri, CG.quotedOrganisationName, _text(normalize(parent))
            yield iri, CG.quotedBodyKey, _text(body(parent).key)
            yield from _organisation(parent)
    if report.url:
        yield iri, SCHEMA.url, url_term(report.url)
    if report.published:
        yield iri, SCHEMA.datePublished, date_literal(report.published)
    else:
        if report.published_after:
            yield iri, CG.publishedAfter, date_literal(report.published_after)
        if report.published_before:
            yield iri, CG.publishedBefore, date_literal(report.published_before)
    if report.date_note:
        yield iri, CG.dateNote, _text(report.date_note)


def url_term(url: str) -> Node | ox.Literal:
    """A report's URL as an IRI, with characters IRIs forbid percent-encoded.

    >>> url_term("https://example.org/a|b c").value
    'https://example.org/a%7Cb%20c'
    """
    if "://" not in url:
        return _text(url)
    try:
        return ox.NamedNode(quote(url.strip(), safe=_IRI_SAFE))
    except ValueError:
        return _text(url)


_IRI_SAFE = ":/?#[]@!$&'()*+,;=%~"  # reserved characters stay; the rest is percent-encoded


def office_organisation(via: str) -> str | None:
    """«روابط عمومی سازمان X» → «سازمان X»: the organisation an office speaks for."""
    words = normalize(via).split()
    for i, word in enumerate(words):
        if word in {"سازمان", "وزارت", "بانک", "شرکت", "اداره", "ستاد", "دانشگاه", "شهرداری", "استانداری"}:
            return " ".join(words[i:])
    return None


def _organisation(name: str) -> Iterator[Triple]:
    org = _entity("org", name)
    yield org, RDF.type, SCHEMA.Organization
    yield org, SCHEMA.name, _text(normalize(name))
    parent = body(name).parent
    if parent:  # a provincial office or a branch: never the national body itself
        yield org, CG.partOf, ox.NamedNode(f"{DATA}org-{parent}")


def _person(person: Person, iri: Node) -> Iterator[Triple]:
    """The speaker resource, with the keys the identity pass reads (cg:speakerKind,
    cg:surnameKey, cg:officeKey)."""
    yield iri, CG.speakerKind, _text(person.kind)
    if person.body:
        yield from _organisation(person.name)
        return
    yield iri, RDF.type, SCHEMA.Person
    yield iri, SCHEMA.name, _text(normalize(person.name))
    if person.kind in ("person", "surname"):
        yield iri, CG.surnameKey, _text(surname_key(person.name))
    if person.role:
        yield iri, SCHEMA.jobTitle, _text(person.role)
        yield iri, CG.officeKey, _text(office_key(person.role, person.organisation))
    if person.organisation:
        yield iri, SCHEMA.affiliation, _entity("org", person.organisation)
        yield from _organisation(person.organisation)


def _statement(iri: Node, statement: Statement, report: Node) -> Iterator[Triple]:
    yield iri, RDF.type, CG.Statement
    yield iri, RDF.type, SCHEMA.Claim
    yield iri, SCHEMA.appearance, report
    yield iri, CG.verb, _text(statement.verb)
    yield iri, CG.speakerMention, _text(statement.mention)
    yield iri, NIF.beginIndex, integer(statement.start)
    yield iri, NIF.endIndex, integer(statement.end)
    yield iri, CG.cueStart, integer(statement.cue_start)
    yield iri, CG.cueEnd, integer(statement.cue_end)
    speaker = statement.speaker
    if speaker:
        author = speaker_iri(speaker, report)
        yield iri, SCHEMA.author, author
        yield from _speaker_names(iri, statement)
        yield from _person(speaker, author)
        if speaker.role:
            yield iri, CG.speakerRole, _text(speaker.role)
        if speaker.organisation:
            yield iri, CG.speakerOrganisation, _entity("org", speaker.organisation)


def _figure_iri(figure: Figure, report: Node) -> Node:
    return ox.NamedNode(f"{DATA}figure-{_tag(report)}-{figure.start}-{figure.end}")


def _figure(
    figure: Figure, report: Node, stmt_iri: Node | None, statement: Statement | None, source: Report
) -> Iterator[Triple]:
    iri = _figure_iri(figure, report)
    yield iri, RDF.type, CG.Figure
    yield iri, CG.inReport, report
    yield iri, NIF.beginIndex, integer(figure.start)
    yield iri, NIF.endIndex, integer(figure.end)
    yield iri, NIF.anchorOf, _text(figure.surface)
    yield iri, CG.value, decimal(figure.value)
    yield iri, CG.qualifier, CG[figure.qualifier]
    yield iri, CG.modality, CG[figure.modality]
    if figure.qualifier_text:
        yield iri, CG.qualifierText, _text(figure.qualifier_text)
    if figure.change_from is not None:
        yield iri, CG.changeFrom, decimal(figure.change_from)
    if stmt_iri is not None:
        yield iri, CG.statedIn, stmt_iri
        if statement and statement.speaker:
            yield iri, CG.speaker, speaker_iri(statement.speaker, report)
        yield from _speaker_names(iri, statement)
    yield from _quantity(iri, figure)
    yield from _metric(iri, figure)
    if figure.period:
        yield from _period(ox.NamedNode(iri.value.replace("/figure-", "/period-")), iri, figure.period)
    if figure.anchor:
        yield from _anchor(iri, figure.anchor, figure.period)
    if figure.scope:
        yield iri, CG.scopeKey, _text(figure.scope)
    if figure.metric.of:
        yield iri, CG.saidOfKeys, _text(" ".join(figure.metric.of))
    if figure.aspect:
        yield iri, CG.aspect, _text(figure.aspect)
    if figure.context:
        yield iri, CG.contextKeys, _text(weighted(figure.context))


def _quantity(iri: Node, figure: Figure) -> Iterator[Triple]:
    """Unit, canonical value and bounds (canonical unit: toman → rial)."""
    unit = units().get(figure.unit) if figure.unit else None
    factor = unit.factor if unit else Decimal(1)
    if unit:
        yield iri, CG.unit, CGU[unit.key]
        yield CGU[unit.key], RDF.type, CG.Unit
        yield CGU[unit.key], CG.key, _text(unit.key)
        yield CGU[unit.key], RDFS.label, _text(unit.label)
        yield iri, CG.canonicalUnit, CGU[unit.canonical]
    yield iri, CG.canonicalValue, decimal(figure.value * factor)
    if figure.lower is not None:
        yield iri, CG.lowerBound, decimal(figure.lower)
        yield iri, CG.canonicalLowerBound, decimal(figure.lower * factor)
    if figure.upper is not None:
        yield iri, CG.upperBound, decimal(figure.upper)
        yield iri, CG.canonicalUpperBound, decimal(figure.upper * factor)


def _metric(iri: Node, figure: Figure) -> Iterator[Triple]:
    metric = figure.metric
    node = ox.NamedNode(f"{DATA}metric-{metric.key}") if metric.minted else CGM[metric.key]
    yield iri, CG.metric, node
    yield node, RDF.type, CG.Metric
    if metric.minted:
        yield node, RDF.type, CG.MintedMetric
    yield node, CG.key, _text(metric.key)
    yield node, SKOS.prefLabel, _text(metric.label)
    if figure.metric_text:
        yield iri, CG.metricText, _text(figure.metric_text)


def _speaker_names(iri: Node, statement: Statement | None) -> Iterator[Triple]:
    """The shortcuts cg:speakerName, cg:speakerNamedAs and cg:organisationName (see cg.ttl)."""
    speaker = statement.speaker if statement else None
    if speaker:
        yield iri, CG.speakerName, _text(normalize(speaker.name))
        yield iri, CG.speakerNamedAs, _text(speaker.kind)
        if speaker.organisation:
            yield iri, CG.organisationName, _text(normalize(speaker.organisation))


_EPOCH = date(1970, 1, 1)


def _anchor(figure: Node, anchor: Anchor, period: Period | None = None) -> Iterator[Triple]:
    """When the figure holds, for comparison: days as integers, and dates (the shortcuts
    cg:startDate and cg:endDate); for a figure with no period phrase they are its report's
    date, and cg:periodBasis says so. Where only a date window is known (basis «window») they
    are the first and last day it may mean, an interval and not a guess («امسال» in a report
    of 2023-03-21 … 2024-05-19 is 1402 or 1403); what was done so far in a stated period, in
    a report known by a window inside it, keeps the period's dates (its end is not known)."""
    yield figure, CG.fromDay, integer((anchor.first - _EPOCH).days)
    yield figure, CG.toDay, integer((anchor.last - _EPOCH).days)
    yield figure, CG.periodBasis, _text(anchor.basis)
    if anchor.basis == "window" and period is not None and period.start and period.end:
        yield figure, CG.startDate, date_literal(period.start)  # done so far in it: the period's days
        yield figure, CG.endDate, date_literal(period.end)
    else:
        yield figure, CG.startDate, date_literal(anchor.first)
        yield figure, CG.endDate, date_literal(anchor.last)


def _period(node: Node, figure: Node, period: Period) -> Iterator[Triple]:
    yield figure, CG.period, node
    yield figure, CG.periodText, _text(period.text)  # the shortcuts, on the figure itself
    yield node, RDF.type, CG.Period
    yield node, CG.periodText, _text(period.text)
    if period.start:
        yield node, CG.startDate, date_literal(period.start)
    if period.end:
        yield node, CG.endDate, date_literal(period.end)
    if period.recurrence:
        yield node, CG.recurrence, _text(period.recurrence)
    if period.key:
        yield node, RDFS.seeAlso, CGP[period.key]
