"""`khs budget --year Y [--json]`: the budget of a year against the accounts so far,
with the dues line computed from the rules and the population."""

from __future__ import annotations

import argparse

from ..catalogue import text
from ..database import Database
from ..fmt import kr_text
from ..metrics.budget import Budget, budget
from ..plan_texts import dues_comparison, dues_rule
from .base import Command, add_json_flag, cli_lang, json_int, print_json

LANG = "nb"  # the JSON's words stay bokmål: they are a contract


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True)
    add_json_flag(parser)


def budget_data(figures: Budget) -> dict:
    """The budget in the command's JSON shape."""
    return {
        "year": figures.year,
        "lines": [
            {
                "line": r.line,
                "type": str(r.type),
                "budget_nok": json_int(r.budget_nok),
                "actual_nok": json_int(r.actual_nok),
                "computed": bool(r.computed),
            }
            for r in figures.lines.itertuples()
        ],
        "income_budget_nok": figures.income_budget_nok,
        "income_actual_nok": figures.income_actual_nok,
        "expense_budget_nok": figures.expense_budget_nok,
        "expense_actual_nok": figures.expense_actual_nok,
        "result_budget_nok": figures.result_budget_nok,
        "result_actual_nok": figures.result_actual_nok,
        "rule": dues_rule(figures, LANG),
    }


def run(db: Database, args: argparse.Namespace) -> int:
    figures = budget(db, args.year)
    data = budget_data(figures)
    if args.json:
        print_json(data)
        return 0
    lang = cli_lang(args)
    print(text("cmd.budget.head", lang, year=args.year))
    for kind, label in (("inntekt", "budget.card.income"), ("utgift", "budget.card.expense")):
        print(f"  {text(label, lang)}:")
        for line in (line for line in data["lines"] if line["type"] == kind):
            name = text("budget.chart.computed_mark", lang, line=line["line"]) if line["computed"] else line["line"]
            print(f"    {name:<50} {kr_text(line['budget_nok']):>14} {kr_text(line['actual_nok']):>14}")
    for label, key in (("budget.sum_income", "income"), ("budget.sum_expense", "expense"), ("budget.sum_result", "result")):
        print(f"  {text(label, lang):<52} {kr_text(data[f'{key}_budget_nok']):>14} {kr_text(data[f'{key}_actual_nok']):>14}")
    print(dues_rule(figures, lang))
    for _, sentence in dues_comparison(figures.dues, figures.year, lang):
        print(sentence)
    return 0


COMMAND = Command("budget", "budsjett og regnskap for et år, med utregnet kontingent", add_arguments, run)
