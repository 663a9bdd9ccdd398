"""`khs import FILE [--kind KIND] [--dry-run]`: one spreadsheet through the same path as an upload."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..catalogue import text
from ..database import Database
from ..importer import plan_import
from ..kinds import UPLOAD_KINDS
from .base import Command, UsageError, add_dry_run_flag, cli_lang, preview_or_commit


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file")
    parser.add_argument("--kind", choices=UPLOAD_KINDS, help="filtype (gjenkjennes ellers fra overskriftene)")
    add_dry_run_flag(parser)


def run(db: Database, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(text("cmd.import.no_file", cli_lang(args), path=path))
    plan = plan_import(db, path, path.name, args.kind, source="kommandolinje")
    return preview_or_commit(db, plan, args.dry_run, cli_lang(args))


COMMAND = Command("import", "importer et regneark", add_arguments, run)
