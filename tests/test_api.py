"""The HTTP API through HTTP on a started server."""

from __future__ import annotations

import json
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


def _raw_get(server: Server, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(server.url + path, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read().decode("utf-8", "replace")


def test_chart_escapes_the_instrument_and_forbids_scripts(server: Server) -> None:
    status, headers, body = _raw_get(server, "/instruments/x%22%20onload%3D%22alert(1)%3Cscript%3E/chart.svg")
    assert status == 200
    assert '" onload="' not in body and "<script>" not in body
    assert "&quot; onload=&quot;alert(1)&lt;script&gt;" in body
    assert headers.get("x-content-type-options") == "nosniff"
    assert "default-src 'none'" in headers.get("content-security-policy", "")
    status, headers, _ = _raw_get(server, "/")
    assert status == 200 and "frame-ancestors 'none'" in headers.get("content-security-policy", "")


def test_a_foreign_host_name_is_refused(server: Server) -> None:
    # DNS rebinding: a page's own name resolved to 127.0.0.1
    status, _, body = _raw_get(server, "/healthz", {"Host": "attacker.example"})
    assert status == 400 and "bad_host" in body
    assert _raw_get(server, "/healthz", {"Host": "localhost"})[0] == 200


def test_lone_surrogates_are_read_not_a_500(server: Server) -> None:
    raw = b'{"text": "Tencent rose 2% \\ud800 to HK$300.", "id": "x\\udfff", "date": "2024-06-12"}'
    status, body = server.call("POST", "/extract", raw=raw)
    assert status == 200 and body["id"] == "x\ufffd"
    raw = b'{"articles": [{"id": "s\\ud800", "text": "Sony rose 1% \\ud800.", "date": "2024-06-12"}]}'
    status, body = server.call("POST", "/articles", raw=raw)
    assert status == 201 and body["stored"] == 1


def test_writes_need_the_token_when_one_is_set(tmp_path: Path) -> None:
    s = Server(tmp_path / "tok.duckdb", extra=("--token", "s3cret"))
    try:
        status, body = s.call("POST", "/articles", {"articles": ARTS[:1]})
        assert status == 401 and body["error"]["code"] == "unauthorized"
        status, body = s.call("POST", "/articles", {"articles": ARTS[:1]}, headers={"Authorization": "Bearer nope"})
        assert status == 401
        status, body = s.call("POST", "/articles", {"articles": ARTS[:1]}, headers={"Authorization": "Bearer s3cret"})
        assert status == 201 and body["stored"] == 1
        assert s.call("GET", "/facts")[0] == 200  # reads need none
    finally:
        s.close()


def test_serving_beyond_loopback_needs_a_token(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "marketfacts.cli", "serve", "--db", str(tmp_path / "x.duckdb"),
                        "--writable", "--host", "0.0.0.0", "--port", "1"], capture_output=True, timeout=60,
                       env={**__import__("os").environ, "MARKETFACTS_TOKEN": ""})
    assert r.returncode == 2
    assert b"--token" in r.stderr and b"Traceback" not in r.stderr
    assert not (tmp_path / "x.duckdb").exists()


def test_verify_refuses_infinite_prices(server: Server) -> None:
    raw = (b'{"text": "The Hang Seng Index rose 1.1 per cent to 18,400.00.", "date": "2024-06-12", '
           b'"prices": [{"symbol": "^HSI", "date": "2024-06-11", "close": Infinity}]}')
    status, body = server.call("POST", "/verify", raw=raw)
    assert status == 422 and body["error"]["code"] == "invalid"


def _chunked_post(server: Server, path: str, body: bytes) -> tuple[int, str]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.putrequest("POST", path)
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    for i in range(0, len(body), 7):
        piece = body[i:i + 7]
        conn.send(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
    conn.send(b"0\r\n\r\n")
    r = conn.getresponse()
    out = r.status, r.read().decode()
    conn.close()
    return out


def test_a_chunked_body_is_read(server: Server) -> None:
    status, body = _chunked_post(server, "/extract", b'{"text": "Tencent rose 2% to HK$300.", "date": "2024-06-12"}')
    assert status == 200 and '"change_pct":2.0' in body.replace(" ", "")
    status, body = _chunked_post(server, "/extract", b'{"text": "' + b"x" * 250_000 + b'"}')
    assert status == 413 and "too_large" in body


def _asgi(app, method: str, path: str, body: bytes = b"") -> tuple[int, dict]:  # type: ignore[no-untyped-def]
    """One request straight to the ASGI app (no HTTP client needed)."""
    import asyncio
    import json as _json

    scope = {"type": "http", "method": method, "path": path, "raw_path": path.encode(), "query_string": b"",
             "headers": [(b"host", b"localhost"), (b"content-type", b"application/json"),
                         (b"content-length", str(len(body)).encode())],
             "http_version": "1.1", "scheme": "http", "server": ("localhost", 80), "client": ("127.0.0.1", 1),
             "root_path": ""}
    sent: list[dict] = []
    given = False

    async def receive() -> dict:
        nonlocal given
        if not given:
            given = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    async def send(msg: dict) -> None:
        sent.append(msg)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    payload = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, _json.loads(payload)


def test_articles_are_read_outside_the_lock_within_a_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json as _json

    from marketfacts import api

    app = api.create_app(tmp_path / "l.duckdb")
    held: list[bool] = []
    real = api.extract_one

    def spy(article):  # type: ignore[no-untyped-def]
        free = app.state.lock.acquire(blocking=False)
        if free:
            app.state.lock.release()
        held.append(not free)
        return real(article)

    monkeypatch.setattr(api, "extract_one", spy)
    body = _json.dumps({"articles": ARTS}).encode()
    status, out = _asgi(app, "POST", "/articles", body)
    assert status == 201 and out["stored"] == 2
    assert held == [False, False]  # no reader waits on the reading
    slow = api.create_app(tmp_path / "b.duckdb", time_budget=0.0)
    status, out = _asgi(slow, "POST", "/articles", body)
    assert status == 503 and out["error"]["code"] == "over_budget"
    assert _asgi(slow, "GET", "/articles")[1]["total"] == 0  # nothing stored


def test_a_read_only_server_shares_the_file(tmp_path: Path) -> None:
    """serve opens the store read-only unless --writable: the CLI and a notebook's
    read-only connection open the same file while it runs; writes get 403."""
    import duckdb
    from click.testing import CliRunner

    from marketfacts.cli import main
    from marketfacts.corpus import Article
    from marketfacts.store import Store

    db = tmp_path / "shared.duckdb"
    with Store(db) as store:
        store.ingest([Article(a["id"], a["date"], a["text"], {}) for a in ARTS])
    s = Server(db, writable=False)
    try:
        assert s.call("GET", "/facts?kind=move")[1]["total"] >= 1
        status, body = s.call("POST", "/articles", {"articles": ARTS[:1]})
        assert status == 403 and body["error"]["code"] == "read_only"
        con = duckdb.connect(str(db), read_only=True)
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == len(ARTS)
        con.close()
        r = CliRunner().invoke(main, ["facts", "--db", str(db), "--kind", "move", "--format", "jsonl"])
        assert r.exit_code == 0 and r.output.count("\n") >= 1
    finally:
        s.close()
    r = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "typo.duckdb")])
    assert r.exit_code == 2 and not (tmp_path / "typo.duckdb").exists()


def test_articles_take_one_many_or_ndjson_with_a_status_each(tmp_path: Path) -> None:
    s = Server(tmp_path / "many.duckdb")
    try:
        one = {"id": "m1", "date": "2024-06-12", "text": "Tencent gained 2.5 per cent to HK$402.20."}
        status, body = s.call("POST", "/articles", one)
        assert status == 201 and body["articles"] == [{"id": "m1", "status": "stored", "facts": body["facts"]}]
        status, body = s.call("POST", "/articles", [one])
        assert status == 200 and body["articles"][0]["status"] == "unchanged"  # nothing new: 200
        nd = b"\n".join(json.dumps({**one, "id": f"n{i}"}).encode() for i in range(3))
        status, body = s.call("POST", "/articles", raw=nd, headers={"Content-Type": "application/x-ndjson"})
        assert status == 201 and [a["status"] for a in body["articles"]] == ["stored"] * 3
        status, body = s.call("POST", "/articles", {"articles": [{**one, "text": "Sony fell 1 per cent."}]})
        assert status == 201 and body["articles"][0]["status"] == "replaced"
        status, body = s.call("POST", "/articles", [one, {"id": "", "text": 5}])
        assert status == 422 and body["error"]["code"] == "invalid"
        assert {tuple(e["loc"][:2]) for e in body["error"]["errors"]} == {("body", 1)}
    finally:
        s.close()


def test_facts_kind_enum_facets_next_and_names(server: Server) -> None:
    server.call("POST", "/articles", {"articles": ARTS})
    status, body = server.call("GET", "/facts?kind=nonsense")
    assert status == 422 and body["error"]["errors"][0]["loc"] == ["query", "kind"]
    status, body = server.call("GET", "/facts?facet=kind&facet=subject_id&limit=1")
    assert status == 200 and body["facets"]["kind"][0]["count"] >= 1
    assert sum(x["count"] for x in body["facets"]["kind"]) == body["total"]
    assert body["next"] and "offset=1" in body["next"]
    status, last = server.call("GET", f"/facts?limit=1&offset={body['total'] - 1}")
    assert last["next"] is None
    status, by_name = server.call("GET", "/facts?subject=Tencent&kind=move")
    assert by_name["total"] >= 1 and all(f["subject"]["id"] == "0700.HK" for f in by_name["items"])


def test_openapi_documents_the_real_errors_and_types(server: Server) -> None:
    status, spec = server.call("GET", "/openapi.json")
    assert "HTTPValidationError" not in json.dumps(spec)
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            for code in ("404", "413", "422"):
                assert op["responses"][code]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorBody"), \
                    (path, method, code)
            ok = op["responses"].get("200") or op["responses"].get("201")
            assert ok and ok.get("content"), (path, method)
            for p in op.get("parameters", []):
                assert p["in"] == "path" or p.get("description"), (path, p["name"])
    assert "image/svg+xml" in spec["paths"]["/instruments/{instrument}/chart.svg"]["get"]["responses"]["200"]["content"]
    kinds = spec["components"]["schemas"]["Kind"]["enum"]
    from marketfacts.schema import KIND_FIELDS

    assert sorted(kinds) == sorted(KIND_FIELDS)


def test_docs_page_works_offline(server: Server) -> None:
    import urllib.request

    with urllib.request.urlopen(server.url + "/docs") as r:
        page = r.read().decode()
        assert "Content-Security-Policy" in r.headers
    assert "/openapi.json" in page and "http://" not in page and "https://" not in page


def test_cors_origin(tmp_path: Path) -> None:
    import urllib.request

    s = Server(tmp_path / "cors.duckdb", extra=("--cors", "https://dash.example.org"))
    try:
        req = urllib.request.Request(s.url + "/healthz", headers={"Origin": "https://dash.example.org"})
        with urllib.request.urlopen(req) as r:
            assert r.headers["access-control-allow-origin"] == "https://dash.example.org"
    finally:
        s.close()
