"""Avtalen through the real navigation: per agreement who has approved and who has not, and
whether it is in force, equal to agreement_states; both languages; the date in focus."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from app_support import SAMPLE_TODAY, as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.metrics.agreements import agreement_states

PAGE = "pages/avtalen.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def checks(app) -> list[str]:
    return [re.sub(r"<[^>]+>", "", m.value).strip() for m in app.markdown if "class='khs-check" in m.value]


def test_the_headline_says_who_is_missing(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    text = headline(app)
    assert text.startswith("Per 23.11.2026: Samarbeidsavtalen 2019–2023: 21 av 21 har vedtatt. I kraft fra 01.01.2019.")
    assert "17 av 21 har vedtatt; mangler: Flå, Hole, Rollag, Sigdal. Ikke i kraft" in text


def test_each_agreement_lists_its_members_missing_first(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    states = agreement_states(sample_db, SAMPLE_TODAY)
    assert [s.value for s in app.subheader] == [s.name for s in states]
    base, amendment = app.dataframe[0].value, app.dataframe[1].value
    assert len(base) == 21 and set(base["Vedtak"]) == {"vedtatt"}
    assert list(amendment["Kommune"][:4]) == ["Flå", "Hole", "Rollag", "Sigdal"]
    assert list(amendment["Vedtak"]).count("mangler") == 4
    assert checks(app) == [
        "✔ I kraft fra 01.01.2019. 21 av 21 har vedtatt.",
        "✘ Ikke i kraft: alle medlemmene må vedta den. 17 av 21 har vedtatt; mangler: Flå, Hole, Rollag, Sigdal.",
    ]


def test_after_flaa_leaves_it_is_no_longer_asked(sample_db):
    app = open_app(sample_db.path, PAGE, year=2027)
    assert "17 av 20 har vedtatt; mangler: Hole, Rollag, Sigdal" in headline(app)


def test_a_date_before_the_amendment_shows_only_the_agreement(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    app.date_input(key="agreement-on-2026").set_value(dt.date(2025, 6, 1)).run()
    assert not app.exception
    assert [s.value for s in app.subheader] == ["Samarbeidsavtalen 2019–2023"]


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026, lang="nn")
    assert "17 av 21 har vedteke; manglar: Flå, Hole, Rollag, Sigdal. Ikkje i kraft" in headline(app)
    assert "Vedteke dato" in app.dataframe[0].value.columns


def test_without_approvals_the_page_says_what_to_upload(empty_db):
    app = open_app(empty_db.path, PAGE, year=2026)
    assert "0 av 21 har vedtatt" in headline(app)
    assert "mangler: Asker" in headline(app)
    assert len(app.get("plotly_chart")) == 1
