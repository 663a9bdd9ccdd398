"""The Excel templates: the import's headers, an example row, drop-down lists, date formats and a
«Forklaring» sheet; and a template filled in as a coordinator would goes through the import."""

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from khs_data.catalogue import text
from khs_data.importer import plan_import
from khs_data.kinds import KINDS, UPLOAD_KINDS
from khs_data.templates import LISTS_SHEET, template_bytes
from khs_data.vocabulary import BODIES, MEETING_STATUSES, ROLES


@pytest.fixture(scope="module")
def templates(sample_db):
    return {kind: load_workbook(io.BytesIO(template_bytes(sample_db, kind))) for kind in UPLOAD_KINDS}


def data_sheet(book):
    return book.worksheets[0]


def validation_list(book, header: str) -> tuple[list[str], str]:
    """The values of the drop-down list under a header, and the cells it covers."""
    sheet = data_sheet(book)
    column = next(c.column_letter for c in sheet[1] if c.value == header)
    rule = next(v for v in sheet.data_validations.dataValidation if v.type == "list" and str(v.sqref).startswith(f"{column}2:"))
    source_column = rule.formula1.split("!")[1].split(":")[0].strip("$")[0]
    lists = book[LISTS_SHEET]
    values = [c.value for c in lists[source_column][1:] if c.value is not None]
    return values, str(rule.sqref)


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_headers_and_example_row_come_from_the_kind(templates, kind):
    sheet = data_sheet(templates[kind])
    fields = KINDS[kind].fields
    assert fields and [c.value for c in sheet[1]] == [f.header for f in fields]
    examples = [dt.datetime.strptime(f.example, "%d.%m.%Y") if f.parser == "date" and f.example else f.example for f in fields]
    assert [c.value for c in sheet[2]] == examples  # dates as Excel dates, not text


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_every_column_is_explained_in_norwegian(templates, kind):
    book = templates[kind]
    assert [s.title for s in book.worksheets] == [KINDS[kind].label, "Forklaring", LISTS_SHEET]
    assert book[LISTS_SHEET].sheet_state == "hidden"
    explained = {row[0]: row for row in book["Forklaring"].iter_rows(values_only=True)}
    assert KINDS[kind].fields
    for f in KINDS[kind].fields:
        column, required, meaning, _, valid = explained[f.header]
        assert required == ("Ja" if f.required else "Nei")
        assert meaning == text(f"coord.field.{kind}.{f.name}")
        assert valid


def test_lists_for_municipalities_bodies_statuses_roles_and_areas(templates, sample_db):
    municipalities, cells = validation_list(templates["population"], "Kommunenummer")
    assert len(municipalities) == 21 and "3201 Bærum" in municipalities
    assert cells == "A2:A501"
    assert validation_list(templates["meetings"], "Organ")[0] == list(BODIES)
    assert validation_list(templates["meetings"], "Status")[0] == list(MEETING_STATUSES)
    assert validation_list(templates["board"], "Rolle")[0] == list(ROLES)
    areas = validation_list(templates["network"], "Område")[0]
    assert "Hallingdalsregionen" in areas and len(areas) == 6


def test_date_columns_are_formatted_dd_mm_yyyy(templates):
    sheet = data_sheet(templates["meetings"])
    assert sheet["A2"].number_format == "dd.mm.yyyy"
    assert sheet["A300"].number_format == "dd.mm.yyyy"
    rules = [v for v in sheet.data_validations.dataValidation if v.type == "date"]
    assert [str(r.sqref) for r in rules] == ["A2:A501"]


def test_nynorsk_template(sample_db):
    book = load_workbook(io.BytesIO(template_bytes(sample_db, "board", "nn")))
    explained = [row for row in book["Forklaring"].iter_rows(values_only=True)]
    assert explained[0][0] == "Mal for Styreperiodar"
    assert ("Rolle", "Nei", "leiar, nestleiar eller medlem. Tom tyder medlem.") == explained[-3][:3]


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_the_template_as_downloaded_imports_its_example_row(templates, sample_db, tmp_path, kind):
    path = tmp_path / f"mal-{kind}.xlsx"
    templates[kind].save(path)
    plan = plan_import(sample_db, path, path.name)
    assert plan.kind.name == kind
    assert plan.parsed.sheet == KINDS[kind].label
    assert plan.added + plan.changed + plan.unchanged == 1


def test_a_filled_in_population_template_goes_through_the_import(sample_db, tmp_path):
    book = load_workbook(io.BytesIO(template_bytes(sample_db, "population")))
    sheet = data_sheet(book)
    for row, (municipality, count) in enumerate((("3201 Bærum", 131_500), ("3203 Asker", 98_815)), start=2):
        sheet.cell(row=row, column=1, value=municipality)
        sheet.cell(row=row, column=2, value=2025)
        sheet.cell(row=row, column=3, value=count)
    path = tmp_path / "folketall.xlsx"
    book.save(path)
    plan = plan_import(sample_db, path, path.name)
    assert (plan.added, plan.changed, plan.unchanged) == (0, 1, 1)
    assert plan.changes[0].after == {"municipality": "3201", "date": dt.date(2025, 1, 1), "count": 131_500}
