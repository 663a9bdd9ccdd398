"""The xlsx size guard: before calamine may open a workbook, its XML is scanned for how far each
sheet really has content and how many shared strings it declares.

calamine allocates memory from declared sizes up front and aborts the whole process (no
exception) when that fails, so a crafted or bloated file must be refused before it gets there.
Only the used rectangle counts (last row × last column holding a value), like in calamine.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from khs_data.problems import FileRefused, said
from khs_data.readers import grid

DAMAGED = "import.file.damaged_xlsx"  # catalogue key


def check_xlsx_size(path: Path, file_name: str, max_rows: int) -> None:
    """Refuse a workbook whose shared strings or any sheet (hidden ones too: calamine may load any
    of them) is too big to read safely. Other errors (a broken zip) are the caller's to report."""
    with zipfile.ZipFile(path) as zf:
        _check_shared_strings(zf, file_name)
        names = {part: name for name, part in _sheet_parts(zf).items()}
        for part in _all_worksheets(zf):
            _check_extent(zf, part, names.get(part), file_name, max_rows)


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
            if match and int(match.group(1)) > min(grid.MAX_CELLS, max(1000, info.file_size // 4)):
                raise FileRefused(file_name, said(DAMAGED))


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
    declared = _declared_bound(zf, part)
    if declared is not None and not _too_big(*declared, max_rows):
        return  # every cell lies inside a rectangle small enough: the exact extent is too
    try:
        max_row, max_col = _extent_by_refs(zf, part) or _extent_by_position(zf, part)
    except _Damaged:
        raise FileRefused(file_name, said(DAMAGED)) from None
    if _too_big(max_row, max_col, max_rows):
        raise FileRefused(
            file_name,
            said(
                "import.file.sheet_too_big",
                sheet=said("import.file.sheet_named", sheet=sheet) if sheet else said("import.file.a_sheet"),
                row=max_row,
                column=_column_letter(max_col),
            ),
        )


def _too_big(max_row: int, max_col: int, max_rows: int) -> bool:
    return max_row > max_rows + grid.HEADER_ALLOWANCE or max_row * max_col > grid.MAX_CELLS


# The quick bound. The exact scans below match a regex at every cell, ~4× zlib's time; a sheet
# as spreadsheet programs write it is instead checked against its own <dimension> with a few
# searches in C that find nothing: no cell reference beyond the declared last cell, and nothing
# that would send the exact scan another way (a cell without r="…" first, a namespaced or an
# overlong tag). Any doubt, or a declared rectangle too big, and the exact scan decides.
_DIMENSION = re.compile(rb'<dimension\s+ref="(?:[A-Z]{1,3}\d+:)?([A-Z]{1,3})(\d+)"')
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_LONG_ROW = re.compile(rb"<row\s[^>]{1000}")


def _declared_bound(zf: zipfile.ZipFile, part: str) -> tuple[int, int] | None:
    """The sheet's declared last (row, column), when no cell lies beyond it; else None."""
    beyond = None
    for piece in _xml_chunks(zf, part, b"</"):  # cut as the exact scan cuts, so the same tags are whole
        if beyond is None:
            declared = _DIMENSION.search(piece)
            if declared is None or len(declared.group(2)) > 9:
                return None
            letters, digits = declared.groups()
            row = int(digits)
            # One pass over the cells finds one whose first attribute is no reference r="B7" (the
            # exact scan would look further along the tag), an overlong one, or one past the last
            # column or row (r="G…" or r="…50004" beyond F50003).
            beyond = re.compile(
                rb'<c(?:[\t\n\r\f\v/>]| (?!r="[A-Z]{1,3}\d+")| [^>]{1000}| r="(?:'
                + _greater_letters(letters)
                + rb"\d|[A-Z]{1,3}0*"
                + _greater_number(str(row).encode())
                + rb'"))'
            )
        if beyond.search(piece) or _PREFIXED.search(piece) or _LONG_ROW.search(piece):
            return None
    return (row, _column_number(letters)) if beyond is not None else None


def _greater_number(n: bytes) -> bytes:
    """A regex for the whole numbers (no leading zeros) greater than n."""
    longer = rb"[1-9]\d{%d,}" % len(n)
    same = [n[:i] + b"[%c-9]" % (n[i] + 1) + rb"\d{%d}" % (len(n) - i - 1) for i in range(len(n)) if n[i] < ord("9")]
    return b"(?:" + b"|".join([longer, *same]) + b")"


def _greater_letters(s: bytes) -> bytes:
    """A regex for the column letters (at most three) after s: more letters, or the same number and later."""
    longer = [rb"[A-Z]{%d,3}" % (len(s) + 1)] if len(s) < 3 else []
    same = [s[:i] + b"[%c-Z]" % (s[i] + 1) + rb"[A-Z]{%d}" % (len(s) - i - 1) for i in range(len(s)) if s[i] < ord("Z")]
    return b"(?:" + b"|".join([*longer, *same] or [b"(?!)"]) + b")"


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
