"""Commands about change over time: ``timeline``, ``follow-through``, ``accountable`` and
``lineage``; registered on the main group by :func:`register`.

Every answer is read through Cypher on the Store protocol (named queries, then plain functions
over their rows), so the embedded store and a Bolt store give the same rows.
"""

from __future__ import annotations

import functools
from pathlib import Path

import click

from clasgraph.options import ROW_FORMATS, format_option, output_option


class _Base:
    """clasgraph.cli, imported when first used: it imports this module to register the commands
    (also when run as ``python -m clasgraph.cli``), so this module may not import it first."""

    def __getattr__(self, name):
        from clasgraph import cli

        return getattr(cli, name)


base = _Base()


def _store_errors(func):
    """clasgraph.cli's one-line store errors, for the commands of this module."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return base._store_errors(func)(*args, **kwargs)

    return wrapper

#: Rows, or a chart (html) for a board.
CHART_FORMATS = [*ROW_FORMATS, "html"]


def register(group: click.Group) -> None:
    """Add the commands of this module to the clasgraph group."""
    for command in (timeline_command, follow_through_command, accountable_command, lineage):
        group.add_command(command)


def _named(backend, name: str, params: dict) -> list[dict]:
    """Rows of a named query as dicts, lists in cells in a defined order."""
    from clasgraph.graph.cypher import CypherError
    from clasgraph.graph.followthrough import named_rows

    try:
        return named_rows(backend, name, params)
    except LookupError as exc:  # a review or body that matches nothing: the closest names
        raise base.BadInput(str(exc.args[0])) from None
    except CypherError as exc:
        raise base.BadInput(str(exc)) from None


def _rows(backend, cypher: str, params: dict) -> list[dict]:
    columns, rows = backend.query(cypher, params)
    return [dict(zip(columns, row)) for row in rows]


def _area(backend, wanted: str) -> tuple[str, list[dict]]:
    """The area's name as its reviews give it, and its reviews oldest first; exit 2 with the
    closest names when no review is of that area."""
    reports = base._reports(backend)
    areas = sorted({r["area"] for r in reports if r.get("area")})
    for area in areas:
        if area.lower() == wanted.lower().strip():
            return area, sorted((r for r in reports if r["area"] == area),
                                key=lambda r: (r["date"], r["id"]))
    from clasgraph.graph.names import no_match

    raise base.BadInput(str(no_match("area", wanted, areas).args[0]))


def _emit(obj, columns: list[str], rows: list[dict], fmt: str, output: str | None, title: str,
          html=None) -> None:
    """Rows (dicts) the way every command writes rows (clasgraph.cli._emit_rows)."""
    base._emit_rows(obj, columns, [[r.get(c) for c in columns] for r in rows], fmt, output, title, html=html)


def _format(fmt: str | None, output: str | None, allowed=tuple(CHART_FORMATS)) -> str:
    return base._row_format(fmt, output, list(allowed))


@click.command("timeline")
@click.option("--area", required=True, metavar="NAME", help="The area whose reviews to compare.")
@click.option("--service", metavar="NAME", default="",
              help="Only this service: its name, a name reports use for it ('health visitor', "
                   "'CAMHS') or a word of its name, matched as every --service is.")
@format_option(CHART_FORMATS)
@output_option
@click.pass_obj
@_store_errors
def timeline_command(obj, area, service, fmt, output):
    """Who commissioned and who provided each service of an area at each review, and what
    changed from one review to the next: contract moved, commissioner changed, body renamed
    or merged (a succession stated by a review or from a lineage file), service new or gone.
    Every row names its review and date. -o FILE.html draws it as a chart for a board.

    \b
    Examples:
      clasgraph timeline --area Ashvale
      clasgraph timeline --area Ashvale --service "health visiting" --format csv
      clasgraph timeline --area Ashvale -o ashvale-timeline.html
    """
    from clasgraph.graph.timeline import COLUMNS, timeline_in, timeline_rows

    fmt = _format(fmt, output)
    backend = obj.backend()
    area, _ = _area(backend, area)
    try:
        t = timeline_in(backend, area, service)
    except LookupError:  # no service of any area is named so: the closest of this area
        t = None
    if service and (t is None or not t.services):
        names = timeline_in(backend, area).services.values()
        from clasgraph.graph.names import no_match

        raise base.BadInput(str(no_match("service", service, names).args[0]) + f" in {area}")

    def html():
        from clasgraph.viz.timecharts import timeline_html

        return timeline_html(t)

    _emit(obj, COLUMNS, timeline_rows(t), fmt, output, f"Services of {area} review by review", html)


@click.command("follow-through")
@click.option("--area", metavar="NAME", help="Every review of the area against the next one.")
@click.option("--report", metavar="LATER_ID",
              help="The later review (id, unique start): the recommendations of the review before it.")
@format_option(CHART_FORMATS)
@output_option
@click.pass_obj
@_store_errors
def follow_through_command(obj, area, report, fmt, output):
    """For each recommendation of an earlier review, what the next review of the area says
    about the shortfall behind it: stated repeat (the review says so), progress noted (the
    review says so), restated (inferred by similarity, with its score: the review does not
    say so), or not mentioned. Stated first.

    \b
    Examples:
      clasgraph follow-through --area Ashvale
      clasgraph follow-through --report ashvale-2018 -o follow-through.html
    """
    from clasgraph.graph.cypher import CypherError
    from clasgraph.graph.followthrough import COLUMNS, follow_through_in

    if bool(area) == bool(report):
        raise click.UsageError("give either --area NAME or --report LATER_ID")
    fmt = _format(fmt, output)
    backend = obj.backend()
    params = {"area": "", "later": ""}
    if area:
        params["area"], reviews = _area(backend, area)
        if len(reviews) < 2:
            raise base.BadInput(f"{params['area']} has {len(reviews)} review in the store: "
                                "follow-through needs an earlier and a later one")
    else:
        params["later"] = base._resolve_report(backend, report)
    try:
        result = follow_through_in(backend, **params)
    except CypherError as exc:
        raise base.BadInput(str(exc)) from None
    if report and not result:
        raise base.BadInput(f"{params['later']} has no earlier review of its area in the store "
                            "(or that review made no recommendations)")

    def html():
        from clasgraph.viz.timecharts import follow_through_html

        return follow_through_html(result)

    _emit(obj, COLUMNS, result, fmt, output, "Recommendation follow-through", html)


@click.command("accountable")
@click.option("--report", metavar="ID", help="One review (id, unique start, or area).")
@click.option("--area", metavar="NAME", help="The latest review of this area.")
@click.option("--org", metavar="NAME", default="", help="Only this body as the review named it.")
@format_option(ROW_FORMATS)
@output_option
@click.pass_obj
@_store_errors
def accountable_command(obj, report, area, org, fmt, output):
    """Each body a review named (addressed a recommendation to, commissioned or provided a
    service) beside the body accountable now, following successions (SUCCEEDED_BY) stated by
    reviews and from lineage files, and how that is known.

    \b
    Examples:
      clasgraph accountable --report rutland
      clasgraph lineage import examples/lineage-leicestershire.csv && clasgraph accountable --report rutland
    """
    from clasgraph.queries.finish import accountable_rows

    fmt = _format(fmt, output, ROW_FORMATS)
    backend = obj.backend()
    report = base._review(backend, report, area)
    rows = _named(backend, "accountable-now", {"report": report, "org": org})
    columns = ["report", "area", "published", "organisation", "named_as", "accountable_now", "how_known"]
    _emit(obj, columns, accountable_rows(rows), fmt, output, "Accountable now")


@click.group("lineage")
def lineage():
    """Successions of bodies (mergers, renamings, transfers) from a lineage file you supply,
    kept apart from what reviews state.

    \b
    A lineage file is CSV (UTF-8) with a header row naming the columns
      predecessor, successor, date, reason
    and optionally predecessor_code, successor_code (ODS codes). Predecessor and successor
    are names or ODS codes; dates are YYYY-MM-DD, YYYY-MM or YYYY. Example:
      predecessor,successor,date,reason
      NHS East Leicestershire and Rutland CCG,NHS Leicester Leicestershire and Rutland ICB,2022-07-01,CCGs abolished
    """


@lineage.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.pass_obj
@_store_errors
def lineage_import(obj, file):
    """Store the successions of a lineage file (marked as the file's, never as a review's
    statement). Importing a file of the same name again replaces its successions. A bad file
    is refused with one line naming the file and row, and the store is left as it was.

    \b
    Examples:
      clasgraph lineage import mergers.csv
      clasgraph lineage import examples/lineage-leicestershire.csv
    """
    from clasgraph.graph import lineage as lin

    path = Path(file)
    try:
        rows = lin.read_lineage(path)
        backend = obj.backend()
        stored = lin.OrgNames([[r["id"], r["name"], r["kind"], r["aliases"]]
                               for r in _rows(backend, lin.ORGS_CYPHER, {})]
                              if _has_store(backend) else [])
        records = lin.lineage_records(rows, path.name, stored, lin.known_codes(rows), str(path))
    except lin.LineageError as exc:
        raise base.BadInput(str(exc)) from None
    lin.write_lineage(backend, records, path.name)
    obj.say(f"stored {len(records.edges)} succession(s) from {path.name} in {backend.describe()}")


def _has_store(backend) -> bool:
    """Whether the store holds anything yet (an embedded store is made by the first write)."""
    from clasgraph.graph.protocol import NoStore

    try:
        backend.query("MATCH (o:Organisation) RETURN count(o) AS n", {})
    except NoStore:
        return False
    return True


@lineage.command("list")
@click.option("--org", metavar="NAME", default="",
              help="Only successions of or to this body (name, alias, abbreviation or id, matched "
                   "as every --org is).")
@format_option(ROW_FORMATS)
@output_option
@click.pass_obj
@_store_errors
def lineage_list(obj, org, fmt, output):
    """Every succession the store holds: stated by a review (review and paragraph named) or
    from a lineage file (file and row named).

    \b
    Example:
      clasgraph lineage list --org "Rutland"
    """
    from clasgraph.graph.lineage import SUCCESSIONS_CYPHER

    fmt = _format(fmt, output, ROW_FORMATS)
    backend = obj.backend()
    ids = [""]
    if org:
        from clasgraph.queries.runner import resolve_organisations

        try:
            ids = resolve_organisations(backend, org)
        except LookupError as exc:
            raise base.BadInput(str(exc.args[0])) from None
    rows = _rows(backend, SUCCESSIONS_CYPHER, {"org": ids})
    columns = ["predecessor", "successor", "date", "reason", "basis", "source", "review_published",
               "paragraph", "evidence"]
    _emit(obj, columns, rows, fmt, output, "Successions")
