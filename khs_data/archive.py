"""Originals of accepted files, kept beside the database under a safe name with their SHA-256."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .database import StoreError

_UNSAFE = re.compile(r"[^A-Za-z0-9æøåÆØÅ._-]+")


def safe_name(file_name: str) -> str:
    """Only the last path part, only harmless characters: an upload's name is never a path."""
    base = re.split(r"[\\/]", file_name)[-1]
    cleaned = _UNSAFE.sub("_", base).lstrip("._") or "fil"
    return cleaned[-100:]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def archive_name(file_name: str, sha256: str) -> str:
    return f"{sha256[:16]}-{safe_name(file_name)}"


def store_original(archive_dir: Path, source: Path, file_name: str, sha256: str) -> str:
    """Copy the file in (write to a temporary name, then rename, so no half file is left)."""
    name = archive_name(file_name, sha256)
    target = archive_dir / name
    if target.exists():
        return name
    temporary = archive_dir / f".tmp-{name}"
    try:
        archive_dir.mkdir(parents=True, exist_ok=True)
        with open(source, "rb") as reader, open(temporary, "wb") as writer:
            for chunk in iter(lambda: reader.read(1 << 20), b""):
                writer.write(chunk)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StoreError(
            f"Kunne ikke arkivere originalfilen i {archive_dir} ({error.strerror or error}). "
            "Ingenting er importert. Sjekk ledig diskplass og skrivetilgang."
        ) from error
    return name


def sweep_orphans(archive_dir: Path, known: set[str]) -> list[str]:
    """Remove files that no import in history refers to (left by an import that was killed)."""
    if not archive_dir.is_dir():
        return []
    removed = []
    for path in archive_dir.iterdir():
        if path.is_file() and path.name not in known:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed
