"""`khs compliance --year Y [--on DATE] [--json]`: meetings held against the agreement's minimum,
per body, as of a date: its `state` (oppfylt, kan nås, for få planlagt, ikke oppfylt) and `rule`.
The Møter page shows the same state for the same date."""

from __future__ import annotations

import argparse
import datetime as dt

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.meetings import meeting_compliance
from .base import Command, add_json_flag, add_on_argument, cli_lang, print_json


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
    lang = cli_lang(args)
    print(text("cmd.compliance.head", lang, year=args.year, date=date_text(args.on or dt.date.today())))
    for r in data["rows"]:
        state = text(f"meetings.state.{r['state']}", lang).lower()
        mark = state if r["compliant"] else state.upper()
        counts = dict(held=r["held"], required=r["required_min"], planned=r["planned"], cancelled=r["cancelled"])
        print(f"  {r['body']:<28} {text('cmd.compliance.row', lang, **counts, state=mark)}")
    return 0


COMMAND = Command("compliance", "møtekrav for et år", add_arguments, run)
