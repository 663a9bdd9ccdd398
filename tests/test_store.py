"""The store: where the file is, its schema version, and living beside another process."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from khs_data import config, importer
from khs_data.bootstrap import init_database, open_database
from khs_data.database import Database, DatabaseBusy, DatabaseMissing, SchemaTooNew, StoreError
from khs_data.migrations import MIGRATIONS


def can_open_read_write_elsewhere(path: Path) -> bool:
    probe = subprocess.run(
        [sys.executable, "-c", "import duckdb, sys; duckdb.connect(sys.argv[1]).close()", str(path)], capture_output=True, text=True
    )
    return probe.returncode == 0


# -- where the file is -------------------------------------------------------------------------


def test_db_path_from_argument_then_environment_then_default(monkeypatch, tmp_path):
    monkeypatch.setenv("KHS_DB", str(tmp_path / "env.duckdb"))
    assert config.resolve_db_path(tmp_path / "arg.duckdb") == tmp_path / "arg.duckdb"
    assert config.resolve_db_path(None) == tmp_path / "env.duckdb"
    monkeypatch.delenv("KHS_DB")
    assert config.resolve_db_path(None) == config.DATA_DIR / "khs.duckdb"


def test_archive_lives_beside_the_database(tmp_path):
    assert config.archive_dir_for(tmp_path / "khs.duckdb") == tmp_path / "khs-arkiv"


def test_reading_a_missing_database_says_how_to_create_it(tmp_path):
    with pytest.raises(DatabaseMissing, match="init"):
        Database(tmp_path / "finnes-ikke.duckdb").query("SELECT 1")


def test_writing_into_a_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="finnes ikke"):
        with Database(tmp_path / "mangler" / "khs.duckdb").writing():
            pass


# -- schema versions -------------------------------------------------------------------------


def test_a_new_database_gets_every_migration(tmp_path):
    db = Database(tmp_path / "khs.duckdb")
    db.ensure_schema()
    assert db.schema_version() == len(MIGRATIONS)
    db.ensure_schema()  # again: nothing to do
    assert db.schema_version() == len(MIGRATIONS)
    assert len(db.query("SELECT * FROM schema_migrations")) == len(MIGRATIONS)


def _make_newer(db: Database) -> None:
    with duckdb.connect(str(db.path)) as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (?, current_timestamp)", [len(MIGRATIONS) + 5])


def test_a_newer_file_opened_by_older_code_is_a_clear_error(empty_db, snapshot):
    _make_newer(empty_db)
    before = snapshot(empty_db)
    newer = len(MIGRATIONS) + 5
    for attempt in (empty_db.ensure_schema, lambda: open_database(empty_db.path), lambda: init_database(empty_db)):
        with pytest.raises(SchemaTooNew, match=f"skjemaversjon {newer}.*Oppdater programmet"):
            attempt()
    assert snapshot(empty_db) == before


# -- one transaction, no lock while idle -------------------------------------------------------


def test_a_failure_in_the_middle_of_an_import_writes_nothing(fresh_sample_db, make_csv, snapshot, monkeypatch):
    db = fresh_sample_db
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Bærum", 2026, 131000], ["Asker", 2026, 99000]])
    plan = importer.plan_import(db, path)
    before = snapshot(db)

    def fail(record):  # after the rows are deleted and inserted, before the history is written
        raise OSError("disk full")

    monkeypatch.setattr(importer, "_json", fail)
    with pytest.raises(OSError):
        importer.commit_import(db, plan, "test")
    assert snapshot(db) == before


def test_no_lock_is_held_between_reads_and_writes(fresh_sample_db, make_csv):
    db = fresh_sample_db
    db.query("SELECT count(*) FROM population")
    assert can_open_read_write_elsewhere(db.path)
    importer.run_import(db, make_csv("p.csv", [["Kommune", "År", "Folketall"], ["Bærum", 2027, 131500]]))
    assert can_open_read_write_elsewhere(db.path)


def test_a_write_waits_for_another_process_then_gives_up_with_a_clear_message(empty_db, hold_read_write):
    hold_read_write(empty_db.path)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy, match="i bruk av en annen prosess") as busy:
        with Database(empty_db.path, busy_wait=0.6).writing():
            pass
    assert time.monotonic() - started >= 0.6  # it waited as long as it was told to before giving up
    assert "Ventet 0,6 sekunder" in str(busy.value)


def test_a_write_succeeds_when_the_other_process_lets_go_in_time(empty_db, hold_read_write):
    hold_read_write(empty_db.path, seconds=2)
    with pytest.raises(duckdb.IOException):  # the file is really held when the write starts: it has to wait
        duckdb.connect(str(empty_db.path)).close()
    with Database(empty_db.path, busy_wait=20).writing() as connection:
        connection.execute("UPDATE municipalities SET name = 'Ventet' WHERE number = '3201'")
    assert empty_db.query("SELECT name FROM municipalities WHERE number = '3201'").iloc[0, 0] == "Ventet"
