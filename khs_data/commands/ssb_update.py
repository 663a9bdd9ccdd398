"""`khs ssb-update [--years Y ...] [--dry-run]`: population for the members from SSB."""

from __future__ import annotations

import argparse

from ..database import Database
from ..problems import said
from ..ssb_api import FIRST_YEAR, discard_staged, plan_ssb_update
from .base import Command, add_dry_run_flag, cli_lang, preview_or_commit


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(said("cmd.not_a_year", text=text))
    return int(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--years",
        nargs="+",
        type=_year,
        metavar="ÅR",
        help=f"årene som skal hentes (standard: alle fra {FIRST_YEAR} til det nyeste SSB har)",
    )
    add_dry_run_flag(parser)


def run(db: Database, args: argparse.Namespace) -> int:
    plan = plan_ssb_update(db, args.years)
    try:
        return preview_or_commit(db, plan, args.dry_run, cli_lang(args))
    finally:
        discard_staged(plan)


COMMAND = Command("ssb-update", "hent folketall for medlemskommunene fra SSB (tabell 07459)", add_arguments, run)
