"""The library's stream API and notebook view: pipe(), Doc's repr and HTML,
Doc.from_dict. Examples are our own sentences."""

from __future__ import annotations

import pytest

import marketfacts
from marketfacts.corpus import Article, read_articles

from .conftest import shared_path

TEXTS = [
    "Tencent rose 2.7 per cent to HK$349.20 on Thursday.",
    "The Nikkei 225 fell 1.1 per cent to 33,000.5 as exporters slid.",
    "Sony gained 3 per cent after it raised its full-year forecast.",
]


def test_pipe_takes_strings_dicts_and_tuples_in_order() -> None:
    docs = list(marketfacts.pipe(TEXTS))
    assert [d.text for d in docs] == TEXTS and all(isinstance(d, marketfacts.Doc) for d in docs)
    items = [{"id": f"a{i}", "date": "2024-05-02", "text": t} for i, t in enumerate(TEXTS)]
    docs = list(marketfacts.pipe(items))
    assert [d.id for d in docs] == ["a0", "a1", "a2"] and all(d.date == "2024-05-02" for d in docs)
    pairs = list(marketfacts.pipe([(t, {"n": i}) for i, t in enumerate(TEXTS)], as_tuples=True))
    assert [c["n"] for _, c in pairs] == [0, 1, 2] and pairs[0][0].moves[0].subject.id == "0700.HK"


def test_pipe_options_and_bad_items() -> None:
    (doc,) = marketfacts.pipe([TEXTS[0]], sentiment=False, events=False)
    assert all(f.kind == "move" for f in doc.facts)
    with pytest.raises(TypeError, match="MF070"):
        list(marketfacts.pipe([42]))
    assert list(marketfacts.pipe([])) == []


def test_pipe_gives_the_same_docs_with_several_processes() -> None:
    items = [{"id": str(i), "date": "2024-05-02", "text": t} for i, t in enumerate(TEXTS * 12)]
    one = [d.to_dict() for d in marketfacts.pipe(items)]
    two = list(marketfacts.pipe([(x, x["id"]) for x in items], n_process=2, batch_size=5, as_tuples=True))
    assert [d.to_dict() for d, _ in two] == one
    assert [c for _, c in two] == [x["id"] for x in items]
    assert [d.text for d, _ in two] == [x["text"] for x in items]


def test_pipe_on_a_shared_corpus_same_with_two_processes() -> None:
    path = str(shared_path("corpus", "dev", "articles.jsonl"))
    one = [d.to_dict() for d in marketfacts.pipe(marketfacts.articles(path))]
    two = [d.to_dict() for d in marketfacts.pipe(marketfacts.articles(path), n_process=2, batch_size=4)]
    assert one == two and len(one) == 30


def test_articles_warns_on_a_bad_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": "1", "text": "Sony fell 1 per cent."}\n{not json\n', encoding="utf-8")
    with pytest.warns(UserWarning, match=r"c.jsonl:2: \[MF020\]"):
        arts = list(marketfacts.articles(str(p)))
    assert [a.id for a in arts] == ["1"]


def test_short_repr_and_html() -> None:
    doc = marketfacts.read("Tencent <b>rose</b> 2.7 per cent to HK$349.20 & more.", date="2023-07-13", id="x1")
    assert repr(doc).startswith("<Doc id='x1' 1 moves,") and len(repr(doc)) < 80
    page = doc._repr_html_()
    assert "<b>" not in page and "&lt;b&gt;" in page  # the text is escaped
    assert 'class="mf-fact"' in page and "mf-chip" in page and "mf-legend" in page
    assert 'title="Tencent Holdings 0700.HK +2.7% to HKD 349.2, day, 2023-07-13"' in page
    assert marketfacts.render([doc, doc], jupyter=False).count("mf-view") == 2


def test_from_dict_reloads_a_line() -> None:
    path = str(shared_path("corpus", "dev2", "articles.jsonl"))
    for a in read_articles(path):
        if isinstance(a, Article):
            doc = marketfacts.read(a.text, date=a.date, id=a.id)
            back = marketfacts.Doc.from_dict(doc.to_dict(), text=a.text)
            assert back.to_dict() == doc.to_dict()
            assert [m.subject.name for m in back.moves] == [m.subject.name for m in doc.moves]
