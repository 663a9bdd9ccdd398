"""What a file may not say, whatever its cells: a meeting held on a day still ahead, a notice
before the member joined, a rule table that drops a rule the figures need. Each is a Problem
naming row, column and value, so the file is refused and the store stays as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .parsing import as_written
from .problems import Problem, said
from .rules import NEEDED_KEYS
from .statuses import MeetingStatus

if TYPE_CHECKING:
    from .validation import Context, ParsedTable


def held_in_the_future(parsed: ParsedTable, context: Context, headers: dict[str, str]) -> None:
    """«avholdt» for a meeting dated after the day of import cannot be true yet. (An empty status
    stays empty: it is decided on the date the figures are for.)"""
    written = parsed.written.get("status", [])
    frame = parsed.frame
    # Columns as lists: iterating the frame's rows goes through pyarrow cell by cell.
    rows = zip(frame["_row"].tolist(), frame["status"].tolist(), frame["date"].tolist())
    for line, (row, status, date) in enumerate(rows):
        if status == MeetingStatus.HELD and date is not None and date > context.today:
            parsed.problems.append(
                Problem(
                    parsed.file_name,
                    said("import.row.held_in_future", date=as_written(date), today=as_written(context.today)),
                    row,
                    headers["status"],
                    written[line] if line < len(written) else str(status),
                    parsed.sheet,
                )
            )


def register_checks(parsed: ParsedTable, context: Context, headers: dict[str, str]) -> None:
    """A member found by an old number or «Bærum kommune» keeps its registered name; a notice
    cannot come before the municipality joined."""
    frame = parsed.frame
    if {"number", "name"} <= set(frame):
        frame["name"] = [
            context.lookup.names[number] if number is not None and cell is not None and context.lookup.same_name(number, cell) else cell
            for number, cell in zip(frame["number"], frame["name"])
        ]
    if {"member_since", "notice_date"} <= set(frame):
        for row in frame.itertuples():
            if row.member_since is not None and row.notice_date is not None and row.notice_date < row.member_since:
                parsed.problems.append(
                    Problem(
                        parsed.file_name,
                        said("import.row.notice_before_joining", date=as_written(row.member_since)),
                        row._1,
                        headers["notice_date"],
                        as_written(row.notice_date),
                        parsed.sheet,
                    )
                )


def rules_cover_needed_keys(parsed: ParsedTable) -> list[Problem]:
    """The whole rule table, as edited: every rule the figures need keeps at least one row."""
    keys = set(parsed.frame["key"].dropna()) if "key" in parsed.frame else set()
    return [Problem(parsed.file_name, said("import.table.rule_needed", rule=key)) for key in NEEDED_KEYS if key not in keys]
