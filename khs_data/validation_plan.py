"""Checks of the action plan and the budget beyond single cells: a measure or budget line names a
project the store knows, an empty status means «ikke startet», and the dues line is income."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parsing import CellError, is_empty, normalise_label
from .problems import Problem, said
from .statuses import LineType, MeasureStatus
from .vocabulary import is_dues_line

if TYPE_CHECKING:
    from .validation import Context, ParsedTable

MAX_NAMES_IN_MESSAGE = 6


def project_names(projects: list[str]) -> dict[str, str]:
    """normalised name → the name as stored, so «velferdsteknologi i SMÅ kommuner» finds it."""
    return {normalise_label(name): name for name in projects}


def project(cell: object, known: dict[str, str]) -> str | None:
    if is_empty(cell):
        return None
    name = known.get(normalise_label(cell))
    if name is not None:
        return name
    if not known:
        raise CellError(said("import.cell.no_projects"))
    names = sorted(known.values())
    shown = ", ".join(names[:MAX_NAMES_IN_MESSAGE]) + (
        said("import.cell.more_names", count=len(names) - MAX_NAMES_IN_MESSAGE) if len(names) > MAX_NAMES_IN_MESSAGE else ""
    )
    raise CellError(said("import.cell.not_project", names=shown))


def _actionplan(parsed: ParsedTable, context: Context, headers: dict[str, str]) -> None:
    frame = parsed.frame
    if "status" in frame:  # an empty cell is a measure not started; without the column, stored statuses stay
        frame["status"] = frame["status"].fillna(MeasureStatus.NOT_STARTED.value)


def _budget(parsed: ParsedTable, context: Context, headers: dict[str, str]) -> None:
    frame = parsed.frame
    if not {"line", "type"} <= set(frame):
        return
    for row in frame.itertuples():
        if is_dues_line(row.line) and row.type is not None and row.type != LineType.INCOME:
            parsed.problems.append(
                Problem(parsed.file_name, said("import.row.dues_is_income"), row._1, headers["type"], str(row.type), parsed.sheet)
            )


KIND_CHECKS = {"actionplan": _actionplan, "budget": _budget}
