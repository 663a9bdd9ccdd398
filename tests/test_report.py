"""The annual meeting pack: the deck opens, has the topic slides, its charts are native chart
objects holding the metric results, text is readable, notes name the sources; the workbook's
sums equal the dues page; the CLI writes both files, also for a year without data."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.shapes.graphfrm import GraphicFrame
from pptx.util import Inches, Pt

from khs_data.catalogue import text
from khs_data.catalogue.report import TEXTS
from khs_data.charts.report import slide_chart
from khs_data.database import Database
from khs_data.importer import run_import
from khs_data.metrics.dues import dues_basis, dues_for_year
from khs_data.metrics.meetings import meeting_compliance
from khs_data.metrics.overview import focus_date
from khs_data.metrics.projects import project_totals
from khs_data.report import annual_pack_files
from khs_data.report.blocks import Topic
from khs_data.report.deck import build_deck
from khs_data.report.pack import annual_pack
from khs_data.report.workbook import build_workbook

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
YEAR = 2026
EMPTY_YEAR = 2031
TOPICS = [
    "NØKKELTALL",
    "KONTINGENT 2026",
    "BUDSJETT 2026",
    "STYRET: PERIODER OG REGELSJEKK",
    "MØTER OG MØTEKRAV 2026",
    "SAMHANDLINGSNETTVERKET",
    "PROSJEKTER",
    "TRENGER OPPMERKSOMHET",
    "SAKER TIL BEHANDLING",
]


@pytest.fixture(scope="module")
def db(sample_db) -> Database:
    return sample_db


@pytest.fixture(scope="module")
def deck(db):
    return Presentation(io.BytesIO(build_deck(db, YEAR, TODAY)))


def kicker(slide) -> str:
    return next((s.text_frame.text for s in slide.shapes if s.name == "Kicker"), "")


def slide_about(deck, topic: str):
    return next(s for s in deck.slides if kicker(s) == topic)


def charts(slide):
    return [s.chart for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.CHART]


def values(chart, series: int = 0) -> list:
    return list(chart.plots[0].series[series].values)


def test_deck_opens_in_16_to_9_with_title_agenda_topics_and_decisions(deck):
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    slides = list(deck.slides)
    assert slides[0].shapes.title.text == "Årsmøte 2026"
    first = " ".join(s.text_frame.text for s in slides[0].shapes if s.has_text_frame)
    assert "Kommunehelsesamarbeidet (KHS)" in first and "23. november 2026" in first
    assert [kicker(s) for s in slides[1:]] == ["DAGSORDEN", *TOPICS]
    agenda = next(s for s in slides[1].shapes if s.name == "Agenda").text_frame.text
    assert all(topic.capitalize()[:8].lower() in agenda.lower() for topic in TOPICS)
    assert all(s.shapes.title.text.strip() for s in slides)


def test_every_slide_but_the_first_has_footer_and_number(deck):
    slides = list(deck.slides)
    assert len(slides) > 2
    for number, slide in enumerate(slides[1:], start=2):
        texts = {s.name: s.text_frame.text for s in slide.shapes if s.has_text_frame}
        assert texts["Footer"] == "Kommunehelsesamarbeidet (KHS) · Årsmøte 2026"
        assert texts["Slide number"] == f"{number} / {len(slides)}"


def test_dues_charts_are_native_charts_with_the_dues_per_municipality(db, deck):
    slide = slide_about(deck, "KONTINGENT 2026")
    frames = [s for s in slide.shapes if isinstance(s, GraphicFrame)]
    assert len(frames) == 2 and all(f.has_chart for f in frames)  # two panels: 21 names at 18 pt
    dues = dues_for_year(db, YEAR, TODAY)
    found = [v for chart in charts(slide) for v in values(chart)]
    names = [c for chart in charts(slide) for c in chart.plots[0].categories]
    assert found == [float(v) for v in dues["amount_nok"]]
    assert names == list(dues["municipality"])
    assert sum(found) == 1_519_776  # kr 3 × 506 592 (sample population at 01.01.2025)


def test_meeting_and_project_charts_hold_the_metric_results(db, deck):
    compliance = meeting_compliance(db, YEAR, TODAY).set_index("body")
    chart = charts(slide_about(deck, "MØTER OG MØTEKRAV 2026"))[0]
    bodies = list(chart.plots[0].categories)
    assert sorted(bodies) == sorted(compliance.index)
    assert values(chart, 0) == [float(compliance.loc[b, "held"]) for b in bodies]
    assert values(chart, 2) == [float(compliance.loc[b, "required_min"]) for b in bodies]
    totals = project_totals(db).set_index("status")
    chart = charts(slide_about(deck, "PROSJEKTER"))[0]
    statuses = [c.lower() for c in chart.plots[0].categories]
    assert values(chart, 0) == [float(totals.loc[s, "budget_nok"]) for s in statuses]


def test_charts_use_norwegian_number_format_and_no_pictures(deck):
    assert [s.name for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE] == []
    labels = [chart.plots[0].data_labels for slide in deck.slides for chart in charts(slide)]
    assert len(labels) >= 3  # dues (two panels), meetings, projects
    assert [label.number_format_is_linked for label in labels] == [False] * len(labels)
    assert {label.number_format for label in labels} <= {"0", "[>=1000000]# ### ##0;[>=1000]# ##0;0"}
    fonts = [(chart.plots[0].data_labels.font.size, chart.font.size) for slide in deck.slides for chart in charts(slide)]
    assert [f for f in fonts if not (f[0] >= Pt(18) and f[1] >= Pt(18))] == []  # readable on the projector


def test_all_text_is_at_least_18_pt(deck):
    def runs(shape):
        if shape.has_text_frame:
            yield from (r for p in shape.text_frame.paragraphs for r in p.runs)
        if shape.has_table:
            for row in shape.table.rows:
                for cell in row.cells:
                    yield from (r for p in cell.text_frame.paragraphs for r in p.runs)

    sizes = [r.font.size for slide in deck.slides for shape in slide.shapes for r in runs(shape) if r.text.strip()]
    assert sizes and all(size is not None and size >= Pt(18) for size in sizes)


def test_speaker_notes_state_the_population_date_and_rate_rule(db, deck):
    basis = dues_basis(db, YEAR)
    notes = slide_about(deck, "KONTINGENT 2026").notes_slide.notes_text_frame.text
    assert "01.01.2025" in notes and "kr 3 per innbygger" in notes
    assert basis.rate.source in notes and "kr 1 519 776" in notes
    assert all(s.notes_slide.notes_text_frame.text.strip() for s in deck.slides)


def test_title_slide_says_sample_data_and_decisions_name_what_is_due(deck):
    first = " ".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "Eksempeldata" in first
    decisions = " ".join(s.text_frame.text for s in slide_about(deck, "SAKER TIL BEHANDLING").shapes if s.has_text_frame)
    for expected in ("Midt-Buskerud", "Ringeriksregionen", "Nina Skissebø", "Flå: sagt opp 15.09.2026"):
        assert expected in decisions


def test_a_year_without_data_gives_a_short_deck_saying_so(db):
    deck = Presentation(io.BytesIO(build_deck(db, EMPTY_YEAR, TODAY)))
    assert len(deck.slides) == 2
    assert deck.slides[1].shapes.title.text == "Det finnes ingen tall for 2031 ennå"
    body = " ".join(s.text_frame.text for s in deck.slides[1].shapes if s.has_text_frame)
    assert "01.01.2030" in body


def test_a_database_without_the_sample_is_not_marked_as_sample(empty_db):
    deck = Presentation(io.BytesIO(build_deck(empty_db, YEAR, TODAY)))
    first = " ".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert "Eksempeldata" not in first


def test_workbook_sum_row_is_a_sum_formula_equal_to_the_dues_page(db):
    data = build_workbook(db, YEAR, TODAY)
    formulas = openpyxl.load_workbook(io.BytesIO(data))
    cached = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    sheet, values_sheet = formulas["Kontingent 2026"], cached["Kontingent 2026"]
    header = [c.value for c in sheet[1]]
    assert header == [
        "Kommune",
        "Kommunenummer",
        "Folketall",
        "Folketall per",
        "Sats (kr per innbygger)",
        "Kontingent (kr)",
        "Forfall",
        "Betalt hittil (kr)",
        "Betalingsstatus",
    ]
    dues = dues_for_year(db, YEAR, TODAY)
    last = len(dues) + 1
    sum_row = last + 1
    assert sheet.cell(sum_row, 1).value == "Sum"
    assert sheet.cell(sum_row, 6).value == f"=SUM(F2:F{last})"
    assert values_sheet.cell(sum_row, 6).value == int(dues["amount_nok"].sum()) == 1_519_776
    assert values_sheet.cell(sum_row, 8).value == int(dues["paid_nok"].sum())
    assert sum(sheet.cell(r, 6).value for r in range(2, last + 1)) == int(dues["amount_nok"].sum())
    assert sheet.cell(2, 4).number_format == "dd.mm.yyyy" and sheet.cell(2, 7).number_format == "dd.mm.yyyy"
    assert sheet.cell(2, 6).number_format == "[>=1000000]# ### ##0;[>=1000]# ##0;0"
    assert sheet.cell(2, 4).value == dt.datetime(2025, 1, 1)
    formula_cells = [c.coordinate for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert formula_cells == [f"C{sum_row}", f"F{sum_row}", f"H{sum_row}"]


def test_workbook_has_a_sheet_per_topic(db):
    book = openpyxl.load_workbook(io.BytesIO(build_workbook(db, YEAR, TODAY)))
    assert book.sheetnames == [
        "Kontingent 2026",
        "Budsjett 2026",
        "Nøkkeltall",
        "Styret",
        "Regelsjekk styret",
        "Møter",
        "Nettverk",
        "Prosjekter",
        "Trenger oppmerksomhet",
        "Saker til behandling",
    ]


def test_preview_chart_draws_the_same_data_as_the_deck(db):
    pack = annual_pack(db, YEAR, TODAY)
    dues = next(s for s in pack.slides if s.topic == Topic.DUES)
    drawn = [x for chart in dues.charts for x in slide_chart(chart).data[0].x]
    assert drawn == list(dues_for_year(db, YEAR, TODAY)["amount_nok"])
    assert pack.on == focus_date(YEAR, TODAY)


def test_catalogue_texts_are_complete_in_both_languages():
    assert all(key.startswith("report.") for key in TEXTS)
    assert all(nb.strip() and nn.strip() for nb, nn in TEXTS.values())
    assert text("report.title", "nn", year=2026) == "Årsmøte 2026"


def run_cli(db: Database, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khs_data", "--db", str(db.path), "report", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_cli_writes_deck_and_workbook(db, tmp_path):
    result = run_cli(db, "--year", str(YEAR), "--out", str(tmp_path / "pakke.pptx"))
    assert result.returncode == 0, result.stderr
    for suffix in (".pptx", ".xlsx"):
        assert (tmp_path / f"pakke{suffix}").stat().st_size > 0
        assert f"pakke{suffix}" in result.stdout
    assert len(Presentation(str(tmp_path / "pakke.pptx")).slides) == 11


def test_cli_for_a_year_without_data_says_so_without_a_traceback(db, tmp_path):
    result = run_cli(db, "--year", str(EMPTY_YEAR), "--out", str(tmp_path / "tom"))
    assert result.returncode == 0
    assert "Traceback" not in result.stderr + result.stdout
    assert "Ingen tall for 2031" in result.stdout
    assert (tmp_path / "tom.pptx").exists() and (tmp_path / "tom.xlsx").exists()


def test_cli_refuses_a_missing_folder_in_norwegian(db, tmp_path):
    result = run_cli(db, "--year", str(YEAR), "--out", str(tmp_path / "finnes-ikke" / "pakke"))
    assert result.returncode == 2
    assert "finnes ikke" in result.stderr and "Traceback" not in result.stderr


def open_page(path: Path, monkeypatch):
    """The Årsmøte page through the app's navigation, on the database at `path`."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("KHS_DB", str(path))
    st.cache_resource.clear()  # the app keeps its database (and results) per process
    st.cache_data.clear()
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    app.session_state["year"] = YEAR
    app.run()
    return app.switch_page("pages/arsmote.py").run()


def test_page_shows_headline_preview_and_downloads(db, monkeypatch):
    app = open_page(db.path, monkeypatch)
    assert not app.exception
    page = " ".join(m.value for m in app.markdown)
    assert "Årsmøtepakken for 2026 er klar: 11 lysbilder" in page
    assert any("Hole og Rollag har ikke betalt" in s.value for s in app.subheader)
    assert len(app.get("download_button")) == 2


def test_page_for_a_year_without_data_says_what_to_upload(empty_db, monkeypatch):
    app = open_page(empty_db.path, monkeypatch)
    assert not app.exception
    assert any("ingen tall for 2026" in m.value for m in app.markdown)
    assert any("folketall, møter og styreperioder" in i.value for i in app.info)
    assert len(app.get("download_button")) == 2


def test_a_store_without_projects_and_a_seat_without_municipality_gives_a_deck(empty_db, make_csv):
    """Found by the property tests: PowerPoint refuses a chart with no categories, and an empty cell was NaN."""
    run_import(empty_db, make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496], ["Gol", 2025, 4986]]))
    run_import(empty_db, make_csv("nettverk.csv", [["Område", "Person", "Kommune", "Fra"], ["Bærum", "Uten Kommune", None, "01.01.2024"]]))
    pack, deck, workbook = annual_pack_files(empty_db, YEAR, TODAY)
    assert pack.has_data
    projects = next(s for s in pack.slides if s.topic == Topic.PROJECTS)
    assert projects.blocks[0].items == (("info", "Ingen prosjekter er registrert."),)
    network = next(s for s in pack.slides if s.topic == Topic.NETWORK)
    assert ("Bærum", "Uten Kommune", "") in [row[:3] for row in network.blocks[0].rows]
    assert len(Presentation(io.BytesIO(deck)).slides) == len(pack.slides) + 2  # title and agenda
    assert openpyxl.load_workbook(io.BytesIO(workbook)).sheetnames
