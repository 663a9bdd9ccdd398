"""`khs dues --year Y [--on DATE] [--json]`: the dues per municipality for a year (payment status as
of the date), the `rule` behind them and the members without a population figure."""

from __future__ import annotations

import argparse
import datetime as dt

from ..catalogue import text
from ..database import Database
from ..fmt import date_text, kr_text, number_text
from ..metrics.dues import dues_basis, dues_for_year, dues_total, missing_population
from ..wording import say
from .base import Command, add_json_flag, add_on_argument, cli_lang, json_date, json_int, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    add_on_argument(parser, "datoen betalingsstatusen gjelder")
    add_json_flag(parser)


def dues_json(db: Database, year: int, on: dt.date | None = None) -> dict:
    """`total_nok` is null when no billed member has a figure at the basis date (not «kr 0»)."""
    basis = dues_basis(db, year)
    frame = dues_for_year(db, year, on or dt.date.today())
    rows = [
        {
            "municipality_number": r.municipality_number,
            "municipality": r.municipality,
            "population": json_int(r.population),
            "amount_nok": json_int(r.amount_nok),
            "paid_nok": json_int(r.paid_nok),
            "payment_status": str(r.payment_status),
            "leaving_date": json_date(r.leaving_date),
            "leaving_rule": r.notice_rule.describe() if r.notice_rule is not None else None,
        }
        for r in frame.itertuples()
    ]
    return {
        "year": year,
        "rate_nok": basis.rate_nok,
        "due_date": basis.due_date.isoformat(),
        "population_date": basis.population_date.isoformat(),
        "rows": rows,
        "total_nok": dues_total(frame),
        "rule": say(basis.rule()),
        "missing_population": missing_population(frame),
    }


def run(db: Database, args: argparse.Namespace) -> int:
    data = dues_json(db, args.year, args.on)
    if args.json:
        print_json(data)
        return 0
    lang = cli_lang(args)
    print(
        text(
            "cmd.dues.head",
            lang,
            year=args.year,
            rate=data["rate_nok"],
            population_date=date_text(dt.date.fromisoformat(data["population_date"])),
            due_date=date_text(dt.date.fromisoformat(data["due_date"])),
        )
    )
    for r in data["rows"]:
        print(f"  {r['municipality_number']} {r['municipality']:<15} {number_text(r['population']):>9}  {kr_text(r['amount_nok']):>14}")
    print(f"  {text('cmd.dues.sum', lang):<20} {kr_text(data['total_nok']):>25}")
    if data["missing_population"]:
        print("  " + text("cmd.dues.missing", lang, names=", ".join(data["missing_population"])))
    print("  " + text("cmd.rule", lang, rule=say(dues_basis(db, args.year).rule(), lang)))
    return 0


COMMAND = Command("dues", "kontingent for et år", add_arguments, run)
