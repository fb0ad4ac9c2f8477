"""Build hook: a wheel's reader core is compiled to C with mypyc (about 1.5
times faster; the output is the same). ``MARKETFACTS_COMPILE=0`` asks for the
pure build; editable installs are always pure; where compiling is not
possible (no C compiler, no mypy) the pure build is what gets installed.

The metadata lives in pyproject.toml; this file only adds the extensions.
"""

import glob
import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the reader's hot path: standard library only, and mypy-clean
COMPILED = ["text", "dates", "quantities", "name_context", "entities", "sector_groups", "pattern_names", "mention", "tickers_in_text", "cues", "figure_roles", "clause_subject", "anaphora", "named_markets", "move_money", "move_time", "moves", "not_traded", "merge",
            "checks/*", "pipeline", "sentiment", "model", "reference", "names", "rule_files", "listings", "events/*"]


class OptionalBuildExt(build_ext):
    """Build the compiled modules if the machine can; else leave the pure package."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as err:  # noqa: BLE001 - any compiler failure falls back to pure Python
            print(f"marketfacts: compiling failed ({err}); installing the pure-Python build", file=sys.stderr)
            self.extensions = []

    def build_extension(self, ext) -> None:  # type: ignore[no-untyped-def]
        try:
            super().build_extension(ext)
        except Exception as err:  # noqa: BLE001
            print(f"marketfacts: cannot compile {ext.name} ({err}); it stays pure Python", file=sys.stderr)


editable = any(cmd in sys.argv for cmd in ("editable_wheel", "develop"))
ext_modules = []
if os.environ.get("MARKETFACTS_COMPILE", "1") != "0" and not editable:
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("marketfacts: mypy is not installed; installing the pure-Python build", file=sys.stderr)
    else:
        ext_modules = mypycify(
            ["--ignore-missing-imports"] + sorted(p for m in COMPILED for p in glob.glob(f"src/marketfacts/{m}.py")),
            opt_level=os.environ.get("MYPYC_OPT_LEVEL", "3"),
        )

setup(ext_modules=ext_modules, cmdclass={"build_ext": OptionalBuildExt})
