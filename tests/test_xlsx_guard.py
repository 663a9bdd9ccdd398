"""The xlsx guard's quick bound (a sheet checked against its own <dimension>) may only ever let
through what the exact scan lets through: whenever it answers, every cell the exact scan counts
lies inside the rectangle it answers with, whatever the sheet's XML says."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from khs_data.problems import FileRefused
from khs_data.readers import xlsx_guard
from khs_data.readers.xlsx_guard import _column_letter, _declared_bound, _extent_by_position, _extent_by_refs, check_xlsx_size

PART = "xl/worksheets/sheet1.xml"
HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _book(sheet: bytes) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(PART, sheet)
    return zipfile.ZipFile(buffer)


def _sheet(dimension: str | None, cells: list[bytes]) -> bytes:
    dim = f'<dimension ref="{dimension}"/>'.encode() if dimension else b""
    return HEAD + dim + b'<sheetData><row r="1">' + b"".join(cells) + b"</row></sheetData></worksheet>"


def _exact(zf: zipfile.ZipFile) -> tuple[int, int]:
    return _extent_by_refs(zf, PART) or _extent_by_position(zf, PART)


_cell = st.builds(
    lambda col, row, start, attrs, value: f"<{start} {attrs.format(ref=f'{_column_letter(col)}{row}')}{value}".encode(),
    st.integers(1, 800),
    st.integers(0, 3_000),
    st.sampled_from(["c", "x:c"]),
    st.sampled_from(['r="{ref}"', 's="1" r="{ref}"', 's="1"', 'r="{ref}" t="n"', 'xr="{ref}"', 'r="7" r="{ref}"']),
    st.sampled_from(["><v>1</v></c>", "/>", "></c>", "><is><t>x</t></is></c>", "><f>1+1</f></c>"]),
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.none(), st.builds(lambda c, r: f"A1:{_column_letter(c)}{r}", st.integers(1, 800), st.integers(1, 3_000))),
    st.lists(_cell, max_size=12),
)
def test_the_quick_bound_holds_every_cell_the_exact_scan_counts(dimension, cells):
    zf = _book(_sheet(dimension, cells))
    bound = _declared_bound(zf, PART)  # None: no answer, the exact scan decides as before
    rows, columns = _exact(zf)
    assert bound is None or (rows <= bound[0] and columns <= bound[1])


@pytest.mark.parametrize("far", [b'<c r="XFD1000"><v>1</v></c>', b'<c r="7" r="XFD1000"><v>1</v></c>'])
def test_a_dimension_that_lies_small_does_not_hide_a_far_cell(tmp_path, far):
    sheet = _sheet("A1:C3", [b'<c r="A1"><v>1</v></c>', far])
    assert _declared_bound(_book(sheet), PART) is None
    with pytest.raises(FileRefused) as refused:
        check_xlsx_size(_write(tmp_path, sheet), "bok.xlsx", 1_000_000)
    assert "XFD" in str(refused.value) and "1000" in str(refused.value)


def test_a_sheet_inside_its_dimension_passes_without_the_exact_scan(tmp_path, monkeypatch):
    sheet = _sheet("A1:F50003", [b'<c r="A1"><v>1</v></c>', b'<c r="F50003" t="inlineStr"><is><t>x</t></is></c>'])
    assert _declared_bound(_book(sheet), PART) == (50003, 6)

    def exact_scan(*_):
        raise AssertionError("the exact scan ran")

    monkeypatch.setattr(xlsx_guard, "_extent_by_refs", exact_scan)
    check_xlsx_size(_write(tmp_path, sheet), "bok.xlsx", 1_000_000)


def test_a_declared_rectangle_too_big_is_left_to_the_exact_scan(tmp_path):
    # openpyxl declares styled empty cells far down; only the cells with a value count.
    sheet = _sheet("A1:Z2000000", [b'<c r="A1"><v>1</v></c>', b'<c r="Z2000000" s="1"/>'])
    assert _declared_bound(_book(sheet), PART) == (2_000_000, 26)
    check_xlsx_size(_write(tmp_path, sheet), "bok.xlsx", 1_000_000)


def _write(folder: Path, sheet: bytes) -> Path:
    path = folder / "bok.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(PART, sheet)
    return path
