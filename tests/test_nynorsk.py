"""Nynorsk beside bokmål: `khs report --lang nn` and the Årsmøte page's choice of målform write the
deck and the workbook in nynorsk, with the same figures as in bokmål; the CLI speaks nynorsk with
--lang nn or KHS_LANG=nn."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation

from khs_data.report import annual_pack_files

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
YEAR = 2026
# Bokmål forms whose nynorsk differs: none of them may be left in a nynorsk slide or sheet (the
# agreement's own words are quoted as written, in the speaker notes and the rule column only).
BOKMAL_ONLY = (
    "ikke",
    "Innbyggere",
    "innbyggere",
    "Folketall",
    "folketall",
    "Regnskap",
    "perioder",
    "Trenger",
    "avsluttet",
    "forfalt",
    "leder",
)


def slide_texts(deck: bytes) -> list[str]:
    texts = []
    for slide in Presentation(io.BytesIO(deck)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                texts += [cell.text for row in shape.table.rows for cell in row.cells]
            if getattr(shape, "has_chart", False) and shape.has_chart:
                texts += [str(c) for plot in shape.chart.plots for c in plot.categories]
                texts += [s.name for plot in shape.chart.plots for s in plot.series]
    return texts


def sheet_texts(workbook: bytes) -> list[str]:
    """Sheet names, headers and the status-like columns (short words), not quoted rule texts."""
    book = openpyxl.load_workbook(io.BytesIO(workbook))
    texts = list(book.sheetnames)
    for sheet in book:
        rows = list(sheet.iter_rows(values_only=True))
        texts += [str(v) for row in rows for v in row if isinstance(v, str) and len(v) < 30]
    return texts


def bokmal_words(texts: list[str]) -> set[str]:
    return {word for t in texts for word in BOKMAL_ONLY if re.search(rf"\b{word}\b", t)}


@pytest.fixture(scope="module")
def packs(sample_db):
    return {lang: annual_pack_files(sample_db, YEAR, TODAY, lang) for lang in ("nb", "nn")}


def test_the_nynorsk_deck_has_no_bokmal_word_and_the_bokmal_deck_has_them(packs):
    assert bokmal_words(slide_texts(packs["nn"][1])) == set()
    assert {"ikke", "Innbyggere", "perioder"} <= bokmal_words(slide_texts(packs["nb"][1]))


def test_the_nynorsk_workbook_has_no_bokmal_word_in_names_headers_and_statuses(packs):
    assert bokmal_words(sheet_texts(packs["nn"][2])) == set()
    assert "forfalt" in " ".join(sheet_texts(packs["nb"][2]))


def test_the_nynorsk_pack_has_the_same_figures_and_slides(packs):
    bokmal, nynorsk = packs["nb"][0], packs["nn"][0]
    assert nynorsk.lang == "nn" and bokmal.lang == "nb"
    assert len(nynorsk.slides) == len(bokmal.slides)
    assert [c.series[0].values for s in nynorsk.slides for c in s.charts] == [c.series[0].values for s in bokmal.slides for c in s.charts]
    assert nynorsk.slides[0].kicker == "Nøkkeltal" and bokmal.slides[0].kicker == "Nøkkeltall"


def test_speaker_notes_are_in_nynorsk(packs):
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(io.BytesIO(packs["nn"][1])).slides]
    assert "Alle tal i presentasjonen er rekna ut" in notes[0]


def test_cli_report_lang_nn_writes_the_pack_in_nynorsk(sample_db, tmp_path, run):
    code, out, err = run("--db", sample_db.path, "report", "--year", YEAR, "--out", tmp_path / "pakke", "--lang", "nn")
    assert code == 0, err
    assert "Skreiv" in out
    deck = (tmp_path / "pakke.pptx").read_bytes()
    assert "Ordførar- og rådmannsmøtet" in slide_texts(deck)
    assert openpyxl.load_workbook(tmp_path / "pakke.xlsx").sheetnames[0] == f"Kontingent {YEAR}"


def test_cli_refuses_a_missing_folder_in_nynorsk(sample_db, tmp_path, run):
    code, _, err = run("--db", sample_db.path, "report", "--year", YEAR, "--out", tmp_path / "nei" / "p", "--lang", "nn")
    assert code == 2
    assert "Mappa" in err and "finst ikkje" in err


def open_page(path: Path, monkeypatch, lang: str):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("KHS_DB", str(path))
    st.cache_resource.clear()
    st.cache_data.clear()
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    app.session_state["year"] = YEAR
    app.session_state["lang"] = lang
    app.run()
    return app.switch_page("pages/arsmote.py").run()


def downloads(monkeypatch) -> dict[str, bytes]:
    """What the page's download buttons hand out, by file name (recorded where Streamlit stores them)."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    files: dict[str, bytes] = {}
    store = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        files[filename] = path_or_data
        return store(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return files


def test_the_page_offers_the_pack_in_both_forms(sample_db, monkeypatch):
    files = downloads(monkeypatch)
    app = open_page(sample_db.path, monkeypatch, "nb")
    assert not app.exception
    choice = app.button_group[0]
    assert choice.value == "nb"
    assert "Ordfører- og rådmannsmøtet" in slide_texts(files[f"KHS-arsmote-{YEAR}.pptx"])
    choice.set_value("nn").run()
    assert not app.exception
    assert "Ordførar- og rådmannsmøtet" in slide_texts(files[f"KHS-arsmote-{YEAR}-nynorsk.pptx"])
    assert "Innbyggjarar" in sheet_texts(files[f"KHS-arsmote-{YEAR}-nynorsk.xlsx"])
    assert "Årsmøtepakken for 2026 er klar" in " ".join(m.value for m in app.markdown)  # the preview keeps the page's language


def test_a_nynorsk_page_offers_nynorsk_first(sample_db, monkeypatch):
    files = downloads(monkeypatch)
    app = open_page(sample_db.path, monkeypatch, "nn")
    assert not app.exception
    assert app.button_group[0].value == "nn"
    assert "Ordførar- og rådmannsmøtet" in slide_texts(files[f"KHS-arsmote-{YEAR}-nynorsk.pptx"])
    assert any("Hole og Rollag har ikkje betalt" in s.value for s in app.subheader)


def test_the_cli_speaks_nynorsk_with_lang_nn_or_khs_lang(tmp_path, run, monkeypatch):
    missing = tmp_path / "ingen.duckdb"
    code, _, err = run("--db", missing, "dues", "--year", YEAR, "--lang", "nn")
    assert code == 1 and "Databasen" in err and "finst ikkje. Opprett han" in err
    monkeypatch.setenv("KHS_LANG", "nn")
    assert "finst ikkje" in run("--db", missing, "dues", "--year", YEAR)[2]
    assert "finnes ikke" in run("--db", missing, "dues", "--year", YEAR, "--lang", "nb")[2]
