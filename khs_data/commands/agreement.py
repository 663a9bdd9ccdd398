"""`khs agreement [--on DATE] [--json]`: each agreement and amendment, who has
approved it and whether it is in force (unanimity) — {"on", "agreements": [{"name", "valid_from",
"valid_to", "members", "approved", "missing", "unanimous", "in_force", …}]}."""

from __future__ import annotations

import argparse
import datetime as dt

from ..agreement_text import agreements_json, count_text, period_text, state_text
from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.agreements import agreement_states
from .base import Command, add_json_flag, date_argument, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=date_argument, help="dato (standard: i dag)")
    add_json_flag(parser)


def run(db: Database, args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    states = agreement_states(db, on)
    if args.json:
        print_json(agreements_json(on, states))
        return 0
    print(text("agreement.cli_heading", date=date_text(on)))
    if not states:
        print("  " + text("agreement.headline_empty"))
    for state in states:
        print(f"  {state.name} ({period_text(state.agreement)})")
        print(f"    {state_text(state)} {count_text(state)}.")
    return 0


COMMAND = Command("agreement", text("agreement.cli_help"), add_arguments, run)
