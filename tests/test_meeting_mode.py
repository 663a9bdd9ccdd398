"""Møtemodus: one topic per screen from the annual pack, Forrige/Neste with a position, opened by
the sidebar button or ?modus=mote, and leaving returns to the page and year it came from. On the
sample's date (on_the_sample_date), as the pack's topics depend on the day."""

from __future__ import annotations

import re

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.report.pack import annual_pack

pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def position(app) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-position'" in m.value]
    assert found, "no position indicator"
    return re.sub(r"<[^>]+>", "", found[0])


def test_meeting_mode_steps_through_the_topics_of_the_pack(sample_db):
    app = open_app(sample_db.path, "pages/styret.py", year=2026)
    app.sidebar.button[0].click().run()
    pack = annual_pack(sample_db, 2026, SAMPLE_TODAY)
    assert position(app) == f"1 av {len(pack.slides)}"
    assert not app.sidebar.selectbox  # the sidebar is not drawn in meeting mode
    assert any(pack.slides[0].title in s.value for s in app.subheader)
    app.button(key="meeting-next").click().run()
    assert position(app) == f"2 av {len(pack.slides)}"
    assert any(pack.slides[1].title in s.value for s in app.subheader)
    app.button(key="meeting-previous").click().run()
    assert position(app) == f"1 av {len(pack.slides)}"
    assert not app.exception


def test_query_parameter_opens_meeting_mode_and_leaving_returns_to_the_page(sample_db):
    app = open_app(sample_db.path, query={"modus": "mote", "ar": "2025"})
    assert position(app).startswith("1 av")
    assert app.query_params["modus"] == ["mote"] or app.query_params["modus"] == "mote"
    app.button(key="meeting-leave").click().run()
    assert not app.exception
    assert not [m for m in app.markdown if "data-testid='khs-position'" in m.value]
    assert app.session_state["year"] == 2025
