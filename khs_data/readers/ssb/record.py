"""SSB's table 07459 (population by region and year), one figure at a time, as SSB wrote it;
and SSB's notation that every shape of the table shares: region labels («3201 Bærum»,
«K-3201 Bærum», «0 Hele landet»), years, and the symbols for a figure SSB does not give."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# "3201 Bærum", "K-3201 Bærum", "0 Hele landet"; the name starts with a letter, so a number with
# a thousands space ("91 712") is not a region.
REGION = re.compile(r"^(?:[KF]-)?(\d{1,4}) [^\d\s]")
YEAR = re.compile(r"^\d{4}$")
# SSB's symbols where a figure would stand: «..» missing, «...» not yet available, «.» not
# applicable, «:» confidential, «-» nil; «…» is «...» after Excel's autocorrect.
SYMBOLS = frozenset({"..", "...", ".", ":", "-", "…"})


@dataclass(slots=True)  # slots: an all-Norway download can give a million records
class SsbRecord:
    region_code: str | None  # "3201" (also from "K-3201"), "3024", "0", "32"; None if no code
    region_label: str  # the region cell exactly as written
    year: int
    value: str | None  # raw text: "130921", "..", ".", ":"; None if empty
    row: int | None  # row as the user sees it (None for JSON-stat)
    column: str  # header of the value cell
    sheet: str | None


@functools.lru_cache(maxsize=4096)  # the same few hundred region labels repeat on every row
def region_code(label: str) -> str | None:
    match = REGION.match(label)
    return match.group(1) if match else None
