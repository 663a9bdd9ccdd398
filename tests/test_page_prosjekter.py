"""Prosjekter through the real navigation: the headline equals funding_summary, the filters narrow
the table (and the charts), nynorsk, and an empty store says what to upload. Every test runs on the
sample's date (on_the_sample_date): the timeline draws open projects up to today."""

from __future__ import annotations

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import kr_text
from khs_data.metrics.projects import active_projects, funding_summary, projects

PAGE = "pages/prosjekter.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def table_names(app) -> list[str]:
    return list(app.dataframe[0].value["Prosjekt"])


def test_headline_equals_funding_summary(sample_db):
    app = open_app(sample_db.path, PAGE)
    summary = funding_summary(sample_db)
    text = headline(app)
    assert summary["active"] == len(active_projects(sample_db, SAMPLE_TODAY))
    assert text.startswith(
        f"{summary['active']} prosjekter pågår; {kr_text(summary['granted_nok'])} av {kr_text(summary['applied_nok'])} "
        "søkt eksternt er innvilget."
    )
    assert f"Samlet budsjett for {summary['projects']} prosjekter: {kr_text(summary['budget_nok'])}." in text
    assert len(app.get("plotly_chart")) == 3  # timeline, status, funding
    assert len(table_names(app)) == summary["projects"]


def test_sample_facts_in_the_headline(sample_db):
    text = headline(open_app(sample_db.path, PAGE))
    assert text.startswith("4 prosjekter pågår; kr 5 150 000 av kr 10 500 000 søkt eksternt er innvilget.")
    assert "kr 17 000 000" in text


def test_status_filter_narrows_the_table(sample_db):
    app = open_app(sample_db.path, PAGE)
    app.multiselect(key="projects-filter-status").set_value(["pågår"]).run()
    assert not app.exception
    expected = projects(sample_db)
    assert sorted(table_names(app)) == sorted(expected.loc[expected["status"] == "pågår", "name"])
    assert headline(app).startswith("4 prosjekter pågår")  # the headline is the whole portfolio


def test_filters_combine(sample_db):
    app = open_app(sample_db.path, PAGE)
    app.multiselect(key="projects-filter-initiated-by").set_value(["OSU"]).run()
    app.multiselect(key="projects-filter-status").set_value(["avsluttet"]).run()
    expected = projects(sample_db)
    expected = expected[(expected["initiated_by"] == "OSU") & (expected["status"] == "avsluttet")]
    assert sorted(table_names(app)) == sorted(expected["name"])
    app.multiselect(key="projects-filter-lead").set_value(["Hol"]).run()  # Hol leads a planned Samarbeidsstyret project
    assert table_names(app) == []
    assert any("Ingen prosjekter passer" in i.value for i in app.info)
    assert not app.get("plotly_chart")


def test_nynorsk(sample_db):
    text = headline(open_app(sample_db.path, PAGE, lang="nn"))
    assert "søkt eksternt er innvilga" in text and "Samla budsjett" in text


def test_empty_store_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE)
    assert headline(app) == "Ingen prosjekter er registrert ennå."
    assert any("prosjektlisten" in i.value for i in app.info)
    assert not app.get("plotly_chart")
