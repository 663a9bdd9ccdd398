"""Kontingent through the real navigation: the headline total equals dues_for_year, the sidebar
year changes it, payment status and leaving members are named, and a year without population
figures shows what to upload instead of an error."""
from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.scriptrunner import script_runner
from streamlit.testing.v1 import AppTest

from khs_data.fmt import kr_text
from khs_data.metrics.dues import dues_for_year

DASHBOARD = str(Path(__file__).resolve().parents[1] / "dashboard.py")
PAGE = "pages/kontingent.py"


def open_page(db_path: Path, year: int | None = None, lang: str | None = None) -> AppTest:
    os.environ["KHS_DB"] = str(db_path)
    st.cache_resource.clear()  # the database handle is cached per process
    st.cache_data.clear()
    app = AppTest.from_file(DASHBOARD, default_timeout=60)
    if year:
        app.session_state["year"] = year
    if lang:
        app.session_state["lang"] = lang
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception, app.exception
    return app


@pytest.fixture(autouse=True)
def _as_a_running_server(monkeypatch):
    """Run dashboard.py around the page, as a server does once st.navigation has run: AppTest
    re-detects the `pages/` folder on every run and would otherwise run the page file alone."""
    monkeypatch.setattr(script_runner, "_mpa_v1", run_main_script)
    before = os.environ.get("KHS_DB")
    yield
    if before is None:
        os.environ.pop("KHS_DB", None)
    else:
        os.environ["KHS_DB"] = before


def run_main_script(main_script_path: str) -> None:
    code = compile(Path(main_script_path).read_text(encoding="utf-8"), main_script_path, "exec")
    exec(code, {"__name__": "__main__", "__file__": main_script_path})  # noqa: S102 - the app's own script


def headline(app: AppTest) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-headline'" in m.value]
    assert found, "no headline"
    return re.sub(r"<[^>]+>", "", found[0])


def page_text(app: AppTest) -> str:
    return "\n".join(re.sub(r"<[^>]+>", "", m.value) for m in app.markdown)


def total_text(db, year: int) -> str:
    return kr_text(dues_for_year(db, year, dt.date.today())["amount_nok"].sum())


def test_page_renders_with_the_metric_total(sample_db):
    app = open_page(sample_db.path)
    year = app.session_state["year"]
    text = headline(app)
    assert text.startswith(f"Kontingent {year}: {total_text(sample_db, year)} fra 21 kommuner")
    assert len(app.get("plotly_chart")) == 4  # municipalities, map, regions, years
    assert len(app.dataframe[0].value) == 21
    assert {"Kommune", "Folketall", "Folketall per", "Kontingent", "Status", "Går ut"} <= set(app.dataframe[0].value.columns)
    assert [b.label for b in app.get("download_button")] == ["Last ned CSV", "Last ned Excel"]


def test_sidebar_year_changes_the_total(sample_db):
    app = open_page(sample_db.path, year=2026)
    before = headline(app)
    app.sidebar.selectbox[0].set_value(2025).run()
    assert not app.exception
    after = headline(app)
    assert after != before
    assert after.startswith(f"Kontingent 2025: {total_text(sample_db, 2025)} fra 21 kommuner")
    assert app.subheader[0].value == "Betalingsstatus 2025"


def test_sample_2026_matches_the_agreement(sample_db):
    """The figures the board knows for the sample, at today's date in the sample (23.11.2026)."""
    if dt.date.today() != dt.date(2026, 11, 23):
        pytest.skip("the payment status of the sample is described for 23.11.2026")
    app = open_page(sample_db.path, year=2026)
    assert headline(app) == (
        "Kontingent 2026: kr 1 519 776 fra 21 kommuner — kr 3 per innbygger × folketall per 01.01.2025, "
        "forfall 15.01.2026. 19 har betalt (1 etter forfall), 2 har ikke betalt."
    )
    text = page_text(app)
    assert "Forfalt, ikke betalt — 2 kommuner: Hole (kr 20 967), Rollag (kr 4 185)" in text
    assert "Betalt etter forfall — 1 kommune: Jevnaker (betalt 20.03.2026)" in text
    assert "Flå sa opp medlemskapet 15.09.2026 og går ut 01.07.2027." in text
    assert "Regel brukt: Samarbeidsavtalen 2019–2023" in app.caption[0].value
    table = app.dataframe[0].value.set_index("Kommune")
    assert table.loc["Flå", "Går ut"] == "01.07.2027"
    assert table.loc["Hole", "Status"] == "✘ forfalt, ikke betalt"
    app.sidebar.selectbox[0].set_value(2025).run()
    assert headline(app).startswith("Kontingent 2025: kr 1 506 933 fra 21 kommuner")
    assert headline(app).endswith("21 har betalt (3 etter forfall).")


def test_year_without_payments_says_what_to_upload(sample_db):
    app = open_page(sample_db.path, year=2019)
    assert "Ingen innbetalinger er registrert." in headline(app)
    assert any("innbetalinger for 2019" in i.value for i in app.info)
    assert "Status" not in app.dataframe[0].value.columns  # every member would read «forfalt»
    assert len(app.get("plotly_chart")) == 4


def test_map_toggle_colours_by_population(sample_db):
    app = open_page(sample_db.path, year=2026)
    app.segmented_control(key="dues-map-measure").set_value("population").run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 4


def test_nynorsk(sample_db):
    app = open_page(sample_db.path, year=2025, lang="nn")
    text = headline(app)
    assert "frå 21 kommunar" in text and "per innbyggjar × folketal per 01.01.2024" in text
    assert "Folketal" in app.dataframe[0].value.columns


def test_empty_store_shows_the_empty_state(empty_db):
    app = open_page(empty_db.path, year=2026)
    assert headline(app) == "Kontingent 2026: kan ikke regnes ut ennå — folketall per 01.01.2025 mangler."
    assert app.info and "folketall per 01.01.2025" in app.info[0].value
    assert not app.get("plotly_chart")
    assert not app.dataframe
