"""Docs checked by tests: every CLI command and every fact kind documented."""

from __future__ import annotations

import re

from marketfacts.cli import main
from marketfacts.events import EVENT_KINDS

from .conftest import ROOT


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in main.commands:
        assert f"marketfacts {name}" in readme, name
    assert readme.splitlines()[0].startswith("# marketfacts")
    assert "make demo" in readme and "make test" in readme


def test_every_kind_is_documented() -> None:
    doc = (ROOT / "docs" / "facts.md").read_text("utf-8")
    for kind in ("move", "sentiment", *EVENT_KINDS):
        assert re.search(rf"`{kind}`", doc), kind
