"""The embedded DuckDB store: articles, facts, entities and checks, queryable
in plain SQL.

Ingest is idempotent (an article whose id and text are stored already is
skipped; changed text replaces its old facts) and commits in batches, each
batch one transaction, so a run killed at any moment leaves a consistent
database and a rerun finishes the job without duplicates.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    import duckdb
    import pyarrow as pa
except ImportError as _err:  # the core install has neither: say which extra brings them
    raise ImportError(f"[MF071] the store needs {_err.name}: pip install 'marketfacts[store]'") from _err

from .corpus import Article, BadRecord
from .extract import extract_one, extract_stream

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    date DATE,
    text VARCHAR,
    text_hash VARCHAR,
    meta JSON,
    n_facts INTEGER,
    ingested_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS facts (
    article_id VARCHAR,
    seq INTEGER,
    kind VARCHAR,
    subject_name VARCHAR,
    subject_id VARCHAR,
    subject_type VARCHAR,
    change_pct DOUBLE,
    change DOUBLE,
    level DOUBLE,
    currency VARCHAR,
    unit VARCHAR,
    period VARCHAR,
    as_of VARCHAR,
    as_of_date DATE,
    approx VARCHAR,
    phase VARCHAR,
    amount DOUBLE,
    amount_currency VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    rule VARCHAR,
    fact JSON,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR,
    name VARCHAR,
    id VARCHAR,
    type VARCHAR,
    mention VARCHAR,
    span_start INTEGER,
    span_end INTEGER
);
CREATE TABLE IF NOT EXISTS prices (
    symbol VARCHAR,
    date DATE,
    close DOUBLE,
    PRIMARY KEY (symbol, date)
);
CREATE TABLE IF NOT EXISTS checks (
    article_id VARCHAR,
    seq INTEGER,
    kind VARCHAR,
    finding VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    "check" JSON,
    PRIMARY KEY (article_id, seq)
);
"""

FACT_COLUMNS = ["article_id", "seq", "kind", "subject_name", "subject_id", "subject_type", "change_pct", "change",
                "level", "currency", "unit", "period", "as_of", "as_of_date", "approx", "phase", "amount",
                "amount_currency", "span_start", "span_end", "rule", "fact"]


class StoreError(Exception):
    """[MF040] the store cannot do what was asked."""


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    bad: int = 0
    facts: int = 0
    # each article id: stored (new), replaced (its text changed) or unchanged
    statuses: dict[str, str] = field(default_factory=dict)


def text_hash(text: str, date: str | None) -> str:
    return hashlib.sha1(f"{date or ''}\x00{text}".encode("utf-8", "replace")).hexdigest()


class Store:
    """A DuckDB database of articles and their facts."""

    def __init__(self, path: str | Path = "marketfacts.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as err:
            raise StoreError(f"[MF040] cannot open {self.path}: {err}") from err
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ ingest
    def ingest(self, items: Iterable[Article | BadRecord], jobs: int = 1, batch: int = 500,
               on_bad: Any = None, on_progress: Any = None, prices: Any = None,
               extracted: dict[str, dict[str, Any]] | None = None) -> IngestReport:
        """Extract and store articles, one transaction a batch. With
        ``prices`` (a ``verify.Prices``), each article's moves, streaks and
        records are held against them and the verdicts stored with its
        checks; every article is then read again, changed or not.
        ``extracted``: the output lines already read, by article id (the API
        reads outside its lock and stores under it)."""
        report = IngestReport()
        pending: list[Article] = []
        if prices is not None:
            self.store_prices(prices)

        def flush() -> None:
            if pending:
                self._store_batch(pending, jobs, report, prices, extracted)
                if on_progress:
                    on_progress(report)
                pending.clear()

        for it in items:
            if isinstance(it, BadRecord):
                report.bad += 1
                if on_bad:
                    on_bad(it)
                continue
            report.read += 1
            pending.append(it)
            if len(pending) >= batch:
                flush()
        flush()
        return report

    def _store_batch(self, articles: list[Article], jobs: int, report: IngestReport, prices: Any = None,
                     extracted: dict[str, dict[str, Any]] | None = None) -> None:
        # last one wins within a batch
        by_id = {a.id: a for a in articles}
        ids = list(by_id)
        hashes = {i: text_hash(by_id[i].text, by_id[i].date) for i in ids}
        known = dict(self.con.execute(
            "SELECT id, text_hash FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids]).fetchall())
        for i in ids:
            report.statuses[i] = "unchanged" if known.get(i) == hashes[i] else "replaced" if i in known else "stored"
        todo = [by_id[i] for i in ids if known.get(i) != hashes[i] or prices is not None]
        report.skipped += len(ids) - len(todo)
        if not todo:
            return
        # each article is read once; with prices its verdicts come in the same pass
        if extracted is not None and all(a.id in extracted for a in todo):
            results = [extracted[a.id] for a in todo]
        elif prices is None:
            results = [r for r in extract_stream(todo, jobs=jobs) if isinstance(r, dict)]
        else:
            results = [extract_one(a, prices=prices) for a in todo]
        art_rows: dict[str, list[Any]] = {k: [] for k in ("id", "date", "text", "text_hash", "meta", "n_facts")}
        fact_rows: dict[str, list[Any]] = {k: [] for k in FACT_COLUMNS}
        ent_rows: dict[str, list[Any]] = {k: [] for k in ("article_id", "name", "id", "type", "mention",
                                                          "span_start", "span_end")}
        chk_rows: dict[str, list[Any]] = {k: [] for k in ("article_id", "seq", "kind", "finding", "span_start",
                                                          "span_end", "check")}
        for a, r in zip(todo, results, strict=True):
            art_rows["id"].append(a.id)
            art_rows["date"].append(_date(a.date or r.get("date")))
            art_rows["text"].append(a.text)
            art_rows["text_hash"].append(hashes[a.id])
            art_rows["meta"].append(json.dumps(a.meta, ensure_ascii=False, default=str))
            art_rows["n_facts"].append(len(r["facts"]))
            for seq, f in enumerate(r["facts"]):
                for k, v in fact_row(a.id, seq, f).items():
                    fact_rows[k].append(v)
                for ent in _entities_of(f):
                    ent_rows["article_id"].append(a.id)
                    for k in ("name", "id", "type", "mention"):
                        ent_rows[k].append(ent.get(k))
                    ent_rows["span_start"].append(f["span"][0])
                    ent_rows["span_end"].append(f["span"][1])
            for seq, c in enumerate(r["checks"]):
                chk_rows["article_id"].append(a.id)
                chk_rows["seq"].append(seq)
                chk_rows["kind"].append(c["kind"])
                chk_rows["finding"].append(c.get("finding"))
                chk_rows["span_start"].append(c["span"][0])
                chk_rows["span_end"].append(c["span"][1])
                chk_rows["check"].append(json.dumps(c, ensure_ascii=False))
            report.facts += len(r["facts"])
        batch_ids = [a.id for a in todo]
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table in ("facts", "checks"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest($1::VARCHAR[]))", [batch_ids])
            con.execute("DELETE FROM entities WHERE article_id IN (SELECT unnest($1::VARCHAR[]))", [batch_ids])
            con.execute("DELETE FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))", [batch_ids])
            _insert(con, "articles", art_rows, _ART_TYPES)
            _insert(con, "facts", fact_rows, _FACT_TYPES)
            _insert(con, "entities", ent_rows, None)
            _insert(con, "checks", chk_rows, _CHK_TYPES)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        report.stored += len(todo)

    def store_prices(self, prices: Any) -> int:
        """Keep the daily closes of a ``verify.Prices`` (the chart draws them); returns bars stored."""
        rows: dict[str, list[Any]] = {"symbol": [], "date": [], "close": []}
        for sym, ser in prices.series.items():
            for d, c in zip(ser.days, ser.close, strict=True):
                rows["symbol"].append(sym)
                rows["date"].append(d.isoformat())
                rows["close"].append(float(c))
        if not rows["symbol"]:
            return 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            tbl = pa.table({"symbol": rows["symbol"], "close": rows["close"],
                            "date": pa.array([_dt.date.fromisoformat(x) for x in rows["date"]], pa.date32())})
            self.con.register("new_bars", tbl)
            self.con.execute("DELETE FROM prices WHERE (symbol, date) IN (SELECT symbol, date FROM new_bars)")
            self.con.execute("INSERT INTO prices SELECT symbol, date, close FROM new_bars")
            self.con.unregister("new_bars")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(rows["symbol"])

    def closes(self, symbol: str) -> list[tuple[str, float]]:
        """The stored daily closes of ``symbol``, oldest first (none in a store from before they were kept)."""
        if not self._has("prices"):
            return []
        return [(d, c) for d, c in self.con.execute(
            "SELECT CAST(date AS VARCHAR), close FROM prices WHERE symbol = ? ORDER BY date", [symbol]).fetchall()]

    def _has(self, table: str) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                                     [table]).fetchone()[0])  # type: ignore[index]

    # ------------------------------------------------------------ queries
    def article(self, article_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT id, CAST(date AS VARCHAR), text, meta FROM articles WHERE id = ?",
                               [article_id]).fetchone()
        if row is None:
            return None
        facts = [json.loads(f) for (f,) in self.con.execute(
            "SELECT fact FROM facts WHERE article_id = ? ORDER BY seq", [article_id]).fetchall()]
        checks = [json.loads(c) for (c,) in self.con.execute(
            'SELECT "check" FROM checks WHERE article_id = ? ORDER BY seq', [article_id]).fetchall()]
        return {"id": row[0], "date": row[1] or "", "text": row[2], "meta": json.loads(row[3] or "{}"),
                "facts": facts, "checks": checks}

    def articles(self, q: str | None = None, since: str | None = None, until: str | None = None,
                 subject: str | None = None, limit: int = 20, offset: int = 0, kind: str | None = None,
                 verdict: str | None = None) -> dict[str, Any]:
        sql_where, params = self._article_where(q, since, until, subject, kind, verdict)
        total = self.con.execute(f"SELECT count(*) FROM articles a WHERE {sql_where}", params).fetchone()[0]  # type: ignore[index]
        rows = self.con.execute(
            f"SELECT a.id, CAST(a.date AS VARCHAR), substr(a.text, 1, 200), a.n_facts FROM articles a "
            f"WHERE {sql_where} ORDER BY a.date DESC NULLS LAST, a.id LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        return {"total": total, "limit": limit, "offset": offset,
                "items": [{"id": r[0], "date": r[1] or "", "snippet": r[2], "n_facts": r[3]} for r in rows]}

    def _article_where(self, q: str | None, since: str | None, until: str | None, subject: str | None,
                       kind: str | None, verdict: str | None) -> tuple[str, list[Any]]:
        where, params = ["1=1"], []
        if q:
            where.append("a.text ILIKE ?")
            params.append(f"%{q}%")
        _date_range(where, params, "a.date", since, until)
        if subject:
            where.append("a.id IN (SELECT article_id FROM facts WHERE " + _subject_sql() + ")")
            params += _subject_params(subject)
        if kind:
            where.append("a.id IN (SELECT article_id FROM facts WHERE kind = ?)")
            params.append(kind)
        if verdict:
            where.append("a.id IN (SELECT article_id FROM checks WHERE kind = 'market_data' AND "
                         "json_extract_string(\"check\", '$.verdict') = ?)")
            params.append(verdict)
        return " AND ".join(where), params

    def article_facets(self, columns: list[str], q: str | None = None, since: str | None = None,
                       until: str | None = None, subject: str | None = None, kind: str | None = None,
                       verdict: str | None = None, top: int = 20) -> dict[str, list[dict[str, Any]]]:
        """How many of the articles the filters keep have a fact of each kind, on
        each ticker, or a claim of each verdict against prices."""
        sql_where, params = self._article_where(q, since, until, subject, kind, verdict)
        inner = {
            "kind": "SELECT DISTINCT f.article_id, f.kind AS v FROM facts f",
            "subject_id": "SELECT DISTINCT f.article_id, f.subject_id AS v FROM facts f WHERE f.subject_id IS NOT NULL",
            "verdict": "SELECT DISTINCT c.article_id, json_extract_string(c.\"check\", '$.verdict') AS v FROM checks c "
                       "WHERE c.kind = 'market_data'",
        }
        out: dict[str, list[dict[str, Any]]] = {}
        for col in columns:
            if col not in inner:
                raise StoreError(f"[MF043] cannot count articles by {col!r}; one of {', '.join(inner)}")
            rows = self.con.execute(
                f"SELECT x.v, count(*) AS n FROM ({inner[col]}) x JOIN articles a ON a.id = x.article_id "
                f"WHERE {sql_where} GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [*params, top]).fetchall()
            out[col] = [{"value": v, "count": n} for v, n in rows]
        return out

    def facts(self, kind: str | None = None, subject: str | None = None, since: str | None = None,
              until: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
        base, params = _facts_from(kind, subject, since, until)
        total = self.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]  # type: ignore[index]
        # a claim held against prices carries its verdict
        verdict = ("(SELECT json_extract_string(c.\"check\", '$.verdict') FROM checks c WHERE c.article_id = "
                   "f.article_id AND c.kind = 'market_data' AND c.span_start = f.span_start AND c.span_end = "
                   "f.span_end LIMIT 1)")
        rows = self.con.execute(
            f"SELECT f.article_id, CAST(coalesce(f.as_of_date, a.date) AS VARCHAR), f.fact, {verdict} {base} "
            f"ORDER BY coalesce(f.as_of_date, a.date) NULLS LAST, f.article_id, f.seq LIMIT ? OFFSET ?",
            [*params, limit, offset]).fetchall()
        items = []
        for aid, day, fact, v in rows:
            d = json.loads(fact)
            d["article_id"] = aid
            d["date"] = day or ""
            if v:
                d["verdict"] = v
            items.append(d)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def facets(self, columns: list[str], kind: str | None = None, subject: str | None = None,
               since: str | None = None, until: str | None = None, top: int = 20) -> dict[str, list[dict[str, Any]]]:
        """Counts of the facts the filters keep, by each column (the most common first)."""
        base, params = _facts_from(kind, subject, since, until)
        out: dict[str, list[dict[str, Any]]] = {}
        for col in columns:
            if col not in FACET_COLUMNS:
                raise StoreError(f"[MF043] cannot count by {col!r}; one of {', '.join(FACET_COLUMNS)}")
            rows = self.con.execute(f"SELECT f.{col}, count(*) AS n {base} GROUP BY 1 ORDER BY n DESC, 1 NULLS LAST "
                                    f"LIMIT ?", [*params, top]).fetchall()
            out[col] = [{"value": v, "count": n} for v, n in rows]
        return out

    def moves(self, subject: str, since: str | None = None, until: str | None = None,
              limit: int = 1000) -> list[dict[str, Any]]:
        return self.facts(kind="move", subject=subject, since=since, until=until, limit=limit)["items"]

    def export(self, path: str, fmt: str) -> int:
        """Write every fact to ``path`` in the table form of ``marketfacts.schema``
        (Parquet: exactly ``arrow_schema()``; CSV: its structs spelt out;
        JSONL: the facts as JSON with their article's id and date); returns rows."""
        from . import schema

        fmt = fmt.lower()
        if fmt not in ("parquet", "csv", "jsonl"):
            raise StoreError(f"[MF041] unknown export format {fmt!r}")
        cur = self.con.execute(
            "SELECT f.article_id, CAST(a.date AS VARCHAR), f.seq, f.fact FROM facts f JOIN articles a ON "
            "a.id = f.article_id ORDER BY f.article_id, f.seq")
        n = 0
        if fmt == "parquet":
            import pyarrow.parquet as pq

            with pq.ParquetWriter(path, schema.arrow_schema()) as writer:
                while chunk := cur.fetchmany(10_000):
                    writer.write_table(schema.to_table(
                        schema.fact_row(aid, day, seq, json.loads(fact)) for aid, day, seq, fact in chunk))
                    n += len(chunk)
            return n
        with open(path, "w", encoding="utf-8", newline="") as fh:
            if fmt == "csv":
                import csv

                w = csv.DictWriter(fh, fieldnames=list(schema.csv_row({})))
                w.writeheader()
            while chunk := cur.fetchmany(10_000):
                for aid, day, seq, fact in chunk:
                    d = json.loads(fact)
                    if fmt == "csv":
                        w.writerow(schema.csv_row(schema.fact_row(aid, day, seq, d)))
                    else:
                        d["article_id"], d["date"] = aid, day or ""
                        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
                n += len(chunk)
        return n

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
                for t in ("articles", "facts", "entities", "checks")}

    def ingest_parquet(self, path: str) -> int:
        """Load facts written by the Spark engine (the table form of ``marketfacts.schema``)."""
        import pyarrow.dataset as ds

        from .schema import fact_from_row

        try:
            table = ds.dataset(path, format="parquet", exclude_invalid_files=True).to_table()
        except (OSError, ValueError) as err:
            raise StoreError(f"[MF042] cannot read Parquet facts at {path}: {err}") from err
        rows = [(r["article_id"], r["article_date"].isoformat() if r["article_date"] else None, r["seq"],
                 json.dumps(fact_from_row(r), ensure_ascii=False)) for r in table.to_pylist()]
        by_article: dict[str, list[tuple[int, str]]] = {}
        dates: dict[str, Any] = {}
        for aid, day, seq, fact in rows:
            by_article.setdefault(aid, []).append((seq, fact))
            dates[aid] = day
        self.con.execute("BEGIN TRANSACTION")
        try:
            ids = list(by_article)
            self.con.execute("DELETE FROM facts WHERE article_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            art: dict[str, list[Any]] = {"id": ids, "date": [_date(str(dates[i]) if dates[i] else None) for i in ids], "text": [None] * len(ids),
                   "text_hash": [None] * len(ids), "meta": ["{}"] * len(ids),
                   "n_facts": [len(by_article[i]) for i in ids]}
            _insert(self.con, "articles", art, _ART_TYPES)
            fr: dict[str, list[Any]] = {k: [] for k in FACT_COLUMNS}
            for aid, items in by_article.items():
                for seq, fact in sorted(items):
                    for k, v in fact_row(aid, seq, json.loads(fact)).items():
                        fr[k].append(v)
            _insert(self.con, "facts", fr, _FACT_TYPES)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(rows)


def _facts_from(kind: str | None, subject: str | None, since: str | None,
                until: str | None) -> tuple[str, list[Any]]:
    """The FROM and WHERE of the facts the filters keep, and their parameters."""
    where, params = ["1=1"], []
    if kind:
        where.append("f.kind = ?")
        params.append(kind)
    if subject:
        where.append(_subject_sql("f"))
        params += _subject_params(subject)
    _date_range(where, params, "coalesce(f.as_of_date, a.date)", since, until)
    return f"FROM facts f JOIN articles a ON a.id = f.article_id WHERE {' AND '.join(where)}", params


def _date_range(where: list[str], params: list[Any], column: str, since: str | None, until: str | None) -> None:
    """Add a parameterised date range on ``column`` (a fixed expression, never user text)."""
    if since:
        where.append(f"{column} >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append(f"{column} <= CAST(? AS DATE)")
        params.append(until)


def _subject_sql(alias: str = "") -> str:
    p = f"{alias}." if alias else ""
    return (f"(lower({p}subject_id) = lower(?) OR lower({p}subject_name) = lower(?) OR "
            f"lower(json_extract_string({p}fact, '$.subject.mention')) = lower(?) OR {p}subject_id = ?)")


def _subject_params(subject: str) -> list[str]:
    """A ticker, a name as stored, or a name the reference knows ("Tencent" finds 0700.HK)."""
    from .reference import get_reference

    inst = get_reference().lookup(subject.strip()) if len(subject) <= 200 else None
    return [subject, subject, subject, inst.id if inst is not None else subject]


# the columns GET /facts and Store.facets count by
FACET_COLUMNS = ("kind", "subject_id", "subject_name", "subject_type", "currency", "period")


def _date(d: str | None) -> str | None:
    if not d or len(d) < 10:
        return None
    from .dates import parse_iso

    return d[:10] if parse_iso(d) else None


def _entities_of(f: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for key in ("subject", "authority", "acquirer", "target"):
        v = f.get(key)
        if isinstance(v, dict) and v.get("name"):
            yield v
    for key in ("targets", "people", "organisations"):
        for v in f.get(key) or []:
            if isinstance(v, dict) and v.get("name"):
                yield v


def fact_row(article_id: str, seq: int, f: dict[str, Any]) -> dict[str, Any]:
    """One fact as a row of the ``facts`` table (the full fact kept as JSON)."""
    subj = f.get("subject") if isinstance(f.get("subject"), dict) else (
        f.get("authority") if isinstance(f.get("authority"), dict) else
        f.get("acquirer") if isinstance(f.get("acquirer"), dict) else None)
    money = next((f[k] for k in ("amount", "value", "price_per_share", "proceeds", "price")
                  if isinstance(f.get(k), dict) and f[k].get("currency")), None)
    as_of = f.get("as_of") or f.get("date")
    return {
        "article_id": article_id, "seq": seq, "kind": f.get("kind"),
        "subject_name": (subj or {}).get("name"), "subject_id": (subj or {}).get("id"),
        "subject_type": (subj or {}).get("type"),
        "change_pct": _num(f.get("change_pct")), "change": _num(f.get("change")), "level": _num(f.get("level")),
        "currency": f.get("currency") if isinstance(f.get("currency"), str) else None,
        "unit": f.get("unit") if isinstance(f.get("unit"), str) else None,
        "period": f.get("period") if isinstance(f.get("period"), str) else None,
        "as_of": as_of if isinstance(as_of, str) else None,
        "as_of_date": _date(as_of if isinstance(as_of, str) else None),
        "approx": f.get("approx") if isinstance(f.get("approx"), str) else None,
        "phase": f.get("phase") if isinstance(f.get("phase"), str) else None,
        "amount": _num(money.get("amount")) if money else None,
        "amount_currency": money.get("currency") if money else None,
        "span_start": f["span"][0], "span_end": f["span"][1], "rule": f.get("rule"),
        "fact": json.dumps(f, ensure_ascii=False),
    }


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


_ART_TYPES = {"date": pa.date32()}
_FACT_TYPES = {"as_of_date": pa.date32(), "seq": pa.int32(), "span_start": pa.int32(), "span_end": pa.int32()}
_CHK_TYPES = {"seq": pa.int32(), "span_start": pa.int32(), "span_end": pa.int32()}


def _insert(con: duckdb.DuckDBPyConnection, table: str, cols: dict[str, list[Any]], types: dict[str, Any] | None) -> None:
    if not next(iter(cols.values())):
        return
    arrays = {}
    for k, v in cols.items():
        t = (types or {}).get(k)
        if t == pa.date32():
            v = [_dt.date.fromisoformat(x) if x else None for x in v]
        arrays[k] = pa.array(v, type=t) if t is not None else pa.array(v)
    tbl = pa.table(arrays)  # noqa: F841 - read by DuckDB by name
    con.execute(f"INSERT INTO {table} ({', '.join(chr(34) + c + chr(34) for c in cols)}) SELECT * FROM tbl")
