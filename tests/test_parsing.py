"""The number parsers (khs_data.parsing.integer and .money): an absurd or infinite number is a
CellError with a Norwegian reason, never an OverflowError or a number the store cannot hold."""

from __future__ import annotations

import math

import pytest

from khs_data import parsing
from khs_data.importer import run_import
from khs_data.parsing import LARGEST_NUMBER, CellError
from khs_data.problems import ImportRefused

ABSURD = [math.inf, -math.inf, 1.7976931348623155e308, 1e20, -1e19, float(LARGEST_NUMBER + 1), LARGEST_NUMBER + 1, -(LARGEST_NUMBER + 1)]
ABSURD_TEXT = ["1" + "0" * 15, "-1" + "0" * 15, "9" * 40]


@pytest.mark.parametrize("cell", ABSURD + ABSURD_TEXT)
def test_an_absurd_whole_number_is_a_cell_error(cell):
    with pytest.raises(CellError, match="urimelig stort tall"):
        parsing.integer(cell)


@pytest.mark.parametrize("cell", ABSURD + [*ABSURD_TEXT, "kr " + "9" * 20 + ",00"])
def test_an_absurd_amount_is_a_cell_error(cell):
    with pytest.raises(CellError, match="urimelig stort beløp"):
        parsing.money(cell)


@pytest.mark.parametrize("cell", [LARGEST_NUMBER, float(LARGEST_NUMBER), str(LARGEST_NUMBER), -LARGEST_NUMBER])
def test_the_largest_number_is_still_accepted(cell):
    assert parsing.integer(cell) == int(cell)
    assert parsing.money(cell) == int(cell)


def test_an_infinite_payment_in_a_workbook_is_refused_where_the_user_finds_it(sample_db, make_xlsx, snapshot):
    """Found by tests/test_fuzz_readers.py: openpyxl writes 1.7976931348623155e+308 with 16 digits,
    which reads back as infinity, and money() raised OverflowError from int(round(inf))."""
    path = make_xlsx("innbetalinger.xlsx", [["Kommune", "År", "Betalt dato", "Beløp"], ["Hol", 2025, None, 1.7976931348623155e308]])
    before = snapshot(sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(sample_db, path, kind="payments")
    assert [p.describe() for p in refused.value.problems] == [
        "innbetalinger.xlsx, ark «Ark1», rad 2, kolonne «Beløp»: verdien «inf»: er et urimelig stort beløp (høyst 15 sifre)"
    ]
    assert snapshot(sample_db) == before


def test_a_population_too_large_for_the_store_is_refused(sample_db, make_xlsx, snapshot):
    path = make_xlsx("folketall.xlsx", [["Kommunenummer", "År", "Folketall"], ["3330", 2025, 1e20]])
    before = snapshot(sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(sample_db, path, kind="population")
    assert [p.describe() for p in refused.value.problems] == [
        "folketall.xlsx, ark «Ark1», rad 2, kolonne «Folketall»: verdien «100000000000000000000»: er et urimelig stort tall (høyst 15 sifre)"
    ]
    assert snapshot(sample_db) == before
