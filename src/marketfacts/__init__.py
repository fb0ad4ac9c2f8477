"""marketfacts: read financial market news into structured, checked facts.

    >>> import marketfacts
    >>> doc = marketfacts.read("The Nikkei 225 rose 1.2 per cent to 33,000.5.", date="2024-05-02")
    >>> [(m.subject.name, m.change_pct, m.level) for m in doc.moves]
    [('Nikkei 225', 1.2, 33000.5)]
"""

from . import pipeline as _pipeline
from .frames import articles, pipe, to_arrow, to_pandas
from .model import Check, Doc, Entity, Event, Money, Move, Span
from .pipeline import read
from .render import render

__version__ = "0.2.0"
# True when the reader's core was compiled with mypyc (an install built with
# MARKETFACTS_COMPILE=1); the output is the same either way
COMPILED: bool = not (_pipeline.__file__ or "").endswith(".py")
__all__ = ["read", "pipe", "articles", "to_arrow", "to_pandas", "render", "Doc", "Move", "Event", "Check", "Entity", "Money", "Span", "COMPILED", "__version__"]
