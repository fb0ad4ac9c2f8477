"""The HTTP API through HTTP on a started server."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .servers import Server

ARTS = [
    {"id": "t1", "date": "2024-06-12", "text": "Tencent gained 1.8 per cent to HK$402.60. The Hang Seng Index rose "
                                                "1.2 per cent to 18,100.50."},
    {"id": "t2", "date": "2024-06-13", "text": "Tencent fell 0.9 per cent to HK$399.00 while Sony slid 2 per cent."},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    s = Server(db, max_body=200_000)
    try:
        yield s
    finally:
        s.close()


def test_health_and_schema(server: Server) -> None:
    status, body = server.call("GET", "/healthz")
    assert status == 200 and body["status"] == "ok"
    status, schema = server.call("GET", "/openapi.json")
    assert status == 200 and "/extract" in schema["paths"] and "/facts" in schema["paths"]


def test_extract_stores_nothing(server: Server) -> None:
    status, body = server.call("POST", "/extract", {"text": ARTS[0]["text"], "date": "2024-06-12"})
    assert status == 200
    assert [f["change_pct"] for f in body["facts"] if f["kind"] == "move"] == [1.8, 1.2]
    assert server.call("GET", "/articles/never")[0] == 404


def test_ingest_search_and_series(server: Server) -> None:
    status, body = server.call("POST", "/articles", {"articles": ARTS})
    assert status == 201 and body["stored"] == 2
    status, body = server.call("POST", "/articles", {"articles": ARTS})
    assert body["stored"] == 0 and body["skipped"] == 2
    status, page = server.call("GET", "/articles?q=Tencent&limit=1")
    assert status == 200 and page["total"] == 2 and len(page["items"]) == 1
    status, art = server.call("GET", "/articles/t1")
    assert status == 200 and art["text"] == ARTS[0]["text"] and art["facts"]
    status, facts = server.call("GET", "/facts?kind=move&subject=0700.HK")
    assert facts["total"] == 2
    status, series = server.call("GET", "/instruments/0700.HK/moves")
    assert [m["change_pct"] for m in series["moves"]] == [1.8, -0.9]
    status, svg = server.call("GET", "/instruments/0700.HK/chart.svg")
    assert status == 200 and "<svg" in svg


def test_errors_have_one_shape(server: Server) -> None:
    status, body = server.call("POST", "/extract", raw=b"{not json")
    assert status == 422 and body["error"]["code"] == "invalid"
    status, body = server.call("POST", "/extract", {"text": "x" * 300_000})
    assert status == 413 and body["error"]["status"] == 413
    status, body = server.call("GET", "/articles/nope")
    assert status == 404 and set(body["error"]) == {"status", "code", "message"}
    status, body = server.call("GET", "/facts?limit=-5")
    assert status == 422 and "error" in body
    status, body = server.call("POST", "/extract", raw=b"{\"text\": \"\\udcff caf\\u00e9\"}")
    assert status in (200, 422)


def test_sql_in_parameters_is_only_text(server: Server) -> None:
    status, body = server.call("GET", "/facts?subject=x%27%3B%20DROP%20TABLE%20facts%3B%20--")
    assert status == 200 and body["total"] == 0
    status, health = server.call("GET", "/healthz")
    assert health["facts"] > 0


def test_schemathesis_finds_no_server_error(server: Server, tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("schemathesis")
    if not exe.exists():
        pytest.skip("schemathesis is not installed")
    r = subprocess.run([str(exe), "run", server.url + "/openapi.json", "--checks", "not_a_server_error",
                        "--max-examples", "15", "--workers", "1"], capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
