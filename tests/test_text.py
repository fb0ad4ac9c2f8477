"""Sentence ends and word scanning: examples that pin what the fast
patterns must keep doing."""

from __future__ import annotations

import pytest

from marketfacts.entities import find_entities
from marketfacts.text import sentences


def _split(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose. The index fell.", ["Shares rose.", "The index fell."]),
        ('He said "sales will grow." Profit rose 3%.', ['He said "sales will grow."', "Profit rose 3%."]),
        ("Acme Corp. said sales rose.", ["Acme Corp. said sales rose."]),
        ("The U.S. market rose.", ["The U.S. market rose."]),
        ("Trading opened at 9 a.m. Monday and closed higher.", ["Trading opened at 9 a.m. Monday and closed higher."]),
        ("Headline here\nBody starts. Then more!", ["Headline here", "Body starts.", "Then more!"]),
        ("Is it up? Yes, 2 pct.", ["Is it up?", "Yes, 2 pct."]),
        # a short wire item wrapped mid-sentence: a line going on in lower case goes on with the sentence
        ("Acme said it raised its\nprime rate to 8 pct.\nIt is the first.", ["Acme said it raised its\nprime rate to 8 pct.",
                                                                          "It is the first."]),
        # a short wire item whose lines mostly end mid-sentence is wrapped, even where a line goes on in capitals
        ("Zeta Bank NA of Pittsburgh and\nVelmar Bank of Dallas have both raised their prime lending\n"
         "rates to 7-3/4 pct from 7-1/2, effective immediately.\n Reuter",
         ["Zeta Bank NA of Pittsburgh and\nVelmar Bank of Dallas have both raised their prime lending\n"
          "rates to 7-3/4 pct from 7-1/2, effective immediately.", "Reuter"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_wrapped_text_joins_lines() -> None:
    line = "the company said its quarterly sales of widgets rose sharply and"
    text = "\n".join([line] * 5) + " ended.\n    A new paragraph starts here with more words in it.\n"
    parts = _split(text)
    assert len(parts) == 2
    assert parts[1].startswith("A new paragraph")


def test_word_run_into_a_name_is_cut() -> None:
    text = "Shares of the billionaireZebulon Widgets rose."
    names = [text[e.start:e.end] for e in find_entities(text, 0, len(text), None)]
    assert "Zebulon Widgets" in names
    assert not any(n.startswith("billionaire") for n in names)


def test_a_run_without_stops_is_read_in_pieces() -> None:
    # a hostile or scraped run of text: no piece longer than MAX_SENTENCE,
    # cut at a clause or a word, nothing lost between the pieces
    from marketfacts.text import MAX_SENTENCE, sentences

    text = "Tencent rose 2% to HK$300, " * 400
    spans = sentences(text)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE for a, b in spans)
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")
    assert all(text[b - 1] == "," for a, b in spans[:-1])
    assert sentences("Tencent rose 2%. Sony fell 1%.") == [(0, 16), (17, 30)]


@pytest.mark.parametrize("raw,kept", [
    ("<Brierley Investments Ltd> said on Friday", "Brierley Investments Ltd"),
    ("<The Australian Gas Light Co> (AGL) said", "The Australian Gas Light Co"),
    ("shares of <Bank of Montreal> rose", "Bank of Montreal"),
])
def test_a_wire_mark_of_a_name_keeps_the_name(raw: str, kept: str) -> None:
    from marketfacts.entities import find_entities
    from marketfacts.text import clean

    out = clean(raw)
    assert out == raw  # a wire's mark of a name is text, not markup: it stays for the entity reader
    assert kept in [e.name for e in find_entities(out, 0, len(out), None)]


@pytest.mark.parametrize("raw", ['<a href="x">Sony</a> rose', "<DIV class=x>Sony</DIV>", "<B>Sony</B>"])
def test_markup_is_still_blanked(raw: str) -> None:
    from marketfacts.text import clean

    out = clean(raw)
    assert len(out) == len(raw) and "href" not in out and "class" not in out and "Sony" in out


def test_a_name_in_brackets_after_the_name_is_its_short_form() -> None:
    import marketfacts

    d = marketfacts.read("<Corlan Holdings Ltd> (CHL) launched a full takeover bid for <Vessel Foods Ltd> at "
                         "4.35 dlrs a share.", date="1987-03-27")
    (ev,) = [e for e in d.events if e.kind == "tender_offer"]
    assert ev.get("acquirer").name.startswith("Corlan Holdings") and ev.get("target").name.startswith("Vessel Foods")
