"""`khs board [--on DATE] [--json]`: the board's seats on a date and the agreement's checks."""

from __future__ import annotations

import argparse
import datetime as dt

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.board import board_seats
from ..metrics.board_checks import board_checks
from ..wording import check_json
from .base import Command, add_json_flag, add_on_argument, cli_lang, json_date, print_checks, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_on_argument(parser)
    add_json_flag(parser)


def board_json(db: Database, on: dt.date) -> dict:
    seats = board_seats(db, on)
    return {
        "on": on.isoformat(),
        "seats": [
            {
                "board_region": r.board_region,
                "person": None if r.vacant else r.person,
                "municipality_number": None if r.vacant else r.municipality_number,
                "municipality": None if r.vacant else r.municipality,
                "role": None if r.vacant else r.role,
                "term_start": json_date(r.term_start),
                "term_end": json_date(r.end),
                "term_end_computed": bool(r.end_computed) if not r.vacant else None,
                "vacant": bool(r.vacant),
                "small_municipality": bool(r.small) if not r.vacant else None,
                "ends_within_6_months": bool(r.ends_soon),
            }
            for r in seats.itertuples()
        ],
        "vacancies": [r.board_region for r in seats.itertuples() if r.vacant],
        "checks": [check_json(c) for c in board_checks(db, on)],
    }


def run(db: Database, args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    data = board_json(db, on)
    if args.json:
        print_json(data)
        return 0
    lang = cli_lang(args)
    print(text("cmd.board.head", lang, date=date_text(on)))
    for s in data["seats"]:
        seat = dict(person=s["person"], municipality=s["municipality"], end=date_text(pd.Timestamp(s["term_end"])))
        who = text("cmd.vacant", lang) if s["vacant"] else text("cmd.board.seat", lang, **seat, role=text(f"role.{s['role']}", lang))
        print(f"  {s['board_region']:<20} {who}")
    print_checks([check_json(c, lang) for c in board_checks(db, on)], lang)
    return 0


COMMAND = Command("board", "styrets sammensetning og regelsjekk", add_arguments, run)
