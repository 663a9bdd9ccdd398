"""Nothing is lost when two people work at once, when an import is killed, when the store cannot
be written, and the web server is configured to keep uploads and sessions safe."""

from __future__ import annotations

import datetime as dt
import errno
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import tomllib
from pathlib import Path

import duckdb
import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data import archive, config, importer
from khs_data import database as database_module
from khs_data.archive import safe_name
from khs_data.bootstrap import init_database, open_database
from khs_data.database import Database, DatabaseBusy, DatabaseMissing, StoreError
from khs_data.importer import history, run_import
from khs_data.problems import FileRefused, ImportRefused

ROOT = Path(__file__).resolve().parent.parent
BODIES = ("Samarbeidsstyret", "Dialogmøtet", "OSU")


# -- helpers -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A database with the reference data (members, rules) and nothing else."""
    db = Database(tmp_path_factory.mktemp("hardening-template") / "khs.duckdb")
    init_database(db, who="test")
    return db.path


@pytest.fixture
def db(template, tmp_path) -> Database:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(template, folder / "khs.duckdb")
    shutil.copytree(config.archive_dir_for(template), config.archive_dir_for(folder / "khs.duckdb"))
    return Database(folder / "khs.duckdb")


def meetings_csv(path: Path, body: str, rows: int, first: dt.date = dt.date(1991, 1, 1), person: str = "") -> Path:
    """A meetings file as Norwegian Excel saves CSV: one meeting a day for the body, all «avholdt»
    (so every date must have passed: a meeting held in the future is refused)."""
    lines = ["Dato;Organ;Tittel;Status;Sted;Merknad"]
    for day in range(rows):
        date = first + dt.timedelta(days=day)
        lines.append(f"{date:%d.%m.%Y};{body};Møte {day + 1};avholdt;Drammen rådhus;{person}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    return path


def tables(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in order: equal means nothing was written."""
    with duckdb.connect(str(db.path), read_only=True) as connection:
        names = [r[0] for r in connection.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {name: connection.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall() for name in names}


def archived(db: Database) -> set[str]:
    folder = config.archive_dir_for(db.path)
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def known_to_history(db: Database) -> set[str]:
    return set(history(db)["archive_name"].dropna())


def meeting_count(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM meetings").iloc[0, 0])


def cli(db: Database, *args: str, busy_wait: float | None = None) -> subprocess.Popen:
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    if busy_wait is not None:
        env["KHS_BUSY_WAIT_SECONDS"] = str(busy_wait)
    return subprocess.Popen(
        [sys.executable, "-m", "khs_data", "--db", str(db.path), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def python(code: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen, wanted: str, timeout: float = 120) -> None:
    """Read the child's output until it says `wanted` (it prints it when it is where we need it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip() == wanted:
            return
        if not line and process.poll() is not None:
            break
    process.kill()
    pytest.fail(f"child never said {wanted!r}: {process.stderr.read()[-2000:]}")


# -- two people at once --------------------------------------------------------------------------


def test_two_imports_at_once_both_land_in_turn(db, tmp_path):
    first = meetings_csv(tmp_path / "styret.csv", BODIES[0], 4000)
    second = meetings_csv(tmp_path / "dialog.csv", BODIES[1], 4000)
    processes = [cli(db, "import", str(path), "--kind", "meetings", busy_wait=120) for path in (first, second)]
    outcomes = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    assert meeting_count(db) == 8000
    assert set(history(db)["file_name"]) >= {"styret.csv", "dialog.csv"}
    assert archived(db) == known_to_history(db)


def test_when_the_wait_runs_out_the_import_is_told_to_try_again(db, tmp_path):
    files = [meetings_csv(tmp_path / f"{n}.csv", body, 600) for n, body in enumerate(BODIES)]
    before, files_before = tables(db), archived(db)
    holder = python(HOLD_LOCK, str(db.path))  # the app or another import holds the file all along
    try:
        wait_for_line(holder, "LOCKED")
        processes = [cli(db, "import", str(path), "--kind", "meetings", busy_wait=0) for path in files]
        outcomes = [(p.wait(timeout=300), p.stderr.read()) for p in processes]
    finally:
        holder.communicate(input="", timeout=60)
    assert [code for code, _ in outcomes] == [1, 1, 1], outcomes
    told = [e for _, e in outcomes if "i bruk" in e and "Prøv igjen" in e and "Traceback" not in e]
    assert len(told) == 3, outcomes  # a message a person understands, for each of them
    assert tables(db) == before and archived(db) == files_before


def test_imports_racing_without_a_wait_land_whole_or_not_at_all(db, tmp_path):
    files = [meetings_csv(tmp_path / f"{n}.csv", body, 6000) for n, body in enumerate(BODIES)]
    processes = [cli(db, "import", str(path), "--kind", "meetings", busy_wait=0) for path in files]
    codes = [p.wait(timeout=300) for p in processes]
    assert set(codes) <= {0, 1} and 0 in codes, codes  # one lands; the others may be told to try again
    assert meeting_count(db) == 6000 * codes.count(0)  # whole files or nothing: no lost or partial rows
    assert archived(db) == known_to_history(db)


def test_a_reader_during_an_import_sees_the_old_or_the_new_state(db, tmp_path):
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 8000)
    reader = python(
        """
        import json, sys, time
        from khs_data.database import Database
        db = Database(sys.argv[1], busy_wait=120)
        seen = []
        print("READY", flush=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            seen.append(int(db.query("SELECT count(*) FROM meetings").iloc[0, 0]))
            if seen[-1] == 8000:
                break
        print(json.dumps(seen), flush=True)
        """,
        str(db.path),
    )
    wait_for_line(reader, "READY")
    importer = cli(db, "import", str(path), "--kind", "meetings", busy_wait=120)
    assert importer.wait(timeout=300) == 0, importer.stderr.read()
    seen = json.loads(reader.stdout.readline())
    reader.wait(timeout=60)
    assert set(seen) <= {0, 8000}, sorted(set(seen))
    assert seen[-1] == 8000


# -- an import killed half-way --------------------------------------------------------------------

KILLED_IMPORT = """
    import sys, time
    from pathlib import Path
    from khs_data import importer
    from khs_data.database import Database

    write = importer._write_import

    def stop_inside(connection, *args, **kwargs):
        result = write(connection, *args, **kwargs)  # rows and history written, not committed
        print("INSIDE", flush=True)
        time.sleep(600)
        return result

    importer._write_import = stop_inside
    importer.run_import(Database(sys.argv[1]), Path(sys.argv[2]), kind="meetings", who="test")
"""


def test_an_import_killed_inside_its_transaction_leaves_the_state_before_it(db, tmp_path):
    before = tables(db)
    known_before = known_to_history(db)
    child = python(KILLED_IMPORT, str(db.path), str(meetings_csv(tmp_path / "stor.csv", BODIES[0], 20000, first=dt.date(1960, 1, 1))))
    wait_for_line(child, "INSIDE")
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)

    assert tables(db) == before  # the transaction never committed
    orphans = archived(db) - known_to_history(db)
    assert known_to_history(db) == known_before
    # Restarting (init, as the app and the CLI do) sweeps the original the killed import had kept.
    restart = cli(db, "init")
    assert restart.wait(timeout=120) == 0, restart.stderr.read()
    assert tables(db) == before
    assert archived(db) == known_to_history(db)
    assert not orphans & archived(db)
    # And the same file imports cleanly afterwards.
    run_import(db, tmp_path / "stor.csv", kind="meetings", who="test")
    assert meeting_count(db) == 20000
    assert archived(db) == known_to_history(db)


# -- the store says no ---------------------------------------------------------------------------

HOLD_LOCK = """
    import sys, duckdb
    connection = duckdb.connect(sys.argv[1])
    print("LOCKED", flush=True)
    sys.stdin.read()
    connection.close()
"""


def test_a_database_locked_by_another_program_gives_a_clear_message(db, tmp_path):
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 10)
    before, files_before = tables(db), archived(db)
    holder = python(HOLD_LOCK, str(db.path))
    try:
        wait_for_line(holder, "LOCKED")
        waiting = Database(db.path, busy_wait=0.3)
        with pytest.raises(DatabaseBusy, match="i bruk av en annen prosess.*Prøv igjen"):
            run_import(waiting, path, kind="meetings", who="test")
        with pytest.raises(DatabaseBusy):
            waiting.query("SELECT count(*) FROM meetings")
    finally:
        holder.communicate(input="", timeout=60)
    assert tables(db) == before
    assert archived(db) == files_before


def test_a_read_only_database_file_gives_a_clear_message(db, tmp_path, monkeypatch):
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 10)
    before, files_before = tables(db), archived(db)
    if os.geteuid() == 0:
        # root writes a 0444 file anyway: give the answer DuckDB gives everyone else.
        connect = duckdb.connect

        def refuse_writing(database, read_only=False, **options):
            if not read_only:
                raise duckdb.IOException(f'IO Error: Cannot open file "{database}": Permission denied')
            return connect(database, read_only=read_only, **options)

        monkeypatch.setattr(database_module.duckdb, "connect", refuse_writing)
    else:
        db.path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="databasen") as refused:
            run_import(db, path, kind="meetings", who="test")
        # said in Norwegian with what to do (DuckDB's English goes to the log only)
        assert "har ikke tilgang til filen: sjekk filrettighetene" in str(refused.value)
        assert "Permission denied" not in str(refused.value)
        assert int(db.query("SELECT count(*) FROM municipalities").iloc[0, 0]) == 21  # reading still works
    finally:
        db.path.chmod(0o644)
        monkeypatch.undo()
    assert tables(db) == before
    assert archived(db) == files_before


def test_a_full_disk_while_archiving_imports_nothing(db, tmp_path, monkeypatch):
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 50)
    before, files_before = tables(db), archived(db)

    def disk_full(_descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(archive.os, "fsync", disk_full)
    with pytest.raises(StoreError, match="diskplass") as refused:
        run_import(db, path, kind="meetings", who="test")
    assert "Ingenting er importert" in str(refused.value)
    assert tables(db) == before
    assert archived(db) == files_before  # no half-written original, no temporary file


def test_a_missing_data_folder_gives_clear_messages_and_creates_nothing(tmp_path):
    missing = Database(tmp_path / "data" / "khs.duckdb")
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 10)
    with pytest.raises(DatabaseMissing, match="finnes ikke"):
        missing.query("SELECT 1")
    with pytest.raises(StoreError, match="finnes ikke"):
        run_import(missing, path, kind="meetings", who="test")
    with pytest.raises(StoreError, match="finnes ikke"):
        open_database(missing.path)
    assert not (tmp_path / "data").exists()
    command = cli(missing, "import", str(path))
    assert command.wait(timeout=120) == 1
    stderr = command.stderr.read()
    assert "finnes ikke" in stderr and "Traceback" not in stderr


def test_the_app_says_what_is_wrong_when_the_data_folder_is_missing(tmp_path, monkeypatch):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("KHS_DB", str(tmp_path / "data" / "khs.duckdb"))
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    st.cache_resource.clear()
    assert not at.exception
    assert any("finnes ikke" in e.value for e in at.error), [e.value for e in at.error]


# -- the web side ----------------------------------------------------------------------------------


def test_server_config_caps_uploads_and_keeps_xsrf_protection():
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    server = settings["server"]
    # Capped, at or above the importer's own limit (which refuses bigger files with a Norwegian message).
    assert config.MAX_FILE_BYTES <= server["maxUploadSize"] * 1_000_000 <= 200_000_000
    assert server.get("enableXsrfProtection", True) is True
    assert server.get("enableCORS", True) is True  # turning CORS off would also turn XSRF protection off
    assert settings.get("client", {}).get("showErrorDetails") in ("none", False)  # no stack traces to the browser


def test_a_file_over_the_upload_limit_is_refused_before_reading(db, tmp_path, monkeypatch):
    big = tmp_path / "stor.csv"
    with open(big, "wb") as handle:
        handle.truncate(config.MAX_FILE_BYTES + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("a file over the limit must be refused from its size, before any reader runs")

    monkeypatch.setattr(importer, "read_grids", no_reading)
    with pytest.raises(FileRefused, match="største tillatte"):
        run_import(db, big, who="test")


@pytest.mark.parametrize(
    "hostile",
    [
        "../../../etc/passwd",
        "..\\..\\Windows\\system32\\evil.xlsx",
        "/tmp/absolutt.xlsx",
        "..",
        ".",
        "",
        "C:\\Users\\x\\moter.xlsx",
        "a/../../b.csv",
        "navn\x00med-null.csv",
        "~/.bashrc",
        ".skjult.csv",
    ],
)
def test_an_uploaded_file_name_never_becomes_a_path(hostile):
    name = safe_name(hostile)
    assert name and "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".")


def test_an_import_with_a_hostile_name_is_archived_inside_the_archive(db, tmp_path):
    path = meetings_csv(tmp_path / "moter.csv", BODIES[0], 5)
    result = run_import(db, path, file_name="../../../utenfor.csv", kind="meetings", who="test")
    assert result.import_id is not None
    folder = config.archive_dir_for(db.path).resolve()
    assert all(p.resolve().parent == folder for p in folder.iterdir())
    assert not (db.path.parent.parent / "utenfor.csv").exists()
    assert archived(db) == known_to_history(db)


SECRET_PATTERNS = {
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY"),
    "AWS access key": re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "Slack token": re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}"),
    "OpenAI-style key": re.compile(r"\bsk-[A-Za-z0-9_-]{32,}\b"),
    "password in URL": re.compile(r"://[^/\s:@]+:[^/\s:@]{4,}@"),
}


def _repository_files() -> list[Path]:
    """The files git tracks (or would track: ignored files are not in the repository)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.splitlines()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / name for name in listed if (ROOT / name).is_file()]


def test_no_secrets_in_the_repository():
    files = _repository_files()
    assert files
    assert not any(p.name == "secrets.toml" for p in files), "secrets.toml must never be committed"
    found = []
    for path in files:
        if path.suffix in {".xlsx", ".duckdb", ".png", ".geojson", ".pptx"} or path.stat().st_size > 5_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        found += [f"{path.relative_to(ROOT)}: {what}" for what, pattern in SECRET_PATTERNS.items() if pattern.search(text)]
    assert not found
    assert ".streamlit/secrets.toml" in (ROOT / ".gitignore").read_text(encoding="utf-8")


def test_no_personal_data_in_logs(db, tmp_path, caplog, capfd, as_a_running_server, on_the_sample_date):
    """A person's name reaches the page and the answers the user asked for, but no log: not Python
    logging (caplog) and not what the process writes to its stdout/stderr on the side (capfd), which
    is where Streamlit's own loggers write. The controls first prove both channels are captured."""
    from streamlit.logger import get_logger

    person = "Kari Hemmeligsen-Testdatter"
    caplog.set_level("DEBUG")
    logging.getLogger("khs_data.kontroll").debug("kontroll-a")
    get_logger("streamlit.kontroll").warning("kontroll-b")
    assert "kontroll-a" in caplog.text
    assert "kontroll-b" in capfd.readouterr().err

    board = tmp_path / "styret.csv"
    board.write_text(f"Person;Kommune;Rolle;Periode fra\r\n{person};Bærum;medlem;01.01.2025\r\n", encoding="utf-8-sig")
    run_import(db, board, kind="board", who="test")
    bad = tmp_path / "feil.csv"
    bad.write_text(f"Person;Kommune;Rolle;Periode fra\r\n{person};Ukjentby;{person};i går\r\n", encoding="utf-8-sig")
    with pytest.raises(ImportRefused) as refused:
        run_import(db, bad, kind="board", who="test")
    assert person in " ".join(p.describe() for p in refused.value.problems)  # told to the user who uploaded it …
    app = open_app(db.path, "pages/styret.py")
    assert person in " ".join(frame.value.to_string() for frame in app.dataframe)  # … shown on the page …
    command = cli(db, "board", "--json", "--on", on_the_sample_date.isoformat())
    stdout, stderr = command.communicate(timeout=120)
    assert command.returncode == 0
    assert person in stdout  # … and in the answer the user asked for …

    logged = capfd.readouterr()
    assert person not in caplog.text  # … but never in a log
    assert person not in logged.out + logged.err + stderr
