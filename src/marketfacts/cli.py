"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import click

from . import __version__
from .corpus import Article, BadRecord, read_articles
from .extract import extract_stream, to_jsonl

FORMATS = ["jsonl", "json", "csv", "table"]


def _inputs(paths: tuple[str, ...]) -> Iterator[Article | BadRecord]:
    for p in paths or ("-",):
        try:
            yield from read_articles(p)
        except OSError as err:
            yield BadRecord(p, 0, f"cannot read ({err.strerror or err})")


def _rows(result: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for f in result.get("facts", []):
        subj = f.get("subject")
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
            "as_of": f.get("as_of"),
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
            for row in _rows(result):
                if self.csv is None:
                    self.csv = csv.DictWriter(self.out, fieldnames=list(row))
                    self.csv.writeheader()
                self.csv.writerow(row)
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
    cols = ["id", "kind", "subject", "ticker", "change_pct", "change", "level", "currency", "period", "as_of"]
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in cols])
    Console(file=out, width=160).print(t)


@click.group()
@click.version_option(__version__, prog_name="marketfacts")
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
def extract(inputs: tuple[str, ...], out: str | None, fmt: str, jobs: int, strict: bool,
            progress: bool | None) -> None:
    """Extract facts from INPUTS: JSONL corpora, .txt articles, or - for stdin."""
    sink: TextIO = open(out, "w", encoding="utf-8") if out else sys.stdout  # noqa: SIM115
    writer = _Writer(sink, fmt)
    bad = 0
    n = 0
    show = progress if progress is not None else sys.stderr.isatty()
    try:
        stream = extract_stream(_inputs(inputs), jobs=jobs)
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


def _rows_text(results: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    _table([r for res in results for r in _rows(res)], buf)
    return buf.getvalue()


@main.command("read")
@click.argument("text")
@click.option("--date", default=None, help="Article date YYYY-MM-DD.")
def read_cmd(text: str, date: str | None) -> None:
    """Read one TEXT given on the command line and print its facts as JSON."""
    from .pipeline import read

    click.echo(json.dumps(read(text, date=date).to_dict(), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
