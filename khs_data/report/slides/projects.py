"""The projects slide: budget and external funding granted per project status, and the active
projects with their lead municipality."""

from __future__ import annotations

import pandas as pd

from ...charts.theme import GOOD, PALETTE
from ...fmt import kr_text
from ...statuses import ProjectStatus
from ..blocks import Chart, Items, Series, SlidePlan, Table, Topic
from ..wording import blank, say

PROJECT_ORDER = (*ProjectStatus, "ukjent")
MAX_ACTIVE_PROJECTS = 5


def _money(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def projects_slide(totals: pd.DataFrame, active: pd.DataFrame) -> SlidePlan:
    order = {status: i for i, status in enumerate(PROJECT_ORDER)}
    totals = totals.sort_values("status", key=lambda s: s.map(lambda v: order.get(v, len(order))))
    chart = (
        Chart(
            tuple(status.capitalize() for status in totals["status"]),
            (
                Series(say("report.projects.budget"), tuple(_money(v) for v in totals["budget_nok"]), GOOD),
                Series(say("report.projects.granted"), tuple(_money(v) for v in totals["funding_granted_nok"]), PALETTE[2]),
            ),
        )
        if len(totals)
        else Items((("info", say("report.projects.none")),))  # a chart with no categories is no chart (PowerPoint refuses it)
    )
    rows = [(p.name, blank(p.lead_municipality)) for p in active.itertuples()]
    if len(rows) > MAX_ACTIVE_PROJECTS:
        rows = rows[: MAX_ACTIVE_PROJECTS - 1] + [(say("report.more", count=len(rows) - MAX_ACTIVE_PROJECTS + 1), "")]
    table = Table((say("report.projects.col.active"), say("report.projects.col.lead")), tuple(rows), (4.4, 1.8))
    if len(active):
        title = say(
            "report.projects.title",
            count=len(active),
            budget=kr_text(active["budget_nok"].sum()),
            granted=kr_text(active["funding_granted_nok"].fillna(0).sum()),
        )
    else:
        title = say("report.projects.title_none", planned=int(totals.loc[totals["status"] == ProjectStatus.PLANNED, "projects"].sum()))
    notes = say(
        "report.projects.notes",
        rows=" ".join(
            say(
                "report.projects.notes_row",
                status=r.status,
                count=r.projects,
                budget=kr_text(r.budget_nok),
                applied=kr_text(r.funding_applied_nok),
                granted=kr_text(r.funding_granted_nok),
            )
            for r in totals.itertuples()
        ),
        active=", ".join(f"{p.name} ({p.lead_municipality})" for p in active.itertuples()) or say("report.none"),
    )
    return SlidePlan(
        Topic.PROJECTS, say("report.projects.kicker"), title, say("report.projects.subtitle"), (chart, table), (6.5, 6.2), notes
    )
