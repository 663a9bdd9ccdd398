"""`python -m khs_data agreement [--on DATE] [--json]`: each agreement and amendment, who has
approved it and whether it is in force (unanimity) — {"on", "agreements": [{"name", "valid_from",
"valid_to", "members", "approved", "missing", "unanimous", "in_force", …}]}."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from ..agreement_text import agreements_json, count_text, period_text, state_text
from ..catalogue import text
from ..cli import _date
from ..database import Database
from ..fmt import date_text
from ..metrics.agreements import agreement_states

NAME = "agreement"
HELP = text("agreement.cli_help")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=_date, help="dato (standard: i dag)")
    parser.add_argument("--json", action="store_true")


def run(db: Database, args) -> int:
    on = args.on or dt.date.today()
    states = agreement_states(db, on)
    if args.json:
        print(json.dumps(agreements_json(on, states), ensure_ascii=False, indent=2))
        return 0
    print(text("agreement.cli_heading", date=date_text(on)))
    if not states:
        print("  " + text("agreement.headline_empty"))
    for state in states:
        print(f"  {state.name} ({period_text(state.agreement)})")
        print(f"    {state_text(state)} {count_text(state)}.")
    return 0
