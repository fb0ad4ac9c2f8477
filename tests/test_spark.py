"""The Spark engine in local mode gives the local engine's facts, fact for fact."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from marketfacts import schema
from marketfacts.corpus import Article, read_articles
from marketfacts.extract import extract_one
from marketfacts.store import Store

from .conftest import shared_path

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark", allow_module_level=True)

from marketfacts import spark as mfspark  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    s = mfspark.session("local[2]")
    yield s
    s.stop()


def _local(path: Path) -> dict[tuple[str, int], dict[str, object]]:
    from marketfacts.corpus import BadRecord

    out = {}
    for a in read_articles(str(path)):
        if isinstance(a, BadRecord):
            continue
        r = extract_one(a)
        for seq, f in enumerate(r["facts"]):
            out[(str(r["id"]), seq)] = schema.fact_row(str(r["id"]), r["date"] or None, seq, f)
    return out


def _spark(spark: object, path: Path, out: Path) -> tuple[dict[tuple[str, int], dict[str, object]], dict[str, int]]:
    counts = mfspark.run(spark, [str(path)], str(out))
    rows = spark.read.parquet(str(out)).collect()  # type: ignore[attr-defined]
    return {(r["article_id"], r["seq"]): r.asDict(recursive=True) for r in rows}, counts


def test_dev_corpus_same_facts(spark: object, tmp_path: Path) -> None:
    dev = shared_path("corpus", "dev", "articles.jsonl")
    got, counts = _spark(spark, dev, tmp_path / "dev_out")
    assert got == _local(dev)
    assert counts["bad_records"] == 0


def test_reuters_sample_same_facts_and_bad_record(spark: object, tmp_path: Path) -> None:
    src = shared_path("corpus", "reuters21578", "docs.jsonl.gz")
    sample = tmp_path / "reuters.jsonl"
    with gzip.open(src, "rt", encoding="utf-8") as fh, sample.open("w", encoding="utf-8") as out:
        for i, line in enumerate(fh):
            if i >= 2500:
                break
            d = json.loads(line)
            out.write(json.dumps({"id": str(d["newid"]), "date": None, "text": d["text"]}) + "\n")
        out.write("{this line is not json\n")
    got, counts = _spark(spark, sample, tmp_path / "r_out")
    assert got == _local_skip_bad(sample)
    assert counts["bad_records"] == 1


def _local_skip_bad(path: Path) -> dict[tuple[str, int], str]:
    return _local(path)


def test_spark_output_reads_into_duckdb(spark: object, tmp_path: Path) -> None:
    dev = shared_path("corpus", "dev", "articles.jsonl")
    out = tmp_path / "facts"
    mfspark.run(spark, [str(dev)], str(out))
    import duckdb

    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/*.parquet')").fetchone()[0]
    assert n == len(_local(dev))
    with Store(tmp_path / "s.duckdb") as store:
        assert store.ingest_parquet(str(out)) == n
        assert store.counts()["facts"] == n
        assert store.moves("^HSI")


def test_spark_parquet_has_the_export_schema(spark: object, tmp_path: Path) -> None:
    """One typed schema: Spark's Parquet, `export`'s Parquet and to_arrow agree, column for column."""
    import pyarrow.parquet as pq

    dev = shared_path("corpus", "dev", "articles.jsonl")
    out = tmp_path / "spark_out"
    mfspark.run(spark, [str(dev)], str(out))
    spark_file = sorted(out.glob("*.parquet"))[0]
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([a for a in read_articles(str(dev)) if isinstance(a, Article)])
        store.export(str(tmp_path / "export.parquet"), "parquet")
    got = pq.read_schema(spark_file).remove_metadata()
    want = pq.read_schema(tmp_path / "export.parquet").remove_metadata()
    assert got.names == want.names == schema.arrow_schema().names
    assert [f.type for f in got] == [f.type for f in want]
