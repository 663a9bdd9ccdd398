"""A database is never empty of reference data: `init` creates the schema and loads the members,
the number history and the agreement's rules from the files shipped in data/."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pandas as pd

from . import config
from .archive import sha256_of, sweep_orphans
from .database import Database
from .import_history import REFERENCE_SOURCE
from .importer import ImportResult, commit_import, known_archive_names, plan_edit, run_import

SAMPLE_FILES = (  # order matters: members before anything that names them
    "kommuner.xlsx",
    "folketall.csv",
    "moter.xlsx",
    "styret.xlsx",
    "nettverk.csv",
    "prosjekter.xlsx",
    "innbetalinger.csv",
    "handlingsplan.xlsx",  # after the projects its measures name
    "budsjett.xlsx",
    "vedtak.xlsx",
)


def shipped_rules(path: Path = config.RULES_FILE) -> pd.DataFrame:
    rules = tomllib.loads(path.read_text(encoding="utf-8"))["rule"]
    return pd.DataFrame(
        [
            {
                "key": r["key"],
                "body": r.get("body", ""),
                "valid_from": r["valid_from"],
                "valid_to": r.get("valid_to"),
                "value": str(r["value"]),
                "source": r.get("source"),
            }
            for r in rules
        ]
    )


RULES_SOURCE = f"{REFERENCE_SOURCE} (data/regler.toml)"


def add_new_rules(db: Database, who: str | None = "oppgradering") -> list[ImportResult]:
    """Rules of keys (per body) this version ships but the store has never had, added beside the
    coordinator's own: a database made by an older version gets the rules its figures now need.
    Reads only, unless something is missing."""
    shipped = shipped_rules()
    known = set(db.query("SELECT DISTINCT key, body FROM rules").itertuples(index=False, name=None))
    new = shipped[[(k, b) not in known for k, b in zip(shipped["key"], shipped["body"])]]
    if new.empty:
        return []
    return [commit_import(db, plan_edit(db, "rules", new, source=RULES_SOURCE, replace_all=False), who)]


def _is_empty(db: Database, table: str) -> bool:
    return int(db.query(f"SELECT count(*) AS n FROM {table}").iloc[0, 0]) == 0


def init_database(db: Database, sample: bool = False, who: str | None = "init") -> list[ImportResult]:
    """Create or migrate, load reference data where missing, and (with sample) the sample files
    not imported yet. Running it again changes nothing."""
    db.ensure_schema()
    results = []
    with db.writing() as connection:
        sweep_orphans(config.archive_dir_for(db.path), known_archive_names(connection))
        if connection.execute("SELECT count(*) FROM municipality_numbers").fetchone()[0] == 0:
            connection.execute(
                "INSERT INTO municipality_numbers SELECT gammelt_nummer, nytt_nummer, gyldig_fra, gyldig_til "
                "FROM read_csv(?, delim=';', header=true, all_varchar=true)",
                [str(config.REFERENCE_DIR / "kommunenummer.csv")],
            )
    if _is_empty(db, "municipalities"):
        results.append(run_import(db, config.REFERENCE_DIR / "kommuner.csv", kind="municipalities", who=who, source=REFERENCE_SOURCE))
    if _is_empty(db, "agreements"):
        results.append(run_import(db, config.REFERENCE_DIR / "avtaler.csv", kind="agreements", who=who, source=REFERENCE_SOURCE))
    if _is_empty(db, "rules"):
        results.append(commit_import(db, plan_edit(db, "rules", shipped_rules(), source=RULES_SOURCE), who))
    else:
        results += add_new_rules(db, who)
    if sample:
        # A sample file already imported is not imported again: that would undo later corrections.
        loaded = set(db.query("SELECT sha256 FROM imports WHERE undone_at IS NULL AND sha256 IS NOT NULL")["sha256"])
        for path in (config.SAMPLE_DIR / name for name in SAMPLE_FILES):
            if sha256_of(path) not in loaded:
                results.append(run_import(db, path, who=who, source="eksempeldata"))
    return results


def open_database(path: Path | None = None, sample_if_new: bool = True) -> Database:
    """For the app: the database at the configured path, created from the sample data if missing."""
    db = Database(config.resolve_db_path(path))
    if not db.path.exists():
        init_database(db, sample=sample_if_new, who="første oppstart")
    else:
        db.check_schema()
        add_new_rules(db)
    return db
