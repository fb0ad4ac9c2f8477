"""The article with its facts marked, as HTML: one renderer for the notebook
view (``Doc._repr_html_``, ``marketfacts.render``) and the web page (the API
sends it with each article).

displaCy's way: the text as written, each fact's words in its kind's colour
with a label chip after them, a legend of the kinds present, and a card in
words (the fact read back as a sentence) on hover and on keyboard focus.
Checks underline their words in red. Sentiment is not drawn as a fact.
"""

from __future__ import annotations

import html
from typing import Any

COLOURS: dict[str, str] = {
    "move": "#ffe58f", "streak": "#d9f7be", "record": "#b5f5ec", "indicator": "#d6e4ff", "financials": "#efdbff",
    "rate_decision": "#ffd8bf", "listing": "#fff1b8", "tender_offer": "#adc6ff", "fine": "#ffd591",
    "meeting": "#e6fffb", "policy": "#f4ffb8",
}
_STYLE = (
    ".mf-doc{font:14px/1.9 system-ui,sans-serif;white-space:pre-wrap;color:#222;max-width:60em}"
    ".mf-doc mark{padding:1px 2px;border-radius:3px;cursor:pointer;color:inherit}"
    ".mf-doc mark:focus{outline:2px solid #1f3a5f}"
    ".mf-doc mark.mf-check{text-decoration:underline wavy #c0392b}"
    ".mf-chip{font-size:10px;font-weight:600;text-transform:uppercase;margin-left:3px;padding:0 3px;"
    "border-radius:2px;background:rgba(0,0,0,.12);vertical-align:middle}"
    ".mf-legend{font:12px system-ui,sans-serif;margin:0 0 8px}"
    ".mf-legend span{display:inline-block;margin-right:8px;padding:0 6px;border-radius:3px}"
    ".mf-card{font:12px system-ui,sans-serif;color:#444;margin-top:6px}"
    # the card in words beside the mark, on hover and on keyboard focus
    ".mf-doc mark{position:relative}"
    ".mf-doc mark:hover::after,.mf-doc mark:focus::after{content:attr(data-card);position:absolute;left:0;top:100%;"
    "z-index:10;min-width:16em;max-width:28em;white-space:normal;background:#1f3a5f;color:#fff;font-size:12px;"
    "line-height:1.4;padding:4px 6px;border-radius:3px;box-shadow:0 2px 6px rgba(0,0,0,.3)}"
    ".mf-mood{border-bottom:2px dotted transparent}.mf-mood.mf-pos{border-bottom-color:rgba(42,157,91,.45)}"
    ".mf-mood.mf-neg{border-bottom-color:rgba(192,57,43,.45)}"
)


def _num(x: Any, sign: bool = False) -> str:
    if not isinstance(x, (int, float)) or isinstance(x, bool):
        return ""
    return f"{x:+,.10g}" if sign else f"{x:,.10g}"


def _name(e: Any) -> str:
    if isinstance(e, dict):
        name, ident = e.get("name") or "", e.get("id") or ""
        return f"{name} {ident}".strip() if ident and ident != name else str(name)
    return str(e or "")


def _money(v: Any) -> str:
    if not isinstance(v, dict):
        return ""
    cur = v.get("currency") or ""
    if v.get("amount") is None and v.get("low") is not None:
        return f"{cur} {_num(v.get('low'))} to {_num(v.get('high'))}".strip()
    bound = str(v.get("bound") or "")
    return f"{bound} {cur} {_num(v.get('amount'))}".strip()


def card(f: dict[str, Any]) -> str:
    """A fact read back in words: "Tencent 0700.HK +2.7% to HKD 349.20, day, 2023-07-13"."""
    k = f.get("kind")
    if k == "move":
        parts = [_name(f.get("subject"))]
        if f.get("change_pct") is not None:
            parts.append(_num(f["change_pct"], sign=True) + "%")
        if f.get("change") is not None:
            parts.append(("by " if f.get("change_pct") is None else "(") + _num(f["change"], sign=True)
                         + ("" if f.get("change_pct") is None else ")"))
        if f.get("level") is not None:
            parts.append(f"to {f.get('currency') or ''} {_num(f['level'])}".replace("  ", " "))
        head = " ".join(parts)
        tail = [x for x in (f.get("approx"), f.get("period"), f.get("phase"), f.get("as_of")) if x]
        return ", ".join([head, *tail])
    words: list[str] = [str(k).replace("_", " ")]
    for key in ("subject", "authority", "acquirer", "target"):
        if isinstance(f.get(key), dict):
            words.append(_name(f[key]))
    for key in ("direction", "count", "unit", "extreme", "since", "indicator", "metric", "rate", "stance", "topic",
                "period", "status", "venue", "date"):
        v = f.get(key)
        if v not in (None, "", False):
            words.append(f"{key} {v}" if key in ("since", "count") else str(v))
    for key in ("value", "price", "price_per_share", "amount", "proceeds", "total"):
        m = _money(f.get(key))
        if m:
            words.append(m)
    for key in ("change_pct", "change", "level", "stake_pct"):
        if f.get(key) is not None:
            words.append(f"{key.replace('_', ' ')} {_num(f[key], sign=key in ('change_pct', 'change'))}")
    return ", ".join(w for w in words if w)


VERDICT_COLOURS = {"supported": "#b7eb8f", "contradicted": "#ff9c8f", "unchecked": "#e4e4e4"}
_CLAIMS = ("move", "streak", "record")  # the kinds verify holds against prices


def render_html(text: str, result: dict[str, Any], verdicts: bool = True) -> str:
    """``text`` with the facts and checks of ``result`` (a ``Doc.to_dict()``)
    marked. Where the checks hold the article's claims against prices
    (``market_data``), moves, streaks and records are coloured by verdict:
    supported, contradicted, unchecked; a claim with no prices is unchecked,
    not a finding. Sentiment toward an entity is a faint underline."""
    all_checks = list(result.get("checks") or ())
    verdict_of: dict[tuple[int, int], str] = {}
    for c in all_checks:
        if c.get("kind") == "market_data":
            v = str(c.get("verdict") or "")
            verdict_of[_clip(c.get("span"), len(text))] = v if v in VERDICT_COLOURS else "unchecked"
    by_verdict = verdicts and bool(verdict_of)
    facts = [(i, f) for i, f in enumerate(result.get("facts") or ()) if f.get("kind") != "sentiment"]
    moods = [f for f in result.get("facts") or () if f.get("kind") == "sentiment" and f.get("subject")]
    # a check on prices is drawn as the claim's colour, not as a finding; the rest underline their words
    checks = [(i, c) for i, c in enumerate(all_checks) if c.get("kind") != "market_data"]
    n = len(text)
    spans: list[tuple[int, int, str, int]] = []
    for i, f in facts:
        a, b = _clip(f.get("span"), n)
        if a < b:
            spans.append((a, b, "f", i))
    for i, c in checks:
        a, b = _clip(c.get("span"), n)
        if a < b:
            spans.append((a, b, "c", i))
    mood_spans = []
    for f in moods:
        sc = f.get("score") or 0.0
        if abs(sc) >= 0.15:
            for sp in f.get("spans") or [f.get("span")]:
                a, b = _clip(sp, n)
                mood_spans.append((a, b, "pos" if sc > 0 else "neg", f"{_name(f.get('subject'))}: {f.get('label')} "
                                                                      f"{sc:+.2f}"))
    cuts = sorted({0, n, *(a for a, _, _, _ in spans), *(b for _, b, _, _ in spans),
                   *(a for a, _, _, _ in mood_spans), *(b for _, b, _, _ in mood_spans)})
    fl = result.get("facts") or []
    cl = all_checks
    out: list[str] = []
    ends: dict[int, list[int]] = {}
    for _a, b, t, i in spans:
        if t == "f":
            ends.setdefault(b, []).append(i)
    used: set[str] = set()

    def colour_of(f: dict[str, Any]) -> tuple[str, str]:
        if by_verdict and f.get("kind") in _CLAIMS:
            v = verdict_of.get(_clip(f.get("span"), n), "unchecked")
            used.add("v:" + v)
            return VERDICT_COLOURS[v], v
        used.add(str(f.get("kind")))
        return COLOURS.get(str(f.get("kind")), "#eee"), ""

    for x in range(len(cuts) - 1):
        a, b = cuts[x], cuts[x + 1]
        piece = html.escape(text[a:b])
        cover = [s for s in spans if s[0] <= a and b <= s[1]]
        fcover = sorted((s for s in cover if s[2] == "f"), key=lambda s: s[1] - s[0])
        ccover = [s for s in cover if s[2] == "c"]
        if cover:
            ref = fcover[0] if fcover else ccover[0]
            obj = fl[ref[3]] if ref[2] == "f" else cl[ref[3]]
            kind = str(obj.get("kind"))
            colour, verdict = colour_of(obj) if ref[2] == "f" else ("transparent", "")
            words = card(obj) if ref[2] == "f" else str(obj.get("finding") or "")
            if verdict:
                words += f", {verdict}"
            if ccover and ref[2] == "f":
                words += " | check: " + str(cl[ccover[0][3]].get("finding") or "")
            cls = "mf-fact" + (" mf-check" if ccover else "") + (f" mf-{verdict}" if verdict else "")
            data = f' data-ref="{ref[2]}{ref[3]}"' + (f' data-check="c{ccover[0][3]}"' if ccover else "")
            piece = (f'<mark class="{cls}" tabindex="0" style="background:{colour}" title="{html.escape(words)}" '
                     f'data-card="{html.escape(words)}" data-kind="{html.escape(kind)}" '
                     f'aria-label="{html.escape(kind + ": " + words)}"{data}>{piece}</mark>')
        mood = next((m for m in mood_spans if m[0] <= a and b <= m[1]), None)
        if mood is not None:
            used.add("mood")
            piece = f'<span class="mf-mood mf-{mood[2]}" title="{html.escape(mood[3])}">{piece}</span>'
        out.append(piece)
        for i in ends.get(b, ()):
            out.append(f'<span class="mf-chip" aria-hidden="true">{html.escape(str(fl[i].get("kind")))}</span>')
    legend = "".join(f'<span style="background:{c}">{k}</span>' for k, c in COLOURS.items() if k in used)
    legend += "".join(f'<span style="background:{c}">{v}</span>' for v, c in VERDICT_COLOURS.items()
                      if "v:" + v in used)
    if checks:
        legend += '<span style="text-decoration:underline wavy #c0392b">check</span>'
    if "mood" in used:
        legend += '<span class="mf-mood mf-pos">sentiment</span>'
    summary = (f'{len([f for _, f in facts if f.get("kind") == "move"])} moves, '
               f'{len([f for _, f in facts if f.get("kind") != "move"])} events, {len(checks)} checks')
    if by_verdict:
        counts = {v: sum(1 for x in verdict_of.values() if x == v) for v in VERDICT_COLOURS}
        summary += f"; against prices: {counts['supported']} supported, {counts['contradicted']} contradicted, " \
                   f"{counts['unchecked']} unchecked"
    return (f'<div class="mf-view"><style>{_STYLE}</style><div class="mf-legend">{legend}</div>'
            f'<div class="mf-doc">{"".join(out)}</div><div class="mf-card">{html.escape(summary)}</div></div>')


def _clip(span: Any, n: int) -> tuple[int, int]:
    try:
        a, b = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return 0, 0
    return max(0, min(a, n)), max(0, min(b, n))


def render(doc_or_docs: Any, jupyter: bool | None = None) -> str | None:
    """displaCy's ``render``: the HTML of one ``Doc`` or several; in a notebook
    (or with ``jupyter=True``) it is displayed and nothing is returned."""
    docs = doc_or_docs if isinstance(doc_or_docs, (list, tuple)) else [doc_or_docs]
    page = "".join(render_html(d.text, d.to_dict()) for d in docs)
    if jupyter is None:
        try:
            from IPython import get_ipython  # type: ignore[import-not-found,unused-ignore]

            jupyter = get_ipython() is not None
        except ImportError:
            jupyter = False
    if jupyter:
        from IPython.display import HTML, display  # type: ignore[import-not-found,unused-ignore]

        display(HTML(page))
        return None
    return page
