"""The one owner of DuckDB connections.

DuckDB lets one process hold a file read-write, and while it does no other process may open
it at all. So nothing here keeps a connection open: reads open a short read-only connection,
writes open a read-write one for the length of one transaction. Inside this process a
readers–writer lock keeps the two apart (DuckDB refuses a read-write and a read-only
connection to the same file in one process); across processes we retry while the file is
locked, then give up with a message a person understands.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from .config import BUSY_WAIT_SECONDS
from .migrations import MIGRATIONS


class StoreError(Exception):
    """A problem with the database itself, worded for the user (Norwegian)."""


class DatabaseBusy(StoreError):
    pass


class DatabaseMissing(StoreError):
    pass


class SchemaTooNew(StoreError):
    pass


class _ReadWriteLock:
    """Many readers or one writer, within this process."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writer and self._readers == 0)
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


_locks: dict[Path, _ReadWriteLock] = {}
_locks_guard = threading.Lock()


def _lock_for(path: Path) -> _ReadWriteLock:
    with _locks_guard:
        return _locks.setdefault(path, _ReadWriteLock())


_STORE_PROBLEMS = (  # what duckdb's English text says → why, in Norwegian, and what to do
    (("permission denied",), "programmet har ikke tilgang til filen: sjekk filrettighetene"),
    (("read-only file system",), "filsystemet er skrivebeskyttet: flytt databasen, eller velg en annen --db eller KHS_DB"),
    (("no space left", "disk full"), "disken er full: frigjør plass og prøv igjen"),
    (
        ("not a valid duckdb", "corrupt", "checksum", "invalid"),
        "filen er ikke en DuckDB-database, eller den er skadet: bruk en sikkerhetskopi",
    ),
    (("version",), "filen er laget av en annen DuckDB-versjon enn den dashbordet bruker: oppdater programmet"),
)
_log = logging.getLogger("khs.database")


def store_problem(error: BaseException) -> str:
    """Why duckdb could not use the file, in Norwegian with what to do: its own text is English
    and technical, so it goes to the log (for whoever runs the server), never to the user."""
    _log.warning("DuckDB: %s", error)
    text = str(error).lower()
    return next(
        (why for words, why in _STORE_PROBLEMS if any(w in text for w in words)), "DuckDB kunne ikke bruke filen: prøv igjen om litt"
    )


def _is_lock_conflict(error: Exception) -> bool:
    text = str(error)
    return "Could not set lock" in text or "Conflicting lock" in text


class Database:
    def __init__(self, path: str | Path, busy_wait: float = BUSY_WAIT_SECONDS):
        self.path = Path(path).resolve()
        self.busy_wait = busy_wait
        self._lock = _lock_for(self.path)

    # -- connections -------------------------------------------------------------------
    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.busy_wait
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.IOException as error:
                if not _is_lock_conflict(error):
                    raise StoreError(f"Kan ikke åpne databasen {self.path.name}: {store_problem(error)}.") from error
                if time.monotonic() >= deadline:
                    seconds = f"{self.busy_wait:g}".replace(".", ",")
                    raise DatabaseBusy(
                        f"Databasen {self.path.name} er i bruk av en annen prosess (for eksempel en import "
                        f"som pågår). Ventet {seconds} sekunder. Prøv igjen om litt."
                    ) from error
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if not self.path.exists():
            raise DatabaseMissing(f"Databasen {self.path} finnes ikke ennå. Opprett den med «python -m khs_data init --sample».")
        with self._lock.shared():
            connection = self._connect(read_only=True)
            try:
                yield connection
            finally:
                connection.close()

    def query(self, sql: str, params: list | tuple | dict | None = None) -> pd.DataFrame:
        with self.reading() as connection:
            return connection.execute(sql, params or []).df()

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction: everything inside is committed together or not at all."""
        if not self.path.parent.exists():
            raise StoreError(f"Mappen {self.path.parent} finnes ikke. Opprett den, eller velg en annen --db.")
        with self._lock.exclusive():
            try:
                connection = self._connect(read_only=False)
            except duckdb.Error as error:  # read-only file system, permissions, corrupt file
                raise StoreError(f"Kan ikke skrive til databasen {self.path}: {store_problem(error)}.") from error
            try:
                self._migrate(connection)
                connection.execute("BEGIN TRANSACTION")
                try:
                    yield connection
                    connection.execute("COMMIT")
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
            finally:
                connection.close()

    # -- schema ------------------------------------------------------------------------
    def _migrate(self, connection: duckdb.DuckDBPyConnection) -> None:
        connection.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER, applied_at TIMESTAMP)")
        current = connection.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
        if current > len(MIGRATIONS):
            raise SchemaTooNew(
                f"Databasen {self.path.name} har skjemaversjon {current}, men denne versjonen av dashbordet "
                f"kjenner bare til versjon {len(MIGRATIONS)}. Oppdater programmet."
            )
        for number in range(current + 1, len(MIGRATIONS) + 1):
            connection.execute("BEGIN TRANSACTION")
            connection.execute(MIGRATIONS[number - 1])
            connection.execute("INSERT INTO schema_migrations VALUES (?, current_timestamp)", [number])
            connection.execute("COMMIT")

    def schema_version(self) -> int:
        with self.reading() as connection:
            if not connection.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations'").fetchone()[0]:
                return 0
            return int(connection.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0])

    def check_schema(self) -> None:
        """Before using an existing file: migrate an older one, refuse a newer one (SchemaTooNew).
        Only reads when the version is the one this code knows, so no write lock is needed."""
        if self.schema_version() != len(MIGRATIONS):
            self.ensure_schema()

    def ensure_schema(self) -> None:
        """Create the file with its schema, or migrate it; a newer file gives SchemaTooNew."""
        with self.writing():
            pass

    def change_token(self) -> tuple:
        """Changes whenever the file is written, by this process or another: a cache key."""
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                stat = path.stat()
                parts.append((stat.st_mtime_ns, stat.st_size))
            except FileNotFoundError:
                parts.append(None)
        return tuple(parts)
