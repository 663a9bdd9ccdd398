"""The board's budget for a year against the accounts so far. The membership dues are not typed
in: their budget is the dues for the year (khs_data.metrics.dues, from the rules and the
population) and their actual the payments registered. A dues line in the budget file is kept
only to be compared with that figure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..database import Database
from ..rules import Rule, RuleMissing
from ..statuses import LineType
from ..vocabulary import DUES_LINE, is_dues_line
from .dues import dues_basis, dues_for_year

LINE_COLUMNS = ["line", "type", "budget_nok", "actual_nok", "computed", "project", "note"]
PROJECT_COLUMNS = ["line", "project", "type", "budget_nok", "actual_nok", "project_budget_nok", "project_status", "funding_granted_nok"]


@dataclass(frozen=True)
class DuesLine:
    """The computed line, and what a budget file said for it (None: the file had no dues line)."""

    budget_nok: int | None  # None: no member has a population figure at the basis date, or no rule
    actual_nok: int
    rate: Rule | None  # None: no dues rule covers the year
    population_date: dt.date | None
    missing_population: tuple[str, ...]  # billed members without a figure at the basis date
    typed_line: str | None = None
    typed_budget_nok: int | None = None
    typed_actual_nok: int | None = None

    @property
    def budget_difference_nok(self) -> int | None:
        """What the file said minus the computed figure; None when there is nothing to compare."""
        if self.typed_budget_nok is None or self.budget_nok is None:
            return None
        return self.typed_budget_nok - self.budget_nok

    @property
    def actual_difference_nok(self) -> int | None:
        return None if self.typed_actual_nok is None else self.typed_actual_nok - self.actual_nok


@dataclass(frozen=True)
class Budget:
    year: int
    lines: pd.DataFrame  # LINE_COLUMNS: income first (the dues line at the top), then expenses; by budget
    dues: DuesLine
    typed_lines: int  # lines from the budget file (not counting the computed dues line)
    project_lines: pd.DataFrame  # PROJECT_COLUMNS: lines that name a project, beside the project's own budget

    def _sum(self, kind: LineType, column: str) -> int | None:
        part = self.lines[self.lines["type"] == kind]
        if column == "budget_nok" and kind == LineType.INCOME and self.dues.budget_nok is None:
            return None  # the dues are the main income: without them the total would mislead
        return int(part[column].fillna(0).sum())

    @property
    def income_budget_nok(self) -> int | None:
        return self._sum(LineType.INCOME, "budget_nok")

    @property
    def income_actual_nok(self) -> int:
        return self._sum(LineType.INCOME, "actual_nok")

    @property
    def expense_budget_nok(self) -> int:
        return self._sum(LineType.EXPENSE, "budget_nok")

    @property
    def expense_actual_nok(self) -> int:
        return self._sum(LineType.EXPENSE, "actual_nok")

    @property
    def result_budget_nok(self) -> int | None:
        income = self.income_budget_nok
        return None if income is None else income - self.expense_budget_nok

    @property
    def result_actual_nok(self) -> int:
        return self.income_actual_nok - self.expense_actual_nok

    def project_share(self, column: str) -> float | None:
        """The share of the expenses (budget_nok or actual_nok) on lines that name a project."""
        expenses = self.lines[self.lines["type"] == LineType.EXPENSE]
        total = expenses[column].fillna(0).sum()
        if not total:
            return None
        return float(expenses.loc[expenses["project"].notna(), column].fillna(0).sum() / total)


def budget(db: Database, year: int) -> Budget:
    typed = db.query("SELECT line, type, budget_nok, actual_nok, project, note FROM budget_lines WHERE year = ?", [year])
    given = typed[[is_dues_line(name) for name in typed["line"]]]
    dues = dues_line(db, year, given)
    others = typed.drop(index=given.index).assign(computed=False)
    computed = pd.DataFrame(
        [
            {
                "line": DUES_LINE,
                "type": LineType.INCOME.value,
                "budget_nok": dues.budget_nok,
                "actual_nok": dues.actual_nok,
                "computed": True,
                "project": None,
                "note": None,
            }
        ]
    )
    others["order"] = [0 if t == LineType.INCOME else 1 for t in others["type"]]
    others = others.sort_values(["order", "budget_nok", "line"], ascending=[True, False, True]).drop(columns="order")
    lines = pd.concat([computed, others], ignore_index=True)[LINE_COLUMNS]
    for column in ("budget_nok", "actual_nok"):
        lines[column] = lines[column].astype("Int64")
    lines["computed"] = lines["computed"].astype(bool)
    return Budget(year, lines, dues, len(others), _project_lines(db, lines))


def dues_line(db: Database, year: int, given: pd.DataFrame) -> DuesLine:
    """The computed dues line of `year`, beside `given`: a budget file's own dues rows for it."""
    typed = {}
    if len(given):
        first = given.iloc[0]
        typed = {
            "typed_line": first["line"],
            "typed_budget_nok": int(given["budget_nok"].sum()),
            "typed_actual_nok": None if given["actual_nok"].isna().all() else int(given["actual_nok"].fillna(0).sum()),
        }
    # Actual: every payment registered for the year, the money that came in (also from a member
    # no longer billed), whether or not the dues can be computed.
    paid = int(db.query("SELECT coalesce(sum(amount_nok), 0) AS paid FROM payments WHERE year = ?", [year])["paid"].iloc[0])
    try:
        basis = dues_basis(db, year)
        dues = dues_for_year(db, year)
    except RuleMissing:  # accepted data never breaks the budget: the line says the dues are unknown
        return DuesLine(None, paid, None, None, (), **typed)
    known = dues["amount_nok"].notna()
    return DuesLine(
        int(dues.loc[known, "amount_nok"].sum()) if known.any() else None,
        paid,
        basis.rate,
        basis.population_date,
        tuple(dues.loc[~known, "municipality"]),
        **typed,
    )


def dues_lines_in_file(db: Database, frame: pd.DataFrame) -> list[tuple[int, DuesLine]]:
    """For a budget file about to be imported (rows with year, line, budget_nok, actual_nok): each
    year it gives a dues line for, with the computed line beside it, so the preview can say so."""
    given = frame[[is_dues_line(name) for name in frame["line"]]] if "line" in frame else frame.iloc[0:0]
    if "actual_nok" not in given:
        given = given.assign(actual_nok=None)
    return [(int(year), dues_line(db, int(year), rows)) for year, rows in given.groupby("year", sort=True)]


def _project_lines(db: Database, lines: pd.DataFrame) -> pd.DataFrame:
    linked = lines[lines["project"].notna()]
    if linked.empty:
        return pd.DataFrame(columns=PROJECT_COLUMNS)
    portfolio = db.query(
        "SELECT name AS project, budget_nok AS project_budget_nok, status AS project_status, funding_granted_nok FROM projects"
    )
    return linked.merge(portfolio, on="project", how="left")[PROJECT_COLUMNS].reset_index(drop=True)


def budget_years(db: Database) -> list[int]:
    """The years a budget is on record for."""
    return [int(y) for y in db.query("SELECT DISTINCT year FROM budget_lines ORDER BY year")["year"]]
