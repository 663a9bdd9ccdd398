"""`khs report --year Y --out FILE [--lang nn]`: the annual meeting pack, FILE.pptx and FILE.xlsx,
in bokmål or (with --lang nn) nynorsk."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..catalogue import text
from ..database import Database
from ..fmt import date_text
from ..report import annual_pack_files
from .base import Command, UsageError, cli_lang

SUFFIXES = (".pptx", ".xlsx")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="årsmøteåret, for eksempel 2026")
    parser.add_argument("--out", required=True, help=text("report.cli_out_help"))


def stem_of(out: str) -> Path:
    """«pakke», «pakke.pptx» and «pakke.xlsx» all mean the pair pakke.pptx + pakke.xlsx."""
    path = Path(out)
    return path.with_suffix("") if path.suffix.lower() in SUFFIXES else path


def run(db: Database, args: argparse.Namespace) -> int:
    lang = cli_lang(args)
    stem = stem_of(args.out)
    if not stem.parent.is_dir():
        raise UsageError(text("report.cli_no_folder", lang, folder=stem.parent))
    pack, deck, workbook = annual_pack_files(db, args.year, lang=lang)
    if not pack.has_data:
        print(text("report.cli_empty", lang, year=args.year, date=date_text(pack.basis.population_date)))
    for suffix, content in ((".pptx", deck), (".xlsx", workbook)):
        path = stem.with_name(stem.name + suffix)
        try:
            path.write_bytes(content)
        except OSError as error:
            raise UsageError(text("report.cli_not_written", lang, path=path, reason=error.strerror or error)) from error
        print(text("report.cli_written", lang, path=path))
    return 0


COMMAND = Command("report", text("report.cli_help"), add_arguments, run)
