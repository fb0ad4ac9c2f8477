"""The shape the brief asks of the code: modules small enough to hold in one's
head, and a reader core that needs nothing outside the standard library (so
that mypyc can compile it)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "marketfacts"
MAX_LINES = 1000


def _compiled_modules() -> list[Path]:
    """The modules setup.py compiles: the reader's core."""
    setup = (SRC.parent.parent / "setup.py").read_text()
    m = re.search(r"COMPILED = \[(.*?)\]", setup, re.S)
    assert m is not None
    out: list[Path] = []
    for name in re.findall(r'"([^"]+)"', m.group(1)):
        out.extend(sorted(SRC.glob(name + ".py")))
    return out


def test_no_module_grows_past_a_thousand_lines() -> None:
    big = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, f"split these by dimension: {big}"


def test_every_reader_module_is_compiled() -> None:
    """A module the core imports at its top is in setup.py's list (a new module left out runs uncompiled,
    slower; an import inside a function, for display, is not the reader's path)."""
    compiled = {p.resolve() for p in _compiled_modules()}
    assert len(compiled) > 20
    for p in compiled:
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level > 0 and node.module:
                base = p.parent
                for _ in range(node.level - 1):
                    base = base.parent
                target = base.joinpath(*node.module.split("."))
                mod = target.with_suffix(".py")
                if mod.exists():
                    assert mod.resolve() in compiled, f"{p.name} imports {mod.relative_to(SRC)}, which is not compiled"


def test_the_reader_core_needs_only_the_standard_library() -> None:
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for p in _compiled_modules():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module else []
            for name in names:
                top = name.split(".")[0]
                assert top in stdlib or top == "marketfacts", f"{p.relative_to(SRC)} imports {name}"
