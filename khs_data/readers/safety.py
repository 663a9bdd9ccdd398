"""Decide what an uploaded file really is, and refuse it before parsing if it is unsafe or unusable.

Users save files with the wrong suffix (a web page saved as .xlsx, an old .xls renamed), so the
format is decided by the first bytes, never by the name alone.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from khs_data.problems import FileRefused, said

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
HEAD_BYTES = 64 * 1024

MAX_ZIP_ENTRIES = 10_000
MAX_RATIO = 100  # deflate on real spreadsheet XML gives 5–20×; far above that is a bomb
RATIO_MIN_BYTES = 10_000_000  # small entries may compress extremely well without harm
NESTED_SUFFIXES = (".zip", ".xlsx", ".xlsm", ".xlsb", ".jar", ".gz", ".7z", ".rar")


def _mb(n: int, up: bool = False) -> str:
    """Megabytes the Norwegian way: 62,3 MB (rounded up for a size over the limit, so 50 000 001
    bytes never reads as the 50,0 MB limit itself)."""
    tenths = -(-n // 100_000) if up else round(n / 100_000)
    return f"{tenths // 10},{tenths % 10} MB"


def check_file(path: Path, file_name: str, max_bytes: int = 50_000_000, max_unpacked_bytes: int = 200_000_000) -> str:
    """Return "xlsx", "csv" or "json" for the file's real content, or raise FileRefused."""
    try:
        return _check(Path(path), file_name, max_bytes, max_unpacked_bytes)
    except OSError as e:  # vanished or unreadable temp file
        raise FileRefused(file_name, said("import.file.unreadable", reason=e.strerror or e)) from None


def _check(path: Path, file_name: str, max_bytes: int, max_unpacked_bytes: int) -> str:
    size = path.stat().st_size
    if size > max_bytes:
        raise FileRefused(file_name, said("import.file.too_big_bytes", size=_mb(size, up=True), limit=_mb(max_bytes)))
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)

    if _only_whitespace(path, head):
        raise FileRefused(file_name, said("import.file.empty"))
    if head.startswith(OLE2_MAGIC):
        _refuse_ole2(path, file_name)
    if head.startswith(ZIP_MAGIC):
        check_zip(path, file_name, max_unpacked_bytes)
        return "xlsx"
    if head.startswith(b"PK"):
        raise FileRefused(file_name, said("import.file.broken_zip"))
    if head.startswith(b"%PDF"):
        raise FileRefused(file_name, said("import.file.pdf"))

    text = _text_start(head)
    if text is None:
        raise FileRefused(file_name, said("import.file.not_text"))
    start = text.lstrip().lower()
    # Also <table> first: old "Excel" downloads from web sites are HTML tables named .xls.
    if start.startswith("<") and ("<html" in start or "<table" in start or start.startswith("<!doctype html")):
        raise FileRefused(file_name, said("import.file.html", file=file_name))
    if start.startswith("<"):
        raise FileRefused(file_name, said("import.file.xml"))
    if start.startswith(("{", "[")):
        return "json"
    return "csv"


def _only_whitespace(path: Path, head: bytes) -> bool:
    """True when the whole file is whitespace/BOM (a file longer than the head is read in chunks)."""
    for bom in BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head.strip(b" \t\r\n\x00\x0b\x0c"):
        return False
    with path.open("rb") as f:
        f.seek(HEAD_BYTES)
        while chunk := f.read(1 << 20):
            if chunk.strip(b" \t\r\n\x00\x0b\x0c"):
                return False
    return True


def _text_start(head: bytes) -> str | None:
    """The head decoded as text, or None when it looks binary (NUL bytes, control characters)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[: len(head) // 2 * 2].decode("utf-16", errors="replace")
    if b"\x00" in head:
        return None
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13) or b == 127)
    if controls > max(2, len(head) // 100):
        return None
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 4:  # a multi-byte character cut by the head limit
            return head[: e.start].decode("utf-8-sig", errors="replace")
        return head.decode("cp1252", errors="replace")


def _refuse_ole2(path: Path, file_name: str) -> None:
    """OLE2 is either an encrypted .xlsx (password) or a legacy .xls/.doc; both are refused."""
    needle = "EncryptedPackage".encode("utf-16-le")
    tail = b""
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            if needle in tail + chunk:
                raise FileRefused(file_name, said("import.file.password_ole"))
            tail = chunk[-len(needle) :]
    raise FileRefused(file_name, said("import.file.xls"))


def _declared_entries(path: Path) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile parses the
    (possibly enormous) directory. None when not found or ZIP64 (zipfile then decides)."""
    with path.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 65_557))  # EOCD (22 bytes) + longest possible comment
        tail = f.read()
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or pos + 22 > len(tail):
        return None
    total = struct.unpack("<H", tail[pos + 10 : pos + 12])[0]
    return None if total == 0xFFFF else total


def check_zip(path: Path, file_name: str, max_unpacked_bytes: int = 200_000_000) -> None:
    """Refuse a ZIP that is not an Excel workbook or that would unpack to too much.

    Only the central directory is read (declared sizes), never the entries' content, so a
    decompression bomb is refused in milliseconds.
    """
    bomb = said("import.file.bomb")
    damaged = said("import.file.damaged_zip")
    try:
        declared = _declared_entries(path)
        if declared is not None and declared > MAX_ZIP_ENTRIES:
            raise FileRefused(file_name, bomb)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError, struct.error, MemoryError):
        raise FileRefused(file_name, damaged) from None

    if len(infos) > MAX_ZIP_ENTRIES:
        raise FileRefused(file_name, bomb)
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        if "xl/workbook.bin" in names:
            raise FileRefused(file_name, said("import.file.xlsb"))
        raise FileRefused(file_name, said("import.file.zip_not_excel"))
    if any(i.flag_bits & 0x1 for i in infos):
        raise FileRefused(file_name, said("import.file.password"))
    if any(i.filename.lower().endswith(NESTED_SUFFIXES) for i in infos):
        raise FileRefused(file_name, said("import.file.nested"))
    if sum(i.file_size for i in infos) > max_unpacked_bytes:
        raise FileRefused(file_name, bomb)
    for i in infos:
        if i.file_size > RATIO_MIN_BYTES and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise FileRefused(file_name, bomb)
