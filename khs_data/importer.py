"""The import path: file → cells → typed rows → diff against the store → one transaction
(rows, archived original, history); the undo of the latest import is in row_changes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import orjson
import pandas as pd

from . import config
from .archive import archive_name as archived_as
from .archive import sha256_of, store_original, sweep_orphans
from .catalogue import TEXTS, text
from .database import Database, StoreError
from .detection import locate_table, missing_columns_problem
from .file_rules import rules_cover_needed_keys
from .gc_pause import with_collector_paused
from .import_history import Change, archived_file, history
from .kinds import KINDS, Kind
from .municipality_lookup import MunicipalityLookup
from .problems import FileRefused, ImportRefused, KindUnclear, Problem, said
from .readers import read_grids
from .readers.grid import Grid
from .readers.safety import check_file
from .readers.ssb.population import population_from_jsonstat, population_from_statbank
from .row_changes import UndoRefused, apply_rows, undo_last
from .store_diff import created_rows, diff, plain
from .validation import Context, ParsedTable, parse_table

EDITED_SOURCE = "redigert i appen"  # tables corrected on the page
EDITED_NAME = "rettet i appen"  # what such an import is called in the history, instead of a file name


# -- reading ---------------------------------------------------------------------------------


def validation_context(db: Database, today: dt.date | None = None) -> Context:
    with db.reading() as connection:
        return _context(connection, today)


def _context(connection, today: dt.date | None) -> Context:
    # One connection for every lookup: opening one costs DuckDB ~20 ms, more than the queries.
    def query(sql: str) -> pd.DataFrame:
        return connection.execute(sql).df()

    members = query("SELECT number, name, lsu_area FROM municipalities ORDER BY number")
    history = query("SELECT old_number, new_number FROM municipality_numbers")
    areas = sorted(a for a in members["lsu_area"].dropna().unique())
    projects = list(query("SELECT name FROM projects ORDER BY name")["name"])
    agreements = list(query("SELECT name FROM agreements ORDER BY name")["name"])
    return Context(MunicipalityLookup(members, history), areas, today or dt.date.today(), projects, agreements)


def parse_grids(grids: list[Grid], file_name: str, kind: str | None, context: Context) -> ParsedTable:
    """The coordinator's own table (all required headers and the kind's own words) is read as
    such, so an unknown municipality in it is an error; otherwise population may be SSB's table,
    where regions that are not members are skipped."""
    try:
        guess = locate_table(grids, kind)
    except KindUnclear:  # headers of no kind clearly: perhaps SSB's own table
        if (ssb := population_from_statbank(grids, file_name, context)) is not None:
            return ssb
        raise
    own_table = guess is not None and guess.complete and guess.signed
    if kind in (None, "population") and not own_table:
        ssb = population_from_statbank(grids, file_name, context)
        if ssb is not None:
            return ssb
    if guess is None or not guess.complete:
        chosen = KINDS[kind] if kind else (guess.kind if guess and len(guess.columns) >= 2 else None)
        sheet = guess.grid.sheet if guess else None
        raise ImportRefused([missing_columns_problem(guess, chosen, file_name, sheet)])
    return parse_table(guess, context)


@with_collector_paused
def read_file(db: Database, path: Path, file_name: str | None = None, kind: str | None = None, today: dt.date | None = None) -> ParsedTable:
    """Read and validate a file; raises ImportRefused listing every problem."""
    file_name = file_name or Path(path).name
    content = _read_content(Path(path), file_name, kind)
    with db.reading() as connection:
        return _validated(connection, content, file_name, kind, today)


def _read_content(path: Path, file_name: str, kind: str | None) -> list[Grid] | bytes:
    """The file's grids (or SSB's JSON-stat bytes), read before any connection is opened: the
    store is held only while the rows are checked against it."""
    if kind is not None and kind not in KINDS:
        raise ImportRefused([Problem(file_name, said("import.table.unknown_kind", kind=kind, kinds=", ".join(KINDS)))])
    fmt = check_file(path, file_name, config.MAX_FILE_BYTES, config.MAX_UNPACKED_BYTES)
    if fmt == "json":
        if kind not in (None, "population"):
            raise FileRefused(file_name, said("import.file.json_only_population"))
        return path.read_bytes()
    return read_grids(path, file_name, fmt, config.MAX_IMPORT_ROWS)


def _validated(connection, content: list[Grid] | bytes, file_name: str, kind: str | None, today: dt.date | None) -> ParsedTable:
    context = _context(connection, today)
    if isinstance(content, bytes):
        parsed = population_from_jsonstat(content, file_name, context)
    else:
        parsed = parse_grids(content, file_name, kind, context)
    if parsed.problems:
        raise ImportRefused(parsed.problems)
    return parsed


@dataclass
class ImportPlan:
    parsed: ParsedTable
    file_path: Path | None
    file_name: str
    source: str
    changes: list[Change]
    unchanged: int
    created: list[Change] = field(default_factory=list)  # rows the import adds to other kinds

    @property
    def kind(self) -> Kind:
        return self.parsed.kind

    @property
    def added(self) -> int:
        return sum(1 for c in self.changes if c.before is None)

    @property
    def changed(self) -> int:
        return sum(1 for c in self.changes if c.before is not None and c.after is not None)

    @property
    def removed(self) -> int:
        return sum(1 for c in self.changes if c.after is None)

    @property
    def skipped(self) -> int:
        return sum(self.parsed.skipped.values())

    def summary(self, lang: str = "nb") -> str:
        """One line; stored with the import in bokmål, printed by the CLI in its language."""
        counts = text("import.summary.counts", lang, added=self.added, changed=self.changed, unchanged=self.unchanged)
        parts = [f"{self.file_name}: {self.kind.label_in(lang).lower()}, {counts}"]
        if self.removed:
            parts.append(text("import.summary.removed", lang, count=self.removed))
        for reason, count in self.parsed.skipped.items():
            said_reason = text(f"import.skipped.{reason}", lang) if f"import.skipped.{reason}" in TEXTS else reason
            parts.append(text("import.summary.skipped", lang, count=count, reason=said_reason))
        for kind, names in self.created_names().items():
            created = ", ".join(f"«{n}»" for n in names)
            parts.append(text("import.summary.created", lang, kind=KINDS[kind].label_in(lang).lower(), names=created))
        if self.parsed.ignored_columns:
            ignored = ", ".join(f"«{c}»" for c in self.parsed.ignored_columns)
            parts.append(text("import.summary.ignored", lang, columns=ignored))
        return ", ".join(parts)

    def created_names(self) -> dict[str, list[str]]:
        """kind → the keys of the rows this import creates there, for the preview and the summary."""
        names: dict[str, list[str]] = {}
        for change in self.created:
            names.setdefault(change.kind, []).append(", ".join(str(change.after[k]) for k in KINDS[change.kind].key))
        return names


@with_collector_paused
def plan_import(
    db: Database,
    path: Path,
    file_name: str | None = None,
    kind: str | None = None,
    source: str = "opplasting",
    today: dt.date | None = None,
) -> ImportPlan:
    """Everything up to, not including, writing: the dry run and the preview use this."""
    file_name = file_name or Path(path).name
    content = _read_content(Path(path), file_name, kind)
    with db.reading() as connection:  # one connection for the checks and the comparison
        parsed = _validated(connection, content, file_name, kind, today)
        changes, unchanged = diff(connection, parsed)
        created = created_rows(connection, parsed.kind, changes)
    return ImportPlan(parsed, Path(path), file_name, source, changes, unchanged, created)


@with_collector_paused
def plan_edit(
    db: Database, kind: str, frame: pd.DataFrame, source: str = EDITED_SOURCE, today: dt.date | None = None, replace_all: bool = True
) -> ImportPlan:
    """A table edited on the page goes through the same checks as a file; rows left out are removed
    (if replace_all). The import is named after where it came from («rettet i appen»), not after the table."""
    spec = KINDS[kind]
    grid = Grid(
        file_name=spec.label,
        sheet=None,
        cells=[[f.header for f in spec.fields]] + [[plain(r.get(f.name)) for f in spec.fields] for r in frame.to_dict("records")],
        row_numbers=list(range(1, len(frame) + 2)),
    )
    with db.reading() as connection:
        parsed = parse_grids([grid], spec.label, kind, _context(connection, today))
        if kind == "rules" and replace_all:
            parsed.problems += rules_cover_needed_keys(parsed)
        if parsed.problems:
            raise ImportRefused(parsed.problems)
        changes, unchanged = diff(connection, parsed, replace_all=replace_all)
        created = created_rows(connection, spec, changes)
    name = EDITED_NAME if source == EDITED_SOURCE else source
    return ImportPlan(parsed, None, name, source, changes, unchanged, created)


# -- writing -----------------------------------------------------------------------------------


@dataclass
class ImportResult:
    import_id: int | None
    added: int
    changed: int
    removed: int
    unchanged: int
    summary: str


def _json(record: dict | None) -> str | None:
    """A row as JSON for the undo. orjson writes dates and times as ISO itself, ~10× faster than
    json calling _iso per value; json (made once, below) takes what orjson refuses (ints past 64 bits)."""
    if record is None:
        return None
    try:
        return orjson.dumps(record).decode()
    except orjson.JSONEncodeError:
        return _ENCODER.encode(record)


def _iso(value: object) -> str:
    """Dates and times (the only values json cannot write) as 2026-01-15 and 10:00:00."""
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


# Made once: json.dumps with options builds a new encoder per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_iso)


def known_archive_names(connection) -> set[str]:
    return {r[0] for r in connection.execute("SELECT archive_name FROM imports WHERE archive_name IS NOT NULL").fetchall()}


def _write_import(connection, plan: ImportPlan, who: str | None, archive_name: str | None, sha: str | None) -> int:
    kind = plan.kind
    apply_rows(
        connection,
        kind,
        [{k: c.before[k] for k in kind.key} for c in plan.changes if c.before is not None],
        [c.after for c in plan.changes if c.after is not None],
    )
    for other in dict.fromkeys(c.kind for c in plan.created):
        apply_rows(connection, KINDS[other], [], [c.after for c in plan.created if c.kind == other])
    every = plan.changes + plan.created
    import_id = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM imports").fetchone()[0]
    connection.execute(
        "INSERT INTO imports VALUES (?, current_timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [
            import_id,
            who,
            kind.name,
            plan.file_name,
            archive_name,
            sha,
            plan.source,
            plan.added,
            plan.changed,
            plan.unchanged,
            plan.skipped,
            plan.summary(),
        ],
    )
    changes = pd.DataFrame(
        {
            "import_id": import_id,
            "seq": range(len(every)),
            "table_name": [KINDS[c.kind].table if c.kind else kind.table for c in every],
            "before_json": [_json(c.before) for c in every],
            "after_json": [_json(c.after) for c in every],
        }
    )
    connection.register("_changes", changes)
    connection.execute("INSERT INTO import_changes SELECT * FROM _changes")
    connection.unregister("_changes")
    return import_id


@with_collector_paused
def commit_import(db: Database, plan: ImportPlan, who: str | None) -> ImportResult:
    """One transaction. An import that changes nothing is not recorded."""
    if not plan.changes:
        return ImportResult(None, 0, 0, 0, plan.unchanged, plan.summary() + text("import.summary.no_changes"))
    archive_dir = config.archive_dir_for(db.path)
    sha = archive_name = None
    if plan.file_path is not None:
        sha = sha256_of(plan.file_path)
        archive_name = archived_as(plan.file_name, sha)
    kept_before = archive_name is not None and (archive_dir / archive_name).exists()
    try:
        with db.writing() as connection:
            sweep_orphans(archive_dir, known_archive_names(connection))
            if archive_name is not None:
                store_original(archive_dir, plan.file_path, plan.file_name, sha)
            import_id = _write_import(connection, plan, who, archive_name, sha)
    except BaseException:
        if archive_name is not None and not kept_before:  # the import is rolled back: so is its original
            (archive_dir / archive_name).unlink(missing_ok=True)
        raise
    return ImportResult(import_id, plan.added, plan.changed, plan.removed, plan.unchanged, plan.summary())


def run_import(
    db: Database, path: Path, file_name: str | None = None, kind: str | None = None, who: str | None = None, source: str = "opplasting"
) -> ImportResult:
    return commit_import(db, plan_import(db, path, file_name, kind, source), who)


__all__ = [
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "StoreError",
    "UndoRefused",
    "commit_import",
    "archived_file",
    "history",
    "plan_edit",
    "plan_import",
    "read_file",
    "run_import",
    "undo_last",
    "validation_context",
]
