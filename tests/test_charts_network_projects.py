"""The chart builders of Nettverk and Prosjekter (frame in, figure out), and the metric functions
added for them: seat timelines, vacancies, the funding summary and the project filter."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from khs_data.bootstrap import init_database
from khs_data.charts.network import seat_timeline
from khs_data.charts.projects import funding_chart, portfolio_timeline, status_chart
from khs_data.charts.theme import BAD
from khs_data.database import Database
from khs_data.metrics.board import board_seats
from khs_data.metrics.network import _seat_spans, board_timeline, board_vacancies, network_seats, network_timeline, network_vacancies
from khs_data.metrics.projects import funding_summary, projects, select_projects

DAY = pd.Timedelta(days=1)
ON = dt.date(2026, 11, 23)
STATUS_LABELS = {"pågår": "pågår", "planlagt": "planlagt", "avsluttet": "avsluttet", "avbrutt": "avbrutt", "": "uten status"}


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    database = Database(tmp_path_factory.mktemp("charts") / "khs.duckdb")
    init_database(database, sample=True)
    return database


def stamp(text: str) -> pd.Timestamp:
    return pd.Timestamp(text)


def bar_end(trace, i: int) -> pd.Timestamp:
    """Last day a horizontal date bar covers (bars run through their last day)."""
    return pd.Timestamp(trace.base[i]) + pd.Timedelta(milliseconds=float(trace.x[i])) - DAY


def assert_projector_ready(figure) -> None:
    assert figure.layout.separators == ", "
    assert figure.layout.font.size >= 14
    assert figure.layout.title.text


# -- metrics: who held each seat ------------------------------------------------------------


def seat_rows(*rows) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "seat": s,
                "person": p,
                "municipality": m,
                "start": stamp(a),
                "to_date": stamp(b) if b else pd.NaT,
                "vacant": p is None or p == "Navn oppdateres",
            }
            for s, p, m, a, b in rows
        ]
    )


def test_spans_fill_gaps_merge_reelections_and_stop_at_the_date():
    rows = seat_rows(
        ("A", "Kari", "Hole", "2019-01-01", "2020-12-31"),
        ("A", "Kari", "Hole", "2021-01-01", "2022-06-30"),  # re-elected: one span
        ("A", "Per", "Modum", "2023-01-01", None),  # half a year nobody before him
        ("B", "Navn oppdateres", None, "2019-01-01", None),
    )
    spans = _seat_spans(rows, ["A", "B", "C"], stamp("2025-06-30"))
    a = spans[spans["seat"] == "A"].reset_index(drop=True)
    assert list(a["person"].fillna("–")) == ["Kari", "–", "Per"]
    assert list(a["vacant"]) == [False, True, False]
    assert (a.loc[0, "start"], a.loc[0, "end"]) == (stamp("2019-01-01"), stamp("2022-06-30"))
    assert (a.loc[1, "start"], a.loc[1, "end"], a.loc[1, "recorded"]) == (stamp("2022-07-01"), stamp("2022-12-31"), False)
    assert a.loc[2, "end"] == stamp("2025-06-30") and a.loc[2, "ongoing"]
    b = spans[spans["seat"] == "B"]
    assert len(b) == 1 and b.iloc[0]["vacant"] and b.iloc[0]["recorded"]
    c = spans[spans["seat"] == "C"]  # never recorded: vacant over the whole window
    assert len(c) == 1 and c.iloc[0]["vacant"] and not c.iloc[0]["recorded"]


def test_a_later_record_ends_the_one_before():
    rows = seat_rows(("A", "Kari", "Hole", "2019-01-01", None), ("A", "Per", "Modum", "2021-01-01", None))
    spans = _seat_spans(rows, ["A"], stamp("2022-01-01"))
    assert list(spans["end"]) == [stamp("2020-12-31"), stamp("2022-01-01")]
    assert not spans["vacant"].any()


def test_nothing_before_the_first_record():
    rows = seat_rows(("A", "Kari", "Hole", "2019-01-01", None))
    assert _seat_spans(rows, ["A"], stamp("2018-06-30")).empty


def test_sample_vacancies(db):
    network = network_vacancies(db, ON)
    assert network.to_dict("records") == [{"area": "Ringeriksregionen", "vacant_since": stamp("2021-01-01"), "ever_held": True}]
    board = board_vacancies(db, ON)
    assert list(board["board_region"]) == ["Midt-Buskerud"]
    assert board.iloc[0]["vacant_since"] == stamp("2026-03-01")


def test_sample_person_changes(db):
    spans = network_timeline(db, ON)
    filled = spans[~spans["vacant"]]
    changed = filled.groupby("area")["start"].apply(lambda s: list(s[1:]))
    assert changed["Asker"] == [stamp("2023-01-01")]
    assert changed["Drammensregionen"] == [stamp("2021-07-01")]
    assert changed["Kongsbergregionen"] == [stamp("2023-09-01")]


# The sample's changes of holder, each with the day before: the edges where the two could disagree.
EDGES = [
    "2019-01-01",
    "2020-12-31",
    "2021-01-01",
    "2021-06-30",
    "2021-07-01",
    "2023-08-31",
    "2023-09-01",
    "2026-02-28",
    "2026-03-01",
    "2026-11-23",
    "2027-01-01",
]


@pytest.mark.parametrize("on", [dt.date.fromisoformat(d) for d in EDGES])
def test_timelines_agree_with_the_seats(db, on):
    network = network_timeline(db, on)
    last = network.groupby("area").tail(1).set_index("area")["vacant"]
    seats = network_seats(db, on).set_index("area")["vacant"]
    assert last.reindex(seats.index).tolist() == seats.tolist()
    board = board_timeline(db, on)
    last = board.groupby("board_region").tail(1).set_index("board_region")["vacant"]
    seats = board_seats(db, on).set_index("board_region")["vacant"]
    assert last.reindex(seats.index).tolist() == seats.tolist()


# -- metrics: projects ----------------------------------------------------------------------


def test_funding_summary_sample(db):
    assert funding_summary(db) == {
        "projects": 12,
        "active": 4,
        "budget_nok": 17_000_000,
        "applied_nok": 10_500_000,
        "granted_nok": 5_150_000,
        "awaiting_nok": 3_600_000,
    }


def test_select_projects(db):
    frame = projects(db)
    assert len(select_projects(frame)) == 12
    assert select_projects(frame, ["avsluttet"])["status"].value_counts().to_dict() == {"avsluttet": 4}
    both = select_projects(frame, ["pågår", "planlagt"], ["OSU"])
    assert set(both["status"]) <= {"pågår", "planlagt"} and set(both["initiated_by"]) == {"OSU"}
    assert list(select_projects(frame, lead_municipalities=["Hol"])["name"]) == ["Digital legevaktformidling på tvers av regionene"]


# -- charts ---------------------------------------------------------------------------------


def test_seat_timeline_writes_vacant_and_marks_the_date(db):
    spans = network_timeline(db, ON)
    figure = seat_timeline(spans, "area", ON, "Tittel", vacant_label="Ledig", filled_label="Besatt", on_label="23.11.2026")
    assert_projector_ready(figure)
    filled, vacant = figure.data
    assert (filled.name, vacant.name) == ("Besatt", "Ledig")
    assert vacant.marker.color == BAD and all("Ledig" in text for text in vacant.text)
    assert list(vacant.y) == ["Ringeriksregionen"] and bar_end(vacant, 0) == stamp(ON)
    assert "Tone Eksempelhaug" in list(filled.text)
    assert list(figure.layout.yaxis.categoryarray) == sorted(spans["area"].unique(), reverse=True)  # A at the top
    assert pd.Timestamp(figure.layout.shapes[0].x0) == stamp(ON)
    assert figure.layout.annotations[0].text == "23.11.2026"


def test_seat_timeline_alternates_colours_when_the_person_changes(db):
    spans = network_timeline(db, ON)
    filled = seat_timeline(spans, "area", ON, "T", vacant_label="Ledig", filled_label="Besatt", on_label="x").data[0]
    asker = [c for y, c in zip(filled.y, filled.marker.color) if y == "Asker"]
    assert len(asker) == 2 and asker[0] != asker[1]


def test_portfolio_timeline_draws_open_projects_to_today(db):
    frame = projects(db)
    today = dt.date(2026, 11, 23)
    figure = portfolio_timeline(frame, today, "Tittel", status_labels=STATUS_LABELS, open_label="Uten sluttdato", today_label="I dag")
    assert_projector_ready(figure)
    active = next(trace for trace in figure.data if trace.name == "pågår")
    open_names = set(frame.loc[frame["end_date"].isna(), "name"])
    open_bars = [i for i, name in enumerate(active.y) if name in open_names]
    dated_bars = [i for i, name in enumerate(active.y) if name not in open_names]
    assert open_bars and dated_bars  # the sample has projects under way with and without an end date
    assert [(bar_end(active, i), active.marker.pattern.shape[i]) for i in open_bars] == [(stamp(today), "/")] * len(open_bars)
    assert [active.marker.pattern.shape[i] for i in dated_bars] == [""] * len(dated_bars)
    assert any(trace.name == "Uten sluttdato" for trace in figure.data)
    shown = [name for trace in figure.data for name in trace.y if name]
    assert sorted(shown) == sorted(frame["name"])


def test_portfolio_timeline_leaves_out_projects_without_start(db):
    frame = projects(db)
    frame.loc[0, "start_date"] = pd.NaT
    figure = portfolio_timeline(frame, ON, "T", status_labels=STATUS_LABELS, open_label="o", today_label="i")
    shown = {name for trace in figure.data for name in trace.y if name}
    assert frame.loc[0, "name"] not in shown and len(shown) == len(frame) - 1


def test_status_chart_counts_every_project_once(db):
    frame = projects(db)
    figure = status_chart(frame, "Tittel", status_labels=STATUS_LABELS)
    assert_projector_ready(figure)
    assert {trace.name for trace in figure.data} == {"OSU", "Samarbeidsstyret"}
    assert sum(sum(trace.x) for trace in figure.data) == len(frame)
    per_status = {y: 0 for y in figure.data[0].y}
    for trace in figure.data:
        for y, x in zip(trace.y, trace.x):
            per_status[y] += x
    assert per_status == {"pågår": 4, "planlagt": 2, "avsluttet": 4, "avbrutt": 2}


def test_funding_chart_nests_granted_in_applied_in_budget(db):
    frame = projects(db)
    figure = funding_chart(frame, "Tittel", budget_label="Budsjett", applied_label="Søkt", granted_label="Innvilget")
    assert_projector_ready(figure)
    budget, applied, granted = figure.data
    assert (budget.name, applied.name, granted.name) == ("Budsjett", "Søkt", "Innvilget")
    assert budget.width > applied.width > granted.width
    assert sum(budget.x) == 17_000_000 and sum(applied.x) == 10_500_000 and sum(granted.x) == 5_150_000
    assert list(budget.y) == list(frame.sort_values("budget_nok", ascending=False, kind="stable")["name"])


def test_funding_chart_leaves_out_projects_without_money():
    frame = pd.DataFrame(
        {
            "name": ["Med budsjett", "Uten tall"],
            "budget_nok": [100_000, None],
            "funding_applied_nok": [None, None],
            "funding_granted_nok": [None, None],
        }
    )
    figure = funding_chart(frame, "T", budget_label="B", applied_label="S", granted_label="I")
    assert list(figure.data[0].y) == ["Med budsjett"]
    assert figure.data[2].customdata[0] == "–"
