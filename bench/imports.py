"""Import of the big files: validate and commit, against reading the same file with pandas'
calamine engine alone (the floor: no import can read faster) and with openpyxl; and the guard
against hostile workbooks (declared sizes, shared strings) that runs before calamine opens one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.importer import commit_import, plan_import, run_import
from khs_data.readers.grid import MAX_ROWS
from khs_data.readers.xlsx_guard import check_xlsx_size

from .timing import Timing, median, timed

MEASURED = ("meetings", "population")  # the kinds whose import is timed


def _template(folder: Path, members: Path) -> Path:
    """A database with the reference data and the national members, ready for the timed imports."""
    db = Database(folder / "mal" / "khs.duckdb")
    db.path.parent.mkdir(parents=True, exist_ok=True)
    init_database(db, who="bench")
    run_import(db, members, kind="municipalities", who="bench", source="ytelsesmåling")
    return db.path


def _fresh_copy(template: Path, folder: Path) -> Database:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copyfile(template, folder / "khs.duckdb")
    return Database(folder / "khs.duckdb")


def _import(db: Database, path: Path, kind: str) -> int:
    plan = plan_import(db, path, kind=kind, source="ytelsesmåling")
    commit_import(db, plan, "bench")
    return len(plan.parsed.frame)


def measure_imports(files: dict[str, Path], folder: Path, repeats: int, openpyxl_repeats: int) -> list[dict]:
    """Per measured file: rows, and the median of each way of reading it, measured in turn so
    that a busy moment of the machine falls on all three alike."""
    template = _template(folder, files["municipalities"])
    results = []
    for kind in MEASURED:
        path = files[kind]
        imports: list[Timing] = []
        calamine: list[Timing] = []
        openpyxl: list[Timing] = []
        guard: list[Timing] = []
        xlsx = path.suffix.lower() == ".xlsx"
        rows = 0
        # Untimed first round: the app is a long-running process, so one-time costs (pandera loads
        # its checks on first use, the OS caches the file) are paid before, not inside, the figures.
        _import(_fresh_copy(template, folder / "import"), path, kind)
        pd.read_excel(path, engine="calamine")
        for attempt in range(repeats):
            db = _fresh_copy(template, folder / "import")
            timing, rows = timed(lambda: _import(db, path, kind))
            imports.append(timing)
            calamine.append(timed(lambda: pd.read_excel(path, engine="calamine"))[0])
            if xlsx:
                guard.append(timed(lambda: check_xlsx_size(path, path.name, MAX_ROWS))[0])
            if attempt < openpyxl_repeats:
                openpyxl.append(timed(lambda: pd.read_excel(path, engine="openpyxl"))[0])
        results.append(
            {
                "kind": kind,
                "file": path.name,
                "rows": rows,
                "bytes": path.stat().st_size,
                "import": median(imports),
                "calamine": median(calamine),
                "openpyxl": median(openpyxl),
                "guard": median(guard) if guard else None,
            }
        )
    shutil.rmtree(folder / "import", ignore_errors=True)
    return results
