"""The slides of the whole picture: the key figures of the year (members, population, dues,
meetings, vacancies, projects), what needs attention, and the one slide of a year nothing is
recorded for."""

from __future__ import annotations

import datetime as dt
import math

from ...facts import AttentionItem
from ...fmt import date_text, kr_text, number_text, percent_text
from ...metrics.dues import DuesBasis
from ...statuses import Severity
from ..blocks import Items, SlidePlan, Tiles, Topic
from ..wording import count_text, render, say

ATTENTION_MARKS = {Severity.BREACH: "bad", Severity.WATCH: "warn", Severity.ADVICE: "advice"}

CHARS_PER_LINE = 85  # an item line across the slide at 20 pt
ITEM_LINES = 13  # text lines the content area holds at 20 pt …
ITEM_SPACING = 0.5  # … and the space after each item, in lines


def empty_slide(year: int, basis: DuesBasis) -> SlidePlan:
    date = date_text(basis.population_date)
    items = (
        ("bad", say("report.empty.population", date=date, year=year)),
        ("bad", say("report.empty.meetings", year=year)),
        ("bad", say("report.empty.board", year=year)),
    )
    return SlidePlan(
        Topic.EMPTY,
        say("report.empty.kicker"),
        say("report.empty.title", year=year),
        say("report.empty.subtitle"),
        (Items(items),),
        (1.0,),
        say("report.empty.notes", year=year, date=date),
    )


def key_slide(f: dict, year: int, on: dt.date) -> SlidePlan:
    total, paid = f["dues_total_nok"], f["dues_paid_nok"]
    share = percent_text(paid / total) if total else "–"
    board_vacant = f["board_seats"] - f["board_seats_filled"]
    values = {"held": f["board_meetings_held"], "required": f["board_meetings_required"], "planned": f["board_meetings_planned"]}
    counted = f["population"] > 0  # no population at the basis date: say so rather than «0 innbyggere»
    population_date = date_text(f["population_date"])
    tiles = Tiles(
        (
            (say("report.key.members"), str(f["members"]), members_detail(f)),
            (
                say("report.key.population"),
                number_text(f["population"]) if counted else "–",
                say("report.key.population_detail" if counted else "report.key.population_missing", date=population_date),
            ),
            (
                say("report.key.dues", year=year),
                kr_text(total) if f["dues_known"] else "–",
                say("report.key.dues_detail", paid=kr_text(paid), share=share),
            ),
            (say("report.key.meetings", year=year), str(values["held"]), say("report.key.meetings_detail", **values)),
            (
                say("report.key.vacancies"),
                str(board_vacant + f["network_seats_vacant"]),
                say("report.key.vacancies_detail", board=board_vacant, network=f["network_seats_vacant"]),
            ),
            (say("report.key.projects"), str(f["active_projects"]), say("report.key.projects_detail")),
        )
    )
    notes = say(
        "report.key.notes",
        on=date_text(on),
        members=f["members"],
        population=number_text(f["population"]),
        population_date=date_text(f["population_date"]),
        year=year,
        total=kr_text(total),
        paid=kr_text(paid),
        board=board_vacant,
        network=f["network_seats_vacant"],
        projects=f["active_projects"],
        **values,
    )
    title = (
        say("report.key.title", members=f["members"], population=number_text(f["population"]), year=year)
        if counted
        else say("report.key.title_no_population", members=f["members"], year=year)
    )
    return SlidePlan(
        Topic.KEY_FIGURES, say("report.key.kicker"), title, say("report.key.subtitle", date=date_text(on)), (tiles,), (1.0,), notes
    )


def members_detail(f: dict) -> str:
    """The year's members are those on the due date; who of them leaves (or joins) in the year."""
    parts = [say("report.key.members_detail", date=date_text(f["due_date"]))]
    parts += [say("report.key.members_leaving", municipality=name, date=date_text(day)) for name, day in f["members_leaving"]]
    parts += [say("report.key.members_joining", municipality=name, date=date_text(day)) for name, day in f["members_joining"]]
    return " · ".join(parts)


def attention_slide(attention: tuple[AttentionItem, ...], year: int, on: dt.date) -> SlidePlan:
    """The one attention list; advice is marked as advice and not counted as a case."""
    lines = [(ATTENTION_MARKS[a.severity], f"{a.topic}: {render(a.message)}") for a in attention]
    items = _fitting(lines)
    cases = sum(1 for a in attention if a.severity != Severity.ADVICE)
    title = count_text("report.attention.title", cases) if cases else say("report.attention.title_none", year=year)
    notes = say("report.attention.notes", on=date_text(on), items=" ".join(words for _, words in lines) or say("report.attention.empty"))
    return SlidePlan(
        Topic.ATTENTION,
        say("report.attention.kicker"),
        title,
        say("report.attention.subtitle", date=date_text(on)),
        (Items(tuple(items or [("info", say("report.attention.empty"))])),),
        (1.0,),
        notes,
    )


def _fitting(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """As many items as the slide holds at 20 pt (a long one wraps), then «… og N til»."""
    lines = [math.ceil(len(words) / CHARS_PER_LINE) for _, words in items]
    if sum(lines) + len(lines) * ITEM_SPACING <= ITEM_LINES:
        return items
    kept, used = 0, 1 + ITEM_SPACING  # room for the «… og N til» line
    while used + lines[kept] + ITEM_SPACING <= ITEM_LINES:
        used += lines[kept] + ITEM_SPACING
        kept += 1
    return items[:kept] + [("info", say("report.more", count=len(items) - kept))]
