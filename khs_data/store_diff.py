"""What writing a parsed table would do to the store: the rows it adds, changes and (for a whole
table edited on the page) removes, and the rows other kinds gain with them."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from .import_history import Change
from .kinds import KINDS, Kind
from .validation import ParsedTable

_ALREADY_PLAIN = frozenset({str, int, bool, dt.date, dt.time, type(None)})  # most values: checked first, as they are


def plain(value: object) -> object:
    """One representation per value so rows compare equal: dates as date, missing as None."""
    if type(value) in _ALREADY_PLAIN:
        return value
    if value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy scalars
        return plain(value.item())
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _plain_columns(frame: pd.DataFrame, columns: list[str]) -> dict[str, list]:
    # Column by column (tolist() is fast); plain() only for the values that need it.
    return {c: [v if type(v) in _ALREADY_PLAIN else plain(v) for v in frame[c].tolist()] for c in columns if c in frame.columns}


def _rows(values: dict[str, list]) -> list[dict]:
    return [dict(zip(values, row)) for row in zip(*values.values())]


def _keys(values: dict[str, list], kind: Kind, count: int) -> list[tuple]:
    """Each row's key, from the columns at once: a missing value is None, a missing body "" (as stored)."""
    parts = []
    for k in kind.key:
        column = values.get(k, [None] * count)
        parts.append([("" if k == "body" else None) if v is None else v for v in column])
    return list(zip(*parts))


def diff(connection, parsed: ParsedTable, replace_all: bool = False) -> tuple[list[Change], int]:
    """What writing these rows would do. Columns the file lacks keep their stored values."""
    kind = parsed.kind
    stored = _plain_columns(connection.execute(f"SELECT * FROM {kind.table}").df(), kind.columns)
    stored_rows = _rows(stored)
    existing = dict(zip(_keys(stored, kind, len(stored_rows)), stored_rows))
    present = [c for c in kind.columns if c in parsed.fields_present]
    changes: list[Change] = []
    unchanged = 0
    seen = set()
    values = _plain_columns(parsed.frame, present)
    count = len(parsed.frame) if values else 0
    blank = dict.fromkeys(kind.columns)
    # Each row with every column (one the file lacks empty), so a new row is its own «after».
    full = _rows({c: values[c] if c in values else [None] * count for c in kind.columns})
    for row_number, after, key in zip(parsed.frame["_row"].tolist(), full, _keys(values, kind, count)):
        seen.add(key)
        before = existing.get(key)
        if before is not None:  # columns the file lacks keep their stored values
            after = blank | before | {c: after[c] for c in present}
        if kind.name == "rules":
            after["body"] = after["body"] or ""
        if before == after:
            unchanged += 1
        else:
            changes.append(Change(before, after, plain(row_number)))
    if replace_all:
        changes += [Change(before, None) for key, before in existing.items() if key not in seen]
    return changes, unchanged


def created_rows(connection, kind: Kind, changes: list[Change]) -> list[Change]:
    """The rows other kinds gain from these changes: an approval of an agreement not on record
    creates that agreement (with the target kind's `created_with` values), so undo removes both."""
    created = []
    for f in kind.fields:
        if f.creates is None:
            continue
        target = KINDS[f.creates]
        (key,) = target.key
        known = set(connection.execute(f"SELECT {key} FROM {target.table}").df()[key])
        for change in changes:
            value = (change.after or {}).get(f.name)
            if value is not None and value not in known:
                known.add(value)
                after = {c: None for c in target.columns} | dict(target.created_with) | {key: value}
                created.append(Change(None, after, change.row, target.name))
    return created
