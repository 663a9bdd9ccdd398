"""The action plan: importing it (templates and hand-made files), what is refused, what is overdue
on a date, focus-area progress, and the `actionplan` command's JSON."""

from __future__ import annotations

import datetime as dt
import io
import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from khs_data import cli
from khs_data.importer import commit_import, plan_edit, plan_import, run_import, undo_last
from khs_data.metrics.actionplan import action_plan, is_overdue
from khs_data.problems import ImportRefused
from khs_data.statuses import MeasureStatus
from khs_data.templates import stored_rows, template_bytes

D = dt.date
SAMPLE_TODAY = D(2026, 11, 23)
HEADER = ["År", "Fokusområde", "Tiltak", "Ansvarlig", "Frist", "Status", "Prosjekt", "Merknad"]


def refused(db, path, snapshot, kind=None) -> list:
    before = snapshot(db)
    with pytest.raises(ImportRefused) as caught:
        run_import(db, path, kind=kind)
    assert snapshot(db) == before
    return caught.value.problems


def only(problems):
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


def measures(db, year: int) -> dict[str, dict]:
    frame = db.query("SELECT * FROM action_measures WHERE year = ?", [year])
    return {r["measure"]: r for r in frame.to_dict("records")}


# -- import ----------------------------------------------------------------------------------


def test_a_filled_in_template_imports(fresh_sample_db, tmp_path):
    book = load_workbook(io.BytesIO(template_bytes(fresh_sample_db, "actionplan")))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == HEADER
    rows = [
        (2027, "Rekruttering", "Felles stillingsbank", "Koordinator", dt.datetime(2027, 5, 1), "ikke startet", None, None),
        (
            2027,
            "Rekruttering",
            "Traineeordning",
            "Styreleder",
            dt.datetime(2027, 9, 1),
            "pågår",
            "Kompetanseløft for helsefagarbeidere",
            "x",
        ),
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    path = tmp_path / "handlingsplan.xlsx"
    book.save(path)
    plan = plan_import(fresh_sample_db, path)
    assert plan.kind.name == "actionplan" and plan.added == 2
    commit_import(fresh_sample_db, plan, "test")
    stored = measures(fresh_sample_db, 2027)
    assert stored["Traineeordning"]["project"] == "Kompetanseløft for helsefagarbeidere"
    assert stored["Felles stillingsbank"]["deadline"].date() == D(2027, 5, 1)


def test_the_template_lists_statuses_and_the_projects_on_record(sample_db):
    book = load_workbook(io.BytesIO(template_bytes(sample_db, "actionplan")))
    lists = book["Lister"]
    columns = {lists.cell(row=1, column=c).value: c for c in range(1, 9) if lists.cell(row=1, column=c).value}
    statuses = [lists.cell(row=r, column=columns["Status"]).value for r in range(2, 7)]
    assert statuses == [s.value for s in MeasureStatus]
    projects = [c.value for c in lists[lists.cell(row=1, column=columns["Prosjekt"]).column_letter][1:] if c.value]
    assert "Velferdsteknologi i små kommuner" in projects and len(projects) == 12


def test_a_hand_made_csv_with_other_headers_and_status_in_any_case(fresh_sample_db, make_csv):
    path = make_csv(
        "plan.csv",
        [
            ["Handlingsplan 2027 (utkast)"],
            ["year", "Satsingsområde", "Aktivitet", "Eier", "Tidsfrist", "STATUS", "Project"],
            ["2027", "Digitalisering", "Felles e-læring", "Koordinator", "01.03.2027", "PÅGÅR", "velferdsteknologi i SMÅ kommuner"],
            ["2027", "Digitalisering", "Felles chatbot", "", "2027-06-30", "Fullført", ""],
            ["2027", "Digitalisering", "Felles app", "Styret", "", "", ""],
            ["2027", "Digitalisering", "Pilot", "Styret", "", "Ikke Startet", ""],
        ],
    )
    plan = plan_import(fresh_sample_db, path)
    assert plan.kind.name == "actionplan"
    commit_import(fresh_sample_db, plan, "test")
    stored = measures(fresh_sample_db, 2027)
    assert {m: r["status"] for m, r in stored.items()} == {
        "Felles e-læring": "pågår",
        "Felles chatbot": "fullført",
        "Felles app": "ikke startet",  # an empty status is a measure not started
        "Pilot": "ikke startet",
    }
    assert stored["Felles e-læring"]["project"] == "Velferdsteknologi i små kommuner"  # the project's own spelling


def test_the_same_measure_in_the_same_year_and_focus_area_is_the_same_row(fresh_sample_db, make_csv):
    first = make_csv("a.csv", [HEADER, [2027, "Digitalisering", "Felles e-læring", "Koordinator", "01.03.2027", "pågår", "", ""]])
    run_import(fresh_sample_db, first)
    again = make_csv("b.csv", [HEADER, [2027, "Digitalisering", "Felles e-læring", "Koordinator", "01.03.2027", "fullført", "", ""]])
    plan = plan_import(fresh_sample_db, again)
    assert (plan.added, plan.changed) == (0, 1)
    other_area = make_csv("c.csv", [HEADER, [2027, "Kompetanse", "Felles e-læring", "Koordinator", "01.03.2027", "pågår", "", ""]])
    assert plan_import(fresh_sample_db, other_area).added == 1


def test_without_a_status_column_a_reimport_keeps_the_statuses(fresh_sample_db, make_csv):
    run_import(fresh_sample_db, make_csv("a.csv", [HEADER, [2027, "D", "Tiltak A", "K", "01.03.2027", "fullført", "", ""]]))
    plan = plan_import(
        fresh_sample_db, make_csv("b.csv", [["År", "Fokusområde", "Tiltak", "Frist"], [2027, "D", "Tiltak A", "01.04.2027"]])
    )
    assert plan.kind.name == "actionplan"
    assert plan.changes[0].after["status"] == "fullført" and plan.changes[0].after["deadline"] == D(2027, 4, 1)


def test_an_unknown_status_is_refused_naming_row_column_and_value(sample_db, make_csv, snapshot):
    path = make_csv(
        "plan.csv",
        [HEADER, [2026, "D", "Tiltak A", "K", "01.03.2026", "pågår", "", ""], [2026, "D", "Tiltak B", "K", "", "nesten ferdig", "", ""]],
    )
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.row, problem.column, problem.value) == (3, "Status", "nesten ferdig")
    assert "ikke startet, pågår, fullført, utsatt, avlyst" in problem.message
    assert "plan.csv, rad 3, kolonne «Status»" in problem.describe()


def test_a_deadline_that_does_not_exist_is_refused(sample_db, make_csv, snapshot):
    path = make_csv("plan.csv", [HEADER, [2026, "D", "Tiltak A", "K", "31.02.2026", "pågår", "", ""]])
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.row, problem.column, problem.value) == (2, "Frist", "31.02.2026")
    assert "den dagen finnes ikke" in problem.message


def test_a_measure_naming_a_project_that_does_not_exist_is_refused(sample_db, make_csv, snapshot):
    path = make_csv("plan.csv", [HEADER, [2026, "D", "Tiltak A", "K", "01.03.2026", "pågår", "Månelanding", ""]])
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.row, problem.column, problem.value) == (2, "Prosjekt", "Månelanding")
    assert problem.message.startswith("er ikke et prosjekt i prosjektlisten")


def test_with_no_projects_on_record_the_message_says_to_upload_them_first(empty_db, make_csv, snapshot):
    path = make_csv("plan.csv", [HEADER, [2026, "D", "Tiltak A", "K", "01.03.2026", "pågår", "Legevakt", ""]])
    assert "last opp prosjektene først" in only(refused(empty_db, path, snapshot)).message


def test_missing_required_columns_are_named(sample_db, make_csv, snapshot):
    path = make_csv("plan.csv", [["År", "Fokusområde", "Ansvarlig"], [2026, "D", "K"]])
    problem = only(refused(sample_db, path, snapshot, kind="actionplan"))
    assert problem.message == "Mangler kolonnen «Tiltak» for filtypen «Handlingsplan»."


def test_undo_removes_the_imported_measures(fresh_sample_db, make_csv, snapshot):
    before = snapshot(fresh_sample_db)
    run_import(fresh_sample_db, make_csv("plan.csv", [HEADER, [2027, "D", "Tiltak A", "K", "01.03.2027", "pågår", "", ""]]))
    assert undo_last(fresh_sample_db)["kind"] == "actionplan"
    after = snapshot(fresh_sample_db)
    assert after["action_measures"] == before["action_measures"]


def test_editing_in_place_changes_one_status(fresh_sample_db):
    rows = stored_rows(fresh_sample_db, "actionplan")
    target = rows.index[rows["measure"] == "Felles rekrutteringskampanje for sykepleiere"][0]
    rows.loc[target, "status"] = "pågår"
    plan = plan_edit(fresh_sample_db, "actionplan", rows)
    assert [c.after["status"] for c in plan.changes] == ["pågår"] and plan.removed == 0
    rows.loc[target, "status"] = "halvveis"
    with pytest.raises(ImportRefused) as caught:
        plan_edit(fresh_sample_db, "actionplan", rows)
    assert caught.value.problems[0].value == "halvveis"


# -- overdue and progress ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "deadline, status, overdue",
    [
        (D(2026, 11, 22), "pågår", True),
        (D(2026, 11, 22), "ikke startet", True),
        (D(2026, 11, 22), "utsatt", True),  # postponed without a new deadline is still late
        (D(2026, 11, 22), "fullført", False),
        (D(2026, 11, 22), "avlyst", False),
        (D(2026, 11, 23), "pågår", False),  # the deadline day itself is in time
        (None, "pågår", False),
    ],
)
def test_a_measure_is_overdue_past_its_deadline_unless_done_or_cancelled(deadline, status, overdue):
    assert is_overdue(deadline, status, D(2026, 11, 23)) is overdue


def test_the_sample_year_has_two_overdue_measures(sample_db):
    plan = action_plan(sample_db, 2026, SAMPLE_TODAY)
    assert list(plan.overdue["measure"]) == [
        "Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner",
        "Felles rekrutteringskampanje for sykepleiere",
    ]
    areas = plan.focus_areas.set_index("name")
    assert areas.loc["Helhetlige pasientforløp", ["measures", "done", "overdue"]].tolist() == [3, 1, 1]
    assert int(areas["measures"].sum()) == len(plan.measures) == 10
    assert action_plan(sample_db, 2025, SAMPLE_TODAY).overdue.empty


def test_a_measure_whose_project_was_removed_still_shows(fresh_sample_db):
    portfolio = stored_rows(fresh_sample_db, "projects")
    kept = portfolio[portfolio["name"] != "Velferdsteknologi i små kommuner"]
    commit_import(fresh_sample_db, plan_edit(fresh_sample_db, "projects", kept), "test")
    plan = action_plan(fresh_sample_db, 2026, SAMPLE_TODAY)
    row = plan.measures[plan.measures["measure"] == "Felles innkjøp av velferdsteknologi for små kommuner"].iloc[0]
    assert row["project"] == "Velferdsteknologi i små kommuner" and pd.isna(row["project_status"])


measure_rows = st.lists(
    st.tuples(
        st.sampled_from(["Område A", "Område B", "Område C"]),
        st.integers(0, 400).map(lambda days: D(2026, 1, 1) + dt.timedelta(days=days)),
        st.sampled_from([s.value for s in MeasureStatus]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=measure_rows, on=st.integers(0, 400).map(lambda days: D(2026, 1, 1) + dt.timedelta(days=days)))
def test_progress_adds_up_for_any_plan_and_date(empty_db, make_csv, rows, on):
    """Over generated plans: every measure is counted once, done = fullført, and overdue is
    exactly the measures past their deadline that are neither done nor cancelled."""
    path = make_csv(
        "plan.csv",
        [HEADER] + [[2026, area, f"Tiltak {i}", "K", deadline, status, "", ""] for i, (area, deadline, status) in enumerate(rows)],
    )
    run_import(empty_db, path)
    plan = action_plan(empty_db, 2026, on)
    undo_last(empty_db)
    assert int(plan.focus_areas["measures"].sum()) == len(rows)
    assert int(plan.focus_areas["done"].sum()) == sum(status == "fullført" for _, _, status in rows)
    assert int(plan.focus_areas["overdue"].sum()) == sum(d < on and status not in ("fullført", "avlyst") for _, d, status in rows)


# -- the command -------------------------------------------------------------------------------


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_actionplan_json_has_the_issues_keys_and_the_metrics_figures(sample_db, capsys):
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "actionplan", "--year", 2026, "--on", "2026-11-23", "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == ["year", "on", "focus_areas", "measures"]
    assert (data["year"], data["on"]) == (2026, "2026-11-23")
    assert all(list(a) == ["name", "measures", "done", "overdue"] for a in data["focus_areas"])
    assert all(list(m) == ["focus_area", "measure", "owner", "deadline", "status", "overdue", "project"] for m in data["measures"])
    overdue = [m for m in data["measures"] if m["overdue"]]
    assert [(m["measure"], m["deadline"], m["status"]) for m in overdue] == [
        ("Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner", "2026-09-30", "pågår"),
        ("Felles rekrutteringskampanje for sykepleiere", "2026-06-15", "utsatt"),
    ]
    assert overdue[0]["project"] == "ØHD-senger – felles kvalitetsindikatorer" and overdue[1]["project"] is None
    assert sum(a["overdue"] for a in data["focus_areas"]) == 2
    assert {a["name"]: a["measures"] for a in data["focus_areas"]} == {
        "Digitalisering og velferdsteknologi": 2,
        "Helhetlige pasientforløp": 3,
        "Rekruttering og kompetanse": 2,
        "Samhandling med Vestre Viken": 3,
    }


def test_actionplan_on_an_earlier_date_has_nothing_overdue_yet(sample_db, capsys):
    _, out, _ = run_cli(capsys, "--db", sample_db.path, "actionplan", "--year", 2026, "--on", "01.01.2026", "--json")
    assert not any(m["overdue"] for m in json.loads(out)["measures"])


def test_actionplan_text_and_a_year_without_a_plan(sample_db, capsys):
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "actionplan", "--year", 2026, "--on", "2026-11-23")
    assert code == 0 and "FORFALT" in out and "30.09.2026" in out
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "actionplan", "--year", 2030)
    assert code == 0 and out.strip() == "Ingen handlingsplan er registrert for 2030."
