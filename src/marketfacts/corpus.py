"""Reading articles from files: JSONL corpora (plain or gzipped), text files
with an optional ``date YYYY-MM-DD`` header, or standard input.

Bad records never stop a run: each is reported as a ``BadRecord`` with its
source and line number, and reading goes on with the next line.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .text import replace_surrogates, split_header


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    date: str | None
    text: str
    meta: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BadRecord:
    source: str
    line: int
    error: str

    def message(self) -> str:
        return f"{self.source}:{self.line}: [MF020] skipped: {self.error}"


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            return raw.decode("latin-1")


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    p = Path(path)
    if p.suffix == ".gz":
        return gzip.open(p, "rb")  # type: ignore[return-value]
    return p.open("rb")


def is_jsonl(path: str, head: bytes) -> bool:
    name = path[:-3] if path.endswith(".gz") else path
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return True
    return head.lstrip()[:1] == b"{"


def read_articles(path: str) -> Iterator[Article | BadRecord]:
    """Articles from one input, streamed: a corpus is never held whole."""
    fh = _open_binary(path)
    try:
        buffered = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh)  # type: ignore[arg-type,type-var]
        try:
            head = buffered.peek(64)[:64]
        except (EOFError, OSError, zlib.error) as err:
            yield BadRecord(path, 1, f"the file cannot be read ({type(err).__name__}: {err})")
            return
        if is_jsonl(path, head):
            yield from _jsonl(path, buffered)
        else:
            try:
                raw = buffered.read()
            except (EOFError, OSError, zlib.error) as err:
                yield BadRecord(path, 1, f"the file cannot be read whole ({type(err).__name__}: {err})")
                return
            yield _text_article(path, raw)
    finally:
        if path != "-":
            fh.close()


def _text_article(path: str, raw: bytes) -> Article | BadRecord:
    head = raw[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) // 20:
        return BadRecord(path, 1, "binary data, not text")
    text = _decode(raw)
    if text.startswith("\ufeff"):
        text = " " + text[1:]
    date, _ = split_header(text)
    stem = Path(path).name if path != "-" else "stdin"
    for suf in (".gz", ".txt", ".text"):
        if stem.endswith(suf):
            stem = stem[: -len(suf)]
    return Article(stem, date, text, {})


def _lines(path: str, fh: IO[bytes]) -> Iterator[tuple[int, bytes | BadRecord]]:
    """The lines of a file; a compressed file that is cut short or corrupt
    ends with a BadRecord at the line where it broke (the lines before it are
    read)."""
    n = 0
    try:
        for n, raw in enumerate(fh, 1):  # noqa: B007 - n is the line reached when the file breaks
            yield n, raw
    except (EOFError, OSError, zlib.error) as err:
        yield n + 1, BadRecord(path, n + 1, f"the file breaks here, the rest is not read ({type(err).__name__}: {err})")


def _jsonl(path: str, fh: IO[bytes]) -> Iterator[Article | BadRecord]:
    for n, raw in _lines(path, fh):
        if isinstance(raw, BadRecord):
            yield raw
            return
        if not raw.strip():
            continue
        try:
            obj = json.loads(_decode(raw))
        except (json.JSONDecodeError, RecursionError) as err:
            yield BadRecord(path, n, f"not JSON ({err.msg if hasattr(err, 'msg') else err})")
            continue
        except ValueError as err:  # a number of more than 4,300 digits
            yield BadRecord(path, n, f"not JSON that can be read ({err})")
            continue
        if not isinstance(obj, dict):
            yield BadRecord(path, n, "not a JSON object")
            continue
        text = obj.get("text", obj.get("body"))
        if text is None:
            yield BadRecord(path, n, "no 'text' field")
            continue
        if not isinstance(text, str):
            yield BadRecord(path, n, "'text' is not a string")
            continue
        aid = obj.get("id", obj.get("newid"))
        aid = str(aid) if aid is not None else f"{Path(path).name}:{n}"
        text, aid = replace_surrogates(text), replace_surrogates(aid)
        date = obj.get("date")
        date = date if isinstance(date, str) and date else None
        meta = {k: v for k, v in obj.items() if k not in ("id", "date", "text")}
        yield Article(aid, date, text, meta)
