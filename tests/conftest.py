"""Shared fixtures: databases built once and copied (building the sample takes a second or two),
and helpers that write the spreadsheets a coordinator would upload."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook

from khs_data import cli, config
from khs_data.bootstrap import init_database
from khs_data.database import Database

DB_NAME = "khs.duckdb"


def copy_database(source: Database, target_dir: Path) -> Database:
    """A copy of the file and its archive of originals, independent of the source."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / DB_NAME
    shutil.copyfile(source.path, target)
    archive = config.archive_dir_for(source.path)
    if archive.is_dir():
        shutil.copytree(archive, config.archive_dir_for(target))
    return Database(target)


def store_snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table (sorted) and the archived files: equal snapshots = nothing written."""
    with duckdb.connect(str(db.path), read_only=True) as connection:
        tables = [r[0] for r in connection.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        snapshot = {t: connection.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    archive = config.archive_dir_for(db.path)
    snapshot["_archive"] = sorted(p.name for p in archive.iterdir()) if archive.is_dir() else []
    return snapshot


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "Ark1", more_sheets: dict[str, list[list[object]]] | None = None) -> Path:
    """Rows as Excel cells (dates stay dates, numbers stay numbers, None is an empty cell)."""
    workbook = Workbook()
    for index, (name, content) in enumerate({sheet: rows, **(more_sheets or {})}.items()):
        worksheet = workbook.active if index == 0 else workbook.create_sheet()
        worksheet.title = name
        for row in content:
            worksheet.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8-sig", delimiter: str = ";") -> Path:
    """Rows as text, the way Excel or SSB would save them (dates written dd.mm.yyyy)."""

    def text(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.date):
            return value.strftime("%d.%m.%Y")
        return str(value)

    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows([[text(v) for v in r] for r in rows])
    return path


# -- databases -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("sample-template") / DB_NAME)
    init_database(db, sample=True)
    return db


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("empty-template") / DB_NAME)
    init_database(db)
    return db


@pytest.fixture(scope="module")
def sample_db(_sample_template, tmp_path_factory) -> Database:
    """The sample database, shared by the tests of one module: only read from it."""
    return copy_database(_sample_template, tmp_path_factory.mktemp("sample"))


@pytest.fixture
def fresh_sample_db(_sample_template, tmp_path) -> Database:
    """The sample database, this test's own copy: write to it freely."""
    return copy_database(_sample_template, tmp_path / "db")


@pytest.fixture
def empty_db(_empty_template, tmp_path) -> Database:
    """After `init` without --sample: the 21 members, the number history and the rules, no other data."""
    return copy_database(_empty_template, tmp_path / "db")


# -- files -----------------------------------------------------------------------------------


@pytest.fixture
def make_xlsx(tmp_path):
    def make(name: str, rows: list[list[object]], **options) -> Path:
        return write_xlsx(tmp_path / name, rows, **options)

    return make


@pytest.fixture
def make_csv(tmp_path):
    def make(name: str, rows: list[list[object]], **options) -> Path:
        return write_csv(tmp_path / name, rows, **options)

    return make


@pytest.fixture
def snapshot():
    return store_snapshot


@pytest.fixture
def hold_read_write():
    """Start another process (the app, another CLI) that holds a database file read-write;
    returns once it holds it. Killed at the end of the test if still running."""
    holders: list[subprocess.Popen] = []

    def hold(path: Path, seconds: float = 60) -> subprocess.Popen:
        holder = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('holding', flush=True); time.sleep(float(sys.argv[2]))",
                str(path),
                str(seconds),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        holders.append(holder)
        assert holder.stdout.readline().strip() == "holding"
        return holder

    yield hold
    for holder in holders:
        holder.kill()
        holder.wait()


# -- the command line ------------------------------------------------------------------------


@pytest.fixture
def run(capsys):
    """Run the CLI in this process: (exit code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as stop:  # argparse: usage errors
            code = stop.code
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return invoke


def db_args(db) -> tuple[str, str]:
    return ("--db", str(db.path))
