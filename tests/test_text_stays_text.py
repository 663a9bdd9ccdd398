"""Text from the data stays text in every workbook the app writes, embedded ones included: a name
such as `=HYPERLINK("http://…";"Bærum")` is never a live formula, and any file name makes a sheet."""

from __future__ import annotations

import html
import io
import re
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from khs_data.exports import xlsx_bytes
from khs_data.report.deck import build_deck
from khs_data.report.workbook import build_workbook
from khs_data.templates import template_bytes

FORMULA = '=HYPERLINK("http://example.invalid/";"Bærum")'


@pytest.fixture
def formula_db(fresh_sample_db):
    """Bærum's name and board region are written as a formula would be."""
    with fresh_sample_db.writing() as connection:
        connection.execute("UPDATE municipalities SET name = ?, board_region = ? WHERE number = '3201'", [FORMULA, FORMULA])
    return fresh_sample_db


def cells(book_bytes: bytes) -> list:
    book = load_workbook(io.BytesIO(book_bytes))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]


def formula_cells(book_bytes: bytes) -> list[str]:
    return [f"{c.parent.title}!{c.coordinate}" for c in cells(book_bytes) if c.data_type == "f"]


def text_cells(book_bytes: bytes) -> list[str]:
    return [c.value for c in cells(book_bytes) if c.data_type == "s"]


def test_the_deck_charts_embedded_workbooks_hold_the_name_as_text(formula_db):
    deck = zipfile.ZipFile(io.BytesIO(build_deck(formula_db, 2026)))
    embedded = [deck.read(name) for name in deck.namelist() if name.startswith("ppt/embeddings/") and name.endswith(".xlsx")]
    assert embedded, "the deck has native charts with their data inside"
    assert [formula_cells(book) for book in embedded] == [[] for _ in embedded]
    assert any(FORMULA in text_cells(book) for book in embedded)
    charts = [deck.read(n).decode() for n in deck.namelist() if n.startswith("ppt/charts/chart") and n.endswith(".xml")]
    assert any(f"<c:v>{html.escape(FORMULA, quote=False)}</c:v>" in xml for xml in charts)  # the label as written


def test_the_invoicing_workbook_holds_the_name_as_text(formula_db):
    book = build_workbook(formula_db, 2026)
    assert FORMULA in text_cells(book)
    assert all("!" in c and c.split("!")[1][0] in "ABCDEFGHI" for c in formula_cells(book))  # only its own sums
    opened = load_workbook(io.BytesIO(book))
    # Our own sums on the dues and budget sheets (each cell looked up on its own sheet), never the name.
    written = [opened[c.split("!")[0]][c.split("!")[1]].value for c in formula_cells(book)]
    assert written and all(re.fullmatch(r"=SUM(IF)?\(.*\)|=[A-Z]+\d+-[A-Z]+\d+", value) for value in written)


@pytest.mark.parametrize("kind", ["municipalities", "board", "payments"])
def test_templates_hold_names_from_the_data_as_text(formula_db, kind):
    book = template_bytes(formula_db, kind)
    assert formula_cells(book) == []
    assert any(FORMULA in value for value in text_cells(book))


def test_exports_hold_the_name_as_text():
    book = xlsx_bytes({"Kommuner": pd.DataFrame({"Kommune": [FORMULA, "+47 22 00 00 00", "http://example.invalid/"]})})
    assert formula_cells(book) == []
    assert text_cells(book) == ["Kommune", FORMULA, "+47 22 00 00 00", "http://example.invalid/"]
    assert "hyperlink" not in zipfile.ZipFile(io.BytesIO(book)).read("xl/worksheets/sheet1.xml").decode().lower()


@pytest.mark.parametrize(
    "name",
    [
        "feilrapport-møter [2025]: utkast",
        "feilrapport-a\\b/c?d*e",
        "feilrapport-folketall-for-alle-kommunene-i-khs-2025-endelig",
        "'sitat'",
    ],
)
def test_an_error_report_workbook_is_made_for_any_file_name(name):
    book = load_workbook(io.BytesIO(xlsx_bytes({name: pd.DataFrame({"Rad": [3], "Melding": ["mangler verdi"]})})))
    title = book.worksheets[0].title
    assert 0 < len(title) <= 31 and not set(title) & set("[]:*?/\\") and not title.startswith("'")
    assert book.worksheets[0]["B2"].value == "mangler verdi"
