"""Read an Excel workbook (.xlsx, .xlsm) with calamine: one Grid per visible sheet with data.
The size guard (xlsx_guard) runs first; any failure of calamine is a Norwegian «skadet»."""

from __future__ import annotations

from pathlib import Path

import python_calamine as pc

from khs_data.problems import FileRefused, said
from khs_data.readers.grid import Grid, drop_trailing_empty_rows, trim
from khs_data.readers.safety import check_zip
from khs_data.readers.xlsx_guard import DAMAGED, check_xlsx_size


def read_xlsx(path: Path, file_name: str, max_rows: int) -> list[Grid]:
    check_zip(path, file_name)  # cheap; also when the caller passed fmt without check_file
    grids = []
    try:
        check_xlsx_size(path, file_name, max_rows)  # before calamine opens the file
        with pc.CalamineWorkbook.from_path(str(path)) as workbook:
            for meta in workbook.sheets_metadata:
                if meta.visible != pc.SheetVisibleEnum.Visible or meta.typ != pc.SheetTypeEnum.WorkSheet:
                    continue
                sheet = workbook.get_sheet_by_name(meta.name)
                if sheet.start is None:  # empty sheet
                    continue
                grid = _grid_from_rows(file_name, meta.name, sheet.to_python(), sheet.start)
                if grid.cells:
                    grids.append(grid)
    except FileRefused:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except MemoryError:
        raise FileRefused(file_name, said("import.file.too_big")) from None
    except BaseException:  # calamine errors, and pyo3's PanicException, which is a BaseException
        raise FileRefused(file_name, said(DAMAGED)) from None
    if not grids:
        raise FileRefused(file_name, said("import.file.no_sheets"))
    return grids


def _grid_from_rows(file_name: str, sheet: str, rows: list[list[object]], start: tuple[int, int]) -> Grid:
    # calamine's to_python() starts at the first used row and column; `start` is that (row, col), 0-based.
    # Inlined rather than a call per cell: a 50 000-row sheet has 300 000 of them.
    cells = [trim([(v.strip() or None) if type(v) is str else v for v in row]) for row in rows]
    numbers = list(range(start[0] + 1, start[0] + 1 + len(cells)))
    drop_trailing_empty_rows(cells, numbers)
    return Grid(file_name, sheet, cells, numbers, first_column=start[1] + 1)
