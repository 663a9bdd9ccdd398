"""Excel templates the coordinator fills in: one per kind of upload, with the headers the import
knows, an example row, drop-down lists for the fixed words, date formats, and a sheet that
explains every column in Norwegian."""

from __future__ import annotations

import io

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from . import parsing
from .catalogue import text
from .database import Database
from .kinds import KINDS, Field, Kind

TEMPLATE_ROWS = 500  # rows prepared with formats and drop-down lists under the header
DATE_FORMAT = "dd.mm.yyyy"
NUMBER_FORMATS = {"integer": "# ##0", "money": "# ##0", "year": "0", "date": DATE_FORMAT, "time": "hh:mm"}
LISTS_SHEET = "Lister"

_HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
_REQUIRED_FILL = PatternFill("solid", fgColor="9DC3E6")


def stored_rows(db: Database, kind_name: str) -> pd.DataFrame:
    """The rows of a kind as they are stored (database column names), in key order."""
    kind = KINDS[kind_name]
    return db.query(f"SELECT {', '.join(kind.columns)} FROM {kind.table} ORDER BY {', '.join(kind.key)}")


def _choices(members: pd.DataFrame, names: dict[str, list[str]], kind: Kind, f: Field) -> list[str] | None:
    """Values for a field's drop-down list. Excel only warns about others: the import also reads
    other spellings («Styret», «Bærum kommune», 3201) and names a new region, area or amendment."""
    if f.parser in names:
        return names[f.parser] or None
    if f.parser == "choice":
        return list(f.vocabulary)
    if f.parser == "municipality":
        ordered = members.sort_values("name")
        return [f"{number} {name}" for number, name in zip(ordered["number"], ordered["name"])]
    if f.parser == "area" or (kind.name == "municipalities" and f.name == "lsu_area"):
        return sorted(members["lsu_area"].dropna().unique())
    if kind.name == "municipalities" and f.name == "board_region":
        return sorted(members["board_region"].dropna().unique())
    return None


def _example(f: Field) -> object:
    if f.example is not None and f.parser == "date":
        return parsing.date(f.example)
    return f.example


def template_bytes(db: Database, kind_name: str, lang: str = "nb") -> bytes:
    kind = KINDS[kind_name]
    members = stored_rows(db, "municipalities")  # «3201 Bærum» in lists: the import reads the number
    names = {  # the projects and agreements on record, for the fields that name one
        parser: list(stored_rows(db, table)["name"]) if any(f.parser == parser for f in kind.fields) else []
        for parser, table in (("project", "projects"), ("agreement", "agreements"))
    }
    choices = {f.name: c for f in kind.fields if (c := _choices(members, names, kind, f))}
    book = Workbook()
    sheet = book.active
    sheet.title = kind.label
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"  # the import reads visible sheets only
    for col, f in enumerate(kind.fields, start=1):
        letter = get_column_letter(col)
        header = sheet.cell(row=1, column=col, value=f.header)
        header.font = Font(bold=True)
        header.fill = _REQUIRED_FILL if f.required else _HEADER_FILL
        example = sheet.cell(row=2, column=col, value=_example(f))
        example.font = Font(italic=True, color="595959")
        sheet.column_dimensions[letter].width = max(14, len(f.header) + 4)
        number_format = NUMBER_FORMATS.get(f.parser) or ("@" if f.parser in ("text", "register_number") else None)
        if number_format:
            for row in range(2, TEMPLATE_ROWS + 2):
                sheet.cell(row=row, column=col).number_format = number_format
        cells = f"{letter}2:{letter}{TEMPLATE_ROWS + 1}"
        if f.name in choices:
            values = choices[f.name]
            lists.cell(row=1, column=col, value=f.header)
            for row, value in enumerate(values, start=2):
                lists.cell(row=row, column=col, value=value)
            source = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
            _validate(
                sheet, DataValidation(type="list", formula1=f"={source}", allow_blank=True), cells, text("coord.template.pick", lang), lang
            )
        elif f.parser == "date":
            _validate(
                sheet,
                DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True),
                cells,
                text("coord.template.date", lang),
                lang,
            )
    sheet.freeze_panes = "A2"
    _explain(book.create_sheet(text("coord.template.sheet", lang), 1), kind, choices, lang)
    _text_as_text(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _text_as_text(book: Workbook) -> None:
    """Every text cell stays text: openpyxl takes a string starting with «=» for a formula, and
    the lists hold names from the data (a region called `=HYPERLINK(…)` would be live)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"


def _validate(sheet, rule: DataValidation, cells: str, prompt: str, lang: str) -> None:
    rule.prompt = prompt
    rule.showInputMessage = True
    rule.error = text("coord.template.invalid", lang)
    rule.errorTitle = text("coord.template.invalid_title", lang)
    rule.showErrorMessage = True
    rule.errorStyle = "warning"
    rule.add(cells)
    sheet.add_data_validation(rule)


def _valid_values(f: Field, choices: dict[str, list[str]], lang: str) -> str:
    if f.parser == "municipality":
        return text("coord.template.values_municipality", lang)
    if f.name in choices:
        return ", ".join(choices[f.name])
    return text(f"coord.template.values_{f.parser}", lang)


def _explain(sheet, kind: Kind, choices: dict[str, list[str]], lang: str) -> None:
    headers = [f"«{kind.field(k).header}»" for k in kind.key]
    keys = headers[0] if len(headers) == 1 else ", ".join(headers[:-1]) + text("coord.template.and", lang) + headers[-1]
    sheet.append([text("coord.template.title", lang, kind=text(f"coord.kind.{kind.name}", lang))])
    sheet["A1"].font = Font(bold=True, size=14)
    for line in ("fill", "dates", "required", "keys", "upload"):
        sheet.append([text(f"coord.template.line_{line}", lang, sheet=kind.label, keys=keys)])
    sheet.append([])
    sheet.append([text(f"coord.template.col_{c}", lang) for c in ("column", "required", "meaning", "example", "values")])
    table_start = sheet.max_row
    for cell in sheet[table_start]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for f in kind.fields:
        example = _example(f)
        sheet.append(
            [
                f.header,
                text("common.yes" if f.required else "common.no", lang),
                text(f"coord.field.{kind.name}.{f.name}", lang),
                parsing.as_written(example) if example is not None else "",
                _valid_values(f, choices, lang),
            ]
        )
    for letter, width in zip("ABCDE", (26, 14, 70, 22, 50)):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=table_start):  # the lines above run on across empty cells
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
