"""Every rule file carries its examples; this walks them (Duckling's corpus
and negative corpus): a rule without passing examples fails the suite."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from marketfacts.moves import find_cues
from marketfacts.names import derive_aliases
from marketfacts.quantities import find_quantities


def _rules(name: str) -> dict:
    return tomllib.loads(resources.files("marketfacts").joinpath(f"rules/{name}").read_text("utf-8"))


MONEY = _rules("money.toml")
NAMES = _rules("names.toml")
MOTION = _rules("motion.toml")


def test_every_rule_file_has_examples() -> None:
    for rules in (MONEY, NAMES, MOTION):
        assert rules.get("examples"), "a rule file without examples"


@pytest.mark.parametrize("ex", MONEY["examples"], ids=lambda e: e["text"])
def test_money_examples(ex: dict) -> None:
    got = [(round(q.value, 6), q.currency) for q in find_quantities(ex["text"]) if q.kind == "money"]
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
