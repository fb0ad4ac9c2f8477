"""The HTTP API and the web page, over a DuckDB store.

One JSON error shape for every error::

    {"error": {"status": 404, "code": "not_found", "message": "..."}}
"""

from __future__ import annotations

import hmac
import html
import json
import os
import threading
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

try:
    from fastapi import FastAPI, Query, Request
except ImportError as _err:  # the core install has no web stack: say which extra brings it
    raise ImportError(f"[MF071] the HTTP API needs {_err.name}: pip install 'marketfacts[api]'") from _err
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, BeforeValidator, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .corpus import Article
from .extract import extract_one
from .pipeline import read
from .render import render_html
from .store import Store
from .text import replace_surrogates

DEFAULT_LIMIT = 1_000_000  # bytes a request body may have
DEFAULT_BUDGET = 30.0  # seconds of reading a POST /articles may take (checked between articles)


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_body(status: int, code: str, message: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "code": code, "message": message}
    if errors:
        body["errors"] = errors
    return {"error": body}


def _valid_dates(**values: str | None) -> None:
    from .dates import parse_iso

    for name, v in values.items():
        if v is not None and (parse_iso(v) is None or len(v) != 10):
            raise ApiError(422, "invalid", f"{name}: not a date (YYYY-MM-DD): {v!r}")


def _no_surrogates(v: Any) -> Any:
    """A lone surrogate ("\\ud800" in JSON) cannot be written out again as
    UTF-8: it becomes U+FFFD, so the request is read, never a 500."""
    return replace_surrogates(v) if isinstance(v, str) else v


Text = Annotated[str, BeforeValidator(_no_surrogates)]

# Host names a loopback server answers to: a request naming any other host
# (DNS rebinding: a page's own name resolved to 127.0.0.1) is refused.
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")
# The page and the chart draw only from this server; the chart runs no script.
PAGE_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'"


class ExtractIn(BaseModel):
    text: Text = Field(..., description="The article text.")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD.", pattern=r"^\d{4}-\d{2}-\d{2}$")
    id: Text | None = None


class ArticleIn(BaseModel):
    id: Text = Field(..., min_length=1, max_length=500)
    text: Text
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class PriceRow(BaseModel):
    symbol: str = Field(..., max_length=40)
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    close: float | None = Field(None, gt=0, allow_inf_nan=False)
    timestamp: str | None = Field(None, max_length=40)
    price: float | None = Field(None, gt=0, allow_inf_nan=False)


class VerifyIn(BaseModel):
    text: Text
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    prices: list[PriceRow] = Field(..., max_length=200_000)


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(..., max_length=10_000)


# ---------------------------------------------------------------- responses
class FieldError(BaseModel):
    loc: list[str | int] = Field(..., description="Where in the request: body, query or path, then the field.")
    msg: str = Field(..., description="What is wrong with it.")


class ErrorDetail(BaseModel):
    status: int = Field(..., description="The HTTP status, again.")
    code: str = Field(..., description="not_found, invalid, too_large, read_only, unauthorized, bad_host, ...")
    message: str = Field(..., description="What went wrong, in words.")
    errors: list[FieldError] | None = Field(None, description="For 422: each field at fault.")


class ErrorBody(BaseModel):
    """Every error the API returns has this one shape."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "A Host name this server does not answer to, or a bad header."},
    404: {"model": ErrorBody, "description": "No such article, instrument or route."},
    413: {"model": ErrorBody, "description": "The request body is over the limit (--max-body)."},
    422: {"model": ErrorBody, "description": "A malformed request: `errors` lists each field at fault."},
}


class Kind(StrEnum):
    """The fact kinds (docs/facts.md)."""

    move = "move"
    streak = "streak"
    record = "record"
    indicator = "indicator"
    financials = "financials"
    rate_decision = "rate_decision"
    listing = "listing"
    tender_offer = "tender_offer"
    fine = "fine"
    meeting = "meeting"
    policy = "policy"
    sentiment = "sentiment"


class Facet(StrEnum):
    kind = "kind"
    subject_id = "subject_id"
    subject_name = "subject_name"
    subject_type = "subject_type"
    currency = "currency"
    period = "period"


class Verdict(StrEnum):
    supported = "supported"
    contradicted = "contradicted"
    unverifiable = "unverifiable"


class ArticleFacet(StrEnum):
    kind = "kind"
    subject_id = "subject_id"
    verdict = "verdict"


class Health(BaseModel):
    status: str
    version: str
    articles: int
    facts: int
    entities: int
    checks: int


class DocOut(BaseModel):
    """An article's output line (docs/facts.md): its facts and checks."""

    id: str | None = None
    date: str = ""
    facts: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    errors: list[str] | None = None
    warnings: list[str] | None = None


class ArticleStatus(BaseModel):
    id: str
    status: str = Field(..., description="stored (new), replaced (its text changed), unchanged, or invalid.")
    facts: int | None = Field(None, description="How many facts it gave, when read.")


class IngestOut(BaseModel):
    read: int
    stored: int
    skipped: int
    facts: int
    articles: list[ArticleStatus]


class ArticleSummary(BaseModel):
    id: str
    date: str
    snippet: str | None
    n_facts: int | None


class ArticlesPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page, null on the last.")
    items: list[ArticleSummary]
    facets: dict[str, list[FacetCount]] | None = Field(None, description="Counts by each `facet` asked for.")


class ArticleOut(BaseModel):
    id: str
    date: str
    text: str | None
    meta: dict[str, Any]
    facts: list[dict[str, Any]]
    checks: list[dict[str, Any]]
    html: str = Field(..., description="The article drawn with its facts marked (marketfacts.render).")


class FacetCount(BaseModel):
    value: str | None
    count: int


class FactsPage(BaseModel):
    total: int
    limit: int
    offset: int
    next: str | None = Field(None, description="The URL of the next page, null on the last.")
    items: list[dict[str, Any]] = Field(..., description="Facts, each with its article_id and date.")
    facets: dict[str, list[FacetCount]] | None = Field(None, description="Counts by each `facet` asked for.")


class MovePoint(BaseModel):
    date: str
    as_of: str | None
    change_pct: float | None
    level: float | None
    period: str | None
    article_id: str
    verdict: str | None = Field(None, description="The claim's verdict against prices, when held against them.")


class InstrumentMoves(BaseModel):
    instrument: str
    moves: list[MovePoint]
    closes: list[tuple[str, float]] = Field([], description="Stored daily closes (ingest --prices), oldest first.")


DATE_Q = r"^\d{4}-\d{2}-\d{2}$"


def _next(request: Request, total: int, limit: int, offset: int) -> str | None:
    if offset + limit >= total:
        return None
    return str(request.url.include_query_params(offset=offset + limit, limit=limit))


class BodyLimit:
    """The size limit of a request body. A declared Content-Length is checked
    as it stands; a body sent without one (chunked) is read here, up to the
    limit, and handed on whole (a BaseHTTPMiddleware that reads the stream
    would leave the route an empty body)."""

    def __init__(self, app: Any, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = next((v for k, v in scope.get("headers", []) if k.lower() == b"content-length"), None)
        if length is not None:
            try:
                too_big = int(length) > self.max_body
            except ValueError:
                await JSONResponse(error_body(400, "bad_request", "Content-Length is not a number"),
                                   status_code=400)(scope, receive, send)
                return
            if too_big:
                await self._too_large(scope, receive, send)
            else:
                await self.app(scope, receive, send)
            return
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body += msg.get("body", b"")
            more = msg.get("more_body", False)
            if len(body) > self.max_body:
                await self._too_large(scope, receive, send)
                return
        handed = False

        async def replay() -> dict[str, Any]:
            nonlocal handed
            if not handed:
                handed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # type: ignore[no-any-return]

        await self.app(scope, replay, send)

    async def _too_large(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await JSONResponse(error_body(413, "too_large", f"request body over {self.max_body} bytes"),
                           status_code=413)(scope, receive, send)


def _host_name(host: str) -> str:
    """The name in a Host header, without its port ("[::1]:8000" -> "[::1]")."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[:host.find("]") + 1] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def create_app(db: str | Path = "marketfacts.duckdb", max_body: int = DEFAULT_LIMIT, token: str | None = None,
               allowed_hosts: tuple[str, ...] | None = None, time_budget: float = DEFAULT_BUDGET,
               read_only: bool = False, cors: str | None = None) -> FastAPI:
    """The API over the store ``db``. ``token``: writes (``POST /articles``)
    need ``Authorization: Bearer <token>``. ``allowed_hosts``: the Host
    names answered (loopback names by default; ``"*"`` answers any).
    ``read_only``: the store is opened read-only (other processes may read
    the file meanwhile) and ``POST /articles`` is refused with 403.
    ``cors``: an origin (or ``*``) whose pages may call the API."""
    app = FastAPI(title="marketfacts", version=__version__, responses=ERRORS, docs_url=None, redoc_url=None,
                  description="Facts read from financial market news, each pointing at its words. Every error has "
                              "one shape, `{\"error\": {status, code, message, errors}}`.")
    store = Store(db, read_only=read_only)
    lock = threading.Lock()
    app.state.store = store
    app.state.lock = lock
    hosts = {h.lower() for h in (allowed_hosts or LOOPBACK_HOSTS)}

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Response:
        if "*" not in hosts and _host_name(request.headers.get("host", "")) not in hosts:
            resp: Response = JSONResponse(error_body(400, "bad_host", "this server does not answer to that Host name"),
                                          status_code=400)
        elif token is not None and request.method == "POST" and request.url.path == "/articles" and \
                not hmac.compare_digest(request.headers.get("authorization", ""), f"Bearer {token}"):
            resp = JSONResponse(error_body(401, "unauthorized", "writes need 'Authorization: Bearer <token>'"),
                                status_code=401)
        else:
            resp = await call_next(request)
        resp.headers["X-Content-Type-Options"] = "nosniff"
        ctype = resp.headers.get("content-type", "")
        if ctype.startswith("image/svg"):
            resp.headers["Content-Security-Policy"] = SVG_CSP
        elif ctype.startswith("text/html") and request.url.path in ("/", "/docs"):
            resp.headers["Content-Security-Policy"] = PAGE_CSP
        return resp

    app.add_middleware(BodyLimit, max_body=max_body)
    if cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=[cors], allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "Authorization"])

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(error_body(exc.status, exc.code, exc.message, getattr(exc, "errors", None)),
                            status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errs = [{"loc": [x if isinstance(x, int) else str(x) for x in e.get("loc", [])], "msg": str(e.get("msg"))}
                for e in exc.errors()[:50]]
        msgs = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errs[:5])
        return JSONResponse(error_body(422, "invalid", msgs or "malformed request", errs), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "error")
        return JSONResponse(error_body(exc.status_code, code, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(error_body(500, "internal", f"{type(exc).__name__}"), status_code=500)

    @app.get("/healthz", response_model=Health)
    def healthz() -> dict[str, Any]:
        """The server is up; what the store holds."""
        with lock:
            return {"status": "ok", "version": __version__, **store.counts()}

    @app.post("/extract", response_model=DocOut)
    def extract(body: ExtractIn) -> dict[str, Any]:
        """Read one text; nothing is stored."""
        _valid_dates(date=body.date)
        doc = read(body.text, date=body.date, id=body.id)
        out = doc.to_dict()
        out["id"] = body.id
        return out

    @app.post("/verify", response_model=DocOut)
    def verify_route(body: VerifyIn) -> dict[str, Any]:
        """Read a text and hold its claims against the prices given."""
        import datetime as _dt

        from .verify import Prices, Series, finish, verify

        _valid_dates(date=body.date)
        prices = Prices()
        for row in body.prices:
            ser = prices.series.setdefault(row.symbol, Series(row.symbol))
            if row.date and row.close:
                _valid_dates(date=row.date)
                d = _dt.date.fromisoformat(row.date)
                if d not in ser.days:
                    ser.days.append(d)
                    ser.close.append(row.close)
            elif row.timestamp and row.price:
                try:
                    t = _dt.datetime.fromisoformat(row.timestamp)
                except ValueError as err:
                    raise ApiError(422, "invalid", f"timestamp: {row.timestamp!r} is not ISO 8601") from err
                if t.tzinfo is None:
                    raise ApiError(422, "invalid", f"timestamp: {row.timestamp!r} has no zone")
                ser.ticks.append((t, row.price))
        finish(prices)
        doc = read(body.text, date=body.date)
        out = doc.to_dict()
        try:
            found = verify(doc, prices)
        except (ValueError, OverflowError, ArithmeticError) as err:
            raise ApiError(422, "invalid", f"prices cannot be used: {err}") from err
        out["checks"] = out["checks"] + [c.to_dict() for c in found]
        if prices.warnings:
            out["warnings"] = out.get("warnings", []) + prices.warnings
        return out

    @app.post("/articles", response_model=IngestOut, status_code=201,
              responses={200: {"model": IngestOut, "description": "Nothing new was stored."},
                         201: {"description": "At least one article was stored."},
                         401: {"model": ErrorBody, "description": "The server has a token and it was not given."},
                         403: {"model": ErrorBody, "description": "The store is read-only (serve --writable)."},
                         503: {"model": ErrorBody, "description": "Reading took over the time budget."}},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/json": {"schema": _ARTICLES_SCHEMA}}}})
    async def ingest(request: Request) -> JSONResponse:
        """Extract and store articles: one (`{id, text, date}`), many (`{"articles": [...]}` or a JSON array),
        or NDJSON (`Content-Type: application/x-ndjson`). Each article's status comes back; the same id and
        text twice is stored once. 201 when something was stored, else 200."""
        if read_only:
            raise ApiError(403, "read_only", "this server's store is read-only (start it with --writable)")
        raw = await request.body()
        items = _articles_in(raw, "ndjson" in request.headers.get("content-type", ""))
        for a in items:
            _valid_dates(date=a.date)
        arts = [Article(a.id, a.date, a.text, {}) for a in items]
        # read outside the lock, so that a long article holds up no reader;
        # the budget is checked between articles
        started = time.monotonic()
        extracted: dict[str, dict[str, Any]] = {}
        for art in arts:
            if extracted and time.monotonic() - started > time_budget:
                raise ApiError(503, "over_budget", f"reading took over {time_budget:g} s; nothing was stored "
                                                   f"(send fewer or shorter articles a request)")
            extracted[art.id] = extract_one(art)
        with lock:
            rep = store.ingest(arts, extracted=extracted)
        statuses = [{"id": aid, "status": st, "facts": len(extracted[aid]["facts"])} for aid, st in rep.statuses.items()]
        body = {"read": rep.read, "stored": rep.stored, "skipped": rep.skipped, "facts": rep.facts,
                "articles": statuses}
        return JSONResponse(body, status_code=201 if rep.stored else 200)

    @app.get("/articles", response_model=ArticlesPage)
    def articles(request: Request,
                 q: str | None = Query(None, max_length=500, description="Words the text contains."),
                 since: str | None = Query(None, pattern=DATE_Q, description="First article date, YYYY-MM-DD."),
                 until: str | None = Query(None, pattern=DATE_Q, description="Last article date, YYYY-MM-DD."),
                 subject: str | None = Query(None, max_length=200,
                                             description="Articles with a fact on this ticker or name "
                                                         "(a name the reference knows finds its ticker)."),
                 kind: Kind | None = Query(None, description="Articles with a fact of this kind."),
                 verdict: Verdict | None = Query(None, description="Articles with a claim of this verdict against "
                                                                   "prices (after ingest --prices)."),
                 facet: list[ArticleFacet] = Query([], description="Count the articles kept by kind, ticker or "
                                                                    "verdict (repeatable)."),
                 limit: int = Query(20, ge=1, le=500, description="Articles a page."),
                 offset: int = Query(0, ge=0, le=1_000_000_000, description="Articles to skip.")) -> dict[str, Any]:
        """Search the stored articles, newest first, with counts by the facets asked for."""
        _valid_dates(since=since, until=until)
        args = {"q": q, "since": since, "until": until, "subject": subject, "kind": kind.value if kind else None,
                "verdict": verdict.value if verdict else None}
        with lock:
            page = store.articles(limit=limit, offset=offset, **args)  # type: ignore[arg-type]
            if facet:
                page["facets"] = store.article_facets([f.value for f in dict.fromkeys(facet)], **args)  # type: ignore[arg-type]
        page["next"] = _next(request, page["total"], limit, offset)
        return page

    @app.get("/articles/{article_id}", response_model=ArticleOut)
    def article(article_id: str) -> dict[str, Any]:
        """One stored article: its text, facts, checks and the text drawn with them."""
        with lock:
            a = store.article(article_id)
        if a is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        # the article drawn with its facts: the renderer the notebook view uses
        a["html"] = render_html(a.get("text") or "", a)
        return a

    @app.get("/facts", response_model=FactsPage)
    def facts(request: Request,
              kind: Kind | None = Query(None, description="Facts of one kind."),
              subject: str | None = Query(None, max_length=200,
                                          description="A ticker or a name (a name the reference knows finds its "
                                                      "ticker: Tencent finds 0700.HK)."),
              since: str | None = Query(None, pattern=DATE_Q, description="First day, YYYY-MM-DD."),
              until: str | None = Query(None, pattern=DATE_Q, description="Last day, YYYY-MM-DD."),
              facet: list[Facet] = Query([], description="Count the facts kept by this column (repeatable)."),
              limit: int = Query(100, ge=1, le=1000, description="Facts a page."),
              offset: int = Query(0, ge=0, le=1_000_000_000, description="Facts to skip.")) -> dict[str, Any]:
        """Stored facts, filtered, with counts by the facets asked for."""
        _valid_dates(since=since, until=until)
        k = kind.value if kind else None
        with lock:
            page = store.facts(kind=k, subject=subject, since=since, until=until, limit=limit, offset=offset)
            if facet:
                page["facets"] = store.facets([f.value for f in dict.fromkeys(facet)], kind=k, subject=subject,
                                              since=since, until=until)
        page["next"] = _next(request, page["total"], limit, offset)
        return page

    @app.get("/instruments/{instrument}/moves", response_model=InstrumentMoves)
    def instrument_moves(instrument: str,
                         since: str | None = Query(None, pattern=DATE_Q, description="First day, YYYY-MM-DD."),
                         until: str | None = Query(None, pattern=DATE_Q, description="Last day, YYYY-MM-DD.")
                         ) -> dict[str, Any]:
        """The stored moves of an instrument (a ticker or a name), oldest first."""
        _valid_dates(since=since, until=until)
        with lock:
            items = store.moves(instrument, since=since, until=until)
            closes = store.closes(_symbol_of(instrument, items))
        series = [{"date": m["date"], "as_of": m.get("as_of"), "change_pct": m.get("change_pct"), "level": m.get("level"),
                   "period": m.get("period"), "article_id": m["article_id"], "verdict": m.get("verdict")}
                  for m in items]
        return {"instrument": instrument, "moves": series, "closes": closes}

    @app.get("/instruments/{instrument}/chart.svg", response_class=Response,
             responses={200: {"content": {"image/svg+xml": {}}, "description": "An SVG chart of the moves."}})
    def chart(instrument: str,
              period: str = Query("day", max_length=20, description="Moves of this period (day, week, ...); "
                                                                    "all for every period.")) -> Response:
        """The stored moves of an instrument as an SVG chart (no script): the stored
        closes as a line, each stated level a dot coloured by its verdict, each
        per-cent change a bar; a dot or bar links to its article."""
        with lock:
            items = store.moves(instrument)
            closes = store.closes(_symbol_of(instrument, items))
        if period != "all":
            items = [m for m in items if (m.get("period") or "day") == period]
        return Response(svg_chart(instrument, items, closes=closes), media_type="image/svg+xml")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> HTMLResponse:
        html = (Path(__file__).parent / "web" / "index.html").read_text("utf-8")
        return HTMLResponse(html)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        # the API's routes read from /openapi.json by a page of the package: no CDN, works offline
        return HTMLResponse((Path(__file__).parent / "web" / "docs.html").read_text("utf-8"))

    @app.on_event("shutdown")
    def _close() -> None:
        store.close()

    return app


_ONE_ARTICLE = ArticleIn.model_json_schema()
# the body of POST /articles as documented: one article, {"articles": [...]}, or a list
# (NDJSON, one article a line, is said in the route's description: OpenAPI tools cannot write it)
_ARTICLES_SCHEMA: dict[str, Any] = {"anyOf": [
    _ONE_ARTICLE,
    {"type": "object", "required": ["articles"], "title": "ArticlesIn",
     "properties": {"articles": {"type": "array", "items": _ONE_ARTICLE, "minItems": 1, "maxItems": 10_000}}},
    {"type": "array", "items": _ONE_ARTICLE, "minItems": 1, "maxItems": 10_000}]}


def _symbol_of(instrument: str, moves: list[dict[str, Any]]) -> str:
    """The ticker whose closes to draw: the moves' own, else what was asked."""
    ids = [(m.get("subject") or {}).get("id") for m in moves]
    return next((i for i in ids if i), instrument)


def _articles_in(raw: bytes, ndjson: bool) -> list[ArticleIn]:
    """One article, a list of them, ``{"articles": [...]}`` or NDJSON, each
    checked; the fields at fault come back in one 422."""
    from pydantic import ValidationError

    try:
        if ndjson:
            objs: Any = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
        else:
            objs = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise ApiError(422, "invalid", f"the body is not {'NDJSON' if ndjson else 'JSON'}: {err}") from err
    if isinstance(objs, dict) and "articles" in objs:
        objs = objs["articles"]
    elif isinstance(objs, dict):
        objs = [objs]
    if not isinstance(objs, list) or not objs:
        raise ApiError(422, "invalid", "send an article, a list of them, {\"articles\": [...]} or NDJSON")
    if len(objs) > 10_000:
        raise ApiError(422, "invalid", "at most 10,000 articles a request")
    out, errors = [], []
    for i, o in enumerate(objs):
        try:
            out.append(ArticleIn.model_validate(o))
        except ValidationError as err:
            errors += [{"loc": ["body", i, *[str(x) for x in e["loc"]]], "msg": e["msg"]} for e in err.errors()]
    if errors:
        raise ApiFieldError(errors)
    return out


class ApiFieldError(ApiError):
    def __init__(self, errors: list[dict[str, Any]]) -> None:
        msg = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in errors[:5])
        super().__init__(422, "invalid", msg)
        self.errors = errors[:50]


def _ticks(lo: float, hi: float, n: int = 4) -> list[float]:
    """About ``n`` round values from lo to hi, for an axis."""
    import math

    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.ceil(lo / step) * step
    return [start + k * step for k in range(int((hi - start) / step) + 1)]


def svg_chart(title: str, moves: list[dict[str, Any]], width: int = 720, height: int = 320,
              closes: list[tuple[str, float]] | None = None) -> str:
    """The moves of one instrument over time, drawn here as SVG so the page
    needs no chart library and works offline: a time axis (dates placed by
    their distance, so 1987 and 2024 do not sit side by side), a labelled
    value axis for the levels, the stored closes as a line, each stated level
    a dot coloured by its verdict, and each per-cent change a bar below; a dot
    or a bar links to its article."""
    import datetime as _dt

    esc = html.escape(title, quote=True)  # markup and attribute quotes alike: the title comes from the URL
    pts = []
    for m in moves:
        try:
            pts.append((_dt.date.fromisoformat(str(m.get("date"))[:10]), m))
        except ValueError:
            continue
    pts.sort(key=lambda x: (x[0], x[1].get("as_of") or ""))
    bars = []
    for day_s, c in closes or []:
        try:
            bars.append((_dt.date.fromisoformat(day_s[:10]), float(c)))
        except (ValueError, TypeError):
            continue
    left, right, top = 64, 16, 30
    pct_h = 60
    bottom = height - 40 - pct_h  # the level panel ends here; the per-cent bars sit below
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'id="moves-chart" role="img" aria-label="moves of {esc}" font-family="sans-serif">',
             f'<rect width="{width}" height="{height}" fill="#fff"/>',
             f'<text x="{left}" y="18" font-size="13">{esc}: stated levels and changes over time</text>']
    if not pts and not bars:
        parts.append(f'<text x="{left}" y="{height // 2}" font-size="12">No moves of {esc} are stored.</text>')
        return "".join(parts) + "</svg>"
    days = [d for d, _ in pts] + [d for d, _ in bars]
    d0, d1 = min(days), max(days)
    span_days = max(1, (d1 - d0).days)

    def x_of(d: _dt.date) -> float:
        return left + (width - left - right) * ((d - d0).days / span_days if d1 > d0 else 0.5)

    levels = [m["level"] for _, m in pts if isinstance(m.get("level"), (int, float))] + [c for _, c in bars]
    if levels:
        lo, hi = min(levels), max(levels)
        pad = (hi - lo) * 0.08 or abs(hi) * 0.02 or 1.0
        lo, hi = lo - pad, hi + pad

        def y_of(v: float) -> float:
            return bottom - (v - lo) / (hi - lo) * (bottom - top)

        for t in _ticks(lo, hi):
            y = y_of(t)
            parts.append(f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#eee"/>'
                         f'<text class="y-tick" x="{left - 6}" y="{y + 4:.1f}" font-size="10" text-anchor="end">'
                         f'{t:,.10g}</text>')
        parts.append(f'<text x="12" y="{(top + bottom) / 2:.0f}" font-size="11" transform="rotate(-90 12 '
                     f'{(top + bottom) / 2:.0f})" text-anchor="middle">level</text>')
        if bars:
            path = " ".join(f"{'M' if i == 0 else 'L'}{x_of(d):.1f},{y_of(c):.1f}" for i, (d, c) in enumerate(bars))
            parts.append(f'<path class="close" d="{path}" fill="none" stroke="#8aa4c0" stroke-width="1.5">'
                         f'<title>closes</title></path>')
        colours = {"supported": "#2a9d5b", "contradicted": "#c0392b"}
        for d, m in pts:
            if not isinstance(m.get("level"), (int, float)):
                continue
            v = m.get("verdict") or "unchecked"
            link = html.escape(f"/?article={m.get('article_id')}", quote=True)
            parts.append(f'<a href="{link}"><circle class="level {html.escape(v)}" cx="{x_of(d):.1f}" '
                         f'cy="{y_of(m["level"]):.1f}" r="4" fill="{colours.get(v, "#999")}" stroke="#fff">'
                         f'<title>{html.escape(str(d))}: {m["level"]:,.10g} ({html.escape(v)})</title></circle></a>')
    pcts: list[float] = [m["change_pct"] for _, m in pts if isinstance(m.get("change_pct"), (int, float))]
    mid = bottom + 10 + pct_h / 2
    if pcts:
        mx = max(abs(p) for p in pcts) or 1.0
        parts.append(f'<line x1="{left}" y1="{mid:.1f}" x2="{width - right}" y2="{mid:.1f}" stroke="#999"/>'
                     f'<text x="{left - 6}" y="{mid + 4:.1f}" font-size="10" text-anchor="end">0%</text>'
                     f'<text x="{left - 6}" y="{mid - pct_h / 2 + 8:.1f}" font-size="10" text-anchor="end">'
                     f'+{mx:.3g}%</text>')
        for d, m in pts:
            p = m.get("change_pct")
            if not isinstance(p, (int, float)):
                continue
            h = (pct_h / 2 - 2) * abs(p) / mx
            y = mid - h if p >= 0 else mid
            link = html.escape(f"/?article={m.get('article_id')}", quote=True)
            parts.append(f'<a href="{link}"><rect class="bar" x="{x_of(d) - 3:.1f}" y="{y:.1f}" width="6" '
                         f'height="{max(h, 1):.1f}" fill="{"#2a9d5b" if p >= 0 else "#c0392b"}">'
                         f'<title>{html.escape(str(d))}: {p:+g}%</title></rect></a>')
    # the time axis: dates at their distance
    axis_y = height - 24
    parts.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" stroke="#666"/>')
    n_ticks = 1 if d1 == d0 else 4
    for k in range(n_ticks + 1 if n_ticks > 1 else 1):
        d = d0 + _dt.timedelta(days=round(span_days * k / n_ticks)) if n_ticks > 1 else d0
        x = x_of(d)
        anchor = "start" if k == 0 and n_ticks > 1 else "end" if k == n_ticks else "middle"
        parts.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#666"/>'
                     f'<text class="x-tick" x="{x:.1f}" y="{axis_y + 16}" font-size="10" text-anchor="{anchor}">'
                     f'{d.isoformat()}</text>')
    return "".join(parts) + "</svg>"


def app_from_env() -> FastAPI:
    """For ``uvicorn marketfacts.api:app_from_env --factory``."""
    hosts = tuple(h for h in os.environ.get("MARKETFACTS_ALLOW_HOSTS", "").split(",") if h) or None
    return create_app(os.environ.get("MARKETFACTS_DB", "marketfacts.duckdb"),
                      int(os.environ.get("MARKETFACTS_MAX_BODY", DEFAULT_LIMIT)),
                      token=os.environ.get("MARKETFACTS_TOKEN") or None, allowed_hosts=hosts)


__all__ = ["create_app", "svg_chart", "json"]
