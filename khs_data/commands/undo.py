"""`khs undo`: undo the latest import that is not undone yet."""

from __future__ import annotations

import argparse

from ..database import Database
from ..importer import undo_last
from ..kinds import KINDS
from .base import Command


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass  # no options: it is always the latest import


def run(db: Database, args: argparse.Namespace) -> int:
    undone = undo_last(db)
    if undone is None:
        print("Det er ingen import å angre.")
        return 0
    print(
        f"Angret import {undone['import_id']} ({undone['file_name']}, {KINDS[undone['kind']].label.lower()}): {undone['reverted_rows']} rader tilbakestilt."
    )
    return 0


COMMAND = Command("undo", "angre siste import", add_arguments, run)
