"""Dues charts and the map: the figures show exactly the metric frames, largest first, with
Norwegian separators, titles that state the finding, and a map that needs no internet."""

from __future__ import annotations

import datetime as dt
import json
import string

import pandas as pd
import plotly.graph_objects as go
import pytest

from khs_data.catalogue import TEXTS
from khs_data.charts.dues import STATUS_LOOK, dues_by_municipality_chart, dues_by_region_chart, dues_over_years_chart, status_text
from khs_data.charts.map import dues_map, map_view, municipality_boundaries
from khs_data.metrics.dues import dues_by_region, dues_for_year, dues_over_years
from khs_data.statuses import PaymentStatus

TODAY = dt.date(2026, 11, 23)  # the day the sample data describes


@pytest.fixture(scope="module")
def dues_2026(sample_db) -> pd.DataFrame:
    return dues_for_year(sample_db, 2026, TODAY)


def test_municipality_bars_equal_the_metric_largest_first(dues_2026):
    figure = dues_by_municipality_chart(dues_2026, 2026)
    bar = figure.data[0]
    expected = dues_2026.sort_values("amount_nok", ascending=False)
    assert list(bar.y) == list(expected["municipality"])
    assert list(bar.x) == [float(v) for v in expected["amount_nok"]]
    assert list(bar.x) == sorted(bar.x, reverse=True)
    assert figure.layout.yaxis.autorange == "reversed"  # the largest on top
    assert figure.layout.separators == ", "
    assert bar.text[0] == "kr 392 763"


def test_municipality_title_states_the_top_two_share(dues_2026):
    title = dues_by_municipality_chart(dues_2026, 2026).layout.title.text
    # 392 763 + 313 461 of 1 519 776 = 46 %; the number is never split over two lines
    assert title.replace("<br>", " ").replace("\u00a0", " ") == "Bærum og Drammen betaler 46 % av kontingenten for 2026"


def test_leaving_member_is_labelled_from_its_notice_year(sample_db, dues_2026):
    bar = dues_by_municipality_chart(dues_2026, 2026).data[0]
    assert dict(zip(bar.y, bar.text))["Flå"] == "kr 3 345 · går ut 01.07.2027"
    before_notice = dues_by_municipality_chart(dues_for_year(sample_db, 2025, TODAY), 2025).data[0]
    assert dict(zip(before_notice.y, before_notice.text))["Flå"] == "kr 3 363"


def test_members_without_population_are_left_out_of_the_bars(dues_2026):
    gap = dues_2026.copy()
    gap.loc[gap["municipality"] == "Hole", ["population", "amount_nok"]] = pd.NA
    bar = dues_by_municipality_chart(gap, 2026).data[0]
    assert "Hole" not in list(bar.y) and len(bar.y) == 20


def test_region_bars_equal_dues_by_region(sample_db):
    regions = dues_by_region(sample_db, 2026)
    figure = dues_by_region_chart(regions, 2026)
    bar = figure.data[0]
    assert list(bar.y) == list(regions["board_region"])
    assert list(bar.x) == pytest.approx(list(regions["share"]))
    assert sum(bar.x) == pytest.approx(1.0)
    assert figure.layout.title.text.startswith("Drammensområdet betaler mest: 30")
    assert bar.text[0] == "30 % · kr 461 208"


def test_years_chart_spells_out_rate_times_population(sample_db):
    years = dues_over_years(sample_db)
    figure = dues_over_years_chart(years, 2026)
    bar = figure.data[0]
    assert list(bar.y) == [str(y) for y in years["year"]]
    assert list(bar.x) == [float(v) for v in years["amount_nok"]]
    label = dict(zip(bar.y, bar.text))["2026"]
    assert label == "kr 1 519 776 = kr 3 × 506 592 innb. per 01.01.2025"
    colours = dict(zip(bar.y, bar.marker.color))
    assert colours["2026"] != colours["2025"]  # the year in focus stands out
    assert "har økt fra" in figure.layout.title.text


def test_nynorsk_titles(dues_2026, sample_db):
    assert "auka frå" in dues_over_years_chart(dues_over_years(sample_db), 2026, "nn").layout.title.text
    assert dues_by_municipality_chart(dues_2026, 2026, "nn").layout.xaxis.title.text == "Kontingent (kr)"


def test_every_payment_status_has_symbol_and_words_in_both_languages():
    assert set(STATUS_LOOK) == set(PaymentStatus)
    symbols = {look[1] for status, look in STATUS_LOOK.items() if status not in ("betalt", "betalt etter forfall")}
    assert len(symbols) == 4  # the unpaid states differ by symbol, not by colour alone
    assert status_text("forfalt") == "✘ forfalt, ikke betalt"
    assert status_text("ikke betalt", "nn") == "○ ikkje betalt"


def test_map_colours_each_member_and_needs_no_internet(dues_2026):
    boundaries = municipality_boundaries()
    figure = dues_map(dues_2026, boundaries, "amount", 2026)
    trace = figure.data[0]
    assert isinstance(trace, go.Choroplethmap)  # not a geo subplot: that one fetches a world map from a CDN
    assert set(trace.locations) == {f["id"] for f in boundaries["features"]} == set(dues_2026["municipality_number"])
    assert figure.layout.map.style == "white-bg"
    assert not figure.layout.geo.to_plotly_json()
    assert any("© Kartverket" in a.text for a in figure.layout.annotations)
    assert figure.layout.title.text.replace("<br>", " ").replace("\u00a0", " ") == "Kontingent 2026: Bærum betaler mest (kr 392 763)"
    assert "<b>Hole</b><br>kr 20 967" in trace.text


def test_map_by_population_and_missing_members_in_grey(dues_2026):
    gap = dues_2026.copy()
    gap.loc[gap["municipality"] == "Flå", ["population", "amount_nok"]] = pd.NA
    figure = dues_map(gap, municipality_boundaries(), "population", 2026)
    known, missing = figure.data
    assert list(missing.locations) == ["3320"] and missing.name == "mangler folketall"
    assert "3320" not in list(known.locations)
    assert "Bærum er størst (130 921)" in figure.layout.title.text.replace("\u00a0", " ").replace("<br>", " ")
    ticks = list(known.colorbar.ticktext)
    assert ticks and all(t.replace(" ", "").isdigit() for t in ticks)


def test_map_view_is_centred_on_the_members():
    centre, zoom = map_view(municipality_boundaries())
    assert 59.4 < centre["lat"] < 61.1 and 7.4 < centre["lon"] < 10.7
    assert 6 < zoom < 8


def test_boundaries_are_the_21_members():
    boundaries = municipality_boundaries()
    assert len(boundaries["features"]) == 21
    assert all(f["id"] == f["properties"]["kommunenummer"] for f in boundaries["features"])
    json.dumps(boundaries)  # plain JSON, as plotly needs it


def test_dues_texts_have_the_same_placeholders_in_both_languages():
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    keys = [key for key in TEXTS if key.startswith("dues.")]
    assert keys
    for key in keys:
        bokmal, nynorsk = TEXTS[key]
        assert bokmal and nynorsk, key
        assert fields(bokmal) == fields(nynorsk), key
