"""The DuckDB store: idempotent ingest, replacement, crash consistency, export."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from marketfacts.corpus import Article, read_articles
from marketfacts.store import Store

COMPANIES = ["Tencent", "Alibaba Group", "Meituan", "Sony", "Toyota Motor", "HSBC", "Barclays", "Samsung Electronics"]


def synthetic(n: int) -> list[dict[str, str]]:
    out = []
    for i in range(n):
        c = COMPANIES[i % len(COMPANIES)]
        d = f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"
        out.append({"id": f"a{i}", "date": d,
                    "text": f"{c} rose {1 + i % 9}.{i % 10} per cent to HK${100 + i % 50}.20. "
                            f"The Hang Seng Index fell {i % 3}.{i % 7 + 1} per cent to 1{i % 9},000.50."})
    return out


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def _consistent(db: Path) -> tuple[int, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        orphans = con.execute("SELECT count(*) FROM facts WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        mismatch = con.execute("SELECT count(*) FROM articles a WHERE n_facts <> (SELECT count(*) FROM facts f "
                               "WHERE f.article_id = a.id)").fetchone()[0]
        dup = con.execute("SELECT count(*) - count(DISTINCT id) FROM articles").fetchone()[0]
        assert (orphans, mismatch, dup) == (0, 0, 0)
        return (con.execute("SELECT count(*) FROM articles").fetchone()[0],
                con.execute("SELECT count(*) FROM facts WHERE kind = 'move'").fetchone()[0])
    finally:
        con.close()


def test_ingest_is_idempotent_and_replaces_changed_text(tmp_path: Path) -> None:
    rows = synthetic(40)
    with Store(tmp_path / "s.duckdb") as store:
        first = store.ingest([Article(r["id"], r["date"], r["text"], {}) for r in rows])
        again = store.ingest([Article(r["id"], r["date"], r["text"], {}) for r in rows])
        assert (first.stored, again.stored, again.skipped) == (40, 0, 40)
        n_facts = store.counts()["facts"]
        store.ingest([Article("a0", "2024-01-01", "Sony fell 9.9 per cent to ¥12,000.", {})])
        assert store.counts()["articles"] == 40
        a0 = store.article("a0")
        assert a0 is not None and [f["change_pct"] for f in a0["facts"] if f["kind"] == "move"] == [-9.9]
        assert store.counts()["facts"] < n_facts


def test_queries_are_parameterised(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([Article(r["id"], r["date"], r["text"], {}) for r in synthetic(10)])
        evil = "x'; DROP TABLE facts; --"
        assert store.facts(subject=evil)["total"] == 0
        assert store.articles(q=evil)["total"] == 0
        assert store.counts()["facts"] > 0
        assert len(store.moves("Tencent")) >= 1
        assert store.facts(kind="move", subject="^HSI", since="2024-03-01", until="2024-06-30")["total"] >= 1


def test_export_formats(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([Article(r["id"], r["date"], r["text"], {}) for r in synthetic(10)])
        n = store.counts()["facts"]
        for fmt in ("parquet", "csv", "jsonl"):
            out = tmp_path / f"facts.{fmt}"
            assert store.export(str(out), fmt) == n
            assert out.stat().st_size > 0
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'facts.parquet'}')").fetchone()[0] == n


def test_killed_ingest_leaves_a_consistent_database_and_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    rows = synthetic(6000)
    _write(corpus, rows)
    db = tmp_path / "k.duckdb"
    script = (
        "import sys\n"
        "from marketfacts.store import Store\n"
        "from marketfacts.corpus import read_articles\n"
        "s = Store(sys.argv[1])\n"
        "s.ingest(read_articles(sys.argv[2]), batch=200, on_progress=lambda r: print(r.read, flush=True))\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(db), str(corpus)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seen = 0
    deadline = time.time() + 120
    while seen < 3 and time.time() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen += 1
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert seen >= 3, "the ingest did not commit three batches before being killed"
    stored, _ = _consistent(db)
    assert 0 < stored < len(rows)
    with Store(db) as store:
        rep = store.ingest(read_articles(str(corpus)), batch=500)
        assert rep.skipped >= stored - 200
    total, facts = _consistent(db)
    assert total == len(rows)
    assert facts == sum(1 for _ in rows) * 2
