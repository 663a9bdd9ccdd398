"""The budget slide: the largest expense lines, budget against the accounts so far (a native
chart), beside income, expenses, the project share and the result. The dues line is computed."""

from __future__ import annotations

import pandas as pd

from ...charts.budget import ACTUAL_COLOUR, BUDGET_COLOUR
from ...fmt import date_text, kr_text, percent_text
from ...metrics.budget import Budget
from ...plan_texts import dues_comparison, dues_rule
from ...statuses import LineType
from ..blocks import Chart, Items, Series, SlidePlan, Table, Topic
from ..wording import LANG, say

MAX_EXPENSE_BARS = 6  # at 18 pt the chart holds six lines and «the rest» beside the table
LABEL_ROOM = 1.45  # the value axis beyond the largest bar: room for «1 050 000» beside it


def _amount(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _expense_chart(lines: pd.DataFrame) -> Chart:
    expenses = lines[lines["type"] == LineType.EXPENSE]
    shown, rest = expenses.iloc[: MAX_EXPENSE_BARS - 1], expenses.iloc[MAX_EXPENSE_BARS - 1 :]
    if len(rest) == 1:
        shown, rest = expenses, expenses.iloc[0:0]
    categories = list(shown["line"])
    budgets = [_amount(v) for v in shown["budget_nok"]]
    actuals = [_amount(v) for v in shown["actual_nok"]]
    if len(rest):
        categories.append(say("report.budget.other_expenses", count=len(rest)))
        budgets.append(int(rest["budget_nok"].fillna(0).sum()))
        actuals.append(int(rest["actual_nok"].fillna(0).sum()))
    largest = max((v for v in budgets + actuals if v is not None), default=0)
    return Chart(
        tuple(categories),
        (
            Series(say("report.budget.series_budget"), tuple(budgets), BUDGET_COLOUR),
            Series(say("report.budget.series_actual"), tuple(actuals), ACTUAL_COLOUR),
        ),
        value_max=largest * LABEL_ROOM or None,
    )


def _sum_table(figures: Budget) -> Table:
    def money(value: object) -> str:
        return kr_text(value) if value is not None else "–"

    projects = figures.lines[(figures.lines["type"] == LineType.EXPENSE) & figures.lines["project"].notna()]
    rows = (
        (say("report.budget.row.income"), money(figures.income_budget_nok), money(figures.income_actual_nok)),
        (say("report.budget.row.dues"), money(figures.dues.budget_nok), money(figures.dues.actual_nok)),
        (say("report.budget.row.expense"), money(figures.expense_budget_nok), money(figures.expense_actual_nok)),
        (
            say("report.budget.row.projects"),
            money(int(projects["budget_nok"].fillna(0).sum())),
            money(int(projects["actual_nok"].fillna(0).sum())),
        ),
        (say("report.budget.row.result"), money(figures.result_budget_nok), money(figures.result_actual_nok)),
    )
    result = figures.result_budget_nok
    return Table(
        tuple(say(f"report.budget.col.{c}") for c in ("what", "budget", "actual")),
        rows,
        (2.4, 1.9, 1.9),
        ("strong", "", "strong", "", "bad" if result is not None and result < 0 else "strong"),
    )


def _title(figures: Budget, share: str) -> str:
    year, result = figures.year, figures.result_budget_nok
    if not figures.typed_lines:
        return say("report.budget.title_none", year=year, dues=kr_text(figures.dues.budget_nok))
    if result is None:
        return say("report.budget.title_unknown", year=year)
    key = "title_surplus" if result > 0 else "title_deficit" if result < 0 else "title_balance"
    return say(f"report.budget.{key}", year=year, result=kr_text(abs(result)), share=share)


def budget_slide(figures: Budget) -> SlidePlan:
    share = percent_text(figures.project_share("budget_nok"))
    dues = figures.dues
    subtitle = (
        say("report.budget.subtitle", rate=dues.rate.number, date=date_text(dues.population_date))
        if dues.rate is not None
        else say("report.budget.subtitle_no_rule")
    )
    comparison = dues_comparison(dues, figures.year, LANG)
    blocks = (_expense_chart(figures.lines), _sum_table(figures)) if figures.typed_lines else (_sum_table(figures),)
    if comparison and not figures.typed_lines:
        blocks += (Items(tuple(("info" if ok else "warn", words) for ok, words in comparison)),)
    notes = say(
        "report.budget.notes",
        year=figures.year,
        rule=dues_rule(figures, LANG),
        income=kr_text(figures.income_budget_nok),
        income_actual=kr_text(figures.income_actual_nok),
        expense=kr_text(figures.expense_budget_nok),
        expense_actual=kr_text(figures.expense_actual_nok),
        result=kr_text(figures.result_budget_nok),
        result_actual=kr_text(figures.result_actual_nok),
        share=share,
        comparison=" ".join(words for _, words in comparison),
        lines=" ".join(
            say(
                "report.budget.notes_line",
                line=r.line,
                type=say(f"budget.type.{r.type}"),
                budget=kr_text(r.budget_nok),
                actual=kr_text(r.actual_nok),
            )
            for r in figures.lines.itertuples()
        ),
    )
    widths = (7.0, 5.7) if len(blocks) == 2 else (1.0,) * len(blocks)
    return SlidePlan(Topic.BUDGET, say("report.budget.kicker", year=figures.year), _title(figures, share), subtitle, blocks, widths, notes)
