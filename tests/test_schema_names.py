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
