"""«Saker til behandling»: what the meeting should decide, gathered from the facts behind the
other slides (failing rule checks, seats to fill, terms ending, notices of leaving), in groups."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ...fmt import date_text
from ..blocks import Groups, SlidePlan, Topic
from ..wording import count_text, names_text, say
from .board import successor_text
from .meetings import compliance_text

DECISION_GROUPS = ("rules", "seats", "terms", "notice")
MAX_GROUP_ITEMS = 4  # per group on «Saker til behandling»; the notes and the workbook have them all


def decisions(rules, frames: dict[str, pd.DataFrame], on: dt.date) -> pd.DataFrame:
    """What the meeting should decide: failing rule checks, seats to fill, terms ending, notices."""
    rows: list[tuple[str, str]] = []
    for check in frames["checks"].itertuples():
        if not check.ok and check.check != "regions_covered":  # a missing region is a seat to fill, below
            rows.append(("rules", check.reason))
    for row in frames["compliance"].itertuples():
        if row.state == "missed":
            rows.append(("rules", compliance_text(row) + "."))
    for seat in frames["seats"].itertuples():
        if seat.vacant:
            rows.append(("seats", say("report.decisions.seat_board", region=seat.board_region)))
    for seat in frames["network"].itertuples():
        if seat.vacant:
            rows.append(("seats", say("report.decisions.seat_network", area=seat.area)))
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
        rows.append(("notice", item))
    return pd.DataFrame(rows, columns=["group", "item"])


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else value.date()


def decisions_slide(decisions: pd.DataFrame, on: dt.date) -> SlidePlan:
    groups = tuple(
        (say(f"report.decisions.{g}"), tuple(decisions.loc[decisions["group"] == g, "item"]) or (say("report.none"),))
        for g in DECISION_GROUPS
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
    notes = say("report.decisions.notes", on=date_text(on), groups=" ".join(f"{heading}: {'; '.join(items)}." for heading, items in groups))
    return SlidePlan(
        Topic.DECISIONS,
        say("report.decisions.kicker"),
        title,
        say("report.decisions.subtitle", date=date_text(on)),
        (Groups(shown),),
        (1.0,),
        notes,
    )
