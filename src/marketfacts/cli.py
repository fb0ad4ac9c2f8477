"""The command line: a thin layer over the Python API.

Conventions (sqlite-utils'): one output-options decorator (``--format``,
``--out``, ``-`` is standard output); inputs that must exist are checked
before anything runs; readers never create files; every mistake a user can
make ends in one line on stderr and exit status 2, never a traceback
(``MARKETFACTS_DEBUG=1`` shows the traceback of an unexpected error).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from . import COMPILED, __version__
from .corpus import WARNING_KEY, Article, BadRecord, Fields, read_articles
from .extract import extract_stream, to_jsonl
from .schema import KIND_FIELDS

KINDS = sorted(KIND_FIELDS)

FORMATS = ["jsonl", "json", "csv", "table"]

# what each optional part needs: the extra that brings it
_EXTRAS = {"store": ("duckdb", "pyarrow"), "api": ("fastapi", "uvicorn", "duckdb", "pyarrow"),
           "spark": ("pyspark", "pandas", "pyarrow")}


class ExtraMissing(click.ClickException):
    """A command whose extra is not installed: one line, exit 2."""

    exit_code = 2


def _need(extra: str, what: str) -> None:
    import importlib.util

    missing = [m for m in _EXTRAS[extra] if importlib.util.find_spec(m) is None]
    if missing:
        raise ExtraMissing(f"{what} needs {', '.join(missing)}, which this install lacks: "
                           f"pip install 'marketfacts[{extra}]'")


class UserError(click.ClickException):
    """A mistake of the user's (a path, a date, a database): one line, exit 2."""

    exit_code = 2


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


class _Group(click.Group):
    """The top command: every error, click's or the library's, as one line."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            rv = super().main(args=args, prog_name=prog_name or "marketfacts", complete_var=complete_var,
                              standalone_mode=False, **extra)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        except click.ClickException as err:
            click.echo(f"Error: {_one_line(err.format_message())}", err=True)
            sys.exit(err.exit_code)
        except BrokenPipeError:  # `marketfacts extract ... | head`
            sys.stderr.close()
            sys.exit(0)
        except Exception as err:  # noqa: BLE001 - a library error reaches the user as one line
            if os.environ.get("MARKETFACTS_DEBUG"):
                raise
            click.echo(f"Error: {_library_message(err)}", err=True)
            sys.exit(2)
        if standalone_mode:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


def _library_message(err: Exception) -> str:
    if isinstance(err, OSError) and err.filename:
        return _one_line(f"{err.filename}: {err.strerror or err}")
    name = type(err).__name__
    text = _one_line(str(err)) or name
    return text if text.startswith("[MF") else f"{text} ({name})"


class DateParam(click.ParamType):
    """A date in ISO form or a common one ("13/07/2023", "13 July 2023"); ambiguous ones refused."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from .dates import parse_iso, parse_user_date

        if isinstance(value, str) and parse_iso(value) is not None and len(value) == 10:
            return value
        iso, why = parse_user_date(str(value))
        if iso is None:
            self.fail(why, param, ctx)
        return iso


DATE = DateParam()


def output_options(default: str, formats: tuple[str, ...] = tuple(FORMATS)) -> Callable[[Any], Any]:
    """``--format`` and ``--out`` (``-``, the default, is standard output) for a command that prints facts."""

    def deco(f: Any) -> Any:
        f = click.option("--out", "-o", "out", default="-", show_default=True,
                         type=click.Path(dir_okay=False, allow_dash=True),
                         help="File to write; - is standard output. Example: --out facts.jsonl")(f)
        f = click.option("--format", "fmt", type=click.Choice(formats), default=default, show_default=True,
                         help="jsonl: a line an article (or fact); json: one array; csv: a row a fact, the typed "
                              "schema of docs/facts.md; table: for reading. Example: --format csv")(f)
        return f

    return deco


@contextlib.contextmanager
def _sink(out: str, binary: bool = False) -> Iterator[Any]:
    """Standard output for ``-``, else the file, whose folder must exist."""
    if out == "-":
        yield sys.stdout.buffer if binary else sys.stdout
        return
    parent = Path(out).resolve().parent
    if not parent.is_dir():
        raise UserError(f"--out {out}: the folder {parent} does not exist")
    try:
        fh = open(out, "wb" if binary else "w", encoding=None if binary else "utf-8")  # noqa: SIM115
    except OSError as err:
        raise UserError(f"--out {out}: {err.strerror or err}") from err
    with fh:
        yield fh


def field_options(f: Any) -> Any:
    """Where a JSONL corpus keeps its id, date and text, when not in ``id``/``date``/``text``."""
    f = click.option("--text-field", default=None, metavar="NAME",
                     help="The JSONL key of the article's text (default text, else body). Example: --text-field body")(f)
    f = click.option("--date-field", default=None, metavar="NAME",
                     help="The JSONL key of the article's date, ISO or a common form (default date). "
                          "Example: --date-field date_raw")(f)
    f = click.option("--id-field", default=None, metavar="NAME",
                     help="The JSONL key of the article's id (default id, else newid). Example: --id-field newid")(f)
    return f


INPUTS = click.Path(exists=True, dir_okay=False, allow_dash=True)
DB_READ = click.Path(exists=True, dir_okay=False)


class _Reading:
    """The inputs as one stream, with what a progress bar needs: the bytes of
    the files read so far against their total, and the notices of records."""

    def __init__(self, paths: tuple[str, ...], fields: Fields | None = None) -> None:
        if not paths:
            if sys.stdin.isatty():
                raise click.UsageError("give INPUT files (JSONL, .jsonl.gz or .txt), or - to read standard input")
            paths = ("-",)
        self.paths, self.fields = paths, fields
        self.total = sum(os.path.getsize(p) for p in paths if p != "-") or None
        self.done = 0
        self.pos = 0

    def _at(self, pos: int) -> None:
        self.pos = pos

    def __iter__(self) -> Iterator[Article | BadRecord]:
        for p in self.paths:
            self.pos = 0
            try:
                for item in read_articles(p, fields=self.fields, progress=self._at):
                    if isinstance(item, Article) and WARNING_KEY in item.meta:
                        click.echo(item.meta.pop(WARNING_KEY), err=True)
                    yield item
            except OSError as err:
                yield BadRecord(p, 0, f"cannot read ({err.strerror or err})")
            if p != "-":
                self.done += os.path.getsize(p)
                self.pos = 0

    @property
    def read_bytes(self) -> int:
        return self.done + self.pos


def _fields(id_field: str | None, date_field: str | None, text_field: str | None) -> Fields | None:
    return Fields(id_field, date_field, text_field) if (id_field or date_field or text_field) else None


class _Bar:
    """A progress bar on stderr: the share of the input read (its bytes are
    known), articles read, articles a second and the time left."""

    def __init__(self, enabled: bool | None, reading: _Reading, verb: str) -> None:
        self.reading = reading
        self.show = enabled if enabled is not None else sys.stderr.isatty()
        self.n = 0
        self.progress: Any = None
        if self.show:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn(verb), BarColumn(), TaskProgressColumn(),
                                     TextColumn("{task.fields[articles]:,} articles, {task.fields[rate]}/s"),
                                     TimeRemainingColumn(), console=Console(file=sys.stderr), transient=True)
            self.task = self.progress.add_task(verb, total=reading.total, articles=0, rate="-")
            self.started = 0.0

    def __enter__(self) -> _Bar:
        import time

        self.started = time.monotonic()
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def advance(self, n: int = 1) -> None:
        self.n += n
        if self.progress is None:
            return
        import time

        rate = self.n / max(1e-6, time.monotonic() - self.started)
        self.progress.update(self.task, completed=self.reading.read_bytes if self.reading.total else self.n,
                             articles=self.n, rate=f"{rate:,.0f}")

    def note(self, msg: str) -> None:
        if self.progress is not None:
            self.progress.console.print(msg, style="yellow", markup=False, highlight=False)
        else:
            click.echo(msg, err=True)


def _detail(f: dict[str, Any]) -> str:
    """A short reading of a fact that is not a move, for tables."""
    k = f.get("kind")
    money = lambda m: f"{m.get('currency')} {m.get('amount'):,.2f}" if isinstance(m, dict) and m.get("amount") is not None else ""  # noqa: E731
    if k == "sentiment":
        return f"{f.get('label')} {f.get('score'):+.2f}"
    if k == "streak":
        return f"{f.get('direction')} {f.get('count')} {f.get('unit')}" + (" (ended)" if f.get("ended") else "")
    if k == "record":
        return " ".join(str(x) for x in (f.get("qualifier"), f.get("extreme"), f.get("period"), "since", f.get("since")) if x)
    if k == "indicator":
        return f"{f.get('indicator')} {f.get('change_pct')} {f.get('period')} {f.get('status')}"
    if k == "financials":
        v = f.get("value")
        val = money(v) if isinstance(v, dict) and v.get("amount") is not None else (
            f"{v.get('low')}-{v.get('high')} {v.get('currency')}" if isinstance(v, dict) else (v or ""))
        return f"{f.get('metric')} {val} {f.get('change_pct') or ''} {f.get('status')}".strip()
    if k in ("fine", "tender_offer", "listing", "rate_decision", "meeting", "policy"):
        return " ".join(str(x) for x in (money(f.get("amount")), money(f.get("price_per_share")), f.get("stake_pct"),
                                         f.get("venue"), f.get("change"), f.get("stance"), f.get("date")) if x not in (None, ""))
    return ""


def _rows(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for f in result.get("facts", []):
        subj = f.get("subject")
        if not isinstance(subj, dict):
            subj = next((f[k] for k in ("authority", "acquirer") if isinstance(f.get(k), dict)), None)
        yield {
            "id": result.get("id"),
            "kind": f.get("kind"),
            "subject": (subj or {}).get("name") if isinstance(subj, dict) else "",
            "ticker": (subj or {}).get("id") if isinstance(subj, dict) else "",
            "change_pct": f.get("change_pct"),
            "change": f.get("change"),
            "level": f.get("level"),
            "currency": f.get("currency"),
            "period": f.get("period"),
            "as_of": f.get("as_of") or (f.get("date") if isinstance(f.get("date"), str) else None),
            "detail": _detail(f),
            "span": f"{f['span'][0]}-{f['span'][1]}",
        }


class _Writer:
    def __init__(self, out: TextIO, fmt: str) -> None:
        self.out, self.fmt = out, fmt
        self.rows: list[dict[str, Any]] = []
        self.first = True
        self.csv: csv.DictWriter[str] | None = None
        if fmt == "json":
            out.write("[")

    def write(self, result: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(to_jsonl(result) + "\n")
        elif self.fmt == "json":
            self.out.write(("" if self.first else ",\n") + to_jsonl(result))
        elif self.fmt == "csv":
            # the table form of marketfacts.schema, as `export --format csv` writes it
            from .schema import csv_row, fact_rows

            if self.csv is None:
                self.csv = csv.DictWriter(self.out, fieldnames=list(csv_row({})))
                self.csv.writeheader()
            for row in fact_rows([result]):
                self.csv.writerow(csv_row(row))
        else:
            self.rows.extend(_rows(result))
        self.first = False

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("]\n")
        elif self.fmt == "table":
            _table(self.rows, self.out)


def _console(out: TextIO) -> Any:
    """A console as wide as the terminal; off a terminal, $COLUMNS or 200."""
    from rich.console import Console

    tty = hasattr(out, "isatty") and out.isatty()
    width = None if tty else int(os.environ.get("COLUMNS") or 200)
    return Console(file=out, width=width)


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    cols = ["id", "kind", "subject", "ticker", "change_pct", "change", "level", "currency", "period", "as_of", "detail"]
    _plain_table(cols, [[r.get(c) for c in cols] for r in rows], out)


def _plain_table(cols: list[str], rows: list[Any], out: TextIO) -> None:
    from rich.table import Table

    t = Table(show_lines=False)
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if v is None else str(v) for v in r])
    _console(out).print(t)


@click.group(cls=_Group, epilog="Example: marketfacts extract corpus.jsonl.gz --jobs 2 --out facts.jsonl")
@click.version_option(__version__, prog_name="marketfacts",
                      message="%(prog)s %(version)s" + (" (compiled)" if COMPILED else " (pure Python)"),
                      help="Show the version and whether the reader is compiled.")
@click.help_option(help="Show this message and exit.")
def main() -> None:
    """Read financial market news into structured, checked facts."""


@main.command(epilog="Example: marketfacts extract news.jsonl.gz --format csv --out facts.csv")
@click.argument("inputs", nargs=-1, type=INPUTS)
@output_options("jsonl")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes. Example: --jobs 2")
@click.option("--strict", is_flag=True, help="Exit 1 at the end if any record was bad. Example: --strict")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal). Example: --no-progress")
@click.option("--sentiment/--no-sentiment", default=True, show_default=True,
              help="Sentiment facts. Example: --no-sentiment")
@click.option("--events/--no-events", default=True, show_default=True,
              help="Event facts (streaks, records, results, ...). Example: --no-events")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="spark: run on Apache Spark and write Parquet to --out (a directory). Example: --engine spark")
@field_options
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], out: str, fmt: str, jobs: int, strict: bool,
            progress: bool | None, sentiment: bool, events: bool, engine: str, id_field: str | None,
            date_field: str | None, text_field: str | None) -> None:
    """Extract facts from INPUTS: JSONL corpora (.gz too), .txt articles, or - for stdin."""
    if engine == "spark":
        from click.core import ParameterSource

        ignored = [f"--{n.replace('_', '-')}" for n in ("fmt", "jobs", "strict", "progress", "sentiment", "events",
                                                        "id_field", "date_field", "text_field")
                   if ctx.get_parameter_source(n) == ParameterSource.COMMANDLINE]
        if ignored:
            raise click.UsageError(f"--engine spark does not take {', '.join(ignored).replace('--fmt', '--format')}")
        if out == "-":
            raise click.UsageError("--engine spark needs --out DIR")
        ctx.invoke(batch, inputs=inputs, out=out, master="local[2]", partitions=None)
        return
    reading = _Reading(inputs, _fields(id_field, date_field, text_field))
    bad = n = 0
    with _sink(out) as sink, _Bar(progress, reading, "extracting") as bar:
        writer = _Writer(sink, fmt)
        for item in extract_stream(reading, jobs=jobs, options={"sentiment": sentiment, "events": events}):
            if isinstance(item, BadRecord):
                bad += 1
                bar.note(item.message())
            else:
                writer.write(item)
                n += 1
            bar.advance()
        writer.close()
    if bad:
        click.echo(f"{n} articles read, {bad} bad records skipped", err=True)
    if strict and bad:
        sys.exit(1)


@main.command(epilog="Example: marketfacts ingest news.jsonl.gz --db news.duckdb --jobs 2")
@click.argument("inputs", nargs=-1, type=INPUTS)
@click.option("--db", default="marketfacts.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="DuckDB database file, created if new. Example: --db news.duckdb")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes. Example: --jobs 2")
@click.option("--batch", type=click.IntRange(1, 100_000), default=500, show_default=True,
              help="Articles a transaction. Example: --batch 1000")
@click.option("--strict", is_flag=True, help="Exit 1 at the end if any record was bad. Example: --strict")
@click.option("--progress/--no-progress", default=None,
              help="A progress bar on stderr (default: when stderr is a terminal). Example: --no-progress")
@click.option("--prices", "price_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV or Parquet of prices: store each article's verdicts with its checks (repeatable). "
                   "Example: --prices daily.csv")
@field_options
def ingest(inputs: tuple[str, ...], db: str, jobs: int, batch: int, strict: bool, progress: bool | None,
           price_files: tuple[str, ...], id_field: str | None, date_field: str | None, text_field: str | None) -> None:
    """Extract INPUTS and store them in the database (idempotent)."""
    _need("store", "ingest")
    from .store import Store

    prices = _load_prices(price_files) if price_files else None
    reading = _Reading(inputs, _fields(id_field, date_field, text_field))
    with Store(db) as store, _Bar(progress, reading, "ingesting") as bar:
        seen = [0]

        def step(r: Any) -> None:
            bar.advance(r.read + r.bad - seen[0])
            seen[0] = r.read + r.bad

        rep = store.ingest(reading, jobs=jobs, batch=batch, on_bad=lambda b: bar.note(b.message()), prices=prices,
                           on_progress=step)
        counts = store.counts()
    click.echo(f"read {rep.read}, stored {rep.stored}, unchanged {rep.skipped}, bad {rep.bad}, facts {rep.facts}; "
               f"database {db}: {counts['articles']} articles, {counts['facts']} facts", err=True)
    if strict and rep.bad:
        sys.exit(1)


@main.command(epilog="Example: marketfacts export --db news.duckdb --format parquet --out facts.parquet")
@click.option("--db", default="marketfacts.duckdb", show_default=True, type=DB_READ,
              help="The DuckDB database to read (never created). Example: --db news.duckdb")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet", show_default=True,
              help="parquet and csv: the typed schema of docs/facts.md, a row a fact; jsonl: a fact a line. "
                   "Example: --format csv")
@click.option("--out", "-o", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="File to write; - is standard output. Example: --out facts.parquet")
def export(db: str, fmt: str, out: str) -> None:
    """Write every stored fact to a Parquet, CSV or JSONL file."""
    _need("store", "export")
    from .store import Store

    with Store(db, read_only=True) as store:
        if out == "-":
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "facts." + fmt)
                n = store.export(path, fmt)
                with open(path, "rb") as fh:
                    sys.stdout.buffer.write(fh.read())
                    sys.stdout.flush()
        else:
            with _sink(out, binary=True):
                pass  # the folder exists and the file can be written
            n = store.export(out, fmt)
    click.echo(f"wrote {n} facts to {'standard output' if out == '-' else out}", err=True)


def _print_items(items: list[dict[str, Any]], fmt: str, out: str) -> None:
    """Facts from the store (each with its article's id and date) in a format."""
    with _sink(out) as sink:
        if fmt == "json":
            sink.write(json.dumps(items, ensure_ascii=False, indent=1) + "\n")
        elif fmt == "jsonl":
            for f in items:
                sink.write(json.dumps(f, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            from .schema import csv_row, fact_row

            w = csv.DictWriter(sink, fieldnames=list(csv_row({})))
            w.writeheader()
            for seq, f in enumerate(items):
                w.writerow(csv_row(fact_row(f.get("article_id"), f.get("date"), seq, f)))
        else:
            rows = []
            for f in items:
                r = next(_rows({"id": f.get("article_id"), "facts": [f]}))
                r["as_of"] = f.get("as_of") or f.get("date")
                rows.append(r)
            _table(rows, sink)


def _db_option(f: Any) -> Any:
    return click.option("--db", default="marketfacts.duckdb", show_default=True, type=DB_READ,
                        help="The DuckDB database to read (never created). Example: --db news.duckdb")(f)


def _range_options(f: Any) -> Any:
    f = click.option("--until", type=DATE, default=None,
                     help="Last day, YYYY-MM-DD or a common form. Example: --until 2024-06-30")(f)
    f = click.option("--since", type=DATE, default=None,
                     help="First day, YYYY-MM-DD or a common form. Example: --since 2024-01-01")(f)
    return f


@main.command(epilog="Example: marketfacts moves 0700.HK --since 2024-01-01 --format csv")
@click.argument("subject")
@_db_option
@_range_options
@output_options("table")
def moves(subject: str, db: str, since: str | None, until: str | None, fmt: str, out: str) -> None:
    """Every stored move of SUBJECT (a ticker such as 0700.HK, or a name)."""
    _need("store", "moves")
    from .store import Store

    with Store(db, read_only=True) as store:
        _print_items(store.moves(subject, since=since, until=until), fmt, out)


@main.command(epilog="Example: marketfacts facts --kind record --subject ^HSI --since 2024-01-01")
@_db_option
@click.option("--kind", type=click.Choice(KINDS), default=None, help="Facts of one kind. Example: --kind record")
@click.option("--subject", default=None, help="A ticker or a name. Example: --subject ^HSI")
@_range_options
@click.option("--limit", type=click.IntRange(1, 1_000_000), default=1000, show_default=True,
              help="At most this many facts. Example: --limit 50")
@output_options("table")
def facts(db: str, kind: str | None, subject: str | None, since: str | None, until: str | None, limit: int,
          fmt: str, out: str) -> None:
    """Stored facts, filtered."""
    _need("store", "facts")
    from .store import Store

    with Store(db, read_only=True) as store:
        _print_items(store.facts(kind=kind, subject=subject, since=since, until=until, limit=limit)["items"], fmt, out)


@main.command(epilog='Example: marketfacts sql "SELECT subject_id, count(*) FROM facts GROUP BY 1 ORDER BY 2 DESC"')
@click.argument("query")
@_db_option
@output_options("table", ("table", "jsonl", "json", "csv"))
def sql(query: str, db: str, fmt: str, out: str) -> None:
    """Run a read-only SQL QUERY over the store (its tables: docs/store.md)."""
    _need("store", "sql")
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        cur = con.execute(query)
        cols = [d[0] for d in cur.description or ()]
        rows = cur.fetchall()
    except duckdb.Error as err:
        raise UserError(f"the query failed: {_one_line(str(err))}") from err
    finally:
        con.close()
    items = [dict(zip(cols, r, strict=True)) for r in rows]
    with _sink(out) as sink:
        if fmt == "json":
            sink.write(json.dumps(items, ensure_ascii=False, default=str, indent=1) + "\n")
        elif fmt == "jsonl":
            for it in items:
                sink.write(json.dumps(it, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            w = csv.writer(sink)
            w.writerow(cols)
            w.writerows(rows)
        else:
            _plain_table(cols, rows, sink)


@main.command(epilog="Example: marketfacts serve --db news.duckdb --port 8001")
@click.option("--db", default="marketfacts.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="The DuckDB database to serve; it must exist unless --writable. Example: --db news.duckdb")
@click.option("--writable", is_flag=True,
              help="Open the store for writing (POST /articles); by default it is read-only, so other readers "
                   "can open the file while it runs. Example: --writable")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on. Example: --host 0.0.0.0")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True,
              help="Port to listen on. Example: --port 8001")
@click.option("--max-body", type=click.IntRange(1, None), default=1_000_000, show_default=True,
              help="Largest request body, bytes. Example: --max-body 5000000")
@click.option("--token", envvar="MARKETFACTS_TOKEN", default=None,
              help="Writes (POST /articles) need 'Authorization: Bearer TOKEN'. Required to serve beyond loopback. "
                   "Also read from MARKETFACTS_TOKEN. Example: --token s3cret")
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="A Host name the server answers to (repeatable; loopback names by default; '*' for any). "
                   "Example: --allow-host marketfacts.internal")
@click.option("--time-budget", type=float, default=30.0, show_default=True,
              help="Seconds of reading one POST /articles may take before it is refused (503), checked between "
                   "articles. Example: --time-budget 10")
@click.option("--cors", is_flag=False, flag_value="*", default=None, metavar="[ORIGIN]",
              help="Let pages from ORIGIN (any, with no value) call the API from a browser. "
                   "Example: --cors https://dash.example.org")
def serve(db: str, writable: bool, host: str, port: int, max_body: int, token: str | None,
          allow_hosts: tuple[str, ...], time_budget: float, cors: str | None) -> None:
    """Serve the HTTP API and the web page."""
    _need("api", "serve")
    if not writable and not os.path.exists(db):
        raise UserError(f"--db {db}: no such database (give --writable to create it)")
    import uvicorn

    from .api import LOOPBACK_HOSTS, create_app

    loopback = host in LOOPBACK_HOSTS or host.startswith("127.")
    if writable and not loopback and not token:
        raise click.UsageError(f"serving a writable store on {host} lets anyone who reaches the port write to it: "
                               "give --token (or MARKETFACTS_TOKEN), or serve on 127.0.0.1")
    hosts = tuple(allow_hosts) or (LOOPBACK_HOSTS + (() if loopback or host in ("0.0.0.0", "::") else (host,)))
    click.echo(f"marketfacts on http://{host}:{port}/ (API schema at /openapi.json, database {db}"
               f"{'' if writable else ', read-only'}; answers to Host {', '.join(hosts)}"
               f"{'; writes need the token' if token else ''})", err=True)
    uvicorn.run(create_app(db, max_body=max_body, token=token, allowed_hosts=hosts, time_budget=time_budget,
                           read_only=not writable, cors=cors),
                host=host, port=port, log_level="warning")


@main.command(epilog="Example: marketfacts batch news.jsonl.gz --out facts/ --master local[2]")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", required=True,
              help="Output directory: Parquet in the typed schema of docs/facts.md, errors in _errors/. "
                   "Example: --out facts/")
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL. Example: --master yarn")
@click.option("--partitions", type=click.IntRange(1, None), default=None,
              help="Repartition the input to this many tasks. Example: --partitions 64")
def batch(inputs: tuple[str, ...], out: str, master: str, partitions: int | None) -> None:
    """Extract INPUTS (JSONL or Parquet, any path Spark reads) on Apache Spark (needs Java 17)."""
    _need("spark", "batch")
    import shutil

    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        raise UserError("Spark needs a Java runtime (17): none on PATH and JAVA_HOME is not set")
    from . import spark as mfspark

    ss = mfspark.session(master)
    try:
        counts = mfspark.run(ss, list(inputs), out, partitions=partitions)
    finally:
        ss.stop()
    click.echo(f"wrote {counts['facts']} facts to {out}; {counts['bad_records']} bad records", err=True)


def _load_prices(price_files: tuple[str, ...]) -> Any:
    """The price files, read once; a bad file stops the command with its error."""
    from .verify import PriceFileError, load_prices

    try:
        prices = load_prices(list(price_files))
    except PriceFileError as err:
        raise UserError(str(err)) from err
    for w in prices.warnings:
        click.echo(f"warning: {w}", err=True)
    return prices


@main.command(epilog="Example: marketfacts verify report.txt --prices daily.csv --prices ticks.csv")
@click.argument("inputs", nargs=-1, type=INPUTS)
@click.option("--prices", "price_files", multiple=True, required=True, type=click.Path(exists=True, dir_okay=False),
              help="CSV or Parquet of daily bars or intraday prices; repeat for several. Example: --prices daily.csv")
@click.option("--out", "-o", default="-", show_default=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Write JSONL here; - is standard output. Example: --out verdicts.jsonl")
@field_options
def verify(inputs: tuple[str, ...], price_files: tuple[str, ...], out: str, id_field: str | None,
           date_field: str | None, text_field: str | None) -> None:
    """Hold the moves, streaks and records of INPUTS against price data."""
    from .pipeline import read
    from .verify import verify as run_verify

    prices = _load_prices(price_files)
    reading = _Reading(inputs, _fields(id_field, date_field, text_field))
    with _sink(out) as sink:
        for item in reading:
            if isinstance(item, BadRecord):
                click.echo(item.message(), err=True)
                continue
            doc = read(item.text, date=item.date, id=item.id)
            checks = run_verify(doc, prices)
            res = doc.to_dict()
            res["id"] = item.id
            res["checks"] = res["checks"] + [c.to_dict() for c in checks]
            sink.write(to_jsonl(res) + "\n")
            if out != "-":
                continue
            for c in checks:
                f = dict(c.fields)
                if f["verdict"] != "unverifiable":
                    click.echo(f"{f['verdict']:>12}  {c.finding}", err=True)


@main.command("read", epilog='Example: marketfacts read "Sony fell 1.1 per cent." --date 2024-06-12')
@click.argument("text")
@click.option("--date", type=DATE, default=None,
              help="The article's date, YYYY-MM-DD or a common form. Example: --date 2024-06-12")
@output_options("json")
def read_cmd(text: str, date: str | None, fmt: str, out: str) -> None:
    """Read one TEXT given on the command line and print its facts."""
    from .pipeline import read

    result = read(text, date=date).to_dict()
    with _sink(out) as sink:
        if fmt == "json":
            sink.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
        else:
            w = _Writer(sink, fmt)
            w.write(result)
            w.close()


if __name__ == "__main__":
    main()
