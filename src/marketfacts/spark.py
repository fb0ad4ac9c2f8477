"""The same extraction as a Spark batch job.

``extract(df)`` takes a DataFrame with ``id``, ``date`` and ``text`` columns
and returns one row a fact: the article id and date, the fact's kind, its
main fields as columns and the whole fact as JSON. ``run(...)`` reads JSONL
or Parquet from any path Spark can read and writes Parquet partitioned by
article date. The executors run the very ``marketfacts.read`` used locally
(the package and its data travel with ``spark-submit --py-files`` or are
installed on the workers), so the two engines give the same facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

FACT_SCHEMA = (
    "article_id string, article_date string, seq int, kind string, subject_name string, subject_id string, "
    "change_pct double, change double, level double, currency string, period string, as_of string, "
    "span_start int, span_end int, fact string, error string"
)


def _rows(batch_ids: list[Any], batch_dates: list[Any], batch_texts: list[Any]) -> dict[str, list[Any]]:
    from .pipeline import read

    cols: dict[str, list[Any]] = {k: [] for k in ("article_id", "article_date", "seq", "kind", "subject_name",
                                                  "subject_id", "change_pct", "change", "level", "currency",
                                                  "period", "as_of", "span_start", "span_end", "fact", "error")}

    def add(**kw: Any) -> None:
        for k in cols:
            cols[k].append(kw.get(k))

    for aid, day, text in zip(batch_ids, batch_dates, batch_texts, strict=True):
        aid = None if aid is None else str(aid)
        day = day if isinstance(day, str) and day else None
        if not isinstance(text, str):
            # a bad record is reported in its own row, never fatal
            add(article_id=aid, article_date=day or "", seq=-1, kind="error", error="no text")
            continue
        try:
            doc = read(text, date=day, id=aid)
        except Exception as err:  # noqa: BLE001
            add(article_id=aid, article_date=day or "", seq=-1, kind="error", error=f"{type(err).__name__}: {err}")
            continue
        out = doc.to_dict()
        day = day or doc.date or ""
        for seq, f in enumerate(out["facts"]):
            subj = f.get("subject") if isinstance(f.get("subject"), dict) else {}
            add(article_id=aid, article_date=day, seq=seq, kind=f["kind"], subject_name=subj.get("name"),
                subject_id=subj.get("id"), change_pct=_f(f.get("change_pct")), change=_f(f.get("change")),
                level=_f(f.get("level")), currency=f.get("currency") if isinstance(f.get("currency"), str) else None,
                period=f.get("period") if isinstance(f.get("period"), str) else None,
                as_of=f.get("as_of") if isinstance(f.get("as_of"), str) else None,
                span_start=f["span"][0], span_end=f["span"][1], fact=json.dumps(f, ensure_ascii=False))
    return cols


def _f(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def _map_arrow(batches: Iterator[Any]) -> Iterator[Any]:
    import pyarrow as pa

    schema = None
    for b in batches:
        names = b.schema.names
        ids = b.column(names.index("id")).to_pylist() if "id" in names else [None] * b.num_rows
        dates = b.column(names.index("date")).to_pylist() if "date" in names else [None] * b.num_rows
        texts = b.column(names.index("text")).to_pylist() if "text" in names else [None] * b.num_rows
        cols = _rows(ids, [str(d) if d is not None else None for d in dates], texts)
        if schema is None:
            schema = pa.schema([
                ("article_id", pa.string()), ("article_date", pa.string()), ("seq", pa.int32()), ("kind", pa.string()),
                ("subject_name", pa.string()), ("subject_id", pa.string()), ("change_pct", pa.float64()),
                ("change", pa.float64()), ("level", pa.float64()), ("currency", pa.string()), ("period", pa.string()),
                ("as_of", pa.string()), ("span_start", pa.int32()), ("span_end", pa.int32()), ("fact", pa.string()),
                ("error", pa.string())])
        yield pa.RecordBatch.from_pydict(cols, schema=schema)


def extract(df: Any) -> Any:
    """Facts of a DataFrame of articles (``id``, ``date``, ``text``), one row a fact."""
    cols = [c for c in ("id", "date", "text") if c in df.columns]
    if "text" not in cols:
        raise ValueError("[MF050] the DataFrame needs a 'text' column")
    df = df.select(*cols)
    return df.mapInArrow(_map_arrow, FACT_SCHEMA)


def read_input(spark: Any, path: str) -> Any:
    """JSONL (one article a line, bad lines kept as corrupt records) or Parquet."""
    low = path.lower().rstrip("/")
    if low.endswith(".parquet") or low.endswith(".pq"):
        return spark.read.parquet(path)
    from pyspark.sql.types import StringType, StructField, StructType

    schema = StructType([StructField("id", StringType()), StructField("date", StringType()),
                         StructField("text", StringType()), StructField("_corrupt_record", StringType())])
    return spark.read.schema(schema).option("mode", "PERMISSIVE").option(
        "columnNameOfCorruptRecord", "_corrupt_record").json(path)


def run(spark: Any, inputs: list[str], out: str, partitions: int | None = None) -> dict[str, int]:
    """Read, extract, write Parquet partitioned by article date; returns counts."""
    df = None
    for p in inputs:
        d = read_input(spark, p)
        df = d if df is None else df.unionByName(d, allowMissingColumns=True)
    assert df is not None
    if partitions:
        df = df.repartition(partitions)
    df = df.cache()
    bad = df.filter(df["_corrupt_record"].isNotNull()).count() if "_corrupt_record" in df.columns else 0
    good = df.filter(df["_corrupt_record"].isNull()) if "_corrupt_record" in df.columns else df
    facts = extract(good)
    facts.write.mode("overwrite").partitionBy("article_date").parquet(out)
    written = spark.read.parquet(out)
    n = written.filter(written["kind"] != "error").count()
    errors = written.filter(written["kind"] == "error").count()
    df.unpersist()
    return {"facts": n, "bad_records": bad + errors}


def session(master: str = "local[2]", app: str = "marketfacts") -> Any:
    """A SparkSession for local runs (tests, laptops)."""
    import os
    import sys

    from pyspark.sql import SparkSession

    # local workers run this interpreter, which has marketfacts installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    return (SparkSession.builder.master(master).appName(app)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate())
