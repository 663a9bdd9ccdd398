"""`python -m khs_data [--db PATH] COMMAND`: the store from the command line.
Exit 0 on success, 1 when the input or the store says no (reasons on stderr), 2 for usage."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path

import pandas as pd

from . import commands, config
from .bootstrap import init_database
from .database import Database, StoreError
from .exports import EXPORT_TABLES, table_frame, write_export
from .fmt import date_text, kr_text, number_text
from .importer import commit_import, history, plan_import, undo_last
from .kinds import KINDS, UPLOAD_KINDS
from .metrics.board import board_seats
from .metrics.board_checks import board_checks
from .metrics.dues import dues_basis, dues_for_year
from .metrics.meetings import meeting_compliance
from .metrics.network import network_checks, network_seats
from .problems import ImportRefused
from .rules import RuleMissing
from .wording import check_json


class UsageError(Exception):
    pass


def _date(text: str) -> dt.date:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato (bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)")


def _iso(value: object) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers
        return "ukjent"


def _open(args) -> Database:
    db = Database(config.resolve_db_path(args.db))
    if args.command != "init":
        if not db.path.exists():
            raise StoreError(f"Databasen {db.path} finnes ikke. Opprett den med «python -m khs_data init» (med --sample for eksempeldata).")
        db.check_schema()
    return db


# -- commands --------------------------------------------------------------------------------


def cmd_init(db: Database, args) -> int:
    results = init_database(db, sample=args.sample, who=_who())
    changed = [r for r in results if r.import_id is not None]
    print(f"Databasen {db.path} er klar (skjemaversjon {db.schema_version()}); {len(changed)} import(er) med endringer.")
    return 0


def cmd_import(db: Database, args) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"Finner ikke filen {path}.")
    plan = plan_import(db, path, path.name, args.kind, source="kommandolinje")
    if args.dry_run:
        print("Prøvekjøring (ingenting skrevet): " + plan.summary())
        return 0
    result = commit_import(db, plan, _who())
    print(result.summary if result.import_id is None else f"Import {result.import_id}: {result.summary}")
    return 0


def cmd_dues(db: Database, args) -> int:
    basis = dues_basis(db, args.year)
    frame = dues_for_year(db, args.year)
    rows = [
        {
            "municipality_number": r.municipality_number,
            "municipality": r.municipality,
            "population": _int(r.population),
            "amount_nok": _int(r.amount_nok),
        }
        for r in frame.itertuples()
    ]
    data = {
        "year": args.year,
        "rate_nok": basis.rate_nok,
        "due_date": basis.due_date.isoformat(),
        "population_date": basis.population_date.isoformat(),
        "rows": rows,
        "total_nok": int(frame["amount_nok"].sum()),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(
        f"Kontingent {args.year}: kr {basis.rate_nok} per innbygger × folketall per {date_text(basis.population_date)}, forfall {date_text(basis.due_date)}"
    )
    for r in rows:
        print(f"  {r['municipality_number']} {r['municipality']:<15} {number_text(r['population']):>9}  {kr_text(r['amount_nok']):>14}")
    print(f"  {'Sum':<20} {kr_text(data['total_nok']):>25}")
    return 0


def cmd_compliance(db: Database, args) -> int:
    frame = meeting_compliance(db, args.year)
    rows = [
        {
            "body": r.body,
            "required_min": r.required_min,
            "held": r.held,
            "planned": r.planned,
            "cancelled": r.cancelled,
            "compliant": bool(r.compliant),
        }
        for r in frame.itertuples()
    ]
    if args.json:
        print(json.dumps({"year": args.year, "rows": rows}, ensure_ascii=False, indent=2))
        return 0
    print(f"Møter {args.year} (bare avholdte møter teller):")
    for r in rows:
        mark = "oppfylt" if r["compliant"] else "IKKE oppfylt"
        print(f"  {r['body']:<28} {r['held']} av minst {r['required_min']} ({r['planned']} planlagt, {r['cancelled']} avlyst): {mark}")
    return 0


def _checks(checks) -> list[dict]:
    return [check_json(c) for c in checks]


def cmd_board(db: Database, args) -> int:
    on = args.on or dt.date.today()
    seats = board_seats(db, on)
    data = {
        "on": on.isoformat(),
        "seats": [
            {
                "board_region": r.board_region,
                "person": None if r.vacant else r.person,
                "municipality_number": None if r.vacant else r.municipality_number,
                "municipality": None if r.vacant else r.municipality,
                "role": None if r.vacant else r.role,
                "term_start": _iso(r.term_start),
                "term_end": _iso(r.end),
                "term_end_computed": bool(r.end_computed) if not r.vacant else None,
                "vacant": bool(r.vacant),
                "small_municipality": bool(r.small) if not r.vacant else None,
                "ends_within_6_months": bool(r.ends_soon),
            }
            for r in seats.itertuples()
        ],
        "vacancies": [r.board_region for r in seats.itertuples() if r.vacant],
        "checks": _checks(board_checks(db, on)),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Samarbeidsstyret per {date_text(on)}:")
    for s in data["seats"]:
        who = "LEDIG" if s["vacant"] else f"{s['person']} ({s['municipality']}, {s['role']}, til {date_text(pd.Timestamp(s['term_end']))})"
        print(f"  {s['board_region']:<20} {who}")
    for c in data["checks"]:
        print(f"  [{'OK' if c['ok'] else 'IKKE OK'}] {c['reason']}")
    return 0


def cmd_network(db: Database, args) -> int:
    on = args.on or dt.date.today()
    seats = network_seats(db, on)
    data = {
        "on": on.isoformat(),
        "seats": [
            {
                "area": r.area,
                "person": None if r.vacant else r.person,
                "municipality_number": None if r.vacant or pd.isna(r.municipality_number) else r.municipality_number,
                "municipality": None if r.vacant or pd.isna(r.municipality) else r.municipality,
                "from": _iso(r.from_date),
                "to": _iso(r.to_date),
                "vacant": bool(r.vacant),
                "covers": r.covers,
            }
            for r in seats.itertuples()
        ],
        "vacancies": [r.area for r in seats.itertuples() if r.vacant],
        "checks": _checks(network_checks(db, on)),
    }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Samhandlingsnettverket per {date_text(on)}:")
    for s in data["seats"]:
        print(f"  {s['area']:<20} {'LEDIG' if s['vacant'] else s['person'] + ' (' + (s['municipality'] or '') + ')'}")
    for c in data["checks"]:
        print(f"  [{'OK' if c['ok'] else 'IKKE OK'}] {c['reason']}")
    return 0


def cmd_history(db: Database, args) -> int:
    frame = history(db)
    rows = [
        {
            "id": int(r.id),
            "imported_at": pd.Timestamp(r.imported_at).isoformat(timespec="seconds"),
            "who": r.who,
            "kind": r.kind,
            "file_name": r.file_name,
            "source": r.source,
            "added": _int(r.added),
            "changed": _int(r.changed),
            "unchanged": _int(r.unchanged),
            "skipped": _int(r.skipped),
            "sha256": r.sha256,
            "undone": not pd.isna(r.undone_at),
            "summary": r.summary,
        }
        for r in frame.itertuples()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        undone = " (angret)" if r["undone"] else ""
        print(f"{r['id']:>4}  {r['imported_at']}  {r['who'] or '':<12} {r['summary']}{undone}")
    return 0


def cmd_undo(db: Database, args) -> int:
    undone = undo_last(db)
    if undone is None:
        print("Det er ingen import å angre.")
        return 0
    print(
        f"Angret import {undone['import_id']} ({undone['file_name']}, {KINDS[undone['kind']].label.lower()}): {undone['reverted_rows']} rader tilbakestilt."
    )
    return 0


def cmd_export(db: Database, args) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UsageError(f"--out må slutte på .csv eller .xlsx, ikke «{out.suffix or out.name}».")
    frame = table_frame(db, args.table, args.year)
    write_export(frame, out, args.table)
    print(f"Skrev {len(frame)} rader til {out}.")
    return 0


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "dues": cmd_dues,
    "compliance": cmd_compliance,
    "board": cmd_board,
    "network": cmd_network,
    "history": cmd_history,
    "undo": cmd_undo,
    "export": cmd_export,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m khs_data", description="KHS-dashbordets data: import, regler og nøkkeltall.")
    parser.add_argument("--db", help="databasefil (ellers KHS_DB, ellers data/khs.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    p = sub.add_parser("init", help="opprett eller oppgrader databasen")
    p.add_argument("--sample", action="store_true", help="last inn eksempeldataene i data/sample")
    p = sub.add_parser("import", help="importer et regneark")
    p.add_argument("file")
    p.add_argument("--kind", choices=UPLOAD_KINDS, help="filtype (gjenkjennes ellers fra overskriftene)")
    p.add_argument("--dry-run", action="store_true", help="vis hva som ville skje, uten å skrive")
    for name, text in (("dues", "kontingent for et år"), ("compliance", "møtekrav for et år")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--year", type=int, required=True)
        p.add_argument("--json", action="store_true")
    for name, text in (("board", "styrets sammensetning og regelsjekk"), ("network", "nettverkets plasser")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--on", type=_date, help="dato (standard: i dag)")
        p.add_argument("--json", action="store_true")
    p = sub.add_parser("history", help="importhistorikk, nyeste først")
    p.add_argument("--json", action="store_true")
    sub.add_parser("undo", help="angre siste import")
    p = sub.add_parser("export", help="eksporter en tabell til .csv eller .xlsx")
    p.add_argument("table", choices=EXPORT_TABLES)
    p.add_argument("--out", required=True)
    p.add_argument("--year", type=int, help="for dues: kontingentåret (standard: i år)")
    for module in _command_modules():
        module.add_arguments(sub.add_parser(module.NAME, help=module.HELP))
        COMMANDS[module.NAME] = module.run
    return parser


def _command_modules() -> list:
    return [importlib.import_module(f"{commands.__name__}.{m.name}") for m in pkgutil.iter_modules(commands.__path__)]


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on usage errors
    try:
        return COMMANDS[args.command](_open(args), args)
    except UsageError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 2
    except ImportRefused as refused:
        print(f"Ingenting er importert. {len(refused.problems)} problem(er):", file=sys.stderr)
        for problem in refused.problems:
            print("  " + problem.describe(), file=sys.stderr)
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
    except Exception as error:  # never a traceback for the user
        print(f"Uventet feil ({type(error).__name__}): {error}", file=sys.stderr)
        return 1
