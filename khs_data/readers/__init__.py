"""Readers: an uploaded file → plain rows of cells (Grid), nothing interpreted yet.

safety decides what a file really is (by its bytes, not its name) and refuses the unsafe;
xlsx_guard scans a workbook's XML for its size before calamine may open it; xlsx_file and
csv_file read the two formats; ssb recognises SSB's population table 07459 in what they read
(and in JSON-stat2 from SSB's API) and turns it into population rows."""

from __future__ import annotations

from pathlib import Path

from khs_data.problems import FileRefused, said
from khs_data.readers import grid
from khs_data.readers.csv_file import read_csv
from khs_data.readers.grid import Grid
from khs_data.readers.safety import check_file
from khs_data.readers.xlsx_file import read_xlsx


def read_grids(path: Path, file_name: str, fmt: str | None = None, max_rows: int | None = None) -> list[Grid]:
    """All tables in the file: one Grid per visible, non-empty sheet (xlsx) or one Grid (csv).
    A sheet with more than `max_rows` rows (default grid.MAX_ROWS) is refused before it is held in memory."""
    path = Path(path)
    fmt = fmt or check_file(path, file_name)
    max_rows = max_rows or grid.MAX_ROWS
    if fmt == "xlsx":
        return read_xlsx(path, file_name, max_rows)
    if fmt == "csv":
        return [read_csv(path, file_name, max_rows)]
    if fmt == "json":  # SSB's JSON-stat is read by ssb.parse_jsonstat, not as a grid
        raise FileRefused(file_name, said("import.file.json"))
    raise ValueError(f"unknown format {fmt!r}")
