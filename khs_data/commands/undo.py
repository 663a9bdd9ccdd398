"""`khs undo`: undo the latest import that is not undone yet."""

from __future__ import annotations

import argparse

from ..catalogue import text
from ..database import Database
from ..importer import undo_last
from ..kinds import KINDS
from .base import Command, cli_lang


def add_arguments(parser: argparse.ArgumentParser) -> None:
    pass  # no options: it is always the latest import


def run(db: Database, args: argparse.Namespace) -> int:
    undone, lang = undo_last(db), cli_lang(args)
    if undone is None:
        print(text("cmd.undo.nothing", lang))
        return 0
    kind = KINDS[undone["kind"]].label_in(lang).lower()
    print(text("cmd.undo.done", lang, id=undone["import_id"], file=undone["file_name"], kind=kind, rows=undone["reverted_rows"]))
    return 0


COMMAND = Command("undo", "angre siste import", add_arguments, run)
