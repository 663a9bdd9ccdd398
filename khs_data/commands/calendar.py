"""`khs calendar --year Y [--out FILE.ics] [--json]`: the year's events (the Årshjul)
as a table, as iCalendar, or as JSON {"year", "events": [{"date", "kind", "title", "body", "status"}]}."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.yearwheel import year_events
from ..yearwheel.ics import calendar_ics
from ..yearwheel.text import calendar_json, kind_label, status_label
from .base import Command, UsageError, add_json_flag, cli_lang, date_argument, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="året, for eksempel 2026")
    parser.add_argument("--out", help=text("yearwheel.cli_out_help"))
    parser.add_argument("--on", type=date_argument, help="sett fra denne datoen: hva er passert og hva kommer (standard: i dag)")
    add_json_flag(parser)


def run(db: Database, args: argparse.Namespace) -> int:
    events, lang = year_events(db, args.year, args.on or dt.date.today()), cli_lang(args)
    if args.out:
        out = Path(args.out)
        if out.suffix.lower() != ".ics":
            raise UsageError(text("cmd.calendar.not_ics", lang, name=out.suffix or out.name))
        if not out.parent.is_dir():
            raise UsageError(text("cmd.no_folder", lang, folder=out.parent))
        try:
            out.write_bytes(calendar_ics(args.year, events))
        except OSError as error:
            raise UsageError(text("cmd.not_written", lang, path=out, reason=error.strerror or error)) from error
    document = calendar_json(args.year, events)
    if args.json:
        print_json(document)
    elif args.out:
        print(text("yearwheel.cli_written", lang, count=len(events), path=args.out))
    else:
        print(text("yearwheel.cli_heading", lang, year=args.year, count=len(events)))
        for event, shown in zip(events, calendar_json(args.year, events, lang)["events"]):
            status = status_label(event.status, lang)
            print(f"  {date_text(event.date)}  {kind_label(event.kind, lang):<17} {shown['title']} ({status})")
    return 0


COMMAND = Command("calendar", text("yearwheel.cli_help"), add_arguments, run)
