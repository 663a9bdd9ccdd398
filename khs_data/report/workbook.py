"""The annual meeting workbook (.xlsx): the dues list ready for invoicing, with a sum row, and one
sheet per other topic of the deck. Values are the metric results the deck and the pages show;
the only formulas are the sums, which are the workbook's own."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
from xlsxwriter.utility import xl_rowcol_to_cell

from ..catalogue import text
from ..charts.dues import STATUS_LOOK, status_label
from ..database import Database
from ..exports import sheet_title, text_workbook
from ..fmt import date_text
from ..metrics.budget import Budget
from ..plan_texts import dues_comparison, dues_rule
from .blocks import NUMBER_FORMAT, AnnualPack
from .pack import annual_pack
from .slides.overview import members_detail
from .wording import blank, pack_lang, say, speaking, value_text

DATE_FORMAT = "dd.mm.yyyy"

HEADER_FILL = "#DCE9F3"


def build_workbook(db: Database, year: int, today: dt.date | None = None, lang: str = "nb") -> bytes:
    return workbook_bytes(annual_pack(db, year, today, lang))


def workbook_bytes(pack: AnnualPack) -> bytes:
    """The workbook, in the pack's language."""
    with speaking(pack.lang):
        return _workbook_bytes(pack)


def _workbook_bytes(pack: AnnualPack) -> bytes:
    buffer = io.BytesIO()
    book = text_workbook(buffer)
    formats = {
        "header": book.add_format({"bold": True, "bg_color": HEADER_FILL, "border": 1, "text_wrap": True, "valign": "top"}),
        "int": book.add_format({"num_format": NUMBER_FORMAT}),
        "date": book.add_format({"num_format": DATE_FORMAT}),
        "text": book.add_format({"text_wrap": True, "valign": "top"}),
        "sum_label": book.add_format({"bold": True, "top": 1}),
        "sum": book.add_format({"bold": True, "top": 1, "num_format": NUMBER_FORMAT}),
        "blank_sum": book.add_format({"top": 1}),
        "note": book.add_format({"italic": True, "font_color": "#555555"}),
    }
    _dues_sheet(book, formats, pack)
    if pack.budget is not None:
        _budget_sheet(book, formats, pack.budget)
    for name, frame, kinds in _topic_sheets(pack):
        sheet = book.add_worksheet(sheet_title(name))
        _write_table(sheet, formats, frame, kinds, 0)
    book.close()
    return buffer.getvalue()


# Dues: one row per billed municipality, in number order, as an invoice run wants them.
DUES_COLUMNS = (  # (frame column, header key, kind, width)
    ("municipality", "report.col.municipality", "text", 18),
    ("municipality_number", "report.col.number", "text", 15),
    ("population", "report.col.population", "int", 12),
    ("population_date", "report.col.population_date", "date", 14),
    ("rate_nok", "report.col.rate", "int", 14),
    ("amount_nok", "report.col.amount", "int", 16),
    ("due_date", "report.col.due", "date", 12),
    ("paid_nok", "report.col.paid", "int", 16),
    ("payment_status", "report.col.status", "text", 22),
)
SUMMED = ("population", "amount_nok", "paid_nok")


def _write_rows(sheet, formats: dict, frame: pd.DataFrame, columns: tuple) -> None:
    """The header and one row per frame row, for columns given as (frame column, header key, kind, width)."""
    for c, (_, key, _, width) in enumerate(columns):
        sheet.write_string(0, c, say(key), formats["header"])
        sheet.set_column(c, c, width)
    for r, row in enumerate(frame.itertuples(), start=1):
        for c, (column, _, kind, _) in enumerate(columns):
            _write_cell(sheet, r, c, getattr(row, column), kind, formats)


def _dues_sheet(book, formats: dict, pack: AnnualPack) -> None:
    sheet = book.add_worksheet(say("report.sheet.dues", year=pack.year))
    dues = pack.frames["dues"].sort_values("municipality_number").reset_index(drop=True)
    dues = dues.assign(payment_status=[status_label(s, pack_lang()) if s in STATUS_LOOK else blank(s) for s in dues["payment_status"]])
    _write_rows(sheet, formats, dues, DUES_COLUMNS)
    last = len(dues)
    total_row = last + 1
    sheet.write_string(total_row, 0, say("report.sum"), formats["sum_label"])
    for c, (column, _, _, _) in enumerate(DUES_COLUMNS[1:], start=1):
        if column in SUMMED and last:
            cells = f"{xl_rowcol_to_cell(1, c)}:{xl_rowcol_to_cell(last, c)}"
            sheet.write_formula(total_row, c, f"=SUM({cells})", formats["sum"], int(dues[column].fillna(0).sum()))
        else:
            sheet.write_blank(total_row, c, None, formats["blank_sum"])
    basis = pack.basis
    sheet.write_string(
        total_row + 2,
        0,
        say(
            "report.basis_note",
            rate=basis.rate_nok,
            rate_rule=basis.rate.describe(pack_lang()),
            date=date_text(basis.population_date),
            due=date_text(basis.due_date),
            today=date_text(pack.today),
        ),
        formats["note"],
    )
    missing = dues.loc[dues["population"].isna(), "municipality"]
    if len(missing):
        sheet.write_string(
            total_row + 3, 0, say("report.missing_note", date=date_text(basis.population_date), names=", ".join(missing)), formats["note"]
        )
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last, 1), len(DUES_COLUMNS) - 1)


# Budget: one row per line, the computed dues line first; the sums are formulas over the lines.
BUDGET_COLUMNS = (  # (frame column, header key, kind, width)
    ("line", "budget.col.line", "text", 44),
    ("type_text", "budget.col.type", "text", 10),
    ("budget_nok", "budget.col.budget", "int", 15),
    ("actual_nok", "budget.col.actual", "int", 15),
    ("project", "budget.col.project", "text", 40),
    ("computed_text", "budget.col.computed", "text", 10),
    ("note", "col.note", "text", 44),
)


def _budget_sheet(book, formats: dict, figures: Budget) -> None:
    sheet = book.add_worksheet(say("report.sheet.budget", year=figures.year))
    lines = figures.lines.assign(
        type_text=[say(f"budget.type.{k}") for k in figures.lines["type"]],
        computed_text=[text("common.yes", pack_lang()) if c else "" for c in figures.lines["computed"]],
    )
    _write_rows(sheet, formats, lines, BUDGET_COLUMNS)
    last = len(lines)
    types = f"{xl_rowcol_to_cell(1, 1, col_abs=True, row_abs=True)}:{xl_rowcol_to_cell(last, 1, col_abs=True, row_abs=True)}"
    sums = (
        ("budget.sum_income", "inntekt", figures.income_budget_nok, figures.income_actual_nok),
        ("budget.sum_expense", "utgift", figures.expense_budget_nok, figures.expense_actual_nok),
    )
    for offset, (key, kind, planned, actual) in enumerate(sums, start=1):
        row = last + offset
        sheet.write_string(row, 0, say(key), formats["sum_label"])
        sheet.write_blank(row, 1, None, formats["blank_sum"])
        for c, value in ((2, planned), (3, actual)):
            cells = f"{xl_rowcol_to_cell(1, c)}:{xl_rowcol_to_cell(last, c)}"
            sheet.write_formula(row, c, f'=SUMIF({types},"{say(f"budget.type.{kind}")}",{cells})', formats["sum"], value or 0)
    result = last + len(sums) + 1
    sheet.write_string(result, 0, say("budget.sum_result"), formats["sum_label"])
    sheet.write_blank(result, 1, None, formats["blank_sum"])
    for c, value in ((2, figures.result_budget_nok), (3, figures.result_actual_nok)):
        income, expense = xl_rowcol_to_cell(last + 1, c), xl_rowcol_to_cell(last + 2, c)
        sheet.write_formula(result, c, f"={income}-{expense}", formats["sum"], value or 0)
    notes = [dues_rule(figures, pack_lang()), *(words for _, words in dues_comparison(figures.dues, figures.year, pack_lang()))]
    for offset, words in enumerate(notes, start=2):
        sheet.write_string(result + offset, 0, words, formats["note"])
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(last, 1), len(BUDGET_COLUMNS) - 1)


def _topic_sheets(pack: AnnualPack) -> list[tuple[str, pd.DataFrame, dict[str, str]]]:
    f, frames = pack.figures, pack.frames
    key = pd.DataFrame(
        [
            (say("report.key.members"), f["members"], members_detail(f)),
            (say("report.key.population"), f["population"], say("report.key.population_detail", date=date_text(f["population_date"]))),
            (
                say("report.key.dues", year=pack.year),
                f["dues_total_nok"] if f["dues_known"] else None,
                say("report.key.dues_basis", rate=f["rate_nok"], date=date_text(f["population_date"])),
            ),
            (say("report.key.paid", year=pack.year), f["dues_paid_nok"], say("report.key.paid_detail", date=date_text(pack.today))),
            (
                say("report.key.meetings", year=pack.year),
                f["board_meetings_held"],
                say("report.key.meetings_detail", required=f["board_meetings_required"], planned=f["board_meetings_planned"]),
            ),
            (
                say("report.key.vacancies"),
                f["board_seats"] - f["board_seats_filled"] + f["network_seats_vacant"],
                say("report.key.vacancies_detail", board=f["board_seats"] - f["board_seats_filled"], network=f["network_seats_vacant"]),
            ),
            (say("report.key.projects"), f["active_projects"], say("report.key.projects_detail")),
        ],
        columns=[say("report.col.figure"), say("report.col.value"), say("report.col.detail")],
    )
    seats = frames["seats"]
    board = pd.DataFrame(
        {
            say("report.col.region"): seats["board_region"],
            say("report.col.person"): [say("report.vacant") if v else p for v, p in zip(seats["vacant"], seats["person"])],
            say("report.col.role"): [value_text("role", r) for r in seats["role"]],
            say("report.col.municipality"): seats["municipality"],
            say("report.col.start"): seats["term_start"],
            say("report.col.end"): seats["end"],
        }
    )
    checks = frames["checks"]
    check_sheet = pd.DataFrame(
        {
            say("report.col.check"): [say(f"report.check.{c}") for c in checks["check"]],
            say("report.col.level"): [text(f"common.level.{level}", pack_lang()) for level in checks["level"]],
            say("report.col.ok"): [text("common.yes" if ok else "common.no", pack_lang()) for ok in checks["ok"]],
            say("report.col.reason"): checks["reason"],
            say("report.col.rule"): checks["rule"],
        }
    )
    compliance = frames["compliance"]
    meetings = pd.DataFrame(
        {
            say("report.col.body"): [value_text("meetings.body", b) for b in compliance["body"]],
            say("report.col.required"): compliance["required_min"],
            say("report.col.held"): compliance["held"],
            say("report.col.planned"): compliance["planned"],
            say("report.col.cancelled"): compliance["cancelled"],
            say("report.col.ok"): [text("common.yes" if ok else "common.no", pack_lang()) for ok in compliance["compliant"]],
            say("report.col.state"): [text(f"meetings.state.{state}", pack_lang()) for state in compliance["state"]],
            say("report.col.rule"): [r.describe(pack_lang()) for r in compliance["rule"]],
        }
    )
    network = frames["network"]
    network_sheet = pd.DataFrame(
        {
            say("report.col.area"): network["area"],
            say("report.col.person"): [say("report.vacant") if v else p for v, p in zip(network["vacant"], network["person"])],
            say("report.col.municipality"): network["municipality"],
            say("report.col.covers"): network["covers"],
        }
    )
    projects = frames["projects"]
    project_sheet = pd.DataFrame(
        {
            say("report.col.project"): projects["name"],
            say("report.col.project_status"): [value_text("projects.status", s) for s in projects["status"]],
            say("report.col.lead"): projects["lead_municipality"],
            say("report.col.start_date"): projects["start_date"],
            say("report.col.end_date"): projects["end_date"],
            say("report.col.budget"): projects["budget_nok"],
            say("report.col.applied"): projects["funding_applied_nok"],
            say("report.col.granted"): projects["funding_granted_nok"],
            say("report.col.source"): projects["funding_source"],
        }
    )
    attention = frames["attention"]
    attention_sheet = pd.DataFrame(
        {
            say("report.col.topic"): attention["topic"],
            say("report.col.message"): attention["message"],
            say("report.col.severity"): [value_text("common.severity", s) for s in attention["severity"]],
        }
    )
    counts = ("report.col.required", "report.col.held", "report.col.planned", "report.col.cancelled")
    money = ("report.col.budget", "report.col.applied", "report.col.granted")
    sheets = [
        (say("report.sheet.key"), key, {say("report.col.value"): "int"}),
        (say("report.sheet.board"), board, {say("report.col.start"): "date", say("report.col.end"): "date"}),
        (say("report.sheet.checks"), check_sheet, {}),
        (say("report.sheet.meetings"), meetings, {say(c): "int" for c in counts}),
        (say("report.sheet.network"), network_sheet, {}),
        (
            say("report.sheet.projects"),
            project_sheet,
            {**{say(c): "int" for c in money}, say("report.col.start_date"): "date", say("report.col.end_date"): "date"},
        ),
        (say("report.sheet.attention"), attention_sheet, {}),
    ]
    if "decisions" in frames:
        decisions = frames["decisions"]
        sheets.append(
            (
                say("report.sheet.decisions"),
                pd.DataFrame(
                    {
                        say("report.col.group"): [say(f"report.decisions.{g}") for g in decisions["group"]],
                        say("report.col.message"): decisions["item"],
                    }
                ),
                {},
            )
        )
    return sheets


def _write_table(sheet, formats: dict, frame: pd.DataFrame, kinds: dict[str, str], top: int) -> None:
    for c, column in enumerate(frame.columns):
        sheet.write_string(top, c, str(column), formats["header"])
        kind = kinds.get(column, "text")
        longest = max([len(str(column))] + [len(str(v)) for v in frame[column] if isinstance(v, str)])
        sheet.set_column(c, c, {"int": 16, "date": 12}.get(kind, min(max(12, longest + 2), 70)))
    for r, values in enumerate(frame.itertuples(index=False, name=None), start=top + 1):
        for c, value in enumerate(values):
            _write_cell(sheet, r, c, value, kinds.get(frame.columns[c], "text"), formats)
    sheet.freeze_panes(top + 1, 0)


def _write_cell(sheet, row: int, col: int, value: object, kind: str, formats: dict) -> None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return
    if kind == "date":
        sheet.write_datetime(row, col, pd.Timestamp(value).to_pydatetime(), formats["date"])
    elif kind == "int":
        sheet.write_number(row, col, int(value), formats["int"])
    else:
        sheet.write_string(row, col, str(value), formats["text"])  # never a formula, whatever it starts with
