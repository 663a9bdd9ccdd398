"""Recognise SSB table 07459 (population by region and year) in the shapes SSB exports it.

Output is raw: region cell as written, year, value text (SSB symbols like ".." kept), and where it
came from. Matching regions to members and turning values into numbers is the caller's job.
"""

from __future__ import annotations

import datetime
import functools
import json
import math
import re
from dataclasses import dataclass

from khs_data.problems import FileRefused
from khs_data.readers.grid import Grid

# "3201 Bærum", "K-3201 Bærum", "0 Hele landet"; the name starts with a letter, so a number with
# a thousands space ("91 712") is not a region.
REGION = re.compile(r"^(?:[KF]-)?(\d{1,4}) [^\d\s]")
YEAR_HEADER = re.compile(r"^(?:Personer )?(\d{4})$")  # "2024", "Personer 2024"
YEAR = re.compile(r"^\d{4}$")
NUMBER = re.compile(r"^-?\d[\d\u00a0\u202f ]*(?:[.,]\d+)?$")
SYMBOLS = {"..", "...", ".", ":", "-", "…"}  # SSB: missing, not applicable, confidential, nil
YEAR_COLUMN_NAMES = {"år", "aar", "tid", "year"}
VALUE_HINTS = ("07459", "befolkning", "personer", "folketall")
HEADER_LOOKBACK = 3  # StatBank xlsx may put "Personer" and the years on separate header rows
MAX_JSON_VALUES = 5_000_000


@dataclass(slots=True)  # slots: an all-Norway download can give a million records
class SsbRecord:
    region_code: str | None  # "3201" (also from "K-3201"), "3024", "0", "32"; None if no code
    region_label: str  # the region cell exactly as written
    year: int
    value: str | None  # raw text: "130921", "..", ".", ":"; None if empty
    row: int | None  # row as the user sees it (None for JSON-stat)
    column: str  # header of the value cell
    sheet: str | None


@functools.lru_cache(maxsize=4096)  # the same few hundred region labels repeat on every row
def region_code(label: str) -> str | None:
    match = REGION.match(label)
    return match.group(1) if match else None


def _text(value: object) -> str:
    """A cell as the user reads it: whole floats without ".0", dates as ISO."""
    if type(value) is str:  # the common case; grid strings are already stripped
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value).strip()


# ---------------------------------------------------------------- grids (csv, xlsx)


def parse_ssb_grid(grid: Grid) -> list[SsbRecord] | None:
    """Records if the grid is an SSB 07459 table (long or wide), else None."""
    rows = [[_text(v) for v in row] for row in grid.cells]  # ragged: rows are not padded

    region_col = _region_column(rows)
    if region_col is None:
        return None
    region_rows = [i for i, r in enumerate(rows) if REGION.match(_at(r, region_col))]
    first, last = region_rows[0], region_rows[-1]
    labels = [_at(r, region_col) for r in rows[first : last + 1] if _at(r, region_col)]
    if len(region_rows) * 2 < len(labels):  # not "mostly" region cells: some other table
        return None

    # Which rows are data, and for which region: the region cell may be filled only on the first
    # row of a block (merged look), so it is carried down until a non-region text (a footnote).
    data_rows: list[tuple[int, str, bool]] = []  # (index, region label, region cell filled here)
    current = None
    for i in range(first, len(rows)):
        label = _at(rows[i], region_col)
        if label:
            current = label if (i <= last or REGION.match(label)) else None
        if current is not None:
            data_rows.append((i, current, bool(label)))

    headers = [r for r in reversed(rows[:first]) if any(r)][:HEADER_LOOKBACK]
    if not headers or not _has_ssb_marker(rows, first, headers[0], region_col):
        return None
    for header in headers:
        years = {j: int(m.group(1)) for j, h in enumerate(header) if j != region_col and (m := YEAR_HEADER.match(h))}
        if years:
            return _wide(grid, rows, data_rows, header, years) or None
    return _long(grid, rows, data_rows, region_col, headers[0])


def _has_ssb_marker(rows: list[list[str]], first: int, header: list[str], region_col: int) -> bool:
    """Something only SSB writes. Without it a sheet like "Kommune | 2024 | 2025" (dues per year)
    would pass for population figures."""
    above = " ".join(" ".join(r) for r in rows[:first]).lower()  # title and header rows
    if any(word in above for word in ("07459", "befolkning", "personer")):
        return True
    if _at(header, region_col).lower() in ("", "region"):  # StatBank's header (or none) over regions
        return True
    return any(text.lower() == "personer" for text in rows[first])  # the statistikkvariabel column


def _at(row: list[str], j: int) -> str:
    return row[j] if j < len(row) else ""


def _region_column(rows: list[list[str]]) -> int | None:
    counts: dict[int, int] = {}
    for row in rows:
        for j, text in enumerate(row):
            if REGION.match(text):
                counts[j] = counts.get(j, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=counts.get)  # most region cells; leftmost on a tie


def _wide(grid, rows, data_rows, header, years: dict[int, int]) -> list[SsbRecord]:
    records = []
    for i, label, filled in data_rows:
        cells = {j: _at(rows[i], j) for j in years}
        if not filled and not any(cells.values()):
            continue  # a blank line inside the carried block
        for j, year in years.items():
            records.append(_record(grid, i, label, year, cells[j], _column_name(grid, header, j)))
    return records


def _long(grid, rows, data_rows, region_col: int, header: list[str]) -> list[SsbRecord] | None:
    filled: dict[int, list[str]] = {}  # column → its non-empty cells in the data rows
    for i, _, _ in data_rows:
        for j, text in enumerate(rows[i]):
            if text and j != region_col:
                filled.setdefault(j, []).append(text)

    year_cols = sorted(j for j, cells in filled.items() if all(YEAR.match(v) for v in cells))
    if not year_cols:
        return None
    named = [j for j in year_cols if _at(header, j).lower() in YEAR_COLUMN_NAMES]
    year_col = (named or year_cols)[0]  # SSB puts the year before the value

    value_cols = sorted(j for j, cells in filled.items() if j != year_col and all(NUMBER.match(v) or v in SYMBOLS for v in cells))
    if len(value_cols) > 1:
        value_cols = [j for j in value_cols if any(h in _at(header, j).lower() for h in VALUE_HINTS)]
    if len(value_cols) != 1:
        return None  # ambiguous: leave it to the caller's own readers
    value_col = value_cols[0]
    column = _column_name(grid, header, value_col)
    records = [
        _record(grid, i, label, int(_at(rows[i], year_col)), _at(rows[i], value_col), column)
        for i, label, _ in data_rows
        if YEAR.match(_at(rows[i], year_col))
    ]
    return records or None


def _record(grid: Grid, i: int, label: str, year: int, value: str, column: str) -> SsbRecord:
    return SsbRecord(
        region_code=region_code(label),
        region_label=label,
        year=year,
        value=value or None,
        row=grid.row_numbers[i],
        column=column,
        sheet=grid.sheet,
    )


def _column_name(grid: Grid, header: list[str], j: int) -> str:
    if _at(header, j):
        return header[j]
    if grid.sheet is None:
        return f"kolonne {j + 1}"
    n, letters = grid.first_column + j, ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"kolonne {letters}"


# ---------------------------------------------------------------- JSON-stat2 (PxWebApi v2)


def parse_jsonstat(data: bytes, file_name: str) -> list[SsbRecord]:
    """Records from a PxWebApi v2 JSON-stat2 dataset; FileRefused if it is not one."""

    def refuse(why: str) -> FileRefused:
        return FileRefused(
            file_name, f"Filen er ikke en gyldig JSON-stat-fil fra SSB: {why}. Last ned tabellen på nytt fra SSB som JSON-stat2 eller CSV."
        )

    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        raise FileRefused(file_name, "Filen er ikke gyldig JSON (den er skadet eller har feil tegnkoding).") from None
    if not isinstance(doc, dict) or doc.get("class") != "dataset" or not str(doc.get("version", "")).startswith("2"):
        raise refuse("den mangler «version»: «2.0» og «class»: «dataset»")
    ids, sizes, dims, values = doc.get("id"), doc.get("size"), doc.get("dimension"), doc.get("value")
    if not (
        isinstance(ids, list)
        and isinstance(sizes, list)
        and isinstance(dims, dict)
        and len(ids) == len(sizes)
        and all(isinstance(d, str) and d in dims for d in ids)
        and all(isinstance(s, int) and not isinstance(s, bool) and s >= 0 for s in sizes)
    ):
        raise refuse("«id», «size» og «dimension» passer ikke sammen")
    total = math.prod(sizes)
    if total > MAX_JSON_VALUES:
        raise FileRefused(file_name, "Filen har for mange verdier til å leses. Velg færre regioner eller år hos SSB.")

    categories = {d: _categories(dims[d], d, refuse) for d in ids}
    for d, s in zip(ids, sizes):
        if len(categories[d][0]) != s:
            raise refuse(f"dimensjonen «{d}» har {len(categories[d][0])} kategorier, men «size» sier {s}")

    role = doc.get("role") if isinstance(doc.get("role"), dict) else {}
    region_dim = _pick(ids, role.get("geo"), ("region",))
    time_dim = _pick(ids, role.get("time"), ("tid", "år", "year", "time"))
    if region_dim is None or time_dim is None or region_dim == time_dim:
        raise refuse("finner ikke dimensjonene for region og år")
    for d, s in zip(ids, sizes):
        if d not in (region_dim, time_dim) and s > 1:
            raise FileRefused(
                file_name,
                f"Filen har flere tall per region og år (dimensjonen «{d}» har {s} verdier). "
                f"Last ned tabellen fra SSB med bare ett valg for «{d}» (for eksempel uten å dele på kjønn eller alder).",
            )

    value_at = _lookup(values, total, refuse)
    status_at = _lookup(doc.get("status"), total, refuse, broadcast=True)
    strides = [math.prod(sizes[k + 1 :]) for k in range(len(ids))]
    r_stride, t_stride = strides[ids.index(region_dim)], strides[ids.index(time_dim)]
    codes, labels = categories[region_dim]
    years = []
    for code, label in zip(*categories[time_dim]):
        text = code if YEAR.match(code) else label
        if not YEAR.match(text):
            raise refuse(f"tidsdimensjonen har verdien «{code}», men skal ha årstall")
        years.append(int(text))
    column = str(doc.get("label") or _single_label(categories, ids, region_dim, time_dim) or "verdi")

    records = []
    for r, (code, label) in enumerate(zip(codes, labels)):
        short = code[2:] if code[:2] in ("K-", "F-") else code
        full = label if (label.startswith(code + " ") or label.startswith(short + " ")) else f"{code} {label}"
        for t, year in enumerate(years):
            pos = r * r_stride + t * t_stride
            records.append(
                SsbRecord(
                    region_code=short,
                    region_label=full if label and label != code else code,
                    year=year,
                    value=_value_text(value_at(pos), status_at(pos), refuse),
                    row=None,
                    column=column,
                    sheet=None,
                )
            )
    return records


def _categories(dim: object, name: str, refuse) -> tuple[list[str], list[str]]:
    """(codes in index order, labels) of one dimension; index may be a dict or a list."""
    category = dim.get("category") if isinstance(dim, dict) else None
    if not isinstance(category, dict):
        raise refuse(f"dimensjonen «{name}» mangler «category»")
    index, label = category.get("index"), category.get("label")
    label = label if isinstance(label, dict) else {}
    if index is None:  # allowed in JSON-stat for a single category
        codes = list(label)
    elif isinstance(index, list):
        codes = index
    elif isinstance(index, dict):
        positions = list(index.values())
        if not all(type(v) is int for v in positions) or sorted(positions) != list(range(len(positions))):
            raise refuse(f"dimensjonen «{name}» har en ugyldig «index»")
        codes = sorted(index, key=index.get)
    else:
        raise refuse(f"dimensjonen «{name}» har en ugyldig «index»")
    if not all(isinstance(c, str) for c in codes):
        raise refuse(f"dimensjonen «{name}» har koder som ikke er tekst")
    return codes, [str(label.get(c, c)) for c in codes]


def _pick(ids: list[str], by_role: object, names: tuple[str, ...]) -> str | None:
    """The dimension named by JSON-stat's "role", else the first whose id contains one of names."""
    if isinstance(by_role, list):
        for d in by_role:
            if d in ids:
                return d
    return next((d for d in ids if any(n in d.lower() for n in names)), None)


def _single_label(categories, ids, *skip) -> str | None:
    """Label of the single content category ("Personer") when the dataset has no label."""
    for d in ids:
        if d not in skip and len(categories[d][1]) == 1:
            return categories[d][1][0]
    return None


def _lookup(values: object, total: int, refuse, broadcast: bool = False):
    """Position → entry for JSON-stat's dense list, sparse dict or (status only) single string."""
    if values is None and broadcast:
        return lambda pos: None
    if isinstance(values, str) and broadcast:
        return lambda pos: values
    if isinstance(values, list):
        if len(values) != total:
            raise refuse(f"det er {len(values)} verdier, men dimensjonene gir {total}")
        return values.__getitem__
    if isinstance(values, dict):
        return lambda pos: values.get(str(pos))
    raise refuse("«value» mangler eller har feil form")


def _value_text(value: object, status: object, refuse) -> str | None:
    if value is None:
        return str(status) if status not in (None, "") else None
    if isinstance(value, bool):
        raise refuse("en verdi er sann/usann i stedet for et tall")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    raise refuse("en verdi har feil form")
