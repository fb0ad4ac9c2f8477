"""The build backend: setuptools', asking for mypy only when it will compile.

A wheel (``pip install .``) is compiled with mypyc unless
``MARKETFACTS_COMPILE=0``; an editable install (``pip install -e .``, what
``make test`` uses) is pure Python and needs no mypy. setup.py falls back to
the pure build where compiling fails.
"""

from __future__ import annotations

import os

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - the rest of the PEP 517 hooks unchanged


def compiling() -> bool:
    return os.environ.get("MARKETFACTS_COMPILE", "1") != "0"


def get_requires_for_build_wheel(config_settings=None):  # type: ignore[no-untyped-def]
    extra = ["mypy>=1.10"] if compiling() else []
    return [*_setuptools.get_requires_for_build_wheel(config_settings), *extra]
