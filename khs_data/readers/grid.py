"""Read an uploaded spreadsheet (xlsx) or text table (csv) into plain rows of cells.

No interpretation happens here: the grid keeps every row with the row number the user sees,
so that later checks can point at "rad 7" and the user finds it in Excel or a text editor.
"""

from __future__ import annotations

import codecs
import csv
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

import python_calamine as pc

from khs_data.problems import FileRefused
from khs_data.readers.safety import check_file, check_zip

MAX_ROWS = 1_000_000
HEADER_ALLOWANCE = 100  # title, header and footnote rows on top of the data rows
# calamine allocates the whole used rectangle, even if almost empty; 1 000 000 rows × 6 columns fit
# in a few hundred MB (calamine's 32 bytes per cell plus the Python objects).
MAX_CELLS = 6_000_000
MAX_LINE_CHARS = 1_000_000  # no real CSV line is this long; stops a 50 MB one-cell file early
SNIFF_LINES = 50
DELIMITERS = (";", ",", "\t")
CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")

DAMAGED = "Filen er skadet eller kunne ikke leses som Excel-regneark. Åpne den i Excel, lagre som .xlsx og prøv igjen."


@dataclass
class Grid:
    file_name: str
    sheet: str | None  # sheet name for xlsx, None for csv
    # Raw rows. xlsx: str/int/float/bool/date/datetime; csv: str. Strings are stripped and empty
    # cells are None (spaces are invisible to the user). Trailing empty cells are trimmed; empty
    # rows are kept as [] so the numbering stays right.
    cells: list[list[object]]
    row_numbers: list[int]  # per row in cells: the 1-based row number the user sees
    first_column: int = 1  # 1-based Excel column of cells[r][0] (calamine skips empty leading columns)


def read_grids(path: Path, file_name: str, fmt: str | None = None, max_rows: int | None = None) -> list[Grid]:
    """All tables in the file: one Grid per visible, non-empty sheet (xlsx) or one Grid (csv).
    A sheet with more than `max_rows` rows (default MAX_ROWS) is refused before it is held in memory."""
    path = Path(path)
    fmt = fmt or check_file(path, file_name)
    max_rows = max_rows or MAX_ROWS
    if fmt == "xlsx":
        return _read_xlsx(path, file_name, max_rows)
    if fmt == "csv":
        return [_read_csv(path, file_name, max_rows)]
    if fmt == "json":  # SSB's JSON-stat is read by ssb.parse_jsonstat, not as a grid
        raise FileRefused(file_name, "Filen er en JSON-fil, ikke et regneark eller en CSV-fil.")
    raise ValueError(f"unknown format {fmt!r}")


# ---------------------------------------------------------------- xlsx


def _read_xlsx(path: Path, file_name: str, max_rows: int) -> list[Grid]:
    check_zip(path, file_name)  # cheap; also when the caller passed fmt without check_file
    grids = []
    try:
        # Both checks must happen before calamine opens the file: it allocates memory from
        # declared sizes up front and aborts the whole process (no exception) when that fails.
        with zipfile.ZipFile(path) as zf:
            _check_shared_strings(zf, file_name)
            names = {part: name for name, part in _sheet_parts(zf).items()}
            for part in _all_worksheets(zf):  # hidden ones too: calamine may load any of them
                _check_extent(zf, part, names.get(part), file_name, max_rows)
        with pc.CalamineWorkbook.from_path(str(path)) as workbook:
            for meta in workbook.sheets_metadata:
                if meta.visible != pc.SheetVisibleEnum.Visible or meta.typ != pc.SheetTypeEnum.WorkSheet:
                    continue
                sheet = workbook.get_sheet_by_name(meta.name)
                if sheet.start is None:  # empty sheet
                    continue
                grid = _grid_from_rows(file_name, meta.name, sheet.to_python(), sheet.start)
                if grid.cells:
                    grids.append(grid)
    except FileRefused:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except MemoryError:
        raise FileRefused(file_name, "Filen er for stor til å leses. Del den opp i mindre filer.") from None
    except BaseException:  # calamine errors, and pyo3's PanicException, which is a BaseException
        raise FileRefused(file_name, DAMAGED) from None
    if not grids:
        raise FileRefused(file_name, "Regnearket har ingen synlige ark med data.")
    return grids


def _grid_from_rows(file_name: str, sheet: str, rows: list[list[object]], start: tuple[int, int]) -> Grid:
    # calamine's to_python() starts at the first used row and column; `start` is that (row, col), 0-based.
    cells = [_trim([_clean(v) for v in row]) for row in rows]
    numbers = list(range(start[0] + 1, start[0] + 1 + len(cells)))
    while cells and not cells[-1]:
        cells.pop()
        numbers.pop()
    return Grid(file_name, sheet, cells, numbers, first_column=start[1] + 1)


def _clean(value: object) -> object:
    if isinstance(value, str):
        return value.strip() or None
    return value


def _n(number: int) -> str:
    """1 000 000, the Norwegian way."""
    return f"{number:,}".replace(",", " ")


def _trim(row: list) -> list:
    while row and row[-1] is None:
        row.pop()
    return row


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet XML part, via workbook.xml and its relationships (for messages)."""
    try:
        book = ET.fromstring(zf.read("xl/workbook.xml"))
        rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts = {}
    for el in book.iter():
        if el.tag.rsplit("}", 1)[-1] != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rid)
        if target:  # resolved as calamine does
            parts[el.get("name")] = target[1:] if target.startswith("/xl/") else (target if target.startswith("xl/") else "xl/" + target)
    return parts


def _all_worksheets(zf: zipfile.ZipFile) -> list[str]:
    # Every part calamine could load as a worksheet (its sheet type comes from this folder).
    return [n for n in zf.namelist() if n.startswith("xl/worksheets/") and "/_rels/" not in n]


_UNIQUE_COUNT = re.compile(rb"""uniqueCount\s*=\s*["'](\d+)""")


def _check_shared_strings(zf: zipfile.ZipFile, file_name: str) -> None:
    """calamine reserves memory for the declared uniqueCount up front and aborts the process when
    that fails; refuse a count the part cannot possibly hold (each <si/> takes at least 5 bytes)."""
    for info in zf.infolist():
        if info.filename.lower().endswith("sharedstrings.xml"):
            with zf.open(info) as f:
                match = _UNIQUE_COUNT.search(f.read(4096))
            if match and int(match.group(1)) > min(MAX_CELLS, max(1000, info.file_size // 4)):
                raise FileRefused(file_name, DAMAGED)


# Attribute runs are bounded ({0,1000}) so a crafted tag cannot make the regexes backtrack for
# ages; a real cell or row tag has well under 200 characters of attributes.
_NS = rb"<(?:[\w.-]+:)?"  # tags may carry a namespace prefix (<x:c>)
_LONG_TAG = re.compile(_NS + rb"(?:c|row)\s[^>]{1000}")
# A cell with a reference and a value: <c r="B7" ...> directly followed by <v>, <is> or <f>.
_VALUED_CELL = re.compile(_NS + rb'c\s[^>]{0,1000}?\br="([A-Z]{1,3})(\d+)"[^>]{0,1000}(?<!/)>\s*' + _NS + rb"(?:v|is|f)[\s/>]")
_CELL_WITHOUT_REF = re.compile(_NS + rb"c(?:\s(?:(?!\br=)[^>]){0,1000})?/?>")
_TOKEN = re.compile(_NS + rb"(row|c|v|is)(?=[\s/>])([^>]{0,1000}?)(/?)>")
_ROW_REF = re.compile(rb'\br="(\d+)"')
_CELL_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


def _check_extent(zf: zipfile.ZipFile, part: str, sheet: str | None, file_name: str, max_rows: int) -> None:
    """Refuse a sheet whose used rectangle (last row × last column holding a value) is too big.

    Only cells with a value count, like in calamine: Excel and openpyxl write empty styled cells
    far down, which calamine ignores.
    """
    try:
        max_row, max_col = _extent_by_refs(zf, part) or _extent_by_position(zf, part)
    except _Damaged:
        raise FileRefused(file_name, DAMAGED) from None
    if max_row > max_rows + HEADER_ALLOWANCE or max_row * max_col > MAX_CELLS:
        raise FileRefused(
            file_name,
            f"{f'Arket «{sheet}»' if sheet else 'Et ark'} har innhold helt ned til rad {max_row} og ut til kolonne {_column_letter(max_col)}; "
            "det er for stort til å leses trygt. Slett tomme rader og kolonner under og til høyre for "
            "tabellen (eller del opp filen), lagre og last opp på nytt.",
        )


class _Damaged(Exception):
    """A worksheet part no spreadsheet program would write."""


def _xml_chunks(zf: zipfile.ZipFile, part: str, boundary: bytes):
    """The part in ~1 MB pieces, each cut just before the last `boundary`, so no tag is split."""
    buf = b""
    with zf.open(part) as f:
        while chunk := f.read(1 << 20):
            buf += chunk
            cut = buf.rfind(boundary)
            if cut > 0:
                yield buf[:cut]
                buf = buf[cut:]
    yield buf


def _extent_by_refs(zf: zipfile.ZipFile, part: str) -> tuple[int, int] | None:
    """Fast path (Excel, openpyxl and SSB always write r="B7"): one regex pass in C.
    None when some cell has no reference; its position then depends on its neighbours."""
    max_row = max_col = 0
    # Cut before a closing tag: a cell's start tag and its first child never straddle one.
    for piece in _xml_chunks(zf, part, b"</"):
        if _LONG_TAG.search(piece):
            raise _Damaged
        if _CELL_WITHOUT_REF.search(piece):
            return None
        refs = _VALUED_CELL.findall(piece)
        if refs:
            max_row = max(max_row, max(map(int, {r for _, r in refs})))
            max_col = max(max_col, max(_column_number(c) for c in {c for c, _ in refs}))
    return max_row, max_col


def _extent_by_position(zf: zipfile.ZipFile, part: str) -> tuple[int, int]:
    """Slow path: follow <row>/<c> in order, counting positions the way calamine does."""
    max_row = max_col = row = col = 0
    in_cell = False
    for piece in _xml_chunks(zf, part, b"<"):
        for m in _TOKEN.finditer(piece):
            tag = m.group(1)
            if tag == b"row":
                ref = _ROW_REF.search(m.group(2))
                row, col = (int(ref.group(1)) if ref else row + 1), 0
            elif tag == b"c":
                ref = _CELL_REF.search(m.group(2))
                row, col = (int(ref.group(2)), _column_number(ref.group(1))) if ref else (row, col + 1)
                in_cell = not m.group(3)  # a self-closing <c/> has no value
            elif in_cell:  # <v> or <is>: this cell holds a value
                max_row, max_col = max(max_row, row), max(max_col, col)
                in_cell = False
    return max_row, max_col


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _column_letter(n: int) -> str:
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


# ---------------------------------------------------------------- csv


def _read_csv(path: Path, file_name: str, max_rows: int) -> Grid:
    try:
        encoding = _detect_encoding(path)
        with path.open(encoding=encoding, newline="") as f:
            delimiter = _detect_delimiter(_sample(f))
        with path.open(encoding=encoding, newline="") as f:
            return _parse_csv(_guarded_lines(f, file_name), delimiter, file_name, max_rows)
    except FileRefused:
        raise
    except csv.Error:
        raise FileRefused(
            file_name, 'Filen kunne ikke leses som CSV: en celle er for lang, eller et anførselstegn (") er ikke lukket.'
        ) from None
    except UnicodeError:
        raise FileRefused(file_name, "Filen har tegn som ikke kan leses (ukjent tegnkoding). Lagre den som CSV UTF-8.") from None
    except MemoryError:
        raise FileRefused(file_name, "Filen er for stor til å leses. Del den opp i mindre filer.") from None
    except OSError as e:
        raise FileRefused(file_name, f"Filen kunne ikke leses ({e.strerror or e}).") from None


def _detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) if the whole file decodes as UTF-8, else Windows-1252.

    SSB's "ISO-8859-1" files are Windows-1252 for every Norwegian letter; latin-1 is only
    needed when a byte is undefined in cp1252 (it never fails).
    """
    with path.open("rb") as f:
        start = f.read(3)
    if start.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if start.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode-tekst"
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            if CP1252_UNDEFINED.search(chunk):
                return "latin-1"
    return "cp1252"


def _sample(lines) -> list[str]:
    sample = []
    for line in lines:
        if len(line) > MAX_LINE_CHARS:
            break
        if line.strip():
            sample.append(line)
            if len(sample) >= SNIFF_LINES:
                break
    return sample


def _detect_delimiter(sample: list[str]) -> str:
    """The delimiter giving the most lines with the same (>1) column count.

    Counting the modal width rather than requiring every line to agree tolerates SSB's title
    line (no delimiter, or commas inside it) and footnotes at the end.
    """
    best, best_score = DELIMITERS[0], (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(sample, delimiter=delimiter) if r]
        except csv.Error:
            continue
        widths = [w for w in widths if w > 1]
        if not widths:
            continue
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        score = (widths.count(mode), mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _guarded_lines(lines, file_name: str):
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise FileRefused(file_name, f"Linje {number} er over {_n(MAX_LINE_CHARS)} tegn lang; dette er ikke en vanlig CSV-fil.")
        yield line


def _parse_csv(lines, delimiter: str, file_name: str, max_rows: int) -> Grid:
    reader = csv.reader(lines, delimiter=delimiter)
    cells: list[list[object]] = []
    numbers: list[int] = []
    shared: dict[str, str] = {}  # one object per repeated label ("Personer", "3201 Bærum"): saves memory
    filled = total = 0
    previous_line = 0
    for record in reader:
        numbers.append(previous_line + 1)  # a quoted cell may span lines; the row starts here
        previous_line = reader.line_num
        row = []
        for text in record:
            text = text.strip()
            if not text:
                row.append(None)
            elif text in shared:
                row.append(shared[text])
            else:
                if len(text) <= 40 and len(shared) < 100_000 and not text.isdigit():
                    shared[text] = text
                row.append(text)
        cells.append(_trim(row))
        if row:
            filled += 1
            total += len(row)
            if filled > max_rows + HEADER_ALLOWANCE:
                raise FileRefused(file_name, f"Filen har over {_n(max_rows)} rader, som er mer enn vi leser. Del den opp i mindre filer.")
            if total > MAX_CELLS:
                raise FileRefused(
                    file_name,
                    f"Filen har for mange celler (over {_n(MAX_CELLS)}) til å leses trygt. "
                    "Fjern unødvendige kolonner eller del den opp i mindre filer.",
                )
    while cells and not cells[-1]:
        cells.pop()
        numbers.pop()
    return Grid(file_name, None, cells, numbers)
