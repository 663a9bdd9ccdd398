"""Møtemodus: one topic per screen from the annual pack, Forrige/Neste with a position, opened by
the sidebar button (at the page's own topic) or by ?modus=mote&tema=NAME, the topic shown kept
in the address, and leaving returns to the page and year it came from. On the sample's date
(on_the_sample_date), as the pack's topics depend on the day. The keys and the fit on the screen
are browser matters: tests/e2e/test_meeting_room.py."""

from __future__ import annotations

import re

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.report.blocks import Topic
from khs_data.report.pack import annual_pack

pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def position(app) -> str:
    found = [m.value for m in app.markdown if "data-testid='khs-position'" in m.value]
    assert found, "no position indicator"
    return re.sub(r"<[^>]+>", "", found[0])


def shown_title(app) -> str:
    return app.subheader[0].value.replace("\\", "")


def query(app, name: str) -> str | None:
    value = app.query_params.get(name)
    return value[0] if isinstance(value, list) else value


@pytest.fixture(scope="module")
def slides(sample_db):
    return annual_pack(sample_db, 2026, SAMPLE_TODAY).slides


def number_of(slides, topic: Topic) -> int:
    return [s.topic for s in slides].index(topic) + 1


def test_entering_from_a_page_opens_its_topic_and_steps_from_there(sample_db, slides):
    app = open_app(sample_db.path, "pages/styret.py", year=2026)
    app.sidebar.button[0].click().run()
    board = number_of(slides, Topic.BOARD)
    assert position(app) == f"{board} av {len(slides)}"
    assert shown_title(app) == slides[board - 1].title
    assert not app.sidebar.selectbox  # the sidebar is not drawn in meeting mode
    assert query(app, "tema") == "styret"
    app.button(key="meeting-next").click().run()
    assert position(app) == f"{board + 1} av {len(slides)}"
    assert shown_title(app) == slides[board].title
    assert query(app, "tema") == str(slides[board].topic)
    app.button(key="meeting-previous").click().run()
    assert position(app) == f"{board} av {len(slides)}"
    assert not app.exception


def test_a_page_without_a_topic_starts_at_the_first_screen(sample_db, slides):
    app = open_app(sample_db.path, "pages/koordinator.py", year=2026)
    app.sidebar.button[0].click().run()
    assert position(app) == f"1 av {len(slides)}"
    assert shown_title(app) == slides[0].title


@pytest.mark.parametrize("topic", [Topic.DUES, Topic.MEETINGS, Topic.NETWORK, Topic.PROJECTS, Topic.DECISIONS])
def test_the_address_names_the_topic(sample_db, slides, topic):
    app = open_app(sample_db.path, query={"modus": "mote", "tema": str(topic), "ar": "2026"})
    assert position(app) == f"{number_of(slides, topic)} av {len(slides)}"
    assert shown_title(app) == slides[number_of(slides, topic) - 1].title


def test_an_unknown_topic_opens_the_first_screen(sample_db, slides):
    app = open_app(sample_db.path, query={"modus": "mote", "tema": "finnes-ikke", "ar": "2026"})
    assert position(app) == f"1 av {len(slides)}"
    assert query(app, "tema") == str(slides[0].topic)


def test_query_parameter_opens_meeting_mode_and_leaving_returns_to_the_page(sample_db):
    app = open_app(sample_db.path, query={"modus": "mote", "ar": "2025"})
    assert position(app).startswith("1 av")
    assert query(app, "modus") == "mote"
    app.button(key="meeting-leave").click().run()
    assert not app.exception
    assert not [m for m in app.markdown if "data-testid='khs-position'" in m.value]
    assert app.session_state["year"] == 2025
    assert query(app, "modus") is None and query(app, "tema") is None
