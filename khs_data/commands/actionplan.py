"""`khs actionplan --year Y [--on DATE] [--json]`: the action plan of a year, its
focus areas' progress and the measures overdue on the date (default today)."""

from __future__ import annotations

import argparse
import datetime as dt

import pandas as pd

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..metrics.actionplan import ActionPlan, action_plan, plan_date
from .base import Command, add_json_flag, cli_lang, date_argument, json_date, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--on", type=date_argument, help="datoen forfalt gjelder (standard: i dag, eller 31.12 for et år som er over)")
    add_json_flag(parser)


def _text(value: object) -> str | None:
    return None if value is None or pd.isna(value) else str(value)


def plan_data(plan: ActionPlan) -> dict:
    """The action plan in the command's JSON shape."""
    return {
        "year": plan.year,
        "on": plan.on.isoformat(),
        "focus_areas": [
            {"name": a.name, "measures": int(a.measures), "done": int(a.done), "overdue": int(a.overdue)}
            for a in plan.focus_areas.itertuples()
        ],
        "measures": [
            {
                "focus_area": m.focus_area,
                "measure": m.measure,
                "owner": _text(m.owner),
                "deadline": json_date(m.deadline),
                "status": str(m.status),
                "overdue": bool(m.overdue),
                "project": _text(m.project),
            }
            for m in plan.measures.itertuples()
        ],
    }


def run(db: Database, args: argparse.Namespace) -> int:
    plan = action_plan(db, args.year, args.on or plan_date(args.year, dt.date.today()))
    data = plan_data(plan)
    if args.json:
        print_json(data)
        return 0
    lang = cli_lang(args)
    if not data["measures"]:
        print(text("actionplan.headline_none", lang, year=args.year))
        return 0
    print(text("cmd.actionplan.head", lang, year=plan.year, date=date_text(plan.on)))
    for area in data["focus_areas"]:
        progress = text("actionplan.area_progress", lang, done=area["done"], measures=area["measures"])
        print(f"  {area['name']}: {progress}, {text('cmd.actionplan.overdue_count', lang, count=area['overdue'])}")
        for m in (m for m in data["measures"] if m["focus_area"] == area["name"]):
            mark = text("cmd.actionplan.overdue", lang) if m["overdue"] else text(f"actionplan.status.{m['status']}", lang)
            deadline = date_text(dt.date.fromisoformat(m["deadline"])) if m["deadline"] else "–"
            project = f" [{m['project']}]" if m["project"] else ""
            print(f"    {deadline:<10}  {mark:<12}  {m['measure']} ({m['owner'] or '–'}){project}")
    return 0


COMMAND = Command("actionplan", "handlingsplanen for et år: fokusområder, tiltak og hva som er forfalt", add_arguments, run)
