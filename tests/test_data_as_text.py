"""Names and titles from the data are shown exactly as written: `<b>Fet</b> Prøvesen` is a name,
never markup, in the pages' own HTML (headline, check lines, attention items, cards) and in every
chart (plotly reads `<b>` in any text as markup)."""

from __future__ import annotations

import json

import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixture

from khs_data.charts.board import board_timeline
from khs_data.metrics.board import board_terms, board_vacancies

MARKUP = "<b>Fet</b>"
ESCAPED = "&lt;b&gt;Fet&lt;/b&gt;"
# page → whether its own HTML shows names from the data (Møter names bodies, from the vocabulary)
PAGES = {
    "pages/oversikt.py": True,
    "pages/kontingent.py": True,
    "pages/styret.py": True,
    "pages/moter.py": False,
    "pages/nettverk.py": True,
    "pages/prosjekter.py": False,
}
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


@pytest.fixture
def markup_db(fresh_sample_db):
    """Every name and title in the data starts with markup."""
    with fresh_sample_db.writing() as connection:
        for table, column in (
            ("municipalities", "name"),
            ("municipalities", "board_region"),
            ("board_terms", "person"),
            ("network_seats", "person"),
            ("meetings", "title"),
            ("projects", "name"),
        ):
            connection.execute(f"UPDATE {table} SET {column} = '{MARKUP} ' || {column} WHERE {column} IS NOT NULL")
    return fresh_sample_db


def html_blocks(app) -> list[str]:
    return [m.value for m in app.markdown if m.proto.allow_html]


def chart_specs(app) -> str:
    return json.dumps([json.loads(c.proto.spec) for c in app.get("plotly_chart")], ensure_ascii=False)


@pytest.mark.parametrize(("page", "shows_names"), PAGES.items())
def test_names_in_the_pages_html_are_text(markup_db, page, shows_names):
    app = open_app(markup_db.path, page, query={"ar": "2026"})
    blocks = html_blocks(app)
    assert [b for b in blocks if MARKUP in b] == []
    assert any(ESCAPED in b for b in blocks) == shows_names


@pytest.mark.parametrize("page", ["pages/kontingent.py", "pages/styret.py", "pages/nettverk.py", "pages/prosjekter.py"])
def test_names_in_the_charts_are_text(markup_db, page):
    specs = chart_specs(open_app(markup_db.path, page, query={"ar": "2026"}))
    assert MARKUP not in specs
    assert ESCAPED in specs


def test_the_board_timeline_draws_a_name_as_written(markup_db, on_the_sample_date):
    figure = board_timeline(board_terms(markup_db), board_vacancies(markup_db, on_the_sample_date), on_the_sample_date, on_the_sample_date)
    terms = next(trace for trace in figure.data if trace.meta == "term")
    assert all(text.startswith(f"{ESCAPED} ") for text in terms.text)
    assert all(hover.startswith(f"{ESCAPED} ") for hover in terms.hovertext)
    assert f"{ESCAPED} Bærum" in set(terms.y)
