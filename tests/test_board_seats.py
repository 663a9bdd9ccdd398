"""One seat per board region at a date, one region per person, seats of members that have left,
and every check with its level: what `board --json` says when the terms a coordinator brings
overlap, and the board's checks at that date."""

from __future__ import annotations

import datetime as dt
import json

from conftest import db_args

from khs_data.importer import run_import
from khs_data.metrics.overview import needs_attention
from khs_data.wording import say

BOARD = ["Person", "Kommune", "Rolle", "Periode fra", "Periode til"]


def board_on(run, db, on: str) -> dict:
    code, out, err = run(*db_args(db), "board", "--on", on, "--json")
    assert code == 0, err
    return json.loads(out)


def checks_of(data: dict) -> dict[str, dict]:
    return {c["id"]: c for c in data["checks"]}


def test_a_successor_starting_early_does_not_make_an_eighth_region(fresh_sample_db, make_csv, run):
    """Hallingdal: Anders Prøvebakken (Gol) sits to 31.12.2026; a successor from Hol is entered from 01.06.2026."""
    path = make_csv("etterfolger.csv", [BOARD, ["Per Overlapp", "Hol", "medlem", "01.06.2026", "31.12.2029"]])
    run_import(fresh_sample_db, path)
    data = board_on(run, fresh_sample_db, "2026-11-23")
    regions = [s["board_region"] for s in data["seats"]]
    assert len(regions) == len(set(regions)) == 7
    checks = checks_of(data)
    assert "8" not in checks["regions_covered"]["reason"] and "6 av 7" in checks["regions_covered"]["reason"]
    overlap = checks["one_seat_per_region"]
    assert overlap["ok"] is False and overlap["level"] == "krav"
    assert "Anders Prøvebakken" in overlap["reason"] and "Per Overlapp" in overlap["reason"] and "Hallingdal" in overlap["reason"]
    # Gol and Hol are both small; the region holds one seat, so it is counted once.
    assert checks["small_members"]["reason"].startswith("2 representant(er)")
    # The early successor is a successor: Anders Prøvebakken's term is not «ending without one».
    ending = [
        say(i.message) for i in needs_attention(fresh_sample_db, 2026, dt.date(2026, 11, 23)) if i.message.key == "attention.term_ending"
    ]
    assert ending and not [e for e in ending if "Anders Prøvebakken" in e]


def test_two_rows_for_one_region_and_period_in_one_file_are_named_by_the_check(fresh_sample_db, make_csv, run):
    path = make_csv(
        "styret.csv",
        [
            BOARD,
            ["Ada Først", "Modum", "medlem", "01.03.2026", "31.12.2027"],
            ["Bo Samtidig", "Sigdal", "medlem", "01.06.2026", "31.12.2027"],
        ],
    )
    run_import(fresh_sample_db, path)
    data = board_on(run, fresh_sample_db, "2026-11-23")
    check = checks_of(data)["one_seat_per_region"]
    assert check["ok"] is False
    assert "Midt-Buskerud" in check["reason"] and "Ada Først" in check["reason"] and "Bo Samtidig" in check["reason"]
    assert [s["person"] for s in data["seats"] if s["board_region"] == "Midt-Buskerud"] == ["Bo Samtidig"]  # the later start holds the seat


def test_one_person_in_two_regions_at_once_is_flagged(fresh_sample_db, make_csv, run):
    path = make_csv("styret.csv", [BOARD, ["Kari Testmo", "Modum", "medlem", "01.03.2026", "31.12.2027"]])
    run_import(fresh_sample_db, path)
    check = checks_of(board_on(run, fresh_sample_db, "2026-11-23"))["one_region_per_person"]
    assert check["ok"] is False and check["level"] == "krav"
    assert "Kari Testmo" in check["reason"] and "Midt-Buskerud" in check["reason"] and "Ringeriksregionen" in check["reason"]


def test_every_check_has_a_level_and_the_deputy_rule_is_advice(sample_db, run):
    data = board_on(run, sample_db, "2026-11-23")
    assert {c["level"] for c in data["checks"]} <= {"krav", "bør"}
    checks = checks_of(data)
    assert checks["deputy_small"]["level"] == "bør"
    assert checks["regions_covered"]["level"] == checks["small_members"]["level"] == "krav"
    assert all(c["check"] == c["id"] for c in data["checks"])
    assert checks["one_seat_per_region"]["ok"] and checks["one_region_per_person"]["ok"]


def test_a_seat_held_after_the_member_has_left_is_not_counted(fresh_sample_db, make_csv, run):
    """Flå gives notice 15.09.2026 (sample) and leaves 01.07.2027; its person takes Hallingdal's seat from 2027."""
    run_import(fresh_sample_db, make_csv("styret.csv", [BOARD, ["Frida Flåværing", "Flå", "medlem", "01.01.2027", "31.12.2030"]]))
    run_import(
        fresh_sample_db,
        make_csv("nettverk.csv", [["Område", "Person", "Kommune", "Fra"], ["Hallingdalsregionen", "Frida Flåværing", "Flå", "01.01.2027"]]),
    )
    before = checks_of(board_on(run, fresh_sample_db, "2027-03-01"))
    assert before["seats_held_by_members"]["ok"]
    data = board_on(run, fresh_sample_db, "2027-08-01")
    hallingdal = next(s for s in data["seats"] if s["board_region"] == "Hallingdal")
    assert hallingdal["vacant"] is True and "Hallingdal" in data["vacancies"]
    check = checks_of(data)["seats_held_by_members"]
    assert check["ok"] is False and "Frida Flåværing" in check["reason"] and "01.07.2027" in check["reason"]
    code, out, _ = run(*db_args(fresh_sample_db), "network", "--on", "2027-08-01", "--json")
    network = json.loads(out)
    assert code == 0 and "Hallingdalsregionen" in network["vacancies"]
    assert checks_of(network)["seats_held_by_members"]["ok"] is False


def test_one_person_in_two_small_regions_is_one_representative_from_a_small_municipality(fresh_sample_db, make_csv, run):
    """Ole Øvelsrud sits for Hemsedal and for Rollag: one person, so one of the two the agreement asks for."""
    rows = [
        BOARD,
        ["Ole Øvelsrud", "Hemsedal", "medlem", "01.01.2025", "31.12.2028"],
        ["Ole Øvelsrud", "Rollag", "medlem", "01.02.2025", "31.12.2028"],
        ["Pål Store", "Modum", "medlem", "01.01.2025", "31.12.2028"],
    ]
    run_import(fresh_sample_db, make_csv("styret.csv", rows))
    checks = checks_of(board_on(run, fresh_sample_db, "2026-07-01"))
    assert checks["one_region_per_person"]["ok"] is False
    small = checks["small_members"]
    assert small["ok"] is False and small["reason"].startswith("1 representant(er)") and "Hemsedal, Rollag" in small["reason"]
