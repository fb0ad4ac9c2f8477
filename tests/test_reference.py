"""The bundled reference data is what the build script makes from ../shared."""

from __future__ import annotations

import importlib.util
from importlib import resources
from pathlib import Path

from .conftest import ROOT, shared_path


def test_regenerating_gives_the_same_file() -> None:
    ref = shared_path("reference")
    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "scripts" / "build_reference.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = mod.build(ref)
    bundled = resources.files("marketfacts").joinpath("data/instruments.tsv.gz").read_bytes()
    assert built == bundled, "run `make reference` and commit the result"
    words = mod.common_words(ref.parent / "datasets")
    assert words == resources.files("marketfacts").joinpath("data/common_words.txt").read_text("utf-8")


def test_licence_notices_are_shipped() -> None:
    notices = resources.files("marketfacts").joinpath("data/NOTICE.md").read_text("utf-8")
    for name in ("FinanceDatabase", "pytickersymbols", "S&P 500", "SEntFiN"):
        assert name in notices
    assert Path(ROOT / "LICENSE").exists()
