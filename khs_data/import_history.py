"""What past imports did: the list of imports, newest first; the rows each one changed (before →
after, as recorded in its own transaction), for any import, not only in the preview; and the
archived original of an imported file."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import config
from .database import Database
from .kinds import KINDS, Kind

REFERENCE_SOURCE = "referansedata"  # imports by `init` of the shipped members and rules: the base, never undone


@dataclass
class Change:
    """One row an import adds (before None), removes (after None) or changes."""

    before: dict | None
    after: dict | None
    row: int | None = None  # row in the file, for the preview
    kind: str | None = None  # another kind than the plan's: a row the import creates there (Field.creates)


def history(db: Database) -> pd.DataFrame:
    """Every import, newest first; `undoable` marks those undo_last may still revert."""
    return db.query(
        "SELECT id, imported_at, who, kind, file_name, source, added, changed, unchanged, skipped, "
        "summary, archive_name, sha256, undone_at, "
        "undone_at IS NULL AND NOT starts_with(coalesce(source, ''), ?) AS undoable FROM imports ORDER BY id DESC",
        [REFERENCE_SOURCE],
    )


def archived_file(db: Database, import_id: int) -> tuple[str, Path] | None:
    """The original of an import (its name as uploaded, where it is kept)."""
    found = db.query("SELECT file_name, archive_name FROM imports WHERE id = ?", [import_id])
    if found.empty or found.iloc[0]["archive_name"] is None:
        return None
    path = config.archive_dir_for(db.path) / found.iloc[0]["archive_name"]
    return (found.iloc[0]["file_name"], path) if path.exists() else None


def import_changes(db: Database, import_id: int) -> tuple[Kind, list[Change]]:
    """The kind of an import and the rows it changed, as recorded (dates as dates again: they are
    kept as ISO text)."""
    found = db.query("SELECT kind FROM imports WHERE id = ?", [import_id])
    if found.empty:
        raise LookupError(f"Import {import_id} finnes ikke.")
    kind = KINDS[found.iloc[0]["kind"]]
    rows = db.query("SELECT before_json, after_json FROM import_changes WHERE import_id = ? ORDER BY seq", [import_id])
    return kind, [Change(_record(kind, b), _record(kind, a)) for b, a in zip(rows["before_json"], rows["after_json"])]


def _record(kind: Kind, stored: object) -> dict | None:
    if stored is None or (not isinstance(stored, str) and pd.isna(stored)):
        return None
    record = json.loads(stored)
    for f in kind.fields:
        if f.parser in ("date", "date_or_year") and isinstance(record.get(f.name), str):
            record[f.name] = dt.date.fromisoformat(record[f.name])
    return record
