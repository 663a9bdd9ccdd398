"""`python -m khs_data ssb-update [--years Y ...] [--dry-run]`: population for the members from SSB."""

from __future__ import annotations

import argparse

from ..cli import _who
from ..database import Database
from ..importer import commit_import
from ..ssb_api import FIRST_YEAR, discard_staged, plan_ssb_update

NAME = "ssb-update"
HELP = "hent folketall for medlemskommunene fra SSB (tabell 07459)"


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et årstall (skriv for eksempel 2025)")
    return int(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--years",
        nargs="+",
        type=_year,
        metavar="ÅR",
        help=f"årene som skal hentes (standard: alle fra {FIRST_YEAR} til det nyeste SSB har)",
    )
    parser.add_argument("--dry-run", action="store_true", help="vis hva som ville skje, uten å skrive")


def run(db: Database, args) -> int:
    plan = plan_ssb_update(db, args.years)
    try:
        if args.dry_run:
            print("Prøvekjøring (ingenting skrevet): " + plan.summary())
            return 0
        result = commit_import(db, plan, _who())
    finally:
        discard_staged(plan)
    print(result.summary if result.import_id is None else f"Import {result.import_id}: {result.summary}")
    return 0
