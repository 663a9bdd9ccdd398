"""The action plan and the budget in the annual pack and on Oversikt: the budget slide's native chart
and table hold the budget's figures, the workbook's budget sheet sums by formula to the same
figures, and overdue measures are among the decisions and on the attention list."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from khs_data.fmt import kr_text
from khs_data.metrics.actionplan import action_plan
from khs_data.metrics.budget import budget
from khs_data.metrics.overview import needs_attention
from khs_data.report.blocks import Topic
from khs_data.report.deck import build_deck
from khs_data.report.pack import annual_pack
from khs_data.report.workbook import build_workbook
from khs_data.wording import say

TODAY = dt.date(2026, 11, 23)
YEAR = 2026


@pytest.fixture(scope="module")
def deck(sample_db):
    return Presentation(io.BytesIO(build_deck(sample_db, YEAR, TODAY)))


def slide_about(deck, kicker: str):
    return next(s for s in deck.slides if any(sh.name == "Kicker" and sh.text_frame.text == kicker for sh in s.shapes))


def test_the_budget_slide_has_a_native_chart_of_the_expense_lines(sample_db, deck):
    slide = slide_about(deck, "BUDSJETT 2026")
    charts = [s.chart for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.CHART]
    assert len(charts) == 1
    plot = charts[0].plots[0]
    figures = budget(sample_db, YEAR)
    expenses = figures.lines[figures.lines["type"] == "utgift"]
    assert list(plot.categories)[:5] == list(expenses["line"].iloc[:5])
    assert list(plot.categories)[5] == f"Øvrige utgifter ({len(expenses) - 5})"
    assert sum(plot.series[0].values) == figures.expense_budget_nok == 1_880_000
    assert sum(plot.series[1].values) == figures.expense_actual_nok
    assert [s.name for s in plot.series] == ["Budsjett", "Regnskap så langt"]


def test_the_budget_slide_states_the_result_with_the_computed_dues(sample_db, deck):
    slide = slide_about(deck, "BUDSJETT 2026")
    figures = budget(sample_db, YEAR)
    assert slide.shapes.title.text == "Budsjettet for 2026 gir kr 4 776 i overskudd; 29 % av utgiftene går til prosjekter"
    table = next(s.table for s in slide.shapes if s.has_table)
    rows = {table.cell(r, 0).text: (table.cell(r, 1).text, table.cell(r, 2).text) for r in range(1, len(table.rows))}
    assert rows["herav kontingent"] == (kr_text(1_519_776), kr_text(figures.dues.actual_nok))
    assert rows["Resultat"] == (kr_text(figures.result_budget_nok), kr_text(figures.result_actual_nok))
    notes = slide.notes_slide.notes_text_frame.text
    assert "kr 3 per innbygger × folketall per 01.01.2025" in notes and "kr 224 mer enn utregnet" in notes


def test_the_decisions_slide_lists_the_overdue_measures(deck):
    slide = slide_about(deck, "SAKER TIL BEHANDLING")
    words = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert "2 forfalte tiltak" in slide.shapes.title.text
    assert "Forfalte tiltak i handlingsplanen" in words
    assert "Felles rekrutteringskampanje for sykepleiere (frist 15.06.2026)" in words


def test_the_workbook_budget_sheet_sums_by_formula_to_the_budgets_figures(sample_db):
    data = build_workbook(sample_db, YEAR, TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Budsjett 2026"]
    cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)["Budsjett 2026"]
    figures = budget(sample_db, YEAR)
    last = len(figures.lines) + 1
    assert [c.value for c in sheet[1]] == ["Post", "Type", "Budsjett", "Regnskap", "Prosjekt", "Utregnet", "Merknad"]
    assert (sheet.cell(2, 1).value, sheet.cell(2, 3).value, sheet.cell(2, 6).value) == ("Medlemskontingent", 1_519_776, "Ja")
    assert sheet.cell(last + 1, 3).value == f'=SUMIF($B$2:$B${last},"inntekt",C2:C{last})'
    assert [cached.cell(last + r, 3).value for r in (1, 2, 3)] == [
        figures.income_budget_nok,
        figures.expense_budget_nok,
        figures.result_budget_nok,
    ]
    assert "kr 224 mer enn utregnet" in " ".join(str(c.value) for c in sheet["A"] if c.value)


def test_overdue_measures_are_on_the_attention_list_with_the_page_to_read(sample_db):
    plan_items = [item for item in needs_attention(sample_db, YEAR, TODAY) if item.topic == "Handlingsplan"]
    assert [item.page for item in plan_items] == ["handlingsplan", "handlingsplan"]
    assert say(plan_items[1].message) == (
        "Tiltaket «Felles rekrutteringskampanje for sykepleiere» (Rekruttering og kompetanse) er forfalt: frist 15.06.2026, utsatt."
    )
    assert len(plan_items) == len(action_plan(sample_db, YEAR, TODAY).overdue)
    pack = annual_pack(sample_db, YEAR, TODAY)
    attention_slide = next(s for s in pack.slides if s.topic == Topic.ATTENTION)
    assert "Handlingsplan: Tiltaket «Felles rekrutteringskampanje for sykepleiere»" in attention_slide.notes  # all, where the slide is full


@pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
def test_oversikt_shows_the_overdue_measures_in_both_languages(sample_db):
    app = open_app(sample_db.path, "pages/oversikt.py", year=YEAR)
    items = [m.value for m in app.markdown if "khs-check" in m.value and "Handlingsplan" in m.value]
    assert len(items) == 2 and "Felles rekrutteringskampanje for sykepleiere" in items[1]
    app = open_app(sample_db.path, "pages/oversikt.py", year=YEAR, lang="nn")
    assert any("er forfalle: frist 15.06.2026, utsett" in m.value for m in app.markdown)
