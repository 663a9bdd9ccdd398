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
from .catalogue import TEXTS, text
from .commands import COMMANDS
from .commands.base import Command, UsageError, add_lang_argument, cli_lang
from .database import Database, StoreError
from .kinds import UPLOAD_KINDS
from .problems import ImportRefused, KindUnclear, importing_in
from .rules import RuleMissing


class _HelpParser(argparse.ArgumentParser):
    """Help texts in the parser's language: the commands write them in bokmål, and each is a
    catalogue text (khs_data/catalogue/cli_help.py and others), found by that bokmål form."""

    lang = "nb"

    def __init__(self, *args, **kwargs):
        if kwargs.get("description"):
            kwargs["description"] = help_text(kwargs["description"], self.lang)
        super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("help"):
            kwargs["help"] = help_text(kwargs["help"], self.lang)
        return super().add_argument(*args, **kwargs)

    def format_usage(self) -> str:
        return argparse_words(super().format_usage(), self.lang)

    def format_help(self) -> str:
        return argparse_words(super().format_help(), self.lang)

    def error(self, message: str):
        """argparse's usage error, in Norwegian: usage line, then «khs: feil: …», exit 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {text('cli.argparse.error', self.lang)}: {argparse_words(message, self.lang)}\n")


ARGPARSE_PREFIX = "cli.argparse."
ARGPARSE_WORDS = tuple(
    key.removeprefix(ARGPARSE_PREFIX) for key in TEXTS if key.startswith(ARGPARSE_PREFIX) and key != "cli.argparse.error"
)


def argparse_words(said: str, lang: str) -> str:
    """argparse writes its own words in English (usage, options, its errors): the catalogue's instead."""
    for english in ARGPARSE_WORDS:
        said = said.replace(english, text(ARGPARSE_PREFIX + english, lang))
    return said


def help_text(bokmal: str, lang: str) -> str:
    return _NYNORSK.get(bokmal, bokmal) if lang == "nn" else bokmal


_NYNORSK = {bokmal: nynorsk for bokmal, nynorsk in TEXTS.values()}


def _asked_lang(argv: list[str] | None) -> str:
    """--lang as typed, before parsing (the help texts are chosen while the parser is built)."""
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words):
            return cli_lang(argparse.Namespace(lang=words[i + 1]))
        if word.startswith("--lang="):
            return cli_lang(argparse.Namespace(lang=word.removeprefix("--lang=")))
    return cli_lang()


def build_parser(prog: str = "khs", lang: str = "nb") -> argparse.ArgumentParser:
    parser_class = type("HelpParser", (_HelpParser,), {"lang": lang})
    parser = parser_class(prog=prog, description="KHS-dashbordets data: import, regler og nøkkeltall.")
    parser.add_argument("--db", help="databasefil (ellers KHS_DB, ellers data/khs.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    for command in COMMANDS:
        command_parser = sub.add_parser(command.name, help=help_text(command.help, lang))
        command.add_arguments(command_parser)
        add_lang_argument(command_parser)
    return parser


def _open(command: Command, db_argument: str | None, lang: str) -> Database:
    db = Database(config.resolve_db_path(db_argument))
    if not command.creates_database:
        if not db.path.exists():
            raise StoreError(text("cli.no_database", lang, path=db.path))
        db.check_schema()
        add_new_rules(db)  # a store made by an older version gets the rules its figures now need
    return db


DEBUG_SETTING = "KHS_DEBUG"


def main(argv: list[str] | None = None, prog: str = "khs") -> int:
    asked = _asked_lang(argv)
    with importing_in(asked):  # a date or year option typed wrong is said in that language too
        args = build_parser(prog, asked).parse_args(argv)  # exits 2 on usage errors
    command = next(c for c in COMMANDS if c.name == args.command)
    lang = cli_lang(args)
    with importing_in(lang):  # an import's problems, and their places, in the language of --lang
        return _run(command, args, lang)


def _run(command: Command, args, lang: str) -> int:
    try:
        return command.run(_open(command, args.db, lang), args)
    except UsageError as error:
        print(text("cli.error", lang, error=error), file=sys.stderr)
        return 2
    except ImportRefused as refused:
        print(text("cli.refused", lang, count=len(refused.problems)), file=sys.stderr)
        for problem in refused.problems:
            print("  " + problem.describe(), file=sys.stderr)
        if isinstance(refused, KindUnclear):
            kinds = f" {text('cli.or', lang)} ".join(refused.candidates or UPLOAD_KINDS)
            print(text("cli.pick_kind", lang, kinds=kinds), file=sys.stderr)
        return 1
    except (StoreError, RuleMissing) as error:
        print(text("cli.error", lang, error=error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(text("cli.interrupted", lang), file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into a command that stopped reading (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the final flush stays quiet
        return 1
    except Exception:  # never a traceback, nor Python's English, for the user: the details go to the log
        logging.getLogger("khs.cli").debug("Uventet feil", exc_info=True)
        print(text("cli.unexpected", lang, setting=DEBUG_SETTING), file=sys.stderr)
        if os.environ.get(DEBUG_SETTING):
            traceback.print_exc()
        return 1
