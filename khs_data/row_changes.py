"""Rows changed in the store by key: what an import writes, and the undo of the latest import
(which writes the rows it recorded back, in one transaction)."""

from __future__ import annotations

import json

import pandas as pd

from .database import Database
from .import_history import REFERENCE_SOURCE
from .kinds import Kind, table_kind


def _key_condition(kind: Kind, alias: str) -> str:
    return " AND ".join(f"t.{k} IS NOT DISTINCT FROM {alias}.{k}" for k in kind.key)


def apply_rows(connection, kind: Kind, delete_keys: list[dict], insert_rows: list[dict]) -> None:
    """Delete the rows with these keys, then insert these rows, in the caller's transaction."""
    if delete_keys:
        keys = pd.DataFrame.from_records(delete_keys, columns=list(kind.key))
        connection.register("_delete_keys", keys)
        connection.execute(f"DELETE FROM {kind.table} t WHERE EXISTS (SELECT 1 FROM _delete_keys k WHERE {_key_condition(kind, 'k')})")
        connection.unregister("_delete_keys")
    if insert_rows:
        rows = pd.DataFrame.from_records(insert_rows, columns=kind.columns)
        connection.register("_insert_rows", rows)
        columns = ", ".join(kind.columns)
        connection.execute(f"INSERT INTO {kind.table} ({columns}) SELECT {columns} FROM _insert_rows")
        connection.unregister("_insert_rows")


class UndoRefused(Exception):
    """The import meant to be undone is no longer the newest undoable one; nothing was undone."""

    def __init__(self, expected: int, latest: int | None):
        self.expected, self.latest = expected, latest
        now = f"den siste er nå nr. {latest}" if latest is not None else "det er ingen import å angre nå"
        super().__init__(f"Import {expected} er ikke lenger den siste importen som kan angres ({now}). Ingenting er angret.")


def undo_last(db: Database, expected_import_id: int | None = None) -> dict | None:
    """Revert the newest import that is not undone, exactly; None if there is nothing to undo.
    The reference data `init` loads (members, rules) is the store's base, not an import to undo.

    `expected_import_id`: the import the caller showed as the latest, checked in the undo's own
    transaction, so one landing in between (the CLI) is never undone by mistake: UndoRefused."""
    with db.writing() as connection:
        latest = connection.execute(
            "SELECT id, kind, file_name FROM imports WHERE undone_at IS NULL AND NOT starts_with(coalesce(source, ''), ?) "
            "ORDER BY id DESC LIMIT 1",
            [REFERENCE_SOURCE],
        ).fetchone()
        if expected_import_id is not None and (latest is None or latest[0] != expected_import_id):
            raise UndoRefused(expected_import_id, latest[0] if latest else None)
        if latest is None:
            return None
        import_id, kind_name, file_name = latest
        rows = connection.execute(
            "SELECT table_name, before_json, after_json FROM import_changes WHERE import_id = ? ORDER BY seq", [import_id]
        ).fetchall()
        for table in dict.fromkeys(r[0] for r in rows):
            kind = table_kind(table)
            befores = [json.loads(b) for t, b, _ in rows if t == table and b is not None]
            afters = [json.loads(a) for t, _, a in rows if t == table and a is not None]
            apply_rows(connection, kind, [{k: a[k] for k in kind.key} for a in afters], [])
            apply_rows(connection, kind, [], befores)
        connection.execute("UPDATE imports SET undone_at = current_timestamp WHERE id = ?", [import_id])
    return {"import_id": import_id, "kind": kind_name, "file_name": file_name, "reverted_rows": len(rows)}
