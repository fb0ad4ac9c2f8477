"""Nothing a user feeds in may crash a run or lose data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marketfacts


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_read_never_raises_on_text(text: str) -> None:
    doc = marketfacts.read(text, date="2024-01-02")
    for f in doc.facts:
        assert 0 <= f.span.start <= f.span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,%$ HKUS-+/()abcdeprtlonwy\n")), max_size=300))
def test_read_never_raises_on_figure_soup(text: str) -> None:
    marketfacts.read(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_read_never_raises_on_bytes(raw: bytes) -> None:
    marketfacts.read(raw)


def test_odd_inputs() -> None:
    for odd in ["", " ", "\x00\x01\x02", "<html><body><p>Tencent rose 2%</p></body></html>",
                "\ufffd" * 50, "%" * 1000, "1" * 5000, None, 12345]:
        marketfacts.read(odd)  # type: ignore[arg-type]


def test_html_offsets_are_kept() -> None:
    text = "<p>Tencent <b>gained</b> 2.7 per cent to HK$349.20.</p>"
    doc = marketfacts.read(text, date="2024-01-02")
    assert [(m.change_pct, m.level) for m in doc.moves] == [(2.7, 349.2)]
    m = doc.moves[0]
    assert text[m.subject.start:m.subject.end] == "Tencent"


def test_huge_text() -> None:
    text = ("Tencent gained 2.7 per cent to HK$349.20. " + "Nothing to see here. " * 20) * 12000
    assert len(text) > 10_000_000 // 2
    doc = marketfacts.read(text, date="2024-01-02")
    assert doc.moves


def test_bad_date_is_ignored() -> None:
    doc = marketfacts.read("Tencent gained 2.7 per cent.", date="not a date")
    assert doc.moves and doc.date is None


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "marketfacts.cli", *args], input=stdin,
                          capture_output=True, timeout=120)


def test_cli_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(
        b'{"id": "a", "date": "2024-01-02", "text": "Tencent gained 2.7 per cent to HK$349.20."}\n'
        b'{"id": "b", "date": "2024-01-02", "text": \n'
        b'\xff\xfe garbage\n'
        b'["not", "an", "object"]\n'
        b'{"id": "c", "date": "2024-01-02"}\n'
        b'{"id": "d", "date": "2024-01-02", "text": "Sony fell 1.1 per cent."}\n'
    )
    r = _cli("extract", str(corpus))
    assert r.returncode == 0
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "d"]
    err = r.stderr.decode()
    for n in (2, 3, 4, 5):
        assert f"c.jsonl:{n}:" in err
    r = _cli("extract", "--strict", str(corpus))
    assert r.returncode == 1


def test_cli_binary_and_missing_files(tmp_path: Path) -> None:
    b = tmp_path / "blob.txt"
    b.write_bytes(bytes(range(256)) * 20)
    r = _cli("extract", str(b))
    assert r.returncode == 0 and "blob.txt:1:" in r.stderr.decode()
    # a path that is not there is the user's mistake: one line, exit 2, nothing read
    r = _cli("extract", str(b), str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and r.stdout == b""
    (line,) = r.stderr.decode().splitlines()
    assert "missing.txt" in line and "does not exist" in line


def test_cli_stdin_text_with_header() -> None:
    r = _cli("extract", "-", stdin=b"date 2024-06-12 The Kospi rose 1.2 per cent to 2,700.50.")
    assert r.returncode == 0
    (line,) = r.stdout.decode().splitlines()
    obj = json.loads(line)
    assert obj["date"] == "2024-06-12"
    assert [f["level"] for f in obj["facts"] if f["kind"] == "move"] == [2700.5]


def test_a_date_at_the_calendar_edge_keeps_the_moves() -> None:
    # "yesterday" of 0001-01-01 has no date; the move is still read
    for date in ("0001-01-01", "9999-12-31"):
        doc = marketfacts.read("Tencent rose 2% yesterday to HK$300.", date=date)
        assert len(doc.moves) == 1 and "errors" not in doc.to_dict()


@pytest.mark.skipif(marketfacts.COMPILED, reason="a compiled module's calls cannot be monkeypatched; the plain build tests it")
def test_a_failing_stage_is_reported_and_the_others_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from marketfacts import checks, pipeline

    def boom(*_a: object, **_k: object) -> list:
        raise RuntimeError("planted failure")

    monkeypatch.setattr(pipeline, "run_checks", boom)
    assert checks  # the stage's own module is untouched
    out = marketfacts.read("Tencent rose 2% to HK$300.", date="2024-01-10").to_dict()
    assert any(f["kind"] == "move" for f in out["facts"])
    assert out["errors"] and "checks" in out["errors"][0] and "planted failure" in out["errors"][0]


def test_text_past_the_limit_is_said_to_be_cut() -> None:
    from marketfacts.pipeline import MAX_CHARS

    out = marketfacts.read("a " * (MAX_CHARS // 2 + 10), checks=False, events=False, sentiment=False).to_dict()
    assert out["warnings"] and "MF031" in out["warnings"][0]
    assert "warnings" not in marketfacts.read("Tencent rose 2%.").to_dict()


def _bad_corpus(tmp_path: Path) -> tuple[Path, Path, Path]:
    import gzip as _gzip

    good = [json.dumps({"id": f"g{i}", "date": "2024-01-02", "text": f"Tencent rose {i + 1}% to HK$300."})
            for i in range(3)]
    lines = [good[0], '{"id": "s1", "date": "2024-01-02", "text": "Sony \\ud800 rose 1%."}',
             '{"id": ' + "9" * 5000 + ', "text": "Sony rose 1%."}', good[1], good[2]]
    plain = tmp_path / "bad.jsonl"
    plain.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = _gzip.compress(("\n".join(lines * 40) + "\n").encode())
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(data[: len(data) // 2])
    corrupt = tmp_path / "broken.jsonl.gz"
    corrupt.write_bytes(data[:20] + b"\x00garbage" * 40 + data[40:])
    return plain, truncated, corrupt


def test_bad_records_are_reported_and_the_rest_stored(tmp_path: Path) -> None:
    plain, truncated, corrupt = _bad_corpus(tmp_path)
    db = tmp_path / "s.duckdb"
    after = tmp_path / "after.jsonl"
    after.write_text(json.dumps({"id": "last", "date": "2024-01-03", "text": "Sony rose 1% to 2,000 yen."}) + "\n")
    r = _cli("ingest", str(plain), str(truncated), str(corrupt), str(after), "--db", str(db), "--no-progress")
    err = r.stderr.decode()
    assert r.returncode == 0 and "Traceback" not in err and "Aborted" not in err
    assert "bad.jsonl:3:" in err  # the 5,000-digit id
    assert "cut.jsonl.gz:" in err and "breaks here" in err
    assert "broken.jsonl.gz:" in err
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    ids = {row[0] for row in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    # the surrogate's article is kept (as U+FFFD), the file after the broken ones is read
    assert {"g0", "g1", "g2", "s1", "last"} <= ids


def test_a_figure_too_large_for_a_float_is_no_figure() -> None:
    out = marketfacts.read("Tencent rose " + "9" * 400 + "% to HK$300.", date="2024-01-02").to_dict()
    json.dumps(out, allow_nan=False)  # no Infinity reaches the JSONL or the store
    assert all(f.get("change_pct") is None for f in out["facts"] if f["kind"] == "move")


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid and fields[0] != "Z":
                out.append(int(d.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    import os
    import signal
    import time

    corpus = tmp_path / "many.jsonl"
    line = json.dumps({"id": "x", "date": "2024-01-02", "text": "Tencent rose 2% to HK$300. " * 200})
    corpus.write_text((line + "\n") * 3000)
    proc = subprocess.Popen([sys.executable, "-m", "marketfacts.cli", "extract", str(corpus), "--jobs", "2",
                             "--out", str(tmp_path / "o.jsonl"), "--no-progress"], stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    workers: list[int] = []
    while time.time() < deadline and len(workers) < 2:
        workers = _children(proc.pid)
        time.sleep(0.2)
    assert len(workers) >= 2, "the workers never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 30
    alive = workers
    while time.time() < deadline and alive:
        alive = [w for w in workers if Path(f"/proc/{w}").exists() and "Z" not in
                 Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[:1]]
        time.sleep(0.2)
    assert not alive, f"workers {alive} outlived their parent"
