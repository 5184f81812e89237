"""Ingest: files → reports → extraction → RDF → the store, one transaction per report.

Extraction runs in worker processes when ``jobs > 1``; this process is the one writer.
A report already in the store (same text) is skipped; a report whose text changed under
the same file name is stored as a new version, ``prov:wasRevisionOf`` the old one.

>>> import tempfile
>>> from claimgraph.graph.store import open_store
>>> store = open_store(tempfile.mkdtemp() + "/s")
>>> ingest(["seeds"], store).stored
2
>>> ingest(["seeds"], store).unchanged
2
"""

from __future__ import annotations

import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from claimgraph.loaders.read import MAX_BYTES, InputError, Source, find_reports, read_report

from .base import PROV_REVISION, Store, StoreError

WINDOW = 64  # reports queued or finished but not yet stored, per worker (see _in_order)
BATCH = 4  # reports per message to a worker
BATCH_REPORTS = 256  # reports stored in one load (see _Batch)
BATCH_BYTES = 16_000_000  # or fewer, when their N-Quads reach this size
BATCH_SECONDS = 2.0  # or fewer, when the first of them has waited this long


@dataclass(frozen=True, slots=True)
class IngestOptions:
    jobs: int = 1
    max_bytes: int = MAX_BYTES
    catalogues: tuple[Path, ...] = ()


@dataclass(slots=True)
class IngestSummary:
    stored: int = 0
    unchanged: int = 0
    revised: int = 0
    statements: int = 0
    figures: int = 0
    characters: int = 0
    seconds: float = 0.0
    failed: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        done = self.stored + self.unchanged
        if done >= self.seconds:
            rate = f"{done / self.seconds if self.seconds else 0:.1f} reports/s"
        else:
            rate = f"{self.seconds / max(done, 1):.1f} s/report"
        return (
            f"{self.stored} stored ({self.revised} as new versions), {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; {self.statements} statements, {self.figures} figures "
            f"in {self.seconds:.1f} s ({rate})"
        )


class StoreFailedError(Exception):
    """The store refused a write or a check, or stopped answering, during an ingest.

    Every report counted in ``summary`` is stored whole; ``report`` and those after it
    are not, so the same ingest run again goes on from ``report``.
    """

    def __init__(self, summary: IngestSummary, report: str, problem: str) -> None:
        super().__init__(f"{report}: {problem}")
        self.summary, self.report, self.problem = summary, report, problem


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during an ingest, after every report counted in ``summary`` was stored."""

    def __init__(self, summary: IngestSummary) -> None:
        super().__init__()
        self.summary = summary


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a worker hands the writer for one report."""

    name: str
    graph: str
    nquads: bytes
    statements: int
    figures: int
    characters: int
    url: str | None = None


def prepare(source: Source, max_bytes: int = MAX_BYTES) -> Prepared | InputError:
    """Read, extract and serialise one report. Never raises: problems come back as errors."""
    from claimgraph.loaders.pipeline import extract
    from claimgraph.loaders.rdf import to_triples

    try:
        extraction = extract(read_report(source, max_bytes=max_bytes))
        graph, triples = to_triples(extraction)
        return Prepared(
            source.name,
            graph.value,
            nquads(graph, triples),
            len(extraction.statements),
            len(extraction.figures),
            len(extraction.report.text),
            _url(extraction.report.url),
        )
    except InputError as error:
        return error
    except Exception as error:  # a bug must not stop the batch; report it with the file
        where = traceback.extract_tb(error.__traceback__)[-1]
        return InputError(
            source.path,
            f"internal error while extracting ({type(error).__name__}: "
            f"{error} at {Path(where.filename).name}:{where.lineno}); please report it",
        )


def nquads(graph: ox.NamedNode, triples: Iterable[tuple[Any, Any, Any]]) -> bytes:
    """Triples of pyoxigraph terms as N-Quads in ``graph``.

    A pyoxigraph term prints as N-Triples, escapes included, so the lines are written
    directly: building a Quad object per triple for ``ox.serialize`` took 2.5 times as
    long (same bytes on 400 Fars reports).
    """
    tail = f" {graph} .\n"
    return "".join([f"{s} {p} {o}{tail}" for s, p, o in triples]).encode()


def _url(url: str | None) -> str | None:
    """The report's URL as the store holds it (see loaders.rdf.url_term)."""
    if not url:
        return None
    from claimgraph.loaders.rdf import url_term

    return url_term(url).value


def _warm(catalogues: tuple[Path, ...]) -> None:
    """Load the lexicon and catalogues once per worker, not once per report."""
    from claimgraph.loaders.catalogue import add_catalogue

    if multiprocessing.parent_process() is not None:
        # A worker: Ctrl-C reaches the whole process group; the writer alone handles it
        # (it stores what it has and stops the workers).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from claimgraph.loaders.preload import load

    for path in catalogues:
        add_catalogue(path)
    load()


def _prepare_all(
    sources: list[Source], options: IngestOptions, notice: Callable[[str], None] | None = None
) -> Iterator[Prepared | InputError]:
    if options.jobs <= 1 or len(sources) < 2:
        _warm(options.catalogues)
        yield from (prepare(s, options.max_bytes) for s in sources)
        return
    # Not "fork": the open store runs threads, and forking a threaded process can deadlock.
    # A forkserver imports the loaders once and forks clean workers from that.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(
            ["claimgraph.loaders.pipeline", "claimgraph.loaders.rdf", "claimgraph.loaders.preload"]
        )
    else:
        context = multiprocessing.get_context("spawn")
    # A ProcessPoolExecutor, not multiprocessing.Pool: Pool's worker-handler thread spins
    # while results wait in its pipe (measured: 13 s of the writer's CPU on the 1,500 Fars
    # reports, more than storing them), and Pool hangs for ever when a worker is killed.
    pool = ProcessPoolExecutor(
        options.jobs, mp_context=context, initializer=_warm, initargs=(options.catalogues,)
    )
    done = 0
    try:
        for item in _in_order(pool, sources, options):
            yield item
            done += 1
    except (BrokenProcessPool, EOFError, ConnectionError):
        # A worker died (killed, out of memory), or the forkserver while starting one
        # (EOFError). Finish here, one report at a time.
        if notice:
            notice("a worker process died; going on without workers")
        _warm(options.catalogues)
        yield from (prepare(s, options.max_bytes) for s in sources[done:])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    pool: ProcessPoolExecutor, sources: list[Source], options: IngestOptions
) -> Iterator[Prepared | InputError]:
    """The workers' results in the order of ``sources``.

    At most WINDOW reports per worker are in flight: if the writer falls behind, the
    workers wait instead of piling finished reports up in memory. The window must outlast
    a batch load, during which the writer submits nothing: with 16 the workers ran dry
    during each load of 256 Fars reports (about 0.25 s, some 40 reports of a worker's
    work) and --jobs 2 took 8.85 s (mean of 4 runs), against 7.9 s (5 runs) with 64.
    Reports go out in batches of BATCH: one message per report cost the writer more CPU in
    inter-process traffic than storing them.
    """
    window: deque[Future] = deque()
    for at in range(0, len(sources), BATCH):
        window.append(pool.submit(_prepare_batch, sources[at : at + BATCH], options.max_bytes))
        if len(window) * BATCH >= WINDOW * options.jobs:
            yield from window.popleft().result()
    while window:
        yield from window.popleft().result()


def _prepare_batch(sources: list[Source], max_bytes: int) -> list[Prepared | InputError]:
    return [prepare(source, max_bytes) for source in sources]


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    options: IngestOptions | None = None,
    progress: Callable[[int, int, IngestSummary], None] | None = None,
    notice: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Ingest every report under ``paths`` into ``store``.

    Bad files are collected in ``summary.failed`` (with a message naming each); the
    rest of the batch goes on. ``progress(done, total, summary)`` is called per report,
    ``notice(text)`` before a long step that is not about one report.
    """
    options = options or IngestOptions()
    summary = IngestSummary()
    started = time.monotonic()
    sources = list(find_reports(paths, errors=summary.failed))
    batch = _Batch(store)
    current = ""
    try:
        for done, item in enumerate(_prepare_all(sources, options, notice), start=1):
            if isinstance(item, InputError):
                summary.failed.append(item)
            else:
                current = item.name
                _store(store, batch, item, summary)
            summary.seconds = time.monotonic() - started
            if progress:
                progress(done, len(sources), summary)
        batch.finish()
        store.flush()
        _link(store, summary, notice)
        if store.needs_compaction():
            if notice:
                notice("compacting the store (merging the files this ingest wrote)…")
            store.compact()
    except KeyboardInterrupt:
        try:
            batch.finish()  # what was counted as stored is stored
        except StoreError as error:
            raise _failed(batch, summary, current, error, started) from None
        summary.seconds = time.monotonic() - started
        raise Interrupted(summary) from None
    except StoreError as error:
        raise _failed(batch, summary, current, error, started) from None
    finally:
        batch.close()
    summary.seconds = time.monotonic() - started
    return summary


def _link(store: Store, summary: IngestSummary, notice: Callable[[str], None] | None) -> None:
    """Run the identity pass when this ingest stored reports or the pass is behind."""
    from . import identity

    if summary.stored or not identity.is_current(store):
        if notice:
            notice("linking people, bodies and quantities across reports…")
        identity.build(store)


class _Batch:
    """Reports waiting to be stored together, in one atomic load.

    One load per report spent most of the writer's time in the database's write path;
    many reports per load let the bulk loader sort and write them at once (see
    Store.load_batch). A report whose file name, URL or text is already waiting (or
    being written) stores the batch first, so the checks in :func:`_store` always see
    every earlier report of the ingest.

    A store whose writes are done by a server (``Store.writes_elsewhere``) gets each
    batch in a thread of its own while this one goes on extracting and checking the next
    (at most one batch in flight): the Fars reports went into Virtuoso in 37.5 s with
    --jobs 1 when each batch was waited for, the server's time and ours one after the
    other.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.chunks: list[bytes] = []
        self.items: list[tuple[Prepared, bool]] = []  # and whether each is a new version
        self.size = 0
        self.since = 0.0
        self.keys: set[str] = set()
        self.lost: list[tuple[Prepared, bool]] | None = None  # set when a load failed
        self.flying: tuple[Future, list[tuple[Prepared, bool]], set[str]] | None = None
        self.thread = ThreadPoolExecutor(1) if store.writes_elsewhere else None

    def holds(self, item: Prepared) -> bool:
        keys = _keys(item)
        waiting = bool(self.keys) and not self.keys.isdisjoint(keys)
        return waiting or (self.flying is not None and not self.flying[2].isdisjoint(keys))

    def add(self, item: Prepared, data: bytes, revised: bool = False) -> None:
        if not self.chunks:
            self.since = time.monotonic()
        self.chunks.append(data)
        self.items.append((item, revised))
        self.size += len(data)
        self.keys.update(_keys(item))
        if (
            len(self.chunks) >= BATCH_REPORTS
            or self.size >= BATCH_BYTES
            or time.monotonic() - self.since >= BATCH_SECONDS
        ):
            self.commit()

    def commit(self) -> None:
        """Hand the waiting reports to the store, once the batch in flight is stored.
        Raises StoreError (``lost`` set: the reports not stored, in order)."""
        self.wait()
        if not self.chunks:
            return
        chunks, items, keys = self.chunks, self.items, self.keys
        if self.thread is not None:
            self._clear()
            self.flying = (self.thread.submit(self.store.load_batch, chunks), items, keys)
            return
        # they stop waiting once stored: a Ctrl-C that stops the load (it is all or nothing)
        # leaves them waiting, and the handler's finish() stores them
        try:
            self.store.load_batch(chunks)
        except StoreError as error:
            self._clear()  # a failed load: they are lost, not waiting
            self.lost = items[getattr(error, "stored", 0) :]
            raise
        self._clear()

    def _clear(self) -> None:
        self.chunks, self.items, self.size, self.keys = [], [], 0, set()

    def finish(self) -> None:
        """Store everything: the waiting reports and the batch in flight."""
        self.commit()
        self.wait()

    def close(self) -> None:
        if self.thread is not None:
            self.thread.shutdown(wait=True)

    def wait(self) -> None:
        if self.flying is not None:
            future, items, _ = self.flying
            self.flying = None
            self._loaded(future.result, items)

    def _loaded(self, load: Callable[[], Any], items: list[tuple[Prepared, bool]]) -> None:
        try:
            load()
        except StoreError as error:
            self.lost = items[getattr(error, "stored", 0) :] + self.items
            raise


def _failed(
    batch: _Batch, summary: IngestSummary, current: str, error: StoreError, started: float
) -> StoreFailedError:
    """What a failed write or check leaves: the reports from the first one the store did
    not take are not counted as stored. Reports still waiting after a failed check are
    stored first if the store takes them."""
    if batch.lost is None:
        try:
            batch.finish()
        except StoreError as again:
            error = again
    lost = batch.lost or []
    for item, revised in lost:
        summary.stored -= 1
        summary.revised -= revised
        summary.statements -= item.statements
        summary.figures -= item.figures
        summary.characters -= item.characters
    summary.seconds = time.monotonic() - started
    return StoreFailedError(summary, lost[0][0].name if lost else current, str(error))


def _keys(item: Prepared) -> tuple[str, ...]:
    return ("name:" + item.name, "graph:" + item.graph) + (("url:" + item.url,) if item.url else ())


def _store(store: Store, batch: _Batch, item: Prepared, summary: IngestSummary) -> None:
    """Store one report unless its text is already the newest version of its file."""
    if batch.holds(item):
        batch.finish()
    versions = store.graphs_for_source(item.name, item.url)
    head = store.latest_of(versions) if versions else None
    if _same_text(head, item.graph) or (head is None and store.has_graph(item.graph)):
        summary.unchanged += 1  # this file's newest text, or the same text under another name
        return
    graph, data = item.graph, item.nquads
    if store.has_graph(graph):  # the file went back to an earlier text: that text is newest again
        graph, data = _as_new_version(store, item)
    if head:
        node = ox.NamedNode(graph)
        link = ox.Quad(node, ox.NamedNode(PROV_REVISION), ox.NamedNode(head), node)
        data += ox.serialize([link], format=ox.RdfFormat.N_QUADS)
        summary.revised += 1
    summary.stored += 1  # counted first: Ctrl-C during add still finds it stored (see ingest)
    summary.statements += item.statements
    summary.figures += item.figures
    summary.characters += item.characters
    batch.add(item, data, revised=bool(head))


def _same_text(graph: str | None, new: str) -> bool:
    """Is ``graph`` the report ``new``, or a copy of it stored again as a later version?"""
    return graph is not None and (graph == new or graph.startswith(new + "-r"))


def _as_new_version(store: Store, item: Prepared) -> tuple[str, bytes]:
    """The report's quads under fresh IRIs (report-TAG-rN …), for a text seen before."""
    base, tag = item.graph.rsplit("report-", 1)
    n = 2
    while store.has_graph(f"{item.graph}-r{n}"):
        n += 1
    data = item.nquads
    for kind in ("report", "statement", "figure", "period", "speaker"):
        data = data.replace(f"{base}{kind}-{tag}".encode(), f"{base}{kind}-{tag}-r{n}".encode())
    return f"{item.graph}-r{n}", data
