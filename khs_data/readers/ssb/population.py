"""SSB's figures as the population rows the dashboard stores, in one pass over the records: each
region matched to a member once (old numbers to today's, regions that are not members skipped
and counted), SSB's symbols skipped and counted, every other value read as a whole number.
The rows then get the same checks as a coordinator's own population file (validation.finish)."""

from __future__ import annotations

import datetime as dt
import functools

import pandas as pd

from khs_data import parsing
from khs_data.kinds import KINDS
from khs_data.parsing import CellError
from khs_data.problems import Problem
from khs_data.readers.grid import Grid
from khs_data.readers.ssb.jsonstat import parse_jsonstat
from khs_data.readers.ssb.record import SYMBOLS, SsbRecord
from khs_data.readers.ssb.statbank import parse_ssb_grid
from khs_data.validation import Context, ParsedTable, finish

NOT_MEMBERS = "regioner som ikke er medlemmer (landet, fylker, andre kommuner)"
NO_FIGURE = "tall SSB ikke har (.., . eller :)"
STATBANK = "SSB-tabell 07459"  # the source format shown in the preview
JSONSTAT = "SSB JSON-stat2"


def population_from_statbank(grids: list[Grid], file_name: str, context: Context) -> ParsedTable | None:
    """The first grid that is SSB's table, as population rows; None when none is."""
    for grid in grids:
        records = parse_ssb_grid(grid)
        if records:
            return parse_ssb_population(records, file_name, context, STATBANK)
    return None


def population_from_jsonstat(data: bytes, file_name: str, context: Context) -> ParsedTable:
    return parse_ssb_population(parse_jsonstat(data, file_name), file_name, context, JSONSTAT)


def parse_ssb_population(records: list[SsbRecord], file_name: str, context: Context, source_format: str) -> ParsedTable:
    @functools.cache  # a region repeats once per year
    def member(label: str, code: str | None) -> str | None:
        return context.lookup.resolve(label) or (context.lookup.resolve(code) if code else None)

    problems: list[Problem] = []
    skipped: dict[str, int] = {}
    rows = []
    for record in records:
        number = member(record.region_label, record.region_code)
        if number is None:
            skipped[NOT_MEMBERS] = skipped.get(NOT_MEMBERS, 0) + 1
            continue
        value = (record.value or "").strip()
        if not value or value in SYMBOLS:
            skipped[NO_FIGURE] = skipped.get(NO_FIGURE, 0) + 1
            continue
        try:
            count = parsing.integer(value)
        except CellError as error:
            problems.append(Problem(file_name, str(error), record.row, record.column, value, record.sheet))
            continue
        rows.append({"_row": record.row, "municipality": number, "date": dt.date(record.year, 1, 1), "count": count})
    parsed = ParsedTable(
        kind=KINDS["population"],
        file_name=file_name,
        frame=pd.DataFrame.from_records(rows, columns=["_row", "municipality", "date", "count"]),
        fields_present=["municipality", "date", "count"],
        problems=problems,
        skipped=skipped,
        source_format=source_format,
    )
    finish(parsed, context, {"municipality": "region", "date": "år", "count": "personer"})
    return parsed
