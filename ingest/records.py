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
        where = f"{self.props.get('report_id', '')}#{self.props.get('paragraph', '')}"
        return f"{self.source}-{self.type}->{self.target}@{where}"


@dataclass
class ReportRecords:
    report_id: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: sentences that speak of commissioning, provision or escalation but gave no relation
    misses: list[str] = field(default_factory=list)
    #: names recognised as bodies only because an earlier report or the store knows them
    known_bodies: list[str] = field(default_factory=list)
    #: the keys of the capitalised phrases of the text (and of every run of their words): whether
    #: a body another report names could be named here (not written to the graph)
    phrase_keys: frozenset = field(default_factory=frozenset, repr=False)
    _edge_keys: set = field(default_factory=set, repr=False)
    _node_index: dict = field(default_factory=dict, repr=False)

    def node(self, label: str, id: str, **props) -> str:
        """Add a node (merging properties into one already added) and return its id."""
        existing = self._node_index.get(id)
        if existing is not None:
            existing.props.update({k: v for k, v in props.items() if v not in (None, "")})
            return id
        node = Node(label, id, {"id": id, **props})
        self._node_index[id] = node
        self.nodes.append(node)
        return id

    def edge(self, type: str, source: str, target: str, **props) -> None:
        new = Edge(type, source, target, {"report_id": self.report_id, **props})
        if new.key not in self._edge_keys:
            self._edge_keys.add(new.key)
            self.edges.append(new)

    def take(self, part: ReportRecords) -> None:
        """Add the records one step of extraction returned (nodes merged by id, edges once)."""
        for n in part.nodes:
            self.node(n.label, n.id, **{k: v for k, v in n.props.items() if k != "id"})
        for e in part.edges:
            self.edge(e.type, e.source, e.target, **{k: v for k, v in e.props.items() if k != "report_id"})
        self.warnings.extend(part.warnings)
        self.misses.extend(part.misses)

    def rename(self, renamed: dict[str, str]) -> None:
        """Point every edge at the new id of a node whose id changed."""
        if not renamed:
            return
        edges, self.edges, self._edge_keys = self.edges, [], set()
        for e in edges:
            self.edge(e.type, renamed.get(e.source, e.source), renamed.get(e.target, e.target),
                      **{k: v for k, v in e.props.items() if k != "report_id"})

    def ids(self, label: str) -> list[str]:
        return [n.id for n in self.nodes if n.label == label]

    def edges_of(self, type: str) -> list[Edge]:
        return [e for e in self.edges if e.type == type]
