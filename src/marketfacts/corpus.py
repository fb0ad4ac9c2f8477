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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .dates import parse_iso, parse_user_date
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


@dataclass(frozen=True, slots=True)
class Fields:
    """Where a JSONL record keeps its id, date and text (``--id-field`` ...);
    None: the usual names (``id`` or ``newid``, ``date``, ``text`` or ``body``)."""

    id: str | None = None
    date: str | None = None
    text: str | None = None


def read_articles(path: str, fields: Fields | None = None,
                  progress: Callable[[int], None] | None = None) -> Iterator[Article | BadRecord]:
    """Articles from one input, streamed: a corpus is never held whole.
    ``progress`` is told the bytes of the file read so far (compressed
    bytes for ``.gz``), for a bar that knows the size of its input."""
    fh = _open_binary(path)
    try:
        buffered = fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh)  # type: ignore[arg-type,type-var]
        raw_file = getattr(fh, "fileobj", None) or buffered
        tell: Callable[[], int] | None = None
        if progress is not None and path != "-":
            tell = raw_file.tell
        try:
            head = buffered.peek(64)[:64]
        except (EOFError, OSError, zlib.error) as err:
            yield BadRecord(path, 1, f"the file cannot be read ({type(err).__name__}: {err})")
            return
        if is_jsonl(path, head):
            for item in _jsonl(path, buffered, fields or Fields()):
                if tell is not None and progress is not None:
                    progress(tell())
                yield item
        else:
            try:
                raw = buffered.read()
            except (EOFError, OSError, zlib.error) as err:
                yield BadRecord(path, 1, f"the file cannot be read whole ({type(err).__name__}: {err})")
                return
            if tell is not None and progress is not None:
                progress(tell())
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


def _jsonl(path: str, fh: IO[bytes], fields: Fields) -> Iterator[Article | BadRecord]:
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
        tkey = fields.text or ("text" if "text" in obj else "body")
        text = obj.get(tkey)
        if text is None:
            yield BadRecord(path, n, f"no {tkey!r} field")
            continue
        if not isinstance(text, str):
            yield BadRecord(path, n, f"{tkey!r} is not a string")
            continue
        aid = obj.get(fields.id) if fields.id else obj.get("id", obj.get("newid"))
        aid = str(aid) if aid is not None else f"{Path(path).name}:{n}"
        text, aid = replace_surrogates(text), replace_surrogates(aid)
        dkey = fields.date or "date"
        raw_date = obj.get(dkey)
        date = raw_date if isinstance(raw_date, str) and raw_date.strip() else None
        meta = {k: v for k, v in obj.items() if k not in ("id", "date", "text", tkey, dkey)}
        if date is not None and parse_iso(date) is None:
            # a common form is read ("13/07/2023", "26-FEB-1987 15:01:01.79"); anything else is said, not dropped
            date, why = parse_user_date(date)
            if date is None:
                meta[WARNING_KEY] = f"{path}:{n}: [MF021] {dkey} {why}; the article is read undated"
        elif raw_date is not None and date is None and raw_date != "":
            meta[WARNING_KEY] = f"{path}:{n}: [MF021] {dkey} {raw_date!r} is not a date; the article is read undated"
        yield Article(aid, date, text, meta)


# a record's notice (a date it could not read) travels in its meta under this key
WARNING_KEY = "_warning"
