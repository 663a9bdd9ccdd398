"""From the cells of a spreadsheet to typed rows of one kind, collecting every problem.

Reading cells into values is ours (people write dates and numbers in many ways); the checks
on the typed values run through a pandera schema built from the kind, lazily, so every
failing cell is reported at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa

from . import parsing
from .detection import TableGuess, known_label
from .file_rules import held_in_the_future, register_checks
from .kinds import Field, Kind
from .municipality_lookup import MunicipalityLookup
from .parsing import CellError, as_written, is_empty, normalise_label
from .problems import Problem, said
from .rule_periods import follow_each_other
from .rules import RULE_FORMATS, rule_value_problem
from .statuses import Role
from .validation_plan import KIND_CHECKS, project, project_names
from .vocabulary import alias_map


@dataclass
class Context:
    """What validation needs to know from the database."""

    lookup: MunicipalityLookup
    lsu_areas: list[str]
    today: dt.date  # the day of import
    projects: list[str] = field(default_factory=list)  # names in `projects`, for the kinds that name one
    agreements: list[str] = field(default_factory=list)  # names of the agreements and amendments on record


@dataclass
class ParsedTable:
    kind: Kind
    file_name: str
    frame: pd.DataFrame  # one column per field found (or derived), plus "_row" (row as the user sees it)
    fields_present: list[str]
    problems: list[Problem] = field(default_factory=list)
    sheet: str | None = None
    header_row: int | None = None
    ignored_columns: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)  # reason → count
    notes: list[str] = field(default_factory=list)  # what the import does beyond the rows (Norwegian), for the preview
    source_format: str = "regneark"
    written: dict[str, list[str]] = field(default_factory=dict)  # choice column → each cell as written, for messages


# -- reading the rows ------------------------------------------------------------------


class _CellReader:
    def __init__(self, context: Context):
        self.context = context
        self._choices: dict[str, dict[str, str]] = {}
        self._areas = {normalise_label(a): a for a in context.lsu_areas}
        self._areas.update({normalise_label(a) + " kommune": a for a in context.lsu_areas})
        self._projects = project_names(context.projects)
        self._agreements = {agreement_label(a): a for a in context.agreements}

    def read(self, f: Field, cell: object) -> object:
        if f.parser == "municipality":
            if is_empty(cell):
                return None
            number = self.context.lookup.resolve(cell)
            if number is None:
                raise CellError(said("import.cell.not_member"))
            return number
        if f.parser == "register_number":
            if is_empty(cell):
                return None
            number = self.context.lookup.register_number(cell)
            if number is None:
                raise CellError(said("import.cell.not_register_number"))
            return number
        if f.parser == "choice":
            aliases = self._choices.get(f.name)
            if aliases is None:  # built once per column, not per cell
                aliases = self._choices[f.name] = alias_map(f.vocabulary)
            return parsing.choice(cell, aliases, f.what)
        if f.parser == "area":
            if is_empty(cell):
                return None
            area = self._areas.get(normalise_label(cell))
            if area is None:
                raise CellError(said("import.cell.not_area", areas=", ".join(self.context.lsu_areas)))
            return area
        if f.parser == "project":
            return project(cell, self._projects)
        if f.parser == "agreement":  # a name not on record is a new agreement or amendment
            name = parsing.text(cell)
            return None if name is None else self._agreements.get(agreement_label(name), name)
        return getattr(parsing, f.parser)(cell)


def agreement_label(name: str) -> str:
    """«Samarbeidsavtalen 2019-2023» is «Samarbeidsavtalen 2019–2023»: dashes, case and spacing don't matter."""
    return normalise_label(name.replace("–", "-").replace("—", "-"))


def _notes_start(body: list[list[object]], guess: TableGuess, reader: _CellReader) -> int:
    """Where footnote lines under the table begin («Kilde: SSB»): trailing rows with one filled
    cell that is no value of its column. A row that reads (a project with only its name, a
    municipality whose figure is missing) is data and is checked like any other row."""
    fields = {index: guess.kind.field(name) for name, index in guess.columns.items()}
    end = len(body)
    while end:
        filled = [i for i, c in enumerate(body[end - 1]) if not is_empty(c)]
        if len(filled) > 1:
            break
        if filled and filled[0] in fields and not isinstance(_read_cell(reader, fields[filled[0]], body[end - 1][filled[0]]), CellError):
            break
        end -= 1
    return end


def _read_column(reader: _CellReader, f: Field, cells: list[object]) -> list[object]:
    """Each cell's value, or the CellError it raised. A column repeats few distinct cells (bodies,
    statuses, municipalities, dates), so each distinct cell is read once: a 50 000-row file is
    read in a fraction of the time, with every bad cell still reported where it stands."""
    types = {type(cell) for cell in cells} - {type(None)}
    if len(types) <= 1 and types <= _HASHABLE:
        # One type besides empty cells (the usual column): 1, 1.0 and True cannot meet, so the
        # cell itself is the key, and the column is read by dict lookups in C.
        outcomes = {cell: _read_cell(reader, f, cell) for cell in dict.fromkeys(cells)}
        return [outcomes[cell] for cell in cells]
    outcomes: dict[tuple, object] = {}
    values = []
    for cell in cells:
        key = (type(cell), cell)  # 1, 1.0 and True are different cells
        try:
            value = outcomes[key]
        except KeyError:
            value = outcomes[key] = _read_cell(reader, f, cell)
        except TypeError:  # an unhashable cell is read on its own
            value = _read_cell(reader, f, cell)
        values.append(value)
    return values


_HASHABLE = frozenset({str, int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta})


def _filled(cells: list[object]) -> bool:
    # A loop, not any(): most rows are decided at their first cell, and a generator per row costs more.
    for c in cells:
        if c is not None and not is_empty(c):
            return True
    return False


def _read_cell(reader: _CellReader, f: Field, cell: object) -> object:
    try:
        return reader.read(f, cell)
    except CellError as error:
        return error


def parse_table(guess: TableGuess, context: Context) -> ParsedTable:
    kind, grid = guess.kind, guess.grid
    header_cells = grid.cells[guess.header_index]
    headers = {name: as_written(header_cells[i]) for name, i in guess.columns.items()}
    ignored = [
        as_written(c)
        for i, c in enumerate(header_cells)
        if not is_empty(c) and i not in guess.columns.values() and not known_label(normalise_label(c), kind)
    ]
    body = grid.cells[guess.header_index + 1 :]
    numbers = grid.row_numbers[guess.header_index + 1 :]
    reader = _CellReader(context)
    end = _notes_start(body, guess, reader)
    notes = sum(1 for cells in body[end:] if _filled(cells))
    body, numbers = body[:end], numbers[:end]
    rows = [(cells, n) for cells, n in zip(body, numbers) if _filled(cells)]
    columns: dict[str, list] = {"_row": [n for _, n in rows]}
    parsed_written: dict[str, list[str]] = {}
    found: list[tuple[int, int, Problem]] = []  # (row, column position, problem): sorted into reading order
    for position, (name, index) in enumerate(guess.columns.items()):
        f = kind.field(name)
        cells = [row[index] if index < len(row) else None for row, _ in rows]
        values = _read_column(reader, f, cells)
        for line in [i for i, v in enumerate(values) if v is None or isinstance(v, CellError)]:
            row_number = columns["_row"][line]
            if values[line] is not None:
                found.append(
                    (
                        line,
                        position,
                        Problem(grid.file_name, str(values[line]), row_number, headers[name], as_written(cells[line]), grid.sheet),
                    )
                )
                values[line] = None
            elif f.required:
                found.append(
                    (line, position, Problem(grid.file_name, said("import.cell.missing"), row_number, headers[name], None, grid.sheet))
                )
        columns[name] = values
        if f.parser == "choice":
            parsed_written[name] = [as_written(c) for c in cells]
    problems = [problem for *_, problem in sorted(found, key=lambda item: item[:2])]
    frame = pd.DataFrame(columns, columns=["_row", *guess.columns])
    parsed = ParsedTable(
        kind=kind,
        file_name=grid.file_name,
        frame=frame,
        fields_present=list(guess.columns),
        problems=problems,
        sheet=grid.sheet,
        header_row=grid.row_numbers[guess.header_index],
        ignored_columns=ignored,
        written=parsed_written,
    )
    if notes:
        parsed.skipped["fotnoter under tabellen"] = notes
    finish(parsed, context, headers)
    return parsed


# -- checks on typed values ----------------------------------------------------------------

_CHECK_MESSAGES = {"non_negative": "import.row.negative"}  # pandera check → catalogue key


def _value_checks(parsed: ParsedTable, headers: dict[str, str]) -> None:
    kind, frame = parsed.kind, parsed.frame
    columns = {
        f.name: pa.Column(checks=[pa.Check.ge(0, error="non_negative")], nullable=True, coerce=False)
        for f in kind.fields
        if f.non_negative and f.name in frame.columns and _may_be_negative(frame[f.name])
    }
    if not columns or frame.empty:
        return
    reported = {(p.row, p.column) for p in parsed.problems}
    try:
        pa.DataFrameSchema(columns).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        for case in errors.failure_cases.itertuples():
            row = int(frame.loc[case.index, "_row"]) if frame.loc[case.index, "_row"] is not None else None
            if (row, headers[case.column]) in reported:
                continue
            message = said(_CHECK_MESSAGES[case.check]) if case.check in _CHECK_MESSAGES else str(case.check)
            parsed.problems.append(
                Problem(parsed.file_name, message, row, headers[case.column], as_written(case.failure_case), parsed.sheet)
            )


def _may_be_negative(column: pd.Series) -> bool:
    # A column with no value below 0 gives pandera nothing to report, and its check costs more
    # than reading the column did: pandera is asked only about a column that may fail.
    try:
        return any(v < 0 for v in column.dropna().tolist())
    except TypeError:  # a value that is no number: pandera says what
        return True


def _order_check(parsed: ParsedTable, headers: dict[str, str], start: str, end: str) -> None:
    frame = parsed.frame
    if start not in frame or end not in frame:
        return
    for row in frame.itertuples():
        first, last = getattr(row, start), getattr(row, end)
        if first is not None and last is not None and not pd.isna(first) and not pd.isna(last) and last < first:
            parsed.problems.append(
                Problem(
                    parsed.file_name,
                    said("import.row.ends_before_start", start=as_written(first)),
                    row._1,
                    headers[end],
                    as_written(last),
                    parsed.sheet,
                )
            )


def _duplicate_check(parsed: ParsedTable, headers: dict[str, str]) -> None:
    """The same key twice: harmless if the rows agree, an error if they differ."""
    frame = parsed.frame
    key = list(parsed.kind.key)
    if frame.empty or not set(key) <= set(frame.columns):
        return
    values = [c for c in frame.columns if c != "_row"]
    columns = zip(*(list(map(str, frame[k].tolist())) for k in key))  # by column, not row: no pyarrow per cell
    marker = pd.Series(["|".join(values) for values in columns], index=frame.index)
    duplicated = marker.duplicated(keep=False)
    if not duplicated.any():
        return
    # Each later row is compared with the first row of its key, column by column for all rows at
    # once: a file of a million copies of one row is decided in a second, not in minutes.
    rows = frame[duplicated]
    first_of = rows.index.to_series().groupby(marker[duplicated].to_numpy(), sort=False).transform("first")
    later = rows[first_of.to_numpy() != rows.index.to_numpy()]
    mine = later[values]
    theirs = rows.loc[first_of[later.index].to_numpy(), values].set_axis(later.index)
    same = ((mine == theirs) | (mine.isna() & theirs.isna())).all(axis=1).to_numpy(dtype=bool)
    drop = list(later.index[same])
    for index in sorted(later.index[~same], key=lambda i: (first_of[i], i)):  # in the order of the file's keys
        row, first = frame.loc[index], frame.loc[first_of[index]]
        key_text = ", ".join(as_written(row[k]) for k in key)
        parsed.problems.append(
            Problem(parsed.file_name, said("import.row.duplicate", row=first["_row"], keys=key_text), row["_row"], None, None, parsed.sheet)
        )
    if drop:
        parsed.frame = frame.drop(index=drop)
        parsed.skipped["like rader som stod to ganger"] = len(drop)


def finish(parsed: ParsedTable, context: Context, headers: dict[str, str]) -> None:
    """Kind-specific defaults and checks after every cell is read."""
    frame, name = parsed.frame, parsed.kind.name
    if name == "meetings":
        if "status" not in frame:
            frame["status"] = None
            parsed.fields_present.append("status")
        held_in_the_future(parsed, context, headers)
    if name == "board" and "role" in frame:
        frame["role"] = frame["role"].fillna(Role.MEMBER)
    if name == "municipalities":
        register_checks(parsed, context, headers)
    if name == "rules" and {"key", "value"} <= set(frame):
        for row in frame.itertuples():
            if row.key is not None and row.value is not None and (problem := rule_value_problem(row.key, row.value)):
                column = "value" if row.key in RULE_FORMATS else "key"
                parsed.problems.append(Problem(parsed.file_name, problem, row._1, headers[column], str(getattr(row, column)), parsed.sheet))
    if check := KIND_CHECKS.get(name):
        check(parsed, context, headers)
    if name == "approvals" and "approved_date" in frame:
        for row in frame.itertuples():
            if row.approved_date is not None and row.approved_date > context.today:
                parsed.problems.append(
                    Problem(
                        parsed.file_name,
                        said("import.row.decision_in_future", today=as_written(context.today)),
                        row._1,
                        headers["approved_date"],
                        as_written(row.approved_date),
                        parsed.sheet,
                    )
                )
    for start, end in (
        ("term_start", "term_end"),
        ("from_date", "to_date"),
        ("start_date", "end_date"),
        ("valid_from", "valid_to"),
        ("start_time", "end_time"),
    ):
        _order_check(parsed, headers, start, end)
    _value_checks(parsed, headers)
    if not parsed.problems:
        _duplicate_check(parsed, headers)
    if name == "rules" and not parsed.problems:
        follow_each_other(parsed, headers)
    if parsed.frame.empty and not parsed.problems:
        parsed.problems.append(Problem(parsed.file_name, said("import.table.empty"), parsed.header_row, None, None, parsed.sheet))
