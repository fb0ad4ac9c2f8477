"""Extraction over many articles: one process or many, streamed, with a
bounded number of articles in flight so memory stays flat."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .corpus import Article, BadRecord
from .pipeline import read


def extract_one(article: Article, options: dict[str, Any] | None = None, prices: Any = None) -> dict[str, Any]:
    """The output line of facts.md for one article; with ``prices`` (a
    ``verify.Prices``) its checks include the verdicts against them."""
    doc = read(article.text, date=article.date, id=article.id, **(options or {}))
    out = doc.to_dict()
    if prices is not None:
        from .verify import verify

        out["checks"] = out["checks"] + [c.to_dict() for c in verify(doc, prices)]
    out["id"] = article.id
    out["date"] = article.date or doc.date or ""
    return out


def _die_with_parent(parent: int) -> None:
    """A worker ends when the process that started it does, even one killed
    with SIGKILL (which runs no clean-up): on Linux the kernel sends it
    SIGTERM; elsewhere a thread watches for its parent to go."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, int(signal.SIGTERM), 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent died before the call
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _chunk(items: list[Article], options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [extract_one(a, options) for a in items]


def extract_stream(items: Iterable[Article | BadRecord], jobs: int = 1,
                   chunk: int = 64, options: dict[str, Any] | None = None) -> Iterator[dict[str, Any] | BadRecord]:
    """Results in input order. With ``jobs > 1`` articles go to worker
    processes in chunks, at most ``2 * jobs`` chunks in flight."""
    if jobs <= 1:
        for it in items:
            yield it if isinstance(it, BadRecord) else extract_one(it, options)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        pending: list[tuple[Future[list[dict[str, Any]]] | None, list[BadRecord]]] = []
        batch: list[Article] = []
        bad: list[BadRecord] = []

        def drain(limit: int) -> Iterator[dict[str, Any] | BadRecord]:
            while len(pending) > limit:
                fut, bads = pending.pop(0)
                yield from bads
                if fut is not None:
                    yield from fut.result()

        for it in items:
            if isinstance(it, BadRecord):
                # keep order: a bad record is reported after the chunk before it
                if batch:
                    pending.append((pool.submit(_chunk, batch, options), []))
                    batch = []
                pending.append((None, [it]))
                continue
            batch.append(it)
            if len(batch) >= chunk:
                pending.append((pool.submit(_chunk, batch, options), bad))
                batch, bad = [], []
                yield from drain(2 * jobs)
        if batch:
            pending.append((pool.submit(_chunk, batch, options), bad))
        yield from drain(0)


def to_jsonl(result: dict[str, Any]) -> str:
    return json.dumps(result, ensure_ascii=False)
