"""What every reader gives: a Grid, the plain rows of cells of one sheet or text table, and the
limits every reader keeps to so a hostile file cannot take the process down.

No interpretation happens here: the grid keeps every row with the row number the user sees,
so that later checks can point at "rad 7" and the user finds it in Excel or a text editor.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_ROWS = 1_000_000
HEADER_ALLOWANCE = 100  # title, header and footnote rows on top of the data rows
# calamine allocates the whole used rectangle, even if almost empty; 1 000 000 rows × 6 columns fit
# in a few hundred MB (calamine's 32 bytes per cell plus the Python objects).
MAX_CELLS = 6_000_000


@dataclass
class Grid:
    file_name: str
    sheet: str | None  # sheet name for xlsx, None for csv
    # Raw rows. xlsx: str/int/float/bool/date/datetime; csv: str. Strings are stripped and empty
    # cells are None (spaces are invisible to the user). Trailing empty cells are trimmed; empty
    # rows are kept as [] so the numbering stays right.
    cells: list[list[object]]
    row_numbers: list[int]  # per row in cells: the 1-based row number the user sees
    first_column: int = 1  # 1-based Excel column of cells[r][0] (calamine skips empty leading columns)


def trim(row: list) -> list:
    """The row without its trailing empty cells (in place)."""
    while row and row[-1] is None:
        row.pop()
    return row


def drop_trailing_empty_rows(cells: list[list[object]], numbers: list[int]) -> None:
    """Empty rows under the table (in place): they are no part of it."""
    while cells and not cells[-1]:
        cells.pop()
        numbers.pop()
