"""Where things live and the limits that protect the store."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"
SAMPLE_DIR = DATA_DIR / "sample"
RULES_FILE = DATA_DIR / "regler.toml"
DEFAULT_DB = DATA_DIR / "khs.duckdb"

MAX_FILE_BYTES = 50_000_000  # below server.maxUploadSize in .streamlit/config.toml, so this message is the one seen
MAX_UNPACKED_BYTES = int(os.environ.get("KHS_MAX_UNPACKED_BYTES", 200_000_000))
BUSY_WAIT_SECONDS = float(os.environ.get("KHS_BUSY_WAIT_SECONDS", 10))
# One import is validated and compared in memory. A real file has at most tens of thousands of rows
# (every meeting of all Norway's municipalities for decades: 50 000); past this limit a file is
# refused right after reading, so a hostile million-row file costs seconds and little memory.
MAX_IMPORT_ROWS = 200_000


def resolve_db_path(explicit: str | os.PathLike | None = None) -> Path:
    """`--db`, else env KHS_DB, else data/khs.duckdb."""
    if explicit:
        return Path(explicit)
    if os.environ.get("KHS_DB"):
        return Path(os.environ["KHS_DB"])
    return DEFAULT_DB


def archive_dir_for(db_path: Path) -> Path:
    """Uploaded originals are kept beside the database file they went into."""
    return db_path.parent / f"{db_path.stem}-arkiv"
