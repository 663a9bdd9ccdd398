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
from .kinds import KINDS, UPLOAD_KINDS, Field, Kind
from .municipality_lookup import MunicipalityLookup
from .parsing import CellError, as_written, is_empty, normalise_label
from .problems import Problem
from .readers.grid import Grid
from .readers.ssb import SsbRecord
from .vocabulary import alias_map

HEADER_SCAN_ROWS = 30


@dataclass
class Context:
    """What validation needs to know from the database."""

    lookup: MunicipalityLookup
    lsu_areas: list[str]
    today: dt.date


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
    source_format: str = "regneark"

    @property
    def ok(self) -> bool:
        return not self.problems


# -- finding the table -----------------------------------------------------------------

def _match_columns(header_cells: list[object], kind: Kind) -> dict[str, int]:
    """field name → column index; each column serves one field, earlier headers win."""
    labels = [normalise_label(c) if not is_empty(c) else "" for c in header_cells]
    taken: set[int] = set()
    found: dict[str, int] = {}
    for f in kind.fields:
        for header in f.headers:
            wanted = normalise_label(header)
            index = next((i for i, label in enumerate(labels) if label == wanted and i not in taken), None)
            if index is not None:
                found[f.name] = index
                taken.add(index)
                break
    return found


def _known_label(label: str, kind: Kind) -> bool:
    return any(normalise_label(h) == label for f in kind.fields for h in f.headers)


@dataclass
class _TableGuess:
    kind: Kind
    grid: Grid
    header_index: int
    columns: dict[str, int]

    @property
    def complete(self) -> bool:
        return all(f.name in self.columns for f in self.kind.fields if f.required)

    @property
    def score(self) -> tuple:
        signature = all(
            any(normalise_label(self.grid.cells[self.header_index][i]) == normalise_label(s) for i in self.columns.values())
            for s in self.kind.signature
        )
        return (self.complete, signature, len(self.columns))


def _best_header(grid: Grid, kind: Kind) -> _TableGuess | None:
    best = None
    for index, cells in enumerate(grid.cells[:HEADER_SCAN_ROWS]):
        columns = _match_columns(cells, kind)
        if not columns:
            continue
        guess = _TableGuess(kind, grid, index, columns)
        if best is None or guess.score > best.score:
            best = guess
        if guess.complete:
            break
    return best


def locate_table(grids: list[Grid], kind_name: str | None) -> _TableGuess | None:
    """The kind (if not given), sheet and header row that fit best."""
    kinds = [KINDS[kind_name]] if kind_name else [KINDS[name] for name in UPLOAD_KINDS]
    guesses = [g for grid in grids for kind in kinds if (g := _best_header(grid, kind))]
    return max(guesses, key=lambda g: g.score, default=None)


def missing_columns_problem(guess: _TableGuess | None, kind: Kind | None, file_name: str, sheet: str | None) -> Problem:
    if kind is None:
        return Problem(
            file=file_name, sheet=sheet,
            message="Fant ingen overskriftsrad jeg kjenner igjen. Se malene for hvilke kolonner hver filtype trenger, "
            "eller velg filtype selv (--kind).",
        )
    missing = [f.header for f in kind.fields if f.required and (guess is None or f.name not in guess.columns)]
    row = guess.grid.row_numbers[guess.header_index] if guess else None
    return Problem(
        file=file_name, sheet=sheet, row=row,
        message=f"Mangler kolonnen {', '.join('«' + m + '»' for m in missing)} for filtypen «{kind.label}».",
    )


# -- reading the rows ------------------------------------------------------------------

class _CellReader:
    def __init__(self, context: Context):
        self.context = context
        self._choices: dict[str, dict[str, str]] = {}
        self._areas = {normalise_label(a): a for a in context.lsu_areas}
        self._areas.update({normalise_label(a) + " kommune": a for a in context.lsu_areas})

    def read(self, f: Field, cell: object) -> object:
        if f.parser == "municipality":
            if is_empty(cell):
                return None
            number = self.context.lookup.resolve(cell)
            if number is None:
                raise CellError("er ikke en av KHS' medlemskommuner")
            return number
        if f.parser == "choice":
            aliases = self._choices.setdefault(f.name, alias_map(f.vocabulary))
            return parsing.choice(cell, aliases, f.what)
        if f.parser == "area":
            if is_empty(cell):
                return None
            area = self._areas.get(normalise_label(cell))
            if area is None:
                raise CellError(f"er ikke et kjent LSU-område (gyldige: {', '.join(self.context.lsu_areas)})")
            return area
        return getattr(parsing, f.parser)(cell)


def _trailing_notes(cells: list[list[object]]) -> int:
    """Footnote lines under a table (one filled cell, like «Kilde: SSB»): how many at the end."""
    count = 0
    for row in reversed(cells):
        filled = [c for c in row if not is_empty(c)]
        if len(filled) > 1:
            break
        count += 1
    return count


def parse_table(guess: _TableGuess, context: Context) -> ParsedTable:
    kind, grid = guess.kind, guess.grid
    header_cells = grid.cells[guess.header_index]
    headers = {name: as_written(header_cells[i]) for name, i in guess.columns.items()}
    ignored = [
        as_written(c) for i, c in enumerate(header_cells)
        if not is_empty(c) and i not in guess.columns.values() and not _known_label(normalise_label(c), kind)
    ]
    body = grid.cells[guess.header_index + 1:]
    numbers = grid.row_numbers[guess.header_index + 1:]
    notes = _trailing_notes(body)
    if notes:
        body, numbers = body[:-notes], numbers[:-notes]
    reader = _CellReader(context)
    problems: list[Problem] = []
    records = []
    for cells, row_number in zip(body, numbers):
        if all(is_empty(c) for c in cells):
            continue
        record = {"_row": row_number}
        for name, index in guess.columns.items():
            f = kind.field(name)
            cell = cells[index] if index < len(cells) else None
            try:
                record[name] = reader.read(f, cell)
            except CellError as error:
                record[name] = None
                problems.append(Problem(grid.file_name, str(error), row_number, headers[name], as_written(cell), grid.sheet))
                continue
            if record[name] is None and f.required:
                problems.append(Problem(grid.file_name, "mangler verdi", row_number, headers[name], None, grid.sheet))
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=["_row", *guess.columns])
    parsed = ParsedTable(
        kind=kind, file_name=grid.file_name, frame=frame, fields_present=list(guess.columns),
        problems=problems, sheet=grid.sheet, header_row=grid.row_numbers[guess.header_index],
        ignored_columns=ignored,
    )
    if notes:
        parsed.skipped["fotnoter under tabellen"] = notes
    finish(parsed, context, headers)
    return parsed


# -- from SSB's population table ---------------------------------------------------------

def parse_ssb_population(records: list[SsbRecord], file_name: str, context: Context, source_format: str) -> ParsedTable:
    kind = KINDS["population"]
    problems: list[Problem] = []
    skipped: dict[str, int] = {}
    rows = []
    for record in records:
        number = context.lookup.resolve(record.region_label) or (
            context.lookup.resolve(record.region_code) if record.region_code else None
        )
        if number is None:
            skipped["regioner som ikke er medlemmer (landet, fylker, andre kommuner)"] = (
                skipped.get("regioner som ikke er medlemmer (landet, fylker, andre kommuner)", 0) + 1
            )
            continue
        value = (record.value or "").strip()
        if value in {"", "..", ".", ":", "-"}:
            skipped["tall SSB ikke har (.., . eller :)"] = skipped.get("tall SSB ikke har (.., . eller :)", 0) + 1
            continue
        try:
            count = parsing.integer(value)
        except CellError as error:
            problems.append(Problem(file_name, str(error), record.row, record.column, value, record.sheet))
            continue
        rows.append({"_row": record.row, "municipality": number, "date": dt.date(record.year, 1, 1), "count": count})
    frame = pd.DataFrame.from_records(rows, columns=["_row", "municipality", "date", "count"])
    parsed = ParsedTable(
        kind=kind, file_name=file_name, frame=frame, fields_present=["municipality", "date", "count"],
        problems=problems, skipped=skipped, source_format=source_format,
    )
    finish(parsed, context, {"municipality": "region", "date": "år", "count": "personer"})
    return parsed


# -- checks on typed values ----------------------------------------------------------------

_CHECK_MESSAGES = {"non_negative": "kan ikke være negativt"}


def _value_checks(parsed: ParsedTable, headers: dict[str, str]) -> None:
    kind, frame = parsed.kind, parsed.frame
    columns = {
        f.name: pa.Column(checks=[pa.Check.ge(0, error="non_negative")], nullable=True, coerce=False)
        for f in kind.fields if f.non_negative and f.name in frame.columns
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
            message = _CHECK_MESSAGES.get(case.check, str(case.check))
            parsed.problems.append(Problem(parsed.file_name, message, row, headers[case.column], as_written(case.failure_case), parsed.sheet))


def _order_check(parsed: ParsedTable, headers: dict[str, str], start: str, end: str) -> None:
    frame = parsed.frame
    if start not in frame or end not in frame:
        return
    for row in frame.itertuples():
        first, last = getattr(row, start), getattr(row, end)
        if first is not None and last is not None and not pd.isna(first) and not pd.isna(last) and last < first:
            parsed.problems.append(Problem(
                parsed.file_name, f"slutter før den starter ({as_written(first)})", row._1, headers[end], as_written(last), parsed.sheet,
            ))


def _duplicate_check(parsed: ParsedTable, headers: dict[str, str]) -> None:
    """The same key twice: harmless if the rows agree, an error if they differ."""
    frame = parsed.frame
    key = list(parsed.kind.key)
    if frame.empty or not set(key) <= set(frame.columns):
        return
    values = [c for c in frame.columns if c != "_row"]
    marker = pd.Series(
        ["|".join(str(v) for v in values) for values in frame[key].itertuples(index=False, name=None)], index=frame.index
    )
    duplicated = marker.duplicated(keep=False)
    if not duplicated.any():
        return
    drop = []
    for _, group in frame[duplicated].groupby(marker[duplicated], sort=False):
        first = group.iloc[0]
        for index, row in group.iloc[1:].iterrows():
            same = all(
                (pd.isna(row[c]) and pd.isna(first[c])) or row[c] == first[c] for c in values
            )
            if same:
                drop.append(index)
            else:
                key_text = ", ".join(as_written(row[k]) for k in key)
                parsed.problems.append(Problem(
                    parsed.file_name, f"står også i rad {first['_row']} ({key_text}), men med andre verdier",
                    row["_row"], None, None, parsed.sheet,
                ))
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
        missing = frame["status"].isna()
        frame.loc[missing, "status"] = [
            "avholdt" if d is not None and d <= context.today else "planlagt" for d in frame.loc[missing, "date"]
        ]
    if name == "board" and "role" in frame:
        frame["role"] = frame["role"].fillna("medlem")
    if name == "municipalities" and "number" in frame:
        for row in frame.itertuples():
            if row.number is not None and not (len(str(row.number)) == 4 and str(row.number).isdigit()):
                parsed.problems.append(Problem(parsed.file_name, "er ikke et firesifret kommunenummer", row._1, headers["number"], str(row.number), parsed.sheet))
    for start, end in (("term_start", "term_end"), ("from_date", "to_date"), ("start_date", "end_date"), ("valid_from", "valid_to")):
        _order_check(parsed, headers, start, end)
    _value_checks(parsed, headers)
    if not parsed.problems:
        _duplicate_check(parsed, headers)
    if parsed.frame.empty and not parsed.problems:
        parsed.problems.append(Problem(parsed.file_name, "Filen har ingen rader med data under overskriftene.", parsed.header_row, None, None, parsed.sheet))
