"""Typed records produced by the extractors: plain nodes and edges, each edge with evidence."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Node:
    label: str
    id: str
    props: dict = field(default_factory=dict)


@dataclass
class Edge:
    type: str
    source: str
    target: str
    props: dict = field(default_factory=dict)  # report_id, paragraph, evidence, ...

    @property
    def key(self) -> str:
        """One edge per type, ends and paragraph: re-extracting the same fact changes nothing."""
        return f"{self.type}@{self.props.get('report_id', '')}#{self.props.get('paragraph', '')}"


@dataclass
class ReportRecords:
    report_id: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def node(self, label: str, id: str, **props) -> str:
        """Add a node (merging properties into one already added) and return its id."""
        for existing in self.nodes:
            if existing.id == id:
                existing.props.update({k: v for k, v in props.items() if v not in (None, "")})
                return id
        self.nodes.append(Node(label, id, {"id": id, **props}))
        return id

    def edge(self, type: str, source: str, target: str, **props) -> None:
        new = Edge(type, source, target, {"report_id": self.report_id, **props})
        if not any(
            e.type == type and e.source == source and e.target == target and e.key == new.key
            for e in self.edges
        ):
            self.edges.append(new)

    def ids(self, label: str) -> list[str]:
        return [n.id for n in self.nodes if n.label == label]

    def edges_of(self, type: str) -> list[Edge]:
        return [e for e in self.edges if e.type == type]
