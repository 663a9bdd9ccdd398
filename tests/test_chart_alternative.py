"""Every chart's text alternative (khs_data.charts.alternative): the action title and one row per
drawn point, saying in words what the bars, cells and map areas show; and every chart on every
page carries it (the plotly element's accessible name, and the table in the expander below it)."""

from __future__ import annotations

import datetime as dt
import re

import plotly.graph_objects as go
import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixtures
from chart_support import figure_from_spec

from khs_data.charts.alternative import chart_alternative, plain_text
from khs_data.charts.board import board_timeline
from khs_data.charts.dues import dues_by_municipality_chart
from khs_data.charts.map import dues_map, municipality_boundaries
from khs_data.charts.meetings import compliance_heatmap, year_by_quarter
from khs_data.fmt import kr_text
from khs_data.metrics.board import board_terms, board_vacancies
from khs_data.metrics.dues import dues_for_year
from khs_data.metrics.meetings import meeting_compliance, meetings_by_quarter
from ui.navigation import PAGES

TODAY = dt.date(2026, 11, 23)
MARKUP = re.compile(r"<[a-z/]|%\{|&[a-z]+;|\bnan\b|\bNone\b")


def test_bars_give_one_row_per_municipality_with_the_amount_as_shown(sample_db):
    dues = dues_for_year(sample_db, 2026, TODAY)
    figure = dues_by_municipality_chart(dues, 2026)
    alternative = chart_alternative(figure)
    assert (
        alternative.title
        == plain_text(figure.layout.title.text, line_break=" ")
        == "Bærum og Drammen betaler 46 % av kontingenten for 2026"
    )
    assert alternative.header == ("Hva", "Verdi")
    largest_first = dues.sort_values("amount_nok", ascending=False, kind="stable")
    assert [row[0] for row in alternative.rows] == list(largest_first["municipality"])
    assert dict(alternative.rows)["Bærum"] == kr_text(392_763)
    assert dict(alternative.rows)["Flå"] == "kr 3 345 · går ut 01.07.2027"  # the label on the bar, not only the number


def test_heatmap_gives_one_row_per_body_and_year_in_the_readers_language(sample_db):
    compliance = meeting_compliance(sample_db, None, TODAY)
    alternative = chart_alternative(compliance_heatmap(compliance, "nn"), "nn")
    assert alternative.header == ("Kva", "Verdi")
    assert len(alternative.rows) == len(compliance)
    board_2020 = dict(alternative.rows)["Samarbeidsstyret, 2020"]
    held = compliance[(compliance["body"] == "Samarbeidsstyret") & (compliance["year"] == 2020)].iloc[0]
    assert board_2020.startswith(f"{int(held['held'])} ")  # the hover's words, body and year not repeated


def test_panels_of_one_figure_are_told_apart(sample_db):
    compliance = meeting_compliance(sample_db, 2026, TODAY)
    figure = year_by_quarter(meetings_by_quarter(sample_db, 2026), compliance)
    alternative = chart_alternative(figure)
    assert alternative.header == ("Serie", "Del", "Hva", "Verdi")
    panels = {row[1] for row in alternative.rows}
    assert {p.split(" · ")[0] for p in panels} == set(compliance["body"])


def test_timeline_rows_carry_person_and_dates_and_skip_legend_entries(sample_db):
    terms, vacancies = board_terms(sample_db), board_vacancies(sample_db, TODAY)
    alternative = chart_alternative(board_timeline(terms, vacancies, TODAY, TODAY))
    assert len(alternative.rows) == len(terms) + len(vacancies)  # the hatching's legend entry has no row
    assert any("Midt-Buskerud" == row[1] and row[0] == "Ledig" for row in alternative.rows)


def test_map_rows_name_the_municipality(sample_db):
    dues = dues_for_year(sample_db, 2026, TODAY)
    alternative = chart_alternative(dues_map(dues, municipality_boundaries(), "amount", 2026))
    assert dict(alternative.rows)["Bærum"] == kr_text(392_763)
    assert len(alternative.rows) == len(dues)


def test_a_figure_without_title_or_names_still_lists_its_values():
    alternative = chart_alternative(go.Figure(go.Bar(x=["a", "b"], y=[1.0, 2.5])))
    assert alternative.title == ""
    assert alternative.rows == (("a", "1"), ("b", "2,5"))


pytestmark_pages = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
PAGE_NAMES = [name for pages in PAGES.values() for name, _ in pages]


@pytestmark_pages
@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_chart_on_a_page_has_its_title_as_name_and_its_numbers_below(sample_db, name, lang):
    app = open_app(sample_db.path, f"pages/{name}.py", lang=lang)
    label = "Tallene i figuren" if lang == "nb" else "Tala i figuren"
    alternatives = [chart_alternative(figure_from_spec(e.proto.spec), lang) for e in app.get("plotly_chart")]
    expected = [(a.title or label, list(a.header), list(a.rows)) for a in alternatives]
    shown = [
        (element.proto.alt, list(table.value.columns), [tuple(row) for row in table.value.astype(str).itertuples(index=False)])
        for element, expander in zip(app.get("plotly_chart"), [e for e in app.expander if e.label == label])
        for table in expander.table
    ]
    assert shown == expected
    assert not [a.title for a in alternatives if not a.rows]
    assert not [cell for a in alternatives for row in a.rows for cell in row if MARKUP.search(cell)]
