"""Tables out as files a Norwegian Excel opens as they are: CSV in UTF-8 with BOM and `;`,
or .xlsx. Text that Excel would take for a formula is written so it stays text."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pandas as pd
import xlsxwriter

from .database import Database
from .kinds import KINDS
from .metrics.dues import dues_for_year

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

TABLE_KINDS = {
    "municipalities": "municipalities",
    "population": "population",
    "meetings": "meetings",
    "board": "board",
    "network": "network",
    "projects": "projects",
    "payments": "payments",
    "actionplan": "actionplan",
    "budget": "budget",
    "approvals": "approvals",
    "agreements": "agreements",
}
EXPORT_TABLES = (*TABLE_KINDS, "dues")

DUES_HEADERS = {
    "municipality_number": "Kommunenummer",
    "municipality": "Kommune",
    "board_region": "Styreregion",
    "population": "Folketall",
    "population_date": "Folketall per",
    "rate_nok": "Sats (kr per innbygger)",
    "amount_nok": "Kontingent (kr)",
    "due_date": "Forfall",
    "paid_nok": "Betalt (kr)",
    "payment_status": "Status",
    "leaving_date": "Går ut",
}


def table_frame(db: Database, table: str, year: int | None = None) -> pd.DataFrame:
    """The table with the same headers the import accepts, so an export can be re-imported."""
    if table == "dues":
        frame = dues_for_year(db, year or dt.date.today().year)
        return frame[list(DUES_HEADERS)].rename(columns=DUES_HEADERS)
    kind = KINDS[TABLE_KINDS[table]]
    frame = db.query(f"SELECT {', '.join(kind.columns)} FROM {kind.table} ORDER BY {', '.join(kind.key)}")
    return frame.rename(columns={f.name: f.header for f in kind.fields})


def _safe_text(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _plain_dates(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[column]):
            frame[column] = frame[column].dt.strftime("%d.%m.%Y")
    return frame


def csv_bytes(frame: pd.DataFrame) -> bytes:
    safe = _plain_dates(frame).map(_safe_text)
    return safe.to_csv(sep=";", index=False).encode("utf-8-sig")


def text_workbook(target: object) -> xlsxwriter.Workbook:
    """An xlsxwriter workbook in which text is always text: a name such as
    `=HYPERLINK("http://…";"Bærum")` or one that looks like a link is written as the string it is,
    whichever way a cell is written. Every workbook the app writes is made here."""
    return xlsxwriter.Workbook(target, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})


SHEET_NAME_UNSAFE = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str) -> str:
    """A name Excel takes for a sheet, from any text (an uploaded file's name): the characters a
    sheet name cannot hold (`[ ] : * ? / \\`) become «-», at most 31 characters, never blank."""
    title = SHEET_NAME_UNSAFE.sub("-", str(name)).strip().strip("'")[:31].strip()
    return title or "Ark1"


def xlsx_bytes(sheets: dict[str, pd.DataFrame], number_format: str = "# ##0") -> bytes:
    """Each frame on its own sheet; dates as dates, numbers as numbers, text always as text."""
    buffer = io.BytesIO()
    workbook = text_workbook(buffer)
    header = workbook.add_format({"bold": True, "bg_color": "#DCE6F0", "border": 1})
    date_format = workbook.add_format({"num_format": "dd.mm.yyyy"})
    number_format = workbook.add_format({"num_format": number_format})
    for name, frame in sheets.items():
        sheet = workbook.add_worksheet(sheet_title(name))
        for col, title in enumerate(frame.columns):
            sheet.write_string(0, col, str(title), header)
            sheet.set_column(col, col, max(12, min(40, len(str(title)) + 2)))
        for row_index, values in enumerate(frame.itertuples(index=False, name=None), start=1):
            for col, value in enumerate(values):
                _write_cell(sheet, row_index, col, value, date_format, number_format)
        sheet.freeze_panes(1, 0)
    workbook.close()
    return buffer.getvalue()


def _write_cell(sheet, row: int, col: int, value: object, date_format, number_format) -> None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return
    if isinstance(value, (pd.Timestamp, dt.datetime, dt.date)):
        sheet.write_datetime(row, col, pd.Timestamp(value).to_pydatetime(), date_format)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, (int, float)) or hasattr(value, "item"):
        sheet.write_number(row, col, float(value), number_format)
    else:
        sheet.write_string(row, col, str(value))  # never a formula, whatever it starts with


def write_export(frame: pd.DataFrame, path: Path, sheet: str) -> None:
    if path.suffix.lower() == ".xlsx":
        path.write_bytes(xlsx_bytes({sheet: frame}))
    elif path.suffix.lower() == ".csv":
        path.write_bytes(csv_bytes(frame))
    else:
        raise ValueError(f"Ukjent filtype «{path.suffix}»: bruk .csv eller .xlsx.")
