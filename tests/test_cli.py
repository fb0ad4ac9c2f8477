"""The CLI: formats, jobs, output files."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import marketfacts
from marketfacts.cli import main

CORPUS = [
    {"id": f"n{i}", "date": "2024-06-12", "text": f"Tencent gained {i}.5 per cent to HK$40{i}.20."}
    for i in range(1, 9)
]


def _corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join(json.dumps(a) for a in CORPUS) + "\n", encoding="utf-8")
    return p


def test_jsonl_out_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["extract", str(_corpus(tmp_path)), "--out", str(out)])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert [x["id"] for x in lines] == [a["id"] for a in CORPUS]
    assert lines[0]["facts"][0]["change_pct"] == 1.5


def test_jobs_keep_order(tmp_path: Path) -> None:
    r1 = CliRunner().invoke(main, ["extract", str(_corpus(tmp_path))])
    r2 = CliRunner().invoke(main, ["extract", str(_corpus(tmp_path)), "--jobs", "2"])
    assert r1.exit_code == 0 and r2.exit_code == 0
    assert r1.output == r2.output


def test_csv_json_table(tmp_path: Path) -> None:
    c = _corpus(tmp_path)
    r = CliRunner().invoke(main, ["extract", str(c), "--format", "csv"])
    rows = [x for x in csv.DictReader(io.StringIO(r.output)) if x["kind"] == "move"]
    assert len(rows) == len(CORPUS) and rows[0]["subject.id"] == "0700.HK"
    r = CliRunner().invoke(main, ["extract", str(c), "--format", "json"])
    assert len(json.loads(r.output)) == len(CORPUS)
    r = CliRunner().invoke(main, ["extract", str(c), "--format", "table"])
    assert "0700.HK" in r.output


def test_read_command() -> None:
    r = CliRunner().invoke(main, ["read", "Sony fell 1.1 per cent.", "--date", "2024-06-12"])
    assert r.exit_code == 0
    assert json.loads(r.output)["facts"][0]["change_pct"] == -1.1


def test_sentiment_and_events_can_be_switched_off(tmp_path: Path) -> None:
    c = _corpus(tmp_path)
    on = CliRunner().invoke(main, ["extract", str(c)])
    off = CliRunner().invoke(main, ["extract", str(c), "--no-sentiment", "--no-events"])
    kinds_on = {f["kind"] for line in on.output.splitlines() for f in json.loads(line)["facts"]}
    kinds_off = {f["kind"] for line in off.output.splitlines() for f in json.loads(line)["facts"]}
    assert "sentiment" in kinds_on and kinds_off == {"move"}


def test_version_names_the_build() -> None:
    r = CliRunner().invoke(main, ["--version"])
    assert r.exit_code == 0 and marketfacts.__version__ in r.output
    assert ("(compiled)" in r.output) is marketfacts.COMPILED
    assert ("(pure Python)" in r.output) is not marketfacts.COMPILED


@pytest.mark.skipif("MARKETFACTS_EXPECT_COMPILED" not in os.environ, reason="make test and make test-compiled set it")
def test_the_run_reads_the_build_it_means_to() -> None:
    # make test-compiled must not quietly test the plain tree, nor make test a stale build
    assert marketfacts.COMPILED is (os.environ["MARKETFACTS_EXPECT_COMPILED"] == "1")
