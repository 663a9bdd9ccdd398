"""Handlingsplan through the real navigation: the headline and the overdue list are the
`actionplan` command's facts for the same date, measures link to their project, nynorsk, and a
year or store without a plan says what to upload."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest
from app_support import as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data import cli

PAGE = "pages/handlingsplan.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def cli_plan(db, capsys, year: int, on: str) -> dict:
    assert cli.main(["--db", str(db.path), "actionplan", "--year", str(year), "--on", on, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_page_and_the_command_agree_on_progress_and_what_is_overdue(sample_db, capsys):
    app = open_app(sample_db.path, PAGE, year=2026)
    data = cli_plan(sample_db, capsys, 2026, "2026-11-23")
    done = sum(a["done"] for a in data["focus_areas"])
    overdue = [m for m in data["measures"] if m["overdue"]]
    assert headline(app) == (
        f"Handlingsplan 2026: {done} av {len(data['measures'])} tiltak er fullført i {len(data['focus_areas'])} fokusområder. "
        f"{len(overdue)} tiltak er forfalt."
    )
    assert headline(app) == "Handlingsplan 2026: 3 av 10 tiltak er fullført i 4 fokusområder. 2 tiltak er forfalt."
    listed = [m.value for m in app.markdown if "khs-check khs-bad" in m.value]
    assert len(listed) == len(overdue) == 2
    assert all(m["measure"] in item and "30.09.2026" in listed[0] for m, item in zip(overdue, listed))
    assert any("Per 23.11.2026" in c.value for c in app.caption)
    assert len(app.get("plotly_chart")) == 1


def test_a_measure_links_to_its_project(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    links = {link.proto.label: link.proto for link in app.main.get("page_link") if link.proto.page == "prosjekter"}
    link = links["Prosjekt: ØHD-senger – felles kvalitetsindikatorer"]
    assert parse_qs(link.query_string) == {"prosjekt": ["ØHD-senger – felles kvalitetsindikatorer"]}
    assert len(links) == 5  # the measures of 2026 that name a project


def test_the_project_link_opens_prosjekter_with_that_project(sample_db):
    app = open_app(sample_db.path, "pages/prosjekter.py", query={"prosjekt": "Velferdsteknologi i små kommuner"})
    assert list(app.dataframe[0].value["Prosjekt"]) == ["Velferdsteknologi i små kommuner"]


def test_nynorsk(sample_db):
    text = headline(open_app(sample_db.path, PAGE, year=2026, lang="nn"))
    assert text == "Handlingsplan 2026: 3 av 10 tiltak er fullførte i 4 fokusområde. 2 tiltak er forfalne."


def test_a_year_without_a_plan_names_the_years_there_are(sample_db):
    app = open_app(sample_db.path, PAGE, year=2024)
    assert headline(app) == "Ingen handlingsplan er registrert for 2024."
    assert any(c.value == "Handlingsplaner finnes for 2025, 2026." for c in app.caption)
    assert any("handlingsplanen (Handlingsplan)" in i.value for i in app.info)


def test_empty_store_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE, year=2026)
    assert headline(app) == "Ingen handlingsplan er registrert for 2026."
    assert not app.get("plotly_chart")
