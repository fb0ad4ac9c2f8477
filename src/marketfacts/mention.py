"""A named thing found in a sentence, with its place in the text and what it
was linked to. Its own module so that the readers that use mentions need
not import the entity finder."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class EntityMention:
    start: int
    end: int
    name: str
    id: str | None
    type: str  # stock, index, company, currency, commodity, bond, market, sector, anaphor, place
    rule: str
    country: str | None = None
    mic: str | None = None
    currency: str | None = None  # for currencies: the ISO code; for instruments: trading currency
    unit: str | None = None
    market: str | None = None
    plural: bool = False

    @property
    def is_subject(self) -> bool:
        return self.type not in ("place", "person", "authority")
