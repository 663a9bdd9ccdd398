"""Members, dues and the overview, computed from the sample and from small hand-made files."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from khs_data.importer import commit_import, plan_import
from khs_data.metrics.dues import dues_basis, dues_by_region, dues_for_year, dues_over_years
from khs_data.metrics.meetings import meeting_compliance
from khs_data.metrics.members import members, members_on, population_on, population_series, small_on
from khs_data.metrics.overview import focus_date, key_figures, needs_attention
from khs_data.wording import attention_frame


def attention(db, year: int, today: dt.date, lang: str = "nb") -> pd.DataFrame:
    return attention_frame(needs_attention(db, year, today), lang)


D = dt.date
TODAY = D(2026, 11, 23)


# -- members and population ------------------------------------------------------------------


def test_members_with_their_leaving_date(sample_db):
    frame = members(sample_db).set_index("municipality")
    assert len(frame) == 21
    assert frame.loc["Flå", "leaving_date"] == pd.Timestamp("2027-07-01")
    assert frame["leaving_date"].notna().sum() == 1


def test_members_on_a_date(sample_db):
    assert len(members_on(sample_db, D(2026, 11, 23))) == 21
    assert len(members_on(sample_db, D(2027, 7, 1))) == 20
    assert len(members_on(sample_db, D(2018, 12, 31))) == 0  # members from 1.1.2019


def test_population_on_a_date_is_the_newest_figure_by_then(sample_db):
    assert population_on(sample_db, D(2025, 6, 1))["population"].sum() == 506_592
    assert population_on(sample_db, D(2025, 1, 1), exact=True)["population"].sum() == 506_592
    assert population_on(sample_db, D(2025, 6, 1), exact=True)["population"].isna().all()
    assert len(population_series(sample_db)) == 21 * 9


def test_small_uses_the_threshold_valid_then(sample_db):
    frame = small_on(sample_db, D(2025, 6, 1))
    assert (frame["threshold"] == 5000).all()
    assert set(frame.loc[frame["small"], "municipality"]) == {
        "Gol",
        "Hol",
        "Sigdal",
        "Nesbyen",
        "Flesberg",
        "Hemsedal",
        "Nore og Uvdal",
        "Krødsherad",
        "Rollag",
        "Flå",
    }


# -- dues ------------------------------------------------------------------------------------


def test_dues_2026_for_the_sample(sample_db):
    basis = dues_basis(sample_db, 2026)
    assert (basis.rate_nok, basis.due_date, basis.population_date) == (3, D(2026, 1, 15), D(2025, 1, 1))
    frame = dues_for_year(sample_db, 2026, TODAY)
    assert len(frame) == 21
    assert frame["population"].sum() == 506_592
    assert frame["amount_nok"].sum() == 1_519_776
    assert (frame["amount_nok"] == frame["population"] * 3).all()
    assert frame.iloc[0]["municipality"] == "Bærum" and frame.iloc[0]["amount_nok"] == 392_763


def test_dues_rate_before_2019_is_2(sample_db):
    assert dues_basis(sample_db, 2018).rate_nok == 2


def test_dues_payment_status(sample_db):
    frame = dues_for_year(sample_db, 2026, TODAY).set_index("municipality")
    assert frame.loc["Bærum", "payment_status"] == "betalt"
    assert frame.loc["Hole", "payment_status"] == "forfalt"  # nothing paid, due date passed
    assert dues_for_year(sample_db, 2026, D(2026, 1, 2)).set_index("municipality").loc["Hole", "payment_status"] == "ikke betalt"
    assert (dues_for_year(sample_db, 2028, TODAY)["payment_status"] == "mangler folketall").all()


def test_a_member_that_has_left_is_not_billed_after_it_leaves(sample_db):
    assert "Flå" in set(dues_for_year(sample_db, 2027)["municipality"])  # due 15.01.2027, leaves 01.07.2027
    assert "Flå" not in set(dues_for_year(sample_db, 2028)["municipality"])


def test_dues_by_region_shares(sample_db):
    frame = dues_by_region(sample_db, 2026).set_index("board_region")
    assert frame["amount_nok"].sum() == 1_519_776
    assert frame["share"].sum() == pytest.approx(1.0)
    assert frame.loc["Bærum", "municipalities"] == 1 and frame.loc["Hallingdal", "municipalities"] == 6


def test_dues_over_years(sample_db):
    frame = dues_over_years(sample_db).set_index("year")
    assert list(frame.index) == list(range(2019, 2028))  # population basis 1.1.2018 … 1.1.2026
    assert frame.loc[2026, "amount_nok"] == 1_519_776
    assert frame.loc[2026, "population_date"] == pd.Timestamp("2025-01-01")


# -- meetings ---------------------------------------------------------------------------------


def test_compliance_counts_only_held_meetings(empty_db, make_csv):
    path = make_csv(
        "moter.csv",
        [
            ["Dato", "Organ", "Status"],
            ["10.02.2024", "Samarbeidsstyret", "avholdt"],
            ["10.04.2024", "Samarbeidsstyret", "avholdt"],
            ["10.06.2024", "Samarbeidsstyret", "avlyst"],
            ["10.09.2024", "Samarbeidsstyret", "avholdt"],
            ["10.11.2024", "Samarbeidsstyret", "planlagt"],
            ["20.05.2024", "Ordfører- og kommunedirektørmøtet", "avholdt"],
            ["01.10.2024", "BPA-nettverket", "avholdt"],
        ],
    )
    commit_import(empty_db, plan_import(empty_db, path, today=TODAY), "test")
    frame = meeting_compliance(empty_db, 2024, TODAY).set_index("body")
    assert list(frame.index) == ["Dialogmøtet", "Ordfører- og rådmannsmøtet", "Samarbeidsstyret"]  # bodies with a minimum
    board = frame.loc["Samarbeidsstyret"]
    assert (board["required_min"], board["held"], board["planned"], board["cancelled"], board["compliant"]) == (4, 3, 1, 1, False)
    assert frame.loc["Ordfører- og rådmannsmøtet", "compliant"]
    assert not frame.loc["Dialogmøtet", "compliant"]


# -- overview ---------------------------------------------------------------------------------


def test_focus_date():
    assert focus_date(2026, TODAY) == TODAY
    assert focus_date(2025, TODAY) == D(2025, 12, 31)


def test_key_figures_2026(sample_db):
    figures = key_figures(sample_db, 2026, TODAY)
    assert figures["members"] == 21
    assert figures["population"] == 506_592 and figures["population_date"] == D(2025, 1, 1)
    assert figures["dues_total_nok"] == 1_519_776
    assert figures["dues_paid_nok"] == 1_519_776 - 20_967 - 4_185  # Hole and Rollag have not paid
    assert (figures["board_meetings_held"], figures["board_meetings_required"]) == (3, 4)
    assert (figures["board_seats_filled"], figures["board_seats"]) == (6, 7)
    assert (figures["network_seats_vacant"], figures["network_seats"]) == (1, 6)


def test_key_figures_after_flå_has_left(sample_db):
    assert key_figures(sample_db, 2028, TODAY)["members"] == 20


def test_needs_attention_2026(sample_db):
    items = attention(sample_db, 2026, TODAY)
    text = " | ".join(items["message"])
    assert "Ledig: Midt-Buskerud" in text
    assert "LSU-områder har representant. Ledig: Ringeriksregionen" in text
    assert "Hole har betalt kr 0 av kr 20 967" in text
    assert "Flå har sagt opp (15.09.2026) og går ut 01.07.2027" in text
    assert set(items["severity"]) <= {"rød", "gul", "råd"}


def test_a_term_ending_without_a_successor_is_listed(sample_db):
    """Bærum's Nina Skissebø sits to 31.12.2026 and nobody is entered after her (Kari Testmo has a successor)."""
    text = " | ".join(attention(sample_db, 2026, TODAY)["message"])
    assert "Perioden til Nina Skissebø (Bærum) går ut 31.12.2026; ingen etterfølger er registrert." in text
    assert "Perioden til Kari Testmo" not in text


def test_needs_attention_does_not_know_the_future(sample_db):
    text = " | ".join(attention(sample_db, 2024, TODAY)["message"])
    assert "Flå" not in text  # the notice is from 2026
    later = attention(sample_db, 2028, TODAY)
    assert not later["message"].str.contains("Flå har sagt opp").any()  # out since 2027
    assert not later["message"].str.contains("møter").any()  # 2028's meetings are not planned yet: no failure


def test_a_year_without_recorded_payments_is_one_item(sample_db):
    dues_items = attention(sample_db, 2020, TODAY).query("topic == 'Kontingent'")
    assert len(dues_items) == 1
    assert "Ingen innbetalinger" in dues_items.iloc[0]["message"]


def test_needs_attention_in_nynorsk(sample_db):
    assert attention(sample_db, 2026, TODAY, "nn")["message"].str.contains("Flå har sagt opp").any()
