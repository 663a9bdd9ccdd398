"""`khs [--db PATH] COMMAND` (also `python -m khs_data`): the store from the command line.

This module only builds the parser from khs_data.commands.COMMANDS, opens the database and turns
what a command raises into an exit code: 0 on success, 1 when the input or the store says no
(reasons on stderr), 2 for usage. Never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback

from . import config
from .bootstrap import add_new_rules
from .commands import COMMANDS
from .commands.base import Command, UsageError, add_lang_argument
from .database import Database, StoreError
from .kinds import UPLOAD_KINDS
from .problems import ImportRefused, KindUnclear
from .rules import RuleMissing


def build_parser(prog: str = "khs") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description="KHS-dashbordets data: import, regler og nøkkeltall.")
    parser.add_argument("--db", help="databasefil (ellers KHS_DB, ellers data/khs.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.name, help=command.help)
        command.add_arguments(command_parser)
        add_lang_argument(command_parser)
    return parser


def _open(command: Command, db_argument: str | None) -> Database:
    db = Database(config.resolve_db_path(db_argument))
    if not command.creates_database:
        if not db.path.exists():
            raise StoreError(f"Databasen {db.path} finnes ikke. Opprett den med «python -m khs_data init» (med --sample for eksempeldata).")
        db.check_schema()
        add_new_rules(db)  # a store made by an older version gets the rules its figures now need
    return db


DEBUG_SETTING = "KHS_DEBUG"
UNEXPECTED = (
    "Uventet feil i dashbordets program (ikke i dataene dine). En import eller angring som ble avbrutt, er ikke "
    f"lagret. Prøv igjen; skjer det igjen, kjør kommandoen med {DEBUG_SETTING}=1 og send utskriften til den som drifter dashbordet."
)


def main(argv: list[str] | None = None, prog: str = "khs") -> int:
    args = build_parser(prog).parse_args(argv)  # exits 2 on usage errors
    command = next(c for c in COMMANDS if c.name == args.command)
    try:
        return command.run(_open(command, args.db), args)
    except UsageError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 2
    except ImportRefused as refused:
        print(f"Ingenting er importert. {len(refused.problems)} problem(er):", file=sys.stderr)
        for problem in refused.problems:
            print("  " + problem.describe(), file=sys.stderr)
        if isinstance(refused, KindUnclear):
            print(f"Velg filtype med --kind: {' eller '.join(refused.candidates or UPLOAD_KINDS)}.", file=sys.stderr)
        return 1
    except (StoreError, RuleMissing) as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into a command that stopped reading (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the final flush stays quiet
        return 1
    except Exception:  # never a traceback, nor Python's English, for the user: the details go to the log
        logging.getLogger("khs.cli").debug("Uventet feil", exc_info=True)
        print(UNEXPECTED, file=sys.stderr)
        if os.environ.get(DEBUG_SETTING):
            traceback.print_exc()
        return 1
