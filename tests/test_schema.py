"""One typed fact schema: the JSON lines hold to it, Arrow, polars and DuckDB
load them, and the table form is the same from every writer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import marketfacts
from marketfacts import schema
from marketfacts.corpus import Article, read_articles

from .conftest import shared_path

pa = pytest.importorskip("pyarrow")

SENTENCES = [
    ("Tencent rose 2.7 per cent to HK$349.20 while the Hang Seng Index gained 1.2 per cent to 18,100.50.",
     "2023-07-13"),
    ("Qorvane Systems Inc forecast fiscal 2024 revenue of $9.1 billion to $9.4 billion.", "2024-02-01"),
    ("The central bank left its benchmark rate unchanged at 5.25 per cent on Wednesday.", "2024-05-01"),
    ("Regulators fined Marlow Bank $2 million for lapses in its controls.", "2024-05-02"),
    ("The SEC banned short selling of 19 financial stocks last week.", "2008-07-20"),
    ("Ostrava Holdings offered to buy the 40 pct of Kelmit Corp it does not own for 12 dlrs a share, or "
     "about 300 mln dlrs.", "1987-04-01"),
    ("The Nikkei rose for a fifth straight session and hit its highest close since 1990.", "2024-02-20"),
]

_JSON = {"str": str, "float": float, "int": int, "bool": bool}


def _conforms(value: Any, t: str) -> bool:
    if value is None:
        return True
    if t in _JSON:
        return isinstance(value, _JSON[t]) and not (t != "bool" and isinstance(value, bool))
    if t == schema.ENTITY:
        return isinstance(value, dict) and tuple(value) == schema.ENTITY_KEYS
    if t == schema.VALUE:
        return isinstance(value, dict) and tuple(value) == schema.VALUE_KEYS
    if t == schema.ENTITIES:
        return isinstance(value, list) and all(_conforms(x, schema.ENTITY) and x is not None for x in value)
    if t == schema.SPANS:
        return isinstance(value, list) and all(isinstance(x, list) and len(x) == 2 for x in value)
    return False


def _assert_conforms(line: dict[str, Any]) -> None:
    for f in line["facts"]:
        assert isinstance(f["span"], list) and isinstance(f["rule"], str)
        allowed = set(schema.KIND_FIELDS[f["kind"]])
        for k, v in f.items():
            if k in ("kind", "span", "rule"):
                continue
            assert k in allowed, (f["kind"], k)
            assert _conforms(v, schema.FIELD_TYPES[k]), (f["kind"], k, v)
    types = dict(schema.CHECK_FIELDS)
    for c in line["checks"]:
        for k, v in c.items():
            if k not in ("kind", "span", "finding"):
                assert k in types and _conforms(v, types[k]), (c["kind"], k, v)


def test_own_sentences_conform() -> None:
    for text, date in SENTENCES:
        _assert_conforms(marketfacts.read(text, date=date).to_dict())


def test_policy_subject_is_an_entity_or_null_and_the_words_a_field_of_their_own() -> None:
    d = marketfacts.read("The SEC banned short selling of 19 financial stocks last week.", date="2008-07-20").to_dict()
    (p,) = [f for f in d["facts"] if f["kind"] == "policy"]
    assert p["subject"] is None and p["topic"] == "short selling of 19 financial stocks"


def test_values_are_one_struct() -> None:
    d = marketfacts.read(SENTENCES[1][0], date=SENTENCES[1][1]).to_dict()
    vals = [f["value"] for f in d["facts"] if f["kind"] == "financials"]
    assert vals and all(tuple(v) == schema.VALUE_KEYS for v in vals)
    assert any(v["amount"] is None and v["low"] == 9.1e9 and v["high"] == 9.4e9 for v in vals)


@pytest.mark.parametrize("corpus", ["dev", "dev2", "reuters-dev"])
def test_shared_corpora_conform(corpus: str) -> None:
    for a in read_articles(str(shared_path("corpus", corpus, "articles.jsonl"))):
        if isinstance(a, Article):
            _assert_conforms(marketfacts.read(a.text, date=a.date, id=a.id).to_dict())


@pytest.fixture(scope="module")
def reuters_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole Reuters-21578 corpus through `marketfacts extract`, as a user would write it."""
    from click.testing import CliRunner

    from marketfacts.cli import main

    src = shared_path("corpus", "reuters21578", "docs.jsonl.gz")
    out = tmp_path_factory.mktemp("reuters") / "facts.jsonl"
    r = CliRunner().invoke(main, ["extract", str(src), "--out", str(out), "--jobs", "2", "--no-progress"])
    assert r.exit_code == 0, r.output
    return out


def test_pyarrow_reads_the_whole_reuters_output(reuters_jsonl: Path) -> None:
    import pyarrow.json as pj

    n = sum(1 for _ in reuters_jsonl.open(encoding="utf-8"))
    assert n > 21_000
    # pyarrow guesses types block by block (1 MB) and cannot always unify a
    # struct first seen as null in one block with another block's guess, on
    # this output before and after any change: one block guesses once
    size = reuters_jsonl.stat().st_size
    guessed = pj.read_json(reuters_jsonl, read_options=pj.ReadOptions(block_size=size + 1))
    assert guessed.num_rows == n  # types guessed from the data
    explicit = pj.read_json(reuters_jsonl, parse_options=pj.ParseOptions(explicit_schema=schema.jsonl_schema()))
    assert explicit.num_rows == n


def test_polars_reads_the_whole_reuters_output(reuters_jsonl: Path) -> None:
    pl = pytest.importorskip("polars")
    n = sum(1 for _ in reuters_jsonl.open(encoding="utf-8"))
    # polars guesses types from the first 100 lines unless told: either way loads
    assert pl.read_ndjson(reuters_jsonl, infer_schema_length=None).height == n
    given = pl.read_ndjson(reuters_jsonl, schema=pl.from_arrow(schema.jsonl_schema().empty_table()).schema)
    assert given.height == n
    moves = given.select("facts").explode("facts").unnest("facts").filter(pl.col("kind") == "move")
    assert moves.height > 1000 and moves.schema["subject"] == pl.Struct


def test_duckdb_gives_names_unquoted(reuters_jsonl: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(f"SELECT f.subject.name, f.value.amount FROM (SELECT unnest(facts) AS f FROM "
                      f"read_json('{reuters_jsonl}')) WHERE f.kind = 'financials' LIMIT 20").fetchall()
    assert rows and all(isinstance(n, str) and not n.startswith('"') for n, _ in rows)
    assert all(v is None or isinstance(v, float) for _, v in rows)


def test_table_form_is_the_arrow_schema() -> None:
    docs = [marketfacts.read(t, date=d, id=str(i)) for i, (t, d) in enumerate(SENTENCES)]
    table = marketfacts.to_arrow(docs)
    assert table.schema.equals(schema.arrow_schema())
    assert table.num_rows == sum(len(d.facts) for d in docs)
    assert docs[0].to_arrow().num_rows == len(docs[0].facts)
    moves = marketfacts.to_arrow(docs, kind="move")
    assert set(moves.column("kind").to_pylist()) == {"move"}
    assert str(moves.schema.field("article_date").type) == "date32[day]"
    first = moves.slice(0, 1).to_pylist()[0]
    assert first["subject"]["id"] == "0700.HK" and first["span_start"] < first["span_end"]


def test_rows_give_the_facts_back() -> None:
    for i, (text, date) in enumerate(SENTENCES):
        line = marketfacts.read(text, date=date, id=str(i)).to_dict()
        for seq, f in enumerate(line["facts"]):
            back = schema.fact_from_row(schema.fact_row(str(i), date, seq, f))
            # the same fact; a field the kind left null may come back absent
            assert {k: v for k, v in back.items() if v is not None} == \
                {k: v for k, v in f.items() if v is not None and not (k == "evidence" and not v)}


def test_csv_row_spells_out_structs() -> None:
    line = marketfacts.read(SENTENCES[0][0], date=SENTENCES[0][1], id="a").to_dict()
    row = schema.csv_row(next(schema.fact_rows([line], kind="move")))
    assert row["subject.id"] == "0700.HK" and row["article_date"] == "2023-07-13"
    assert "value.amount" in row and "subject" not in row


def test_three_line_dataframe_path_on_dev2() -> None:
    path = shared_path("corpus", "dev2", "articles.jsonl")
    docs = marketfacts.pipe(marketfacts.articles(str(path)), n_process=2)
    df = marketfacts.to_pandas(docs, kind="move")
    want = sum(len(marketfacts.read(a.text, date=a.date, id=a.id).moves)
               for a in read_articles(str(path)) if isinstance(a, Article))
    assert len(df) == want > 100
    assert {"article_id", "subject", "change_pct", "level", "currency", "span_start", "span_end"} <= set(df.columns)


def test_three_line_dataframe_path_on_reuters(tmp_path: Path) -> None:
    import gzip

    src = shared_path("corpus", "reuters21578", "docs.jsonl.gz")
    docs = marketfacts.pipe(marketfacts.articles(str(src)), n_process=2, batch_size=128)
    df = marketfacts.to_pandas(docs)
    with gzip.open(src, "rt", encoding="utf-8") as fh:
        ids = {str(json.loads(line)["newid"]) for line in fh}
    assert len(df) > 30_000 and set(df["article_id"]) <= ids
    assert set(df["kind"]) >= {"move", "financials", "indicator", "sentiment"}


def test_checks_of_every_kind_conform() -> None:
    lines = [marketfacts.read(t, date=d).to_dict() for t, d in [
        ("Kelvane Foods raised HK$964.5 (US$123 million) in its listing.", "2024-05-02"),
        ("China shares soared on Thursday, the Shanghai Composite Index rising 2.3 per cent to 3,100.5.",
         "2024-06-12"),
        ("The Hang Seng Index surged by 444.10 points, or 3.5%, to 18,207.13.", "2024-05-02"),
    ]]
    kinds = {c["kind"] for line in lines for c in line["checks"]}
    assert {"magnitude", "date", "arithmetic"} <= kinds
    for line in lines:
        _assert_conforms(line)
    import pyarrow as pa

    # the checks of several kinds in one table: one type a field
    pa.Table.from_pylist(lines, schema=schema.jsonl_schema())
