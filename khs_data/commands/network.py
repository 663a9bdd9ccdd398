"""`khs network [--on DATE] [--json]`: the network's seats on a date, one per LSU area."""

from __future__ import annotations

import argparse
import datetime as dt

import pandas as pd

from ..database import Database
from ..fmt import date_text
from ..metrics.network import network_seats
from .base import Command, add_json_flag, date_argument, json_date, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on", type=date_argument, help="dato (standard: i dag)")
    add_json_flag(parser)


def _network_checks(seats: pd.DataFrame) -> list[dict]:
    vacant = list(seats.loc[seats["vacant"], "area"])
    return [
        {
            "check": "areas_covered",
            "ok": not vacant,
            "reason": f"Alle {len(seats)} LSU-områder har en representant."
            if not vacant
            else f"{len(seats) - len(vacant)} av {len(seats)} LSU-områder har representant. Ledig: {', '.join(vacant)}.",
            "rule": "Nettsiden «Om Kommunehelsesamarbeidet»: én representant per LSU-område i Samhandlingsnettverket",
        }
    ]


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
        "checks": _network_checks(seats),
    }


def run(db: Database, args: argparse.Namespace) -> int:
    on = args.on or dt.date.today()
    data = network_json(db, on)
    if args.json:
        print_json(data)
        return 0
    print(f"Samhandlingsnettverket per {date_text(on)}:")
    for s in data["seats"]:
        print(f"  {s['area']:<20} {'LEDIG' if s['vacant'] else s['person'] + ' (' + (s['municipality'] or '') + ')'}")
    for c in data["checks"]:
        print(f"  [{'OK' if c['ok'] else 'IKKE OK'}] {c['reason']}")
    return 0


COMMAND = Command("network", "nettverkets plasser", add_arguments, run)
