"""How the coordinator's page names what it shows: a kind of data, where an import came from,
the moment it happened, and a file name or cell value kept literal in markdown."""

from __future__ import annotations

import re

import pandas as pd

from khs_data.importer import EDITED_SOURCE
from ui.state import t


def kind_label(name: str | None) -> str:
    return t("coord.upload.detect") if name is None else t(f"coord.kind.{name}")


def plain(text: object) -> str:
    """A file name or cell value shown in markdown, never interpreted as markdown."""
    return re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~])", r"\\\1", str(text))


def import_name(imported: pd.Series) -> str:
    """What an import in the history is called: its file, or «rettet i appen» for tables
    corrected on the page (whatever name an older version gave it, such as «Møter»)."""
    return t("coord.origin.edited") if imported["source"] == EDITED_SOURCE else str(imported["file_name"])


def origin(imported: pd.Series) -> str:
    """Where an import came from: «fra folketall.xlsx», or «rettet i appen»."""
    if imported["source"] == EDITED_SOURCE:
        return t("coord.origin.edited")
    return t("coord.origin.file", file=imported["file_name"])


def moment_text(value: object) -> str:
    """When an import happened: 15.01.2026 14:05."""
    return pd.Timestamp(value).strftime("%d.%m.%Y %H:%M")
