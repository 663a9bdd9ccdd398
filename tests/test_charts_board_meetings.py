"""The board timeline and the meeting charts, and the board/meeting metrics behind them, on the
sample data seen from 23.11.2026."""

from __future__ import annotations

import datetime as dt
import re
import string

import pandas as pd
import pytest

from khs_data.catalogue import TEXTS
from khs_data.charts.board import board_timeline
from khs_data.charts.meetings import COMPLIANCE_STATES, compliance_heatmap, year_by_quarter
from khs_data.charts.theme import AMBER, BLUE, GREEN, VERMILLION
from khs_data.metrics.board import board_terms, board_vacancies, term_states
from khs_data.metrics.board_checks import board_checks
from khs_data.metrics.meetings import meeting_compliance, meetings_by_quarter
from khs_data.statuses import ComplianceState
from khs_data.vocabulary import BOARD, DIALOGUE_MEETING, MAYORS_MEETING
from khs_data.wording import check_reason, check_rule

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def terms(sample_db):
    return board_terms(sample_db)


@pytest.fixture(scope="module")
def compliance(sample_db):
    return meeting_compliance(sample_db, None, TODAY)


def term_bars(figure) -> int:
    return sum(len(trace.y) for trace in figure.data if trace.meta == "term")


# -- the board timeline ------------------------------------------------------------------------


def test_timeline_has_one_bar_per_term_and_a_today_line(sample_db, terms):
    figure = board_timeline(terms, board_vacancies(sample_db, TODAY), TODAY, TODAY)
    assert term_bars(figure) == len(terms)
    lines = [s for s in figure.layout.shapes if s.type == "line"]
    assert [pd.Timestamp(s.x0) for s in lines] == [pd.Timestamp(TODAY)]
    assert any("I dag 23.11.2026" in a.text for a in figure.layout.annotations)


def test_timeline_marks_ending_terms_vacancies_and_computed_ends(sample_db, terms):
    figure = board_timeline(terms, board_vacancies(sample_db, TODAY), TODAY, TODAY)
    ending = next(trace for trace in figure.data if trace.name == "Går ut innen 6 mnd.")
    assert sorted(t.split("<br>")[0] for t in ending.text) == ["Anders Prøvebakken", "Kari Testmo", "Nina Skissebø", "Solveig Fiktivdal"]
    vacant = next(trace for trace in figure.data if trace.meta == "vacancy")
    assert list(vacant.y) == ["Midt-Buskerud"]
    hatched = sum(shape == "/" for trace in figure.data if trace.meta == "term" for shape in trace.marker.pattern.shape)
    assert hatched == int(terms["end_computed"].sum()) > 0
    starred = [t for trace in figure.data if trace.meta == "term" for t in trace.text if t.split("<br>")[0].endswith("*")]
    assert len(starred) == hatched
    too_long = next(trace for trace in figure.data if trace.meta == "too_long")
    assert list(too_long.y) == ["Drammensområdet"]  # Jonas Skisserud, Lier 2021–2023 under the 2-year rule


def test_timeline_shows_a_chosen_date_beside_today_in_nynorsk(sample_db, terms):
    chosen = dt.date(2022, 6, 1)
    figure = board_timeline(terms, board_vacancies(sample_db, chosen), chosen, TODAY, lang="nn")
    assert sorted(pd.Timestamp(s.x0) for s in figure.layout.shapes) == [pd.Timestamp(chosen), pd.Timestamp(TODAY)]
    assert any("Vald dato 01.06.2022" in a.text for a in figure.layout.annotations)
    assert term_bars(figure) == len(terms)
    assert any("leiar" in t for trace in figure.data if trace.meta == "term" for t in trace.text)


def test_timeline_text_is_readable(sample_db, terms):
    figure = board_timeline(terms, board_vacancies(sample_db, TODAY), TODAY, TODAY, title="Tittel")
    assert all(trace.textfont.size >= 14 for trace in figure.data if trace.text is not None)
    assert figure.layout.font.size >= 14 and figure.layout.separators == ", "


# -- the meeting charts ------------------------------------------------------------------------


def test_heatmap_cells_match_compliance(compliance):
    figure = compliance_heatmap(compliance, focus_year=2026)
    heat = figure.data[0]
    years, bodies = [int(x) for x in heat.x], list(heat.y)
    assert bodies == [BOARD, MAYORS_MEETING, DIALOGUE_MEETING]
    assert len(compliance) == len(bodies) * len(years) > 0  # one row for every cell of the map
    for row in compliance.itertuples():
        i, j = bodies.index(row.body), years.index(row.year)
        assert heat.text[i][j] == f"{row.held}/{row.required_min}"
        assert heat.z[i][j] == COMPLIANCE_STATES.index(row.state)
    assert heat.textfont.size >= 20
    frame = figure.layout.shapes[0]
    assert (frame.x0 + frame.x1) / 2 == years.index(2026)


def test_heatmap_colours_are_colour_blind_safe(compliance):
    heat = compliance_heatmap(compliance).data[0]
    colours = {colour for _, colour in heat.colorscale}
    assert {BLUE, VERMILLION, AMBER} <= colours  # Okabe–Ito blue, vermillion, orange (darkened)
    assert GREEN not in colours  # no green against vermillion


def test_year_by_quarter_counts_every_meeting(sample_db, compliance):
    by_quarter = meetings_by_quarter(sample_db, 2020)
    figure = year_by_quarter(by_quarter, compliance[compliance["year"] == 2020])
    shown = {}
    for trace in figure.data:
        shown[trace.name] = shown.get(trace.name, 0) + sum(v or 0 for v in trace.y)
    expected = by_quarter.groupby("status")["meetings"].sum()
    assert shown == {"Avholdt": expected["avholdt"], "Planlagt": 0, "Avlyst": expected["avlyst"]}
    assert [a.text.split("<br>")[0] for a in figure.layout.annotations] == [BOARD, MAYORS_MEETING, DIALOGUE_MEETING]


# -- the metrics behind them (sample facts) ----------------------------------------------------


def test_vacancy_of_midt_buskerud(sample_db):
    vacancies = board_vacancies(sample_db, TODAY)
    assert vacancies.to_dict("records") == [
        {"board_region": "Midt-Buskerud", "vacant_from": pd.Timestamp(2026, 3, 1), "vacant_to": pd.Timestamp(TODAY), "ongoing": True}
    ]
    assert board_vacancies(sample_db, dt.date(2025, 12, 31)).empty


def test_term_states(terms):
    states = term_states(terms, TODAY)
    ending = terms.loc[states == "ending", "person"].tolist()
    assert sorted(ending) == ["Anders Prøvebakken", "Kari Testmo", "Nina Skissebø", "Solveig Fiktivdal"]
    assert set(terms.loc[states == "future", "person"]) == {"Solveig Fiktivdal", "Petter Oppdiktrud"}


def test_board_checks_in_both_languages(sample_db):
    checks = {c.id: c for c in board_checks(sample_db, dt.date(2022, 6, 1))}
    term = checks["term_length"]
    assert not term.ok and "Jonas Skisserud (Lier, 01.01.2021–31.12.2023, regel 2 år)" in check_reason(term)
    assert "virketid 2 år" in check_rule(term)
    assert "styreregionane" in check_reason(checks["regions_covered"], "nn")
    today = {c.id: c for c in board_checks(sample_db, TODAY)}
    assert not today["regions_covered"].ok and "Midt-Buskerud" in check_reason(today["regions_covered"])


def test_meeting_states(compliance):
    state = compliance.set_index(["year", "body"])["state"]
    assert state[(2020, BOARD)] == state[(2023, BOARD)] == ComplianceState.NOT_MET
    assert state[(2021, MAYORS_MEETING)] == state[(2020, DIALOGUE_MEETING)] == ComplianceState.NOT_MET
    assert state[(2026, BOARD)] == ComplianceState.REACHABLE
    assert state[(2027, BOARD)] == ComplianceState.TOO_FEW_PLANNED
    assert set(compliance["state"]) <= set(COMPLIANCE_STATES)


@pytest.mark.parametrize("prefix", ["board.", "meetings."])
def test_texts_complete_in_both_languages(prefix):
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    keys = [key for key in TEXTS if key.startswith(prefix)]
    assert keys
    for key in keys:
        bokmal, nynorsk = TEXTS[key]
        assert bokmal.strip() and nynorsk.strip(), key
        assert fields(bokmal) == fields(nynorsk), key
        assert not re.search(r"\b(ikke|fra|hvem|mer enn)\b", nynorsk), f"bokmål word in nynorsk: {key}"
