"""«Saker til behandling»: what the meeting should decide, gathered from the facts behind the
other slides, in groups: the failing rule checks (the very ones the attention list, Oversikt and
the CLI give), advice not followed, seats to fill, terms ending, notices of leaving, overdue
measures of the action plan."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ...facts import AttentionItem
from ...fmt import date_text
from ...statuses import Severity
from ..blocks import Groups, SlidePlan, Topic
from ..wording import count_text, names_text, render, say
from .board import successor_text

DECISION_GROUPS = ("rules", "advice", "seats", "terms", "notice", "plan")
MAX_GROUP_ITEMS = 4  # per group on «Saker til behandling»; the notes and the workbook have them all


def decisions(rules, attention: tuple[AttentionItem, ...], frames: dict[str, pd.DataFrame], on: dt.date) -> pd.DataFrame:
    """What the meeting should decide (group, item, check): every failing rule check of the one
    attention list, the advice not followed, seats to fill, terms ending, notices."""
    rows: list[tuple[str, str, str | None]] = []
    for item in attention:
        if item.check is not None and item.severity == Severity.BREACH:
            rows.append(("rules", render(item.message), item.check))
        elif item.severity == Severity.ADVICE:
            rows.append(("advice", render(item.message), item.check))
    for seat in frames["seats"].itertuples():
        if seat.vacant:
            rows.append(("seats", say("report.decisions.seat_board", region=seat.board_region), None))
    for seat in frames["network"].itertuples():
        if seat.vacant:
            rows.append(("seats", say("report.decisions.seat_network", area=seat.area), None))
    for change in frames["changes"].itertuples():
        rows.append(
            (
                "terms",
                say(
                    "report.decisions.term",
                    region=change.board_region,
                    person=change.person,
                    date=date_text(change.end),
                    successor=successor_text(change),
                ),
                None,
            )
        )
    register = frames["members"]
    stamp = pd.Timestamp(on)
    leaving = register[(register["notice_date"] <= stamp) & (register["leaving_date"] > stamp)]
    for m in leaving.itertuples():
        item = say(
            "report.decisions.notice_item", municipality=m.municipality, notice=date_text(m.notice_date), leaving=date_text(m.leaving_date)
        )
        if rules.billed(m.leaving_date.year, _day(m.member_since), m.notice_date.date()):
            item += say("report.decisions.notice_dues", year=m.leaving_date.year)
        rows.append(("notice", item, None))
    for m in frames["overdue_measures"].itertuples():
        rows.append(("plan", say("report.decisions.plan_item", measure=m.measure, deadline=date_text(m.deadline)), None))
    return pd.DataFrame(rows, columns=["group", "item", "check"])


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else value.date()


def decisions_slide(decisions: pd.DataFrame, on: dt.date) -> SlidePlan:
    groups = tuple(
        (say(f"report.decisions.{g}"), tuple(decisions.loc[decisions["group"] == g, "item"]) or (say("report.none"),))
        for g in DECISION_GROUPS
        if g != "advice" or (decisions["group"] == g).any()  # advice only when there is some
    )
    shown = tuple(
        (
            heading,
            items
            if len(items) <= MAX_GROUP_ITEMS
            else items[: MAX_GROUP_ITEMS - 1] + (say("report.more", count=len(items) - MAX_GROUP_ITEMS + 1),),
        )
        for heading, items in groups
    )
    counts = decisions["group"].value_counts()
    parts = [count_text(f"report.decisions.count.{g}", int(counts[g])) for g in DECISION_GROUPS if g in counts]
    title = say("report.decisions.title", parts=names_text(parts)) if parts else say("report.decisions.title_none")
    notes = say(
        "report.decisions.notes",
        on=date_text(on),
        groups=" ".join(f"{heading}: {'; '.join(i.rstrip('.') for i in items)}." for heading, items in groups),
    )
    return SlidePlan(
        Topic.DECISIONS,
        say("report.decisions.kicker"),
        title,
        say("report.decisions.subtitle", date=date_text(on)),
        (Groups(shown),),
        (1.0,),
        notes,
    )
