"""Every label and relationship type the named queries and the map styles use is one the schema
declares: the schema is the one place that names them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from clasgraph.graph.schema import NODES, RELATIONSHIPS

QUERIES = sorted((Path(__file__).resolve().parent.parent / "queries").glob("*.cypher"))


def _strip(cypher: str) -> str:
    """The statement without comments and string literals (which may hold any word)."""
    cypher = re.sub(r"//[^\n]*", "", cypher)
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "''", cypher)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_named_query_uses_only_schema_names(path):
    body = _strip(path.read_text(encoding="utf-8"))
    labels = set(re.findall(r"\(\s*\w*\s*:\s*(\w+)", body))
    labels |= {m for group in re.findall(r"\(\s*\w*\s*:\s*\w+((?:\s*\|\s*\w+)+)", body)
               for m in re.findall(r"\w+", group)}
    types = {t for group in re.findall(r"\[\s*\w*\s*:\s*([\w|\s]+?)\s*[\]*{]", body)
             for t in re.split(r"\s*\|\s*", group) if t}
    assert labels, f"{path.name} names no label"
    assert labels <= set(NODES), labels - set(NODES)
    assert types <= set(RELATIONSHIPS), types - set(RELATIONSHIPS)


def test_map_styles_name_only_schema_labels_and_types():
    from clasgraph.viz import styles

    assert set(styles.NODE_STYLES) == set(NODES)
    assert set(styles.EDGE_COLORS) <= set(RELATIONSHIPS)


ROOT = Path(__file__).resolve().parent.parent
#: Files that still write label or type names as strings, with how many: the schema's
#: constants replace them as those files are next edited (ingest/ and the graph builder and
#: linking are being changed elsewhere). A count may only go down.
STILL_LITERAL = {"graph/builder.py": 8, "graph/followthrough.py": 3, "graph/lineage.py": 2,
                 "graph/linkdb.py": 4, "graph/linking.py": 19, "ingest/__init__.py": 1,
                 "ingest/extract.py": 23, "ingest/references.py": 5, "ingest/relations.py": 3,
                 "ingest/rules/cues.py": 18, "ingest/rules/lexicon.py": 2}
#: What the schema names: labels and relationship types (and the types renamed since).
SCHEMA_NAMES = set(NODES) | set(RELATIONSHIPS)


def _literals(path: Path) -> list[int]:
    """Lines of a Python file where a label or type name is written as a string, outside
    docstrings and lines marked "# heading, not a label" (a column people read)."""
    import ast

    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef,
                                       ast.AsyncFunctionDef))
                  and ast.get_docstring(node, clean=False) is not None}
    return sorted(n.lineno for n in ast.walk(tree)
                  if isinstance(n, ast.Constant) and n.value in SCHEMA_NAMES
                  and id(n) not in docstrings
                  and not lines[n.lineno - 1].rstrip().endswith("# heading, not a label"))


def _package_files():
    for folder in ("clasgraph", "graph", "queries", "viz", "ingest"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name != "schema.py" or folder != "graph":
                yield path


def test_label_and_type_names_come_from_the_schema():
    """``grep -rn '"COMMISSIONS"\\|"Finding"' --include=*.py`` finds them only in the schema
    (and, counted, in the files still to change)."""
    found = {}
    for path in _package_files():
        lines = _literals(path)
        if lines:
            found[str(path.relative_to(ROOT))] = lines
    unexpected = {f: lines for f, lines in found.items() if f not in STILL_LITERAL}
    assert not unexpected, f"use clasgraph.graph.schema's Label and Rel: {unexpected}"
    grown = {f: len(lines) for f, lines in found.items() if len(lines) > STILL_LITERAL[f]}
    assert not grown, f"more string names than before (use Label and Rel): {grown}"


def test_the_schema_declares_how_each_relationship_reads_and_whether_it_is_derived():
    from clasgraph.graph.schema import Label, OrgKind, Polarity, Rel, is_derived, reads

    assert set(Label) == set(NODES) and set(Rel) == set(RELATIONSHIPS)
    assert (reads("COMMISSIONS"), reads("COMMISSIONS", forward=False)) == (
        "commissions", "commissioned by")
    assert all(len(spec["reads"]) == 2 for spec in RELATIONSHIPS.values())
    assert {r for r in RELATIONSHIPS if is_derived(r)} == {"SAME_AS", "SIMILAR_TO"}
    assert is_derived("REPEATS", "restated") and not is_derived("REPEATS", "")
    from clasgraph.ingest.organisations import KNOWN_KINDS, kind_of

    # every kind the organisation reader gives is one the schema names (the sample's bodies)
    names = ["NHS England", "Rutland County Council", "Leicestershire Partnership NHS Trust",
             "NHS East Leicestershire and Rutland CCG", "Oakham Medical Practice",
             "NHS Leicester, Leicestershire and Rutland Clinical Commissioning Groups",
             "Leicestershire County Council Public Health", "Turning Point",
             "Kettering General Hospital", "Local Safeguarding Children Board"]
    assert {kind_of(n) for n in names} | set(KNOWN_KINDS.values()) <= set(OrgKind)
    from clasgraph.viz.styles import POLARITY_COLORS

    assert set(POLARITY_COLORS) == set(Polarity)
