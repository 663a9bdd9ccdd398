"""Prosjekter through the real navigation: the headline equals funding_summary, the filters narrow
the table (and the charts), nynorsk, and an empty store says what to upload."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest

from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.fmt import kr_text
from khs_data.metrics.projects import active_projects, funding_summary, projects

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
PAGE = "pages/prosjekter.py"


@pytest.fixture(scope="module")
def projects_db(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("prosjekter") / "khs.duckdb")
    init_database(db, sample=True)
    return db


@pytest.fixture(scope="module")
def bare_db(tmp_path_factory) -> Database:
    db = Database(tmp_path_factory.mktemp("prosjekter-tom") / "khs.duckdb")
    init_database(db)
    return db


@pytest.fixture(autouse=True)
def _as_a_running_server(monkeypatch):
    """Run dashboard.py around the page as a server does once st.navigation has run (AppTest would
    otherwise run the page file alone, as Streamlit's folder-based pages do)."""
    monkeypatch.setattr(script_runner, "_mpa_v1", _run_main_script)
    monkeypatch.delenv("KHS_DB", raising=False)  # open_page sets it; put back as it was afterwards


def _run_main_script(main_script_path: str) -> None:
    code = compile(Path(main_script_path).read_text(encoding="utf-8"), main_script_path, "exec")
    exec(code, {"__name__": "__main__", "__file__": main_script_path})  # noqa: S102 - the app's own script


def open_page(db: Database, lang: str | None = None) -> AppTest:
    os.environ["KHS_DB"] = str(db.path)
    st.cache_resource.clear()  # the database handle is cached per process
    st.cache_data.clear()
    app = AppTest.from_file(DASHBOARD, default_timeout=60)
    if lang:
        app.session_state["lang"] = lang
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    return app


def headline(app: AppTest) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-headline'" in m.value]
    assert found, "no headline"
    return re.sub(r"<[^>]+>", "", found[0]).replace("\u00a0", " ")


def table_names(app: AppTest) -> list[str]:
    return list(app.dataframe[0].value["Prosjekt"])


def test_headline_equals_funding_summary(projects_db):
    app = open_page(projects_db)
    summary = funding_summary(projects_db)
    text = headline(app)
    assert summary["active"] == len(active_projects(projects_db, dt.date.today()))
    assert text.startswith(
        f"{summary['active']} prosjekter pågår; {kr_text(summary['granted_nok'])} av {kr_text(summary['applied_nok'])} "
        "søkt eksternt er innvilget."
    )
    assert f"Samlet budsjett for {summary['projects']} prosjekter: {kr_text(summary['budget_nok'])}." in text
    assert len(app.get("plotly_chart")) == 3  # timeline, status, funding
    assert len(table_names(app)) == summary["projects"]


def test_sample_facts_in_the_headline(projects_db):
    text = headline(open_page(projects_db))
    assert text.startswith("4 prosjekter pågår; kr 5 150 000 av kr 10 500 000 søkt eksternt er innvilget.")
    assert "kr 17 000 000" in text


def test_status_filter_narrows_the_table(projects_db):
    app = open_page(projects_db)
    app.multiselect(key="projects-filter-status").set_value(["pågår"]).run()
    assert not app.exception
    expected = projects(projects_db)
    assert sorted(table_names(app)) == sorted(expected.loc[expected["status"] == "pågår", "name"])
    assert headline(app).startswith("4 prosjekter pågår")  # the headline is the whole portfolio


def test_filters_combine(projects_db):
    app = open_page(projects_db)
    app.multiselect(key="projects-filter-initiated-by").set_value(["OSU"]).run()
    app.multiselect(key="projects-filter-status").set_value(["avsluttet"]).run()
    expected = projects(projects_db)
    expected = expected[(expected["initiated_by"] == "OSU") & (expected["status"] == "avsluttet")]
    assert sorted(table_names(app)) == sorted(expected["name"])
    app.multiselect(key="projects-filter-lead").set_value(["Hol"]).run()  # Hol leads a planned Samarbeidsstyret project
    assert table_names(app) == []
    assert any("Ingen prosjekter passer" in i.value for i in app.info)
    assert not app.get("plotly_chart")


def test_nynorsk(projects_db):
    text = headline(open_page(projects_db, lang="nn"))
    assert "søkt eksternt er innvilga" in text and "Samla budsjett" in text


def test_empty_store_says_what_to_upload(bare_db):
    app = open_page(bare_db)
    assert headline(app) == "Ingen prosjekter er registrert ennå."
    assert any("prosjektlisten" in i.value for i in app.info)
    assert not app.get("plotly_chart")
