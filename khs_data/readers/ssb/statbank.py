"""Recognise SSB table 07459 in a grid read from StatBank's CSV or XLSX download, in the shapes
SSB exports it: long (a year column and a value column) or wide («Personer 2024» or «2024» per
column), with title, header and footnote rows around it, the region cell sometimes filled only on
the first row of a block.

Output is raw SsbRecords: region cell as written, year, value text (SSB's symbols kept), and where
it came from. Turning them into population rows is ssb.population's job."""

from __future__ import annotations

import datetime
import re

from khs_data.readers.grid import Grid
from khs_data.readers.ssb.record import REGION, SYMBOLS, YEAR, SsbRecord, region_code

YEAR_HEADER = re.compile(r"^(?:Personer )?(\d{4})$")  # "2024", "Personer 2024"
NUMBER = re.compile(r"^-?\d[\d\u00a0\u202f ]*(?:[.,]\d+)?$")
YEAR_COLUMN_NAMES = {"år", "aar", "tid", "year"}
VALUE_HINTS = ("07459", "befolkning", "personer", "folketall")
HEADER_LOOKBACK = 3  # StatBank xlsx may put "Personer" and the years on separate header rows


def _text(value: object) -> str:
    """A cell as the user reads it: whole floats without ".0", dates as ISO."""
    if type(value) is str:  # the common case; grid strings are already stripped
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


def parse_ssb_grid(grid: Grid) -> list[SsbRecord] | None:
    """Records if the grid is an SSB 07459 table (long or wide), else None."""
    rows = [[_text(v) for v in row] for row in grid.cells]  # ragged: rows are not padded

    region_col = _region_column(rows)
    if region_col is None:
        return None
    region_rows = [i for i, r in enumerate(rows) if REGION.match(_at(r, region_col))]
    first, last = region_rows[0], region_rows[-1]
    labels = [_at(r, region_col) for r in rows[first : last + 1] if _at(r, region_col)]
    if len(region_rows) * 2 < len(labels):  # not "mostly" region cells: some other table
        return None

    # Which rows are data, and for which region: the region cell may be filled only on the first
    # row of a block (merged look), so it is carried down until a non-region text (a footnote).
    data_rows: list[tuple[int, str, bool]] = []  # (index, region label, region cell filled here)
    current = None
    for i in range(first, len(rows)):
        label = _at(rows[i], region_col)
        if label:
            current = label if (i <= last or REGION.match(label)) else None
        if current is not None:
            data_rows.append((i, current, bool(label)))

    headers = [r for r in reversed(rows[:first]) if any(r)][:HEADER_LOOKBACK]
    if not headers or not _has_ssb_marker(rows, first, headers[0], region_col):
        return None
    for header in headers:
        years = {j: int(m.group(1)) for j, h in enumerate(header) if j != region_col and (m := YEAR_HEADER.match(h))}
        if years:
            return _wide(grid, rows, data_rows, header, years) or None
    return _long(grid, rows, data_rows, region_col, headers[0])


def _has_ssb_marker(rows: list[list[str]], first: int, header: list[str], region_col: int) -> bool:
    """Something only SSB writes. Without it a sheet like "Kommune | 2024 | 2025" (dues per year)
    would pass for population figures."""
    above = " ".join(" ".join(r) for r in rows[:first]).lower()  # title and header rows
    if any(word in above for word in ("07459", "befolkning", "personer")):
        return True
    if _at(header, region_col).lower() in ("", "region"):  # StatBank's header (or none) over regions
        return True
    return any(text.lower() == "personer" for text in rows[first])  # the statistikkvariabel column


def _at(row: list[str], j: int) -> str:
    return row[j] if j < len(row) else ""


def _region_column(rows: list[list[str]]) -> int | None:
    counts: dict[int, int] = {}
    for row in rows:
        for j, text in enumerate(row):
            if REGION.match(text):
                counts[j] = counts.get(j, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=counts.get)  # most region cells; leftmost on a tie


def _wide(grid, rows, data_rows, header, years: dict[int, int]) -> list[SsbRecord]:
    records = []
    for i, label, filled in data_rows:
        cells = {j: _at(rows[i], j) for j in years}
        if not filled and not any(cells.values()):
            continue  # a blank line inside the carried block
        for j, year in years.items():
            records.append(_record(grid, i, label, year, cells[j], _column_name(grid, header, j)))
    return records


def _long(grid, rows, data_rows, region_col: int, header: list[str]) -> list[SsbRecord] | None:
    filled: dict[int, list[str]] = {}  # column → its non-empty cells in the data rows
    for i, _, _ in data_rows:
        for j, text in enumerate(rows[i]):
            if text and j != region_col:
                filled.setdefault(j, []).append(text)

    year_cols = sorted(j for j, cells in filled.items() if all(YEAR.match(v) for v in cells))
    if not year_cols:
        return None
    named = [j for j in year_cols if _at(header, j).lower() in YEAR_COLUMN_NAMES]
    year_col = (named or year_cols)[0]  # SSB puts the year before the value

    value_cols = sorted(j for j, cells in filled.items() if j != year_col and all(NUMBER.match(v) or v in SYMBOLS for v in cells))
    if len(value_cols) > 1:
        value_cols = [j for j in value_cols if any(h in _at(header, j).lower() for h in VALUE_HINTS)]
    if len(value_cols) != 1:
        return None  # ambiguous: leave it to the caller's own readers
    value_col = value_cols[0]
    column = _column_name(grid, header, value_col)
    records = [
        _record(grid, i, label, int(_at(rows[i], year_col)), _at(rows[i], value_col), column)
        for i, label, _ in data_rows
        if YEAR.match(_at(rows[i], year_col))
    ]
    return records or None


def _record(grid: Grid, i: int, label: str, year: int, value: str, column: str) -> SsbRecord:
    return SsbRecord(
        region_code=region_code(label),
        region_label=label,
        year=year,
        value=value or None,
        row=grid.row_numbers[i],
        column=column,
        sheet=grid.sheet,
    )


def _column_name(grid: Grid, header: list[str], j: int) -> str:
    if _at(header, j):
        return header[j]
    if grid.sheet is None:
        return f"kolonne {j + 1}"
    n, letters = grid.first_column + j, ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"kolonne {letters}"
