"""`khs export TABLE --out FILE [--year Y]`: a table as .csv (UTF-8 with BOM, `;`) or .xlsx."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..catalogue import text
from ..database import Database
from ..exports import EXPORT_TABLES, table_frame, write_export
from .base import Command, UsageError, cli_lang


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("table", choices=EXPORT_TABLES)
    parser.add_argument("--out", required=True)
    parser.add_argument("--year", type=int, help="for dues: kontingentåret (standard: i år)")


def run(db: Database, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(text("cmd.export.suffix", cli_lang(args), name=out.suffix or out.name))
    frame = table_frame(db, args.table, args.year)
    write_export(frame, out, args.table)
    print(text("cmd.export.wrote", cli_lang(args), count=len(frame), out=out))
    return 0


COMMAND = Command("export", "eksporter en tabell til .csv eller .xlsx", add_arguments, run)
