"""`khs init [--sample]`: create or upgrade the database, with the reference data (and the sample)."""

from __future__ import annotations

import argparse

from ..bootstrap import init_database
from ..catalogue import text
from ..database import Database
from .base import Command, cli_lang, who


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample", action="store_true", help="last inn eksempeldataene i data/sample")


def run(db: Database, args: argparse.Namespace) -> int:
    results = init_database(db, sample=args.sample, who=who())
    changed = [r for r in results if r.import_id is not None]
    print(text("cmd.init.ready", cli_lang(args), path=db.path, version=db.schema_version(), count=len(changed)))
    return 0


COMMAND = Command("init", "opprett eller oppgrader databasen", add_arguments, run, creates_database=True)
