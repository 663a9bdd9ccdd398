"""The facts the overview, the deck and the CLI share: key figures from one set of members (also
in a leaving year), one attention list, advice shown as advice, and the rule behind each figure."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from conftest import db_args

from khs_data.importer import run_import
from khs_data.metrics.dues import dues_for_year
from khs_data.metrics.overview import key_figures
from khs_data.report.blocks import Topic
from khs_data.report.pack import annual_pack

TODAY = dt.date(2026, 11, 23)
BOARD = ["Person", "Kommune", "Rolle", "Periode fra", "Periode til"]


def test_members_population_and_dues_come_from_one_set_in_a_leaving_year(sample_db):
    """Flå leaves 01.07.2027 and owes the dues for 2027 (due 15.01.2027)."""
    figures = key_figures(sample_db, 2027, TODAY)
    dues = dues_for_year(sample_db, 2027, TODAY)
    assert figures["members"] == len(dues) == 21
    assert figures["population"] == int(dues["population"].sum())
    assert figures["dues_total_nok"] == int(dues["amount_nok"].sum())
    assert [name for name, _ in figures["members_leaving"]] == ["Flå"]


def test_board_seats_never_exceed_the_board_size_when_the_register_has_a_region_too_many(fresh_sample_db, make_csv):
    """Øvre Eiker moved to a region of its own («Eiker»): 8 regions in the register, 7 seats in the rule."""
    run_import(fresh_sample_db, make_csv("kommuner.csv", [["Kommunenummer", "Kommune", "Styreregion"], ["3314", "Øvre Eiker", "Eiker"]]))
    rows = [
        BOARD,
        ["Eli Eiker", "Øvre Eiker", "medlem", "01.01.2026", "31.12.2029"],
        ["Berit Malstad", "Modum", "medlem", "01.03.2026", "31.12.2029"],
    ]
    run_import(fresh_sample_db, make_csv("styret.csv", rows))
    figures = key_figures(fresh_sample_db, 2026, TODAY)
    assert figures["board_seats"] == 7
    assert figures["board_seats_filled"] <= figures["board_seats"]


@pytest.mark.usefixtures("as_a_running_server")
def test_the_leaving_member_is_named_on_oversikt(sample_db, monkeypatch):
    import ui.state

    monkeypatch.setattr(ui.state, "today", lambda: TODAY)
    app = open_app(sample_db.path, "pages/oversikt.py", year=2027)
    members = next(m for m in app.metric if m.label == "Medlemmer")
    assert members.value == "21"
    captions = " ".join(c.value for c in app.caption)
    assert "Flå går ut 01.07.2027" in captions


@pytest.fixture
def deputy_not_small(fresh_sample_db, make_csv):
    """Bærum's member becomes deputy (Bærum is not small): the advice fails, no further rule the agreement requires does."""
    rows = [
        ["Nina Skissebø", "Bærum", "nestleder", "01.01.2023", "31.12.2026"],
        ["Solveig Fiktivdal", "Flesberg", "medlem", "01.01.2023", "31.12.2026"],
    ]
    run_import(fresh_sample_db, make_csv("styret.csv", [BOARD, *rows]))
    return fresh_sample_db


def test_advice_is_never_a_breach(deputy_not_small, run):
    data = json.loads(run(*db_args(deputy_not_small), "board", "--on", "2026-11-23", "--json")[1])
    deputy = next(c for c in data["checks"] if c["id"] == "deputy_small")
    assert deputy["ok"] is False and deputy["level"] == "bør"
    pack = annual_pack(deputy_not_small, 2026, TODAY)
    decisions = pack.frames["decisions"]
    rules = decisions[decisions["group"] == "rules"]
    assert "deputy_small" not in set(rules["check"])
    assert "deputy_small" in set(decisions.loc[decisions["group"] == "advice", "check"])
    board_slide = next(s for s in pack.slides if s.topic == Topic.BOARD)
    assert "regelsjekk" not in board_slide.title  # the vacancy is said as such; the advice is no failing check


@pytest.mark.usefixtures("as_a_running_server")
def test_advice_on_oversikt_is_marked_as_advice_and_not_counted(deputy_not_small, monkeypatch):
    import ui.state

    monkeypatch.setattr(ui.state, "today", lambda: TODAY)
    app = open_app(deputy_not_small.path, "pages/oversikt.py", year=2026)
    items = [m.value for m in app.markdown if "khs-check" in m.value]
    deputy = [i for i in items if "Nestleder Nina Skissebø" in i]
    assert deputy and all("khs-advice" in i and "khs-bad" not in i for i in deputy)


def test_the_deck_decisions_list_every_failing_check_the_board_slide_shows(sample_db, run):
    """At 23.11.2026 Midt-Buskerud is vacant: regions_covered fails on the board slide and in the CLI."""
    pack = annual_pack(sample_db, 2026, TODAY)
    failing_cli = {
        c["id"]
        for command in ("board", "network")
        for c in json.loads(run(*db_args(sample_db), command, "--on", "2026-11-23", "--json")[1])["checks"]
        if not c["ok"] and c["level"] == "krav"
    }
    decisions = pack.frames["decisions"]
    assert "regions_covered" in failing_cli
    assert set(decisions.loc[decisions["group"] == "rules", "check"].dropna()) - {"meetings_minimum"} == failing_cli
    decisions_slide = next(s for s in pack.slides if s.topic == Topic.DECISIONS)
    assert "Ingen" not in decisions_slide.blocks[0].groups[0][1]


def test_dues_and_compliance_json_name_their_rule(sample_db, run):
    dues = json.loads(run(*db_args(sample_db), "dues", "--year", "2026", "--json")[1])
    assert "kr 3" in dues["rule"] and "2019" in dues["rule"] and "01.01.2025" in dues["rule"]
    assert dues["missing_population"] == []
    rows = json.loads(run(*db_args(sample_db), "compliance", "--year", "2026", "--json")[1])["rows"]
    assert all("minimum 4" in r["rule"] or "ett årlig" in r["rule"] for r in rows)


def test_dues_without_any_population_has_no_total(sample_db, run):
    dues = json.loads(run(*db_args(sample_db), "dues", "--year", "2029", "--json")[1])
    assert dues["total_nok"] is None
    assert len(dues["missing_population"]) == 20 and "Flå" not in dues["missing_population"]
    with_on = json.loads(run(*db_args(sample_db), "dues", "--year", "2026", "--on", "2026-01-02", "--json")[1])
    assert with_on["total_nok"] == 1_519_776


def test_network_json_has_checks_in_the_board_shape(sample_db, run):
    data = json.loads(run(*db_args(sample_db), "network", "--on", "2026-11-23", "--json")[1])
    for check in data["checks"]:
        assert {"check", "id", "ok", "level", "reason", "rule"} <= set(check) and check["check"] == check["id"]
    areas = next(c for c in data["checks"] if c["id"] == "areas_covered")
    assert areas["ok"] is False and "Ringeriksregionen" in areas["reason"]
    assert "LSU-område" in areas["rule"] and "2021" in areas["rule"]


@pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
@pytest.mark.parametrize(
    "page, words", [("pages/nettverk.py", "en representant fra hvert LSU-område"), ("pages/oversikt.py", "kr 3,- pr. innbygger")]
)
def test_the_pages_show_the_rule_behind_their_figures(sample_db, page, words):
    app = open_app(sample_db.path, page, year=2026)
    shown = " ".join([c.value for c in app.caption] + [m.value for m in app.markdown])
    assert words in shown
