"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click

from . import COMPILED, __version__
from .corpus import Article, BadRecord, read_articles
from .extract import extract_stream, to_jsonl

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


def _inputs(paths: tuple[str, ...]) -> Iterator[Article | BadRecord]:
    for p in paths or ("-",):
        try:
            yield from read_articles(p)
        except OSError as err:
            yield BadRecord(p, 0, f"cannot read ({err.strerror or err})")


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


def _table(rows: list[dict[str, Any]], out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(show_lines=False)
    cols = ["id", "kind", "subject", "ticker", "change_pct", "change", "level", "currency", "period", "as_of", "detail"]
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
    Console(file=out, width=220).print(t)


@click.group()
@click.version_option(__version__, prog_name="marketfacts",
                      message="%(prog)s %(version)s" + (" (compiled)" if COMPILED else " (pure Python)"))
def main() -> None:
    """Read financial market news into structured, checked facts."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--out", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here instead of standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any record was bad.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--sentiment/--no-sentiment", default=True, show_default=True, help="Sentiment facts.")
@click.option("--events/--no-events", default=True, show_default=True, help="Event facts (streaks, records, ...).")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="spark: run on Apache Spark and write Parquet to --out (a directory).")
@click.pass_context
def extract(ctx: click.Context, inputs: tuple[str, ...], out: str | None, fmt: str, jobs: int, strict: bool,
            progress: bool | None, sentiment: bool, events: bool, engine: str) -> None:
    """Extract facts from INPUTS: JSONL corpora, .txt articles, or - for stdin."""
    if engine == "spark":
        if not out:
            raise click.UsageError("--engine spark needs --out DIR")
        ctx.invoke(batch, inputs=inputs, out=out, master="local[2]", partitions=None)
        return
    sink: TextIO = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    writer = _Writer(sink, fmt)
    bad = 0
    n = 0
    show = progress if progress is not None else sys.stderr.isatty()
    try:
        stream = extract_stream(_inputs(inputs), jobs=jobs, options={"sentiment": sentiment, "events": events})
        if show:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          transient=True) as bar:
                task = bar.add_task("extract", total=None)
                for item in stream:
                    if isinstance(item, BadRecord):
                        bad += 1
                        bar.console.print(item.message(), style="yellow")
                    else:
                        writer.write(item)
                        n += 1
                    bar.advance(task)
        else:
            for item in stream:
                if isinstance(item, BadRecord):
                    bad += 1
                    click.echo(item.message(), err=True)
                else:
                    writer.write(item)
                    n += 1
        writer.close()
    finally:
        if out:
            sink.close()
    if bad:
        click.echo(f"{n} articles read, {bad} bad records skipped", err=True)
    if strict and bad:
        sys.exit(1)


def _progress_bar(enabled: bool | None) -> Any:
    show = enabled if enabled is not None else sys.stderr.isatty()
    if not show:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=True)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--db", default="marketfacts.duckdb", show_default=True, help="DuckDB database file.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True)
@click.option("--batch", type=click.IntRange(1, 100_000), default=500, show_default=True,
              help="Articles a transaction.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any record was bad.")
@click.option("--progress/--no-progress", default=None)
@click.option("--prices", "price_files", multiple=True,
              help="CSV or Parquet of prices: store each article's verdicts with its checks (repeatable).")
def ingest(inputs: tuple[str, ...], db: str, jobs: int, batch: int, strict: bool, progress: bool | None,
           price_files: tuple[str, ...]) -> None:
    """Extract INPUTS and store them in the database (idempotent)."""
    _need("store", "ingest")
    from .store import Store, StoreError

    prices = _load_prices(price_files) if price_files else None
    bar = _progress_bar(progress)
    try:
        store = Store(db)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    with store:
        def bad(b: BadRecord) -> None:
            click.echo(b.message(), err=True)

        if bar is not None:
            with bar:
                task = bar.add_task("ingesting", total=None)
                rep = store.ingest(_inputs(inputs), jobs=jobs, batch=batch, on_bad=bad, prices=prices,
                                   on_progress=lambda r: bar.update(task, completed=r.read))
        else:
            rep = store.ingest(_inputs(inputs), jobs=jobs, batch=batch, on_bad=bad, prices=prices)
        counts = store.counts()
    click.echo(f"read {rep.read}, stored {rep.stored}, unchanged {rep.skipped}, bad {rep.bad}, facts {rep.facts}; "
               f"database {db}: {counts['articles']} articles, {counts['facts']} facts", err=True)
    if strict and rep.bad:
        sys.exit(1)


@main.command()
@click.option("--db", default="marketfacts.duckdb", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl"]), default="parquet", show_default=True)
@click.option("--out", "-o", required=True, help="File to write.")
def export(db: str, fmt: str, out: str) -> None:
    """Write every stored fact to a Parquet, CSV or JSONL file."""
    _need("store", "export")
    from .store import Store

    with Store(db) as store:
        n = store.export(out, fmt)
    click.echo(f"wrote {n} facts to {out}", err=True)


def _print_items(items: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(items, ensure_ascii=False, indent=1))
        return
    if fmt == "csv":
        from .schema import csv_row, fact_row

        w = csv.DictWriter(sys.stdout, fieldnames=list(csv_row({})))
        w.writeheader()
        for seq, f in enumerate(items):
            w.writerow(csv_row(fact_row(f.get("article_id"), f.get("date"), seq, f)))
        return
    rows = []
    for f in items:
        r = next(_rows({"id": f.get("article_id"), "facts": [f]}))
        r["as_of"] = f.get("as_of") or f.get("date")
        rows.append(r)
    _table(rows, sys.stdout)


@main.command()
@click.argument("subject")
@click.option("--db", default="marketfacts.duckdb", show_default=True)
@click.option("--since", default=None, help="YYYY-MM-DD")
@click.option("--until", default=None, help="YYYY-MM-DD")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def moves(subject: str, db: str, since: str | None, until: str | None, fmt: str) -> None:
    """Every stored move of SUBJECT (a ticker such as 0700.HK or a name)."""
    _need("store", "moves")
    from .store import Store

    with Store(db, read_only=True) as store:
        _print_items(store.moves(subject, since=since, until=until), fmt)


@main.command()
@click.option("--db", default="marketfacts.duckdb", show_default=True)
@click.option("--kind", default=None, help="move, streak, record, fine, ...")
@click.option("--subject", default=None)
@click.option("--since", default=None)
@click.option("--until", default=None)
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def facts(db: str, kind: str | None, subject: str | None, since: str | None, until: str | None, limit: int,
          fmt: str) -> None:
    """Stored facts, filtered."""
    _need("store", "facts")
    from .store import Store

    with Store(db, read_only=True) as store:
        _print_items(store.facts(kind=kind, subject=subject, since=since, until=until, limit=limit)["items"], fmt)


@main.command()
@click.option("--db", default="marketfacts.duckdb", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8000, show_default=True)
@click.option("--max-body", type=int, default=1_000_000, show_default=True, help="Largest request body, bytes.")
@click.option("--token", envvar="MARKETFACTS_TOKEN", default=None,
              help="Writes (POST /articles) need 'Authorization: Bearer TOKEN'. Required to serve beyond loopback. "
                   "Also read from MARKETFACTS_TOKEN.")
@click.option("--allow-host", "allow_hosts", multiple=True,
              help="A Host name the server answers to (repeatable; loopback names by default; '*' for any). "
                   "Example: --allow-host marketfacts.internal")
@click.option("--time-budget", type=float, default=30.0, show_default=True,
              help="Seconds of reading one POST /articles may take before it is refused (503), checked between "
                   "articles. Example: --time-budget 10")
def serve(db: str, host: str, port: int, max_body: int, token: str | None, allow_hosts: tuple[str, ...],
          time_budget: float) -> None:
    """Serve the HTTP API and the web page."""
    _need("api", "serve")
    import uvicorn

    from .api import LOOPBACK_HOSTS, create_app

    loopback = host in LOOPBACK_HOSTS or host.startswith("127.")
    if not loopback and not token:
        raise click.UsageError(f"serving on {host} lets anyone who reaches the port write to the store: "
                               "give --token (or MARKETFACTS_TOKEN), or serve on 127.0.0.1")
    hosts = tuple(allow_hosts) or (LOOPBACK_HOSTS + (() if loopback or host in ("0.0.0.0", "::") else (host,)))
    click.echo(f"marketfacts on http://{host}:{port}/ (API schema at /openapi.json, database {db}; "
               f"answers to Host {', '.join(hosts)}{'; writes need the token' if token else ''})", err=True)
    uvicorn.run(create_app(db, max_body=max_body, token=token, allowed_hosts=hosts, time_budget=time_budget),
                host=host, port=port, log_level="warning")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", required=True, help="Output directory: Parquet in the table form of marketfacts.schema, errors in _errors/.")
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
@click.option("--partitions", type=int, default=None, help="Repartition the input to this many tasks.")
def batch(inputs: tuple[str, ...], out: str, master: str, partitions: int | None) -> None:
    """Extract INPUTS (JSONL or Parquet, any path Spark reads) on Apache Spark."""
    _need("spark", "batch")
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
        raise click.ClickException(str(err)) from err
    for w in prices.warnings:
        click.echo(f"warning: {w}", err=True)
    return prices


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--prices", "price_files", multiple=True, required=True,
              help="CSV or Parquet of daily bars or intraday prices; repeat for several.")
@click.option("--out", "-o", default=None, help="Write JSONL here instead of standard output.")
def verify(inputs: tuple[str, ...], price_files: tuple[str, ...], out: str | None) -> None:
    """Hold the moves, streaks and records of INPUTS against price data."""
    from .pipeline import read
    from .verify import verify as run_verify

    prices = _load_prices(price_files)
    sink: TextIO = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    try:
        for item in _inputs(inputs):
            if isinstance(item, BadRecord):
                click.echo(item.message(), err=True)
                continue
            doc = read(item.text, date=item.date, id=item.id)
            checks = run_verify(doc, prices)
            res = doc.to_dict()
            res["id"] = item.id
            res["checks"] = res["checks"] + [c.to_dict() for c in checks]
            sink.write(to_jsonl(res) + "\n")
            if not out:
                for c in checks:
                    f = dict(c.fields)
                    if f["verdict"] != "unverifiable":
                        click.echo(f"{f['verdict']:>12}  {c.finding}", err=True)
    finally:
        if out:
            sink.close()


@main.command("read")
@click.argument("text")
@click.option("--date", default=None, help="Article date YYYY-MM-DD.")
def read_cmd(text: str, date: str | None) -> None:
    """Read one TEXT given on the command line and print its facts as JSON."""
    from .pipeline import read

    click.echo(json.dumps(read(text, date=date).to_dict(), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
