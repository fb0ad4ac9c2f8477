"""The one typed shape of a fact, written down once.

Two forms, one description:

* the JSON line (``Doc.to_dict``): an article a line, its facts nested, every
  field of one type wherever it appears (a subject is an entity or null, an
  amount one value struct), so ``pyarrow.json.read_json``, ``polars`` and
  DuckDB's ``read_json`` load it;
* the table (``fact_rows``, ``to_arrow``, ``export``, the Spark engine): one
  row a fact, the article's id and date beside it, the span as two integer
  columns, dates as DATE, entities and values as structs. CSV spells the
  structs out as ``subject.name``, ``value.amount``, ...

The types are data here (``FIELDS``); pyarrow is imported only by the
functions that build an Arrow schema, so the reader needs none of it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator
from typing import Any

from .model import value_dict

# logical types: the few the output uses
ENTITY = "entity"      # {name, id, type, mention}
VALUE = "value"        # {amount, low, high, currency, unit, bound}
ENTITIES = "entities"  # a list of entities
SPANS = "spans"        # a list of [start, end)

ENTITY_KEYS = ("name", "id", "type", "mention")
VALUE_KEYS = ("amount", "low", "high", "currency", "unit", "bound")

# every field a fact may carry, after kind/span/rule, with its type
FIELDS: tuple[tuple[str, str], ...] = (
    ("subject", ENTITY),
    ("change_pct", "float"), ("change", "float"), ("level", "float"), ("currency", "str"), ("unit", "str"),
    ("period", "str"), ("as_of", "str"), ("approx", "str"), ("phase", "str"), ("evidence", SPANS),
    ("direction", "str"), ("count", "int"), ("ended", "bool"),
    ("extreme", "str"), ("since", "str"), ("qualifier", "str"),
    ("indicator", "str"), ("status", "str"), ("basis", "str"), ("source", "str"), ("value", VALUE),
    ("metric", "str"),
    ("authority", ENTITY), ("rate", "str"), ("date", "str"),
    ("venue", "str"), ("price", VALUE), ("proceeds", VALUE),
    ("acquirer", ENTITY), ("target", ENTITY), ("price_per_share", VALUE), ("stake_pct", "float"), ("total", VALUE),
    ("purpose", "str"),
    ("targets", ENTITIES), ("amount", VALUE),
    ("people", ENTITIES), ("organisations", ENTITIES),
    ("topic", "str"), ("stance", "str"),
    ("score", "float"), ("label", "str"), ("spans", SPANS),
)
FIELD_TYPES: dict[str, str] = dict(FIELDS)

# which fields each kind writes (the rest are null in its row)
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "move": ("subject", "change_pct", "change", "level", "currency", "unit", "period", "as_of", "approx", "phase",
             "evidence"),
    "streak": ("subject", "direction", "count", "unit", "ended"),
    "record": ("subject", "period", "extreme", "since", "qualifier"),
    "indicator": ("subject", "indicator", "period", "change_pct", "value", "status", "basis", "source"),
    "financials": ("subject", "metric", "period", "value", "change_pct", "status"),
    "rate_decision": ("authority", "rate", "change", "level", "date"),
    "listing": ("subject", "venue", "date", "price", "proceeds"),
    "tender_offer": ("acquirer", "target", "price_per_share", "stake_pct", "total", "purpose"),
    "fine": ("authority", "targets", "amount", "date"),
    "meeting": ("people", "organisations", "date"),
    "policy": ("authority", "subject", "topic", "stance"),
    "sentiment": ("subject", "score", "label", "spans"),
}

# a check's fields beyond kind, span and finding
CHECK_FIELDS: tuple[tuple[str, str], ...] = (
    ("subject", "str"), ("text", "str"), ("suggestion", "str"),
    ("previous_close", "float"), ("shares", "int"), ("shares_outstanding", "int"),
    ("computed_pct", "float"), ("stated_pct", "float"), ("computed_change", "float"), ("stated_change", "float"),
    ("verdict", "str"), ("claim", "str"), ("stated_amount", VALUE), ("implied_amount", VALUE),
    ("actual", "float"), ("actual_pct", "float"),
    ("actual_count", "int"), ("base_date", "str"), ("compared_to", "str"), ("date", "str"), ("key", "str"),
)

# the table form: leading columns, then FIELDS, then as_of_date
LEAD = (("article_id", "str"), ("article_date", "date"), ("seq", "int32"), ("kind", "str"),
        ("span_start", "int32"), ("span_end", "int32"), ("rule", "str"))
COLUMNS: tuple[str, ...] = (*(n for n, _ in LEAD), *(n for n, _ in FIELDS), "as_of_date")


def _day(s: Any) -> _dt.date | None:
    """A DATE from an ISO string that names a whole day, else null."""
    if not isinstance(s, str) or len(s) < 10:
        return None
    try:
        return _dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _cast(v: Any, t: str) -> Any:
    if v is None:
        return None
    if t == "float":
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if t in ("int", "int32"):
        return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if t == "bool":
        return bool(v)
    if t == "str":
        return v if isinstance(v, str) else str(v)
    if t == ENTITY:
        return {k: v.get(k) for k in ENTITY_KEYS} if isinstance(v, dict) else None
    if t == ENTITIES:
        return [{k: x.get(k) for k in ENTITY_KEYS} for x in v if isinstance(x, dict)] if isinstance(v, list) else None
    if t == VALUE:
        return value_dict(v)
    if t == SPANS:
        return [[int(a), int(b)] for a, b in v] if isinstance(v, list) else None
    return v


def fact_row(article_id: str | None, article_date: str | None, seq: int, fact: dict[str, Any]) -> dict[str, Any]:
    """One fact of the JSON line as a row of the table form."""
    span = fact.get("span") or [0, 0]
    row: dict[str, Any] = {"article_id": article_id, "article_date": _day(article_date), "seq": seq,
                           "kind": fact.get("kind"), "span_start": int(span[0]), "span_end": int(span[1]),
                           "rule": fact.get("rule")}
    for name, t in FIELDS:
        row[name] = _cast(fact.get(name), t)
    row["as_of_date"] = _day(fact.get("as_of") or fact.get("date"))
    return row


def fact_rows(results: Iterable[dict[str, Any]], kind: str | None = None) -> Iterator[dict[str, Any]]:
    """Rows of many output lines (``Doc.to_dict()`` or the JSONL), one a fact."""
    for r in results:
        for seq, f in enumerate(r.get("facts") or ()):
            if kind is None or f.get("kind") == kind:
                yield fact_row(r.get("id"), r.get("date"), seq, f)


def fact_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """The JSON form of a fact again from its row (what the store loads from Spark's Parquet)."""
    kind = row.get("kind") or ""
    f: dict[str, Any] = {"kind": kind, "span": [row.get("span_start") or 0, row.get("span_end") or 0]}
    # a move writes all its fields; other kinds leave out what they do not know
    names = KIND_FIELDS["move"] if kind == "move" else tuple(n for n, _ in FIELDS if row.get(n) is not None)
    for n in names:
        v = row.get(n)
        if FIELD_TYPES.get(n) == SPANS and v is not None:
            v = [list(x) for x in v]
        if n == "evidence" and not v:
            continue
        f[n] = v
    f["rule"] = row.get("rule") or ""
    return f


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A table row with its structs spelt out (``subject.name``, ``value.amount``) and lists as JSON."""
    import json

    out: dict[str, Any] = {}
    for n in COLUMNS:
        v = row.get(n)
        t = FIELD_TYPES.get(n)
        if t == ENTITY:
            for k in ENTITY_KEYS:
                out[f"{n}.{k}"] = v.get(k) if v else None
        elif t == VALUE:
            for k in VALUE_KEYS:
                out[f"{n}.{k}"] = v.get(k) if v else None
        elif t in (ENTITIES, SPANS):
            out[n] = json.dumps(v, ensure_ascii=False) if v else None
        elif isinstance(v, _dt.date):
            out[n] = v.isoformat()
        else:
            out[n] = v
    return out


# ---------------------------------------------------------------- Arrow
def _arrow_type(t: str) -> Any:
    import pyarrow as pa

    ent = pa.struct([(k, pa.string()) for k in ENTITY_KEYS])
    return {
        "str": pa.string(), "float": pa.float64(), "int": pa.int64(), "int32": pa.int32(), "bool": pa.bool_(),
        "date": pa.date32(), ENTITY: ent, ENTITIES: pa.list_(ent), SPANS: pa.list_(pa.list_(pa.int32())),
        VALUE: pa.struct([("amount", pa.float64()), ("low", pa.float64()), ("high", pa.float64()),
                          ("currency", pa.string()), ("unit", pa.string()), ("bound", pa.string())]),
    }[t]


def arrow_schema() -> Any:
    """The table form as a ``pyarrow.Schema`` (export, Spark and ``to_arrow`` write exactly this)."""
    import pyarrow as pa

    return pa.schema([(n, _arrow_type(t)) for n, t in (*LEAD, *FIELDS, ("as_of_date", "date"))])


def jsonl_schema() -> Any:
    """The JSON line as a ``pyarrow.Schema``: pass it to a reader that would
    otherwise guess the types from the first lines (``polars.read_ndjson(path,
    schema=polars.from_arrow(jsonl_schema().empty_table()).schema)``)."""
    import pyarrow as pa

    fact = pa.struct([("kind", pa.string()), ("span", pa.list_(pa.int64())), ("rule", pa.string()),
                      *((n, _json_type(t)) for n, t in FIELDS)])
    check = pa.struct([("kind", pa.string()), ("span", pa.list_(pa.int64())), ("finding", pa.string()),
                       *((n, _json_type(t)) for n, t in CHECK_FIELDS)])
    return pa.schema([("id", pa.string()), ("date", pa.string()), ("facts", pa.list_(fact)),
                      ("checks", pa.list_(check)), ("errors", pa.list_(pa.string())),
                      ("warnings", pa.list_(pa.string()))])


def _json_type(t: str) -> Any:
    import pyarrow as pa

    if t == SPANS:
        return pa.list_(pa.list_(pa.int64()))
    return _arrow_type(t)


def to_table(rows: Iterable[dict[str, Any]]) -> Any:
    """Rows of the table form as a ``pyarrow.Table`` of ``arrow_schema()``."""
    import pyarrow as pa

    return pa.Table.from_pylist(list(rows), schema=arrow_schema())
