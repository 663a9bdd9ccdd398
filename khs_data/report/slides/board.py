"""The board slide: who holds each board region's seat until when, the vacancies, and the
agreement's checks on the board; also how a term's successor is said."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ...catalogue import text
from ...facts import Check
from ...fmt import date_text
from ...statuses import Role
from ..blocks import Checks, SlidePlan, Table, Topic
from ..wording import LANG, count_text, render, say

MARKS = {"ok": "✔", "bad": "✘", "advice": "i"}


def check_mark(check: Check) -> str:
    """ok, bad (a requirement not met) or advice (a «bør» not met: never drawn as a breach)."""
    return "ok" if check.ok else ("bad" if check.breach else "advice")


def board_slide(seats: pd.DataFrame, checks: tuple[Check, ...], changes: pd.DataFrame, on: dt.date) -> SlidePlan:
    rows, marks = [], []
    for seat in seats.itertuples():
        if seat.vacant:
            rows.append((seat.board_region, say("report.vacant"), "", ""))
            marks.append("bad")
            continue
        person = (
            seat.person
            if seat.role == Role.MEMBER
            else say("report.board.person_role", person=seat.person, role=text(f"role.{seat.role}", LANG))
        )
        rows.append((seat.board_region, person, seat.municipality, date_text(seat.end)))
        marks.append("strong" if seat.ends_soon else "")
    table = Table(
        tuple(say(f"report.board.col.{c}") for c in ("region", "person", "municipality", "end")),
        tuple(rows),
        (2.5, 2.9, 1.5, 1.6),
        tuple(marks),
    )
    check_items = Checks(tuple((check_mark(c), say(f"report.check.{c.id}")) for c in checks))
    vacant = int(seats["vacant"].sum())
    without_successor = int(changes["successor"].isna().sum())
    # A missing region is said as a vacancy; advice is no failing check.
    failing = sum(1 for c in checks if c.breach and c.id != "regions_covered")
    parts = [
        count_text(key, n)
        for key, n in (("report.board.vacant", vacant), ("report.board.ending", without_successor), ("report.board.failing", failing))
        if n
    ]
    title = say("report.board.title", parts=", ".join(parts)) if parts else say("report.board.title_ok")
    check_notes = " ".join(
        say(
            "report.board.notes_check",
            mark=MARKS[check_mark(c)],
            label=say(f"report.check.{c.id}"),
            reason=render(c.reason),
            rule=render(c.rule),
            level=text(f"common.level.{c.level}", LANG),
        )
        for c in checks
    )
    term_notes = " ".join(
        say("report.board.notes_term", person=c.person, region=c.board_region, date=date_text(c.end), successor=successor_text(c))
        for c in changes.itertuples()
    )
    notes = say("report.board.notes", on=date_text(on), filled=len(seats) - vacant, seats=len(seats), checks=check_notes, terms=term_notes)
    return SlidePlan(
        Topic.BOARD,
        say("report.board.kicker"),
        title,
        say("report.board.subtitle", date=date_text(on)),
        (table, check_items),
        (8.5, 2.93),
        notes,
    )


def successor_text(change) -> str:
    if change.successor is None or pd.isna(change.successor):
        return say("report.successor.none")
    if change.successor == change.person:
        return say("report.successor.same")
    return say("report.successor.other", person=change.successor)
