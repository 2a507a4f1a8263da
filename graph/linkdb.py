"""The links across the reports of an embedded store, kept up to date in a SQLite database.

The store's parts are its truth. This database (``links.sqlite`` in the store folder) holds what
linking needs, row by row: each finding's term counts and top terms, the postings of top terms,
each finding's best matches, each concern's closest earlier concern, the cited reviews, and the
links themselves. Adding a report reads and writes only the rows its findings reach (through
indexes), so its cost does not grow with the store (bench/bench_national.py measures it).

The database is derived data, tied to one version of the store by a token that the store's index
also records. A writer (holding the store's lock) changes it in one SQLite transaction and only
then commits the store's manifest. A reader whose index names another token (a writer between
its two commits, a crash between them, a restore) gets ``None`` and computes the links from the
parts, under the frozen frequencies the index names: the same links (tests/test_national.py
checks that the links kept here equal a full recomputation). A writer that finds another token
rebuilds the database from the parts first.

The rules of the links are those of :mod:`clasgraph.graph.linking` (``pair_links``,
``doc_links``), asked their questions through :class:`_Rules`.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from collections import defaultdict
from pathlib import Path

from clasgraph.graph.linking import (
    REFREEZE,
    RESTATED_THRESHOLD,
    THRESHOLD,
    LinkIndex,
    _cos,
    _keep,
    concern_keys,
    doc_links,
    earlier_review,
    may_repeat,
    merged_doc,
    pair_links,
    pair_scores,
    report_named,
    report_successions,
    reports_by_area,
    restated_best,
    top_terms,
    unit_vector,
)

FILE_NAME = "links.sqlite"
#: What a damaged database raises, from SQLite itself or from a row it garbled.
LINKDB_DAMAGE = (sqlite3.Error, ValueError, zlib.error)
_VERSION = 2  # of the layout below (PRAGMA user_version)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS term(term TEXT PRIMARY KEY, tno INTEGER UNIQUE, df INTEGER)
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS part(key TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS report(rno INTEGER PRIMARY KEY, id TEXT UNIQUE, part TEXT,
                                  area_lc TEXT, v TEXT);
CREATE INDEX IF NOT EXISTS report_part ON report(part);
CREATE INDEX IF NOT EXISTS report_area ON report(area_lc);
CREATE TABLE IF NOT EXISTS finding(fno INTEGER PRIMARY KEY, id TEXT, rno INTEGER, pol TEXT,
                                   data BLOB);
CREATE INDEX IF NOT EXISTS finding_r ON finding(rno);
CREATE TABLE IF NOT EXISTS post(tno INTEGER, fno INTEGER, PRIMARY KEY(tno, fno)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS choice(fno INTEGER, other INTEGER, score REAL,
                                  PRIMARY KEY(fno, other)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS best(fno INTEGER PRIMARY KEY, other INTEGER, score REAL);
CREATE INDEX IF NOT EXISTS best_other ON best(other);
CREATE TABLE IF NOT EXISTS ckey(key INTEGER, fno INTEGER, PRIMARY KEY(key, fno)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc(id TEXT, part TEXT, area_lc TEXT, v BLOB, PRIMARY KEY(id, part))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_area ON doc(area_lc);
CREATE INDEX IF NOT EXISTS doc_part ON doc(part);
CREATE TABLE IF NOT EXISTS plink(u INTEGER, v INTEGER, type TEXT, score REAL, basis TEXT,
                                 PRIMARY KEY(u, v, type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS clink(doc TEXT, seq INTEGER, type TEXT, u TEXT, v TEXT, props TEXT,
                                 PRIMARY KEY(doc, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS clink_uv ON clink(u, v);
"""
_TABLES = ("meta", "term", "part", "report", "finding", "post", "choice", "best", "ckey", "doc",
           "plink", "clink")
_CHUNK = 900  # bound parameters a statement (SQLite allows 999 in old builds)


def drop_linkdb(path: Path) -> None:
    """Remove a damaged database and its journal (a journal left behind would be rolled back
    into the database made next)."""
    for name in (path.name, f"{path.name}-journal", f"{path.name}-wal", f"{path.name}-shm"):
        (path.parent / name).unlink(missing_ok=True)


def _pack(data) -> bytes:
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 6)


def _unpack(blob: bytes):
    return json.loads(zlib.decompress(blob))


class _Codec:
    """A finding's row data (section, organisations, services, bodies, term counts), compressed with a
    dictionary of the store's frequent terms (fixed while the frequencies are frozen): a third
    of the size of compressed JSON."""

    def __init__(self, zdict: str):
        self.zdict = zdict.encode()

    @classmethod
    def of(cls, df: dict[str, int]) -> _Codec:
        return cls(" ".join(sorted(df, key=lambda t: (-df[t], t)))[:32000])

    def encode(self, f: dict) -> bytes:
        head = json.dumps([f["sec"], f["orgs"], f["svc"], f.get("bodies", [])], ensure_ascii=False, separators=(",", ":"))
        terms = " ".join(t if n == 1 else f"{t}:{n}" for t, n in sorted(f["tf"].items()))
        packer = zlib.compressobj(6, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, self.zdict)
        return packer.compress(f"{head}\n{terms}".encode()) + packer.flush()

    def decode(self, blob: bytes) -> dict:
        head, _, terms = zlib.decompressobj(-15, zdict=self.zdict).decompress(blob).decode().partition("\n")
        sec, orgs, svc, bodies = json.loads(head)
        tf = {}
        for item in terms.split():
            term, _, n = item.partition(":")
            tf[term] = int(n) if n else 1
        return {"sec": sec, "orgs": orgs, "svc": svc, "bodies": bodies, "tf": tf}


_TYPES = {"SIMILAR_TO": "S", "REPEATS": "R"}
_TYPE_NAMES = {v: k for k, v in _TYPES.items()}


def _chunks(items):
    items = list(items)
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _key(key: tuple) -> int:
    """What a concern is about, as a 64-bit number (see :func:`concern_keys`)."""
    import hashlib

    digest = hashlib.blake2b(json.dumps(list(key), ensure_ascii=False).encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


class LinkDB:
    """The linking database of one store folder (see the module's docstring).

    >>> import tempfile
    >>> from pathlib import Path
    >>> db = LinkDB.open(Path(tempfile.mkdtemp()) / FILE_NAME, write=True)
    >>> with db.transaction():
    ...     db.rebuild({})
    ...     db.set_token("t1")
    {'n': 0, 'df': {}, 'common': []}
    >>> db.links("t1"), db.links("another")
    (([], []), None)
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @classmethod
    def open(cls, path: Path | None, write: bool = False) -> LinkDB:
        """The database at ``path`` (None: in memory); sqlite3.Error if it cannot be opened
        (or, read-only, is missing)."""
        mode = "rwc" if write else "ro"
        target = ":memory:" if path is None else f"file:{path}?mode={mode}"
        conn = sqlite3.connect(target, uri=path is not None, timeout=30, isolation_level=None)
        if conn.execute("PRAGMA user_version").fetchone()[0] != _VERSION:
            if not write:
                conn.close()
                raise sqlite3.DatabaseError(f"{path}: written by another version of clasgraph")
            tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for name in tables:  # derived data of another layout: made again from the parts
                conn.execute(f'DROP TABLE "{name}"')
            conn.executescript(_SCHEMA)
            conn.execute(f"PRAGMA user_version = {_VERSION}")
        if write:
            conn.execute("PRAGMA synchronous=FULL")
        return cls(conn)

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def transaction(self):
        """All of it or none of it: an error rolls the database back."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- meta ----------------------------------------------------------------------------------
    def _meta(self, key: str, default=None):
        row = self.conn.execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def _set_meta(self, key: str, value) -> None:
        self.conn.execute("DELETE FROM meta WHERE k = ?", (key,))
        self.conn.execute("INSERT INTO meta VALUES (?, ?)", (key, json.dumps(value)))

    def token(self) -> str | None:
        """Which version of the store the database holds the links of."""
        return self._meta("token")

    def set_token(self, token: str) -> None:
        self._set_meta("token", token)

    def known_reports(self) -> dict[str, str]:
        """Reports (id: checksum) a store keeping its graph elsewhere recorded as linked."""
        return self._meta("reports", {})

    def set_known_reports(self, reports: dict[str, str]) -> None:
        self._set_meta("reports", reports)

    def report_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM report").fetchone()[0]

    def freeze(self) -> dict:
        """The frozen document frequencies (as :meth:`LinkIndex.freeze`)."""
        return {"n": self._meta("n", 0),
                "df": dict(self.conn.execute("SELECT term, df FROM term WHERE df > 0 ORDER BY term")),
                "common": self._meta("common", [])}

    def codec(self) -> _Codec:
        return _Codec(self._meta("zdict", ""))

    # -- reading -------------------------------------------------------------------------------
    def links(self, token: str):
        """(pair rows, cited-review rows) of the links, as :func:`pair_links` and
        :func:`doc_links` give them, if the database holds version ``token``; else None."""
        c = self.conn
        c.execute("BEGIN")
        try:
            return self.rows() if self.token() == token else None
        finally:
            c.execute("COMMIT")

    def rows(self) -> tuple[list, list]:
        """(pair rows, cited-review rows) of the links held, whatever version they are of."""
        c = self.conn
        if self.report_count() < 2:
            return [], []
        pairs = [(_TYPE_NAMES[t], u, v, s, b) for t, u, v, s, b in c.execute(
            "SELECT p.type, fu.id, fv.id, p.score, p.basis FROM plink p "
            "JOIN finding fu ON fu.fno = p.u JOIN finding fv ON fv.fno = p.v "
            "ORDER BY fu.id, fv.id, p.type")]
        docs = [(t, u, v, json.loads(p)) for t, u, v, p in c.execute(
            "SELECT type, u, v, props FROM clink ORDER BY doc, seq")]
        return pairs, docs

    def counts(self) -> dict:
        """The links by type and by report (the report of their source), as the store's index
        keeps them for ``stats``."""
        c = self.conn
        types: dict[str, int] = {}
        by_report: dict[str, dict[str, int]] = {}

        def add(rel, rid, n=1):
            types[rel] = types.get(rel, 0) + n
            if rid:
                counts = by_report.setdefault(rid, {})
                counts[rel] = counts.get(rel, 0) + n

        if c.execute("SELECT count(*) FROM report").fetchone()[0] < 2:
            return {"types": types, "by_report": by_report}
        for rel, rid, n in c.execute("SELECT p.type, r.id, count(*) FROM plink p JOIN finding f "
                                     "ON f.fno = p.u JOIN report r ON r.rno = f.rno "
                                     "GROUP BY p.type, r.id"):
            add(_TYPE_NAMES[rel], rid, n)
        cited = {}
        for rel, u, v, props in c.execute("SELECT type, u, v, props FROM clink ORDER BY doc, seq"):
            cited[(rel, u, v)] = json.loads(props).get("report_id")
        for (rel, _, _), rid in cited.items():
            add(rel, rid)
        return {"types": dict(sorted(types.items())), "by_report": by_report}

    # -- writing: everything again -------------------------------------------------------------
    def rebuild(self, parts: dict[str, dict], freeze: dict | None = None) -> dict:
        """Replace everything by the links of ``parts`` (features by part key, see
        :func:`clasgraph.graph.linking.features`), under ``freeze`` if given, else under
        frequencies frozen now. Returns the frequencies used. Call inside :meth:`transaction`."""
        index = LinkIndex.relinked(parts, freeze)
        c = self.conn
        for table in _TABLES:
            if table != "meta":
                c.execute(f"DELETE FROM {table}")  # the names are this module's own
        self._set_meta("n", index.n)
        self._set_meta("common", index.common)
        self._set_meta("count", len(index.findings))
        codec = _Codec.of(index.df)
        self._set_meta("zdict", codec.zdict.decode())
        c.executemany("INSERT INTO term VALUES (?, ?, ?)",
                      [(t, i, k) for i, (t, k) in enumerate(sorted(index.df.items()), start=1)])
        fno = {fid: i for i, fid in enumerate(sorted(index.findings), start=1)}
        common = set(index.common)
        for key in sorted(index.parts):
            self._insert_part(key, index.parts[key], fno, index.tops, common, codec)
        c.executemany("INSERT INTO choice VALUES (?, ?, ?)",
                      [(fno[f], fno[o], s) for f, chosen in index.choices.items() for s, o in chosen])
        c.executemany("INSERT INTO best VALUES (?, ?, ?)",
                      [(fno[a], fno[b], s) for a, (s, b) in index.best.items()])
        pair_rows, cited = index.link_rows()
        for doc, rows in cited.items():
            self._insert_doc_links(doc, rows)
        c.executemany("INSERT INTO plink VALUES (?, ?, ?, ?, ?)",
                      [(fno[u], fno[v], _TYPES[t], s, b) for t, u, v, s, b in pair_rows])
        return index.freeze()

    def _insert_part(self, key: str, part: dict, fno: dict, tops: dict, common: set,
                     codec: _Codec) -> None:
        c = self.conn
        c.execute("INSERT INTO part VALUES (?)", (key,))
        rno, areas = {}, {}
        for rid, r in part["reports"].items():
            rno[rid] = c.execute("INSERT INTO report(id, part, area_lc, v) VALUES (?, ?, ?, ?)",
                                 (rid, key, r[1].lower(), json.dumps(r))).lastrowid
            areas[rid] = r[1]
        posted = sorted({t for fid in part["findings"] for t in tops[fid] if t not in common})
        tno = self._term_numbers(posted)
        for fid in sorted(part["findings"]):
            f = part["findings"][fid]
            if f["r"] not in rno:
                rno[f["r"]], areas[f["r"]] = self._report_number(f["r"])
            c.execute("INSERT INTO finding VALUES (?, ?, ?, ?, ?)",
                      (fno[fid], fid, rno[f["r"]], f["pol"], codec.encode(f)))
            c.executemany("INSERT INTO post VALUES (?, ?)",
                          [(tno[t], fno[fid]) for t in tops[fid] if t not in common])
            if f["pol"] in ("concern", "mixed"):
                c.executemany("INSERT OR IGNORE INTO ckey VALUES (?, ?)",
                              [(_key(k), fno[fid]) for k in concern_keys(f, areas[f["r"]])])
        c.executemany("INSERT INTO doc VALUES (?, ?, ?, ?)",
                      [(doc, key, str(d["props"].get("area") or "").lower(), _pack(d))
                       for doc, d in part["docs"].items()])

    def _report_number(self, rid: str) -> tuple[int | None, str]:
        row = self.conn.execute("SELECT rno, v FROM report WHERE id = ?", (rid,)).fetchone()
        return (row[0], json.loads(row[1])[1]) if row else (None, "")

    def _term_numbers(self, terms: list[str]) -> dict[str, int]:
        """Each term's number; terms not seen when the frequencies were frozen get one (with a
        frequency of 0, as the frozen frequencies count them)."""
        c = self.conn
        found = {}
        for chunk in _chunks(terms):
            found.update(c.execute(f"SELECT term, tno FROM term WHERE term IN ({_marks(len(chunk))})",
                                   chunk))
        top = c.execute("SELECT max(tno) FROM term").fetchone()[0] or 0
        for t in terms:
            if t not in found:
                top += 1
                found[t] = top
                c.execute("INSERT INTO term VALUES (?, ?, 0)", (t, top))
        return found

    def _insert_doc_links(self, doc: str, rows: list) -> None:
        self.conn.executemany("INSERT INTO clink VALUES (?, ?, ?, ?, ?, ?)",
                              [(doc, i, t, u, v, json.dumps(p, ensure_ascii=False))
                               for i, (t, u, v, p) in enumerate(rows)])

    def features(self, exclude=()) -> dict[str, dict]:
        """The features of the parts held (those linking needs), except ``exclude``."""
        parts: dict[str, dict] = {}
        skip = set(exclude)
        codec = self.codec()
        for (key,) in self.conn.execute("SELECT key FROM part"):
            if key not in skip:
                parts[key] = {"reports": {}, "findings": {}, "docs": {}}
        report = {}
        for rno, rid, key, v in self.conn.execute("SELECT rno, id, part, v FROM report"):
            report[rno] = (rid, key)
            if key in parts:
                parts[key]["reports"][rid] = json.loads(v)
        for fid, rno, pol, data in self.conn.execute("SELECT id, rno, pol, data FROM finding"):
            rid, key = report.get(rno, ("", ""))
            if key in parts:
                parts[key]["findings"][fid] = {"r": rid, "no": "", "pol": pol, "ev": "",
                                               **codec.decode(data)}
        for doc, key, v in self.conn.execute("SELECT id, part, v FROM doc"):
            if key in parts:
                parts[key]["docs"][doc] = _unpack(v)
        return parts

    # -- writing: one report at a time ---------------------------------------------------------
    def update(self, new_parts: dict[str, dict], removed=()) -> dict | None:
        """Replace the parts ``removed`` and those of ``new_parts`` by ``new_parts``, changing
        only the rows they reach. Returns the frequencies if they were frozen again (the number
        of findings changed by more than REFREEZE since they were), else None. Call inside
        :meth:`transaction`."""
        c = self.conn
        stored = {k for (k,) in c.execute("SELECT key FROM part")}
        gone_keys = sorted((set(removed) | set(new_parts)) & stored)
        gone_fnos = [f for key in gone_keys for (f,) in c.execute(
            "SELECT fno FROM finding WHERE rno IN (SELECT rno FROM report WHERE part = ?)", (key,))]
        count = self._meta("count", 0) - len(gone_fnos) + sum(len(p["findings"]) for p in new_parts.values())
        n = self._meta("n", 0)
        self.changes = None
        if not n or abs(count - n) > REFREEZE * n:
            parts = self.features(exclude=gone_keys)
            parts.update(new_parts)
            return self.rebuild(parts)
        if not gone_keys and not new_parts:
            self.changes = ([], [], [])
            return None
        self._load_maps()
        work = _Update(self, n, set(self._meta("common", [])))
        work.remove(gone_keys, gone_fnos)
        work.add(new_parts)
        work.relink()
        self._set_meta("count", count)
        self.changes = work.changes()
        return None

    #: After :meth:`update`: the links that changed, for a store that keeps them elsewhere
    #: (Neo4j): (removed [(type, source, target)], added pair rows, added cited-review rows),
    #: where a link touching a finding or report just written or removed counts as removed
    #: already and, if it is there now, as added; None when everything was linked again.
    changes: tuple | None = None

    def _load_maps(self) -> None:
        """Every finding's number, id, report and polarity, and every report: small rows, read
        once an update (the rest is read only where an update reaches)."""
        c = self.conn
        self.fno: dict[str, int] = {}
        self.fid: dict[int, str] = {}
        self.report_of: dict[str, str] = {}
        self.pol: dict[str, str] = {}
        self.rno: dict[int, str] = {}
        self.reports = {}
        for rno, rid, v in c.execute("SELECT rno, id, v FROM report"):
            self.rno[rno], self.reports[rid] = rid, json.loads(v)
        for fno, fid, rno, pol in c.execute("SELECT fno, id, rno, pol FROM finding"):
            self.fno[fid], self.fid[fno], self.report_of[fid], self.pol[fid] = \
                fno, fid, self.rno.get(rno, ""), pol


class _Update:
    """One update of a :class:`LinkDB`: removal, addition, then the choices, restated concerns,
    cited reviews and links that they reach, mirroring LinkIndex.update."""

    def __init__(self, db: LinkDB, n: int, common: set[str]):
        self.db, self.c, self.n, self.common = db, db.conn, n, common
        self.codec = db.codec()
        self.df: dict[str, int] = {}
        self._data: dict[str, dict] = {}
        self._vectors: dict[str, dict] = {}
        self.new: set[str] = set()
        self.gone: set[str] = set()
        self.pairs: set[tuple[str, str]] = set()
        self.docs: set[str] = set()
        self.areas: set[str] = set()
        self.recompute: set[str] = set()
        self.again: set[str] = set()
        self.targets: set[str] = set()
        self.before: dict[tuple, set] = defaultdict(set)
        self.after: dict[tuple, set] = defaultdict(set)
        self._gone_reports: set[str] = set()
        self._new_reports: set[str] = set()
        self._areas: dict | None = None
        self._earlier: dict[str, bool] = {}

    # -- what the rows hold --------------------------------------------------------------------
    def data(self, fid: str) -> dict:
        d = self._data.get(fid)
        if d is None:
            self.prefetch([fid])
            d = self._data[fid]
        return d

    def prefetch(self, fids) -> None:
        wanted = [self.db.fno[f] for f in set(fids) if f not in self._data]
        for chunk in _chunks(wanted):
            for fno, blob in self.c.execute(
                    f"SELECT fno, data FROM finding WHERE fno IN ({_marks(len(chunk))})", chunk):
                self._data[self.db.fid[fno]] = self.codec.decode(blob)

    def _df_of(self, terms) -> None:
        wanted = [t for t in set(terms) if t not in self.df]
        for chunk in _chunks(wanted):
            for term, k in self.c.execute(f"SELECT term, df FROM term WHERE term IN ({_marks(len(chunk))})",
                                          chunk):
                self.df[term] = k
        for t in wanted:
            self.df.setdefault(t, 0)

    def vector(self, fid: str) -> dict[str, float]:
        vec = self._vectors.get(fid)
        if vec is None:
            tf = self.data(fid)["tf"]
            self._df_of(tf)
            vec = self._vectors[fid] = unit_vector(tf, self.n, self.df)
        return vec

    def published(self, fid: str) -> str:
        return self.db.reports.get(self.db.report_of[fid], [""])[0]

    # -- what may_repeat asks ------------------------------------------------------------------
    def bodies(self, fid: str) -> list[str]:
        return self.data(fid)["bodies"]

    def succeeded(self, fid: str) -> dict[str, str]:
        return report_successions(self.db.reports.get(self.db.report_of[fid], []))

    def named(self, fid: str) -> list[str]:
        return report_named(self.db.reports.get(self.db.report_of[fid], []))

    def area(self, fid: str) -> str:
        return (self.db.reports.get(self.db.report_of[fid]) or ["", ""])[1].lower()

    def earlier_review(self, fid: str) -> bool:
        if self._areas is None:
            self._areas, self._earlier = reports_by_area(self.db.reports), {}
        rid = self.db.report_of[fid]
        if rid not in self._earlier:
            self._earlier[rid] = earlier_review(self._areas.get(self.area(fid), []), self.published(fid), rid)
        return self._earlier[rid]

    def keys(self, fid: str) -> list[str]:
        area = self.db.reports.get(self.db.report_of[fid], ["", ""])[1]
        return [_key(k) for k in concern_keys(self.data(fid), area)]

    def top(self, fid: str) -> list[str]:
        return top_terms(self.vector(fid))

    def choices(self, fid: str) -> list:
        return _keep([[s, self.db.fid[o]] for o, s in self.c.execute(
            "SELECT other, score FROM choice WHERE fno = ?", (self.db.fno[fid],))])

    def best(self, fid: str):
        row = self.c.execute("SELECT score, other FROM best WHERE fno = ?", (self.db.fno[fid],)).fetchone()
        return [row[0], self.db.fid[row[1]]] if row else None

    def _fnos(self, sql: str, fnos) -> set[str]:
        found = set()
        for chunk in _chunks(fnos):
            found.update(self.db.fid[f] for (f,) in self.c.execute(sql.format(_marks(len(chunk))), chunk))
        return found

    # -- removal -------------------------------------------------------------------------------
    def remove(self, gone_keys: list[str], gone_fnos: list[int]) -> None:
        db, c = self.db, self.c
        self.gone = {db.fid[f] for f in gone_fnos}
        self.recompute = self._fnos("SELECT fno FROM choice WHERE other IN ({})", gone_fnos) - self.gone
        self.again = self._fnos("SELECT fno FROM best WHERE other IN ({})", gone_fnos) - self.gone
        self.targets = self._fnos("SELECT other FROM best WHERE fno IN ({})", gone_fnos) - self.gone
        for key in gone_keys:
            self.docs.update(d for (d,) in c.execute("SELECT id FROM doc WHERE part = ?", (key,)))
            for rid, area in c.execute("SELECT id, area_lc FROM report WHERE part = ?", (key,)):
                self._gone_reports.add(rid)
                self.areas.add(area)
        for chunk in _chunks(gone_fnos):
            marks = _marks(len(chunk))
            for sql in ("DELETE FROM post WHERE fno IN ({})", "DELETE FROM choice WHERE fno IN ({})",
                        "DELETE FROM choice WHERE other IN ({})", "DELETE FROM best WHERE fno IN ({})",
                        "DELETE FROM best WHERE other IN ({})", "DELETE FROM ckey WHERE fno IN ({})",
                        "DELETE FROM plink WHERE u IN ({})", "DELETE FROM plink WHERE v IN ({})",
                        "DELETE FROM finding WHERE fno IN ({})"):
                c.execute(sql.format(marks), chunk)
        for key in gone_keys:
            for sql in ("DELETE FROM report WHERE part = ?", "DELETE FROM doc WHERE part = ?",
                        "DELETE FROM part WHERE key = ?"):
                c.execute(sql, (key,))
        for fid in self.gone:
            del db.fid[db.fno.pop(fid)]
            db.report_of.pop(fid)
            db.pol.pop(fid)
        db.reports = {rid: r for rid, r in db.reports.items() if rid not in self._gone_reports}
        self._areas = None

    # -- addition ------------------------------------------------------------------------------
    def add(self, new_parts: dict[str, dict]) -> None:
        db = self.db
        top = max(db.fid, default=0)
        fnos, tops = {}, {}
        for key in sorted(new_parts):
            part = new_parts[key]
            db.reports.update(part["reports"])
            self._areas = None
            self._new_reports.update(part["reports"])
            self.areas.update(r[1].lower() for r in part["reports"].values())
            self.docs.update(part["docs"])
            for fid in sorted(part["findings"]):
                f = part["findings"][fid]
                top += 1
                fnos[fid] = top
                db.fno[fid], db.fid[top], db.report_of[fid], db.pol[fid] = top, fid, f["r"], f["pol"]
                self._data[fid] = {"sec": f["sec"], "orgs": f["orgs"], "svc": f["svc"], "bodies": f.get("bodies", []),
                                   "tf": f["tf"]}
                tops[fid] = self.top(fid)
                self.new.add(fid)
        for key in sorted(new_parts):
            self.db._insert_part(key, new_parts[key], fnos, tops, self.common, self.codec)

    # -- what they reach -----------------------------------------------------------------------
    def relink(self) -> None:
        self._area_reach()
        self._similar()
        self._restated()
        self._cited()
        self._pairs()

    def _area_reach(self) -> None:
        """Whether a finding may repeat another area's (:func:`may_repeat`) depends on the
        reviews of its own area: where they changed, its restated concern is chosen again and
        its links to the findings it chose, or that chose it, made again (an area's reviews,
        whatever the store holds)."""
        areas = sorted(self.areas)
        fnos = []
        for chunk in _chunks(areas):
            fnos += [f for (f,) in self.c.execute(
                f"SELECT f.fno FROM finding f JOIN report r ON r.rno = f.rno WHERE r.area_lc IN "
                f"({_marks(len(chunk))})", chunk)]
        fids = {self.db.fid[f] for f in fnos} - self.new - self.gone
        self.again |= {f for f in fids if self.db.pol[f] == "concern"}
        known = [self.db.fno[f] for f in sorted(fids)]
        for chunk in _chunks(known):
            for sql in ("SELECT fno, other FROM choice WHERE fno IN ({})",
                        "SELECT fno, other FROM choice WHERE other IN ({})"):
                self.pairs.update((self.db.fid[a], self.db.fid[b])
                                  for a, b in self.c.execute(sql.format(_marks(len(chunk))), chunk))

    def candidates(self, fid: str) -> list[str]:
        terms = [t for t in self.top(fid) if t not in self.common]
        if len(terms) < 2:
            return []
        rid = self.db.report_of[fid]
        rows = self.c.execute(f"SELECT fno FROM post WHERE tno IN (SELECT tno FROM term WHERE term IN "
                              f"({_marks(len(terms))})) GROUP BY fno HAVING count(*) >= 2", terms)
        return [o for (f,) in rows for o in [self.db.fid[f]] if self.db.report_of[o] != rid]

    def _similar(self) -> None:
        wanted = {fid: self.candidates(fid) for fid in sorted(self.new | self.recompute)}
        pairs = sorted({(f, o) if f < o else (o, f) for f, cs in wanted.items() for o in cs})
        self.prefetch({f for p in pairs for f in p})
        scores = pair_scores(pairs, self.vector)

        def score(a, b):
            return scores[(a, b) if a < b else (b, a)]

        chosen = {fid: _keep([[score(fid, o), o] for o in cs]) for fid, cs in wanted.items()}
        offers: dict[str, list] = defaultdict(list)
        for fid in self.new:
            for o in wanted[fid]:
                if o not in self.new and o not in self.recompute:
                    offers[o].append([score(fid, o), fid])
        before = {fid: self.choices(fid) for fid in [*self.recompute, *offers]}
        for o, offered in offers.items():
            chosen[o] = _keep(before[o] + offered)
        for fid, now in chosen.items():
            old = before.get(fid, [])
            if now == old:
                continue
            fno = self.db.fno[fid]
            self.c.execute("DELETE FROM choice WHERE fno = ?", (fno,))
            self.c.executemany("INSERT INTO choice VALUES (?, ?, ?)",
                               [(fno, self.db.fno[o], s) for s, o in now])
            self.pairs.update((fid, o) for _, o in old + now)

    def _concerns(self, fid: str) -> list[str]:
        keys = self.keys(fid)
        if not keys:
            return []
        rows = self.c.execute(f"SELECT DISTINCT fno FROM ckey WHERE key IN ({_marks(len(keys))})", keys)
        return sorted(self.db.fid[f] for (f,) in rows)

    def _best_for(self, a: str):
        return restated_best(a, self._concerns(a), self)

    def report(self, fid: str) -> str:
        return self.db.report_of[fid]

    def cos(self, a: str, b: str) -> float:
        return _cos(self.vector(a), self.vector(b))

    def _set_best(self, a: str, old, new) -> None:
        if old == new:
            return
        fno = self.db.fno[a]
        self.c.execute("DELETE FROM best WHERE fno = ?", (fno,))
        if new:
            self.c.execute("INSERT INTO best VALUES (?, ?, ?)", (fno, self.db.fno[new[1]], new[0]))
        for chosen in (old, new):
            if chosen:
                self.targets.add(chosen[1])
                self.pairs.add((a, chosen[1]))

    def _restated(self) -> None:
        pol = self.db.pol
        for a in sorted(self.again | self.new):
            old = None if a in self.new else self.best(a)
            self._set_best(a, old, self._best_for(a) if pol[a] == "concern" else None)
        for b in sorted(self.new):
            if pol[b] not in ("concern", "mixed"):
                continue
            when, rid = self.published(b), self.db.report_of[b]
            for a in self._concerns(b):
                if a in self.new or a in self.again or pol[a] != "concern" \
                        or self.db.report_of[a] == rid or self.published(a) <= when:
                    continue
                s = self.cos(a, b)
                current = self.best(a)
                if s >= RESTATED_THRESHOLD and (current is None or s > current[0]
                                                or (s == current[0] and b < current[1])) and may_repeat(a, b, self):
                    self._set_best(a, current, [s, b])
        for t in self.targets - self.gone:
            self.pairs.update((x, t) for x in self._fnos("SELECT fno FROM best WHERE other IN ({})",
                                                         [self.db.fno[t]]))

    def _cited(self) -> None:
        c = self.c
        for chunk in _chunks(sorted(self.areas)):
            self.docs.update(d for (d,) in c.execute(
                f"SELECT DISTINCT id FROM doc WHERE area_lc IN ({_marks(len(chunk))})", chunk))
        rules = _Rules(self)
        for doc in sorted(self.docs):
            before = set(c.execute("SELECT type, u, v, props FROM clink WHERE doc = ?", (doc,)))
            rows = doc_links(doc, rules)
            c.execute("DELETE FROM clink WHERE doc = ?", (doc,))
            self.db._insert_doc_links(doc, rows)
            after = {(t, u, v, json.dumps(p, ensure_ascii=False)) for t, u, v, p in rows}
            self.before[("doc", doc)], self.after[("doc", doc)] = before, after
            old = {(u, v) for t, u, v, _ in before if t == "REPEATS"}
            now = {(u, v) for t, u, v, _ in after if t == "REPEATS"}
            self.pairs.update(old ^ now)

    def _pairs(self) -> None:
        rules = _Rules(self)
        fno = self.db.fno
        pairs = {(a, b) if a < b else (b, a) for a, b in self.pairs
                 if a != b and a in fno and b in fno}
        fid = self.db.fid
        for a, b in sorted(pairs):
            where = ("WHERE (u = ? AND v = ?) OR (u = ? AND v = ?)", (fno[a], fno[b], fno[b], fno[a]))
            self.before[("pair", a, b)] = {
                (_TYPE_NAMES[t], fid[u], fid[v], s, basis) for t, u, v, s, basis in
                self.c.execute(f"SELECT type, u, v, score, basis FROM plink {where[0]}", where[1])}
            self.c.execute(f"DELETE FROM plink {where[0]}", where[1])
            rows = pair_links(a, b, rules)
            self.after[("pair", a, b)] = set(rows)
            self.c.executemany("INSERT INTO plink VALUES (?, ?, ?, ?, ?)",
                               [(fno[u], fno[v], _TYPES[t], s, basis) for t, u, v, s, basis in rows])

    def changes(self) -> tuple[list, list, list]:
        """What :attr:`LinkDB.changes` says."""
        touched = self.gone | self.new | self._gone_reports | self._new_reports
        removed, pairs, doc_keys = set(), set(), set()
        for anchor in sorted(set(self.before) | set(self.after)):
            before, after = self.before.get(anchor, set()), self.after.get(anchor, set())
            for row in before - after:
                if row[1] not in touched and row[2] not in touched:
                    (doc_keys if anchor[0] == "doc" else removed).add(row[:3])
            for row in after:
                if row not in before or row[1] in touched or row[2] in touched:
                    if anchor[0] == "doc":
                        doc_keys.add(row[:3])
                    else:
                        pairs.add(row)
        # A cited review's link may share its key with another review's (the same finding citing
        # two reviews of one report): the key keeps the last review's row, as everywhere else.
        docs = []
        for rel, u, v in sorted(doc_keys):
            rows = self.c.execute("SELECT props FROM clink WHERE u = ? AND v = ? AND type = ? "
                                  "ORDER BY doc, seq", (u, v, rel)).fetchall()
            if rows:
                docs.append((rel, u, v, json.loads(rows[-1][0])))
            elif u not in touched and v not in touched:
                removed.add((rel, u, v))
        return sorted(removed), sorted(pairs, key=repr), docs


class _Rules:
    """What :func:`pair_links` and :func:`doc_links` ask, answered from the database."""

    def __init__(self, work: _Update):
        self.work, self.db, self.c = work, work.db, work.c
        self._areas = None

    def cited_repeat(self, u, v) -> bool:
        return self.c.execute("SELECT 1 FROM clink WHERE u = ? AND v = ? AND type = 'REPEATS'",
                              (u, v)).fetchone() is not None

    def best(self, fid):
        return self.work.best(fid)

    def bodies(self, fid):
        return self.work.bodies(fid)

    def succeeded(self, fid):
        return self.work.succeeded(fid)

    def named(self, fid):
        return self.work.named(fid)

    def area(self, fid):
        return self.work.area(fid)

    def earlier_review(self, fid):
        return self.work.earlier_review(fid)

    def closest(self, fid):
        from clasgraph.graph.linking import restated_rank

        area = self._area_of(fid)
        rows = [(s, self.db.fid[a]) for a, s in self.c.execute(
            "SELECT fno, score FROM best WHERE other = ?", (self.db.fno[fid],))]
        return min(rows, key=lambda sa: restated_rank(self._area_of(sa[1]) == area, *sa))[1] if rows else None

    def _area_of(self, fid) -> str:
        report = self.db.reports.get(self.db.report_of.get(fid, ""), ["", ""])
        return report[1].lower()

    def similar(self, a, b):
        fno = self.db.fno
        scores = [s for (s,) in self.c.execute(
            "SELECT score FROM choice WHERE (fno = ? AND other = ?) OR (fno = ? AND other = ?)",
            (fno[a], fno[b], fno[b], fno[a])) if s >= THRESHOLD]
        return max(scores) if scores else None

    def published(self, fid):
        return self.work.published(fid)

    def doc(self, doc):
        return merged_doc([_unpack(v) for (v,) in self.c.execute(
            "SELECT v FROM doc WHERE id = ? ORDER BY part", (doc,))])

    def has_finding(self, fid):
        return fid in self.db.fno

    def reports_in(self, area):
        if self._areas is None:
            self._areas = reports_by_area(self.db.reports)
        return self._areas.get(area, [])

    def findings_of(self, report_id):
        return sorted(fid for (fid,) in self.c.execute(
            "SELECT id FROM finding WHERE rno = (SELECT rno FROM report WHERE id = ?)", (report_id,)))

    def cos(self, a, b):
        return _cos(self.work.vector(a), self.work.vector(b))
