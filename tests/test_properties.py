"""The agreement's invariants over generated histories, at random dates: members joining and giving
notice (also before the first notice rule), population series with gaps, board terms with gaps,
successors and overlaps, network seats, meetings with and without a status, payments.

Each history is written straight into a copy of the store `init` makes (the 21 members, the
number history, the shipped rules), as rows the import accepts."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from app_support import as_a_running_server, open_app  # noqa: F401 - fixture
from conftest import copy_database, db_args
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ui.state
from khs_data.database import Database
from khs_data.metrics.board import active_terms, board_seats
from khs_data.metrics.dues import dues_basis, dues_for_year, dues_total
from khs_data.metrics.meetings import meeting_compliance
from khs_data.metrics.members import is_member_on, members
from khs_data.metrics.overview import focus_date, key_figures
from khs_data.report.pack import annual_pack
from khs_data.rules import load_rules
from khs_data.statuses import ComplianceState, MeetingStatus, ProjectStatus, Role
from ui.navigation import PAGES as NAVIGATION

D = dt.date
FIRST, LAST = D(2018, 1, 1), D(2031, 12, 31)
PEOPLE = ("Ada Ås", "Bo Berg", "Cato Dal", "Dina Eng", "Eli Fjell", "Finn Gran", "Gro Haug", "Hans Is", "Ida Juv")
BODIES = ("Samarbeidsstyret", "Ordfører- og rådmannsmøtet", "Dialogmøtet", "BPA-nettverket")
PAGES = tuple(name for group in NAVIGATION.values() for name, _ in group)  # every page of the app

# Every read opens a connection to the file (khs_data.database), so one example costs about a
# second for the metrics and several for a deck or every page under AppTest: a dozen examples for
# the metric invariants, a handful for the deck and the pages. No deadline: a shared CI machine's
# timing is no verdict.
_QUIET = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
METRICS = settings(max_examples=12, deadline=None, suppress_health_check=_QUIET)
HEAVY = settings(max_examples=4, deadline=None, suppress_health_check=_QUIET)
PAGES_RUN = settings(max_examples=2, deadline=None, suppress_health_check=_QUIET)


@dataclass(frozen=True)
class History:
    register: tuple[tuple[str, D | None, D | None], ...]  # number, member since, notice date
    population: tuple[tuple[str, D, int], ...]
    terms: tuple[tuple[str, str, str, D, D | None], ...]  # person, municipality, role, start, end
    seats: tuple[tuple[str, str | None, str | None, D, D | None], ...]  # area, person, municipality, from, to
    meetings: tuple[tuple[D, str, str | None], ...]
    payments: tuple[tuple[str, int, D, int], ...]
    projects: tuple[tuple[str, str | None, D | None], ...]


@pytest.fixture(scope="module")
def register(_empty_template) -> pd.DataFrame:
    return _empty_template.query("SELECT number, board_region, lsu_area FROM municipalities ORDER BY number")


def dates(low: D = FIRST, high: D = LAST):
    return st.dates(min_value=low, max_value=high)


@st.composite
def histories(draw, register: pd.DataFrame) -> History:
    numbers = list(register["number"])
    rows = []
    for number in numbers:
        since = draw(st.sampled_from([None, D(2015, 1, 1), D(2019, 1, 1)]) | dates(D(2019, 1, 2), D(2026, 6, 30)))
        notice = None
        if draw(st.integers(0, 5)) == 0:
            notice = draw(dates(max(since or D(2016, 1, 1), D(2016, 1, 1)), D(2030, 12, 31)))
        rows.append((number, since, notice))
    years = draw(st.sets(st.integers(2017, 2031), max_size=8))
    population = tuple(
        (number, D(year, 1, 1), draw(st.integers(300, 150_000))) for year in sorted(years) for number in numbers if draw(st.integers(0, 9))
    )
    terms = []
    for _, group in register.groupby("board_region"):
        start = draw(dates(D(2018, 6, 1), D(2021, 1, 1)))
        for _ in range(draw(st.integers(0, 4))):
            length = draw(st.integers(30, 5 * 365))
            end = draw(st.none() | st.just(start + dt.timedelta(days=length)))
            role = draw(st.sampled_from(list(Role)))
            terms.append((draw(st.sampled_from(PEOPLE)), draw(st.sampled_from(list(group["number"]))), str(role), start, end))
            # The next term: a successor after a gap, the day after, or starting early (an overlap).
            start = start + dt.timedelta(days=draw(st.integers(length // 2, length + 400)))
    seats = []
    for area, group in register.dropna(subset=["lsu_area"]).groupby("lsu_area"):
        start = draw(dates(D(2018, 6, 1), D(2022, 1, 1)))
        for _ in range(draw(st.integers(0, 3))):
            person = draw(st.sampled_from([*PEOPLE[:4], "Navn oppdateres"]))
            municipality = None if person == "Navn oppdateres" else draw(st.none() | st.sampled_from(list(group["number"])))
            end = draw(st.none() | st.just(start + dt.timedelta(days=draw(st.integers(0, 1500)))))
            seats.append((area, person, municipality, start, end))
            start = start + dt.timedelta(days=draw(st.integers(1, 1500)))
    imported_on = draw(dates(D(2019, 1, 1), D(2031, 12, 31)))
    meetings = []
    for day in draw(st.sets(dates(D(2019, 1, 1), D(2031, 12, 31)), max_size=40)):
        held = [MeetingStatus.HELD] if day <= imported_on else []
        status = draw(st.sampled_from([None, MeetingStatus.PLANNED, MeetingStatus.CANCELLED, *held]))
        meetings.append((day, draw(st.sampled_from(BODIES)), None if status is None else str(status)))
    payments = tuple(
        (draw(st.sampled_from(numbers)), year, D(year, 1, draw(st.integers(1, 28))), draw(st.integers(0, 400_000)))
        for year in draw(st.sets(st.integers(2019, 2031), max_size=4))
    )
    projects = tuple(
        (f"Prosjekt {i}", draw(st.none() | st.sampled_from([str(s) for s in ProjectStatus])), draw(st.none() | dates()))
        for i in range(draw(st.integers(0, 4)))
    )
    return History(tuple(rows), population, tuple(terms), tuple(seats), tuple(meetings), payments, projects)


def build(history: History, template: Database) -> Database:
    db = copy_database(template, Path(tempfile.mkdtemp(prefix="khs-property-")))
    with db.writing() as connection:
        for number, since, notice in history.register:
            connection.execute("UPDATE municipalities SET member_since = ?, notice_date = ? WHERE number = ?", [since, notice, number])
        for table, rows in (
            ("population (municipality, date, count)", history.population),
            ("board_terms (person, municipality, role, term_start, term_end)", history.terms),
            ("network_seats (area, person, municipality, from_date, to_date)", history.seats),
            ("meetings (date, body, status)", history.meetings),
            ("payments (municipality, year, paid_date, amount_nok)", history.payments),
            ("projects (name, status, start_date)", history.projects),
        ):
            if rows:
                connection.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", list(rows))
    return db


def test_board_seats(_empty_template, register):
    @METRICS
    @given(history=histories(register), on=dates())
    def check(history, on):
        db = build(history, _empty_template)
        seats = board_seats(db, on)
        size = load_rules(db).at("board_size", on).number
        assert seats["board_region"].is_unique and len(seats) == register["board_region"].nunique() == size
        assert int((~seats["vacant"]).sum()) <= size  # regions covered never exceed the board
        counted = active_terms(db, on)
        counted = counted[counted["counted"]]
        assert (counted.groupby("board_region").size() <= 1).all()  # one counted seat per region
        assert counted["member"].all()  # a seat is counted only while its municipality is a member

    check()


def test_dues(_empty_template, register):
    @METRICS
    @given(history=histories(register), year=st.integers(2018, 2031), today=dates())
    def check(history, year, today):
        db = build(history, _empty_template)
        dues = dues_for_year(db, year, today)
        basis = dues_basis(db, year)
        known = dues[dues["population"].notna()]
        total = dues_total(dues)
        assert total == (int(known["amount_nok"].sum()) if len(known) else None)
        assert int(known["amount_nok"].sum()) == basis.rate_nok * int(known["population"].sum())
        register_now = members(db)
        due = pd.Timestamp(basis.due_date)
        members_on_due_date = {
            r.municipality_number for r in register_now.itertuples() if is_member_on(r.member_since, r.leaving_date, due.date())
        }
        assert set(dues["municipality_number"]) == members_on_due_date  # billed exactly when a member on the due date
        figures = key_figures(db, year, today)
        assert figures["members"] == len(dues)
        assert figures["population"] == int(known["population"].sum())
        assert figures["dues_total_nok"] == (total or 0)

    check()


def test_compliance(_empty_template, register):
    @METRICS
    @given(history=histories(register), on=dates())
    def check(history, on):
        db = build(history, _empty_template)
        for row in meeting_compliance(db, None, on).itertuples():
            assert row.compliant == (row.state == ComplianceState.MET)
            if row.held >= row.required_min:
                assert row.state == ComplianceState.MET
            elif row.year < on.year:
                assert row.state == ComplianceState.NOT_MET
            else:
                expected = ComplianceState.REACHABLE if row.held + row.planned >= row.required_min else ComplianceState.TOO_FEW_PLANNED
                assert row.state == expected

    check()


def test_the_decks_failing_checks_are_the_clis(_empty_template, register, run):
    @HEAVY
    @given(history=histories(register), year=st.integers(2019, 2030), today=dates(D(2019, 1, 1), D(2030, 12, 31)))
    def check(history, year, today):
        db = build(history, _empty_template)
        on = focus_date(year, today)
        failing = set()
        for command in ("board", "network"):
            code, out, err = run(*db_args(db), command, "--on", on.isoformat(), "--json")
            assert code == 0, err
            failing |= {c["id"] for c in json.loads(out)["checks"] if not c["ok"] and c["level"] == "krav"}
        code, out, err = run(*db_args(db), "compliance", "--year", year, "--on", today.isoformat(), "--json")
        assert code == 0, err
        started = today >= D(year, 1, 1)  # a year not begun is not judged yet
        short = [
            r["body"] for r in json.loads(out)["rows"] if r["state"] == "ikke oppfylt" or (r["state"] == "for få planlagt" and started)
        ]
        decisions = annual_pack(db, year, today).frames["decisions"]
        rules = decisions.loc[decisions["group"] == "rules", "check"]
        assert set(rules.dropna()) - {"meetings_minimum"} == failing
        assert int((rules == "meetings_minimum").sum()) == len(short)  # one decision per body short of its minimum

    check()


@pytest.mark.usefixtures("as_a_running_server")
def test_every_page_runs_on_every_generated_database(_empty_template, register):
    @PAGES_RUN
    @given(history=histories(register), today=dates(D(2019, 1, 1), D(2030, 12, 31)), lang=st.sampled_from(["nb", "nn"]))
    def check(history, today, lang):
        db = build(history, _empty_template)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(ui.state, "today", lambda: today)
            app = open_app(db.path, f"pages/{PAGES[0]}.py", year=today.year, lang=lang)
            for page in PAGES[1:]:
                app.switch_page(f"pages/{page}.py").run()
                assert not app.exception, (page, app.exception)
            app.session_state["meeting_mode"] = True
            app.run()
            assert not app.exception, ("møtemodus", app.exception)

    check()
