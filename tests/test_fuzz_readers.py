"""Hostile files through the whole import (readers, validation, diff, commit): every file either
imports or is refused with ImportRefused — never another exception, never above 400 MB — and a
refused file leaves the store as it was. How fast files are decided is measured by `python -m bench`,
not asserted here (the guide: no timing assertions in tests)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from khs_data import config
from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.importer import run_import
from khs_data.kinds import KINDS, UPLOAD_KINDS
from khs_data.problems import ImportRefused

ROOT = Path(__file__).resolve().parent.parent
PEAK_MB = 400
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    database = Database(tmp_path_factory.mktemp("fuzz") / "khs.duckdb")
    init_database(database, who="test")
    return database


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-files")


def fingerprint(db: Database) -> tuple:
    with duckdb.connect(str(db.path), read_only=True) as connection:
        names = [r[0] for r in connection.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        rows = tuple(tuple(connection.execute(f"SELECT * FROM {n} ORDER BY ALL").fetchall()) for n in names)
    folder = config.archive_dir_for(db.path)
    return rows, tuple(sorted(p.name for p in folder.iterdir())) if folder.is_dir() else ()


def decide(db: Database, path: Path, kind: str | None = None) -> str:
    """Import the file; any exception but ImportRefused fails the test with its traceback."""
    before = fingerprint(db)
    try:
        run_import(db, path, kind=kind, who="fuzz")
    except ImportRefused as refused:
        assert refused.problems and all(p.describe() for p in refused.problems)
        assert fingerprint(db) == before
        return "refused"
    return "imported"


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


# -- strategies ------------------------------------------------------------------------------------

HEADERS = [[f.header for f in KINDS[k].fields] for k in UPLOAD_KINDS]
# Any Unicode (hypothesis leaves out lone surrogates, which no file can hold).
cell_text = st.text(max_size=40)
xml_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)  # what xlsx can hold
excel_value = st.one_of(
    xml_text,
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2200, 1, 1)),
    st.booleans(),
    st.none(),
    xml_text.map(lambda s: "=" + s),  # formulas, valid or not
)


def csv_bytes(rows: list[list[str]], delimiter: str, encoding: str) -> bytes:
    text = io.StringIO()
    csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return text.getvalue().encode(encoding, errors="replace")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rezip(content: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A copy of an xlsx with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


VALID_XLSX = (config.SAMPLE_DIR / "moter.xlsx").read_bytes()


# -- fuzz ------------------------------------------------------------------------------------------


@FUZZ
@given(content=st.binary(max_size=3000), name=st.sampled_from(["fil.xlsx", "fil.csv", "fil"]))
def test_random_bytes(db, workdir, content, name):
    decide(db, write(workdir, name, content))


@FUZZ
@given(
    header=st.sampled_from([None, *HEADERS]),
    rows=st.lists(st.lists(cell_text, max_size=8), max_size=15),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_csv_with_any_text_in_every_field(db, workdir, header, rows, delimiter, encoding):
    decide(db, write(workdir, "fil.csv", csv_bytes(([header] if header else []) + rows, delimiter, encoding)))


@FUZZ
@given(
    kind=st.sampled_from(UPLOAD_KINDS),
    rows=st.lists(st.lists(excel_value, min_size=1, max_size=11), max_size=12),
    title_rows=st.integers(0, 3),
)
def test_xlsx_with_any_value_in_every_field(db, workdir, kind, rows, title_rows):
    header = [f.header for f in KINDS[kind].fields]
    decide(db, write(workdir, "fil.xlsx", xlsx_bytes([["Tittel"]] * title_rows + [header] + rows)))


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(VALID_XLSX) - 1))
def test_truncated_xlsx(db, workdir, cut):
    decide(db, write(workdir, "avkuttet.xlsx", VALID_XLSX[:cut]))


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(VALID_XLSX) - 1), st.integers(0, 255)), min_size=1, max_size=20))
def test_damaged_xlsx(db, workdir, flips):
    content = bytearray(VALID_XLSX)
    for position, value in flips:
        content[position] = value
    decide(db, write(workdir, "skadet.xlsx", bytes(content)))


# -- the named hostile cases -------------------------------------------------------------------------


def test_formulas_and_external_links_are_never_followed(db, workdir):
    rows = [
        ["Dato", "Organ", "Tittel", "Merknad"],
        [dt.date(2031, 1, 5), "Samarbeidsstyret", '=WEBSERVICE("http://127.0.0.1:9/")', "='[ekstern.xlsx]Ark1'!A1"],
        [dt.date(2031, 2, 5), "=1/0", '=HYPERLINK("file:///etc/passwd")', '=INDIRECT("A1")'],
    ]
    link = (
        b'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="http://schemas.openxmlformats.org/'
        b'spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships"/></externalLink>'
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/externalLinkPath" Target="file:///\\\\server\\share\\ekstern.xlsx" TargetMode="External"/>'
        b"</Relationships>"
    )
    content = rezip(
        xlsx_bytes(rows), add={"xl/externalLinks/externalLink1.xml": link, "xl/externalLinks/_rels/externalLink1.xml.rels": rels}
    )
    decide(db, write(workdir, "formler.xlsx", content))


def test_macro_enabled_workbook(db, workdir):
    types = (
        zipfile.ZipFile(io.BytesIO(VALID_XLSX))
        .read("[Content_Types].xml")
        .replace(b"spreadsheetml.sheet.main+xml", b"ms-excel.sheet.macroEnabled.main+xml")
    )
    content = rezip(
        VALID_XLSX,
        replace={"[Content_Types].xml": types},
        add={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(2000)},
    )
    decide(db, write(workdir, "makro.xlsm", content))


def test_nested_and_deep_zip_entries(db, workdir):
    inner = rezip(VALID_XLSX)
    for depth in range(5):  # a workbook inside a zip inside a zip …
        inner = rezip(VALID_XLSX, add={f"xl/embeddings/nivå{depth}.zip": inner})
    assert decide(db, write(workdir, "nestet.xlsx", inner)) == "refused"
    deep = "/".join(["mappe"] * 200) + "/fil.xml"
    decide(db, write(workdir, "dyp.xlsx", rezip(VALID_XLSX, add={deep: b"<x/>"})))


def test_zip_bomb_is_refused_at_once(db, workdir):
    sheet = "xl/worksheets/sheet1.xml"
    path = workdir / "bombe.xlsx"
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != sheet:
                target.writestr(info.filename, source.read(info.filename))
        head, tail = source.read(sheet).split(b"</worksheet>")
        with target.open(sheet, "w") as part:  # 150 MB of spaces in a comment, written in pieces
            part.write(head + b"<!--")
            for _ in range(150):
                part.write(b" " * 1_000_000)
            part.write(b"--></worksheet>" + tail)
    assert decide(db, path) == "refused"


def test_a_declared_sheet_far_too_big_is_refused_before_reading(db, workdir):
    sheet = "xl/worksheets/sheet1.xml"
    original = zipfile.ZipFile(io.BytesIO(VALID_XLSX)).read(sheet)
    far = original.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    assert decide(db, write(workdir, "vid.xlsx", rezip(VALID_XLSX, replace={sheet: far}))) == "refused"


def test_huge_cells(db, workdir):
    line = "Dato;Organ;Tittel\r\n01.01.2032;Samarbeidsstyret;" + "x" * 5_000_000 + "\r\n"
    assert decide(db, write(workdir, "lang.csv", line.encode())) == "refused"
    long_title = "ø" * 32_767  # the longest text Excel lets a cell hold
    decide(db, write(workdir, "lang.xlsx", xlsx_bytes([["Dato", "Organ", "Tittel"], [dt.date(2032, 2, 2), "OSU", long_title]])))


# -- a million rows, measured in a child process (the peak memory of that process alone) ------------

MEASURE = """
    import json, sys
    from pathlib import Path
    from khs_data.database import Database
    from khs_data.importer import run_import
    from khs_data.problems import ImportRefused
    try:
        run_import(Database(sys.argv[1]), Path(sys.argv[2]), who="fuzz")
        outcome = "imported"
    except ImportRefused as refused:
        outcome = refused.problems[0].message
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through fork and exec.
    peak_kb = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(json.dumps({"outcome": outcome, "peak_mb": peak_kb / 1024}))
"""


# Both files are written in pieces: a big string here would raise this (pytest) process's peak
# memory, which a child started later inherits in ru_maxrss.
def _million_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("Dato;Organ;Tittel\r\n")
        for start in range(0, rows, 10_000):
            handle.write("01.01.2033;Samarbeidsstyret;Møte\r\n" * min(10_000, rows - start))
    return path


def _million_xlsx(path: Path, rows: int) -> Path:
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(io.BytesIO(VALID_XLSX)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != sheet:
                target.writestr(info.filename, source.read(info.filename))
        with target.open(sheet, "w") as part:
            part.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Dato</t></is>'
                b"</c></row>"
            )
            for start in range(2, rows + 2, 10_000):
                part.write(
                    "".join(
                        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>x</t></is></c></row>'
                        for n in range(start, min(start + 10_000, rows + 2))
                    ).encode()
                )
            part.write(b"</sheetData></worksheet>")
    return path


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("million.csv", lambda p: _million_csv(p, 1_000_000)),
        ("over-million.csv", lambda p: _million_csv(p, 1_000_200)),
        ("million.xlsx", lambda p: _million_xlsx(p, 1_000_000)),
    ],
)
def test_a_million_rows_is_refused_within_memory(db, tmp_path, name, make):
    path = make(tmp_path / name)
    before = fingerprint(db)
    child = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MEASURE), str(db.path), str(path)],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert result["outcome"] != "imported"
    assert "rader" in result["outcome"] or "for stort" in result["outcome"], result
    assert result["peak_mb"] < PEAK_MB, result
    assert fingerprint(db) == before
