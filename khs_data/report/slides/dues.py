"""The dues slide: the year's dues per member in two panels on one scale, the unpaid and overdue
picked out, and the agreement's rate, population date and due date said."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from ...charts.theme import BAD, GOOD
from ...fmt import date_text, kr_text, percent_text
from ...metrics.dues import DuesBasis
from ...statuses import OWING
from ..blocks import Chart, Items, Series, SlidePlan, Topic
from ..wording import names_text, say


def dues_slide(dues: pd.DataFrame, basis: DuesBasis, population_rule: str, year: int, today: dt.date, on: dt.date) -> SlidePlan:
    billed = dues[dues["population"].notna()]
    missing = dues[dues["population"].isna()]
    overdue = billed[billed["payment_status"].isin(OWING)]
    total, paid = int(billed["amount_nok"].sum()), int(billed["paid_nok"].clip(upper=billed["amount_nok"]).sum())
    values = {"year": year, "total": kr_text(total), "paid": kr_text(paid), "count": len(billed)}
    if len(missing):
        title = say("report.dues.title_missing", year=year, count=len(missing))
    elif len(overdue):
        names = list(overdue["municipality"])
        title = (
            say("report.dues.title_unpaid", names=names_text(names), **values)
            if len(names) <= 3
            else say("report.dues.title_unpaid_many", **{**values, "count": len(names)})
        )
    elif today <= basis.due_date and paid < total:
        title = say("report.dues.title_ahead", due=date_text(basis.due_date), **values)
    else:
        title = say("report.dues.title_paid", **values)
    subtitle = say("report.dues.subtitle", rate=basis.rate_nok, date=date_text(basis.population_date), due=date_text(basis.due_date))
    if len(overdue):
        subtitle += " · " + say("report.dues.subtitle_unpaid")
    # Two panels side by side so 21 names fit at 18 pt; one scale so the bars compare.
    half = math.ceil(len(billed) / 2)
    top = float(billed["amount_nok"].max()) * 1.2 if len(billed) else None
    panels = tuple(
        Chart(
            tuple(part["municipality"]),
            (
                Series(
                    say("report.dues.series"),
                    tuple(int(v) for v in part["amount_nok"]),
                    GOOD,
                    tuple(BAD if s in OWING else GOOD for s in part["payment_status"]),
                ),
            ),
            value_max=top,
        )
        for part in (billed.iloc[:half], billed.iloc[half:])
        if len(part)
    )
    largest = billed.head(3)
    unpaid = (
        say(
            "report.dues.notes_unpaid",
            items=", ".join(f"{r.municipality} {kr_text(r.amount_nok - r.paid_nok)}" for r in overdue.itertuples()),
        )
        if len(overdue)
        else say("report.dues.notes_all_paid")
    )
    if len(missing):
        unpaid += " " + say("report.dues.notes_missing", names=names_text(list(missing["municipality"])))
    notes = say(
        "report.dues.notes",
        year=year,
        rate=basis.rate_nok,
        rate_rule=basis.rate.describe(),
        population_date=date_text(basis.population_date),
        population_rule=population_rule,
        due=date_text(basis.due_date),
        total=kr_text(total),
        count=len(billed),
        paid=kr_text(paid),
        on=date_text(on),
        unpaid=unpaid,
        largest=", ".join(f"{r.municipality} {kr_text(r.amount_nok)}" for r in largest.itertuples()),
        largest_share=percent_text(largest["amount_nok"].sum() / total) if total else "–",
    )
    if not panels:
        panels = (Items((("bad", say("report.empty.population", date=date_text(basis.population_date), year=year)),)),)
    return SlidePlan(Topic.DUES, say("report.dues.kicker", year=year), title, subtitle, panels, (1.0,) * len(panels), notes)
