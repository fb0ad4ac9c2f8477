"""The rule files: word lists and patterns kept as data in ``rules/*.toml``
beside the code that reads them, each with its examples."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any


def load(name: str) -> dict[str, Any]:
    """The parsed rule file ``rules/<name>`` bundled with the package."""
    return tomllib.loads(resources.files("marketfacts").joinpath(f"rules/{name}").read_text("utf-8"))
