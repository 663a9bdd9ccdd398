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
