"""`khs dues --year Y [--json]`: the dues per municipality for a year."""

from __future__ import annotations

import argparse
import datetime as dt

from ..database import Database
from ..fmt import date_text, kr_text, number_text
from ..metrics.dues import dues_basis, dues_for_year
from .base import Command, add_json_flag, json_int, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    add_json_flag(parser)


def dues_json(db: Database, year: int) -> dict:
    basis = dues_basis(db, year)
    frame = dues_for_year(db, year)
    rows = [
        {
            "municipality_number": r.municipality_number,
            "municipality": r.municipality,
            "population": json_int(r.population),
            "amount_nok": json_int(r.amount_nok),
        }
        for r in frame.itertuples()
    ]
    return {
        "year": year,
        "rate_nok": basis.rate_nok,
        "due_date": basis.due_date.isoformat(),
        "population_date": basis.population_date.isoformat(),
        "rows": rows,
        "total_nok": int(frame["amount_nok"].sum()),
    }


def run(db: Database, args: argparse.Namespace) -> int:
    data = dues_json(db, args.year)
    if args.json:
        print_json(data)
        return 0
    print(
        f"Kontingent {args.year}: kr {data['rate_nok']} per innbygger × folketall per {date_text(dt.date.fromisoformat(data['population_date']))}, "
        f"forfall {date_text(dt.date.fromisoformat(data['due_date']))}"
    )
    for r in data["rows"]:
        print(f"  {r['municipality_number']} {r['municipality']:<15} {number_text(r['population']):>9}  {kr_text(r['amount_nok']):>14}")
    print(f"  {'Sum':<20} {kr_text(data['total_nok']):>25}")
    return 0


COMMAND = Command("dues", "kontingent for et år", add_arguments, run)
