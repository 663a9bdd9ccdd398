"""Read a text table (.csv) into one Grid: the encoding and the delimiter are detected (UTF-8
with or without BOM, UTF-16, Windows-1252; «;», «,» or tab), and a line, row or cell count no
real table has is refused as soon as it is read, not after the whole file is in memory."""

from __future__ import annotations

import codecs
import csv
import re
from pathlib import Path

from khs_data.problems import FileRefused, said
from khs_data.readers import grid
from khs_data.readers.grid import Grid, drop_trailing_empty_rows, trim

MAX_LINE_CHARS = 1_000_000  # no real CSV line is this long; stops a 50 MB one-cell file early
SNIFF_LINES = 50
DELIMITERS = (";", ",", "\t")
CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _n(number: int) -> str:
    """1 000 000, the Norwegian way."""
    return f"{number:,}".replace(",", " ")


def read_csv(path: Path, file_name: str, max_rows: int) -> Grid:
    try:
        encoding = _detect_encoding(path)
        with path.open(encoding=encoding, newline="") as f:
            delimiter = _detect_delimiter(_sample(f))
        with path.open(encoding=encoding, newline="") as f:
            return _parse_csv(_guarded_lines(f, file_name), delimiter, file_name, max_rows)
    except FileRefused:
        raise
    except csv.Error:
        raise FileRefused(file_name, said("import.file.csv_broken")) from None
    except UnicodeError:
        raise FileRefused(file_name, said("import.file.encoding")) from None
    except MemoryError:
        raise FileRefused(file_name, said("import.file.too_big")) from None
    except OSError as e:
        raise FileRefused(file_name, said("import.file.unreadable", reason=e.strerror or e)) from None


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
            raise FileRefused(file_name, said("import.file.long_line", number=number, limit=_n(MAX_LINE_CHARS)))
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
        cells.append(trim(row))
        if row:
            filled += 1
            total += len(row)
            if filled > max_rows + grid.HEADER_ALLOWANCE:
                raise FileRefused(file_name, said("import.file.too_many_rows", limit=_n(max_rows)))
            if total > grid.MAX_CELLS:
                raise FileRefused(file_name, said("import.file.too_many_cells", limit=_n(grid.MAX_CELLS)))
    drop_trailing_empty_rows(cells, numbers)
    return Grid(file_name, None, cells, numbers)
