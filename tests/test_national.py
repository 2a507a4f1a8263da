"""National scale (issue 11): a store of per-report parts gives what a store built in one go
gives, links kept incrementally equal a full recomputation, a replaced report rewrites only its
own part, and a store of the earlier layout is read and upgraded, never lost."""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import REPORT_ID, ROOT, SAMPLE, run

SYNTHETIC = sorted((ROOT / "tests" / "corpus" / "development").glob("*.txt"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Report files: the sample, its follow-up and neighbour (tests/derived.py), the synthetic
    reports, and follow-ups moved to other areas and dates."""
    from derived import follow_up, neighbour

    folder = tmp_path_factory.mktemp("corpus")
    text = SAMPLE.read_text(encoding="utf-8")
    files = {"rutland.txt": text, "rutland-2022.txt": follow_up(text)[0],
             "leicestershire.txt": neighbour(text)[0]}
    for path in SYNTHETIC:
        files[path.name] = path.read_text(encoding="utf-8")
    for i, area in enumerate(["Northmarsh", "Eastwold", "Southdene", "Westhope", "Highcliff",
                              "Lowmere", "Fairholt", "Greyburn"]):
        derived = follow_up(text, seed=100 + i)[0]
        files[f"{area.lower()}.txt"] = (derived.replace("Safeguarding in Rutland", f"Safeguarding in {area}", 1)
                                        .replace("3 rd March 2022", f"{5 + i} June 20{20 + i}"))
    paths = []
    for name, body in files.items():
        (folder / name).write_text(body, encoding="utf-8")
        paths.append(folder / name)
    return paths


@pytest.fixture(scope="module")
def records(corpus):
    from clasgraph import read_report

    return [read_report(p) for p in corpus]


def _links(graph) -> list:
    from clasgraph.graph.builder import is_derived

    return sorted((u, v, d["type"], d.get("score"), d.get("basis"), d.get("report_id"),
                   d.get("paragraph"), d.get("evidence"))
                  for u, v, d in graph.edges(data=True) if is_derived(d["type"], graph.nodes[v]["label"]))


def _link_index(store):
    from clasgraph.graph.linking import LinkIndex

    manifest = store.manifest()
    return LinkIndex(store._freeze(store._index(manifest), manifest))


def _node_link(graph) -> dict:
    from clasgraph.graph.builder import to_node_link

    return to_node_link(graph)


def test_links_kept_incrementally_equal_a_full_recomputation(tmp_path, records):
    from clasgraph.graph.linking import link_reports
    from clasgraph.graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "s")
    store.ingest(records[:-2])  # most of the corpus: its document frequencies are frozen
    frozen = _link_index(store).n
    assert frozen == sum(len(r.ids("Finding")) for r in records[:-2])
    for rec in records[-2:]:  # then one report at a time, each under REFREEZE of growth
        store.ingest([rec])
        assert _link_index(store).n == frozen  # not recomputed: updated where the report reaches
    store.ingest([records[1]])  # unchanged: nothing to do
    graph = store.load()
    links = _links(graph)
    kinds = {(t, b) for _, _, t, _, b, *_ in links}
    # every kind of link is there: similar findings, cited reviews, cited and restated repeats
    assert {("SIMILAR_TO", None), ("SAME_AS", None), ("REPEATS", "cited"), ("REPEATS", "restated")} <= kinds
    full = graph.copy()
    link_reports(full, index=_link_index(store))  # all of them again, with the same frequencies
    assert _links(full) == links


def test_removing_and_replacing_a_report_keeps_links_equal_a_full_recomputation(tmp_path, records,
                                                                                 corpus):
    from clasgraph.graph.linking import link_reports
    from clasgraph.graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "s")
    store.ingest(records)
    follow_up = records[1].report_id
    assert store.remove([follow_up]) == 1
    graph = store.load()
    assert follow_up not in graph
    assert not any(d.get("report_id") == follow_up for _, _, d in graph.edges(data=True))
    full = graph.copy()
    link_reports(full, index=_link_index(store))
    assert _links(full) == _links(graph)
    store.ingest([records[1]])  # back again: the same graph as before it went
    again = EmbeddedStore(tmp_path / "t")
    again.ingest(records)
    back = store.load()
    full = back.copy()
    link_reports(full, index=_link_index(store))
    assert _links(full) == _links(back)
    # the frequencies were frozen on these same reports: as if built in one go
    assert _node_link(back) == _node_link(again.load())


def test_a_store_grown_report_by_report_equals_one_built_in_one_go(tmp_path, records):
    """Small stores recompute the frequencies at each addition (growth above REFREEZE): the
    stores, their links and the named queries' rows are the same."""
    from clasgraph.graph.linking import link_reports
    from clasgraph.graph.store import EmbeddedStore
    from clasgraph.queries.finish import finish
    from clasgraph.queries.runner import named_queries, resolve

    chosen = [records[0], records[1], records[-1], records[2]]  # added last to first
    one_go, grown = EmbeddedStore(tmp_path / "one"), EmbeddedStore(tmp_path / "grown")
    # in the same order: a body two reports name differently ("Rutland Council", "Rutland
    # County Council") keeps the id of the report stored first (clasgraph.graph.resolve)
    one_go.ingest(chosen[::-1])
    for i, rec in enumerate(reversed(chosen)):
        grown.ingest([rec])  # each adds more than REFREEZE: the frequencies are recomputed
        assert _link_index(grown).n == sum(len(r.ids("Finding")) for r in chosen[-1 - i:])
    assert _node_link(grown.load()) == _node_link(one_go.load())
    fresh = one_go.load()
    link_reports(fresh)  # a full recomputation with the graph's own frequencies
    assert _links(fresh) == _links(one_go.load())
    assert grown.stats() == one_go.stats()
    for name, query in named_queries().items():
        # the body each query's org narrows to: a commissioner where the query is about them
        commissioner = name in ("escalations-to-commissioners", "who-commissions-what")
        org = "Leicestershire County Council Public Health" if commissioner else "LPT"
        given = {"org": org, "service": "sexual", "report": REPORT_ID}
        # narrowed by the body or, in queries about a service, the service (both: often nothing)
        params = resolve(one_go, query, {k: v for k, v in given.items() if k in query.params
                                         and not (k == "service" and "org" in query.params)})
        rows = [finish(name, *store.query(query.cypher, params)) for store in (grown, one_go)]
        assert rows[0][1], name  # the query finds something in these reports
        # the same rows (a query without ORDER BY may return them in any order)
        assert rows[0][0] == rows[1][0] and sorted(map(repr, rows[0][1])) == sorted(map(repr, rows[1][1])), name


def test_stats_from_the_index_count_what_the_graph_holds(tmp_path, records):
    from clasgraph.graph.builder import stats
    from clasgraph.graph.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "s")
    store.ingest(records)
    expected = stats(store.load())
    assert store.stats() == expected
    assert expected["labels"]["Report"] == len(records)
    result = run(["--store", tmp_path / "s", "stats", "--format", "json"])
    assert json.loads(result.output) == expected


def test_a_replaced_report_rewrites_only_its_own_part(tmp_path, corpus, sample_text):
    store = tmp_path / "s"
    assert run(["--store", store, "ingest", *corpus[:4]]).exit_code == 0
    before = {p.name for p in store.glob("part-*")}
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(sample_text.replace("highly visible", "very visible"), encoding="utf-8")
    assert run(["--store", store, "ingest", corrected]).exit_code == 0
    manifest = json.loads((store / "manifest.json").read_text())
    index = json.loads((store / manifest["graph"]).read_text())
    new_part = index["parts"][REPORT_ID]["file"]
    assert new_part not in before
    others = {e["file"] for rid, e in index["parts"].items() if rid != REPORT_ID}
    assert len(others) == 3 and others <= before  # the other reports' parts were not rewritten
    assert "very visible" in gzip.decompress((store / new_part).read_bytes()).decode()


def test_a_store_of_the_earlier_layout_is_read_and_upgraded(tmp_path, records, corpus):
    """Format 1: the whole graph as one node-link file named by the manifest."""
    import hashlib

    from clasgraph.graph.builder import build_graph
    from clasgraph.graph.linking import link_reports

    from clasgraph import load_graph

    old = build_graph(records[:2])
    link_reports(old)
    data = json.dumps(_node_link(old), ensure_ascii=False, sort_keys=True, indent=1).encode()
    sha = hashlib.sha256(data).hexdigest()
    store = tmp_path / "old"
    store.mkdir()
    (store / f"graph-{sha[:16]}.json").write_bytes(data)
    (store / "manifest.json").write_text(json.dumps({"format": 1, "graph": f"graph-{sha[:16]}.json",
                                                     "sha256": sha}))
    assert _node_link(load_graph(store)) == _node_link(old)
    result = run(["--store", store, "query", "MATCH (f:Finding) RETURN count(f) AS n", "--format", "json"])
    findings = sum(1 for _, d in old.nodes(data=True) if d["label"] == "Finding")
    assert json.loads(result.output) == [{"n": findings}]
    assert run(["--store", store, "stats", "--format", "json"]).exit_code == 0
    result = run(["--store", store, "ingest", corpus[2]])
    assert result.exit_code == 0 and "written by an earlier clasgraph" in result.output
    upgraded = load_graph(store)
    assert {n for n, d in upgraded.nodes(data=True) if d["label"] == "Report"} == \
        {r.report_id for r in records[:3]}
    assert list(store.glob("part-*"))
    assert run(["--store", store, "restore"]).exit_code == 0  # the old file is the backup
    assert _node_link(load_graph(store)) == _node_link(old)


def _bolt_links(uri) -> list:
    from clasgraph.graph.neo4j_store import Neo4jStore

    store = Neo4jStore(uri)
    try:
        return _links(store.load())
    finally:
        store.close()


def test_bolt_links_updated_report_by_report_equal_the_embedded_store(tmp_path, records, corpus,
                                                                      bolt_env, monkeypatch):
    """Over Bolt the links are updated from the linking index kept in the database, without
    reading the graph back; they equal those of an embedded store of the same reports."""
    from clasgraph.graph.neo4j_store import Neo4jStore
    from clasgraph.graph.store import EmbeddedStore

    order = [corpus[2], corpus[-1], corpus[1], corpus[0]]  # each adds more than REFREEZE
    embedded = EmbeddedStore(tmp_path / "one")
    embedded.ingest([records[corpus.index(p)] for p in order])
    assert run(["--neo4j", bolt_env, "ingest", order[0]]).exit_code == 0

    def no_reading_back(self, tx=None):
        raise AssertionError("the whole graph was read back to relink")

    reading_back = Neo4jStore._load
    monkeypatch.setattr(Neo4jStore, "_load", no_reading_back)
    for path in order[1:]:
        result = run(["--neo4j", bolt_env, "ingest", path])
        assert result.exit_code == 0, result.output
    assert run(["--neo4j", bolt_env, "ingest", order[1]]).exit_code == 0  # again: idempotent
    monkeypatch.setattr(Neo4jStore, "_load", reading_back)
    links = _bolt_links(bolt_env)
    assert links == _links(embedded.load())
    assert {t for _, _, t, *_ in links} == {"SIMILAR_TO", "SAME_AS", "REPEATS"}


def test_bolt_database_without_a_linking_index_is_relinked_whole_once(tmp_path, records, corpus,
                                                                     bolt_env):
    from clasgraph.graph.neo4j_store import Neo4jStore
    from clasgraph.graph.store import EmbeddedStore

    assert run(["--neo4j", bolt_env, "ingest", corpus[0], corpus[1]]).exit_code == 0
    assert _bolt_links(bolt_env)
    store = Neo4jStore(bolt_env)  # as a database written by an earlier version: no index
    store.query("MATCH (n:ClasgraphLinks) DELETE n", write=True)
    store.query("MATCH ()-[r:SIMILAR_TO]->() DELETE r", write=True)
    store.close()
    assert run(["--neo4j", bolt_env, "ingest", corpus[2]]).exit_code == 0
    embedded = EmbeddedStore(tmp_path / "one")
    embedded.ingest(records[:3])
    assert _bolt_links(bolt_env) == _links(embedded.load())


def test_both_stores_take_a_report_out_alike_through_one_protocol(tmp_path, records, corpus, bolt_env):
    from clasgraph.graph.neo4j_store import Neo4jStore
    from clasgraph.graph.protocol import Store
    from clasgraph.graph.store import EmbeddedStore

    embedded, bolt = EmbeddedStore(tmp_path / "e"), Neo4jStore(bolt_env)
    try:
        for store in (embedded, bolt):
            assert isinstance(store, Store)
            assert store.ingest(records[:4]) == 4
            assert store.remove([records[1].report_id, "no-such-report"]) == 1
        assert _links(bolt.load()) == _links(embedded.load())
        there, here = bolt.stats(), embedded.stats()
        # the same reports, findings, recommendations and relationships; Neo4j also drops
        # shared nodes a removal leaves unconnected, which the embedded store keeps while a
        # remaining report names them
        assert there["reports"] == here["reports"] and there["relationships"] == here["relationships"]
        assert {k: there["labels"][k] for k in ("Report", "Finding", "Recommendation")} == \
            {k: here["labels"][k] for k in ("Report", "Finding", "Recommendation")}
        assert records[1].report_id not in there["reports"]
    finally:
        bolt.close()


def test_bolt_links_after_a_report_is_replaced_equal_the_embedded_store(tmp_path, corpus, sample_text,
                                                                         bolt_env):
    """A corrected version replaces a report: its old findings and their links go with it, so
    the links touching it must come back (changed where the new text changes them)."""
    from clasgraph.graph.store import EmbeddedStore

    corrected = tmp_path / "corrected.txt"
    corrected.write_text(sample_text.replace("highly visible", "very visible"), encoding="utf-8")
    embedded = tmp_path / "e"
    for where in (["--store", embedded], ["--neo4j", bolt_env]):
        assert run([*where, "ingest", *corpus[:4]]).exit_code == 0
        result = run([*where, "ingest", corrected])
        assert result.exit_code == 0, result.output
    links = _links(EmbeddedStore(embedded).load())
    assert any(REPORT_ID in (u.split("#")[0], v.split("#")[0]) for u, v, *_ in links)
    assert _bolt_links(bolt_env) == links


def _store_links(path) -> list:
    from clasgraph.graph.store import EmbeddedStore

    return _links(EmbeddedStore(path).load())


def _relinked(path) -> list:
    """The links of a store's graph computed again, all of them, under its frozen frequencies."""
    from clasgraph.graph.linking import link_reports
    from clasgraph.graph.store import EmbeddedStore

    store = EmbeddedStore(path)
    graph = store.load()
    link_reports(graph, index=_link_index(store))
    return _links(graph)


def test_a_linking_database_out_of_step_or_damaged_gives_the_same_links(tmp_path, corpus):
    """links.sqlite is derived data: a reader that finds it holding another version of the store
    (a writer between its two commits, a crash between them) or damaged computes the links from
    the parts instead, the same ones; the next writer makes it again."""
    import sqlite3

    store = tmp_path / "s"
    assert run(["--store", store, "-q", "ingest", *corpus[:5]]).exit_code == 0
    expected = _store_links(store)
    assert expected
    db = sqlite3.connect(store / "links.sqlite")
    db.execute("UPDATE meta SET v = '\"another-version\"' WHERE k = 'token'")
    db.commit()
    db.close()
    assert _store_links(store) == expected
    (store / "links.sqlite").write_bytes(b"not a database" * 100)
    assert _store_links(store) == expected
    result = run(["--store", store, "query", "MATCH (:Finding)-[r:SIMILAR_TO]->() RETURN count(r) AS n",
                  "--format", "json"])
    assert json.loads(result.output) == [{"n": sum(1 for e in expected if e[2] == "SIMILAR_TO")}]
    assert run(["--store", store, "-q", "ingest", corpus[5]]).exit_code == 0
    assert _store_links(store) == _relinked(store)
    db = sqlite3.connect(store / "links.sqlite")  # made again, and in step with the store
    token = json.loads(db.execute("SELECT v FROM meta WHERE k = 'token'").fetchone()[0])
    db.close()
    manifest = json.loads((store / "manifest.json").read_text())
    assert json.loads((store / manifest["graph"]).read_text())["linkdb"] == token


def test_a_store_of_the_second_layout_is_read_and_its_links_moved_into_the_database(tmp_path, records,
                                                                                  corpus):
    """Format 2 (the layout before links.sqlite): the links and the linking index were files
    named by the index. It is read as it is; the next ingest moves the links into the database
    under the same frozen frequencies, and says so."""
    import hashlib

    from clasgraph.graph.builder import part_of_records
    from clasgraph.graph.linking import LinkIndex, features
    from clasgraph.graph.store import EmbeddedStore, part_entry

    path = tmp_path / "old"
    path.mkdir()
    writer = EmbeddedStore(path)
    parts = {r.report_id: part_of_records(r) for r in records[:4]}
    link_index = LinkIndex.relinked({key: features(part) for key, part in parts.items()})
    links = link_index.edges()
    index = {"format": 2, "parts": {key: {**writer._put("part", part), **part_entry(key, part)}
                                    for key, part in parts.items()},
             "links": {**writer._put("links", links), "types": {}, "by_report": {}},
             "lindex": writer._put("lindex", link_index.state())}
    data = json.dumps(index, sort_keys=True).encode()
    sha = hashlib.sha256(data).hexdigest()
    (path / f"graph-{sha[:16]}.json").write_bytes(data)
    (path / "manifest.json").write_text(json.dumps({"format": 2, "graph": f"graph-{sha[:16]}.json",
                                                    "sha256": sha}))
    assert _store_links(path) == sorted(
        (u, v, d["type"], d.get("score"), d.get("basis"), d.get("report_id"), d.get("paragraph"),
         d.get("evidence")) for u, v, _k, d in links)
    result = run(["--store", path, "ingest", corpus[4]])
    assert result.exit_code == 0, result.output
    assert "moving the links across reports into links.sqlite" in result.output
    assert (path / "links.sqlite").exists()
    assert _store_links(path) == _relinked(path)
    assert run(["--store", path, "restore"]).exit_code == 0  # the old layout is the backup
    assert _store_links(path) == sorted(
        (u, v, d["type"], d.get("score"), d.get("basis"), d.get("report_id"), d.get("paragraph"),
         d.get("evidence")) for u, v, _k, d in links)


def test_bolt_removal_down_to_one_report_takes_the_links_away(tmp_path, corpus, bolt_env):
    """The sample and a short follow-up citing it: a SAME_AS joins the cited review to the
    sample. Taking the follow-up out leaves one report and so no links, over Bolt as in the
    embedded store (the removal is small enough to be applied link by link)."""
    from clasgraph.graph.neo4j_store import Neo4jStore
    from clasgraph.graph.store import EmbeddedStore
    from derived import FINDING, follow_up

    from clasgraph import read_report

    text, _ = follow_up(SAMPLE.read_text(encoding="utf-8"), cite_every=1)
    kept, lines = 0, []
    for line in text.split("\n"):
        kept += bool(FINDING.match(line))
        if not (FINDING.match(line) and kept > 20):
            lines.append(line)
    short = tmp_path / "short-follow-up.txt"
    short.write_text("\n".join(lines), encoding="utf-8")
    embedded = tmp_path / "e"
    for where in (["--store", embedded], ["--neo4j", bolt_env]):
        assert run([*where, "-q", "ingest", corpus[0], short]).exit_code == 0
    assert any(t == "SAME_AS" for _, _, t, *_ in _store_links(embedded))
    assert _bolt_links(bolt_env) == _store_links(embedded)
    follow_up_id = read_report(short).report_id
    bolt = Neo4jStore(bolt_env)
    try:
        for store in (EmbeddedStore(embedded), bolt):
            assert store.remove([follow_up_id]) == 1
    finally:
        bolt.close()
    assert _store_links(embedded) == []
    assert _bolt_links(bolt_env) == []


def test_a_damaged_page_of_the_linking_database_is_made_again_by_the_next_ingest(tmp_path, corpus):
    """Damage past the header (a page of rows garbled) is found when the rows are read: the
    database is made again from the parts, and the ingest goes on."""
    import random

    store = tmp_path / "s"
    assert run(["--store", store, "-q", "ingest", *corpus[:6]]).exit_code == 0
    db = store / "links.sqlite"
    for where in (0.3, 0.9):
        data = bytearray(db.read_bytes())
        start = (int(len(data) * where) // 4096) * 4096
        data[start:start + 4096] = bytes(random.Random(1).randrange(256) for _ in range(4096))
        db.write_bytes(bytes(data))
    result = run(["--store", store, "-q", "ingest", corpus[6]])
    assert result.exit_code == 0, result.output
    assert _store_links(store) == _relinked(store)


def test_a_cited_repeat_two_reviews_give_keeps_the_same_attributes_in_every_store(records):
    """One finding cites two reviews that are both the same ingested report: the two give the
    same link (one key); the changes handed to Neo4j keep the row every other reader keeps (the
    last review's), not another."""
    from collections import Counter

    from clasgraph.graph.builder import part_of_records
    from clasgraph.graph.linkdb import LinkDB
    from clasgraph.graph.linking import features, materialize, terms

    text = "Health visitors did not receive regular supervision of safeguarding cases in the area."

    def part(rid, area, published, docs):
        finding = {"r": rid, "no": "1", "sec": "s", "pol": "concern", "ev": "", "orgs": [], "svc": [],
                   "tf": dict(Counter(terms(text)))}
        return {"reports": {rid: [published, area, "", ""]}, "findings": {f"{rid}#1": finding},
                "docs": docs}

    def cites(evidence):
        return {"props": {"kind": "review", "area": "Xshire", "date": "2019", "year": "2019",
                          "title": "t"}, "citing": [["b#1", "REPEATS", "b", "1", evidence]]}

    db = LinkDB.open(None, write=True)
    with db.transaction():
        db.update({**{r.report_id: features(part_of_records(r)) for r in records[:3]},
                   "a": part("a", "Xshire", "2019-01-01", {})})
    with db.transaction():
        assert db.update({"b": part("b", "Yshire", "2022-01-01", {"doc-1": cites("zz, the first review"),
                                                                  "doc-2": cites("aa, the second")})}) is None

    def evidence(rows):
        return [d["evidence"] for u, v, _, d in rows if (u, v) == ("b#1", "a#1")]

    _, pair_rows, doc_rows = db.changes
    assert evidence(materialize(*db.rows(), lambda fid: ("", "", ""))) == ["aa, the second"]
    assert evidence(materialize(pair_rows, doc_rows, lambda fid: ("", "", ""))) == ["aa, the second"]


def test_a_damaged_linking_cache_over_bolt_is_made_again_from_the_graph(tmp_path, corpus, bolt_env,
                                                                       monkeypatch):
    """The Bolt store's linking cache lives on this machine; damaged (a page garbled), the next
    ingest makes it again from the graph and the links equal the embedded store's."""
    import random

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert run(["--neo4j", bolt_env, "-q", "ingest", *corpus[:4]]).exit_code == 0
    (cache,) = (tmp_path / "cache").glob("clasgraph/neo4j-*/links.sqlite")
    data = bytearray(cache.read_bytes())
    start = (len(data) // 2 // 4096) * 4096
    data[start:start + 4096] = bytes(random.Random(2).randrange(256) for _ in range(4096))
    cache.write_bytes(bytes(data))
    result = run(["--neo4j", bolt_env, "-q", "ingest", corpus[4]])
    assert result.exit_code == 0, result.output
    embedded = tmp_path / "e"
    assert run(["--store", embedded, "-q", "ingest", *corpus[:5]]).exit_code == 0
    assert _bolt_links(bolt_env) == _store_links(embedded)


def test_the_engine_built_part_by_part_holds_what_the_whole_graph_gives(records):
    """The Cypher engine's build reads the store a part at a time; its tables equal those made
    from the whole graph, including when two parts name the same report-owned node (then it
    folds the whole graph, as before) and when an edge's end is named by another part."""
    from clasgraph.graph.builder import part_of_records
    from clasgraph.graph.ladybug_engine import PartStream, copy_tables

    parts = {r.report_id: part_of_records(r) for r in records[:3]}
    first, second = sorted(parts)[:2]
    finding = next(n for n, d in parts[first]["nodes"].items() if d["label"] == "Finding")
    edge = next(e for e in parts[first]["edges"] if e[0] == finding)
    cases = {"as stored": parts,
             "an end elsewhere": {**parts, second: {**parts[second],
                                                    "edges": [*parts[second]["edges"], edge]}},
             "a finding twice": {**parts, second: {"nodes": {**parts[second]["nodes"],
                                                             finding: parts[first]["nodes"][finding]},
                                                   "edges": parts[second]["edges"]}}}

    def tables(source):
        return {statement: sorted(map(repr, table.to_pylist())) for statement, table in copy_tables(source)}

    for name, case in cases.items():
        whole = (case, [])
        stream = PartStream(iter(sorted(case.items())), list, lambda case=case: (case, []))
        assert tables(stream) == tables(whole), name
