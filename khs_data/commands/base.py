"""What every CLI command shares: its record (`Command`), usage errors, who runs it, dry runs
and `--json`. A command's `run` returns the exit code or raises; khs_data.cli turns UsageError
into exit 2 and the store's refusals (StoreError, ImportRefused, RuleMissing) into exit 1."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ..catalogue import LANGUAGES, text
from ..database import Database
from ..importer import ImportPlan, commit_import
from ..problems import said
from ..statuses import Level


class UsageError(Exception):
    """The command was used wrongly (a missing file, a bad --out): exit 2, like argparse's errors."""


@dataclass(frozen=True)
class Command:
    name: str  # the word typed after `khs`
    help: str  # one line in `khs --help`
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[Database, argparse.Namespace], int]
    creates_database: bool = False  # only init runs before the database file exists


LANG_SETTING = "KHS_LANG"  # the language of the CLI's output when --lang is not given


def add_lang_argument(parser: argparse.ArgumentParser) -> None:
    """`--lang nb|nn` on every command: the language of what it writes (output, messages, files)."""
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=None,
        help=f"språk/mål: nb (bokmål) eller nn (nynorsk); standard {LANG_SETTING}, ellers nb",
    )


def cli_lang(args: argparse.Namespace | None = None) -> str:
    """The language the command speaks: --lang, else KHS_LANG, else bokmål."""
    chosen = getattr(args, "lang", None) or os.environ.get(LANG_SETTING, "")
    return chosen if chosen in LANGUAGES else "nb"


def who() -> str:
    """The user name recorded with an import."""
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "ukjent"


def date_argument(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(said("cmd.not_a_date", text=text))  # parsed in the language of --lang (khs_data.cli)


def add_dry_run_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help="vis hva som ville skje, uten å skrive")


def preview_or_commit(db: Database, plan: ImportPlan, dry_run: bool, lang: str = "nb") -> int:
    """One line either way: what the import would do, or what it did."""
    if dry_run:
        print(text("cli.dry_run", lang, summary=plan.summary(lang)))
        return 0
    result = commit_import(db, plan, who())
    said = plan.summary(lang)  # result.summary is the stored one, in bokmål
    print(
        said + text("import.summary.no_changes", lang)
        if result.import_id is None
        else text("cli.imported", lang, id=result.import_id, summary=said)
    )
    return 0


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true")


def add_on_argument(parser: argparse.ArgumentParser, what: str = "dato") -> None:
    parser.add_argument("--on", type=date_argument, help=f"{what} (standard: i dag)")


def print_checks(checks: list[dict], lang: str = "nb") -> None:
    """A check as a line: a requirement not met is «IKKE OK», advice («bør») not followed «RÅD»."""
    for c in checks:
        mark = "ok" if c["ok"] else ("advice" if c["level"] == Level.ADVICE else "bad")
        print(f"  [{text(f'cli.mark.{mark}', lang)}] {c['reason']}")


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def json_date(value: object) -> str | None:
    """A date from a frame as ISO text; None for a missing one."""
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def json_int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)
