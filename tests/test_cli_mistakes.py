"""A user's mistakes on the command line: each ends in one line on stderr and
exit status 2, never a traceback, and readers never create files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from marketfacts import cli
from marketfacts.cli import main

ARTICLE = {"id": "a1", "date": "2024-06-12", "text": "Tencent gained 2.5 per cent to HK$402.20 on Wednesday."}


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def one_line_exit_2(r: Result, *words: str) -> None:
    assert r.exit_code == 2, (r.exit_code, r.stderr, r.stdout)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert "Traceback" not in r.stderr and lines[0].startswith("Error:")
    for w in words:
        assert w in lines[0], (w, lines[0])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("db")
    corpus = d / "c.jsonl"
    corpus.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    path = d / "real.duckdb"
    assert run("ingest", str(corpus), "--db", str(path), "--no-progress").exit_code == 0
    return path


def test_missing_input_and_directory(tmp_path: Path) -> None:
    one_line_exit_2(run("extract", str(tmp_path / "nope.jsonl")), "nope.jsonl", "does not exist")
    one_line_exit_2(run("extract", str(tmp_path)), "is a directory")
    one_line_exit_2(run("ingest", str(tmp_path / "nope.jsonl"), "--db", str(tmp_path / "x.duckdb")), "does not exist")
    assert not (tmp_path / "x.duckdb").exists()
    one_line_exit_2(run("verify", str(tmp_path / "nope.txt"), "--prices", str(tmp_path / "p.csv")), "does not exist")


def test_dates_are_read_in_common_forms_or_refused() -> None:
    r = run("read", "Sony fell 1.1 per cent.", "--date", "13/07/2023")
    assert r.exit_code == 0 and json.loads(r.stdout)["date"] == "2023-07-13"
    one_line_exit_2(run("read", "Sony fell 1.1 per cent.", "--date", "03/04/2023"), "YYYY-MM-DD")
    one_line_exit_2(run("read", "Sony fell 1.1 per cent.", "--date", "someday"), "not a date")
    one_line_exit_2(run("read", "Sony fell 1.1 per cent.", "--date", "2023-02-30"), "not a day")


def test_readers_never_create_a_database(tmp_path: Path) -> None:
    for args in (["moves", "0700.HK"], ["facts"], ["export", "--out", str(tmp_path / "o.parquet")],
                 ["sql", "SELECT 1"]):
        target = tmp_path / f"typo_{args[0]}.duckdb"
        one_line_exit_2(run(*args, "--db", str(target)), "does not exist")
        assert not target.exists()
    one_line_exit_2(run("serve", "--db", str(tmp_path / "typo2.duckdb")), "no such database")
    assert not (tmp_path / "typo2.duckdb").exists()


def test_store_command_mistakes(db: Path, tmp_path: Path) -> None:
    one_line_exit_2(run("facts", "--db", str(db), "--kind", "nonsense"), "nonsense")
    one_line_exit_2(run("facts", "--db", str(db), "--since", "2023-13-45"), "--since")
    r = run("facts", "--db", str(db), "--since", "1 June 2024", "--format", "jsonl")
    assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["article_id"] == "a1"
    one_line_exit_2(run("export", "--db", str(db), "--out", "/no/such/dir/x.parquet"), "does not exist")
    one_line_exit_2(run("sql", "SELEC nonsense", "--db", str(db)), "the query failed")
    one_line_exit_2(run("moves", "0700.HK", "--db", str(db), "--format", "xml"), "xml")


def test_export_to_standard_output_writes_no_file(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = run("export", "--db", str(db), "--format", "jsonl", "--out", "-")
    assert r.exit_code == 0 and json.loads(r.stdout.splitlines()[0])["article_id"] == "a1"
    assert not (tmp_path / "-").exists()
    r = run("export", "--db", str(db), "--format", "csv", "-o", "-")
    assert r.stdout.splitlines()[0].startswith("article_id,article_date,seq,kind")


def test_sql_reads_the_store(db: Path) -> None:
    r = run("sql", "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind", "--db", str(db),
            "--format", "json")
    assert r.exit_code == 0 and {x["kind"] for x in json.loads(r.stdout)} >= {"move"}
    r = run("sql", "DELETE FROM facts", "--db", str(db))
    one_line_exit_2(r, "read-only")


def test_spark_mistakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    one_line_exit_2(run("extract", str(corpus), "--engine", "spark", "--format", "csv", "--out", str(tmp_path / "o")),
                    "--format")
    # as on an install without the [spark] extra
    monkeypatch.setitem(cli._EXTRAS, "spark", ("no_such_module_for_the_test",))
    one_line_exit_2(run("batch", str(corpus), "--out", str(tmp_path / "o")), "marketfacts[spark]")


def test_price_file_mistakes(tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("The Hang Seng Index rose 1.1 per cent to 18,400.00.", encoding="utf-8")
    one_line_exit_2(run("verify", str(art), "--prices", str(tmp_path / "none.csv")), "does not exist")
    bad = tmp_path / "bad.csv"
    bad.write_text("when,what\n1,2\n", encoding="utf-8")
    one_line_exit_2(run("verify", str(art), "--prices", str(bad)), "MF061")


def test_unknown_option_and_command() -> None:
    one_line_exit_2(run("extract", "--nonsense"), "--nonsense")
    one_line_exit_2(run("frobnicate"), "frobnicate")


def test_record_dates_and_field_names(tmp_path: Path) -> None:
    corpus = tmp_path / "raw.jsonl"
    rows = [{"newid": 7, "date_raw": "26-FEB-1987 15:01:01.79", "text": "Sony fell 1.1 per cent."},
            {"newid": 8, "date_raw": "03/04/1987", "text": "Sony rose 2 per cent."},
            {"newid": 9, "date_raw": "13/07/1987", "text": "Sony rose 3 per cent."}]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    r = run("extract", str(corpus), "--id-field", "newid", "--date-field", "date_raw", "--no-progress")
    assert r.exit_code == 0
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(o["id"], o["date"]) for o in out] == [("7", "1987-02-26"), ("8", ""), ("9", "1987-07-13")]
    (warning,) = r.stderr.strip().splitlines()
    assert "raw.jsonl:2:" in warning and "MF021" in warning and "undated" in warning


def test_every_option_has_help_with_an_example() -> None:
    for name, cmd in main.commands.items():
        assert cmd.help, name
        assert "Example:" in (cmd.epilog or ""), name
        for p in cmd.params:
            if isinstance(p, cli.click.Option) and p.name != "help":
                assert p.help and "Example" in p.help, (name, p.name)


def test_progress_knows_the_share_of_the_input_read(tmp_path: Path) -> None:
    import gzip

    plain = tmp_path / "a.jsonl"
    plain.write_text("\n".join(json.dumps({**ARTICLE, "id": f"p{i}"}) for i in range(50)) + "\n", encoding="utf-8")
    packed = tmp_path / "b.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps({**ARTICLE, "id": f"g{i}"}) for i in range(50)) + "\n")
    reading = cli._Reading((str(plain), str(packed)))
    assert reading.total == plain.stat().st_size + packed.stat().st_size
    seen = []
    for _ in reading:
        seen.append(reading.read_bytes)
    assert seen == sorted(seen) and 0 < seen[0] < reading.total and reading.read_bytes == reading.total
    r = run("extract", str(plain), str(packed), "--progress", "--out", str(tmp_path / "o.jsonl"))
    assert r.exit_code == 0 and len((tmp_path / "o.jsonl").read_text().splitlines()) == 100
