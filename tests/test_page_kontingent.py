"""Kontingent through the real navigation: the headline total equals dues_for_year, the sidebar
year changes it, payment status and leaving members are named, and a year without population
figures shows what to upload instead of an error. Every test runs on the sample's date
(on_the_sample_date): which payments are late depends on the day."""

from __future__ import annotations

import re

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import kr_text
from khs_data.metrics.dues import dues_for_year

PAGE = "pages/kontingent.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def page_text(app) -> str:
    return "\n".join(re.sub(r"<[^>]+>", "", m.value) for m in app.markdown)


def total_text(db, year: int) -> str:
    return kr_text(dues_for_year(db, year, SAMPLE_TODAY)["amount_nok"].sum())


def test_page_renders_with_the_metric_total(sample_db):
    app = open_app(sample_db.path, PAGE)
    year = app.session_state["year"]
    assert year == SAMPLE_TODAY.year  # the year in focus is this year
    text = headline(app)
    assert text.startswith(f"Kontingent {year}: {total_text(sample_db, year)} fra 21 kommuner")
    assert len(app.get("plotly_chart")) == 4  # municipalities, map, regions, years
    assert len(app.dataframe[0].value) == 21
    assert {"Kommune", "Folketall", "Folketall per", "Kontingent", "Status", "Går ut"} <= set(app.dataframe[0].value.columns)
    assert [b.label for b in app.get("download_button")] == ["Last ned CSV", "Last ned Excel"]


def test_sidebar_year_changes_the_total(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    before = headline(app)
    app.sidebar.selectbox[0].set_value(2025).run()
    assert not app.exception
    after = headline(app)
    assert after != before
    assert after.startswith(f"Kontingent 2025: {total_text(sample_db, 2025)} fra 21 kommuner")
    assert app.subheader[0].value == "Betalingsstatus 2025"


def test_sample_2026_matches_the_agreement(sample_db):
    """The figures the board knows for the sample, at today's date in the sample (23.11.2026)."""
    app = open_app(sample_db.path, PAGE, year=2026)
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
    app = open_app(sample_db.path, PAGE, year=2019)
    assert "Ingen innbetalinger er registrert." in headline(app)
    assert any("innbetalinger for 2019" in i.value for i in app.info)
    assert "Status" not in app.dataframe[0].value.columns  # every member would read «forfalt»
    assert len(app.get("plotly_chart")) == 4


def test_map_toggle_colours_by_population(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    app.segmented_control(key="dues-map-measure").set_value("population").run()
    assert not app.exception
    assert len(app.get("plotly_chart")) == 4


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, year=2025, lang="nn")
    text = headline(app)
    assert "frå 21 kommunar" in text and "per innbyggjar × folketal per 01.01.2024" in text
    assert "Folketal" in app.dataframe[0].value.columns


def test_empty_store_shows_the_empty_state(empty_db):
    app = open_app(empty_db.path, PAGE, year=2026)
    assert headline(app) == "Kontingent 2026: kan ikke regnes ut ennå — folketall per 01.01.2025 mangler."
    assert app.info and "folketall per 01.01.2025" in app.info[0].value
    assert not app.get("plotly_chart")
    assert not app.dataframe
