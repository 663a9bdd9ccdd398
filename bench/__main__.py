"""`python -m bench [--quick] [--json FILE] [--no-browser] [--rounds N] [--sessions N] [--readme]`:
generate the national data, time the imports, every page at both scales under AppTest, then with a
real server and Chromium: server CPU per page view beside the reference app, the meeting load
(sessions clicking while the CLI imports) and the app's peak memory; print the table.

Files go to bench/out/ (not in git). A full run takes several minutes; --quick runs every step
on a small national data set with one repetition, to prove the benchmark works. The measured
rounds are few by default (a shared machine); --rounds and --repeats give steadier figures."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sys
from pathlib import Path

from . import generate
from .imports import measure_imports
from .memory import measure_memory
from .pages import measure_pages
from .report import as_json, judge, table
from .scales import NATIONAL, QUICK_NATIONAL, SHIPPED
from .server import browser_missing
from .views import measure_meeting, measure_views

OUT = Path(__file__).resolve().parent / "out"
README = Path(__file__).resolve().parent.parent / "README.md"


def _machine() -> str:
    load = os.getloadavg()[0]
    return f"{os.cpu_count()} kjerner, belastning {load:.1f}, Python {platform.python_version()}"


def run(quick: bool, browser: bool, out: Path, rounds: int = 1, sessions: int = 8, repeats: int | None = None) -> dict:
    national = QUICK_NATIONAL if quick else NATIONAL
    repeats = repeats or (1 if quick else 3)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    print(f"Lager filer for {national.label} skala i {out} …", file=sys.stderr)
    files = generate.national_files(national, out / "nasjonal" / "filer")
    print("Måler import …", file=sys.stderr)
    imports = measure_imports(files, out / "import", repeats, openpyxl_repeats=1 if quick else 2)
    print("Bygger databasene …", file=sys.stderr)
    databases = {
        "shipped": generate.build_database(SHIPPED, out / "eksempel"),
        "national": generate.build_database(national, out / "nasjonal", files),
    }
    rows = {scale: generate.row_counts(db) for scale, db in databases.items()}
    pages = {}
    for scale, db in databases.items():
        print(f"Måler sidene ({scale}) …", file=sys.stderr)
        pages[scale] = measure_pages(db.path, repeats)
    report = {
        "mode": "rask" if quick else "full",
        "when": dt.datetime.now().strftime("%d.%m.%Y %H:%M"),
        "machine": _machine(),
        "repeats": repeats,
        "rows": {"eksempeldata": rows["shipped"], national.label: rows["national"]},
        "data_growth": sum(rows["national"].values()) / sum(rows["shipped"].values()),
        "imports": imports,
        "pages": pages,
    }
    missing = browser_missing()
    skipped = {"skipped": "slått av med --no-browser"} if not browser else ({"skipped": missing} if missing else None)
    if skipped:
        report["views"] = report["meeting"] = report["memory"] = skipped
    else:
        print("Måler serverens CPU per sidevisning (nettleser) …", file=sys.stderr)
        report["views"] = measure_views(databases["shipped"].path, out / "visninger", rounds)
        print(f"Måler møtelast ({sessions} økter og en import) …", file=sys.stderr)
        report["meeting"] = measure_meeting(databases["shipped"].path, out / "motelast", files["meetings"], sessions, rounds=2)
        print("Måler minne (nettleser) …", file=sys.stderr)
        report["memory"] = measure_memory(databases["national"].path, out / "minne")
    report["targets"] = judge(report)
    return report


def update_readme(text: str) -> None:
    """Put the table between the bench markers in README.md's «Ytelse» section."""
    start, end = "<!-- bench:start -->", "<!-- bench:end -->"
    readme = README.read_text(encoding="utf-8")
    before, rest = readme.split(start, 1)
    after = rest.split(end, 1)[1]
    README.write_text(f"{before}{start}\n{text}\n{end}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Måler import, sidene og minnebruk ved eksempel- og nasjonal skala."
    )
    parser.add_argument("--quick", action="store_true", help="lite datasett, én måling: viser at alt virker")
    parser.add_argument("--json", metavar="FIL", type=Path, help="skriv alle tallene som JSON hit")
    parser.add_argument(
        "--no-browser", "--no-memory", dest="browser", action="store_false", help="hopp over stegene med server og nettleser"
    )
    parser.add_argument("--rounds", type=int, default=1, help="målte runder gjennom alle sidene per økt (standard 1)")
    parser.add_argument("--sessions", type=int, default=8, help="økter samtidig i møtelasten (standard 8)")
    parser.add_argument("--repeats", type=int, help="målinger per side og import (standard 1 med --quick, ellers 3)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"mappe for genererte filer (standard {OUT})")
    parser.add_argument("--readme", action="store_true", help="skriv tabellen inn i README.md (avsnittet «Ytelse»)")
    args = parser.parse_args(argv)
    report = run(args.quick, args.browser, args.out, args.rounds, args.sessions, args.repeats)
    print(table(report))
    if args.readme:
        update_readme(table(report, every_target=False))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(as_json(report), ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
