"""The identity pass: who and what the reports speak of, across reports.

One report's extraction names its speakers as it can: a full name, a surname alone, an
office («وزیر نفت»), a body. Across reports, this pass decides which of them are one
person, one office or one body, and which figures measure one quantity, and writes the
answer in a graph of its own, :data:`IDENTITY` — a report's graph never changes because
another report arrived.

- A full name is its own person in every report (titles, spacing and spelling folded
  at extraction). A surname alone is the person of that surname who held the same office
  (or, with no office given, spoke for a body the report names) in a report whose
  dates are near; a same surname elsewhere stays a different person. An office alone is
  its holder in those dates, or the office itself when no report names a holder.
- Every speaker resource gets ``cg:entity``; an entity has ``skos:prefLabel`` and a
  ``skos:altLabel`` for every other form seen.
- Figures of one speaker (a figure with no speaker is its quoted body's; a body and the
  person or post heading it count as one for one quantity said alike or one value), one
  unit and one scope in two reports that are said with alike words, or share a catalogue
  concept, a minted phrase or a value, are linked ``cg:sameQuantityAs``: the stored
  queries pair figures through these links and say how the quantity was matched. A figure
  with no place said, given by an official whose posts name one province or town, is of it.

The pass reads three small projections of the store and rewrites the graph; it runs at
the end of every ingest that stored something (or finds the graph missing).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import pyoxigraph as ox

from claimgraph.loaders.catalogue import derived, metrics
from claimgraph.loaders.identity import NAME_TITLES, body, fold_bodies, post_label
from claimgraph.loaders.normalize import ZWNJ, key
from claimgraph.loaders.people import is_given_name
from claimgraph.ontology import CG, DATA, IDENTITY_GRAPH, SCHEMA

IDENTITY = IDENTITY_GRAPH
# written into the graph; a store with another version is rebuilt (2: links written once;
# 3: targets paired with targets only; 4: amounts of change apart from levels; 5: the same
# for links across speakers; 6: published indicators, and parts of the people counted;
# 13: one release relayed with no source named; 14: relayed in its speaker's words, and
# stretches of months of other lengths apart; 15: a body and its head compared as one speaker;
# 16: a name said alone for the phrase it ends; 17: a body and its head, only of one quantity said
# alike or one value; 18: a provincial official's figure with no place said is of the province;
# 19: a head's own figures paired in their own block, the body and its heads in another)
VERSION = "19"
NEAR = timedelta(days=365)  # an office's holder is looked for this far from a report's dates
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(slots=True)
class Speaker:
    """One speaker resource as one report gives it."""

    iri: str
    graph: str
    kind: str
    name: str
    surname: str | None = None
    office: str | None = None  # office key, «head@تامیناجتماعی»
    role: str | None = None
    organisation: str | None = None
    target: str | None = None  # the entity, when decided before the people are

    @property
    def post(self) -> str | None:
        """The role and body as a reader writes them («مدیرعامل سازمان تأمین‌اجتماعی», «وزیر نفت»)."""
        return post_label(self.role, self.organisation)


@dataclass(slots=True)
class Window:
    first: date | None
    last: date | None
    quoted_body: str | None = None

    def near(self, other: Window) -> bool:
        if not (self.first and self.last and other.first and other.last):
            return True  # undated: nothing says they are far apart
        return self.first - NEAR <= other.last and other.first - NEAR <= self.last

    def distance(self, other: Window) -> float:
        if not (self.first and self.last and other.first and other.last):
            return float("inf")
        gap = max((other.first - self.last).days, (self.first - other.last).days, 0)
        return gap


@dataclass(slots=True)
class Entity:
    iri: str
    labels: dict[str, int] = field(default_factory=dict)  # form → how often seen
    offices: set[str] = field(default_factory=set)
    posts: set[str] = field(default_factory=set)  # role and body as written
    mentions: set[str] = field(default_factory=set)  # how statements name them
    names: dict[str, int] = field(default_factory=dict)  # full names (or a body's name) → how often
    surnames: dict[str, int] = field(default_factory=dict)  # a surname alone → how often

    def seen(self, speaker: Speaker) -> None:
        self.labels[speaker.name] = self.labels.get(speaker.name, 0) + 1
        if speaker.kind in ("person", "body"):
            self.names[speaker.name] = self.names.get(speaker.name, 0) + 1
        elif speaker.kind == "surname":
            self.surnames[speaker.name] = self.surnames.get(speaker.name, 0) + 1
        if speaker.office:
            self.offices.add(speaker.office)
        if speaker.post and speaker.kind != "office":
            self.posts.add(speaker.post)


def build(store: Any) -> int:
    """Recompute the identity graph of ``store`` and write it; returns its triple count."""
    windows = _windows(store)
    speakers, figures, mentions = _read(store, windows)
    links, entities = resolve(speakers, windows)
    for _, speaker, mention in mentions:
        entity = entities.get(links.get(speaker, ""))
        if entity is not None and mention not in _PRONOUNS:
            entity.mentions.add(mention)
    voices, homes = _voices(entities), _home_places(speakers, links)
    for f in figures:
        f["who"] = _who(f, links, windows)
        f["voice"] = voices.get(f["who"], f["who"])
        f["scope"] = f["scope"] or homes.get(f["who"])
    written = 0

    def triples() -> Iterator[tuple[Any, Any, Any]]:
        nonlocal written
        same, across = quantity_links(figures) + relay_links(figures, windows), measure_links(figures)
        for triple in _triples(links, entities, figures, _older_first(same, figures, windows),
                               _older_first(across, figures, windows)):  # fmt: skip
            written += 1
            yield triple
        yield ox.NamedNode(IDENTITY), ox.NamedNode(CG.identityReports), ox.Literal(str(len(windows)))
        yield ox.NamedNode(IDENTITY), ox.NamedNode(CG.identityVersion), ox.Literal(VERSION)  # last
        written += 2

    store.replace_graph(IDENTITY, triples())
    return written


def _read(store: Any, windows: dict[str, Window]) -> tuple[list[Speaker], list[dict[str, Any]], list[tuple]]:
    """Every report's speakers, figures and mentions. A report's graph never changes, so
    what this process read before is kept (``store.memo``) and only new reports are read:
    a script that ingests one report at a time does not read the whole store each time."""
    memo = getattr(store, "memo", {}).setdefault("identity", {})
    for gone in set(memo) - set(windows):
        del memo[gone]
    new = [g for g in windows if g not in memo]
    if new:
        fresh: dict[str, tuple[list, list, list]] = {g: ([], [], []) for g in new}
        chunks = [""] if not memo else [_values(new[i : i + 200]) for i in range(0, len(new), 200)]
        for only in chunks:
            for s in _speakers(store, only):
                fresh.setdefault(s.graph, ([], [], []))[0].append(s)
            for f in _figures(store, only):
                fresh.setdefault(f["graph"], ([], [], []))[1].append(f)
            for m in _mentions(store, only):
                fresh.setdefault(m[0], ([], [], []))[2].append(m)
        memo.update((g, rows) for g, rows in fresh.items() if g in windows)
    speakers = [replace(s) for rows in memo.values() for s in rows[0]]  # the pass edits them
    figures = [dict(f) for rows in memo.values() for f in rows[1]]
    mentions = [m for rows in memo.values() for m in rows[2]]
    return speakers, figures, mentions


def _values(graphs: list[str]) -> str:
    return "VALUES ?g { " + " ".join(f"<{g}>" for g in graphs) + " }"


def is_current(store: Any) -> bool:
    """Was the identity graph built, whole, by this version of the pass, from the reports
    the store holds now?"""
    rows = store.select(f"""
        SELECT ?v ?n (COUNT(DISTINCT ?g) AS ?reports) WHERE {{
          {{ GRAPH ?g {{ ?g <{CG.sourceFile}> ?file }} }}
          OPTIONAL {{ GRAPH <{IDENTITY}> {{ <{IDENTITY}> <{CG.identityVersion}> ?v ;
                                             <{CG.identityReports}> ?n }} }}
        }} GROUP BY ?v ?n""").rows  # fmt: skip
    if not rows:
        return True  # an empty store needs no identities
    version, built_from, reports = rows[0]
    return str(version) == VERSION and str(built_from) == str(reports)


# -- reading --------------------------------------------------------------------------


def _speakers(store: Any, only: str = "") -> list[Speaker]:
    rows = store.select(f"""
        SELECT ?g ?s ?kind ?name ?surname ?office ?role ?organisation WHERE {{
          {only}
          GRAPH ?g {{
            ?s <{CG.speakerKind}> ?kind .
            OPTIONAL {{ ?s <{SCHEMA.name}> ?name }}
            OPTIONAL {{ ?s <{CG.surnameKey}> ?surname }}
            OPTIONAL {{ ?s <{CG.officeKey}> ?office }}
            OPTIONAL {{ ?s <{SCHEMA.jobTitle}> ?role }}
            OPTIONAL {{ ?s <{SCHEMA.affiliation}> ?org . ?org <{SCHEMA.name}> ?organisation }}
          }}
        }}""").rows  # fmt: skip
    return [Speaker(str(s), str(g), *(str(x) if x is not None else None for x in rest))  # type: ignore[arg-type]
            for g, s, *rest in rows]  # fmt: skip


_PRONOUNS = frozenset({"وی", "او", "ایشان"})


def _mentions(store: Any, only: str = "") -> list[tuple[str, str, str]]:
    """How statements name their speakers («موسوی», «مدیرعامل سازمان …», «وی»), by report."""
    rows = store.select(f"""
        SELECT DISTINCT ?g ?s ?mention WHERE {{
          {only}
          GRAPH ?g {{ ?statement <{SCHEMA.author}> ?s ; <{CG.speakerMention}> ?mention }}
        }}""").rows  # fmt: skip
    return [(str(g), str(s), str(m)) for g, s, m in rows]


def _windows(store: Any) -> dict[str, Window]:
    rows = store.select(f"""
        SELECT ?g ?pub ?after ?before ?via WHERE {{
          GRAPH ?g {{
            ?g <{CG.sourceFile}> ?file .
            OPTIONAL {{ ?g <{SCHEMA.datePublished}> ?pub }}
            OPTIONAL {{ ?g <{CG.publishedAfter}> ?after }}
            OPTIONAL {{ ?g <{CG.publishedBefore}> ?before }}
            OPTIONAL {{ ?g <{CG.quotedBodyKey}> ?via }}
          }}
        }}""").rows  # fmt: skip
    out = {}
    for g, pub, after, before, via in rows:
        first, last = (pub, pub) if pub else (after or before, before or after)
        out[str(g)] = Window(first, last, str(via) if via else None)
    return out


_FIGURE_COLUMNS = ("graph", "figure", "speaker", "metric", "unit", "value", "context", "scope", "start",
                   "end", "later", "basis", "modality", "aspect", "said_of")  # fmt: skip


def _figures(store: Any, only: str = "") -> list[dict[str, Any]]:
    rows = store.select(f"""
        SELECT ?g ?f ?speaker ?metric ?unit ?value ?context ?scope ?start ?end ?later ?basis ?modality
               ?aspect ?said_of
        WHERE {{
          {only}
          GRAPH ?g {{
            ?f <{CG.metric}> ?m .
            ?m <{CG.key}> ?metric .
            OPTIONAL {{ ?f <{CG.speaker}> ?speaker }}
            OPTIONAL {{ ?f <{CG.canonicalUnit}> ?unit }}
            OPTIONAL {{ ?f <{CG.canonicalValue}> ?value }}
            OPTIONAL {{ ?f <{CG.contextKeys}> ?context }}
            OPTIONAL {{ ?f <{CG.scopeKey}> ?scope }}
            OPTIONAL {{ ?f <{CG.startDate}> ?start }}
            OPTIONAL {{ ?f <{CG.endDate}> ?end }}
            OPTIONAL {{ ?f <{CG.changedTo}> ?later }}
            OPTIONAL {{ ?f <{CG.periodBasis}> ?basis }}
            OPTIONAL {{ ?f <{CG.modality}> ?modality }}
            OPTIONAL {{ ?f <{CG.aspect}> ?aspect }}
            OPTIONAL {{ ?f <{CG.saidOfKeys}> ?said_of }}
          }}
        }}""").rows  # fmt: skip
    return [
        {
            n: (v if v is None or n in ("start", "end") else str(v))
            for n, v in zip(_FIGURE_COLUMNS, row, strict=True)
        }
        for row in rows
        if str(row[3]) != "minted-unknown" or row[6]  # no word says what it measures: compared with nothing
    ]


# -- deciding ---------------------------------------------------------------------------


def resolve(speakers: list[Speaker], windows: dict[str, Window]) -> tuple[dict[str, str], dict[str, Entity]]:
    """Each speaker resource's entity IRI, and the entities with their labels.

    Every (speaker, report) pair is one appearance; a report-scoped speaker appears once.
    """
    entities: dict[str, Entity] = {}
    links: dict[str, str] = {}
    holders: dict[str, list[tuple[str, Window]]] = defaultdict(list)  # office → (person, when)
    by_surname: dict[str, set[str]] = defaultdict(set)
    bodies_of: dict[str, set[str]] = defaultdict(set)  # person → body keys of their offices
    seen_when: dict[str, list[Window]] = defaultdict(list)  # person → the reports they are in
    in_report: dict[str, set[str]] = defaultdict(set)  # report graph → the people it names
    _fold_bodies(speakers)
    named = [s for s in speakers if s.kind in ("person", "body")]
    fuller = _fuller_names(named)
    for s in named:
        target = s.target or fuller.get(s.iri, s.iri)
        links[s.iri] = target
        _entity(entities, target).seen(s)
        if s.kind == "person":
            in_report[s.graph].add(target)
            seen_when[target].append(windows.get(s.graph, Window(None, None)))
            if s.surname:
                by_surname[s.surname].add(target)
            if s.office:
                holders[s.office].append((target, windows.get(s.graph, Window(None, None))))
                bodies_of[target].add(_body_of(s.office))
    # surnames first: one that resolves to a person in a post makes them a holder of it
    # («زاکانی، شهردار تهران» then «شهردار تهران» alone in a report of the same months)
    for s in sorted(speakers, key=lambda s: s.kind != "surname"):
        if s.kind in ("person", "body"):
            continue
        when = windows.get(s.graph, Window(None, None))
        target = None
        if s.kind == "surname" and s.surname:
            target = _by_surname(s, when, by_surname[s.surname], holders, bodies_of, seen_when)
        if target is None and s.office and s.kind == "office":
            # «فرزین … گفت», then «رئیس بانک مرکزی ادامه داد»: the one person the report names
            # who is seen in that office elsewhere
            own = {p for p in in_report[s.graph] if any(p == q for q, _ in holders.get(s.office, []))}
            target = own.pop() if len(own) == 1 else None
        if target is None and s.office and s.kind in ("surname", "office"):
            target = _holder(holders.get(s.office, []), when)
            if target is None and s.kind == "office":
                target = f"{DATA}post-{_office_iri_part(s.office)}"
            elif target is None and s.surname:
                # «محمودی، سرپرست سازمان امداد و نجات» in two reports, his given name in neither:
                # one person, known by surname and post
                target = f"{DATA}person-{s.surname}-{_office_iri_part(s.office)}"
        if target and s.kind == "surname" and s.office and not target.startswith(f"{DATA}post-"):
            holders[s.office].append((target, when))
        if target and s.kind == "surname":
            in_report[s.graph].add(target)
        target = target or s.iri
        links[s.iri] = target
        _entity(entities, target).seen(s)
    return links, entities


_ORG = f"{DATA}org-"


def _fold_bodies(speakers: list[Speaker]) -> None:
    """A body's name that ran on into the sentence is the body («وزارت جهاد کشاورزی شرایط
    آب» is «وزارت جهاد کشاورزی» when that is seen too), in posts and for bodies speaking."""
    keys = {s.office.partition("@")[2] for s in speakers if s.office}
    keys |= {s.iri[len(_ORG) :] for s in speakers if s.kind == "body" and s.iri.startswith(_ORG)}
    folded = fold_bodies(keys - {""})
    for s in speakers:
        if s.office:
            role, _, body = s.office.partition("@")
            s.office = f"{role}@{folded.get(body, body)}"
        if s.kind == "body" and s.iri.startswith(_ORG) and s.iri[len(_ORG) :] in folded:
            s.target = _ORG + folded[s.iri[len(_ORG) :]]


def _fuller_names(people: list[Speaker]) -> dict[str, str]:
    """Two spellings of one name: «نوری قزلجه» is «غلامرضا نوری قزلجه» when exactly one
    person named elsewhere has a name that ends with it (and, if both were seen in a post,
    one post); «غلامرضا نوری» and «نوری قزلجه», both seen as the minister of one ministry,
    share a surname word and are one person (the name seen most often stands for both)."""
    words = {s.iri: [w for w in s.name.split() if w not in NAME_TITLES] for s in people if s.kind == "person"}
    offices: dict[str, set[str]] = defaultdict(set)
    seen: dict[str, int] = defaultdict(int)
    for s in people:
        seen[s.iri] += 1
        if s.office:
            offices[s.iri].add(s.office)
    # tails of two words or more, keyed without spaces or ZWNJ: «شجاعی نسب» is the tail of
    # «حسن شجاعی‌نسب», «کریمی پور» of «رضا کریمی‌پور»
    by_tail: dict[str, set[str]] = defaultdict(set)
    for iri, name in words.items():
        parts = [part for word in name for part in word.split(ZWNJ) if part]
        for size in range(2, len(parts)):
            by_tail[key(" ".join(parts[-size:]))].add(iri)
    out = {}
    by_name = {tuple(name): iri for iri, name in sorted(words.items(), key=lambda item: -seen[item[0]])}
    for iri, name in words.items():
        shorter = by_name.get(tuple(name[:-1])) if len(name) > 2 else None
        if shorter and seen[shorter] > seen[iri]:
            out[iri] = shorter  # «تورج دهقانی دستیابی»: a word that ran on into the name
            continue
        longer = by_tail.get(key(" ".join(name)), set()) - {iri}
        if len(longer) == 1:
            (other,) = longer
            if not (offices[iri] and offices[other]) or offices[iri] & offices[other]:
                out[iri] = other
    by_office: dict[str, set[str]] = defaultdict(set)
    for iri, held in offices.items():
        for office in held:
            if iri in words and iri not in out:
                by_office[office].add(iri)
    surnames = {iri: {w for w in name if not is_given_name(w)} for iri, name in words.items()}
    for held in by_office.values():
        for iri in sorted(held, key=lambda p: (-seen[p], p)):
            for other in held:
                if other != iri and other not in out and iri not in out and surnames[iri] & surnames[other]:
                    out[other] = iri
    return out


def _entity(entities: dict[str, Entity], iri: str) -> Entity:
    if iri not in entities:
        entities[iri] = Entity(iri)
    return entities[iri]


def _body_of(office: str) -> str:
    return office.partition("@")[2]


def _office_iri_part(office: str) -> str:
    role, _, body = office.partition("@")
    return f"{role}-{body or 'x'}"


def _by_surname(
    s: Speaker,
    when: Window,
    candidates: set[str],
    holders: dict[str, list[tuple[str, Window]]],
    bodies_of: dict[str, set[str]],
    seen_when: dict[str, list[Window]],
) -> str | None:
    """The named person a surname alone stands for: same surname, and the same office in
    near dates, or (no office given) a body the report quotes, or else the only person of
    that surname the store knows, seen in reports of near dates. The one person of that
    surname ever seen in that office is them, however far apart the dates («زاکانی،
    شهردار تهران» in 1401 and «علیرضا زاکانی، شهردار تهران» in 1404)."""
    if s.office:
        held = [(p, w) for p, w in holders.get(s.office, []) if p in candidates]
        ever = {p for p, _ in held}
        return _holder(held, when) or (ever.pop() if len(ever) == 1 else None)
    quoted = when.quoted_body
    fitting = sorted(p for p in candidates if quoted and quoted in bodies_of.get(p, ()))
    if len(fitting) == 1:
        return fitting[0]
    near = sorted(p for p in candidates if any(when.near(w) for w in seen_when.get(p, ())))
    return near[0] if len(candidates) == 1 and near else None


def _holder(seen: list[tuple[str, Window]], when: Window) -> str | None:
    """The person seen holding an office nearest in time to ``when`` (within NEAR), in the
    same government's time when both dates say which (a new government brings new ministers
    and heads: «وزیر راه و شهرسازی» in Khordad 1403 is not the one named in Aban 1403)."""
    ours = _government(when)
    near = [
        (when.distance(w), p)
        for p, w in seen
        if when.near(w) and (ours is None or _government(w) in (None, ours))
    ]
    if not near:
        return None
    best = min(near)
    tied = {p for d, p in near if d == best[0]}
    return best[1] if len(tied) == 1 else None


def _government(when: Window) -> str | None:
    """The government in office over the whole window (the last one begun by its dates), or
    None when the window spans two or has no dates."""
    if not (when.first and when.last):
        return None
    first, last = _in_office(when.first), _in_office(when.last)
    return first if first == last else None


def _in_office(day: date) -> str | None:
    from claimgraph.loaders.periods import government_in_office  # the calendar only when needed

    government = government_in_office(day)
    return government.key if government else None


CANDIDATES = 150  # a shared word pairs figures only when at most this many of a block share it
LINK = 0.4  # how alike two figures must be to count as one quantity (see quantity_links)
# other speakers' figures a figure is compared with for one catalogue quantity and period
# (its most alike): 100,000 synthetic figures gave 1.6 million such pairs uncapped
MEASURES = 5
SAME_CATALOGUE = 0.3  # one concept of the catalogue
SAME_PHRASE = 0.3  # one minted phrase counts for this much
SAME_HEAD = 0.15  # and one minted phrase said short (its head noun alone) for this much
SAME_INDICATOR = 0.1  # and a published indicator (cg:indicator: inflation, unemployment) this much more
# and one catalogue concept of one speaker this much more when one figure is said with one
# content word at most («… به کشاورزان پرداخت شده»): too few words to tell alike from
# unlike (two speakers' figures, set against each other as conflicts, get no such help)
FEW_WORDS = 0.1
ONLY_ONE = 0.1  # and this much when each report gives that concept once only (of that speaker, unit, scope)
SAME_VALUE = 0.15  # and the same value (two outlets quoting one sentence) for this much
SAME_RARE_VALUE = 0.25  # and more when the value is not a round one («۷۱۸ میلیون», «۴۲.۴ درصد»)
EARLIER = 0.1  # an earlier value («از X به Y») yields to the value it changed to
FAR_RATIO, FAR = 3.0, 0.3  # values more than 3 (9) times apart count this (twice this) much against


def quantity_links(figures: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of figures in two reports that measure one quantity.

    Figures are compared only with those of the same speaker, canonical unit and scope in
    other reports. A pair is linked when the words they are said with are alike (the
    cosine of their weighted context keys, as :func:`claimgraph.loaders.context.similarity`),
    helped by one catalogue concept (more so when one of them is said with a single content
    word), one minted phrase or one value, less when the values are far apart (a figure ten
    times another is not its change); between two reports each figure pairs with one figure
    at most, the most alike first, so that a report's wheat and barley do not both pair with
    another report's wheat.
    """
    blocks: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    voiced: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)  # a body with its heads
    for f in figures:
        if f["who"]:
            blocks[(f["who"], *_kind(f))].append(f)
            if f.get("voice") and f["voice"] != f["who"]:
                voiced[(f["voice"], *_kind(f))].append(f)
    for key_, block in voiced.items():
        block.extend(blocks.get(key_, ()))  # the body's own figures, said in its name

    def one_voice(a: dict[str, Any], b: dict[str, Any]) -> bool:
        # a body and its head speak with one voice, of one quantity said alike or one value;
        # two heads of it (one after the other) do not
        said_alike = a["metric"] == b["metric"] != "minted-unknown" or a["value"] == b["value"]
        heads_body = a["who"] == a.get("voice") or b["who"] == b.get("voice")
        return a["who"] != b["who"] and said_alike and heads_body

    return _matched(blocks, few_words=FEW_WORDS) + _matched(voiced, keep=one_voice, few_words=FEW_WORDS)


def _home_places(speakers: list[Speaker], links: dict[str, str]) -> dict[str, str]:
    """The province or town of a speaker whose posts name one place only («مدیرکل میراث
    فرهنگی مازندران», «اداره کل … خراسان رضوی»): what they give with no place said is of
    that place, as another outlet writes it «در مازندران» (a national body names none)."""
    seen: dict[str, set[str]] = defaultdict(set)
    for s in speakers:
        named = s.name if s.kind == "body" else s.organisation
        place = body(named).place if named else None
        if place:
            seen[links.get(s.iri, s.iri)].add(key(_PROVINCE.sub("", place)))
    return {who: places.pop() for who, places in seen.items() if len(places) == 1}


_PROVINCE = re.compile(r"^استان\s+")


def _voices(entities: dict[str, Entity]) -> dict[str, str]:
    """The body a person or a post heads, for those seen heading one body only («محمد
    رضوانی‌فر، رئیس کل گمرک ایران»): the body's figures («گمرک ایران اعلام کرد») and theirs
    are compared as one speaker's (see :func:`quantity_links`), since a body's figures are
    released in its head's words and its own."""
    out = {}
    for iri, entity in entities.items():
        bodies = {office.partition("@")[2] for office in entity.offices if office.startswith("head@")}
        person_or_post = iri.startswith((f"{DATA}person-", f"{DATA}post-"))
        if len(bodies) == 1 and person_or_post and (headed := bodies.pop()):
            out[iri] = f"{_ORG}{headed}"
    return out


RELAY_DAYS = 14  # reports this close that give one value with no source may relay one release
RARE_DIGITS = 4  # significant digits that make a value one release's however it is worded


def relay_links(figures: list[dict[str, Any]], windows: dict[str, Window]) -> list[tuple[str, str]]:
    """Pairs of figures one report credits to no one, when they are one release relayed by
    several outlets: the same value of the same catalogue concept or minted phrase (or,
    however it is worded, a value of :data:`RARE_DIGITS` significant digits; one unit,
    scope, aspect and aim), said with alike words, in reports at most
    :data:`RELAY_DAYS` apart, as another outlet gives it with no source («در این آزمون در
    مجموع یک میلیون و ۱۵۲ هزار و ۵۱۸ داوطلب ثبت نام کرده‌اند» in four outlets) or in the
    words of whoever released it. A value that changed has no one to have changed it, so
    only the same value pairs; the stored queries show the speaker one side names, if any."""
    blocks: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        if f["value"] is not None:
            blocks[(f["value"], *_kind(f))].append(f)

    def near(a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["who"] and b["who"]:
            return False  # two speakers' figures pair by who said them (quantity_links)
        said_apart = a["metric"] != b["metric"] or a["metric"] == "minted-unknown"
        if said_apart and _digits(a["value"]) < RARE_DIGITS:
            return False  # other things, unless the value itself is one of a kind («۲۴۱ هزار و ۳۱۸»)
        one, other = windows.get(a["graph"]), windows.get(b["graph"])
        return one is not None and other is not None and one.distance(other) <= RELAY_DAYS

    return _matched(blocks, keep=near)


def _kind(f: dict[str, Any]) -> tuple[str, ...]:
    """What two figures must share to be compared at all: canonical unit, scope, aspect (an
    amount of change is not a level) and aim (a target «… تا پایان سال به ۷۳۰ میلیون مترمکعب
    برسد», or a forecast, is compared with targets and forecasts only: the record reached and
    the one aimed at are not one figure changing)."""
    aim = "target" if str(f.get("modality") or "").endswith(("#target", "#forecast")) else ""
    return f["unit"] or "", f["scope"] or "", f["aspect"] or "", aim


def measure_links(figures: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of figures that two speakers give for one catalogue quantity over one stated
    period (same unit and scope), said with alike words: what two officials can disagree
    on. A catalogue concept alone is too coarse (a wheat price and a project's credit are
    both money of a budget), so the words must agree too; each figure is compared with its
    :data:`MEASURES` most alike figures of other speakers."""
    blocks: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for f in figures:
        if f["basis"] == "stated" and not f["metric"].startswith("minted-"):
            blocks[(f["metric"], *_kind(f), str(f["start"]), str(f["end"]))].append(f)
    return _matched(blocks, MEASURES, lambda a, b: a["who"] != b["who"])


def _matched(
    blocks: dict[tuple[str, ...], list[dict[str, Any]]],
    most: int | None = None,
    keep: Callable[[dict[str, Any], dict[str, Any]], bool] | None = None,
    few_words: float = 0.0,
) -> list[tuple[str, str]]:
    """Within each block, figures of two reports paired one to one, the most alike first;
    with ``most``, each figure in at most that many pairs (its most alike ones); ``few_words``
    is what one catalogue concept adds when one figure is said with one content word at most."""
    out = []
    for block in blocks.values():
        taken: set[tuple[int, str]] = set()  # (figure, other report) already matched
        degree = [0] * len(block)
        for _score, i, j in sorted(_scores(block, few_words), reverse=True):
            a, b = (i, block[j]["graph"]), (j, block[i]["graph"])
            if a in taken or b in taken or (keep is not None and not keep(block[i], block[j])):
                continue
            if most is not None and (degree[i] >= most or degree[j] >= most):
                continue
            taken.update((a, b))
            degree[i] += 1
            degree[j] += 1
            out.append((block[i]["figure"], block[j]["figure"]))
    return out


def _scores(block: list[dict[str, Any]], few_words: float = 0.0) -> Iterator[tuple[float, int, int]]:
    """(score, i, j) for the pairs of a block alike enough to be one quantity: only pairs
    that share a context word, a metric or a value are scored at all."""
    from claimgraph.loaders.context import parse_weighted

    vectors = []
    index: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(block):
        words = {k: w**2 for k, w in parse_weighted(f["context"] or "").items()}
        vectors.append((words, math.sqrt(sum(words.values())) or 1.0))
        for k in [*words, "m:" + f["metric"], f"v:{f['value']}"]:
            index[k].append(i)
    candidates = {
        (i, j) for held in index.values() if 1 < len(held) <= CANDIDATES for i in held for j in held if i < j
    }  # a word (or value) shared by hundreds of one speaker's figures tells none of them apart
    said = Counter((f["graph"], f["metric"]) for f in block)  # how often each report gives each quantity
    for i, j in sorted(candidates):
        a, b = block[i], block[j]
        if (
            a["graph"] == b["graph"]
            or _other_concepts(a["metric"], b["metric"])
            or _said_of_others(a, b)
            or _other_lengths(a, b)
        ):
            continue
        (wa, na), (wb, nb) = vectors[i], vectors[j]
        shared = sum(w for k, w in wa.items() if k in wb)
        score = _alike(a, b) + shared / (na * nb)
        one_concept = a["metric"] == b["metric"] and not a["metric"].startswith("minted-")
        if one_concept and min(len(wa), len(wb)) <= 1:
            score += few_words
        if one_concept and few_words and said[a["graph"], a["metric"]] == said[b["graph"], b["metric"]] == 1:
            # «۴ هزار مگاوات به تولید برق افزوده شد», «۴۲۰۰ مگاوات به ظرفیت نیروگاهی اضافه شد»: the
            # one figure each report gives of the speaker's quantity, however worded
            score += ONLY_ONE
        if score >= LINK:
            yield score, i, j


_LENGTHS = 2.5  # how many times longer one stretch of months is than another's to count apart


def _other_lengths(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """An amount over a season and one over a month (autumn's births and Khordad's) are two
    quantities, not one that changed: stretches of months that start apart and are
    :data:`_LENGTHS` times as long (two running totals from one first day are one quantity
    read twice; rates are the same rate whatever stretch they cover)."""
    if not (a["start"] and a["end"] and b["start"] and b["end"]) or a["start"] == b["start"]:
        return False
    if a["basis"] != "stated" or b["basis"] != "stated":
        return False  # a window's span of readings («امسال» in a report of 1402 or 1403) is no stretch
    if (a["unit"] or "").endswith(("/percent", "/percentage_point")):
        return False
    da, db = (a["end"] - a["start"]).days + 1, (b["end"] - b["start"]).days + 1
    return min(da, db) >= _MONTH_DAYS and max(da, db) >= _LENGTHS * min(da, db)


def _other_concepts(one: str, other: str) -> bool:
    """Two concepts of the catalogue are two quantities («صادرات» and «واردات»), however
    alike the words around them."""
    return one != other and not one.startswith("minted-") and not other.startswith("minted-")


def _said_of_others(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One concept said of two things («رشد بخش کشاورزی», «رشد بخش صنعت»): two quantities."""
    one, other = set((a["said_of"] or "").split()), set((b["said_of"] or "").split())
    return bool(one and other and not one & other)


def _alike(a: dict[str, Any], b: dict[str, Any]) -> float:
    score = -EARLIER * (bool(a["later"]) + bool(b["later"]))  # X of «از X به Y»: Y is the news
    if a["metric"] == b["metric"] and a["metric"] != "minted-unknown":
        score += SAME_PHRASE if a["metric"].startswith("minted-") else SAME_CATALOGUE
        if _indicator(a["metric"]):
            score += SAME_INDICATOR  # one published number per period, however it is worded
    elif _said_short(a["metric"], b["metric"]):
        score += SAME_HEAD  # «۲۳ میلیون تن «شمش»» and «۵ میلیون تن شمش فولادی»
    if a["value"] is not None and b["value"] is not None:
        va, vb = abs(float(a["value"])), abs(float(b["value"])) / _span_ratio(a, b)
        low, high = sorted((va, vb))
        ratio = high / low if low else float("inf")
        if float(a["value"]) * float(b["value"]) < 0:
            ratio = float("inf")  # «منفی ۸ میلیارد دلار» and «۳ میلیارد دلار»: a level and a change
        if ratio == 1:
            score += SAME_VALUE + SAME_RARE_VALUE * (_digits(a["value"]) >= 3)
        else:
            score -= FAR * (ratio > FAR_RATIO) + FAR * (ratio > 3 * FAR_RATIO)
    return score


_NAME_SAID_SHORT = 4  # letters a name must have to stand alone for the phrase it ends


def _said_short(one: str, other: str) -> bool:
    """One minted phrase is the other's head said alone («شمش» of «شمش فولاد»), or the name
    that ends it said alone («شهید رجایی» of «بندر شهید رجایی», «کوروش» of «پردیس سینمایی
    کوروش»)."""
    if not (one.startswith("minted-") and other.startswith("minted-")) or "minted-unknown" in (one, other):
        return False
    short, long = sorted((one.removeprefix("minted-"), other.removeprefix("minted-")), key=len)
    if len(short) < 3 or short == long:
        return False
    return long.startswith(short) or (len(short) >= _NAME_SAID_SHORT and long.endswith(short))


_MONTH_DAYS = 28


def _span_ratio(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How many times longer b's span is than a's when both are counted from one day (two
    running totals of one year: «دو ماهه» 6.3 million tonnes, «نه ماهه» 24.5 million), so
    that a total over a longer span is not taken for a value too far off to be its change;
    1 otherwise."""
    if not (a["start"] and a["end"] and b["start"] and b["end"]) or a["start"] != b["start"]:
        return 1.0
    if a["unit"] and a["unit"].endswith(("/percent", "/percentage_point")):
        return 1.0  # a rate is no total
    da, db = (a["end"] - a["start"]).days + 1, (b["end"] - b["start"]).days + 1
    # months at least on both sides: a day's record and the days around it are no totals
    return db / da if min(da, db) >= _MONTH_DAYS else 1.0


def _indicator(metric: str) -> bool:
    return metric in _indicators()


@derived
@lru_cache(maxsize=1)
def _indicators() -> frozenset[str]:
    """Keys of the catalogue's published indicators (read once: :func:`_alike` runs per pair)."""
    return frozenset(k for k, concept in metrics().items() if concept.indicator)


def _digits(value: str) -> int:
    """Significant digits: «۷۱۸ میلیون» has three, «۲۰ درصد» one."""
    digits = value.replace("-", "").replace(".", "").strip("0")
    return len(digits)


def _who(f: dict[str, Any], links: dict[str, str], windows: dict[str, Window]) -> str | None:
    """Whose figure: its speaker's entity, or the body its report quotes."""
    if f["speaker"]:
        return links.get(f["speaker"])
    quoted = windows.get(f["graph"], Window(None, None)).quoted_body
    return f"{_ORG}{quoted}" if quoted else None


# -- writing ----------------------------------------------------------------------------


def _triples(
    links: dict[str, str],
    entities: dict[str, Entity],
    figures: list[dict[str, Any]],
    same: list[tuple[str, str]],
    across: list[tuple[str, str]],
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    n = ox.NamedNode
    for speaker, entity in links.items():
        yield n(speaker), n(CG.entity), n(entity)
    for entity in entities.values():
        yield from _entity_triples(entity)
    for f in figures:
        who, figure = f["who"], n(f["figure"])
        if who in entities and f["speaker"]:
            yield figure, n(CG.speakerLabel), ox.Literal(_preferred(entities[who]))
    for links_, prop in ((same, CG.sameQuantityAs), (across, CG.sameMeasureAs)):
        for a, b in links_:
            yield n(a), n(prop), n(b)


def _older_first(
    pairs: list[tuple[str, str]], figures: list[dict[str, Any]], windows: dict[str, Window]
) -> list[tuple[str, str]]:
    """Each link once, from the figure of the older report to the newer's, as the stored
    queries order a pair: the report's earliest date (none: first), then the figure's IRI.
    The properties are symmetric (owl:SymmetricProperty); written once, the pair queries
    look up half as many rows (100,000 figures: 253,000 links → 126,000)."""
    graph = {f["figure"]: f["graph"] for f in figures}

    def key(figure: str) -> tuple[str, str]:
        window = windows.get(graph.get(figure, ""))
        first = window.first if window and window.first else None
        return (str(first) if first else "0001-01-01", figure)

    return [(a, b) if key(a) <= key(b) else (b, a) for a, b in pairs]


def _entity_triples(entity: Entity) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    n = ox.NamedNode
    node = n(entity.iri)
    if "/post-" in entity.iri:
        yield node, n(_RDF_TYPE), n(CG.Post)
    preferred = _preferred(entity)
    yield node, n(_SKOS + "prefLabel"), ox.Literal(preferred)
    known = {w.strip("،,") for form in [*entity.labels, *entity.posts] for w in form.split()} | NAME_TITLES
    said = {m for m in entity.mentions if all(w.strip("،,") in known for w in m.split())}  # not a run-on
    forms = sorted(set(entity.labels) | said)
    for form in forms:
        if form != preferred:
            yield node, n(_SKOS + "altLabel"), ox.Literal(form)
    yield node, n(CG.formsSeen), ox.Literal(" | ".join(forms))
    if entity.posts:
        yield node, n(CG.postsSeen), ox.Literal(" | ".join(sorted(entity.posts)))
    for office in sorted(entity.offices):
        if "/post-" not in entity.iri:
            yield node, n(CG.heldOffice), n(f"{DATA}post-{_office_iri_part(office)}")


def _preferred(entity: Entity) -> str:
    """The full name seen most often («میرهاشم موسوی» over «موسوی» and over «مدیرعامل …»), one
    that opens with a given name first, else the fullest form seen most often; of a name
    written both ways, the spelling with «الله» (the standard one: «عین‌اللهی», not «عین‌الهی»)."""
    seen = entity.names or entity.surnames or entity.labels  # «پارسا», not the post he holds

    def given(label: str) -> bool:  # «سعید نجف‌پور بوشهری» over «نجف پور بوشهری», seen more
        words = [w for w in label.split() if w not in NAME_TITLES]
        return bool(words) and is_given_name(words[0])

    def fullness(label: str) -> int:  # a person's: «نجف پور بوشهری» is a tail of «سعید نجف‌پور بوشهری»
        if not given(label):  # («نجف» is a given name too); a body's longer names are run-ons
            return 0
        return len(key(" ".join(p for p in label.replace(ZWNJ, " ").split() if p not in NAME_TITLES)))

    return max(seen, key=lambda s: (len(s.split()) >= 2, given(s), "الله" in s, fullness(s), seen[s], s))


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]
