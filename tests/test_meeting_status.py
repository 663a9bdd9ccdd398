"""A meeting's status when the file leaves it empty is decided on the date the figures are for,
not frozen on the day of import; a meeting marked held on a date still ahead is refused; and each
body's year has one state, the same in the CLI and on the Møter page."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from conftest import db_args

from khs_data.catalogue import text
from khs_data.importer import commit_import, plan_import
from khs_data.problems import ImportRefused

D = dt.date


def compliance(run, db, year: int, on: str | None = None) -> dict[str, dict]:
    args = ["compliance", "--year", year, "--json"] + (["--on", on] if on else [])
    code, out, err = run(*db_args(db), *args)
    assert code == 0, err
    return {r["body"]: r for r in json.loads(out)["rows"]}


@pytest.fixture
def board_year(empty_db, make_csv):
    """Four board meetings in 2026, only the first with a status, imported on 01.03.2026."""
    path = make_csv(
        "moter.csv",
        [
            ["Dato", "Organ", "Status"],
            ["10.02.2026", "Samarbeidsstyret", "avholdt"],
            ["10.04.2026", "Samarbeidsstyret", None],
            ["10.09.2026", "Samarbeidsstyret", None],
            ["10.12.2026", "Samarbeidsstyret", None],
        ],
    )
    commit_import(empty_db, plan_import(empty_db, path, today=D(2026, 3, 1)), "test")
    return empty_db


def test_an_empty_status_is_decided_on_the_date_of_the_figures(board_year, run):
    early = compliance(run, board_year, 2026, "2026-03-01")["Samarbeidsstyret"]
    assert (early["held"], early["planned"], early["state"]) == (1, 3, "kan nås")
    later = compliance(run, board_year, 2026, "2026-11-01")["Samarbeidsstyret"]
    assert (later["held"], later["planned"], later["state"]) == (3, 1, "kan nås")
    after = compliance(run, board_year, 2026, "2027-01-05")["Samarbeidsstyret"]
    assert (after["held"], after["planned"], after["state"], after["compliant"]) == (4, 0, "oppfylt", True)


def test_the_stored_status_stays_empty(board_year):
    statuses = board_year.query("SELECT coalesce(status, '(tom)') AS s FROM meetings ORDER BY date")["s"].tolist()
    assert statuses == ["avholdt", "(tom)", "(tom)", "(tom)"]


def test_a_meeting_marked_held_after_the_day_of_import_is_refused(empty_db, make_csv, snapshot):
    path = make_csv(
        "moter.csv", [["Dato", "Organ", "Status"], ["10.02.2026", "Samarbeidsstyret", "avholdt"], ["10.12.2026", "Styret", "Avholdt"]]
    )
    before = snapshot(empty_db)
    with pytest.raises(ImportRefused) as refused:
        plan_import(empty_db, path, today=D(2026, 11, 23))
    assert "moter.csv, rad 3, kolonne «Status»: verdien «Avholdt»" in str(refused.value)
    assert "10.12.2026" in str(refused.value)
    assert snapshot(empty_db) == before


def test_the_four_states(sample_db, run):
    assert compliance(run, sample_db, 2025, "2026-01-05")["Samarbeidsstyret"]["state"] == "oppfylt"
    done = compliance(run, sample_db, 2023, "2026-11-23")["Samarbeidsstyret"]
    assert (done["held"], done["state"], done["compliant"]) == (3, "ikke oppfylt", False)
    now = compliance(run, sample_db, 2026, "2026-11-23")["Samarbeidsstyret"]
    assert (now["held"], now["planned"], now["state"], now["compliant"]) == (3, 1, "kan nås", False)
    ahead = compliance(run, sample_db, 2027, "2026-11-23")["Samarbeidsstyret"]
    assert (ahead["planned"], ahead["state"]) == (2, "for få planlagt")
    for row in (done, now, ahead):
        assert "Samarbeidsavtalen 2019–2023" in row["rule"] and "2019" in row["rule"]


def test_compliant_is_true_exactly_when_the_state_is_oppfylt(sample_db, run):
    for year in range(2019, 2028):
        for row in compliance(run, sample_db, year, "2026-11-23").values():
            assert row["compliant"] == (row["state"] == "oppfylt")
            assert row["state"] in {"oppfylt", "kan nås", "for få planlagt", "ikke oppfylt"}


@pytest.mark.usefixtures("as_a_running_server")
def test_the_page_shows_the_state_the_cli_gives(sample_db, run, on_the_sample_date):
    states = compliance(run, sample_db, 2026, on_the_sample_date.isoformat())
    app = open_app(sample_db.path, "pages/moter.py", year=2026)
    page = " ".join(m.value for m in app.markdown)
    for row in states.values():
        assert text(f"meetings.state.{row['state']}") in page


def test_the_state_of_a_year_not_over_follows_held_plus_planned_as_the_cli_gives_them(empty_db, make_csv, run):
    """`kan nås` is held + planned ≥ minimum, with `planned` as the JSON gives it: a meeting still
    marked «planlagt» after its date (not yet marked held) counts among the planned."""
    path = make_csv(
        "moter.csv",
        [
            ["Dato", "Organ", "Status"],
            ["10.02.2028", "Samarbeidsstyret", None],
            ["10.04.2028", "Samarbeidsstyret", None],
            ["10.09.2028", "Samarbeidsstyret", None],
            ["30.11.2028", "Samarbeidsstyret", "planlagt"],
        ],
    )
    commit_import(empty_db, plan_import(empty_db, path, today=D(2026, 3, 1)), "test")
    row = compliance(run, empty_db, 2028, "2028-12-01")["Samarbeidsstyret"]
    assert (row["held"], row["planned"], row["required_min"]) == (3, 1, 4)
    assert (row["state"], row["compliant"]) == ("kan nås", False)
