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


def test_every_store_column_is_documented() -> None:
    from marketfacts.store import SCHEMA

    doc = (ROOT / "docs" / "store.md").read_text("utf-8")
    for table, body in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", SCHEMA, re.S):
        assert f"## `{table}`" in doc, table
        section = doc.split(f"## `{table}`", 1)[1].split("\n## ", 1)[0]
        for line in body.strip().splitlines():
            col = line.strip().split()[0].strip('"')
            if col != "PRIMARY":
                assert f"| `{col}` |" in section, (table, col)
