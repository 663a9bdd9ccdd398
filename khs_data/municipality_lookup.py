"""Which member a cell means: «3201», «K-3201 Bærum», «3024 Bærum (2020-2023)», «Bærum kommune»."""

from __future__ import annotations

import re

import pandas as pd

from .parsing import is_empty, normalise_label

_CODE = re.compile(r"^\s*(?:K-)?(\d{1,4})(?:\.0)?\b")


def code_in(cell: object) -> str | None:
    """The municipality number at the start of a cell, zero-padded to four digits."""
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    match = _CODE.match(str(cell))
    if not match:
        return None
    digits = match.group(1)
    return digits.zfill(4) if len(digits) >= 3 else digits


def _name_part(cell: object) -> str:
    name = re.sub(r"^\s*(?:K-)?\d{1,4}\s*", "", str(cell))
    name = re.sub(r"\(\d{4}\s*-\s*\d{0,4}\)", "", name)  # SSB's «(2020-2023)»
    name = normalise_label(name)
    return re.sub(r"\s+kommune$", "", name)


class MunicipalityLookup:
    """One lookup for a municipality cell in every kind of file, the member register's own number
    column too: «3024» (an old number) is Bærum 3201, not a 22nd member."""

    def __init__(self, members: pd.DataFrame, number_history: pd.DataFrame):
        self.names = dict(zip(members["number"], members["name"]))
        self._by_name = {normalise_label(name): number for number, name in self.names.items()}
        self._old_to_new = dict(zip(number_history["old_number"], number_history["new_number"]))

    def resolve(self, cell: object) -> str | None:
        """The member's current number, or None when the cell names no member."""
        if is_empty(cell):
            return None
        code = code_in(cell)
        if code is not None:
            code = self._old_to_new.get(code, code)
            return code if code in self.names else None
        return self._by_name.get(_name_part(cell))

    def register_number(self, cell: object) -> str | None:
        """For the register's number column: the member the cell means (by number, old number or
        name), else a new four-digit number as written (without «K-»); None when it is neither."""
        member = self.resolve(cell)
        if member is not None:
            return member
        code = code_in(cell)
        return code if code is not None and len(code) == 4 else None

    def same_name(self, number: str, cell: object) -> bool:
        """Whether the cell («Bærum kommune», «bærum») names the member with this number."""
        return number in self.names and _name_part(cell) == normalise_label(self.names[number])
