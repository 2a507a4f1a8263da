"""Named queries: ``*.cypher`` files whose header comment gives name, description and parameters.

Header lines::

    // name: recommendations-by-organisation
    // description: ...
    // param: org = "" (help text)      a parameter with a default
    // param: org (help text)           a required parameter

>>> q = named_queries()["action-plan"]
>>> q.params["report"].default
''
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources

from clasgraph.graph.cypher import CypherError

_REQUIRED = object()


@dataclass
class Param:
    name: str
    default: object = _REQUIRED
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


@dataclass
class NamedQuery:
    name: str
    description: str
    cypher: str
    params: dict[str, Param] = field(default_factory=dict)

    def bind(self, given: dict) -> dict:
        """The parameters to send: given values, then defaults; unknown or missing ones refused."""
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise CypherError(f"query {self.name} has no parameter {', '.join(unknown)} "
                              f"(it takes: {', '.join(self.params) or 'none'})")
        bound = {}
        for name, param in self.params.items():
            if name in given:
                bound[name] = given[name]
            elif param.required:
                raise CypherError(f"query {self.name} needs --param {name}=VALUE ({param.help})")
            else:
                bound[name] = param.default
        return bound


def parse_named_query(text: str) -> NamedQuery:
    meta: dict[str, str] = {}
    params: dict[str, Param] = {}
    for line in text.splitlines():
        m = re.match(r"\s*//\s*(name|description|param):\s*(.*)$", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "param":
            p = re.match(r"(\w+)\s*(?:=\s*(\"[^\"]*\"|\S+))?\s*(?:\((.*)\))?\s*$", value)
            if not p:
                raise ValueError(f"bad param line: {line}")
            default = json.loads(p.group(2)) if p.group(2) else _REQUIRED
            params[p.group(1)] = Param(p.group(1), default, p.group(3) or "")
        else:
            meta[key] = value.strip()
    return NamedQuery(meta["name"], meta.get("description", ""), text, params)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with clasgraph, by name."""
    found = {}
    for entry in sorted(resources.files("clasgraph.queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".cypher"):
            query = parse_named_query(entry.read_text(encoding="utf-8"))
            found[query.name] = query
    return found
