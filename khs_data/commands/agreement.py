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
from .base import Command, add_json_flag, cli_lang, date_argument, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=date_argument, help="dato (standard: i dag)")
    add_json_flag(parser)


def run(db: Database, args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    states = agreement_states(db, on)
    if args.json:
        print_json(agreements_json(on, states))
        return 0
    lang = cli_lang(args)
    print(text("agreement.cli_heading", lang, date=date_text(on)))
    if not states:
        print("  " + text("agreement.headline_empty", lang))
    for state in states:
        print(f"  {state.name} ({period_text(state.agreement, lang)})")
        print(f"    {state_text(state, lang)} {count_text(state, lang)}.")
    return 0


COMMAND = Command("agreement", text("agreement.cli_help"), add_arguments, run)
