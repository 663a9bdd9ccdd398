"""`khs history [--json]`: the import history, newest first."""

from __future__ import annotations

import argparse

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..importer import history
from .base import Command, add_json_flag, cli_lang, json_int, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def history_json(db: Database) -> list[dict]:
    return [
        {
            "id": int(r.id),
            "imported_at": pd.Timestamp(r.imported_at).isoformat(timespec="seconds"),
            "who": r.who,
            "kind": r.kind,
            "file_name": r.file_name,
            "source": r.source,
            "added": json_int(r.added),
            "changed": json_int(r.changed),
            "unchanged": json_int(r.unchanged),
            "skipped": json_int(r.skipped),
            "sha256": r.sha256,
            "undone": not pd.isna(r.undone_at),
            "summary": r.summary,
        }
        for r in history(db).itertuples()
    ]


def run(db: Database, args: argparse.Namespace) -> int:
    rows = history_json(db)
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        undone = text("cmd.history.undone", cli_lang(args)) if r["undone"] else ""
        print(f"{r['id']:>4}  {r['imported_at']}  {r['who'] or '':<12} {r['summary']}{undone}")
    return 0


COMMAND = Command("history", "importhistorikk, nyeste først", add_arguments, run)
