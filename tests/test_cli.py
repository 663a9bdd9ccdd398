"""`python -m khs_data`: exit codes, one-line summaries, JSON keys, and never a traceback.

Most commands run in this process (fast); what depends on the real process — the entry point,
the environment, another process holding the file — runs as a subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import duckdb
import pytest
from conftest import db_args

from khs_data import commands, config
from khs_data.bootstrap import SAMPLE_FILES
from khs_data.database import Database
from khs_data.migrations import MIGRATIONS


def python_m(*args: str, **env: str) -> subprocess.CompletedProcess:
    """The CLI as a user starts it."""
    return subprocess.run(
        [sys.executable, "-m", "khs_data", *map(str, args)],
        cwd=config.PROJECT_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- init -----------------------------------------------------------------------------------


def test_init_creates_a_database(run, tmp_path):
    path = tmp_path / "khs.duckdb"
    code, out, _ = run("--db", path, "init")
    assert code == 0 and "er klar" in out
    assert Database(path).query("SELECT count(*) AS n FROM municipalities").iloc[0, 0] == 21


def test_init_sample_again_changes_nothing(fresh_sample_db, run, snapshot):
    before = snapshot(fresh_sample_db)
    code, out, _ = run(*db_args(fresh_sample_db), "init", "--sample")
    assert code == 0 and "0 import(er) med endringer" in out
    assert snapshot(fresh_sample_db) == before


def test_init_sample_keeps_later_corrections(fresh_sample_db, make_csv, run):
    path = make_csv("rettelse.csv", [["Kommune", "År", "Folketall"], ["Bærum", 2025, 131000]])
    assert run(*db_args(fresh_sample_db), "import", path)[0] == 0
    assert run(*db_args(fresh_sample_db), "init", "--sample")[0] == 0
    query = "SELECT count FROM population WHERE municipality = '3201' AND date = '2025-01-01'"
    assert fresh_sample_db.query(query).iloc[0, 0] == 131000


def test_db_from_environment_and_argument_wins(sample_db, tmp_path, monkeypatch, run):
    monkeypatch.setenv("KHS_DB", str(sample_db.path))
    code, out, _ = run("dues", "--year", "2026", "--json")
    assert code == 0 and json.loads(out)["total_nok"] == 1_519_776
    code, _, err = run("--db", tmp_path / "annen.duckdb", "dues", "--year", "2026")
    assert code == 1 and "finnes ikke" in err and "init" in err


# -- import ---------------------------------------------------------------------------------


def test_import_prints_one_line_and_exits_0(fresh_sample_db, make_csv, run):
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall", "Merknad"], ["Hol", 2027, "4 410", "foreløpig"]])
    code, out, err = run(*db_args(fresh_sample_db), "import", path)
    assert code == 0, err
    assert out.count("\n") == 1
    assert "1 nye, 0 endret, 0 uendret" in out and "«Merknad»" in out
    assert fresh_sample_db.query("SELECT count FROM population WHERE municipality = '3330' AND date = '2027-01-01'").iloc[0, 0] == 4410


def test_import_with_kind_and_dry_run_writes_nothing(fresh_sample_db, make_csv, run, snapshot):
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4410]])
    before = snapshot(fresh_sample_db)
    code, out, _ = run(*db_args(fresh_sample_db), "import", path, "--kind", "population", "--dry-run")
    assert code == 0 and "1 nye" in out and out.count("\n") == 1
    assert snapshot(fresh_sample_db) == before


def test_an_invalid_file_exits_1_with_every_problem_on_stderr(sample_db, make_csv, run, snapshot):
    path = make_csv("moter.csv", [["Dato", "Organ"], ["31.02.2024", "Samarbeidsstyret"], ["01.03.2024", "Bystyret"]])
    before = snapshot(sample_db)
    code, out, err = run(*db_args(sample_db), "import", path)
    assert code == 1 and out == ""
    assert "Ingenting er importert. 2 problem(er)" in err
    assert "moter.csv, rad 2, kolonne «Dato»: verdien «31.02.2024»" in err
    assert "rad 3, kolonne «Organ»: verdien «Bystyret»" in err
    assert snapshot(sample_db) == before


def test_a_refused_file_exits_1(sample_db, tmp_path, run):
    path = tmp_path / "folketall.xlsx"
    path.write_text("<html><body>Feil</body></html>", encoding="utf-8")
    code, _, err = run(*db_args(sample_db), "import", path)
    assert code == 1 and "HTML" in err


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("import",),
        ("import", "finnes-ikke.csv"),
        ("import", "{file}", "--kind", "budsjett"),
        ("import", "{file}", "--kind", "rules"),  # rules are edited in the app, not imported
        ("dues",),
        ("dues", "--year", "i år"),
        ("board", "--on", "31.02.2024"),
        ("export", "budsjett", "--out", "x.csv"),
        ("export", "population", "--out", "{tmp}/x.txt"),
        ("eksploder",),
    ],
)
def test_usage_errors_exit_2(sample_db, make_csv, tmp_path, run, args):
    file = make_csv("f.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496]])
    args = [a.format(file=file, tmp=tmp_path) for a in args]
    code, out, err = run(*db_args(sample_db), *args)
    assert code == 2
    assert err


# -- reports ----------------------------------------------------------------------------------


def test_dues_json_for_the_sample(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "dues", "--year", "2026", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["year", "rate_nok", "due_date", "population_date", "rows", "total_nok", "rule", "missing_population"]
    assert (data["year"], data["rate_nok"], data["due_date"], data["population_date"]) == (2026, 3, "2026-01-15", "2025-01-01")
    assert data["total_nok"] == 1_519_776
    assert sum(r["population"] for r in data["rows"]) == 506_592
    assert len(data["rows"]) == 21
    baerum = next(r for r in data["rows"] if r["municipality"] == "Bærum")
    assert baerum == {
        "municipality_number": "3201",
        "municipality": "Bærum",
        "population": 130921,
        "amount_nok": 392763,
        "paid_nok": 392763,
        "payment_status": "betalt",
        "leaving_date": None,
        "leaving_rule": None,
    }
    flå = next(r for r in data["rows"] if r["municipality"] == "Flå")
    assert flå["leaving_date"] == "2027-07-01" and "Uttreden" in flå["leaving_rule"]


def test_dues_text_uses_norwegian_formats(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "dues", "--year", "2026")
    assert code == 0
    assert "kr 1 519 776" in out and "01.01.2025" in out and "15.01.2026" in out


def test_dues_does_not_bill_a_municipality_after_it_leaves(sample_db, run):
    data = json.loads(run(*db_args(sample_db), "dues", "--year", "2028", "--json")[1])
    assert "Flå" not in [r["municipality"] for r in data["rows"]]
    assert len(data["rows"]) == 20
    assert "Flå" in [r["municipality"] for r in json.loads(run(*db_args(sample_db), "dues", "--year", "2027", "--json")[1])["rows"]]


def test_compliance_json_counts_only_held_meetings(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "compliance", "--year", "2026", "--on", "2026-11-23", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["year", "rows"] and data["year"] == 2026
    rows = {r["body"]: r for r in data["rows"]}
    assert set(rows) == {"Samarbeidsstyret", "Ordfører- og rådmannsmøtet", "Dialogmøtet"}
    board_rule = "Samarbeidsavtalen 2019–2023: Samarbeidsstyret møtes minimum 4 ganger pr. år (gyldig 01.01.2019–)"
    assert list(rows["Samarbeidsstyret"]) == ["body", "required_min", "held", "planned", "cancelled", "compliant", "state", "rule"]
    assert rows["Samarbeidsstyret"] == {
        "body": "Samarbeidsstyret",
        "required_min": 4,
        "held": 3,
        "planned": 1,
        "cancelled": 0,
        "compliant": False,
        "state": "kan nås",
        "rule": board_rule,
    }
    year_2020 = {r["body"]: r for r in json.loads(run(*db_args(sample_db), "compliance", "--year", "2020", "--json")[1])["rows"]}
    assert year_2020["Dialogmøtet"] == {
        "body": "Dialogmøtet",
        "required_min": 1,
        "held": 0,
        "planned": 0,
        "cancelled": 1,
        "compliant": False,
        "state": "ikke oppfylt",
        "rule": "Samarbeidsavtalen 2019–2023: ett årlig dialogmøte (gyldig 01.01.2019–)",
    }


def test_board_json(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "board", "--on", "2026-11-23", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["on", "seats", "vacancies", "checks"]
    assert data["on"] == "2026-11-23" and len(data["seats"]) == 7
    assert data["vacancies"] == ["Midt-Buskerud"]
    assert {"board_region", "person", "municipality", "role", "term_start", "term_end", "vacant"} <= set(data["seats"][0])
    checks = {c["check"]: c for c in data["checks"]}
    assert not checks["regions_covered"]["ok"] and "Midt-Buskerud" in checks["regions_covered"]["reason"]
    assert all(set(c) == {"check", "id", "ok", "level", "reason", "rule"} for c in data["checks"])
    assert run(*db_args(sample_db), "board", "--on", "23.11.2026", "--json")[1] == out


def test_network_json(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "network", "--on", "2026-11-23", "--json")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["on", "seats", "vacancies", "checks"]
    assert len(data["seats"]) == 6 and data["vacancies"] == ["Ringeriksregionen"]
    assert data["checks"][0]["check"] == "areas_covered" and not data["checks"][0]["ok"]
    assert "Ringeriksregionen" in data["checks"][0]["reason"]


def test_history_json_newest_first(sample_db, run):
    code, out, _ = run(*db_args(sample_db), "history", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == sorted((r["id"] for r in rows), reverse=True)
    assert {"id", "imported_at", "who", "kind", "file_name", "added", "changed", "unchanged", "sha256", "undone", "summary"} <= set(rows[0])
    assert rows[0]["file_name"] == SAMPLE_FILES[-1]  # the last sample file init imports


def test_undo_reverts_the_last_import(fresh_sample_db, make_csv, run, snapshot):
    before = snapshot(fresh_sample_db)
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4500], ["Gol", 2027, 4990]])
    assert run(*db_args(fresh_sample_db), "import", path)[0] == 0
    code, out, _ = run(*db_args(fresh_sample_db), "undo")
    assert code == 0 and "folketall.csv" in out and "2 rader" in out
    history = ("imports", "import_changes", "_archive")  # the undone import stays in the history, marked undone
    after = snapshot(fresh_sample_db)
    assert {t: after[t] for t in after if t not in history} == {t: before[t] for t in before if t not in history}


def test_undo_leaves_the_reference_data_from_init(empty_db, run, snapshot):
    before = snapshot(empty_db)
    code, out, _ = run(*db_args(empty_db), "undo")
    assert code == 0 and "ingen import" in out
    assert snapshot(empty_db) == before


# -- the store says no ---------------------------------------------------------------------------


def test_a_newer_database_is_refused_with_a_clear_message(empty_db, run):
    with duckdb.connect(str(empty_db.path)) as connection:
        connection.execute("INSERT INTO schema_migrations VALUES (?, current_timestamp)", [len(MIGRATIONS) + 1])
    for command in (("dues", "--year", "2026"), ("history",), ("init",)):
        code, _, err = run(*db_args(empty_db), *command)
        assert code == 1
        assert f"skjemaversjon {len(MIGRATIONS) + 1}" in err and "Oppdater programmet" in err


def test_cli_waits_for_a_busy_database_then_exits_1(empty_db, make_csv, hold_read_write):
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496]])
    hold_read_write(empty_db.path)
    started = time.monotonic()
    done = python_m("--db", empty_db.path, "import", path, KHS_BUSY_WAIT_SECONDS="1")
    waited = time.monotonic() - started
    assert done.returncode == 1
    assert "i bruk av en annen prosess" in done.stderr and "Prøv igjen" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert waited >= 1  # it waited the second it was given before giving up


APP_READING = """
import pathlib, sys, time
from khs_data.database import Database
db, stop = Database(sys.argv[1]), pathlib.Path(sys.argv[2])
print("reading", flush=True)
reads = 0
while not stop.exists():
    db.query("SELECT count(*) FROM population")
    reads += 1
    time.sleep(0.01)
print(reads)
"""


def test_the_cli_imports_while_the_app_keeps_reading(fresh_sample_db, make_csv, tmp_path):
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4410]])
    stop = tmp_path / "stop"
    app = subprocess.Popen(
        [sys.executable, "-c", APP_READING, str(fresh_sample_db.path), str(stop)],
        cwd=config.PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert app.stdout.readline().strip() == "reading"
    done = python_m("--db", fresh_sample_db.path, "import", path)
    stop.touch()
    out, err = app.communicate(timeout=120)
    assert done.returncode == 0, done.stderr
    assert app.returncode == 0, err  # every read of the app succeeded, before, during and after the write
    assert int(out) > 0


def test_python_m_entry_point(sample_db):
    done = python_m("--db", sample_db.path, "compliance", "--year", "2026")
    assert done.returncode == 0 and "Samarbeidsstyret" in done.stdout


# -- one way to add a command, two ways to start it ------------------------------------------------

COMMAND_NAMES = [
    "init",
    "import",
    "dues",
    "compliance",
    "board",
    "network",
    "actionplan",
    "budget",
    "history",
    "undo",
    "export",
    "report",
    "ssb-update",
    "calendar",
    "agreement",
]


def test_every_module_in_commands_is_listed_once_in_help_order():
    folder = Path(commands.__file__).parent
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem not in ("__init__", "base"))
    listed = [c.run.__module__.removeprefix("khs_data.commands.") for c in commands.COMMANDS]
    assert sorted(listed) == modules  # a module left out of COMMANDS would be a command no one can run
    assert [c.name for c in commands.COMMANDS] == COMMAND_NAMES
    assert [c.name for c in commands.COMMANDS if c.creates_database] == ["init"]


def test_help_lists_every_command_under_the_name_it_was_started_by():
    done = python_m("--help")
    assert done.returncode == 0
    assert done.stdout.startswith("bruk: python -m khs_data ")
    listed = done.stdout.split("argumenter:")[1].split("valg:")[0]
    names = [line.split()[0] for line in listed.splitlines() if line.startswith("    ") and not line.startswith("      ")]
    assert names == COMMAND_NAMES


def khs_script() -> Path:
    """The console script pip installs from pyproject.toml ([project.scripts])."""
    script = Path(sysconfig.get_path("scripts")) / ("khs.exe" if os.name == "nt" else "khs")
    assert script.is_file(), f"{script} is missing: run pip install -r requirements-dev.txt (or pip install -e .)"
    return script


def test_the_khs_script_is_the_same_cli_from_any_folder(sample_db, tmp_path):
    args = ["--db", str(sample_db.path), "compliance", "--year", "2026", "--json"]
    khs = subprocess.run([khs_script(), *args], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert khs.returncode == 0, khs.stderr
    assert khs.stdout == python_m(*args).stdout
    assert json.loads(khs.stdout)["year"] == 2026
    helps = [subprocess.run([khs_script(), "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=120), python_m("--help")]
    assert [h.returncode for h in helps] == [0, 0]
    assert helps[0].stdout.startswith("bruk: khs ")
    assert helps[0].stdout.replace("bruk: khs ", "bruk: python -m khs_data ", 1) == helps[1].stdout
    usage = subprocess.run([khs_script(), "dues"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert usage.returncode == 2 and "khs dues: feil" in usage.stderr


@pytest.mark.parametrize(
    ("lang", "said"), [("nb", "feil: argument --year: ikke et heltall: 'x'"), ("nn", "feil: argument --year: ikkje eit heiltal: 'x'")]
)
def test_a_usage_error_is_told_in_norwegian_not_argparses_english(run, lang, said):
    code, _, err = run("dues", "--year", "x", "--lang", lang)
    assert code == 2 and said in err and err.startswith("bruk: ")
    assert not {"usage", "error", "invalid"} & set(re.findall(r"[a-z]+", err))
