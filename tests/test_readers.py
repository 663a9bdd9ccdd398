"""Tests for khs_data.readers: safety checks, grid reading, SSB 07459 recognition."""

from __future__ import annotations

import datetime
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khs_data.problems import FileRefused
from khs_data.readers import grid as grid_module
from khs_data.readers import read_grids, xlsx_file
from khs_data.readers.grid import Grid
from khs_data.readers.safety import check_file
from khs_data.readers.ssb.jsonstat import parse_jsonstat
from khs_data.readers.ssb.statbank import parse_ssb_grid

TITLE = "07459: Befolkning, etter region, statistikkvariabel og år"


def refused(call, *args, **kwargs) -> str:
    """Run call, expect FileRefused, return its message."""
    with pytest.raises(FileRefused) as info:
        call(*args, **kwargs)
    return info.value.problems[0].message


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def xlsx(tmp_path: Path, name: str, sheets: dict[str, dict[str, object]]) -> Path:
    """Write a workbook: {sheet name: {"A1": value, ...}}."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, cells in sheets.items():
        ws = wb.create_sheet(title)
        for ref, value in cells.items():
            ws[ref] = value
    path = tmp_path / name
    wb.save(path)
    return path


def rewrite_zip(src: Path, dst: Path, extra: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        for name, data in extra.items():
            zout.writestr(name, data)
    return dst


def minimal_xlsx_entries(zf: zipfile.ZipFile) -> None:
    zf.writestr("[Content_Types].xml", "<Types/>")
    zf.writestr("xl/workbook.xml", "<workbook/>")


# ---------------------------------------------------------------- safety.check_file


def test_empty_and_whitespace_files_are_refused(tmp_path):
    assert refused(check_file, write(tmp_path, "tom.csv", b""), "tom.csv") == "Filen er tom."
    assert refused(check_file, write(tmp_path, "blank.csv", b"\xef\xbb\xbf \r\n\t\n"), "blank.csv") == "Filen er tom."


def test_too_large_file_names_size_and_limit(tmp_path):
    path = write(tmp_path, "stor.csv", "a;b\n" * 1000)
    message = refused(check_file, path, "stor.csv", max_bytes=1000)
    assert "0,1 MB" in message and "0,0 MB" in message and "største tillatte" in message


@pytest.mark.parametrize("start", [b"<!DOCTYPE html><html>", b"\xef\xbb\xbf  \n<html lang='no'>", b"<HTML>", b"<table>"])
def test_html_saved_as_xlsx_is_refused(tmp_path, start):
    path = write(tmp_path, "tabell.xlsx", start + b"<body><table></table></body></html>")
    message = refused(check_file, path, "tabell.xlsx")
    assert "nettside (HTML)" in message and "tabell.xlsx" in message and "Last ned" in message
    assert refused(read_grids, path, "tabell.xlsx") == message


def ole2(body: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + body + b"\x00" * 1024


def test_legacy_xls_is_refused(tmp_path):
    path = write(tmp_path, "gammel.xls", ole2("Workbook".encode("utf-16-le")))
    assert "gamle Excel-formatet (.xls)" in refused(check_file, path, "gammel.xls")


def test_encrypted_xlsx_is_refused(tmp_path):
    path = write(tmp_path, "hemmelig.xlsx", ole2("EncryptedPackage".encode("utf-16-le")))
    assert "passordbeskyttet" in refused(check_file, path, "hemmelig.xlsx")


def test_encrypted_marker_found_across_chunk_boundary(tmp_path):
    name = "EncryptedPackage".encode("utf-16-le")
    data = ole2() + b"\x00" * ((1 << 20) - len(ole2()) - 10) + name + b"\x00" * 100
    assert "passordbeskyttet" in refused(check_file, write(tmp_path, "x.xlsx", data), "x.xlsx")


def test_zip_bomb_is_refused_without_reading_entries(tmp_path, monkeypatch):
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        minimal_xlsx_entries(zf)
        with zf.open("xl/worksheets/sheet1.xml", "w") as entry:  # streamed: 30 MB of zeros
            block = b"0" * (1 << 20)
            for _ in range(30):
                entry.write(block)
    assert path.stat().st_size < 1_000_000

    def no_reading(*args, **kwargs):
        raise AssertionError("entries must not be read")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    monkeypatch.setattr(xlsx_file.pc, "CalamineWorkbook", None)  # calamine must never be reached
    assert "zip-bombe" in refused(check_file, path, "bombe.xlsx")
    assert "zip-bombe" in refused(read_grids, path, "bombe.xlsx")


def test_zip_declaring_too_much_in_total_is_refused(tmp_path):
    path = tmp_path / "mye.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        minimal_xlsx_entries(zf)
        zf.writestr("xl/worksheets/sheet1.xml", b"<x/>" * 100_000)
    assert "zip-bombe" in refused(check_file, path, "mye.xlsx", max_unpacked_bytes=200_000)


def test_zip_with_too_many_entries_is_refused(tmp_path):
    path = tmp_path / "mange.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        minimal_xlsx_entries(zf)
        for i in range(10_001):
            zf.writestr(f"xl/x{i}.xml", b"")
    assert "zip-bombe" in refused(check_file, path, "mange.xlsx")


def test_nested_archive_is_refused(tmp_path):
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": 1}})
    path = rewrite_zip(src, tmp_path / "nøstet.xlsx", {"xl/embeddings/indre.xlsx": b"PK\x03\x04"})
    assert "innebygde" in refused(check_file, path, "nøstet.xlsx")


def test_zip_that_is_not_a_workbook_is_refused(tmp_path):
    path = tmp_path / "arkiv.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data.csv", "a;b\n")
    assert "ikke et Excel-regneark" in refused(check_file, path, "arkiv.xlsx")


def test_xlsm_is_accepted_and_read(tmp_path):
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": "Kommune", "A2": "Bærum"}})
    path = rewrite_zip(src, tmp_path / "makro.xlsm", {"xl/vbaProject.bin": b"\x00" * 64})
    assert check_file(path, "makro.xlsm") == "xlsx"
    assert read_grids(path, "makro.xlsm")[0].cells == [["Kommune"], ["Bærum"]]


def test_truncated_xlsx_is_refused(tmp_path):
    data = xlsx(tmp_path, "hel.xlsx", {"Ark1": {"A1": "x" * 100, "B2": 2}}).read_bytes()
    path = write(tmp_path, "halv.xlsx", data[: len(data) // 2])
    assert "skadet" in refused(read_grids, path, "halv.xlsx")


def test_corrupt_sheet_inside_valid_zip_is_refused(tmp_path):
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": 1}})
    path = tmp_path / "rar.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, b"<worksheet><sheetData><row" if "worksheets/" in info.filename else data)
    assert "skadet" in refused(read_grids, path, "rar.xlsx")


@pytest.mark.parametrize("name", ["tull.csv", "tull.xlsx"])
def test_random_bytes_are_refused(tmp_path, name):
    path = write(tmp_path, name, random.Random(7).randbytes(20_000))
    assert "ikke et regneark" in refused(read_grids, path, name)


def test_xml_spreadsheet_is_refused(tmp_path):
    path = write(tmp_path, "a.xls", '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')
    assert "XML" in refused(check_file, path, "a.xls")


def test_pdf_is_refused(tmp_path):
    assert "PDF" in refused(check_file, write(tmp_path, "a.xlsx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "a.xlsx")


def test_json_is_detected_and_not_a_grid(tmp_path):
    path = write(tmp_path, "tabell.json", '\ufeff  {"version": "2.0"}')
    assert check_file(path, "tabell.json") == "json"
    assert "JSON" in refused(read_grids, path, "tabell.json")


# ---------------------------------------------------------------- grid: csv


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_csv_encodings(tmp_path, encoding):
    path = write(tmp_path, "f.csv", "Kommune;Folketall\n3201 Bærum;130921\n3328 Ål;5007\n", encoding)
    [g] = read_grids(path, "f.csv")
    assert g.cells == [["Kommune", "Folketall"], ["3201 Bærum", "130921"], ["3328 Ål", "5007"]]
    assert g.row_numbers == [1, 2, 3] and g.sheet is None


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_delimiters_with_title_and_footnote(tmp_path, delimiter):
    d = delimiter
    text = (
        f"{TITLE}\n\n"
        f'"region"{d}"statistikkvariabel"{d}"år"{d}"{TITLE}"\n'
        f'"3201 Bærum"{d}"Personer"{d}"2024"{d}"130921"\n'
        f'"3203 Asker"{d}"Personer"{d}"2024"{d}"98815"\n'
        "\nKilde: Statistisk sentralbyrå\n"
    )
    [g] = read_grids(write(tmp_path, "f.csv", text), "f.csv")
    assert g.cells[2] == ["region", "statistikkvariabel", "år", TITLE]
    assert g.cells[3] == ["3201 Bærum", "Personer", "2024", "130921"]
    assert g.row_numbers[3] == 4 and g.cells[1] == [] and g.row_numbers[-1] == 7


def test_csv_cells_stripped_empty_none_trailing_trimmed(tmp_path):
    [g] = read_grids(write(tmp_path, "f.csv", "a ; ;c;;\r\n;;\r\n b;2\r\n"), "f.csv")
    assert g.cells == [["a", None, "c"], [], ["b", "2"]]
    assert g.row_numbers == [1, 2, 3]


def test_csv_quoted_cell_spanning_lines_keeps_physical_line_numbers(tmp_path):
    text = 'a;b\n"to\nlinjer";1\nc;2\n'
    [g] = read_grids(write(tmp_path, "f.csv", text), "f.csv")
    assert g.cells == [["a", "b"], ["to\nlinjer", "1"], ["c", "2"]]
    assert g.row_numbers == [1, 2, 4]


def test_csv_decimal_commas_do_not_fool_the_delimiter(tmp_path):
    text = "Kommune;Andel\n" + "".join(f"K{i};1,{i}\n" for i in range(10))
    [g] = read_grids(write(tmp_path, "f.csv", text), "f.csv")
    assert g.cells[1] == ["K0", "1,0"]


def test_csv_huge_cell_is_refused(tmp_path):
    path = write(tmp_path, "stor.csv", "a;" + "x" * 2_000_000 + "\n")
    assert "Linje 1" in refused(read_grids, path, "stor.csv")
    path = write(tmp_path, "sitat.csv", 'a;b\n"' + "x\n" * 200_000)  # unclosed quote swallowing the file
    assert "anførselstegn" in refused(read_grids, path, "sitat.csv")


def test_csv_row_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(grid_module, "MAX_ROWS", 50)
    path = write(tmp_path, "f.csv", "a;b\n" * 200)
    assert "over 50 rader" in refused(read_grids, path, "f.csv")
    monkeypatch.setattr(grid_module, "MAX_CELLS", 100)
    path = write(tmp_path, "g.csv", "a;b;c\n" * 40)
    assert "for mange celler" in refused(read_grids, path, "g.csv")


def test_csv_million_rows_fits_in_memory(tmp_path):
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as f:
        f.write("region;år;verdi\n")
        for i in range(1_000_000):
            f.write(f"{3000 + i % 400} Kommune {i % 400};{2000 + i % 25};{i}\n")
    script = (
        "import re; from khs_data.readers import read_grids;"
        f"g = read_grids({str(path)!r}, 'million.csv')[0];"
        "assert len(g.cells) == 1_000_001 and g.row_numbers[-1] == 1_000_001;"
        # the child's own peak: ru_maxrss can carry over the parent's peak across fork
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1)) // 1024)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path(__file__).parents[1], timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) < 400  # MB peak resident


# ---------------------------------------------------------------- grid: xlsx


def test_xlsx_row_numbers_when_data_starts_at_row_3(tmp_path):
    path = xlsx(
        tmp_path,
        "f.xlsx",
        {"Data": {"B3": "Kommune", "C3": "År", "B4": "Bærum", "C4": 2024, "D4": 1.5, "B6": datetime.date(2024, 1, 1), "C6": True}},
    )
    [g] = read_grids(path, "f.xlsx")
    assert g.sheet == "Data" and g.first_column == 2
    assert g.row_numbers == [3, 4, 5, 6]
    assert g.cells == [["Kommune", "År"], ["Bærum", 2024.0, 1.5], [], [datetime.date(2024, 1, 1), True]]
    assert isinstance(g.cells[1][1], float)  # whole numbers stay floats; the caller decides


def test_xlsx_skips_hidden_and_empty_sheets(tmp_path):
    path = xlsx(tmp_path, "f.xlsx", {"Synlig": {"A1": "x"}, "Skjult": {"A1": "y"}, "Tom": {}, "Ark4": {"C2": " z "}})
    wb = openpyxl.load_workbook(path)
    wb["Skjult"].sheet_state = "hidden"
    wb.save(path)
    grids = read_grids(path, "f.xlsx")
    assert [(g.sheet, g.cells, g.row_numbers) for g in grids] == [("Synlig", [["x"]], [1]), ("Ark4", [["z"]], [2])]


def test_xlsx_only_empty_sheets_is_refused(tmp_path):
    path = xlsx(tmp_path, "tom.xlsx", {"Ark1": {}})
    assert "ingen synlige ark med data" in refused(read_grids, path, "tom.xlsx")


def test_xlsx_sparse_far_cell_is_refused_instead_of_crashing(tmp_path):
    # calamine would allocate 1 048 576 × 16 384 cells for this and abort the whole process.
    path = xlsx(tmp_path, "spredt.xlsx", {"Ark1": {"A1": "a", "XFD1048576": "b"}})
    message = refused(read_grids, path, "spredt.xlsx")
    assert "rad 1048576" in message and "XFD" in message and "Ark1" in message


def test_xlsx_styled_empty_far_cells_do_not_count(tmp_path):
    path = xlsx(tmp_path, "stil.xlsx", {"Ark1": {"A1": "a"}})
    wb = openpyxl.load_workbook(path)
    wb["Ark1"]["XFD1048576"].font = openpyxl.styles.Font(bold=True)
    wb.save(path)
    assert read_grids(path, "stil.xlsx")[0].cells == [["a"]]


def replace_sheet_data(path: Path, sheet_data: bytes, dst: Path) -> Path:
    """Copy an xlsx with the first sheet's <sheetData> replaced (to write what openpyxl cannot)."""
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                start, end = data.index(b"<sheetData"), data.index(b"</sheetData>") + len(b"</sheetData>")
                data = data[:start] + sheet_data + data[end:]
            zout.writestr(info, data)
    return dst


def test_xlsx_cells_without_reference_are_placed_by_position(tmp_path):
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": "x"}})
    data = b'<sheetData><row r="2"><c t="inlineStr"><is><t>a</t></is></c><c><v>7</v></c></row><row><c/><c><v>8</v></c></row></sheetData>'
    [g] = read_grids(replace_sheet_data(src, data, tmp_path / "uten_r.xlsx"), "uten_r.xlsx")
    assert g.cells == [["a", 7.0], [None, 8.0]] and g.row_numbers == [2, 3]


def test_xlsx_far_cell_without_reference_is_refused(tmp_path):
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": "x"}})
    data = b'<sheetData><row r="1"><c><v>1</v></c></row><row r="1048576">' + b"<c/>" * 16383 + b"<c><v>2</v></c></row></sheetData>"
    message = refused(read_grids, replace_sheet_data(src, data, tmp_path / "langt.xlsx"), "langt.xlsx")
    assert "rad 1048576" in message and "XFD" in message


def test_xlsx_absurd_shared_string_count_is_refused(tmp_path):
    # calamine reserves memory for uniqueCount up front; 4 294 967 295 strings would abort the process.
    src = xlsx(tmp_path, "a.xlsx", {"Ark1": {"A1": "x"}})
    sst = (
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main" count="1" uniqueCount="4294967295"><si><t>hei</t></si></sst>'
    )
    path = rewrite_zip(src, tmp_path / "sst.xlsx", {"xl/sharedStrings.xml": sst})
    assert "skadet" in refused(read_grids, path, "sst.xlsx")


# ---------------------------------------------------------------- ssb: grids


def csv_grid(tmp_path, text: str, encoding: str = "utf-8") -> Grid:
    return read_grids(write(tmp_path, "ssb.csv", text, encoding), "ssb.csv")[0]


def summary(records) -> list[tuple]:
    return [(r.region_code, r.region_label, r.year, r.value, r.row, r.column) for r in records]


def test_ssb_long_csv_semicolon_with_title_and_footnotes(tmp_path):
    text = (
        f"{TITLE}\n\n"
        f'"region";"statistikkvariabel";"år";"{TITLE}"\n'
        '"K-3201 Bærum";"Personer";"2024";"130921"\n'
        '"3024 Bærum (2020-2023)";"Personer";"2023";".."\n'
        '"0 Hele landet";"Personer";"2024";"5550203"\n'
        '"32 Akershus";"Personer";"2024";":"\n'
        "\nKilde: Statistisk sentralbyrå\nMerknad: 1) foreløpige tall\n"
    )
    assert summary(parse_ssb_grid(csv_grid(tmp_path, text))) == [
        ("3201", "K-3201 Bærum", 2024, "130921", 4, TITLE),
        ("3024", "3024 Bærum (2020-2023)", 2023, "..", 5, TITLE),
        ("0", "0 Hele landet", 2024, "5550203", 6, TITLE),
        ("32", "32 Akershus", 2024, ":", 7, TITLE),
    ]


def test_ssb_long_csv_comma_iso_8859_1(tmp_path):
    text = f'"region","statistikkvariabel","år","{TITLE}"\n"3328 Ål","Personer","2024","5007"\n"3328 Ål","Personer","2025","."\n'
    records = parse_ssb_grid(csv_grid(tmp_path, text, "latin-1"))
    assert summary(records) == [("3328", "3328 Ål", 2024, "5007", 2, TITLE), ("3328", "3328 Ål", 2025, ".", 3, TITLE)]
    assert records[0].sheet is None


def test_ssb_wide_csv(tmp_path):
    text = '"region";"Personer 2023";"Personer 2024"\n"3201 Bærum";"130000";"130921"\n"3203 Asker";"";".."\n'
    assert summary(parse_ssb_grid(csv_grid(tmp_path, text))) == [
        ("3201", "3201 Bærum", 2023, "130000", 2, "Personer 2023"),
        ("3201", "3201 Bærum", 2024, "130921", 2, "Personer 2024"),
        ("3203", "3203 Asker", 2023, None, 3, "Personer 2023"),
        ("3203", "3203 Asker", 2024, "..", 3, "Personer 2024"),
    ]


def test_ssb_wide_csv_with_variable_column_and_plain_year_headers(tmp_path):
    text = f"{TITLE}\nregion,statistikkvariabel,2024\n3320 Flå,Personer,1115\n"
    assert summary(parse_ssb_grid(csv_grid(tmp_path, text))) == [("3320", "3320 Flå", 2024, "1115", 3, "2024")]


def test_ssb_xlsx_wide_with_empty_header_cells_and_carried_region(tmp_path):
    path = xlsx(
        tmp_path,
        "ssb.xlsx",
        {
            "07459": {
                "A1": TITLE,
                "A3": None,
                "B3": None,
                "C3": 2023,
                "D3": "2024",
                "A4": "3201 Bærum",
                "B4": "Personer",
                "C4": 130000,
                "D4": 130921,
                "B5": "Personer",
                "C5": 1,
                "D5": 2,  # region cell left empty: merged look
                "A6": "3024 Bærum (2020-2023)",
                "B6": "Personer",
                "C6": "..",
                "D6": None,
                "A8": "Kilde: Statistisk sentralbyrå",
                "C8": 99,
            }
        },
    )
    [g] = read_grids(path, "ssb.xlsx")
    assert summary(parse_ssb_grid(g)) == [
        ("3201", "3201 Bærum", 2023, "130000", 4, "2023"),
        ("3201", "3201 Bærum", 2024, "130921", 4, "2024"),
        ("3201", "3201 Bærum", 2023, "1", 5, "2023"),
        ("3201", "3201 Bærum", 2024, "2", 5, "2024"),
        ("3024", "3024 Bærum (2020-2023)", 2023, "..", 6, "2023"),
        ("3024", "3024 Bærum (2020-2023)", 2024, None, 6, "2024"),
    ]
    assert parse_ssb_grid(g)[0].sheet == "07459"


def test_ssb_xlsx_long_years_in_one_column(tmp_path):
    path = xlsx(
        tmp_path,
        "ssb.xlsx",
        {
            "Ark1": {
                "A1": TITLE,
                "D3": TITLE,
                "A4": "K-3201 Bærum",
                "B4": "Personer",
                "C4": 2023,
                "D4": 130000,
                "C5": 2024,
                "D5": 130921,
                "A6": "K-3203 Asker",
                "B6": "Personer",
                "C6": "2024",
                "D6": 98815,
            }
        },
    )
    [g] = read_grids(path, "ssb.xlsx")
    assert summary(parse_ssb_grid(g)) == [
        ("3201", "K-3201 Bærum", 2023, "130000", 4, TITLE),
        ("3201", "K-3201 Bærum", 2024, "130921", 5, TITLE),
        ("3203", "K-3203 Asker", 2024, "98815", 6, TITLE),
    ]


def test_ssb_long_single_small_municipality_with_four_digit_values(tmp_path):
    path = xlsx(
        tmp_path, "ssb.xlsx", {"Ark1": {"A1": TITLE, "A3": "3320 Flå", "B3": "Personer", "C3": 2024, "D3": 1115, "C4": 2025, "D4": 1998}}
    )
    records = parse_ssb_grid(read_grids(path, "ssb.xlsx")[0])
    assert [(r.year, r.value, r.row, r.column) for r in records] == [(2024, "1115", 3, "kolonne D"), (2025, "1998", 4, "kolonne D")]


def test_ssb_xlsx_wide_with_variable_on_its_own_header_row(tmp_path):
    path = xlsx(
        tmp_path,
        "ssb.xlsx",
        {"Ark1": {"A1": TITLE, "B3": 2024, "C3": 2025, "B4": "Personer", "C4": "Personer", "A5": "3236 Jevnaker", "B5": 7000, "C5": 7037}},
    )
    records = parse_ssb_grid(read_grids(path, "ssb.xlsx")[0])
    assert [(r.region_code, r.year, r.value, r.row, r.column) for r in records] == [
        ("3236", 2024, "7000", 5, "2024"),
        ("3236", 2025, "7037", 5, "2025"),
    ]


def test_coordinator_population_file_is_not_ssb(tmp_path):
    text = "Kommunenummer;Kommune;År;Folketall\n3201;Bærum;2024;130921\n3203;Asker;2024;98815\n"
    assert parse_ssb_grid(csv_grid(tmp_path, text)) is None
    # A title naming SSB 07459 and numbers with a thousands space ("91 712") must not fool it.
    text = (
        "Folketall 1. januar (SSB 07459);;;\nKommunenummer;Kommune;År;Folketall\n"
        "3203;Asker;2018;91 712\n3201;Bærum;2018;122841\n3301;Drammen;2018;97 457\n"
    )
    assert parse_ssb_grid(csv_grid(tmp_path, text)) is None
    path = xlsx(
        tmp_path,
        "k.xlsx",
        {
            "Ark1": {
                "A1": "Kommunenummer",
                "B1": "Kommune",
                "C1": "År",
                "D1": "Folketall",
                "A2": 3201,
                "B2": "Bærum",
                "C2": 2024,
                "D2": 130921,
            }
        },
    )
    assert parse_ssb_grid(read_grids(path, "k.xlsx")[0]) is None


@pytest.mark.parametrize(
    "text",
    [
        "Dato;Kommune;Tema\n15.01.2025;3201 Bærum;Budsjett\n20.02.2025;3203 Asker;Plan\n",
        "Kommune;2024;2025\n3201 Bærum;392763;391000\n3203 Asker;296445;297000\n",  # dues, not population
        "Kommune;År;Deltakere\n3201 Bærum;2024;4\n3203 Asker;2024;3\n",
    ],
)
def test_other_tables_with_region_cells_are_not_ssb(tmp_path, text):
    assert parse_ssb_grid(csv_grid(tmp_path, text)) is None


# ---------------------------------------------------------------- ssb: JSON-stat2


def jsonstat(region_index, values, status=None, ids=("Region", "ContentsCode", "Tid")) -> bytes:
    dims = {
        "Region": {
            "label": "region",
            "category": {"index": region_index, "label": {"K-3201": "Bærum", "3203": "Asker", "0": "Hele landet"}},
        },
        "ContentsCode": {"category": {"index": {"Personer1": 0}, "label": {"Personer1": "Personer"}}},
        "Tid": {"category": {"index": {"2024": 0, "2025": 1}, "label": {"2024": "2024", "2025": "2025"}}},
    }
    sizes = {"Region": 3, "ContentsCode": 1, "Tid": 2}
    doc = {
        "version": "2.0",
        "class": "dataset",
        "label": TITLE,
        "id": list(ids),
        "size": [sizes[d] for d in ids],
        "dimension": dims,
        "value": values,
    }
    if status is not None:
        doc["status"] = status
    return json.dumps(doc).encode()


EXPECTED_JSON = [
    ("3201", "K-3201 Bærum", 2024, "130921", None, TITLE),
    ("3201", "K-3201 Bærum", 2025, "131000", None, TITLE),
    ("3203", "3203 Asker", 2024, "98815", None, TITLE),
    ("3203", "3203 Asker", 2025, "..", None, TITLE),
    ("0", "0 Hele landet", 2024, "5550203", None, TITLE),
    ("0", "0 Hele landet", 2025, None, None, TITLE),
]


@pytest.mark.parametrize("index", [["K-3201", "3203", "0"], {"K-3201": 0, "3203": 1, "0": 2}])
def test_jsonstat_list_and_dict_index(index):
    data = jsonstat(index, [130921, 131000, 98815, None, 5550203, None], status={"3": ".."})
    assert summary(parse_jsonstat(data, "07459.json")) == EXPECTED_JSON


def test_jsonstat_other_dimension_order():
    # id order Tid, Region, ContentsCode: the value list runs over regions fastest
    values = [130921, 98815, 5550203, 131000, "..", None]
    data = jsonstat(["K-3201", "3203", "0"], values, ids=("Tid", "Region", "ContentsCode"))
    assert summary(parse_jsonstat(data, "07459.json")) == EXPECTED_JSON


@pytest.mark.parametrize(
    "data, words",
    [
        (b"{not json", "ikke gyldig JSON"),
        (b'{"version": "2.0", "class": "collection"}', "JSON-stat"),
        (b"[1, 2, 3]", "JSON-stat"),
        (jsonstat(["K-3201", "3203", "0"], [1, 2, 3]), "6"),
        (b"\xff\xfe\x00garbage", "ikke gyldig JSON"),
    ],
)
def test_jsonstat_malformed_is_refused(data, words):
    message = refused(parse_jsonstat, data, "x.json")
    assert words in message


def test_jsonstat_with_extra_dimension_is_refused():
    doc = json.loads(jsonstat(["K-3201", "3203", "0"], [1] * 6))
    doc["id"].insert(1, "Kjonn")
    doc["size"].insert(1, 2)
    doc["dimension"]["Kjonn"] = {"category": {"index": ["1", "2"]}}
    doc["value"] = [1] * 12
    assert "Kjonn" in refused(parse_jsonstat, json.dumps(doc).encode(), "x.json")


# ---------------------------------------------------------------- property: nothing but FileRefused escapes


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=3000).map(lambda b: b"PK\x03\x04" + b),
        st.text(alphabet=';,\t"\n\r abc3201Bærum.', max_size=500).map(str.encode),
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_random_bytes_give_grids_or_file_refused(tmp_path, data, suffix):
    path = write(tmp_path, "tilfeldig" + suffix, data)
    try:
        grids = read_grids(path, "tilfeldig" + suffix)
    except FileRefused as e:
        assert e.problems[0].file == "tilfeldig" + suffix
        return
    assert isinstance(grids, list)
    assert [g for g in grids if not isinstance(g, Grid) or len(g.cells) != len(g.row_numbers)] == []
    for g in grids:
        parse_ssb_grid(g)  # must not raise either


@settings(max_examples=50, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(
                st.sampled_from(
                    [
                        "version",
                        "class",
                        "id",
                        "size",
                        "dimension",
                        "value",
                        "status",
                        "category",
                        "index",
                        "label",
                        "Region",
                        "Tid",
                        "role",
                    ]
                ),
                children,
                max_size=5,
            )
        ),
        max_leaves=30,
    )
)
def test_random_json_gives_records_or_file_refused(doc):
    try:
        records = parse_jsonstat(json.dumps(doc).encode(), "x.json")
    except FileRefused:
        return
    assert isinstance(records, list)
