"""The Neo4j store, through Neo4j's official driver (any Bolt server that speaks its protocol).

Credentials come from ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD`` and the database from
``NEO4J_DATABASE``; the password is never printed. Each report is written in one managed
transaction (retried by the driver on transient errors): its old version is removed and its
nodes and relationships are merged with batched ``UNWIND $rows ... MERGE`` statements, so a
failure leaves no part of that report and re-ingesting changes nothing.
"""

from __future__ import annotations

import os
import re

import networkx as nx
from clasgraph.graph.builder import edge_attrs, node_attrs
from clasgraph.graph.cypher import CypherError, check_read_only, plain_value
from clasgraph.graph.protocol import BadStoreArgument, StoreError, rows_by_type
from clasgraph.graph.schema import NODES, RELATIONSHIPS, RENAMED, REPORT_OWNED, Label, Rel

BATCH = 1000


#: The labels at the ends of each kind of link across reports.
_LINK_ENDS = {Rel.SIMILAR_TO: (Label.FINDING, Label.FINDING),
              Rel.REPEATS: (Label.FINDING, Label.FINDING),
              Rel.SAME_AS: (Label.DOCUMENT, Label.REPORT)}

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def _split(uri: str) -> tuple[str, str, str, str]:
    """scheme, userinfo, host[:port] and the rest of a URI, without parsing the port."""
    scheme, sep, rest = uri.partition("://")
    if not sep:
        scheme, rest = "", uri
    end = min((i for i in (rest.find("/"), rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    userinfo, _, hostport = rest[:end].rpartition("@")
    return scheme, userinfo, hostport, rest[end:]


def redact(uri: str) -> str:
    """The URI without any password written into it.

    >>> redact("neo4j+s://neo4j:secret@example.org:7687")
    'neo4j+s://neo4j@example.org:7687'
    >>> redact("bolt://root:secret@host:notaport")
    'bolt://root@host:notaport'
    >>> redact("bolt://host:7687/?password=secret#x")
    'bolt://host:7687/?…'
    """
    scheme, userinfo, hostport, rest = _split(uri)
    user = userinfo.split(":", 1)[0]
    path, query, _ = rest.partition("?")
    path = path.partition("#")[0]
    return f"{scheme + '://' if scheme else ''}{user + '@' if user else ''}{hostport}{path}{'?…' if query else ''}"


_SECRET_KEYS = re.compile(r"(?:^|[?&;])(?:[^=&;]*(?:pass|pwd|secret|token|credential|auth|key)[^=&;]*)=",
                          re.IGNORECASE)


def check_uri(uri: str) -> str:
    """The URI, if clasgraph can use it: a Bolt scheme, a host, a numeric port, and no
    credentials in it (they belong in NEO4J_USERNAME and NEO4J_PASSWORD). Never echoes a
    password.

    >>> check_uri("bolt://root:pw@localhost:7687")
    Traceback (most recent call last):
    clasgraph.graph.protocol.BadStoreArgument: --neo4j bolt://…@localhost:7687: the URI holds credentials, which it never should: set NEO4J_USERNAME and NEO4J_PASSWORD instead
    """
    scheme, userinfo, hostport, rest = _split(uri)
    shown = f"{scheme + '://' if scheme else ''}{'…@' if userinfo else ''}{hostport}"
    if scheme.lower() not in SCHEMES:
        raise BadStoreArgument(f"--neo4j {shown}: unsupported scheme {scheme or '(none)'!r}; use "
                               + ", ".join(f"{s}://" for s in SCHEMES))
    query = rest.partition("?")[2].partition("#")[0]
    if userinfo or (query and _SECRET_KEYS.search("?" + query)):
        raise BadStoreArgument(f"--neo4j {shown}: the URI holds credentials, which it never should: "
                               "set NEO4J_USERNAME and NEO4J_PASSWORD instead")
    host, colon, port = hostport.rpartition(":") if not hostport.endswith("]") else (hostport, "", "")
    if not colon:
        host, port = hostport, ""
    if not host or (colon and not (port.isdigit() and 0 < int(port) < 65536)):
        raise BadStoreArgument(f"--neo4j {shown}: expected {scheme}://HOST[:PORT] with a port "
                               "from 1 to 65535")
    return uri


#: Written with each report (and each removal), in its transaction; cleared by the transaction
#: that makes the links across reports. Set at the start of an ingest: one was interrupted
#: between its reports and their links, and this one makes them.
LINKS_OWED = "MERGE (n:ClasgraphLinks {id: 'links'}) SET n.pending = true"


def report_batches(records) -> list[tuple[str, dict]]:
    """The statements and parameters that write one report, after its old version is removed
    (:func:`removal_statements`): its own nodes and relationships are created, the shared nodes
    (organisations, services, documents, areas) merged by id. Writing twice changes nothing.
    """
    statements: list[tuple[str, dict]] = []
    by_label: dict[str, list[dict]] = {}
    labels = {}
    for node in records.nodes:
        labels[node.id] = node.label
        by_label.setdefault(node.label, []).append(node_attrs(node.label, node.props))
    for label, rows in by_label.items():
        for row in rows:
            row.pop("label", None)
        if label == Label.ORGANISATION:
            # The longest name wins; every other name seen is kept once as an alias.
            # The rule of clasgraph.graph.builder.merge_attrs: the longer name, the
            # alphabetically first of two equally long ones.
            cypher = ("UNWIND $rows AS r MERGE (n:Organisation {id: r.id}) "
                      "WITH n, r, CASE WHEN n.name IS NOT NULL AND (size(n.name) > size(r.name) "
                      "OR (size(n.name) = size(r.name) AND n.name < r.name)) "
                      "THEN n.name ELSE r.name END AS name, "
                      "coalesce(n.aliases, []) + r.aliases + [r.name] "
                      "+ CASE WHEN n.name IS NULL THEN [] ELSE [n.name] END AS names "
                      "SET n.kind = CASE WHEN r.kind <> '' THEN r.kind ELSE coalesce(n.kind, '') END, "
                      "n.name = name, n.aliases = reduce(acc = [], a IN names | "
                      "CASE WHEN a IN acc OR a = name THEN acc ELSE acc + [a] END)")
        elif label in REPORT_OWNED:
            # Deleted above with the report's old version: creating cannot duplicate.
            cypher = f"UNWIND $rows AS r CREATE (n:{label}) SET n = r"
        else:
            cypher = f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n += r"
        for i in range(0, len(rows), BATCH):
            statements.append((cypher, {"rows": rows[i:i + BATCH]}))
    grouped = rows_by_type(((e.source, e.target, edge_attrs(e.type, e.key, e.props)) for e in records.edges),
                           labels.get)
    by_rel = {key: [{"s": u, "t": v, "p": {k: x for k, x in d.items() if k != "type"}}
                    for u, v, d in rows] for key, rows in grouped.items()}
    for (rel, a, b), rows in by_rel.items():
        # Every relationship of this report was deleted above, so CREATE cannot duplicate one.
        cypher = (f"UNWIND $rows AS r MATCH (a:{a} {{id: r.s}}) MATCH (b:{b} {{id: r.t}}) "
                  f"CREATE (a)-[e:{rel}]->(b) SET e = r.p")
        for i in range(0, len(rows), BATCH):
            statements.append((cypher, {"rows": rows[i:i + BATCH]}))
    return statements


#: Relationship types that can join two shared nodes (organisations, services, ...): the only
#: ones a report's old version can leave behind once its own nodes are deleted.
SHARED_TYPES = sorted(t for t, spec in RELATIONSHIPS.items()
                      if any(a not in REPORT_OWNED and b not in REPORT_OWNED for a, b in spec["pairs"]))


def removal_statements(report_id: str) -> tuple[list[tuple[str, dict]], list[tuple[str, dict]]]:
    """Delete a report's own nodes (the last statement returns how many reports went), then,
    only if there was one, the relationships it added between shared nodes and the shared
    nodes it left alone."""
    params = {"rid": report_id}
    first = [("MATCH (:Report {id: $rid})-[:HAS_FINDING|MAKES]->(m) DETACH DELETE m", params),
             ("MATCH (n:Report {id: $rid}) DETACH DELETE n RETURN count(n) AS removed", params)]
    rest = [(f"MATCH ()-[r:{'|'.join(SHARED_TYPES)}]->() WHERE r.report_id = $rid DELETE r", params)]
    for label in NODES:
        if label not in REPORT_OWNED:
            rest.append((f"MATCH (n:{label}) WHERE NOT (n)--() DELETE n", {}))
    return first, rest


class Neo4jStore:
    """A graph in Neo4j (or another Bolt server speaking Neo4j's protocol)."""

    def __init__(self, uri: str, username: str | None = None, password: str | None = None,
                 database: str | None = None):
        self.uri = check_uri(uri)
        self.username = username if username is not None else os.environ.get("NEO4J_USERNAME")
        self.password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
        self.database = database or os.environ.get("NEO4J_DATABASE") or None
        self._driver = None

    version = "neo4j"

    def saved_at(self) -> str:
        from datetime import datetime, timezone

        return "read " + datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    def describe(self) -> str:
        db = f" database {self.database}" if self.database else ""
        return f"Neo4j at {redact(self.uri)}{db}"

    # -- connection ----------------------------------------------------------------------------
    def driver(self):
        if self._driver is None:
            from neo4j import GraphDatabase

            auth = (self.username or "neo4j", self.password) if self.password else None
            try:
                # Transient failures are retried by managed transactions for a bounded time.
                self._driver = GraphDatabase.driver(self.uri, auth=auth,
                                                    max_transaction_retry_time=10.0,
                                                    connection_timeout=10.0)
                self._driver.verify_connectivity()
            except Exception as exc:  # noqa: BLE001 - every driver failure becomes one line
                self._driver = None
                raise StoreError(self._explain(exc)) from None
        return self._driver

    def _explain(self, exc: Exception) -> str:
        name = type(exc).__name__
        text = str(exc).replace(self.uri, redact(self.uri))
        text = text.replace(self.password, "***") if self.password else text
        where = self.describe()
        if name == "AuthError" or "unauthorized" in text.lower() or "authentication" in text.lower():
            return f"{where}: authentication failed: check NEO4J_USERNAME and NEO4J_PASSWORD"
        if name == "ServiceUnavailable":
            return f"{where}: cannot connect ({text.splitlines()[0] if text else 'no answer'})"
        if "DatabaseNotFound" in text or ("database" in text.lower() and (
                "not found" in text.lower() or "does not exist" in text.lower())):
            return f"{where}: no such database: check NEO4J_DATABASE"
        if name in ("ConfigurationError", "ValueError"):
            return f"{where}: {text.splitlines()[0] if text else name}"
        return f"{where}: {name}: {text.splitlines()[0] if text else ''}"

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def _session(self, read: bool = False):
        from neo4j import READ_ACCESS, WRITE_ACCESS

        return self.driver().session(database=self.database,
                                     default_access_mode=READ_ACCESS if read else WRITE_ACCESS)

    def _failed(self, exc: Exception) -> StoreError:
        return StoreError(self._explain(exc))

    # -- writing -------------------------------------------------------------------------------
    def ensure_constraints(self) -> dict[str, int]:
        """Uniqueness constraints on ids; and relationships an earlier version named otherwise
        (schema.RENAMED, e.g. CONCERNS) renamed in place. Returns {old type: how many}."""
        from neo4j.exceptions import DriverError, Neo4jError

        renamed = {}
        try:
            with self._session() as session:
                for label in [*NODES, "ClasgraphLinks"]:
                    session.run(f"CREATE CONSTRAINT clasgraph_{label.lower()}_id IF NOT EXISTS "
                                f"FOR (n:{label}) REQUIRE n.id IS UNIQUE").consume()
                for old, new in RENAMED.items():  # both names come from the schema, not from users
                    n = session.execute_write(lambda tx, old=old, new=new: tx.run(
                        f"MATCH (a)-[r:{old}]->(b) CREATE (a)-[n:{new}]->(b) SET n = properties(r) "
                        "DELETE r RETURN count(n) AS n").single()["n"])
                    if n:
                        renamed[old] = n
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc) from None
        return renamed

    def write_report(self, records) -> None:
        """One report in one managed transaction: all of it or none of it."""
        statements = report_batches(records)
        first, cleanup = removal_statements(records.report_id)

        def work(tx):
            tx.run(*first[0]).consume()
            if tx.run(*first[1]).single()["removed"]:
                for cypher, params in cleanup:
                    tx.run(cypher, params).consume()
            for cypher, params in statements:
                tx.run(cypher, params).consume()
            tx.run(LINKS_OWED).consume()

        with self._session() as session:
            session.execute_write(work)

    def ingest(self, records_list, on_wait=None, plan=None) -> int:
        """Write reports, one transaction each; ``plan`` as in the embedded store's ingest."""
        from neo4j.exceptions import DriverError, Neo4jError

        renamed = self.ensure_constraints()
        if renamed and on_wait is not None:
            on_wait("upgraded the database: " + ", ".join(
                f"{n} {old} relationship(s) are now {RENAMED[old]}" for old, n in renamed.items()))
        if plan is not None:
            records_list = plan(self.summaries([r.report_id for r in records_list]))
        if records_list:
            from clasgraph.graph.resolve import resolve_bodies

            records_list, self.last_merges = resolve_bodies(records_list, self.known_bodies())
        interrupted = self._links_pending()
        done, written = 0, []
        for records in records_list:
            try:
                self.write_report(records)
            except (Neo4jError, DriverError, OSError) as exc:
                raise StoreError(f"{self.describe()}: report {records.report_id} was not written "
                                 f"(rolled back; {done} earlier report(s) were): "
                                 f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                                 ) from None
            done += 1
            written.append(records)
        if done or interrupted:  # an ingest killed before its links: finished now
            self.relink(written)
        return done

    def _links_pending(self) -> bool:
        """Whether reports were written whose links across reports were never made (an ingest
        or a removal interrupted between its reports and its links)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session() as session:
                record = session.run("MATCH (n:ClasgraphLinks {id: 'links'}) "
                                     "RETURN n.pending AS pending").single()
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc) from None
        return bool(record and record["pending"])

    def remove(self, report_ids, on_wait=None) -> int:
        """Take reports out, one transaction each, then update the links; returns how many."""
        from neo4j.exceptions import DriverError, Neo4jError

        gone = []
        interrupted = self._links_pending()
        for rid in report_ids:
            first, cleanup = removal_statements(rid)

            def work(tx, first=first, cleanup=cleanup):
                tx.run(*first[0]).consume()
                removed = tx.run(*first[1]).single()["removed"]
                if removed:
                    for cypher, params in cleanup:
                        tx.run(cypher, params).consume()
                    tx.run(LINKS_OWED).consume()
                return removed

            try:
                with self._session() as session:
                    if session.execute_write(work):
                        gone.append(rid)
            except (Neo4jError, DriverError, OSError) as exc:
                raise self._failed(exc) from None
        if gone or interrupted:
            self.relink(removed=gone)
            _, cleanup = removal_statements("")
            try:  # shared nodes that only the links just removed still touched
                with self._session() as session:
                    for cypher, params in cleanup[1:]:
                        session.run(cypher, params).consume()
            except (Neo4jError, DriverError, OSError) as exc:
                raise self._failed(exc) from None
        return len(gone)

    def restore(self) -> str:
        raise StoreError(f"{self.describe()}: restore works on the embedded store only (Neo4j "
                         "keeps its own backups)")

    def relink(self, written=(), removed=()) -> None:
        """Update the links across reports (SIMILAR_TO, SAME_AS, REPEATS between findings) for
        the reports just written or removed, in one transaction.

        What linking needs is kept, row by row, in a linking database on this machine
        (clasgraph.graph.linkdb, in ``$XDG_CACHE_HOME/clasgraph/``), tied to the database by a
        token on a node labelled ``ClasgraphLinks`` (outside the schema: maps, exports and named
        queries never see it). When the token matches and the database holds the reports the
        cache knows plus these, the new reports' findings are compared with their neighbours
        there and only the links that change are deleted or created, each found through its
        end nodes' id constraints: the graph is not read back. Otherwise (another machine or
        an earlier version wrote last, or a write was interrupted) the cache is rebuilt from
        the stored graph once and every link replaced.
        """
        from clasgraph.graph.builder import part_of_records
        from clasgraph.graph.linkdb import LINKDB_DAMAGE
        from clasgraph.graph.linking import features
        from neo4j.exceptions import DriverError, Neo4jError

        found = {r.report_id: features(part_of_records(r)) for r in written}
        shas = {r.report_id: next((n.props.get("sha256") for n in r.nodes if n.label == Label.REPORT), None)
                for r in written}
        for attempt in ("as it is", "made again"):
            cache = self._link_cache(fresh=attempt == "made again")
            try:
                self._relink_with(cache, found, shas, removed)
                return
            except (DriverError, Neo4jError) as exc:
                raise self._failed(exc) from None
            except LINKDB_DAMAGE as exc:  # the cache is derived data: made again from the graph
                if attempt == "made again":
                    raise StoreError(f"{self.describe()}: the links across reports could not be "
                                     f"updated ({type(exc).__name__}: {exc})") from None
            finally:
                cache.close()

    def _relink_with(self, cache, found: dict, shas: dict, removed) -> None:
        import secrets

        with cache.transaction(), self._session() as session, session.begin_transaction() as tx:
            record = tx.run("MATCH (n:ClasgraphLinks {id: 'links'}) RETURN n.token AS token").single()
            known = cache.known_reports()
            stored = {rec["id"]: rec["sha"] for rec in
                      tx.run("MATCH (r:Report) RETURN r.id AS id, r.sha256 AS sha")}
            expected = {k: v for k, v in {**known, **shas}.items() if k not in removed}
            if record is None or not record["token"] or record["token"] != cache.token() \
                    or expected != stored:
                self._relink_whole(tx, cache, stored)
            else:
                before = cache.report_count()
                refrozen = cache.update(found, removed)
                if refrozen is not None or min(before, cache.report_count()) < 2:
                    # every link again: frequencies frozen again, or links shown or hidden
                    # as the store crosses two reports
                    self._replace_links(tx, cache, found)
                else:
                    self._apply_link_changes(tx, cache.changes, found)
            cache.set_known_reports(stored)
            token = secrets.token_hex(8)
            cache.set_token(token)
            tx.run("MERGE (n:ClasgraphLinks {id: 'links'}) SET n.token = $token REMOVE n.state, n.pending",
                   token=token).consume()
            self.last_links = {t: cache.counts()["types"].get(t, 0)
                               for t in (Rel.SAME_AS, Rel.REPEATS, Rel.SIMILAR_TO)}
            tx.commit()  # then the cache commits: if it cannot, the tokens differ next time

    def _link_cache(self, fresh: bool = False):
        """This database's linking cache on this machine (in memory if no cache folder can be
        written: then every ingest relinks whole)."""
        import hashlib
        from pathlib import Path

        from clasgraph.graph.linkdb import FILE_NAME, LINKDB_DAMAGE, LinkDB, drop_linkdb

        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        key = hashlib.sha256(f"{redact(self.uri)}\n{self.database or ''}".encode()).hexdigest()[:16]
        folder = cache / "clasgraph" / f"neo4j-{key}"
        path = folder / FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if fresh:
                drop_linkdb(path)
            try:
                return LinkDB.open(path, write=True)
            except LINKDB_DAMAGE:  # damaged: derived data, made again
                drop_linkdb(path)
                return LinkDB.open(path, write=True)
        except (OSError, *LINKDB_DAMAGE):
            return LinkDB.open(None, write=True)

    def _relink_whole(self, tx, cache, stored: dict) -> None:
        """Rebuild the cache from the stored graph and replace every link (once, for a database
        the cache does not know)."""
        from clasgraph.graph.linking import link_features

        cache.rebuild(link_features(self._load(tx)))
        self._replace_links(tx, cache, {})

    def _replace_links(self, tx, cache, found: dict) -> None:
        tx.run("MATCH ()-[r:SIMILAR_TO|SAME_AS]->() DELETE r").consume()
        tx.run("MATCH (:Finding)-[r:REPEATS]->(:Finding) DELETE r").consume()
        self._create_links(tx, *cache.rows(), found=found)

    def _evidence(self, tx, fids, found: dict):
        """(report id, paragraph, first sentence) of these findings: the new reports' from their
        records, the others' read by id."""
        from clasgraph.graph.linking import _first_sentence

        known = {fid: (f["r"], f["no"], f["ev"]) for part in found.values()
                 for fid, f in part["findings"].items()}
        wanted = sorted(set(fids) - set(known))
        for i in range(0, len(wanted), BATCH):
            for rec in tx.run("UNWIND $ids AS id MATCH (f:Finding {id: id}) "
                              "RETURN f.id AS id, f.report_id AS r, f.number AS no, f.text AS text",
                              ids=wanted[i:i + BATCH]):
                known[rec["id"]] = (rec["r"] or "", rec["no"] or "", _first_sentence(rec["text"] or ""))
        return lambda fid: known.get(fid, ("", "", ""))

    def _create_links(self, tx, pair_rows, doc_rows, found: dict) -> None:
        from clasgraph.graph.linking import materialize

        evidence = self._evidence(tx, {u for _, u, *_ in pair_rows}, found)
        added: dict[str, list] = {}
        for u, v, _key, d in materialize(pair_rows, doc_rows, evidence):
            props = {k: x for k, x in d.items() if k != "type"}
            added.setdefault(d["type"], []).append({"s": u, "t": v, "p": props})
        for rel, rows in added.items():
            a, b = _LINK_ENDS[rel]
            for i in range(0, len(rows), BATCH):
                tx.run(f"UNWIND $rows AS r MATCH (a:{a} {{id: r.s}}) MATCH (b:{b} {{id: r.t}}) "
                       f"CREATE (a)-[e:{rel}]->(b) SET e = r.p", rows=rows[i:i + BATCH]).consume()

    def _apply_link_changes(self, tx, changes, found: dict) -> None:
        """Delete the links that went and create those that came (see LinkDB.changes)."""
        removed, pair_rows, doc_rows = changes
        # what went, and what comes again with other attributes (deleted first: one a key)
        gone: dict[str, list] = {}
        for rel, u, v in sorted(set(removed) | {r[:3] for r in pair_rows} | {r[:3] for r in doc_rows}):
            gone.setdefault(rel, []).append({"s": u, "t": v, "uid": f"{u}-{rel}->{v}@link"})
        for rel, rows in gone.items():
            a, b = _LINK_ENDS[rel]
            for i in range(0, len(rows), BATCH):
                tx.run(f"UNWIND $rows AS r MATCH (a:{a} {{id: r.s}})-[e:{rel}]->(b:{b} {{id: r.t}}) "
                       "WHERE e.uid = r.uid DELETE e", rows=rows[i:i + BATCH]).consume()
        self._create_links(tx, pair_rows, doc_rows, found)

    # -- reading -------------------------------------------------------------------------------
    def query(self, cypher: str, params: dict | None = None, write: bool = False):
        from clasgraph.graph.bounds import Bounds, say_cut
        from neo4j.exceptions import ClientError, CypherSyntaxError, DriverError, Neo4jError

        cypher = check_read_only(cypher, allow_write=write)
        limit = Bounds.from_env().rows
        cut = []

        def work(tx):
            result = tx.run(cypher, params or {})
            rows = []
            for record in result:
                if len(rows) >= limit:  # the answer is cut at the row bound
                    cut.append(limit)
                    break
                rows.append([plain_value(v) for v in record.values()])
            return list(result.keys()), rows

        try:
            with self._session(read=not write) as session:
                if write:
                    columns, rows = work(session)
                else:  # a read transaction: the server refuses writes too, where it can
                    columns, rows = session.execute_read(work)
        except CypherSyntaxError as exc:
            raise CypherError(exc.message or str(exc)) from None
        except ClientError as exc:
            if "DatabaseNotFound" in (exc.code or "") or "Security" in (exc.code or ""):
                raise self._failed(exc) from None
            raise CypherError(f"{exc.code}: {exc.message}") from None
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc) from None
        if cut:
            say_cut(limit)
        return columns, rows

    def stats(self) -> dict:
        """Counts by label and relationship type, overall and per report (those of
        :func:`clasgraph.graph.builder.stats`), counted by the database: nothing is loaded."""
        labels: dict[str, int] = {}
        types: dict[str, int] = {}
        _, rows = self.query("MATCH (r:Report) RETURN r.id", {})
        per_report: dict[str, dict[str, int]] = {row[0]: {} for row in rows}

        def add(counts: dict, name: str, n: int) -> None:
            if n:
                counts[name] = counts.get(name, 0) + int(n)

        for label, props in NODES.items():
            owner = "n.report_id" if "report_id" in props else "''"
            for rid, n in self.query(f"MATCH (n:{label}) RETURN {owner} AS r, count(n) AS n", {})[1]:
                add(labels, label, n)
                if rid in per_report:
                    add(per_report[rid], label, n)
        stored = {**{t: t for t in RELATIONSHIPS}, **{old: new for old, new in RENAMED.items()}}
        for rel_type, name in stored.items():
            query = (f"MATCH (a)-[r:{rel_type}]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL "
                     "RETURN r.report_id AS r, count(r) AS n")
            for rid, n in self.query(query, {})[1]:
                add(types, name, n)
                if rid in per_report:
                    add(per_report[rid], name, n)
        return {"labels": dict(sorted(labels.items())), "relationships": dict(sorted(types.items())),
                "reports": {r: dict(sorted(c.items())) for r, c in sorted(per_report.items())}}

    def known_bodies(self):
        """The organisations the database holds (id, name, kind, aliases: one small query, no
        report read), as :class:`~clasgraph.graph.resolve.KnownBodies`."""
        from clasgraph.graph.resolve import KNOWN_AREAS_CYPHER, KNOWN_CYPHER, KnownBodies
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            with self._session(read=True) as session:
                rows = session.execute_read(lambda tx: [tuple(r.values()) for r in tx.run(KNOWN_CYPHER)])
                areas = dict(session.execute_read(lambda tx: [tuple(r.values()) for r in tx.run(KNOWN_AREAS_CYPHER)]))
        except (DriverError, Neo4jError, OSError) as exc:
            raise self._failed(exc) from None
        return KnownBodies((i, n or "", k or "", a or [], areas.get(i) or []) for i, n, k, a in rows)

    def summaries(self, report_ids) -> dict[str, dict]:
        """What the database holds of these reports: checksum, title, source, counts."""
        columns, rows = self.query(
            "MATCH (r:Report) WHERE r.id IN $ids "
            "OPTIONAL MATCH (r)-[:HAS_FINDING]->(f:Finding) WITH r, count(DISTINCT f) AS findings "
            "OPTIONAL MATCH (r)-[:MAKES]->(m:Recommendation) "
            "RETURN r.id AS id, r.sha256 AS sha256, r.title AS title, r.source AS source, "
            "findings, count(DISTINCT m) AS recommendations", {"ids": sorted(set(report_ids))})
        return {row[0]: dict(zip(columns[1:], row[1:])) for row in rows}

    def load(self) -> nx.MultiDiGraph:
        """The whole graph as a NetworkX MultiDiGraph (for maps and export)."""
        from neo4j.exceptions import DriverError, Neo4jError

        try:
            return self._load()
        except (DriverError, Neo4jError) as exc:
            raise self._failed(exc) from None

    def _load(self, tx=None) -> nx.MultiDiGraph:
        """The graph read through ``tx`` (a transaction or session), or a new read session."""
        if tx is None:
            with self._session(read=True) as session:
                return self._load(session)
        graph = nx.MultiDiGraph()
        for record in tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p"):
            label = next((lb for lb in record["labels"] if lb in NODES), None)
            if label:
                graph.add_node(record["p"]["id"], **node_attrs(label, record["p"]))
        for record in tx.run("MATCH (a)-[r]->(b) RETURN a.id AS s, b.id AS t, "
                             "type(r) AS type, properties(r) AS p"):
            rel_type = RENAMED.get(record["type"], record["type"])  # read as today's name
            if rel_type in RELATIONSHIPS and record["s"] in graph and record["t"] in graph:
                props = record["p"]
                graph.add_edge(record["s"], record["t"], key=props.get("uid"),
                               **edge_attrs(rel_type, props.get("uid"), props))
        return graph
