"""The clasgraph command line: a thin click layer over the library.

Exit codes: 0 done, 1 failed while working (store damaged, database unreachable),
2 bad input or usage.
"""

from __future__ import annotations

import glob
import os
import re
import sys
from pathlib import Path

import click

from clasgraph.graph.schema import Label, Rel
from clasgraph.options import ROW_FORMATS, SUFFIX_FORMATS, format_option, output_option

REPORT_SUFFIXES = (".txt", ".md", ".pdf")


class Failure(click.ClickException):
    """Failed while working: exit code 1."""

    exit_code = 1

    def format_message(self) -> str:  # file names and text from outside: no control sequences
        from clasgraph.graph.shown import terminal_text

        return terminal_text(super().format_message())


class BadInput(Failure):
    """Bad input: exit code 2."""

    exit_code = 2


class Context:
    def __init__(self, store: str | None, neo4j: str | None, verbose: bool, quiet: bool):
        self.store_path = store
        self.neo4j_uri = neo4j
        self.verbose = verbose
        self.quiet = quiet
        self._backends: list = []

    def say(self, message: str) -> None:
        if not self.quiet:
            from clasgraph.graph.shown import terminal_text

            click.echo(terminal_text(message), err=True)

    def say_error(self, message) -> None:
        """An error about one file (even with -q), control characters escaped."""
        from clasgraph.graph.shown import terminal_text

        click.echo(terminal_text(f"error: {message}"), err=True)

    def detail(self, message: str) -> None:
        if self.verbose and not self.quiet:
            self.say(message)

    def close(self) -> None:
        """Close database connections the command opened."""
        for backend in self._backends:
            backend.close()

    def backend(self):
        """The store the command works on: embedded (default) or Neo4j."""
        if self.neo4j_uri:
            from clasgraph.graph.neo4j_store import Neo4jStore

            store = Neo4jStore(self.neo4j_uri)
            self._backends.append(store)
            return store
        from clasgraph.graph.store import EmbeddedStore

        return EmbeddedStore(self.store_path)


def _store_errors(func):
    """Turn store and database errors into one clear line (exit 2 for a missing store or a
    store named wrongly, 1 for a failure while working)."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from clasgraph.graph.store import StoreError

        try:
            return func(*args, **kwargs)
        except StoreError as exc:
            raise _store_failure(exc) from None
        except OSError as exc:  # a disk error while working: one line, never a traceback
            import errno

            where = f"{exc.filename}: " if exc.filename else ""
            full = "disk full: " if exc.errno in (errno.ENOSPC, errno.EDQUOT) else ""
            raise Failure(f"{full}{where}{exc.strerror or exc}") from None

    return wrapper


def _store_failure(exc) -> click.ClickException:
    """A store error as the CLI's exception: exit 2 for a store named wrongly, else 1."""
    return (BadInput if exc.exit_code == 2 else Failure)(str(exc))


#: Global options (with whether they take a value) that may also follow the command.
GLOBAL_OPTIONS = {"--store": True, "--neo4j": True, "-v": False, "--verbose": False,
                  "-q": False, "--quiet": False}


class GlobalOptionsAnywhere(click.Group):
    """``clasgraph stats -v`` means ``clasgraph -v stats``: global options found after the
    command are moved before it (none of the commands has an option of the same name)."""

    def parse_args(self, ctx, args):
        return super().parse_args(ctx, hoist_global_options(list(args), self.commands))


def hoist_global_options(args: list[str], commands) -> list[str]:
    """Move global options that follow the command name in front of it.

    >>> hoist_global_options(["stats", "-v", "--store", "s"], {"stats"})
    ['-v', '--store', 's', 'stats']
    >>> hoist_global_options(["--store=s", "query", "MATCH (n) RETURN n", "-q"], {"query"})
    ['--store=s', '-q', 'query', 'MATCH (n) RETURN n']
    """
    position = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return args
        if arg in commands:
            position = i
            break
        i += 2 if GLOBAL_OPTIONS.get(arg) else 1
    if position is None:
        return args
    before, rest, moved = args[:position], [], []
    i = position + 1
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest += args[i:]
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            takes_value = GLOBAL_OPTIONS[name] and "=" not in arg
            moved += args[i:i + 2] if takes_value else [arg]
            i += 2 if takes_value else 1
            continue
        rest.append(arg)
        i += 1
    return before + moved + [args[position]] + rest


@click.group(cls=GlobalOptionsAnywhere, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", metavar="PATH", envvar="CLASGRAPH_STORE",
              help="Embedded store directory (default ./clasgraph-data, or $CLASGRAPH_STORE).")
@click.option("--neo4j", metavar="URI", envvar="CLASGRAPH_NEO4J_URI",
              help="Use Neo4j at URI (bolt://, neo4j://, +s schemes) instead of the embedded store. "
                   "Credentials from NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.")
@click.option("-v", "--verbose", is_flag=True, help="Say what each stage did.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.version_option(package_name="clasgraph")
@click.pass_context
def cli(ctx, store, neo4j, verbose, quiet):
    """Turn CQC Children Looked After and Safeguarding (CLAS) review reports into an
    accountability graph: who commissions and provides what, what inspectors found and
    recommended to whom, and which findings repeat earlier reviews.

    \b
    Example:
      clasgraph ingest examples/rutland-clas-2019.txt
      clasgraph query --name recommendations-by-organisation
      clasgraph map --view commissioning -o commissioning.html
    """
    if store and neo4j:
        raise click.UsageError("give either --store or --neo4j, not both")
    if verbose and quiet:
        raise click.UsageError("give either -v (say more) or -q (only errors), not both")
    if neo4j:
        from clasgraph.graph.neo4j_store import check_uri
        from clasgraph.graph.store import StoreError

        try:
            check_uri(neo4j)
        except StoreError as exc:
            raise BadInput(str(exc)) from None
    elif store and Path(store).exists() and not Path(store).is_dir():
        raise BadInput(f"--store {store}: is a file, not a store folder")
    ctx.obj = Context(store, neo4j, verbose, quiet)
    ctx.call_on_close(ctx.obj.close)


def expand_paths(paths: tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Files, folders (their .txt/.md/.pdf files, recursively) and globs, in a stable order,
    each real file once; and the problems found (a folder with no report files).

    Links to folders met while walking a folder or a glob are not followed (so a link to
    itself cannot loop, nor a link lead out of the folder); links to files are, once each.
    """
    found: list[Path] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(path: Path) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for raw in paths:
        matches = _glob(raw) if glob.has_magic(raw) else [Path(raw)]
        if not matches:
            found.append(Path(raw))  # reported as missing
        for path in matches:
            if path.is_dir() and not (path.is_symlink() and glob.has_magic(raw)):
                files = _report_files(path)
                if not files:
                    problems.append(f"no report files in {path}")
                for file in files:
                    add(file)
            elif not path.is_dir():
                add(path)
    return found, problems


def _report_files(folder: Path) -> list[Path]:
    """The .txt/.md/.pdf entries under a folder, links to folders not followed."""
    files = []
    for root, _dirs, names in os.walk(folder, followlinks=False):
        files.extend(Path(root) / n for n in names if Path(n).suffix.lower() in REPORT_SUFFIXES)
    return sorted(files)


def _glob(pattern: str) -> list[Path]:
    """Paths matching a glob (``**`` for any folders), walking without following links to
    folders; names starting with a dot only where the pattern says so, as glob does."""
    parts = pattern.split(os.sep)
    fixed = 0
    while fixed < len(parts) - 1 and not glob.has_magic(parts[fixed]):
        fixed += 1
    root = os.sep.join(parts[:fixed]) or ("/" if pattern.startswith(os.sep) else ".")
    rest = parts[fixed:]
    regex = re.compile(_glob_regex(rest))
    out = []
    for dirpath, dirs, names in os.walk(root, followlinks=False):
        for name in sorted(dirs + names):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            if regex.fullmatch(rel):
                out.append(Path(full if parts[:fixed] or pattern.startswith(os.sep) else rel))
        depth = 0 if dirpath == root else os.path.relpath(dirpath, root).count(os.sep) + 1
        deeper = "**" in rest or depth + 1 < len(rest)  # without **, never below the pattern
        dirs[:] = [d for d in dirs if deeper and not d.startswith(".")]
    return sorted(out)


def _glob_regex(parts: list[str]) -> str:
    """A regular expression for the path components of a glob, relative to where it is walked.

    >>> rx = re.compile(_glob_regex(["**", "*.[!p]*"]))
    >>> [bool(rx.fullmatch(p)) for p in ("a.txt", "x/y/b.md", ".h/c.txt", "x/.d.txt", "a.pdf")]
    [True, True, False, False, False]
    """
    out = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            out.append(r"(?:[^/.][^/]*/)*" if not last else r"(?:[^/.][^/]*(?:/[^/.][^/]*)*)?")
        else:
            out.append(_component_regex(part) + ("" if last else "/"))
    return "".join(out)


def _component_regex(part: str) -> str:
    """One path component of a glob (``*``, ``?``, ``[abc]``, ``[!abc]``) as a regex; a leading
    dot must be written to match a hidden name, as in glob."""
    piece = "" if part.startswith(".") else r"(?=[^.])"
    j = 0
    while j < len(part):
        c, close = part[j], part.find("]", j + 2)
        if c == "*":
            piece += "[^/]*"
        elif c == "?":
            piece += "[^/]"
        elif c == "[" and close > 0:
            body = part[j + 1:close].replace("\\", "\\\\")
            piece += f"[^/{body[1:]}]" if body.startswith("!") else f"[{body}]"
            j = close
        else:
            piece += re.escape(c)
        j += 1
    return piece


def _html_output(output: str | None, what: str) -> Path | None:
    """Where a command that writes an HTML page writes it (:func:`_output_path`); a file name
    that does not end .html or .htm is bad input, said with how to get a PDF (print the page
    from a browser), so a ``pack.pdf`` holding HTML is never written."""
    path = _output_path(output)
    if path is not None and path.suffix.lower() not in (".html", ".htm"):
        raise BadInput(f"cannot write {output}: {what} is an HTML page; give a .html file name "
                       "(for a PDF, open the .html in a browser and print it to PDF"
                       + (": the pack has a print stylesheet)" if what == "the board pack" else ")"))
    return path


def _output_path(output: str | None, what: str = "file") -> Path | None:
    """Where -o writes: None for standard output (``-o -``); a folder that does not exist is
    bad input, said in one line."""
    if output is None or output == "-":
        return None
    path = Path(output)
    parent = path.resolve().parent
    if not parent.is_dir():
        raise BadInput(f"cannot write {output}: the folder {parent} does not exist")
    if what == "file" and path.is_dir():
        raise BadInput(f"cannot write {output}: it is a folder; give a file name")
    return path




def _format_from(fmt: str | None, output: str | None, allowed, default: str) -> str:
    """--format when given, else the extension of -o, else ``default``."""
    if fmt:
        return fmt
    if output and output != "-":
        suffix = Path(output).suffix.lower()
        if suffix in SUFFIX_FORMATS and SUFFIX_FORMATS[suffix] in allowed:
            return SUFFIX_FORMATS[suffix]
        if suffix:
            raise BadInput(f"cannot tell the format from {output!r}: give --format "
                           f"({'|'.join(allowed)}) or a file ending in "
                           + ", ".join(k for k, v in SUFFIX_FORMATS.items() if v in allowed))
    return default




def _row_format(fmt: str | None, output: str | None, allowed=ROW_FORMATS) -> str:
    """The format rows are written in: --format, else the extension of -o (.html for a
    command that draws a chart), else table. A workbook needs a file; said before any work."""
    if not fmt and output and output.lower().endswith((".html", ".htm")) and "html" in allowed:
        fmt = "html"
    fmt = _format_from(fmt, output, allowed, "table")
    if fmt == "xlsx" and _output_path(output) is None:
        raise BadInput("xlsx is a file: give -o NAME.xlsx")
    return fmt


def _emit_rows(obj: Context, columns: list[str], rows: list[list], fmt: str, output: str | None,
               title: str | None, html=None, xlsx=None) -> None:
    """The one way every command writes rows: a table (terminal, or a text file without
    colour), CSV (a file with a byte-order mark for spreadsheets), JSON (a list of row
    objects), a workbook (``xlsx``: a writer, by default the plain one) or a page (``html``: a
    function of nothing); to standard output, or atomically to the file -o names."""
    from clasgraph.queries import formats

    if fmt == "xlsx":
        import tempfile

        from clasgraph.graph.store import atomic_write

        with tempfile.TemporaryDirectory() as tmp:
            made = Path(tmp) / "rows.xlsx"
            (xlsx or formats.write_xlsx)(columns, rows, made, title=title)
            atomic_write(_output_path(output).resolve(), made.read_bytes())
        obj.say(f"wrote {len(rows)} row(s) to {output}")
        return
    if fmt == "table" and _output_path(output) is None:
        formats.print_table(columns, rows, title=title)
        return
    if fmt == "table":
        import io

        from rich.console import Console

        text = io.StringIO()
        formats.print_table(columns, rows, title=title,
                            console=Console(file=text, width=160, color_system=None))
        data = text.getvalue().encode("utf-8")
    elif fmt == "html":
        data = html().encode("utf-8")
    elif fmt == "json":
        data = formats.to_json(columns, rows).encode("utf-8") + b"\n"
    else:
        data = (formats.to_csv_file_bytes(columns, rows) if _output_path(output)
                else formats.to_csv(columns, rows).encode("utf-8"))
    _write_out(obj, data, output, f"wrote {output}" if fmt == "html" else f"wrote {len(rows)} row(s) to {output}")


def _write_out(obj: Context, data: bytes, output: str | None, done: str) -> None:
    """Bytes to the file -o names (atomically; ``done`` then said) or to standard output."""
    path = _output_path(output)
    if path is None:
        click.echo(data.decode("utf-8").rstrip("\n"))
        return
    from clasgraph.graph.store import atomic_write

    atomic_write(path.resolve(), data)
    obj.say(done)


def _write_html(obj: Context, html: str, output: str | None, done: str) -> None:
    """A page (a map, a board pack) to the file -o names or to standard output."""
    _write_out(obj, html.encode("utf-8"), output, done)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--replace", is_flag=True,
              help="Replace a stored report even by a version with fewer findings or "
                   "recommendations, or with a different title.")
@click.pass_obj
@_store_errors
def ingest(obj: Context, paths, replace):
    """Read reports (files, folders, globs) into the store.

    Each file that cannot be read is reported with its reason; the others are ingested.
    A new version of a stored report replaces it; one with fewer findings or recommendations
    (perhaps cut short) is refused unless --replace is given.

    \b
    Example:
      clasgraph ingest examples/rutland-clas-2019.txt
      clasgraph ingest reports/ 'downloads/*.pdf'
    """
    from clasgraph.graph.store import plan_versions
    from clasgraph.ingest import IngestError, read_reports
    from clasgraph.ingest.bounded import BadReadBound, read_seconds
    from clasgraph.ingest.scripts import mixed_script_warnings, organisation_names

    try:
        seconds = read_seconds()
    except BadReadBound as exc:
        raise BadInput(str(exc)) from None
    files, empty_folders = expand_paths(paths)
    failed: list[str] = []
    extra = 0  # files refused together with another under one message
    for problem in empty_folders:
        obj.say_error(problem)
    records, sources = [], {}
    results = list(_progress(read_reports(files, seconds=seconds), obj, len(files)))
    for path, rec in results:
        if isinstance(rec, IngestError):
            failed.append(str(rec))
            obj.say_error(rec)
            continue
        records.append(rec)
        sources.setdefault(rec.report_id, []).append(path)
        obj.detail(f"{path}: read {len(rec.nodes)} nodes and {len(rec.edges)} relationships "
                   f"as report {rec.report_id}")
        for warning in [*rec.warnings, *mixed_script_warnings(rec.report_id, organisation_names(rec))]:
            obj.say(f"warning: {warning}")
        for miss in rec.misses:
            obj.detail(f"missed: {miss}")
    for report_id, clash in sources.items():
        if len(clash) > 1:
            message = _same_id(report_id, clash, [r for r in records if r.report_id == report_id])
            failed.append(message)
            extra += len(clash) - 1
            obj.say_error(message)
    records = [r for r in records if len(sources[r.report_id]) == 1]

    def plan(stored):
        write, unchanged, refused = plan_versions(records, stored, replace=replace)
        for note in unchanged:
            obj.say(note)
        for message in refused:
            failed.append(message)
            obj.say_error(message)
        return write

    if records:
        backend = obj.backend()
        written = backend.ingest(records, on_wait=obj.say, plan=plan)
        for merge in getattr(backend, "last_merges", []) if written else []:
            obj.detail(f"same body: {merge}")
        links = getattr(backend, "last_links", None)
        if links and written:
            obj.detail("linked across reports: " + ", ".join(f"{n} {t}" for t, n in links.items()))
        if written:
            misses = sum(len(r.misses) for r in records)
            obj.say(f"ingested {written} report(s) into {backend.describe()}"
                    + (f"; {misses} sentence(s) named commissioning, escalation or an earlier "
                       "review but gave no relation (-v lists them)" if misses else "")
                    + (f"; {len(failed)} file(s) failed" if failed else ""))
    if failed or empty_folders:
        folders = f"{len(empty_folders)} folder(s) without report files" if empty_folders else ""
        if not failed:
            raise BadInput(folders)
        raise BadInput(f"{len(failed) + extra} of {len(files)} file(s) could not be ingested"
                       + (f"; {folders}" if folders else ""))




def _same_id(report_id: str, paths: list[Path], records) -> str:
    """The error for files of one ingest that would get the same report id."""
    names = " and ".join(str(p) for p in paths)
    shas = {next((n.props.get("sha256") for n in r.nodes if n.label == Label.REPORT), None)
            for r in records}
    if len(shas) == 1:
        return f"{names} are the same report ({report_id}): give one of them"
    return (f"{names} would both be report {report_id}: two different reports, or two versions "
            "of one; neither was ingested: ingest the one you mean")


def _progress(items, obj: Context, total: int):
    if total < 2 or obj.quiet:
        return items
    from rich.progress import track

    return track(items, total=total, description="ingesting", console=_err_console(), transient=True)


def _err_console():
    from rich.console import Console

    return Console(stderr=True)


@cli.command()
@format_option()
@output_option
@click.pass_obj
@_store_errors
def stats(obj: Context, fmt, output):
    """Counts of nodes by label and relationships by type, overall and a row per report
    (`--format json` has every count of every report; csv and xlsx a row per report with
    every count it has, and a last row of the store's totals).

    \b
    Examples:
      clasgraph stats
      clasgraph stats -o counts.csv
    """
    fmt = _row_format(fmt, output)
    counts = obj.backend().stats()
    if fmt == "json":
        import json

        _write_out(obj, json.dumps(counts, indent=2).encode("utf-8") + b"\n", output, f"wrote {output}")
        return
    if fmt in ("csv", "xlsx"):
        kinds = sorted({k for c in counts["reports"].values() for k in c}
                       | set(counts["labels"]) | set(counts["relationships"]))
        # shared nodes (organisations, services, areas) are counted for the store, not a report
        rows = [[report, *(c.get(k, "") for k in kinds)] for report, c in counts["reports"].items()]
        total = {**counts["labels"], **counts["relationships"]}
        rows.append(["(all reports)", *(total.get(k, 0) for k in kinds)])
        _emit_rows(obj, ["report", *kinds], rows, fmt, output, "Counts")
        return
    import io

    from rich.console import Console
    from rich.table import Table

    text = io.StringIO() if _output_path(output) else None
    console = Console(file=text, width=160, color_system=None) if text else Console()
    for title, key in (("Nodes", "labels"), ("Relationships", "relationships")):
        table = Table(title=title)
        table.add_column("label" if key == "labels" else "type")
        table.add_column("count", justify="right")
        for name, n in counts[key].items():
            table.add_row(name, str(n))
        console.print(table)
    # one row a report, whatever their number (a table each was unreadable, and slow, at 200)
    columns = [(Label.FINDING, "findings"), (Label.RECOMMENDATION, "recs"), (Rel.PROVIDES, "provides"),
               (Rel.REPEATS, "repeats")]
    table = Table(title="Reports (every count: --format json)")
    table.add_column("report", no_wrap=True)
    for _, heading in columns:
        table.add_column(heading, justify="right")
    for report, c in counts["reports"].items():
        table.add_row(report, *(str(c.get(key, 0)) for key, _ in columns))
    console.print(table)
    if text:
        _write_out(obj, text.getvalue().encode("utf-8"), output, f"wrote {output}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "gexf", "csv"]),
              help="Default: from the extension of -o (.json, .graphml, .gexf, .csv), else json.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=True),
              help="File to write, - for standard output (csv: a folder for nodes.csv and "
                   "edges.csv).")
@click.pass_obj
@_store_errors
def export(obj: Context, fmt, output):
    """Write the whole graph as JSON (node-link), GraphML, GEXF or CSV.

    \b
    Example:
      clasgraph export -o graph.json
      clasgraph export -o graph.graphml   # Gephi, yEd
      clasgraph export --format csv -o graph-csv/
    """
    from clasgraph.graph.export import export_graph, export_text

    fmt = _format_from(fmt, output, ["json", "graphml", "gexf", "csv"], "json")
    path = _output_path(output, what="any")
    if path is None and fmt == "csv":
        raise BadInput("a csv export is two files (nodes.csv and edges.csv): give -o FOLDER")
    graph = obj.backend().load()
    if path is None:
        sys.stdout.buffer.write(export_text(graph, fmt))
        sys.stdout.flush()
        return
    written = export_graph(graph, fmt, path)
    obj.say(f"wrote {', '.join(map(str, written))} ({graph.number_of_nodes()} nodes, "
            f"{graph.number_of_edges()} relationships)")


#: Parameters of named queries that `clasgraph query` takes as options of their own.
QUERY_OPTIONS = {"report": "report or area", "org": "org", "service": "service"}


@cli.command("queries")
@format_option()
@output_option
@click.pass_obj
def list_queries(obj: Context, fmt, output):
    """List the named queries with what each takes: report or area, org, service (the
    options --report/--area, --org, --service, alike for every query that has them) and other
    parameters (--param K=V).

    \b
    Examples:
      clasgraph queries
      clasgraph queries --format csv
    """
    from clasgraph.queries.runner import named_queries

    fmt = _row_format(fmt, output)
    rows = []
    for query in named_queries().values():
        takes = [(QUERY_OPTIONS.get(p.name) or f"param {p.name}") + (" (required)" if p.required else "")
                 for p in query.params.values()]
        rows.append([query.name, "; ".join(takes), query.description])
    _emit_rows(obj, ["query", "takes", "description"], rows, fmt, output, "Named queries")


#: --report and --area, shared by every command that answers as of a review.
def _review_options(func):
    func = click.option("--area", metavar="NAME",
                        help="As of the latest review of this area (e.g. Ashvale).")(func)
    return click.option("--report", metavar="ID",
                        help="As of one review: its id or a unique start of it "
                             "(e.g. ashvale-2015).")(func)


def _reports(backend) -> list[dict]:
    """Every stored review: id, area and publication date."""
    from clasgraph.queries.runner import stored_reports

    return stored_reports(backend)


def _resolve_report(backend, wanted: str | None) -> str:
    """A review's id from an id or a unique start of one ("" for none); exit 2 with the
    closest names."""
    return _review(backend, wanted, None)


def _review(backend, report: str | None, area: str | None) -> str:
    """The review named by --report or --area ("" for every review); exit 2 with the closest
    names when none matches."""
    from clasgraph.queries.runner import resolve_report

    try:
        return resolve_report(backend, report, area)
    except LookupError as exc:
        raise BadInput(str(exc.args[0])) from None


@cli.command()
@click.argument("cypher", required=False)
@click.option("--name", "name", metavar="NAME", help="Run a named query (see: clasgraph queries).")
@click.option("--param", "params", multiple=True, metavar="K=V",
              help="A query parameter: K=text, or K:=JSON for numbers, lists, true/false. Repeatable.")
@click.option("--org", metavar="NAME",
              help="Shorthand for --param org=NAME: a name, alias, abbreviation or id; case, "
                   "'&'/'and', 'CCG'/'Clinical Commissioning Group' and 'NHS' do not matter.")
@click.option("--service", metavar="NAME",
              help="Shorthand for --param service=NAME: a service's name, a name reports use for "
                   "it ('health visitor', 'CAMHS', '0-19') or a word of its name.")
@_review_options
@format_option()
@output_option
@click.option("--write", is_flag=True, help="Allow a query that writes (Neo4j only).")
@click.pass_obj
@_store_errors
def query(obj: Context, cypher, name, params, org, service, report, area, fmt, output, write):
    """Run Cypher (read-only unless --write), ad hoc or by --name.

    Values travel as parameters, never spliced into the query. Every named query answers as
    of one review with --report ID or --area NAME (its latest review), or names the review
    and its date on every row. An organisation (--org or --param org=) means every body
    whose name, alias or abbreviation is that name, else whose name contains it; a service
    (--service or --param service=) every service whose name is that name, that reports call
    by it, else whose name contains it. A review, body or service that means none is refused
    with the closest names (exit 2). `clasgraph queries` lists which query takes which.

    \b
    Examples:
      clasgraph query --name service-accountability --param service="health visiting" --area ashvale
      clasgraph query --name recommendations-by-organisation --org "Leicestershire Partnership"
      clasgraph query --name action-plan --org LPT --report rutland -o action-plan.xlsx
      clasgraph query --name escalations-to-commissioners --service "health visitor" --report rutland
      clasgraph query "MATCH (o:Organisation)-[:PROVIDES]->(s:Service) RETURN o.name, collect(s.name)" --format csv
    """
    from clasgraph.graph.cypher import CypherError, parse_param
    from clasgraph.queries.finish import finish, workbook_writer
    from clasgraph.queries.runner import named_queries, resolve

    if bool(cypher) == bool(name):
        raise click.UsageError("give either a CYPHER query or --name NAME")
    fmt = _row_format(fmt, output)
    backend = obj.backend()
    try:
        given = dict(parse_param(p) for p in params)
        for key, value in (("org", org), ("service", service)):
            if value is not None:
                if key in given:
                    raise click.UsageError(f"give the {key} once: --{key} or --param {key}=")
                given[key] = value
        if report or area:
            if "report" in given:
                raise click.UsageError("give the review once: --report/--area or --param report=")
            given["report"] = _review(backend, report, area)
        if name:
            named = named_queries().get(name)
            if named is None:
                from clasgraph.graph.names import NAME_SEPARATOR, closest

                near = closest(name, named_queries())
                raise CypherError(f"no named query {name!r}"
                                  + (f"; closest: {NAME_SEPARATOR.join(near)}" if near else "")
                                  + "; see: clasgraph queries")
            try:
                cypher, given = named.cypher, resolve(backend, named, given)
            except LookupError as exc:
                raise BadInput(str(exc.args[0])) from None
        elif org is not None or service is not None:
            raise click.UsageError("--org and --service are for named queries; write the condition "
                                   "in your Cypher")
        elif (report or area) and "$report" not in cypher:
            raise click.UsageError("--report/--area set $report: use it in your Cypher "
                                   "(e.g. WHERE f.report_id = $report)")
        columns, rows = backend.query(cypher, given, write=write)
    except CypherError as exc:
        raise BadInput(str(exc)) from None
    columns, rows = finish(name, columns, rows)
    _emit_rows(obj, columns, rows, fmt, output, name, xlsx=workbook_writer(name))


@cli.command("map")
@click.option("--view", type=click.Choice(["commissioning", "recommendations", "repeats", "org"]),
              default="commissioning", show_default=True)
@click.option("--org", metavar="NAME",
              help="The organisation at the centre (org view), or the one to narrow the "
                   "commissioning and recommendations views to (name, alias, abbreviation or id).")
@click.option("--hops", type=click.IntRange(1, 6), default=1, show_default=True,
              help="How far from the organisation the org view reaches.")
@click.option("--rel", "rels", multiple=True, metavar="TYPE",
              type=click.Choice(sorted(r.value for r in Rel), case_sensitive=False),
              help="The org view walks only these relationships (repeatable), e.g. --rel PROVIDES "
                   "--rel COMMISSIONS.")
@_review_options
@click.option("--section", metavar="NAME", help="Only findings of one section (e.g. Governance).")
@click.option("--max-nodes", type=click.IntRange(10, 100000), default=1500, show_default=True,
              help="Above this the map keeps the most connected nodes and says what it left out.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (- for standard output).")
@click.pass_obj
@_store_errors
def map_command(obj: Context, view, org, hops, rels, report, area, section, max_nodes, output):
    """Draw an interactive HTML map: one self-contained file that opens offline.

    With --report or --area the map, and every tooltip in it, shows what that review states;
    without, every line's tooltip names its review. Repeats the review states are solid
    lines, those clasgraph inferred from the wording dashed ("inferred" in the legend).

    \b
    Examples:
      clasgraph map --view commissioning -o commissioning.html
      clasgraph map --view commissioning --area ashvale -o ashvale-now.html
      clasgraph map --view recommendations --report ashvale-2015 -o recommendations.html
      clasgraph map --view repeats -o repeats.html
      clasgraph map --view org --org "University Hospitals of Leicester" -o uhl.html
      clasgraph map --view org --org UHL --hops 2 --rel PROVIDES --rel COMMISSIONS -o uhl.html
    """
    from clasgraph.viz.maps import render_counted
    from clasgraph.viz.views import read_view, select

    backend = obj.backend()
    _html_output(output, "a map")  # a bad file name or folder: said before any work
    review = _review(backend, report, area)
    centres = ()
    if view == "org" and not org:
        raise BadInput("the org view needs --org NAME")
    if view == "org":
        from clasgraph.queries.runner import resolve_organisations

        try:
            centres = resolve_organisations(backend, org)
        except LookupError as exc:
            raise BadInput(str(exc.args[0])) from None
    graph = read_view(backend, view, review, centres=centres, hops=hops)
    if graph.number_of_nodes() == 0:
        raise BadInput(f"{backend.describe()} holds nothing for the {view} view"
                       + (f" of {review}" if review else "") + ": ingest a report first")
    if section:
        from clasgraph.graph.names import resolve_section

        try:
            section = resolve_section(section, {d["section"] for _, d in graph.nodes(data=True)
                                                if d["label"] == Label.FINDING and d.get("section")})
        except LookupError as exc:
            raise BadInput(str(exc.args[0])) from None
    links = None
    if view == "repeats":
        from clasgraph.graph.compare import read_repeats

        links = [lk for row in read_repeats(backend, review) for lk in row["links"]]
    try:
        chosen = select(graph, view, org=org, hops=hops, report=review or None, section=section,
                        budget=max_nodes, repeat_links=links, rels=[r.upper() for r in rels])
    except (ValueError, LookupError) as exc:
        raise BadInput(str(exc.args[0])) from None
    if chosen.graph.number_of_nodes() == 0:
        raise BadInput(f"nothing to draw for the {view} view with these options")
    generated = _generated(backend)
    html, drawn = render_counted(chosen, graph, generated=generated, version=str(backend.version))
    left = [(f"{drawn['lines_left_out']} line(s) between nodes the same distance from the centre "
             "not drawn")] if drawn["lines_left_out"] else []
    left += [note for note in chosen.notes if "left out" in note]  # the node budget's note
    _write_html(obj, html, output, f"wrote {output}: {drawn['nodes']} nodes, "
                f"{drawn['relationships']} relationships drawn" + "".join(f"; {x}" for x in left))


def _generated(backend) -> str:
    """When the map's data dates from: $SOURCE_DATE_EPOCH, else when the graph was saved."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        from datetime import datetime, timezone

        return "data of " + datetime.fromtimestamp(int(epoch), timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    saved = backend.saved_at()
    return f"saved {saved}" if saved and not saved.startswith("read") else saved


@cli.command("repeats")
@_review_options
@click.option("--all", "everything", is_flag=True,
              help="Strengths and neutral findings too (default: concerns and mixed findings).")
@click.option("--org", metavar="NAME", help="Only findings about this body (matched as every --org is).")
@click.option("--service", metavar="NAME",
              help="Only findings about this service (matched as every --service is).")
@format_option()
@output_option
@click.pass_obj
@_store_errors
def repeats_command(obj: Context, report, area, everything, org, service, fmt, output):
    """Findings that repeat an earlier review or report, one row per pair, each with its
    basis, stated first: "stated" (the review says so; the document it cites and the sentence,
    with the earlier finding it matches once that review is ingested), "restated" and
    "similar" (inferred by clasgraph from the wording, with the similarity score; no
    sentence states them). The same rows as the repeated-findings named query.

    \b
    Example:
      clasgraph repeats
      clasgraph repeats --area ashvale --all
      clasgraph repeats --report ashvale-2018 -o ashvale-repeats.xlsx
      clasgraph repeats --area ashvale --service "health visiting"
    """
    from clasgraph.graph.compare import REPEAT_COLUMNS, read_repeats
    from clasgraph.queries.runner import resolve_organisations, resolve_services

    fmt = _row_format(fmt, output)
    backend = obj.backend()
    review = _review(backend, report, area)
    try:
        orgs = resolve_organisations(backend, org) if org else None
        services = resolve_services(backend, service) if service else None
    except LookupError as exc:
        raise BadInput(str(exc.args[0])) from None
    rows = read_repeats(backend, review, everything, orgs, services)
    _emit_rows(obj, REPEAT_COLUMNS, [[r[c] for c in REPEAT_COLUMNS] for r in rows], fmt, output,
               "Repeats of earlier reviews" + ("" if everything else " (concerns)")
                + (f", as of {review}" if review else "")
               + " (restated, similar: inferred by clasgraph)")


@cli.command("diff")
@click.argument("report_a", required=False)
@click.argument("report_b", required=False)
@click.option("--area", metavar="NAME", help="Compare the latest two reviews of this area.")
@format_option()
@output_option
@click.pass_obj
@_store_errors
def diff_command(obj: Context, report_a, report_b, area, fmt, output):
    """Compare two reviews: what the later repeats of the earlier (each with its basis:
    stated, or restated/similar as clasgraph inferred), what is new, which earlier concerns
    are no longer mentioned. Reviews by id or unique start of an id; --area for its latest two.
    As a table: three tables; as CSV, JSON or a workbook: one row per finding, its part
    (repeated, new, no longer mentioned) and its review named on each.

    \b
    Example:
      clasgraph diff ashvale-2015 ashvale-2018
      clasgraph diff --area ashvale
      clasgraph diff --area ashvale -o ashvale-diff.csv
    """
    from clasgraph.graph.compare import diff
    from clasgraph.queries.runner import stored_reports

    fmt = _row_format(fmt, output)
    backend = obj.backend()
    if area:
        if report_a or report_b:
            raise click.UsageError("give either two reviews or --area NAME, not both")
        mine = sorted((r for r in stored_reports(backend)
                       if (r["area"] or "").lower() == area.lower().strip()),
                      key=lambda r: (r["date"], r["id"]))
        if len(mine) < 2:
            _review(backend, None, area)  # no such area: the closest names
            raise BadInput(f"the store holds {len(mine)} review of {area}: two are needed")
        report_a, report_b = mine[-2]["id"], mine[-1]["id"]
    elif not (report_a and report_b):
        raise click.UsageError("give two reviews (REPORT_A REPORT_B) or --area NAME")
    report_a = _review(backend, report_a, None)
    report_b = _review(backend, report_b, None)
    if report_a == report_b:
        raise BadInput(f"both are the report {report_a}: give two different reports")
    try:
        result = diff(backend, report_a, report_b)
    except LookupError as exc:
        raise BadInput(str(exc.args[0])) from None
    summary = (f"{result['earlier']} -> {result['later']}: {len(result['repeated'])} repeated, "
               f"{len(result['new'])} new, {len(result['no_longer_mentioned'])} earlier concerns "
               "no longer mentioned (restated, similar: inferred by clasgraph)")
    parts = [("repeated", result["later"]), ("new", result["later"]),
             ("no_longer_mentioned", result["earlier"])]
    if fmt == "json":  # the parts as they are (earlier, later, repeated, new, ...)
        import json

        _write_out(obj, json.dumps(result, indent=2, ensure_ascii=False).encode("utf-8") + b"\n",
                   output, f"wrote {output}")
        return
    if fmt != "table" or output not in (None, "-"):
        columns = ["part", "report", "finding", "section", "polarity", "text", "earlier_report",
                   "earlier_published", "earlier", "basis", "score"]
        rows = [[part.replace("_", " "), review, *(r.get(c, "") for c in columns[2:])]
                for part, review in parts for r in result[part]]
        _emit_rows(obj, columns, rows, fmt, output, summary)
        return
    click.echo(summary)
    for part, review in parts:
        rows = result[part]
        columns = ["finding", "section", "polarity", "text"] + (
            ["earlier_report", "earlier_published", "earlier", "basis", "score"]
            if part == "repeated" else [])
        _emit_rows(obj, columns, [[r[c] for c in columns] for r in rows], "table", None,
                   f"{part.replace('_', ' ').capitalize()} ({review})")


@cli.command("brief")
@click.option("--report", metavar="ID", help="The review (id, unique start of one, or area).")
@click.option("--area", metavar="NAME", help="The latest review of this area.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (- for standard output).")
@click.pass_obj
@_store_errors
def brief_command(obj: Context, report, area, output):
    """Write the board pack of one review: a self-contained HTML page (no network, prints
    cleanly to PDF) with the review's header, who commissions and provides what, each
    recommendation with its addressees, the body accountable now and its supporting
    findings, the follow-through of the previous review's recommendations, repeats (stated
    apart from inferred) and escalations, each line with its paragraph and sentence.

    \b
    Example:
      clasgraph brief --report rutland -o rutland-pack.html
      clasgraph brief --area Ashvale -o ashvale-pack.html
    """
    from clasgraph.graph.cypher import CypherError
    from clasgraph.viz.brief import gather, render

    if bool(report) == bool(area):
        raise click.UsageError("give either --report ID or --area NAME")
    backend = obj.backend()
    _html_output(output, "the board pack")  # a folder that does not exist: said before any work
    chosen = _review(backend, report, area)
    try:
        pack = gather(backend, chosen)
    except LookupError as exc:
        raise BadInput(str(exc.args[0])) from None
    except CypherError as exc:  # a store whose schema this version cannot read
        raise Failure(f"{backend.describe()}: {exc}") from None
    html = render(pack, generated=_generated(backend), version=str(backend.version))
    _write_html(obj, html, output, f"wrote {output}: the board pack of {pack['report']['name']} "
                f"({chosen}), {len(pack['recommendations'])} recommendation(s)")


@cli.command()
@click.pass_obj
def restore(obj: Context):
    """Put back the previous version of a damaged embedded store (or rebuild its damaged
    manifest from the newest intact graph file).

    \b
    Example:
      clasgraph --store clasgraph-data restore
    """
    from clasgraph.graph.store import EmbeddedStore, StoreError

    if obj.neo4j_uri:
        raise BadInput("restore works on the embedded store only (Neo4j keeps its own backups); "
                       "leave out --neo4j and $CLASGRAPH_NEO4J_URI")
    try:
        done = EmbeddedStore(obj.store_path).restore()
    except StoreError as exc:
        raise _store_failure(exc) from None
    except OSError as exc:
        raise Failure(f"{exc.filename or obj.store_path}: {exc.strerror or exc}") from None
    obj.say(done)


@cli.command()
@click.pass_obj
def repair(obj: Context):
    """Make a damaged embedded store whole again with every intact report (a report whose
    file in the store is damaged is left out and named: ingest it again).

    \b
    Example:
      clasgraph --store clasgraph-data repair
    """
    from clasgraph.graph.store import EmbeddedStore, StoreError

    if obj.neo4j_uri:
        raise BadInput("repair works on the embedded store only; leave out --neo4j and $CLASGRAPH_NEO4J_URI")
    try:
        obj.say(EmbeddedStore(obj.store_path).repair())
    except StoreError as exc:
        raise _store_failure(exc) from None
    except OSError as exc:
        raise Failure(f"{exc.filename or obj.store_path}: {exc.strerror or exc}") from None


@cli.command()
@click.argument("report_ids", nargs=-1, required=True)
@click.pass_obj
@_store_errors
def remove(obj: Context, report_ids):
    """Take reports (by id, see: clasgraph query --name reports) out of the store.

    \b
    Example:
      clasgraph remove rutland-2019-10-04
    """
    backend = obj.backend()
    removed = backend.remove(list(report_ids), on_wait=obj.say)
    if removed < len(report_ids):
        raise BadInput(f"{len(report_ids) - removed} of {len(report_ids)} report(s) are not in "
                       f"{backend.describe()}; removed {removed}")
    obj.say(f"removed {removed} report(s) from {backend.describe()}")


@cli.command()
@format_option(["markdown", *ROW_FORMATS], default="markdown")
@output_option
@click.pass_obj
def schema(obj: Context, fmt, output):
    """Print the graph schema (labels, relationship types, properties): as Markdown (the
    default, as in the README), or a row per label and per relationship.

    \b
    Examples:
      clasgraph schema
      clasgraph schema --format csv -o schema.csv
    """
    from clasgraph.graph.schema import NODES, RELATIONSHIPS, describe

    fmt = _row_format(fmt, output, ["markdown", *ROW_FORMATS]) if fmt or output else "markdown"
    if fmt == "markdown":
        _write_out(obj, describe().encode("utf-8") + b"\n", output, f"wrote {output}")
        return
    rows = [["node", label, "", "", ", ".join(props)] for label, props in NODES.items()]
    rows += [["relationship", rel, a, b, ", ".join(["report_id", "paragraph", "evidence", *spec["props"]])]
             for rel, spec in RELATIONSHIPS.items() for a, b in spec["pairs"]]
    _emit_rows(obj, ["kind", "name", "from", "to", "properties"], rows, fmt, output, "Schema")


__import__("clasgraph.cli_time").cli_time.register(cli)  # timeline, follow-through, accountable, lineage


def main(argv=None):
    """Entry point; reports a broken pipe quietly."""
    try:
        cli.main(args=argv, prog_name="clasgraph", standalone_mode=True)
    except BrokenPipeError:  # e.g. clasgraph export ... | head
        os._exit(0)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
