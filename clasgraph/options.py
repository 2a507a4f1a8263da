"""Options every command that prints rows takes alike (-o, --format), shared by clasgraph.cli
and clasgraph.cli_time (which may not import clasgraph.cli while it is being imported)."""

from __future__ import annotations

import click

#: Formats known from the extension of -o.
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".graphml": "graphml", ".gexf": "gexf",
                  ".xlsx": "xlsx", ".txt": "table"}

#: The formats of every command that prints rows (xlsx: a file, -o NAME.xlsx).
ROW_FORMATS = ["table", "csv", "json", "xlsx"]


def format_option(allowed=ROW_FORMATS, default: str = "table"):
    """--format for a command that prints rows, the same for every one."""
    extensions = ", ".join(k for k, v in SUFFIX_FORMATS.items() if v in allowed)
    return click.option("--format", "fmt", type=click.Choice(list(allowed)),
                        help=f"Default: from the extension of -o ({extensions}"
                             + (", .html" if "html" in allowed else "") + f"), else {default}.")


#: -o for a command that prints rows, the same for every one.
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False),
                             help="Write to a file (- for standard output).")
