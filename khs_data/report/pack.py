"""Everything the annual meeting pack says about a year, gathered once from khs_data.metrics so
that the deck, the workbook and the page's preview show the very figures the dashboard pages show.

A pack is a list of slide plans (report.slides, one module per topic) over the metric results
behind them (kept for the workbook)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ..database import Database
from ..metrics.actionplan import action_plan, plan_date
from ..metrics.board import board_changes_ahead, board_seats
from ..metrics.board_checks import board_checks
from ..metrics.budget import budget
from ..metrics.dues import dues_basis, dues_for_year
from ..metrics.meetings import meeting_compliance, meetings
from ..metrics.members import members
from ..metrics.network import network_seats
from ..metrics.overview import focus_date, key_figures, needs_attention
from ..metrics.projects import active_projects, project_totals, projects
from ..rules import load_rules
from ..vocabulary import MAYORS_MEETING
from ..wording import attention_frame, checks_frame
from .blocks import AnnualPack
from .slides.board import board_slide
from .slides.budget import budget_slide
from .slides.decisions import decisions, decisions_slide
from .slides.dues import dues_slide
from .slides.meetings import meetings_slide
from .slides.network import network_slide
from .slides.overview import attention_slide, empty_slide, key_slide
from .slides.projects import projects_slide
from .wording import pack_lang, speaking

SAMPLE_SOURCE = "eksempeldata"  # the source bootstrap gives the shipped sample files


def annual_pack(db: Database, year: int, today: dt.date | None = None, lang: str = "nb") -> AnnualPack:
    """The pack for `year`, every word in `lang` (nb: bokmål, nn: nynorsk)."""
    with speaking(lang):
        return _annual_pack(db, year, today or dt.date.today(), lang)


def _annual_pack(db: Database, year: int, today: dt.date, lang: str) -> AnnualPack:
    on = focus_date(year, today)
    basis = dues_basis(db, year)
    dues = dues_for_year(db, year, today)
    year_meetings = meetings(db, year, today)
    seats = board_seats(db, on)
    checks = board_checks(db, on)
    # The one attention list: its failing checks are the decisions slide's and the CLI's.
    attention = needs_attention(db, year, today)
    frames = {
        "dues": dues,
        "meetings": year_meetings,
        "seats": seats,
        "checks": checks_frame(checks, pack_lang()),
        "changes": board_changes_ahead(db, on),
        "compliance": meeting_compliance(db, year, today),
        "network": network_seats(db, on),
        "projects": projects(db),
        "project_totals": project_totals(db),
        "active_projects": active_projects(db, on),
        "attention": attention_frame(attention, pack_lang()),
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
        "lang": lang,
    }
    rules = load_rules(db)
    frames["decisions"] = decisions(rules, attention, frames, on)
    if not has_data:
        return AnnualPack(**common, slides=(empty_slide(year, basis),), frames=frames)
    figures_budget = budget(db, year)
    slides = (
        key_slide(figures, year, on),
        dues_slide(frames["dues"], basis, basis.population_rule.describe(pack_lang()), year, today, on),
        budget_slide(figures_budget),
        board_slide(frames["seats"], checks, frames["changes"], on),
        meetings_slide(frames["compliance"], year_meetings, year, on, today),
        network_slide(frames["network"], on),
        projects_slide(frames["project_totals"], frames["active_projects"]),
        attention_slide(attention, year, on),
        decisions_slide(frames["decisions"], on),
    )
    return AnnualPack(**common, slides=slides, frames=frames, budget=figures_budget)


def _has_sample(db: Database) -> bool:
    found = db.query("SELECT count(*) AS n FROM imports WHERE source = ? AND undone_at IS NULL", [SAMPLE_SOURCE])
    return int(found["n"].iloc[0]) > 0
