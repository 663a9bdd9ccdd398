"""Everything the annual meeting pack says about a year, gathered once from khs_data.metrics so
that the deck, the workbook and the page's preview show the very figures the dashboard pages show.

A pack is a list of slide plans: a topic, a title that states the finding, and blocks (a chart,
tiles, a table, checks, items, groups) that the deck and the preview each draw their own way."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import pandas as pd

from ..catalogue import text
from ..charts.theme import BAD, GOOD, NEUTRAL, PALETTE
from ..database import Database
from ..fmt import date_text, kr_text, number_text, percent_text
from ..metrics.actionplan import action_plan, plan_date
from ..metrics.board import board_changes_ahead, board_checks, board_seats
from ..metrics.budget import Budget, budget
from ..metrics.dues import DuesBasis, dues_basis, dues_for_year
from ..metrics.meetings import meeting_compliance, meetings
from ..metrics.members import members
from ..metrics.network import network_seats
from ..metrics.overview import focus_date, key_figures, needs_attention
from ..metrics.projects import active_projects, project_totals, projects
from ..rules import load_rules
from ..vocabulary import BOARD, MAYORS_MEETING

LANG = "nb"  # the deck is presented in bokmål
# Literal spaces, placed by conditions: "#,##0" shows 1,519,776 on an English-language machine, and a
# bare "# ##0" shows 1519 776 (its leftmost # takes every extra digit).
NUMBER_FORMAT = "[>=1000000]# ### ##0;[>=1000]# ##0;0"
DATE_FORMAT = "dd.mm.yyyy"
SAMPLE_SOURCE = "eksempeldata"  # the source bootstrap gives the shipped sample files
OVERDUE = ("forfalt", "delvis betalt")
PROJECT_ORDER = ("pågår", "planlagt", "avsluttet", "avbrutt", "ukjent")
CHARS_PER_LINE = 85  # an item line across the slide at 20 pt
ITEM_LINES = 13  # text lines the content area holds at 20 pt …
ITEM_SPACING = 0.5  # … and the space after each item, in lines
MAX_GROUP_ITEMS = 4  # per group on «Saker til behandling»; the notes and the workbook have them all
MAX_MEETINGS = 8
MAX_ACTIVE_PROJECTS = 5
LIGHT = PALETTE[4]  # sky blue: planned, beside the accent's held


def say(key: str, **values: object) -> str:
    return text(key, LANG, **values)


def count_text(key: str, n: int) -> str:
    return say(f"{key}.{'one' if n == 1 else 'many'}", n=n)


def names_text(names: list[str]) -> str:
    """«Hole», «Hole og Rollag», «Gol, Hol og Ål»."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {say('report.and')} {names[-1]}"


# -- blocks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    colour: str
    point_colours: tuple[str, ...] | None = None  # one per category, to pick out e.g. the unpaid


@dataclass(frozen=True)
class Chart:
    """A bar chart with its data: drawn as a native PowerPoint chart and as a plotly figure."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_max: float | None = None  # one scale for the panels of a slide
    number_format: str = NUMBER_FORMAT

    @property
    def legend(self) -> bool:
        return len(self.series) > 1


@dataclass(frozen=True)
class Tiles:
    items: tuple[tuple[str, str, str], ...]  # (label, value, detail)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative
    marks: tuple[str, ...] = ()  # per row: "bad" (drawn in the alarm colour), "strong" or ""


@dataclass(frozen=True)
class Checks:
    items: tuple[tuple[bool, str], ...]  # (ok, label)


@dataclass(frozen=True)
class Items:
    items: tuple[tuple[str, str], ...]  # (mark: "bad" | "warn" | "info", text)


@dataclass(frozen=True)
class Groups:
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, items)


Block = Chart | Tiles | Table | Checks | Items | Groups


@dataclass(frozen=True)
class SlidePlan:
    topic: str
    kicker: str
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    widths: tuple[float, ...]  # share of the content width, per block
    notes: str

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(b for b in self.blocks if isinstance(b, Chart))


@dataclass(frozen=True)
class AnnualPack:
    year: int
    today: dt.date
    on: dt.date  # the date the checks look at
    sample: bool
    has_data: bool
    meeting_date: dt.date | None  # the year's mayors' meeting, if still ahead
    basis: DuesBasis
    figures: dict  # key_figures for the year
    slides: tuple[SlidePlan, ...]  # the topics, then «Saker til behandling»
    frames: dict[str, pd.DataFrame]  # the metric results behind the slides, for the workbook
    budget: Budget | None = None  # the year's budget with its computed dues line, for the slide and the sheet

    @property
    def agenda(self) -> tuple[str, ...]:
        return tuple(s.kicker for s in self.slides)


# -- the pack -------------------------------------------------------------------------------------


def annual_pack(db: Database, year: int, today: dt.date | None = None) -> AnnualPack:
    today = today or dt.date.today()
    on = focus_date(year, today)
    basis = dues_basis(db, year)
    dues = dues_for_year(db, year, today)
    year_meetings = meetings(db, year)
    seats = board_seats(db, on)
    frames = {
        "dues": dues,
        "meetings": year_meetings,
        "seats": seats,
        "checks": board_checks(db, on),
        "changes": board_changes_ahead(db, on),
        "compliance": meeting_compliance(db, year, today),
        "network": network_seats(db, on),
        "projects": projects(db),
        "project_totals": project_totals(db),
        "active_projects": active_projects(db, on),
        "attention": needs_attention(db, year, today),
        "members": members(db),
        "overdue_measures": action_plan(db, year, plan_date(year, today)).overdue,
    }
    # A year nothing is recorded for (no population basis, no meetings, nobody on the board) gets a
    # deck that says so, not slides of zeros and vacancies.
    has_data = bool(dues["population"].notna().any() or len(year_meetings) or (~seats["vacant"]).any())
    ahead = year_meetings[(year_meetings["body"] == MAYORS_MEETING) & (year_meetings["date"] >= pd.Timestamp(today))]
    figures = key_figures(db, year, today)
    common = {
        "year": year,
        "today": today,
        "on": on,
        "sample": _has_sample(db),
        "has_data": has_data,
        "meeting_date": ahead["date"].iloc[0].date() if len(ahead) else None,
        "basis": basis,
        "figures": figures,
    }
    if not has_data:
        return AnnualPack(**common, slides=(_empty_slide(year, basis),), frames=frames)
    from .budget_slide import budget_slide  # it draws with this module's blocks

    rules = load_rules(db)
    frames["decisions"] = _decisions(rules, frames, on)
    figures_budget = budget(db, year)
    slides = (
        _key_slide(figures, year, on),
        _dues_slide(frames["dues"], basis, rules.at("population_years_before", dt.date(year, 1, 1)).describe(), year, today, on),
        budget_slide(figures_budget),
        _board_slide(frames["seats"], frames["checks"], frames["changes"], on),
        _meetings_slide(frames["compliance"], year_meetings, year, on),
        _network_slide(frames["network"], on),
        _projects_slide(frames["project_totals"], frames["active_projects"]),
        _attention_slide(frames["attention"], year, on),
        _decisions_slide(frames["decisions"], on),
    )
    return AnnualPack(**common, slides=slides, frames=frames, budget=figures_budget)


def _has_sample(db: Database) -> bool:
    found = db.query("SELECT count(*) AS n FROM imports WHERE source = ? AND undone_at IS NULL", [SAMPLE_SOURCE])
    return int(found["n"].iloc[0]) > 0


def _empty_slide(year: int, basis: DuesBasis) -> SlidePlan:
    date = date_text(basis.population_date)
    items = (
        ("bad", say("report.empty.population", date=date, year=year)),
        ("bad", say("report.empty.meetings", year=year)),
        ("bad", say("report.empty.board", year=year)),
    )
    return SlidePlan(
        "empty",
        say("report.empty.kicker"),
        say("report.empty.title", year=year),
        say("report.empty.subtitle"),
        (Items(items),),
        (1.0,),
        say("report.empty.notes", year=year, date=date),
    )


def _key_slide(f: dict, year: int, on: dt.date) -> SlidePlan:
    total, paid = f["dues_total_nok"], f["dues_paid_nok"]
    share = percent_text(paid / total) if total else "–"
    board_vacant = f["board_seats"] - f["board_seats_filled"]
    values = {"held": f["board_meetings_held"], "required": f["board_meetings_required"], "planned": f["board_meetings_planned"]}
    counted = f["population"] > 0  # no population at the basis date: say so rather than «0 innbyggere»
    population_date = date_text(f["population_date"])
    tiles = Tiles(
        (
            (say("report.key.members"), str(f["members"]), say("report.key.members_detail", date=date_text(on))),
            (
                say("report.key.population"),
                number_text(f["population"]) if counted else "–",
                say("report.key.population_detail" if counted else "report.key.population_missing", date=population_date),
            ),
            (
                say("report.key.dues", year=year),
                kr_text(total) if counted else "–",
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
        "key_figures", say("report.key.kicker"), title, say("report.key.subtitle", date=date_text(on)), (tiles,), (1.0,), notes
    )


def _dues_slide(dues: pd.DataFrame, basis: DuesBasis, population_rule: str, year: int, today: dt.date, on: dt.date) -> SlidePlan:
    billed = dues[dues["population"].notna()]
    missing = dues[dues["population"].isna()]
    overdue = billed[billed["payment_status"].isin(OVERDUE)]
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
                    tuple(BAD if s in OVERDUE else GOOD for s in part["payment_status"]),
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
    return SlidePlan("dues", say("report.dues.kicker", year=year), title, subtitle, panels, (1.0,) * len(panels), notes)


def _board_slide(seats: pd.DataFrame, checks: pd.DataFrame, changes: pd.DataFrame, on: dt.date) -> SlidePlan:
    rows, marks = [], []
    for seat in seats.itertuples():
        if seat.vacant:
            rows.append((seat.board_region, say("report.vacant"), "", ""))
            marks.append("bad")
            continue
        person = (
            seat.person
            if seat.role == "medlem"
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
    check_items = Checks(tuple((bool(c.ok), say(f"report.check.{c.check}")) for c in checks.itertuples()))
    vacant = int(seats["vacant"].sum())
    without_successor = int(changes["successor"].isna().sum())
    failing = int((~checks["ok"].astype(bool) & (checks["check"] != "regions_covered")).sum())
    parts = [
        count_text(key, n)
        for key, n in (("report.board.vacant", vacant), ("report.board.ending", without_successor), ("report.board.failing", failing))
        if n
    ]
    title = say("report.board.title", parts=", ".join(parts)) if parts else say("report.board.title_ok")
    check_notes = " ".join(
        say("report.board.notes_check", mark="✔" if c.ok else "✘", label=say(f"report.check.{c.check}"), reason=c.reason, rule=c.rule)
        for c in checks.itertuples()
    )
    term_notes = " ".join(
        say("report.board.notes_term", person=c.person, region=c.board_region, date=date_text(c.end), successor=_successor(c))
        for c in changes.itertuples()
    )
    notes = say("report.board.notes", on=date_text(on), filled=len(seats) - vacant, seats=len(seats), checks=check_notes, terms=term_notes)
    return SlidePlan(
        "board",
        say("report.board.kicker"),
        title,
        say("report.board.subtitle", date=date_text(on)),
        (table, check_items),
        (8.5, 2.93),
        notes,
    )


def _successor(change) -> str:
    if change.successor is None or pd.isna(change.successor):
        return say("report.successor.none")
    if change.successor == change.person:
        return say("report.successor.same")
    return say("report.successor.other", person=change.successor)


def _meetings_slide(compliance: pd.DataFrame, year_meetings: pd.DataFrame, year: int, on: dt.date) -> SlidePlan:
    # The board first: its four meetings a year are what the rule checks are mostly about.
    compliance = pd.concat([compliance[compliance["body"] == BOARD], compliance[compliance["body"] != BOARD]])
    chart = Chart(
        tuple(compliance["body"]),
        (
            Series(say("report.meetings.held"), tuple(int(v) for v in compliance["held"]), GOOD),
            Series(say("report.meetings.planned"), tuple(int(v) for v in compliance["planned"]), LIGHT),
            Series(say("report.meetings.required"), tuple(int(v) for v in compliance["required_min"]), NEUTRAL),
        ),
        number_format="0",
    )
    title = say("report.meetings.title_ok", year=year)
    for row in compliance.itertuples():
        if row.state != "ok":
            title = _compliance_text(row)
            break
    rows = [(date_text(m.date), m.body, m.status) for m in year_meetings.itertuples()]
    if len(rows) > MAX_MEETINGS:
        rows = rows[: MAX_MEETINGS - 1] + [("", say("report.more", count=len(rows) - MAX_MEETINGS + 1), "")]
    table = (
        Table(
            tuple(say(f"report.meetings.col.{c}") for c in ("date", "body", "status")),
            tuple(rows),
            (1.55, 3.3, 1.3),
            tuple("strong" if r[2] == "planlagt" else "" for r in rows),
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
                rule=r.rule,
            )
            for r in compliance.itertuples()
        ),
    )
    return SlidePlan(
        "meetings",
        say("report.meetings.kicker", year=year),
        title,
        say("report.meetings.subtitle", date=date_text(on)),
        (chart, table),
        (6.3, 6.4),
        notes,
    )


def _compliance_text(row) -> str:
    """A body short of its minimum, in the words that fit the state of its year (meeting_compliance)."""
    key = {
        "missed": "title_missed" if row.year_finished else "title_unreachable",
        "reachable": "title_pending",
        "unplanned": "title_unplanned",
    }[row.state]
    return say(f"report.meetings.{key}", body=row.body, held=row.held, required=row.required_min, year=row.year, ahead=row.planned_ahead)


def _network_slide(seats: pd.DataFrame, on: dt.date) -> SlidePlan:
    rows = tuple(
        (s.area, say("report.vacant"), "", s.covers) if s.vacant else (s.area, s.person, s.municipality or "", s.covers)
        for s in seats.itertuples()
    )
    table = Table(
        tuple(say(f"report.network.col.{c}") for c in ("area", "person", "municipality", "covers")),
        rows,
        (2.9, 2.8, 1.9, 5.1),
        tuple("bad" if v else "" for v in seats["vacant"]),
    )
    vacant = list(seats.loc[seats["vacant"], "area"])
    filled = len(seats) - len(vacant)
    title = (
        say("report.network.title", filled=filled, seats=len(seats), areas=names_text(vacant))
        if vacant
        else say("report.network.title_ok", seats=len(seats))
    )
    notes = say(
        "report.network.notes",
        on=date_text(on),
        filled=filled,
        seats=len(seats),
        rows=" ".join(say("report.network.notes_row", area=r[0], person=r[1] + (f" ({r[2]})" if r[2] else "")) for r in rows),
    )
    return SlidePlan(
        "network", say("report.network.kicker"), title, say("report.network.subtitle", date=date_text(on)), (table,), (1.0,), notes
    )


def _money(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _projects_slide(totals: pd.DataFrame, active: pd.DataFrame) -> SlidePlan:
    order = {status: i for i, status in enumerate(PROJECT_ORDER)}
    totals = totals.sort_values("status", key=lambda s: s.map(lambda v: order.get(v, len(order))))
    chart = Chart(
        tuple(status.capitalize() for status in totals["status"]),
        (
            Series(say("report.projects.budget"), tuple(_money(v) for v in totals["budget_nok"]), GOOD),
            Series(say("report.projects.granted"), tuple(_money(v) for v in totals["funding_granted_nok"]), PALETTE[2]),
        ),
    )
    rows = [(p.name, p.lead_municipality or "") for p in active.itertuples()]
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
        title = say("report.projects.title_none", planned=int(totals.loc[totals["status"] == "planlagt", "projects"].sum()))
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
    return SlidePlan("projects", say("report.projects.kicker"), title, say("report.projects.subtitle"), (chart, table), (6.5, 6.2), notes)


def _attention_slide(attention: pd.DataFrame, year: int, on: dt.date) -> SlidePlan:
    items = _fitting([("bad" if a.severity == "rød" else "warn", f"{a.topic}: {a.message}") for a in attention.itertuples()])
    title = count_text("report.attention.title", len(attention)) if len(attention) else say("report.attention.title_none", year=year)
    notes = say(
        "report.attention.notes",
        on=date_text(on),
        items=" ".join(f"{a.topic}: {a.message}" for a in attention.itertuples()) or say("report.attention.empty"),
    )
    return SlidePlan(
        "attention",
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


DECISION_GROUPS = ("rules", "seats", "terms", "notice", "plan")


def _decisions(rules, frames: dict[str, pd.DataFrame], on: dt.date) -> pd.DataFrame:
    """What the meeting should decide: failing rule checks, seats to fill, terms ending, notices."""
    rows: list[tuple[str, str]] = []
    for check in frames["checks"].itertuples():
        if not check.ok and check.check != "regions_covered":  # a missing region is a seat to fill, below
            rows.append(("rules", check.reason))
    for row in frames["compliance"].itertuples():
        if row.state == "missed":
            rows.append(("rules", _compliance_text(row) + "."))
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
                    successor=_successor(change),
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
    for m in frames["overdue_measures"].itertuples():
        rows.append(("plan", say("report.decisions.plan_item", measure=m.measure, deadline=date_text(m.deadline))))
    return pd.DataFrame(rows, columns=["group", "item"])


def _day(value: object) -> dt.date | None:
    return None if pd.isna(value) else value.date()


def _decisions_slide(decisions: pd.DataFrame, on: dt.date) -> SlidePlan:
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
        "decisions",
        say("report.decisions.kicker"),
        title,
        say("report.decisions.subtitle", date=date_text(on)),
        (Groups(shown),),
        (1.0,),
        notes,
    )
