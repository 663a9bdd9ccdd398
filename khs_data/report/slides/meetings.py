"""The meetings slide: meetings held and planned against the minimum per body, the year's
meetings, and how a body short of its minimum is said."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ...charts.theme import GOOD, NEUTRAL, PALETTE
from ...fmt import date_text
from ...statuses import ComplianceState, MeetingStatus
from ...vocabulary import BOARD
from ..blocks import Chart, Items, Series, SlidePlan, Table, Topic
from ..wording import LANG, say

MAX_MEETINGS = 8
LIGHT = PALETTE[4]  # sky blue: planned, beside the accent's held


def meetings_slide(compliance: pd.DataFrame, year_meetings: pd.DataFrame, year: int, on: dt.date, today: dt.date) -> SlidePlan:
    # The board first: its four meetings a year are what the rule checks are mostly about.
    compliance = pd.concat([compliance[compliance["body"] == BOARD], compliance[compliance["body"] != BOARD]])
    chart = (
        Chart(
            tuple(compliance["body"]),
            (
                Series(say("report.meetings.held"), tuple(int(v) for v in compliance["held"]), GOOD),
                Series(say("report.meetings.planned"), tuple(int(v) for v in compliance["planned"]), LIGHT),
                Series(say("report.meetings.required"), tuple(int(v) for v in compliance["required_min"]), NEUTRAL),
            ),
            number_format="0",
        )
        if len(compliance)
        else Items((("info", say("report.meetings.no_minimum", year=year)),))  # a year before any minimum
    )
    title = say("report.meetings.title_ok", year=year)
    for row in compliance.itertuples():
        if row.state != ComplianceState.MET:
            title = compliance_text(row, today)
            break
    rows = [(date_text(m.date), m.body, m.status) for m in year_meetings.itertuples()]
    if len(rows) > MAX_MEETINGS:
        rows = rows[: MAX_MEETINGS - 1] + [("", say("report.more", count=len(rows) - MAX_MEETINGS + 1), "")]
    table = (
        Table(
            tuple(say(f"report.meetings.col.{c}") for c in ("date", "body", "status")),
            tuple(rows),
            (1.55, 3.3, 1.3),
            tuple("strong" if r[2] == MeetingStatus.PLANNED else "" for r in rows),
        )
        if rows
        else Items((("info", say("report.empty.meetings", year=year)),))
    )
    notes = say(
        "report.meetings.notes",
        year=year,
        on=date_text(on),
        rows=" ".join(
            say(
                "report.meetings.notes_row",
                body=r.body,
                held=r.held,
                planned=r.planned,
                cancelled=r.cancelled,
                required=r.required_min,
                rule=r.rule.describe(LANG),
            )
            for r in compliance.itertuples()
        ),
    )
    return SlidePlan(
        Topic.MEETINGS,
        say("report.meetings.kicker", year=year),
        title,
        say("report.meetings.subtitle", date=date_text(on)),
        (chart, table),
        (6.3, 6.4),
        notes,
    )


def compliance_text(row, today: dt.date) -> str:
    """A body short of its minimum, in the words that fit the state of its year (meeting_compliance as of today)."""
    key = {
        ComplianceState.NOT_MET: "title_missed",
        ComplianceState.REACHABLE: "title_pending",
        ComplianceState.TOO_FEW_PLANNED: "title_unreachable" if row.year <= today.year else "title_unplanned",
    }[row.state]
    return say(f"report.meetings.{key}", body=row.body, held=row.held, required=row.required_min, year=row.year, ahead=row.planned_ahead)
