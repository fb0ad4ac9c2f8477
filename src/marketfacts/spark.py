"""The same extraction as a Spark batch job.

``extract(df)`` takes a DataFrame with ``id``, ``date`` and ``text`` columns
and returns one row a fact in the table form of ``marketfacts.schema`` (the
schema ``export`` and ``to_arrow`` write). ``run(...)`` reads JSONL or Parquet
from any path Spark can read and writes Parquet. The executors run the very ``marketfacts.read`` used locally
(the package and its data travel with ``spark-submit --py-files`` or are
installed on the workers), so the two engines give the same facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def _rows(batch_ids: list[Any], batch_dates: list[Any], batch_texts: list[Any]) -> list[dict[str, Any]]:
    """The table rows of a batch of articles; a bad record is a row of kind
    ``error`` with its reason (written apart from the facts by ``run``)."""
    from .pipeline import read
    from .schema import fact_row

    rows: list[dict[str, Any]] = []
    for aid, day, text in zip(batch_ids, batch_dates, batch_texts, strict=True):
        aid = None if aid is None else str(aid)
        day = day if isinstance(day, str) and day else None
        if not isinstance(text, str):
            rows.append({"article_id": aid, "seq": -1, "kind": "error", "error": "no text"})
            continue
        try:
            doc = read(text, date=day, id=aid)
        except Exception as err:  # noqa: BLE001 - a bad record is reported in its own row, never fatal
            rows.append({"article_id": aid, "seq": -1, "kind": "error", "error": f"{type(err).__name__}: {err}"})
            continue
        out = doc.to_dict()
        day = day or doc.date or None
        for seq, f in enumerate(out["facts"]):
            rows.append(fact_row(aid, day, seq, f))
    return rows


def _out_schema() -> Any:
    import pyarrow as pa

    from .schema import arrow_schema

    return arrow_schema().append(pa.field("error", pa.string()))


def _map_arrow(batches: Iterator[Any]) -> Iterator[Any]:
    import pyarrow as pa

    schema = _out_schema()
    for b in batches:
        names = b.schema.names
        ids = b.column(names.index("id")).to_pylist() if "id" in names else [None] * b.num_rows
        dates = b.column(names.index("date")).to_pylist() if "date" in names else [None] * b.num_rows
        texts = b.column(names.index("text")).to_pylist() if "text" in names else [None] * b.num_rows
        rows = _rows(ids, [str(d) if d is not None else None for d in dates], texts)
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def spark_schema() -> Any:
    """``marketfacts.schema.arrow_schema()`` (and an ``error`` column) as a Spark schema."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(_out_schema())


def extract(df: Any) -> Any:
    """Facts of a DataFrame of articles (``id``, ``date``, ``text``), one row a fact."""
    cols = [c for c in ("id", "date", "text") if c in df.columns]
    if "text" not in cols:
        raise ValueError("[MF050] the DataFrame needs a 'text' column")
    df = df.select(*cols)
    return df.mapInArrow(_map_arrow, spark_schema())


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
    rows = extract(good).cache()
    # the facts in exactly the schema `export` writes; the articles that gave
    # an error beside them in _errors/ (a name Spark and pyarrow skip when reading `out`)
    rows.filter(rows["kind"] != "error").drop("error").write.mode("overwrite").parquet(out)
    errs = rows.filter(rows["kind"] == "error").select("article_id", "error")
    errs.write.mode("overwrite").parquet(out.rstrip("/") + "/_errors")
    n = spark.read.parquet(out).count()
    errors = spark.read.parquet(out.rstrip("/") + "/_errors").count()
    rows.unpersist()
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
    ss = (SparkSession.builder.master(master).appName(app)
            .config("spark.ui.enabled", "false")
            .config("spark.log.level", "ERROR")  # Spark's INFO and WARN lines drown the run's own
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate())
    ss.sparkContext.setLogLevel("ERROR")
    return ss
