"""`khs network [--on DATE] [--json]`: the network's seats on a date, one per LSU area."""

from __future__ import annotations

import argparse
import datetime as dt

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.network import network_checks, network_seats
from ..wording import check_json
from .base import Command, add_json_flag, add_on_argument, cli_lang, json_date, print_checks, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_on_argument(parser)
    add_json_flag(parser)


def network_json(db: Database, on: dt.date) -> dict:
    seats = network_seats(db, on)
    return {
        "on": on.isoformat(),
        "seats": [
            {
                "area": r.area,
                "person": None if r.vacant else r.person,
                "municipality_number": None if r.vacant or pd.isna(r.municipality_number) else r.municipality_number,
                "municipality": None if r.vacant or pd.isna(r.municipality) else r.municipality,
                "from": json_date(r.from_date),
                "to": json_date(r.to_date),
                "vacant": bool(r.vacant),
                "covers": r.covers,
            }
            for r in seats.itertuples()
        ],
        "vacancies": [r.area for r in seats.itertuples() if r.vacant],
        "checks": [check_json(c) for c in network_checks(db, on)],
    }


def run(db: Database, args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    data = network_json(db, on)
    if args.json:
        print_json(data)
        return 0
    lang = cli_lang(args)
    print(text("cmd.network.head", lang, date=date_text(on)))
    for s in data["seats"]:
        print(f"  {s['area']:<20} {text('cmd.vacant', lang) if s['vacant'] else s['person'] + ' (' + (s['municipality'] or '') + ')'}")
    print_checks([check_json(c, lang) for c in network_checks(db, on)], lang)
    return 0


COMMAND = Command("network", "nettverkets plasser", add_arguments, run)
