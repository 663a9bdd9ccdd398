"""Sentences about the action plan's and the budget's facts, from the catalogue: written here
once for the pages, the CLI and the annual pack alike."""

from __future__ import annotations

import pandas as pd

from .catalogue import text
from .fmt import date_text, kr_text
from .metrics.budget import Budget, DuesLine
from .statuses import MeasureStatus


def dues_rule(figures: Budget, lang: str = "nb") -> str:
    """How the dues line is computed: rate, population date and the rule's source and period."""
    dues = figures.dues
    if dues.rate is None:
        return text("budget.rule_missing", lang, year=figures.year)
    return text(
        "budget.rule",
        lang,
        rate=dues.rate.number,
        population_date=date_text(dues.population_date),
        source=dues.rate.describe(),
        year=figures.year,
    )


def dues_comparison(dues: DuesLine, year: int, lang: str = "nb") -> list[tuple[bool, str]]:
    """What a budget file's own dues line says beside the computed one, and members without a
    population figure: (whether all is well, the sentence)."""
    sentences = []
    if dues.missing_population:
        names = ", ".join(dues.missing_population)
        sentences.append((False, text("budget.dues_missing_population", lang, date=date_text(dues.population_date), names=names)))
    if dues.typed_line is None:
        return sentences
    values = {"line": dues.typed_line, "year": year}
    for typed, computed, difference, key in (
        (dues.typed_budget_nok, dues.budget_nok, dues.budget_difference_nok, "budget.dues_differs"),
        (dues.typed_actual_nok, dues.actual_nok, dues.actual_difference_nok, "budget.dues_actual_differs"),
    ):
        if difference:
            amounts = {"typed": kr_text(typed, lang), "computed": kr_text(computed, lang), "difference": kr_text(abs(difference), lang)}
            sentences.append((False, text(f"{key}_{'more' if difference > 0 else 'less'}", lang, **amounts, **values)))
    if dues.budget_difference_nok == 0:
        sentences.append((True, text("budget.dues_agrees", lang, computed=kr_text(dues.budget_nok, lang), **values)))
    return sentences


def status_text(status: str, lang: str = "nb") -> str:
    return text(f"actionplan.status.{MeasureStatus(status).value}", lang)


def overdue_measure(measure, lang: str = "nb") -> str:
    """One overdue measure (a row of ActionPlan.measures) as the attention list says it."""
    owner = measure.owner if isinstance(measure.owner, str) and measure.owner else text("actionplan.no_owner", lang)
    return text(
        "actionplan.overdue_item",
        lang,
        measure=measure.measure,
        focus_area=measure.focus_area,
        deadline=date_text(pd.Timestamp(measure.deadline)),
        status=status_text(measure.status, lang),
        owner=owner,
    )
