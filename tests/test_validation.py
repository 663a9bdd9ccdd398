"""Files that must be refused: every problem is reported where the user can find it, and the
store is exactly as before (all tables, history and the archive of originals)."""

from __future__ import annotations

import zipfile

import pytest

from khs_data.importer import run_import
from khs_data.problems import ImportRefused, Problem
from khs_data.readers.safety import OLE2_MAGIC


@pytest.fixture
def refused(sample_db, snapshot):
    """Import the file as the app does; return the problems, after checking nothing was written."""

    def attempt(path, kind=None, file_name=None) -> list[Problem]:
        before = snapshot(sample_db)
        with pytest.raises(ImportRefused) as caught:
            run_import(sample_db, path, file_name, kind)
        assert snapshot(sample_db) == before
        assert caught.value.problems
        return caught.value.problems

    return attempt


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


# -- cells -------------------------------------------------------------------------------------


def test_unknown_municipality_in_the_coordinators_file(refused, make_xlsx):
    path = make_xlsx(
        "folketall.xlsx",
        [["Folketall per 1. januar"], [], ["Kommune", "År", "Folketall"], ["Bærum", 2025, 130921], ["Oslo", 2025, 724290]],
        sheet="Tall",
    )
    problem = only(refused(path))
    assert (problem.file, problem.sheet, problem.row, problem.column, problem.value) == ("folketall.xlsx", "Tall", 5, "Kommune", "Oslo")
    assert "medlemskommune" in problem.message
    assert problem.describe() == (
        "folketall.xlsx, ark «Tall», rad 5, kolonne «Kommune»: verdien «Oslo»: er ikke en av KHS' medlemskommuner"
    )


def test_unknown_municipality_written_like_ssb_in_the_coordinators_template(refused, make_csv):
    path = make_csv("folketall.csv", [["Kommunenummer", "År", "Folketall"], ["3201 Bærum", 2025, 130921], ["3299 Bærumm", 2025, 1000]])
    problem = only(refused(path))
    assert (problem.row, problem.value) == (3, "3299 Bærumm")


@pytest.mark.parametrize(
    ("value", "message"), [(-5, "negativ"), ("-5", "negativ"), ("12,5", "helt tall"), (12.5, "helt tall"), ("mange", "ikke et tall")]
)
def test_population_must_be_a_whole_non_negative_number(refused, make_xlsx, value, message):
    path = make_xlsx("folketall.xlsx", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496], ["Gol", 2025, value]])
    problem = only(refused(path))
    assert (problem.row, problem.column) == (3, "Folketall")
    assert problem.value == str(value)
    assert message in problem.message


@pytest.mark.parametrize("written", ["31.02.2024", "2024-02-31", "30.13.2024"])
def test_impossible_date(refused, make_csv, written):
    path = make_csv("moter.csv", [["Dato", "Organ"], ["10.01.2024", "Samarbeidsstyret"], [written, "Samarbeidsstyret"]])
    problem = only(refused(path))
    assert (problem.row, problem.column, problem.value) == (3, "Dato", written)
    assert "finnes ikke" in problem.message


def test_text_that_is_no_date(refused, make_csv):
    problem = only(refused(make_csv("moter.csv", [["Dato", "Organ"], ["neste tirsdag", "Samarbeidsstyret"]])))
    assert "dd.mm.åååå" in problem.message


def test_every_problem_in_the_file_is_reported(refused, make_xlsx):
    path = make_xlsx(
        "moter.xlsx",
        [
            ["Dato", "Organ", "Status"],
            ["31.02.2024", "Samarbeidsstyret", "avholdt"],
            ["01.03.2024", "Bystyret", "avholdt"],
            ["02.03.2024", "Dialogmøtet", "kanskje"],
            ["03.03.2024", None, "avholdt"],
        ],
    )
    problems = refused(path)
    assert [(p.row, p.column) for p in problems] == [(2, "Dato"), (3, "Organ"), (4, "Status"), (5, "Organ")]
    assert "et kjent organ" in problems[1].message and "Samarbeidsstyret" in problems[1].message
    assert problems[3].message == "mangler verdi"


def test_a_last_row_with_values_missing_is_no_footnote(refused, make_csv):
    problems = refused(make_csv("f.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496], ["Gol", None, None]]))
    assert [(p.row, p.column, p.message) for p in problems] == [(3, "År", "mangler verdi"), (3, "Folketall", "mangler verdi")]


def test_duplicate_keys_with_conflicting_values(refused, make_csv):
    path = make_csv(
        "folketall.csv", [["Kommune", "År", "Folketall"], ["Bærum", 2025, 130921], ["Asker", 2025, 98815], ["3201", 2025, 131000]]
    )
    problem = only(refused(path))
    assert problem.row == 4
    assert "rad 2" in problem.message


def test_duplicate_rows_that_agree_are_accepted_once(fresh_sample_db, make_csv):
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4400], ["3330", 2027, "4 400"]])
    result = run_import(fresh_sample_db, path)
    assert result.added == 1
    assert "hoppet over" in result.summary


def test_a_term_that_ends_before_it_starts(refused, make_csv):
    path = make_csv("styret.csv", [["Person", "Kommune", "Periode fra", "Periode til"], ["Ola", "Hol", "01.01.2025", "31.12.2024"]])
    problem = only(refused(path))
    assert (problem.row, problem.column, problem.value) == (2, "Periode til", "31.12.2024")


# -- columns and whole files ---------------------------------------------------------------------


def test_missing_required_column_when_the_kind_is_given(refused, make_csv):
    problem = only(refused(make_csv("f.csv", [["Kommune", "År"], ["Hol", 2025]]), kind="population"))
    assert "Mangler kolonnen «Folketall»" in problem.message


def test_headers_nobody_recognises(refused, make_csv):
    problem = only(refused(make_csv("f.csv", [["a", "b"], ["1", "2"]])))
    assert "overskriftsrad" in problem.message


def test_unknown_kind(refused, make_csv):
    problem = only(refused(make_csv("f.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 1]]), kind="budsjett"))
    assert "Ukjent filtype" in problem.message


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"  \r\n\r\n"])
def test_empty_file(refused, tmp_path, content):
    path = tmp_path / "tom.csv"
    path.write_bytes(content)
    assert "tom" in only(refused(path)).message


def test_headers_without_rows(refused, make_csv):
    problem = only(refused(make_csv("f.csv", [["Kommune", "År", "Folketall"]])))
    assert "ingen rader" in problem.message


def test_html_saved_as_xlsx(refused, tmp_path):
    path = tmp_path / "folketall.xlsx"
    path.write_text("<!DOCTYPE html><html><body><table><tr><td>Bærum</td></tr></table></body></html>", encoding="utf-8")
    assert "nettside (HTML)" in only(refused(path)).message


def test_password_protected_workbook(refused, tmp_path):
    path = tmp_path / "hemmelig.xlsx"  # Excel saves an encrypted .xlsx as an OLE2 file holding «EncryptedPackage»
    path.write_bytes(OLE2_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 1024)
    assert "passordbeskyttet" in only(refused(path)).message


def test_legacy_xls(refused, tmp_path):
    path = tmp_path / "gammel.xls"
    path.write_bytes(OLE2_MAGIC + b"\x00" * 2048)
    assert ".xls" in only(refused(path)).message


def test_decompression_bomb_is_refused_without_unpacking_it(refused, tmp_path, monkeypatch):
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * 50_000_000)  # unpacks 1 000× its packed size

    def no_unpacking(*args, **kwargs):
        raise AssertionError("a zip bomb must be refused from its directory, without opening an entry")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_unpacking)
    assert "zip-bombe" in only(refused(path)).message


def test_not_a_spreadsheet_at_all(refused, tmp_path):
    path = tmp_path / "bilde.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert only(refused(path)).message


def test_ssb_value_that_is_not_a_number(refused, make_csv):
    path = make_csv("07459.csv", [["region", "år", "07459: Befolkning"], ["3201 Bærum", 2025, "130921"], ["3203 Asker", 2025, "98 815,5"]])
    problem = only(refused(path))
    assert (problem.row, problem.value) == (3, "98 815,5")
