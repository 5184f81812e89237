"""The ``claimgraph`` command line: a thin layer over ingest, the store and the queries.

Exit codes: 0 ok; 1 the answer is "no" (some reports failed, validation failed);
2 bad input or usage (nothing could be done); 3 the store failed part way through an
ingest (what was stored is kept; run the same command again to go on); 4 the answer is
incomplete (a server cut it and the rest could not be fetched); 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .output import Format, render

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # hazm must never try the network

STORE_HELP = (
    "The store: a folder (an embedded Oxigraph database) or the URL of a SPARQL 1.1 endpoint. "
    "Env: CLAIMGRAPH_STORE."
)
DEFAULT_STORE = "claimgraph-store"


STORE_FAILED = 3
INCOMPLETE = 4


class Failure(click.ClickException):
    """A user-facing error: printed without a traceback, exit code 2 unless told."""

    exit_code = 2

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:  # noqa: ANN001 — click's signature
        click.echo(f"claimgraph: {self.format_message()}", err=True)


def _store_option(func):  # noqa: ANN001, ANN202 — a click decorator
    return click.option(
        "--store",
        "store_path",
        envvar="CLAIMGRAPH_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        type=str,  # a folder, or the URL of a SPARQL endpoint (a Path would fold "http://")
        help=STORE_HELP,
    )(func)


def _format_option(func):  # noqa: ANN001, ANN202
    return click.option(
        "--format",
        "fmt",
        type=click.Choice([f.value for f in Format]),
        default="table",
        show_default=True,
        help="How to print the rows.",
    )(func)


def _params_option(func):  # noqa: ANN001, ANN202
    return click.option(
        "-p",
        "--param",
        "params",
        type=(str, str),
        multiple=True,
        metavar="NAME VALUE",
        help="A query parameter, bound as an RDF term (repeatable).",
    )(func)


def _open(store_path: str, *, read_only: bool, wait: float = 0):  # noqa: ANN202
    from .store import StoreError, open_store

    try:
        return open_store(store_path, read_only=read_only, wait=wait)
    except StoreError as error:
        raise Failure(str(error)) from None


def failure(error: Exception) -> Failure:
    """The Failure for a StoreError: exit code 4 when the answer was cut, else 2."""
    from .base import IncompleteAnswerError

    return Failure(str(error), INCOMPLETE if isinstance(error, IncompleteAnswerError) else 2)


class LazyGroup(click.Group):
    """Commands that live next to what they run, imported only when used.

    ``LAZY`` maps a command name to ``module:attribute``; the module is imported when the
    command runs or its help is shown, so `claimgraph query` never pays for networkx.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY:
            import importlib

            module, attribute = LAZY[name].split(":")
            return getattr(importlib.import_module(module), attribute)
        return super().get_command(ctx, name)


# name → "module:attribute" of commands defined outside this file
LAZY: dict[str, str] = {
    "trace": "claimgraph.graph.network_cli:trace",
    "related": "claimgraph.graph.network_cli:related",
    "stats": "claimgraph.graph.network_cli:stats",
    "plot": "claimgraph.graph.network_cli:plot",
    "validate": "claimgraph.graph.validate:command",
    "serve": "claimgraph.graph.serve:serve",
}


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(package_name="claimgraph")
def main() -> None:
    """claimgraph: who said which figure, about what, when, in which outlet, through whom.

    Ingest Persian news reports into a store, then ask questions of it with stored
    SPARQL queries (`claimgraph query --list`), your own SPARQL, exports for other RDF
    tools, and GEXF for Gephi.

    \b
    Example:
      claimgraph ingest seeds --store my-store
      claimgraph query figures-changed --store my-store
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_store_option
@click.option(
    "--jobs",
    "-j",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Extract in this many worker processes (one writer stores).",
)
@click.option(
    "--catalogue",
    "catalogues",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An extra Turtle catalogue of metrics, units or named periods (repeatable).",
)
@click.option(
    "--max-size",
    default=20,
    show_default=True,
    type=click.IntRange(1),
    metavar="MB",
    help="Refuse report files larger than this.",
)
@click.option(
    "--wait",
    default=0.0,
    show_default=True,
    metavar="SECONDS",
    help="Wait this long for another process writing the store to finish.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the summary.")
def ingest(
    paths: tuple[Path, ...],
    store_path: str,
    jobs: int,
    catalogues: tuple[Path, ...],
    max_size: int,
    wait: float,
    quiet: bool,
) -> None:
    """Read reports (.txt files or folders of them) into the store.

    A folder's manifest.json gives each file's outlet, URL and publication date or
    date window. Bad files are reported by name and skipped; the rest are stored in
    batches of up to 256 reports, each batch all or nothing. Ingesting the same reports
    again changes nothing, so an interrupted ingest goes on when run again.

    \b
    Example:
      claimgraph ingest seeds ~/news/2024 --store my-store --jobs 2
    """
    from .ingest import IngestOptions, StoreFailedError
    from .ingest import ingest as run
    from .progress import Progress

    store = _open(store_path, read_only=False, wait=wait)
    options = IngestOptions(jobs=jobs, max_bytes=max_size * 1024 * 1024, catalogues=catalogues)
    try:
        with Progress(enabled=not quiet) as progress:
            summary = run(paths, store, options, progress=progress.update, notice=progress.note)
    except KeyboardInterrupt as stop:
        store.close()
        done = getattr(stop, "summary", None)
        click.echo(
            f"claimgraph: interrupted{'; ' + done.line() if done else ''}. Every report counted "
            "is stored whole; run the same command again to go on (stored reports are skipped).",
            err=True,
        )
        sys.exit(130)
    except StoreFailedError as stop:
        store.close()
        click.echo(
            f"claimgraph: stopped at {stop.report}: {stop.problem.rstrip('.?')}. {stop.summary.line()}; "
            "every report counted is stored whole. Run the same command again to go on once the store "
            "answers (stored reports are skipped).",
            err=True,
        )
        sys.exit(STORE_FAILED)
    store.close()
    for error in summary.failed:
        click.echo(f"claimgraph: skipped {error}", err=True)
    click.echo(summary.line(), err=True)
    if summary.failed:
        nothing = summary.stored + summary.unchanged == 0
        sys.exit(2 if nothing else 1)


@main.command()
@click.argument("name", required=False)
@_store_option
@_params_option
@_format_option
@click.option("--list", "list_only", is_flag=True, help="List the stored queries and their parameters.")
def query(
    name: str | None, store_path: str, params: tuple[tuple[str, str], ...], fmt: str, list_only: bool
) -> None:
    """Run a stored query (queries/NAME.rq).

    \b
    Examples:
      claimgraph query figures-changed --store my-store
      claimgraph query figures --store my-store -p report 000_69a29ef5af7bdde6.txt --format json
      claimgraph query --list
    """
    from claimgraph.queries.runner import QueryError, bind, get, stored_queries

    if list_only or not name:
        for q in stored_queries().values():
            click.echo(f"{q.name}\n    {q.title.split('—', 1)[-1].strip()}")
            for p in q.params:
                click.echo(
                    f"    -p {p.name} {p.kind.upper()}{' (optional)' if p.optional else ''}: {p.description}"
                )
        return
    from .store import StoreError

    try:
        stored = get(name)
        bindings = bind(stored, dict(params))
        result = _open(store_path, read_only=True).select(stored.text_for(bindings), bindings)
    except (QueryError, StoreError) as error:
        raise failure(error) from None
    _print(result, fmt)


@main.command()
@click.argument("query_text", metavar="QUERY|FILE|-")
@_store_option
@_params_option
@_format_option
def sparql(query_text: str, store_path: str, params: tuple[tuple[str, str], ...], fmt: str) -> None:
    """Run your own SPARQL query: the text, a .rq file, or - for standard input.

    SELECT prints rows (--format table|csv|json); ASK prints yes or no and exits 1 for no;
    CONSTRUCT and DESCRIBE print Turtle. Updates are refused: the store changes only
    through `claimgraph ingest`. Common prefixes (cg:, schema:, prov:, skos:, nif:, xsd:,
    rdfs:, cgm:, cgu:) are predeclared. Parameters (-p NAME VALUE) are bound as IRIs when
    they look like one, else as strings.

    \b
    Example:
      claimgraph sparql 'SELECT ?name WHERE { GRAPH ?g { ?p a schema:Person ; schema:name ?name } }'
    """
    from claimgraph.queries.runner import is_iri, is_update, term

    from .store import StoreError

    text = _query_text(query_text)
    if is_update(text):
        raise Failure(
            "claimgraph sparql runs queries only (SELECT, ASK, CONSTRUCT, DESCRIBE); "
            "updates are refused — the store changes only through `claimgraph ingest`"
        )
    bindings = {k: term("iri" if is_iri(v) else "literal", v) for k, v in params}
    store = _open(store_path, read_only=True)
    try:
        answer = store.query(text, bindings)
    except StoreError as error:
        raise failure(error) from None
    _answer(answer, fmt)


def _answer(answer, fmt: str) -> None:  # noqa: ANN001
    """Print whatever kind of answer a query gave."""
    import pyoxigraph as ox

    from .store import Result

    if isinstance(answer, bool):
        click.echo("yes" if answer else "no")
        sys.exit(0 if answer else 1)
    if isinstance(answer, Result):
        _print(answer, fmt)
        return
    sys.stdout.flush()
    ox.serialize(answer, sys.stdout.buffer, ox.RdfFormat.TURTLE, prefixes=PREFIXES_FOR_OUTPUT())
    _warn_cut(getattr(answer, "cut", ""))


def PREFIXES_FOR_OUTPUT() -> dict[str, str]:  # noqa: N802 — a constant computed on demand
    from claimgraph.ontology import PREFIXES

    return PREFIXES


def _query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    path = Path(arg)
    if path.suffix in (".rq", ".sparql") or (len(arg) < 256 and "\n" not in arg and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise Failure(f"{arg}: cannot read it ({error.strerror})") from None
    return arg


def _print(result, fmt: str) -> None:  # noqa: ANN001
    click.echo(render(result, Format(fmt)))
    _warn_cut(result.cut)


def _warn_cut(cut: str) -> None:
    """After printing a cut answer: say so on standard error and exit 4."""
    if cut:
        click.echo(f"claimgraph: the answer above is incomplete: {cut}", err=True)
        sys.exit(INCOMPLETE)


EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld", "gexf", "graphml")


@main.command()
@_store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="An RDF format (turtle, trig, nquads, jsonld) or a network for Gephi (gexf) and yEd (graphml).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The file to write ('-' for standard output).",
)
def export(store_path: str, fmt: str, output: Path) -> None:
    """Write the store for other tools: RDF, or a network for Gephi, Cytoscape and yEd.

    turtle and jsonld hold the union of all reports; trig and nquads keep one named
    graph per report. gexf (GEXF 1.3, for Gephi: node types, colours, sizes by degree,
    report dates for the timeline) and graphml (for Cytoscape and yEd) hold the network
    of people, organisations, outlets, reports, statements, figures and metrics.

    \b
    Examples:
      claimgraph export --store my-store --format trig -o claims.trig
      claimgraph export --store my-store --format gexf -o claims.gexf
    """
    from .store import StoreError

    store = _open(store_path, read_only=True)
    try:
        if fmt in ("gexf", "graphml"):
            from .gexf import export_network

            nodes, edges = export_network(store, fmt, output)
            summary = f"{nodes} nodes, {edges} edges"
        else:
            from .export import export_rdf

            summary = f"{export_rdf(store, fmt, output)} statements"
    except StoreError as error:
        raise failure(error) from None
    except OSError as error:
        raise Failure(f"{output}: cannot write it ({error.strerror or error})") from None
    if str(output) != "-":
        click.echo(f"wrote {output} ({summary})", err=True)
