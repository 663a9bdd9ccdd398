"""The member register as coordinators bring it: old municipality numbers, «K-» prefixes and names
in the number column find the member, and a notice given before the first notice rule gives
figures that say which rule was used — never a failing command or page."""

from __future__ import annotations

import json

import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from conftest import db_args

from khs_data.importer import run_import
from khs_data.problems import ImportRefused

MEMBERS = ["Kommunenummer", "Kommune", "Styreregion", "LSU-område", "Medlem fra", "Oppsigelse varslet"]


def member_count(db) -> int:
    return int(db.query("SELECT count(*) AS n FROM municipalities").iloc[0, 0])


@pytest.mark.parametrize("cell", ["3024", "K-3201", "3201 Bærum", "Bærum kommune", "K-3024 Bærum (2020-2023)"])
def test_the_number_column_finds_the_member(fresh_sample_db, make_csv, cell):
    run_import(fresh_sample_db, make_csv("kommuner.csv", [MEMBERS, [cell, "Bærum", "Bærum", "Bærum", "01.01.2015", None]]))
    assert member_count(fresh_sample_db) == 21
    row = fresh_sample_db.query("SELECT number, member_since FROM municipalities WHERE name = 'Bærum'")
    assert list(row["number"]) == ["3201"] and str(row["member_since"].iloc[0].date()) == "2015-01-01"


def test_k_prefix_is_accepted(fresh_sample_db, make_csv):
    run_import(fresh_sample_db, make_csv("kommuner.csv", [MEMBERS[:3], ["K-3203", "Asker", "Asker"]]))
    assert member_count(fresh_sample_db) == 21


def test_a_name_that_is_no_member_in_the_number_column_is_refused(fresh_sample_db, make_csv, snapshot):
    before = snapshot(fresh_sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(fresh_sample_db, make_csv("kommuner.csv", [MEMBERS[:3], ["Nesodden kommune", "Nesodden", "Asker"]]))
    assert "rad 2, kolonne «Kommunenummer»: verdien «Nesodden kommune»" in str(refused.value)
    assert snapshot(fresh_sample_db) == before


def test_a_notice_before_the_member_joined_is_refused(fresh_sample_db, make_csv, snapshot):
    before = snapshot(fresh_sample_db)
    with pytest.raises(ImportRefused) as refused:
        run_import(fresh_sample_db, make_csv("kommuner.csv", [MEMBERS, ["3201", "Bærum", "Bærum", "Bærum", "01.01.2019", "01.06.2018"]]))
    assert "rad 2, kolonne «Oppsigelse varslet»: verdien «01.06.2018»" in str(refused.value)
    assert snapshot(fresh_sample_db) == before


@pytest.fixture
def early_notice(fresh_sample_db, make_csv):
    """Hol, a member since 2015, gave notice 01.06.2018: before the first notice rule (2019)."""
    run_import(
        fresh_sample_db,
        make_csv("kommuner.csv", [MEMBERS, ["3330", "Hol", "Hallingdal", "Hallingdalsregionen", "01.01.2015", "01.06.2018"]]),
    )
    return fresh_sample_db


def test_an_early_notice_gives_dues_for_every_year_with_the_rule_named(early_notice, run):
    for year in range(2018, 2028):
        code, out, err = run(*db_args(early_notice), "dues", "--year", year, "--json")
        assert code == 0, err
    y2019 = json.loads(run(*db_args(early_notice), "dues", "--year", 2019, "--json")[1])
    hol = next(r for r in y2019["rows"] if r["municipality"] == "Hol")
    assert hol["leaving_date"] == "2019-07-01"  # 6 months from 1 January after the notice: the earliest rule
    assert "01.06.2018" in hol["leaving_rule"] and "2019" in hol["leaving_rule"]
    y2020 = json.loads(run(*db_args(early_notice), "dues", "--year", 2020, "--json")[1])
    assert "Hol" not in {r["municipality"] for r in y2020["rows"]}


@pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
@pytest.mark.parametrize("page", ["pages/oversikt.py", "pages/kontingent.py", "pages/styret.py", "pages/nettverk.py", "pages/arsmote.py"])
def test_an_early_notice_breaks_no_page(early_notice, page):
    app = open_app(early_notice.path, page, year=2019)
    assert not app.exception
