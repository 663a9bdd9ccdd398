"""What can be wrong with an uploaded file, said so the coordinator can find and fix it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .catalogue import text

# The language of whoever imports (the page's language, the CLI's --lang): the readers and checks
# that build problems are many and deep, so it is held for the import rather than passed along. A
# context variable is per thread, and each Streamlit session runs on its own.
_LANG: ContextVar[str] = ContextVar("import_lang", default="nb")


@contextmanager
def importing_in(lang: str) -> Iterator[None]:
    """Say the problems of the imports inside in `lang` («nb» or «nn»)."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def import_lang() -> str:
    return _LANG.get()


def said(key: str, /, **values: object) -> str:
    """A problem's text from the catalogue, in the importer's language."""
    return text(key, _LANG.get(), **values)


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
            where.append(said("import.where.sheet", sheet=self.sheet))
        if self.row is not None:
            where.append(said("import.where.row", row=self.row))
        if self.column:
            where.append(said("import.where.column", column=self.column))
        described = ", ".join(where) + ": "
        if self.value is not None:
            described += said("import.where.value", value=self.value)
        return described + self.message


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
