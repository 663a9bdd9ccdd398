"""Budsjett through the real navigation: the headline is the `budget` command's totals, the dues
line is computed and a differing figure in the budget file is shown, nynorsk, and a year without
budget lines shows the computed dues and says what to upload."""

from __future__ import annotations

import json

import pytest
from app_support import as_a_running_server, headline, on_the_sample_date, open_app  # noqa: F401 - fixtures

from khs_data import cli
from khs_data.fmt import kr_text

PAGE = "pages/budsjett.py"
pytestmark = pytest.mark.usefixtures("as_a_running_server", "on_the_sample_date")


def cli_budget(db, capsys, year: int) -> dict:
    assert cli.main(["--db", str(db.path), "budget", "--year", str(year), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_page_and_the_command_agree(sample_db, capsys):
    app = open_app(sample_db.path, PAGE, year=2026)
    data = cli_budget(sample_db, capsys, 2026)
    assert headline(app) == (
        f"Budsjett 2026: inntekter {kr_text(data['income_budget_nok'])} og utgifter {kr_text(data['expense_budget_nok'])} "
        f"gir et resultat på {kr_text(data['result_budget_nok'])}. Regnskapet så langt: {kr_text(data['income_actual_nok'])} inn, "
        f"{kr_text(data['expense_actual_nok'])} brukt."
    )
    shown = app.dataframe[-1].value
    dues = next(line for line in data["lines"] if line["computed"])
    row = shown[shown["Post"] == "Medlemskontingent (utregnet)"].iloc[0]
    assert row["Budsjett"] == dues["budget_nok"] == 1_519_776 and row["Utregnet"] == "Ja"
    assert len(shown) == len(data["lines"])
    assert [m.value for m in app.metric][:3] == [kr_text(data[f"{k}_budget_nok"]) for k in ("income", "expense", "result")]


def test_the_budget_files_own_dues_figure_is_shown_beside_the_computed(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026)
    assert [w.value for w in app.warning] == [
        "Budsjettfilen oppgir kr 1 520 000 for «Medlemskontingent», kr 224 mer enn utregnet kontingent for 2026 "
        "(kr 1 519 776). Dashbordet bruker det utregnede tallet."
    ]
    assert any("kr 3 per innbygger × folketall per 01.01.2025" in c.value for c in app.caption)
    assert len(app.get("plotly_chart")) == 2  # income and expenses


def test_nynorsk(sample_db):
    app = open_app(sample_db.path, PAGE, year=2026, lang="nn")
    assert "gir eit resultat på" in headline(app) and "Rekneskapen så langt" in headline(app)
    assert "kr 224 meir enn utrekna" in app.warning[0].value


def test_a_year_without_budget_lines_shows_the_computed_dues(sample_db):
    app = open_app(sample_db.path, PAGE, year=2027)
    assert headline(app) == "Budsjett 2027: ingen budsjettposter er registrert. Medlemskontingenten er regnet ut: kr 1 532 901."
    assert any("budsjettet (Budsjett)" in i.value for i in app.info)
