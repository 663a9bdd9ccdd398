"""What can be wrong with an uploaded file, said so the coordinator can find and fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one cell (or one row, or the whole file when row is None)."""

    file: str
    message: str
    row: int | None = None  # the row number as the user sees it in Excel / a text editor
    column: str | None = None  # the header as written in the file
    value: str | None = None  # the offending value as written
    sheet: str | None = None

    def describe(self) -> str:
        where = [self.file]
        if self.sheet:
            where.append(f"ark «{self.sheet}»")
        if self.row is not None:
            where.append(f"rad {self.row}")
        if self.column:
            where.append(f"kolonne «{self.column}»")
        text = ", ".join(where) + ": "
        if self.value is not None:
            text += f"verdien «{self.value}»: "
        return text + self.message


class ImportRefused(Exception):
    """The file cannot be imported; nothing was written. Carries every problem found."""

    def __init__(self, problems: list[Problem]):
        # In the order a person reads the file: sheet by sheet, row by row (whole-file first).
        self.problems = sorted(problems, key=lambda p: (p.sheet or "", p.row if p.row is not None else -1))
        super().__init__("\n".join(p.describe() for p in self.problems))


class FileRefused(ImportRefused):
    """The file as a whole cannot be read (not a spreadsheet, encrypted, too large, …)."""

    def __init__(self, file: str, message: str):
        super().__init__([Problem(file=file, message=message)])


class KindUnclear(ImportRefused):
    """The headers do not clearly belong to one kind: the person chooses it. `candidates`: the
    kinds (names) whose required columns the sheet has, possibly none."""

    def __init__(self, problems: list[Problem], candidates: list[str]):
        super().__init__(problems)
        self.candidates = candidates
