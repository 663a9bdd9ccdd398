"""`khs compliance --year Y [--json]`: meetings held against the agreement's minimum, per body."""

from __future__ import annotations

import argparse

from ..database import Database
from ..metrics.meetings import meeting_compliance
from .base import Command, add_json_flag, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    add_json_flag(parser)


def compliance_json(db: Database, year: int) -> dict:
    frame = meeting_compliance(db, year)
    rows = [
        {
            "body": r.body,
            "required_min": r.required_min,
            "held": r.held,
            "planned": r.planned,
            "cancelled": r.cancelled,
            "compliant": bool(r.compliant),
        }
        for r in frame.itertuples()
    ]
    return {"year": year, "rows": rows}


def run(db: Database, args: argparse.Namespace) -> int:
    data = compliance_json(db, args.year)
    if args.json:
        print_json(data)
        return 0
    print(f"Møter {args.year} (bare avholdte møter teller):")
    for r in data["rows"]:
        mark = "oppfylt" if r["compliant"] else "IKKE oppfylt"
        print(f"  {r['body']:<28} {r['held']} av minst {r['required_min']} ({r['planned']} planlagt, {r['cancelled']} avlyst): {mark}")
    return 0


COMMAND = Command("compliance", "møtekrav for et år", add_arguments, run)
