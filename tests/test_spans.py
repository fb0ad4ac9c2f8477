"""Every fact's span lies within the text and covers its evidence."""

from __future__ import annotations

import json

import marketfacts
from marketfacts.quantities import find_quantities

from .conftest import shared_path
from .test_moves import DATE

OWN = [
    "Tencent gained 1.8 per cent to HK$402.60 while Alibaba Group slipped 0.4 per cent.",
    "The yen weakened 0.6% to 157.20 per dollar. It also fell 0.2% against the euro.",
    "The Nikkei 225 fell 210.5 points, or 0.6%, to 38,100.25.",
]


def _check(text: str, date: str | None) -> int:
    doc = marketfacts.read(text, date=date)
    for f in doc.facts:
        s, e = f.span.start, f.span.end
        assert 0 <= s < e <= len(text)
        if f.kind == "move":
            m = f  # type: ignore[assignment]
            sub = m.subject
            # the subject's words and every figure lie inside the evidence
            assert s <= sub.start and sub.end <= e or sub.mention.lower() in ("it", "they") or \
                text[sub.start:sub.end] == sub.mention
            stated = {round(abs(q.value), 6) for q in find_quantities(text, s, e)}
            for v in (m.change_pct, m.level):
                if v is not None and v != 0:
                    assert round(abs(v), 6) in stated, (text[s:e], v)
    return len(doc.facts)


def test_own_sentences() -> None:
    assert sum(_check(t, DATE) for t in OWN) >= 4


def test_seed_and_dev_spans() -> None:
    seed = shared_path("seed", "000_aed213d12f714603.txt").read_text("utf-8")
    assert _check(seed, None) >= 15
    n = 0
    for line in shared_path("corpus", "dev", "articles.jsonl").read_text("utf-8").splitlines():
        a = json.loads(line)
        n += _check(a["text"], a["date"] or None)
    assert n > 100
