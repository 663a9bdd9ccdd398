"""`khs compliance --year Y [--on DATE] [--json]`: meetings held against the agreement's minimum,
per body, as of a date: its `state` (oppfylt, kan nås, for få planlagt, ikke oppfylt) and `rule`.
The Møter page shows the same state for the same date."""

from __future__ import annotations

import argparse
import datetime as dt

from ..database import Database
from ..fmt import date_text
from ..metrics.meetings import meeting_compliance
from .base import Command, add_json_flag, add_on_argument, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    add_on_argument(parser, "datoen tallene gjelder; et møte uten status regnes som avholdt når datoen er passert")
    add_json_flag(parser)


def compliance_json(db: Database, year: int, on: dt.date | None = None) -> dict:
    frame = meeting_compliance(db, year, on or dt.date.today())
    rows = [
        {
            "body": r.body,
            "required_min": r.required_min,
            "held": r.held,
            "planned": r.planned,
            "cancelled": r.cancelled,
            "compliant": bool(r.compliant),
            "state": str(r.state),
            "rule": r.rule.describe(),
        }
        for r in frame.itertuples()
    ]
    return {"year": year, "rows": rows}


def run(db: Database, args: argparse.Namespace) -> int:
    data = compliance_json(db, args.year, args.on)
    if args.json:
        print_json(data)
        return 0
    print(f"Møter {args.year} per {date_text(args.on or dt.date.today())} (bare avholdte møter teller):")
    for r in data["rows"]:
        mark = r["state"] if r["compliant"] else r["state"].upper()
        print(f"  {r['body']:<28} {r['held']} av minst {r['required_min']} ({r['planned']} planlagt, {r['cancelled']} avlyst): {mark}")
    return 0


COMMAND = Command("compliance", "møtekrav for et år", add_arguments, run)
