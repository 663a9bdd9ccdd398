"""Oversikt through the real navigation: the key figures equal the metric functions, the year
changes them, and «Krever oppfølging» lists what the rule checks find."""

import pytest
from app_support import as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data.fmt import kr_text, number_text
from khs_data.metrics.overview import key_figures, needs_attention
from khs_data.wording import attention_text

pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")
PAGE = "pages/oversikt.py"


def metric_values(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def test_key_figures_equal_the_metric_functions(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE, year=2026)
    figures = key_figures(sample_db, 2026, on_the_sample_date)
    shown = metric_values(app)
    assert shown["Medlemmer"] == str(figures["members"])
    assert shown["Kontingent 2026"] == kr_text(figures["dues_total_nok"]) == "kr 1 519 776"
    assert shown["Styreplasser"] == f"{figures['board_seats_filled']} av {figures['board_seats']}"
    assert shown["Ledige nettverksplasser"] == str(figures["network_seats_vacant"])
    assert shown["Aktive prosjekter"] == str(figures["active_projects"])
    assert number_text(figures["population"]) in headline(app)


def test_needs_attention_lists_the_findings(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE, year=2026)
    items = needs_attention(sample_db, 2026, on_the_sample_date)
    page = " ".join(m.value for m in app.markdown)
    assert len(items) > 0
    for item in items:
        assert attention_text(item) in page
    assert "Midt-Buskerud" in page and "Ringeriksregionen" in page
    assert "Hole" in page and "Rollag" in page


def test_year_changes_the_figures(sample_db, on_the_sample_date):
    app = open_app(sample_db.path, PAGE, year=2026)
    app.sidebar.selectbox[0].set_value(2025).run()
    assert not app.exception
    assert metric_values(app)["Kontingent 2025"] == kr_text(key_figures(sample_db, 2025, on_the_sample_date)["dues_total_nok"])
    assert "2025" in headline(app)


def test_nynorsk_headline(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026, lang="nn")
    assert "medlemskommunar" in headline(app)
