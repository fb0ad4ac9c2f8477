"""Every rule file carries its examples; this walks them (Duckling's corpus
and negative corpus): a rule without passing examples fails the suite."""

from __future__ import annotations

import pytest

from marketfacts.moves import find_cues
from marketfacts.names import derive_aliases
from marketfacts.quantities import find_quantities
from marketfacts.rule_files import load as _rules

MONEY = _rules("money.toml")
NAMES = _rules("names.toml")
MOTION = _rules("motion.toml")


def test_every_rule_file_has_examples() -> None:
    for rules in (MONEY, NAMES, MOTION):
        assert rules.get("examples"), "a rule file without examples"


@pytest.mark.parametrize("ex", MONEY["examples"], ids=lambda e: e["text"])
def test_money_examples(ex: dict) -> None:
    got = [(round(q.value, 6), q.currency) for q in find_quantities(ex["text"], dollar=ex.get("dollar", "USD"))
           if q.kind == "money"]
    assert got == [(round(v, 6), c) for v, c in ex["values"]]


@pytest.mark.parametrize("ex", MONEY["negative"], ids=lambda e: e["text"])
def test_money_negative_examples(ex: dict) -> None:
    assert [q for q in find_quantities(ex["text"]) if q.kind == "money"] == []


@pytest.mark.parametrize("ex", NAMES["examples"], ids=lambda e: e["name"])
def test_name_examples(ex: dict) -> None:
    aliases = derive_aliases(ex["name"])
    for a in ex["aliases"]:
        assert a in aliases
    for a in ex.get("not_aliases", []):
        assert a not in aliases


@pytest.mark.parametrize("ex", MOTION["examples"], ids=lambda e: e["text"])
def test_motion_examples(ex: dict) -> None:
    cues = [c for c in find_cues(ex["text"], 0, len(ex["text"])) if c.direction]
    assert cues and cues[-1].direction == ex["direction"]


SENTIMENT = _rules("sentiment.toml")


@pytest.mark.parametrize("ex", SENTIMENT["examples"], ids=lambda e: e["text"])
def test_sentiment_examples(ex: dict) -> None:
    from marketfacts.sentiment import model

    assert model().score(ex["text"])[1] == ex["label"]


@pytest.mark.parametrize("group,word", [(g, w) for g, ws in SENTIMENT["groups"].items() for w in ws])
def test_sentiment_group_words(group: str, word: str) -> None:
    """Each word of a group is read as that group's cue (none shadowed by an
    earlier group's stem), a stem with any ending."""
    from marketfacts.sentiment import _TOKEN, word_groups

    for text in ([word[:-1], word[:-1] + "ed", word[:-1] + "s"] if word.endswith("*") else [word]):
        toks = _TOKEN.findall(f"the {text} today")
        assert word_groups().find(toks) == [(1, len(toks) - 1, group)], text


@pytest.mark.parametrize("text", ["the mission is on", "ordinary shares were issued", "a signal from the dealer"])
def test_sentiment_groups_whole_words(text: str) -> None:
    """A stem or word does not fire inside another word."""
    from marketfacts.sentiment import _TOKEN, word_groups

    assert word_groups().find(_TOKEN.findall(text)) == []


@pytest.mark.parametrize("text,direction", [
    ("operating profit rose to eur 4.2 mn from eur 3.9 mn", 1),
    ("net sales were eur 62.1 mn (eur 70.5 mn)", -1),
    ("sales fell from eur 12 mn in 2020 to eur 9 mn", -1),
    ("profit was 1.2 bn compared with 900 mn", 1),
])
def test_comparisons(text: str, direction: int) -> None:
    from marketfacts.sentiment import comparisons

    assert [d for _, d in comparisons(text)] == [direction]


@pytest.mark.parametrize("text", [
    "sales in 2021 (2020) were stable",  # years, not figures
    "the order is worth eur 50 mn (usd 2 bn)",  # one figure in two currencies
    "net sales totalled eur 52 mn",
])
def test_no_comparisons(text: str) -> None:
    from marketfacts.sentiment import comparisons

    assert comparisons(text) == []


EPOCHS = _rules("epochs.toml")


@pytest.mark.parametrize("ex", EPOCHS["examples"], ids=lambda e: e["text"])
def test_epoch_examples(ex: dict) -> None:
    import marketfacts

    doc = marketfacts.read(ex["text"], date="2024-06-12", raise_errors=True)
    assert [f.get("since") for f in doc.facts if f.kind == "record"] == [ex["since"]]


COUNTRY_NAMES = _rules("country_names.toml")


@pytest.mark.parametrize("ex", COUNTRY_NAMES["examples"], ids=lambda e: e["text"])
def test_country_examples(ex: dict) -> None:
    from marketfacts.events.countries import country_in

    got = country_in(ex["text"], 0, len(ex["text"]))
    assert got is not None and got.name == ex["country"]


@pytest.mark.parametrize("ex", COUNTRY_NAMES["negative"], ids=lambda e: e["text"])
def test_country_negative_examples(ex: dict) -> None:
    from marketfacts.events.countries import country_in

    assert country_in(ex["text"], 0, len(ex["text"])) is None


@pytest.mark.parametrize("ex", COUNTRY_NAMES["agency_examples"], ids=lambda e: e["text"])
def test_agency_examples(ex: dict) -> None:
    """An agency of one country names it; the indicator it publishes is that country's."""
    import marketfacts
    from marketfacts.events.countries import agency_country, country_in

    assert country_in(ex["text"], 0, len(ex["text"])) is None
    got = agency_country(ex["text"], 0, len(ex["text"]))
    assert got is not None and got.name == ex["country"]
    doc = marketfacts.read(ex["text"], date="1987-06-12", raise_errors=True)
    assert [f.get("subject").name for f in doc.facts if f.kind == "indicator"] == [ex["country"]]


@pytest.mark.parametrize("ex", COUNTRY_NAMES["agency_negative"], ids=lambda e: e["text"])
def test_agency_negative_examples(ex: dict) -> None:
    from marketfacts.events.countries import agency_country

    assert agency_country(ex["text"], 0, len(ex["text"])) is None


def test_country_table_is_the_generated_one_with_its_licence() -> None:
    """countries.toml is built by scripts/build_countries.py from mledoze/countries
    (ODbL 1.0): its header says so, every row has the shape the builder writes,
    and every curated code names a country of the table."""
    from importlib import resources

    raw = resources.files("marketfacts").joinpath("rules/countries.toml").read_text("utf-8")
    assert "GENERATED by scripts/build_countries.py" in raw and "Open Database License 1.0" in raw
    table = _rules("countries.toml")["countries"]
    assert len(table) > 200
    for code, c in table.items():
        assert len(code) == 2 and code.isupper()
        assert c["name"] in c["names"] and isinstance(c["demonyms"], list)
    for section in ("names", "demonyms"):
        assert set(COUNTRY_NAMES[section]) <= set(table)


MAGNITUDES = _rules("magnitudes.toml")


def _magnitude_checks(text: str) -> list[str]:
    import marketfacts

    return [c.finding for c in marketfacts.read(text, date="2024-06-12").checks if c.kind == "magnitude"]


@pytest.mark.parametrize("ex", MAGNITUDES["examples"], ids=lambda e: e["text"][:60])
def test_magnitude_examples(ex: dict) -> None:
    assert _magnitude_checks(ex["text"]), ex["text"]


@pytest.mark.parametrize("ex", MAGNITUDES["negatives"], ids=lambda e: e["text"][:60])
def test_magnitude_negative_examples(ex: dict) -> None:
    assert _magnitude_checks(ex["text"]) == []


INDICATORS = _rules("indicators.toml")


@pytest.mark.parametrize("row,text", [(r["name"], t) for r in INDICATORS["indicator"] for t in r["examples"]])
def test_indicator_examples(row: str, text: str) -> None:
    from marketfacts.events.indicators import _INDICATORS
    from marketfacts.text import labelled_spans

    assert row in [name for _, _, name in labelled_spans(_INDICATORS, text, 0, len(text))]


@pytest.mark.parametrize("row,text", [(r["name"], t) for r in INDICATORS["indicator"] for t in r["examples"]])
def test_indicator_examples_pass_the_events_gate(row: str, text: str) -> None:
    # the runner tries the indicator reader only on sentences with one of its gate's words
    import re

    from marketfacts.events.runner import _G_IND_PHRASES, _G_INDICATOR, _G_MONEY
    words = set(re.findall(r"[a-z][a-z-]*", text.lower()))
    words |= {p for w in words if "-" in w for p in w.split("-")}
    # (a money aggregate is no word of letters, nor is a phrase whose words are too common alone: the gate
    # looks for them in the text)
    assert not words.isdisjoint(_G_INDICATOR) or any(p in text.lower() for p in _G_MONEY + _G_IND_PHRASES), row


@pytest.mark.parametrize("row,text", [(r["name"], t) for r in INDICATORS["indicator"] for t in r.get("negatives", [])])
def test_indicator_negatives(row: str, text: str) -> None:
    from marketfacts.events.indicators import _INDICATORS
    from marketfacts.text import labelled_spans

    assert row not in [name for _, _, name in labelled_spans(_INDICATORS, text, 0, len(text))]


def test_indicator_lists_name_rows_that_exist() -> None:
    names = {r["name"] for r in INDICATORS["indicator"]}
    assert set(INDICATORS["level_rates"]) <= names and set(INDICATORS["weekly"]) <= names
    assert all(r["examples"] for r in INDICATORS["indicator"])


@pytest.mark.parametrize("row", INDICATORS["indicator"], ids=lambda r: r["name"])
def test_indicator_examples_hold_a_needed_word(row: dict) -> None:
    # a row is tried only where one of its `needs` is: every example must hold one
    for text in row["examples"]:
        assert any(w in text.lower() for w in row["needs"]), text
