"""Exports a Norwegian Excel opens as they are, that can be imported again, and that never
carry a formula."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from khs_data import cli
from khs_data.exports import DUES_HEADERS, EXPORT_TABLES, TABLE_KINDS, csv_bytes, table_frame, write_export, xlsx_bytes
from khs_data.importer import plan_import
from khs_data.kinds import KINDS

# The upload kinds' own headers (so an export imports again), and the dues list's columns.
EXPECTED_HEADERS = {
    **{table: [f.header for f in KINDS[kind].fields] for table, kind in TABLE_KINDS.items()},
    "dues": list(DUES_HEADERS.values()),
}
DANGEROUS = ['=HYPERLINK("http://x")', "+47 123", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("table", EXPORT_TABLES)
def test_cli_export_writes_csv_with_bom_and_semicolons(sample_db, tmp_path, table, capsys):
    out = tmp_path / f"{table}.csv"
    assert cli.main(["--db", str(sample_db.path), "export", table, "--out", str(out), "--year", "2026"]) == 0
    assert capsys.readouterr().out.startswith("Skrev ")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert ";" in header and "," not in header
    assert header.split(";") == EXPECTED_HEADERS[table]


@pytest.mark.parametrize("table", TABLE_KINDS)
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_again_without_changes(sample_db, tmp_path, table, suffix):
    out = tmp_path / f"{table}{suffix}"
    write_export(table_frame(sample_db, table), out, table)
    plan = plan_import(sample_db, out, kind=TABLE_KINDS[table])
    assert (plan.added, plan.changed, plan.removed) == (0, 0, 0)
    assert plan.unchanged == len(sample_db.query(f"SELECT * FROM {KINDS[TABLE_KINDS[table]].table}"))


def test_dates_are_written_the_norwegian_way(sample_db):
    text = csv_bytes(table_frame(sample_db, "meetings")).decode("utf-8-sig")
    assert "12.02.2019;Samarbeidsstyret" in text


def test_dues_export_has_readable_headers_and_the_year_asked_for(sample_db):
    frame = table_frame(sample_db, "dues", 2026)
    assert {"Kommunenummer", "Kommune", "Folketall", "Kontingent (kr)", "Forfall"} <= set(frame.columns)
    assert frame["Kontingent (kr)"].sum() == 1_519_776


def test_formulas_stay_text_in_csv():
    frame = pd.DataFrame({"Prosjekt": DANGEROUS, "Budsjett": [-5, 1, 2, 3]})
    rows = list(csv.reader(io.StringIO(csv_bytes(frame).decode("utf-8-sig")), delimiter=";"))[1:]
    assert [r[0] for r in rows] == ["'" + d for d in DANGEROUS]  # Excel shows an apostrophe-led cell as text
    assert [r[1] for r in rows] == ["-5", "1", "2", "3"]  # numbers stay numbers


def test_formulas_stay_text_in_xlsx():
    frame = pd.DataFrame({"Prosjekt": DANGEROUS, "Budsjett": [-5, 1, 2, 3]})
    sheet = load_workbook(io.BytesIO(xlsx_bytes({"Prosjekter": frame}))).active
    cells = [sheet.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.value for c in cells] == DANGEROUS
    assert all(c.data_type == "s" for c in cells)
    assert sheet.cell(row=2, column=2).value == -5


def test_cli_export_xlsx_by_suffix(sample_db, tmp_path, capsys):
    out = tmp_path / "styret.xlsx"
    assert cli.main(["--db", str(sample_db.path), "export", "board", "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == [f.header for f in KINDS["board"].fields]
    assert sheet.max_row == 1 + len(sample_db.query("SELECT * FROM board_terms"))
