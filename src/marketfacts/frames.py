"""The library's stream and table API: ``pipe`` reads many articles (in one
process or several) and ``to_arrow``/``to_pandas`` turn what it read into one
row a fact, typed as ``marketfacts.schema`` says.

    docs = marketfacts.pipe(marketfacts.articles("corpus.jsonl.gz"), n_process=2)
    moves = marketfacts.to_pandas(docs, kind="move")
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .corpus import Article, BadRecord, read_articles
from .model import Doc
from .pipeline import read

# (text, date, id) a job; the worker sends the output line back, not the Doc
_Job = tuple[str, str | None, str | None]


def _job(item: Any) -> _Job | None:
    """An input item as (text, date, id); None for what holds no article."""
    if isinstance(item, Article):
        return item.text, item.date, item.id
    if isinstance(item, BadRecord):
        warnings.warn(item.message(), stacklevel=3)
        return None
    if isinstance(item, dict):
        text = item.get("text")
        date = item.get("date")
        ident = item.get("id")
        return ("" if text is None else str(text), None if date is None else str(date),
                None if ident is None else str(ident))
    if isinstance(item, (str, bytes, bytearray)):
        return (item.decode("utf-8", "replace") if isinstance(item, (bytes, bytearray)) else item), None, None
    raise TypeError(f"[MF070] pipe() takes strings, {{id, date, text}} dicts or Articles, not {type(item).__name__}")


def _jobs(items: Iterable[Any], as_tuples: bool) -> Iterator[tuple[_Job, Any]]:
    """Each item as (job, context); items that hold no article are left out."""
    for item in items:
        ctx = None
        if as_tuples:
            item, ctx = item
        job = _job(item)
        if job is not None:
            yield job, ctx


def _read_chunk(jobs: list[_Job], options: dict[str, Any]) -> list[dict[str, Any]]:
    return [read(t, date=d, id=i, **options).to_dict() for t, d, i in jobs]


def pipe(items: Iterable[Any], n_process: int = 1, batch_size: int = 64, as_tuples: bool = False,
         **options: Any) -> Iterator[Any]:
    """Read a stream of articles, yielding a ``Doc`` for each in input order.

    ``items``: strings, ``{"id", "date", "text"}`` dicts or the ``Article``s of
    ``articles(path)``; with ``as_tuples=True``, ``(item, context)`` pairs,
    and ``(doc, context)`` pairs come out. ``n_process > 1`` reads in that many
    worker processes, ``batch_size`` articles a task, at most two tasks a
    worker in flight: memory stays flat however long the stream. The Docs are
    the same either way. ``options`` are ``read``'s (``events=False``, ...).
    """
    if n_process is None or n_process < 1:
        n_process = os.cpu_count() or 1
    if n_process == 1:
        for job, ctx in _jobs(items, as_tuples):
            doc = read(job[0], date=job[1], id=job[2], **options)
            yield (doc, ctx) if as_tuples else doc
        return
    from .extract import _die_with_parent

    with ProcessPoolExecutor(max_workers=n_process, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: list[tuple[Future[list[dict[str, Any]]], list[_Job], list[Any]]] = []
        batch: list[_Job] = []
        ctxs: list[Any] = []

        def drain(limit: int) -> Iterator[Any]:
            while len(pending) > limit:
                fut, jobs, cs = pending.pop(0)
                for (text, _, _), out, c in zip(jobs, fut.result(), cs, strict=True):
                    doc = Doc.from_dict(out, text=text)
                    yield (doc, c) if as_tuples else doc

        for job, ctx in _jobs(items, as_tuples):
            batch.append(job)
            ctxs.append(ctx)
            if len(batch) >= batch_size:
                pending.append((pool.submit(_read_chunk, batch, options), batch, ctxs))
                batch, ctxs = [], []
                yield from drain(2 * n_process)
        if batch:
            pending.append((pool.submit(_read_chunk, batch, options), batch, ctxs))
        yield from drain(0)


def articles(path: str) -> Iterator[Article]:
    """The articles of a JSONL corpus (``.gz`` too), a text file or ``-``;
    a bad record is reported as a warning with its line number and skipped."""
    for it in read_articles(path):
        if isinstance(it, BadRecord):
            warnings.warn(it.message(), stacklevel=2)
            continue
        yield it


def _lines(docs: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for d in docs:
        if isinstance(d, tuple):  # pipe(..., as_tuples=True)
            d = d[0]
        yield d if isinstance(d, dict) else d.to_dict()


def to_arrow(docs: Iterable[Any], kind: str | None = None, batch_rows: int = 65_536) -> Any:
    """One row a fact of many ``Doc``s (or output lines): a ``pyarrow.Table``
    of ``marketfacts.schema.arrow_schema()``. ``kind`` keeps one kind."""
    try:
        import pyarrow as pa
    except ImportError as err:  # the core install has no pyarrow
        raise ImportError("[MF071] to_arrow needs pyarrow: pip install 'marketfacts[store]'") from err
    from .schema import arrow_schema, fact_rows

    schema = arrow_schema()
    batches = []
    rows: list[dict[str, Any]] = []
    for row in fact_rows(_lines(docs), kind=kind):
        rows.append(row)
        if len(rows) >= batch_rows:
            batches.append(pa.RecordBatch.from_pylist(rows, schema=schema))
            rows = []
    if rows or not batches:
        batches.append(pa.RecordBatch.from_pylist(rows, schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def to_pandas(docs: Iterable[Any], kind: str | None = None) -> Any:
    """``to_arrow(...)`` as a pandas DataFrame (dates as ``datetime.date``, structs as dicts)."""
    try:
        import pandas  # noqa: F401
    except ImportError as err:
        raise ImportError("[MF071] to_pandas needs pandas: pip install 'marketfacts[pandas]'") from err
    return to_arrow(docs, kind=kind).to_pandas()
