"""Sentiment of a text toward the entities it names: a small learned model
(multinomial logistic regression over words, word pairs and lexicon
features), trained here by ``scripts/train_sentiment.py`` on SEntFiN 1.0
(MIT) and sentences written for this project, shipped in the package.

Scoring is dictionary look-ups and sums: fast enough to run on every article.
"""

from __future__ import annotations

import bisect
import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from . import rule_files
from .cues import _cue_table
from .quantities import money_rules

LABELS = ("negative", "neutral", "positive")
_TOKEN = re.compile(r"[a-z][a-z'&-]*|\d+(?:[.,]\d+)*%?|%")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
_TOKEN_NUM = re.compile(r"<num>|[a-z][a-z'&-]*|%")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    raw = rule_files.load("sentiment.toml")
    return {k: frozenset(raw[k]) for k in ("positive", "negative", "bad_when_up")}


class _Groups:
    """The lexicon's word groups, read over tokens: a "*" word is a stem (any
    word that begins so), a word with spaces a phrase. Where entries of two
    groups fit one word, the group listed first wins."""

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self.names = list(groups)
        self.exact: dict[str, int] = {}
        self.stems: dict[str, int] = {}
        # phrases by their first word: (the words after it, last a stem?, group)
        self.phrases: dict[str, list[tuple[tuple[str, ...], bool, int]]] = {}
        for g, words in enumerate(groups.values()):
            for w in words:
                stem = w.endswith("*")
                parts = w.rstrip("*").split()
                if len(parts) > 1:
                    self.phrases.setdefault(parts[0], []).append((tuple(parts[1:]), stem, g))
                else:
                    (self.stems if stem else self.exact).setdefault(parts[0], g)
        for v in self.phrases.values():
            v.sort(key=lambda p: (p[2], -len(p[0])))
        self._stem_lens = sorted({len(k) for k in self.stems})
        self._memo: dict[str, int] = {}

    def word(self, t: str) -> int:
        """The group of a single word, -1 for none."""
        g = self._memo.get(t)
        if g is None:
            found = [self.exact[t]] if t in self.exact else []
            stems = self.stems
            found += [stems[t[:k]] for k in self._stem_lens if k <= len(t) and t[:k] in stems]
            g = min(found) if found else -1
            if len(self._memo) < 200_000:
                self._memo[t] = g
        return g

    def phrase_at(self, toks: list[str], i: int) -> tuple[int, int] | None:
        """(end token, group) of the phrase that starts at token ``i``, if any."""
        n = len(toks)
        for rest, stem, g in self.phrases.get(toks[i], ()):
            k = len(rest)
            if i + k < n and all(toks[i + 1 + j] == rest[j] for j in range(k - 1)) and (
                    toks[i + k].startswith(rest[-1]) if stem else toks[i + k] == rest[-1]):
                return i + k + 1, g
        return None

    def cue_at(self, toks: list[str], i: int, g1: int, phrase: bool) -> tuple[int, int] | None:
        """(end token, group) of the cue at token ``i``, whose own group is
        ``g1`` (-1 none): a phrase starting there wins unless the word's
        group is listed before the phrase's."""
        hit = self.phrase_at(toks, i) if phrase else None
        if hit is not None and (g1 < 0 or hit[1] <= g1):
            return hit
        return (i + 1, g1) if g1 >= 0 else None

    def find(self, toks: list[str]) -> list[tuple[int, int, str]]:
        """(first token, end token, group) of each cue in ``toks``, left to right."""
        out: list[tuple[int, int, str]] = []
        i, n = 0, len(toks)
        while i < n:
            cue = self.cue_at(toks, i, self.word(toks[i]), toks[i] in self.phrases)
            if cue is not None:
                out.append((i, cue[0], self.names[cue[1]]))
                i = cue[0]
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def word_groups() -> _Groups:
    return _Groups(rule_files.load("sentiment.toml")["groups"])


@lru_cache(maxsize=1)
def _motion() -> tuple[frozenset[str], frozenset[str]]:
    table = _cue_table()[1]
    up = frozenset(w for w, (k, d, _) in table.items() if d > 0 and k in ("verb", "noun"))
    down = frozenset(w for w, (k, d, _) in table.items() if d < 0 and k in ("verb", "noun"))
    return up, down


# a figure with its scale word: "EUR 13.1 mn", "$2bn", "4.5 %"
_CUR = r"eur|usd|sek|nok|dkk|gbp|chf|jpy|cny|rmb|inr|rs|rub|pln|[$\u20ac\u00a3]"
_NUM = r"(\d+(?:[.,]\d+)*)\s?(mn|m|million|bn|billion|k|thousand)?\b"
_FIG = r"(?:(" + _CUR + r")\.?\s?)?" + _NUM
_CUR_BEFORE = re.compile(r"(" + _CUR + r")\.?\s?\Z")
# A new figure beside an old one, in the orders reports write them: "to A
# from B", "from B to A", "A (B)", "A compared with B", "A, up from B". Each
# opens on a literal or a digit (so the scan skips ahead fast; the first
# figure's currency is read behind it) and comes with the words it cannot
# match without, a cheap test before the pattern.
_KEYS = r"(?:compared (?:with|to)|against|versus|vs\.?|up from|down from)"
_COMPARE = (
    (re.compile(r"to " + _FIG + r"\s*,?\s*(?:from|compared (?:with|to)|versus|vs\.?|against) " + _FIG), 0,
     ("from ", "compared ", "versus ", "vs", "against ")),
    (re.compile(r"from " + _FIG + r"\s*(?:in [^,;()]{0,40}?\s)?to " + _FIG), 1, ("from ",)),
    (re.compile(_NUM + r"\s*\(\s*" + _FIG + r"\s*\)"), 0, ("(",)),
    (re.compile(_NUM + r"[^,;()]{0,30}?,?\s*" + _KEYS + " " + _FIG), 0,
     ("compared ", "against ", "versus ", "vs", " from ")),
)
# The last opens on any number, and news is full of them: it is tried only
# in a window around each of its keywords.
_ANCHOR = re.compile(_KEYS + " ")
_ANY_DIGIT = re.compile(r"\d")


def _number(digits: str, scale: str | None) -> float | None:
    d = digits.replace(",", "") if digits.count(",") and "." not in digits and len(digits.split(",")[-1]) == 3 \
        else digits.replace(",", ".")
    try:
        return float(d) * (money_rules()["magnitude"][scale] if scale else 1.0)
    except ValueError:
        return None


def _anchored(pat: re.Pattern[str], low: str) -> list[re.Match[str]]:
    """The matches of ``pat`` that hold a keyword of ``_ANCHOR``, searched
    only from 45 characters before each keyword to 40 after it (each edge
    moved out of any figure it falls in), never overlapping."""
    out: list[re.Match[str]] = []
    last = 0
    n = len(low)
    for k in _ANCHOR.finditer(low):
        if k.start() < last:
            continue
        a = max(last, k.start() - 45)
        while a > last and (low[a - 1].isalnum() or low[a - 1] in ".,"):
            a -= 1
        b = min(n, k.end() + 40)
        while b < n and (low[b].isalnum() or low[b] in ".,"):
            b += 1
        m = pat.search(low, a, b)
        if m is not None and m.start() < k.start() and m.end() > k.end():
            out.append(m)
            last = m.end()
    return out


def comparisons(low: str) -> list[tuple[int, int]]:
    """Where a lower-cased text sets a new figure beside an old one: (position,
    +1 if the new is larger, -1 if smaller). "rose to EUR 13.1 mn from EUR 8.7
    mn" and "EUR 13.1 mn (EUR 8.7 mn)" both give +1."""
    out: list[tuple[int, int]] = []
    if _ANY_DIGIT.search(low) is None:
        return out
    for pat, old_first, needs in _COMPARE:
        if not any(w in low for w in needs):
            continue
        for m in (pat.finditer(low) if pat is not _COMPARE[-1][0] else _anchored(pat, low)):
            st = m.start()
            if st and low[st - 1].isalnum() and not low[st].isdigit():
                continue  # "into", "refrom": not the word
            if pat.groups == 5:  # opens on the number: its currency stands behind it
                a, sa, cb, b, sb = m.groups()
                cm = _CUR_BEFORE.search(low, max(0, st - 5), st)
                ca = cm.group(1) if cm else None
            else:
                ca, a, sa, cb, b, sb = m.groups()
            if ca and cb and ca != cb:
                continue  # "EUR 50 mn (USD 55 mn)": one figure in two currencies
            if bool(sa) != bool(sb):
                continue  # "1.2 (900 mn)": a scale on one side only leaves the comparison unclear
            x, y = _number(a, sa), _number(b, sb)
            if x is None or y is None or x == y:
                continue
            if not sa and 1900 <= x <= 2100 and 1900 <= y <= 2100 and x.is_integer() and y.is_integer():
                continue  # "in 2009 (2008)": years, not figures
            new, old = (y, x) if old_first else (x, y)
            out.append((st, 1 if new > old else -1))
    return out


# A word's cues: lexicon leaning, direction of motion, word group (-1 none),
# whether a phrase of a group may start at it. Most words have none.
_Cues = tuple[tuple[str, ...], int, int, bool]
_PLAIN: _Cues = ((), 0, -1, False)


@lru_cache(maxsize=1)
def _cue_memo() -> dict[str, _Cues]:
    return {}


def _token_cues(t: str) -> _Cues:
    lex = lexicon()
    up, down = _motion()
    wg = word_groups()
    info = ((("LEX+",) if t in lex["positive"] else ()) + (("LEX-",) if t in lex["negative"] else ()),
            1 if t in up else -1 if t in down else 0, wg.word(t), t in wg.phrases)
    return _PLAIN if info == _PLAIN else info


def features(text: str) -> list[str]:
    """Words, word pairs and lexicon features of a text."""
    low = text.lower()
    toks = _TOKEN_NUM.findall(_NUMBER.sub("<num>", low))  # a number is one token, "<num>"
    feats = list(toks)
    feats += map(" ".join, zip(toks, toks[1:], strict=False))
    bad_up = lexicon()["bad_when_up"]
    wg = word_groups()
    memo = _cue_memo()
    skip = 0
    for i, t in enumerate(toks):
        info = memo.get(t)
        if info is None:
            info = _token_cues(t)
            if len(memo) < 200_000:
                memo[t] = info
        if info is _PLAIN:
            continue
        lexf, move, g, phrase = info
        if lexf:
            feats += lexf
        if move:
            feats.append("MOVE" + _news(move, toks[max(0, i - 4):i], bad_up))
        if i >= skip:
            cue = wg.cue_at(toks, i, g, phrase)
            if cue is not None:
                feats.append("LEX:" + wg.names[cue[1]])
                skip = cue[0]
    for at, d in comparisons(low):
        feats.append("CMP" + _news(d, _TOKEN.findall(low[max(0, at - 60):at])[-6:], bad_up))
    return feats


def _news(direction: int, before: list[str], bad_up: frozenset[str]) -> str:
    """"+" or "-": a rise of a good thing is good news, of a bad thing (a
    metric named in the words ``before`` it, "losses rose") bad news."""
    bad = any(w in bad_up for w in before)
    return "+" if direction * (-1 if bad else 1) > 0 else "-"


@dataclass(frozen=True)
class Model:
    bias: tuple[float, float, float]
    weights: dict[str, tuple[float, float, float]]
    # one dict a class, so a text's sum is three look-ups mapped in C
    _cols: tuple[dict[str, float], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        cols = tuple({f: v[k] for f, v in self.weights.items()} for k in range(3))
        object.__setattr__(self, "_cols", cols)

    def proba(self, text: str, extra: list[str] | None = None) -> tuple[float, float, float]:
        feats = features(text)
        if extra:
            feats += extra
        fs = set(feats)  # each feature once, as in training
        w0, w1, w2 = self._cols
        z0 = self.bias[0] + sum(map(w0.get, fs, repeat(0.0)))
        z1 = self.bias[1] + sum(map(w1.get, fs, repeat(0.0)))
        z2 = self.bias[2] + sum(map(w2.get, fs, repeat(0.0)))
        m = max(z0, z1, z2)
        e0, e1, e2 = math.exp(z0 - m), math.exp(z1 - m), math.exp(z2 - m)
        s = e0 + e1 + e2
        return e0 / s, e1 / s, e2 / s

    def score(self, text: str, extra: list[str] | None = None) -> tuple[float, str]:
        """A score in [-1, 1] (positive minus negative probability) and a label."""
        p = self.proba(text, extra)
        label = LABELS[max(range(3), key=lambda i: p[i])]
        return round(p[2] - p[0], 4), label


@lru_cache(maxsize=1)
def model() -> Model:
    raw = resources.files("marketfacts").joinpath("data/sentiment_model.json.gz").read_bytes()
    d: dict[str, Any] = json.loads(gzip.decompress(raw))
    return Model(tuple(d["bias"]), {k: tuple(v) for k, v in d["weights"].items()})  # type: ignore[arg-type]


def sentiment_facts(doc: Any, text: str, sentences: list[tuple[int, int]]) -> list[Any]:
    """A sentiment fact for each entity the facts name (resting on the
    sentences of its facts, a stated rise or fall weighing in) and one for
    the article's overall tone (``subject`` null)."""
    from .model import Event, Span

    if not text.strip():
        return []
    m = model()
    starts = [s for s, _ in sentences]

    def sentence_of(pos: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(starts, pos) - 1
        return sentences[k] if k >= 0 and sentences[k][0] <= pos < sentences[k][1] else None

    cache: dict[tuple[int, int], float] = {}
    groups: dict[str, dict[str, Any]] = {}
    for f in doc.facts:
        subj = getattr(f, "subject", None) if f.kind == "move" else f.get("subject")
        if subj is None or not hasattr(subj, "name") or getattr(subj, "type", "") in ("country",):
            continue
        sent = sentence_of(f.span.start) or (f.span.start, f.span.end)
        if sent not in cache:
            cache[sent] = m.score(text[sent[0]:sent[1]])[0]
        score = cache[sent]
        if f.kind == "move" and f.change_pct:
            # a stated rise or fall is not neutral news for its subject
            score = max(-1.0, min(1.0, score + (0.35 if f.change_pct > 0 else -0.35)))
        key = subj.id or subj.name.lower()
        g = groups.setdefault(key, {"subject": subj, "scores": [], "spans": []})
        g["scores"].append(score)
        if list(sent) not in g["spans"]:
            g["spans"].append(list(sent))
    out = []
    for g in groups.values():
        sc = round(sum(g["scores"]) / len(g["scores"]), 4)
        label = "positive" if sc > 0.15 else "negative" if sc < -0.15 else "neutral"
        first = g["spans"][0]
        out.append(Event(kind="sentiment", span=Span(first[0], first[1]),
                         fields=(("subject", g["subject"]), ("score", sc), ("label", label),
                                 ("spans", [list(x) for x in g["spans"]])), rule="sentiment.model"))
    # the article's tone rests on its lede: the mean of the model's
    # probabilities over its first three sentences, each scored alone as the
    # model was trained (on sentences and headlines, not on paragraphs); the
    # label is the model's own answer on them (a one-sentence text gets
    # exactly the model's label), the score positive minus negative
    spans = [list(x) for x in sentences[:3]] or [[0, min(len(text), 1000)]]
    probs = [m.proba(text[a:min(b, a + 600)]) for a, b in spans]
    mean = [sum(p[k] for p in probs) / len(probs) for k in range(3)]
    sc = round(mean[2] - mean[0], 4)
    label = LABELS[max(range(3), key=lambda k: mean[k])]
    out.append(Event(kind="sentiment", span=Span(spans[0][0], spans[-1][1]),
                     fields=(("subject", None), ("score", sc), ("label", label), ("spans", spans)),
                     rule="sentiment.model"))
    return out
