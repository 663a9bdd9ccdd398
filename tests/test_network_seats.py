"""The network's seats as coordinators record them: a new representative entered without closing
the row before is a successor, not a second seat; rows that really overlap are named by the check."""

from __future__ import annotations

import json

from conftest import db_args

from khs_data.importer import run_import

NETWORK = ["Område", "Person", "Kommune", "Fra", "Til"]


def network_on(run, db, on: str) -> dict:
    code, out, err = run(*db_args(db), "network", "--on", on, "--json")
    assert code == 0, err
    return json.loads(out)


def checks_of(data: dict) -> dict[str, dict]:
    return {c["id"]: c for c in data["checks"]}


def test_a_new_representative_after_an_open_row_is_a_successor(fresh_sample_db, make_csv, run):
    """Hallingdalsregionen: Kristoffer Prøvebø (Nesbyen) from 01.01.2019 with no end (sample); Hege
    Golsen is entered from 01.01.2026, and Kristoffer's row is left open."""
    run_import(fresh_sample_db, make_csv("nettverk.csv", [NETWORK, ["Hallingdalsregionen", "Hege Golsen", "Gol", "01.01.2026", None]]))
    data = network_on(run, fresh_sample_db, "2026-06-01")
    assert checks_of(data)["one_seat_per_area"]["ok"] is True
    assert [s["person"] for s in data["seats"] if s["area"] == "Hallingdalsregionen"] == ["Hege Golsen"]
    before = network_on(run, fresh_sample_db, "2025-06-01")
    assert [s["person"] for s in before["seats"] if s["area"] == "Hallingdalsregionen"] == ["Kristoffer Prøvebø"]


def test_rows_whose_periods_overlap_are_named_by_the_check(fresh_sample_db, make_csv, run):
    rows = [
        NETWORK,
        ["Hallingdalsregionen", "Kristoffer Prøvebø", "Nesbyen", "01.01.2019", "31.12.2026"],
        ["Hallingdalsregionen", "Hege Golsen", "Gol", "01.01.2026", None],
    ]
    run_import(fresh_sample_db, make_csv("nettverk.csv", rows))
    check = checks_of(network_on(run, fresh_sample_db, "2026-06-01"))["one_seat_per_area"]
    assert check["ok"] is False and check["level"] == "krav"
    assert "Kristoffer Prøvebø" in check["reason"] and "Hege Golsen" in check["reason"]
