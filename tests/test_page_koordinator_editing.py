"""The coordinator's corrections on the page, as a person makes them: rules added without a
source read as sentences wherever a figure names them, a new rule closes the open-ended one it
follows (visibly), a table with errors can be discarded, population is corrected in place and
says which invoiced dues change."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from app_support import as_a_running_server, on_the_sample_date, open_app  # noqa: F401 - fixture
from pptx import Presentation
from streamlit.testing.v1 import AppTest
from test_page_koordinator import _no_access_settings, edit_table, open_page, open_tab, sign_in, texts  # noqa: F401 - fixture

from khs_data.fmt import kr_text
from khs_data.importer import history, plan_edit
from khs_data.metrics.dues import dues_for_year
from khs_data.problems import ImportRefused
from khs_data.report.deck import build_deck
from khs_data.rules import load_rules
from khs_data.templates import stored_rows

pytestmark = pytest.mark.usefixtures("as_a_running_server")


def add_rows(app: AppTest, added_rows: list[dict]) -> AppTest:
    """What the data editor sends when rows are added at the bottom in the browser."""
    editor = app.data_editor[0]
    app.session_state[editor.key] = {"edited_rows": {}, "added_rows": added_rows, "deleted_rows": []}
    app.run()
    assert not app.exception, app.exception
    return app


def all_text(app: AppTest) -> str:
    return texts(app) + "\n".join(str(c.value) for c in app.caption)


@pytest.fixture
def rules_without_sources(fresh_sample_db):
    with fresh_sample_db.writing() as connection:
        connection.execute("UPDATE rules SET source = NULL")
    return fresh_sample_db


@pytest.mark.parametrize("page", ["pages/kontingent.py", "pages/styret.py", "pages/moter.py"])
def test_a_rule_without_a_source_is_named_in_a_sentence_on_the_pages(rules_without_sources, page):
    app = open_app(rules_without_sources.path, page, query={"ar": "2026"})
    shown = all_text(app)
    assert "Regel brukt: «" in shown
    assert "nan" not in shown.lower().replace("nannestad", "")


def test_a_rule_without_a_source_is_named_in_a_sentence_in_the_deck(rules_without_sources):
    deck = Presentation(io.BytesIO(build_deck(rules_without_sources, 2026)))
    words = " ".join(
        run.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
        for run in p.runs
    )
    notes = " ".join(slide.notes_slide.notes_text_frame.text for slide in deck.slides if slide.has_notes_slide)
    assert "«Kontingent per innbygger (kr)»: 3" in words + notes
    assert " nan" not in (words + notes).lower()


def test_a_rule_read_from_the_store_without_a_source_names_itself_by_name_and_value(rules_without_sources):
    rate = load_rules(rules_without_sources).dues_rate(2026)
    assert rate.source is None
    assert rate.describe() == "«Kontingent per innbygger (kr)»: 3 (gyldig 01.01.2019–)"


def test_a_new_rule_closes_the_open_ended_one_before_it_and_the_preview_says_so(fresh_sample_db, monkeypatch):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Regler")
    add_rows(app, [{"key": "dues_rate_nok", "valid_from": "2027-01-01", "value": "4"}])
    others = len(fresh_sample_db.query("SELECT key FROM rules")) - 1  # every shipped rule but the one it closes
    assert [(m.label, m.value) for m in app.metric] == [("Nye", "1"), ("Endret", "1"), ("Uendret", str(others))]
    assert "Gyldig til: – → 31.12.2026" in app.dataframe[1].value["values"].tolist()
    note = "Regelen «Kontingent per innbygger (kr)» fra 01.01.2019 avsluttes 31.12.2026, fordi den nye gjelder fra 01.01.2027."
    assert note in [i.value.replace("\\", "") for i in app.info]
    app.button(key="coord-edit-save-rules").click().run()
    assert not app.exception, app.exception
    rules = load_rules(fresh_sample_db)
    assert (rules.dues_rate(2026).number, rules.dues_rate(2026).valid_to, rules.dues_rate(2027).number) == (3, dt.date(2026, 12, 31), 4)


def test_a_rule_overlapping_a_closed_period_is_refused(fresh_sample_db):
    rules = stored_rows(fresh_sample_db, "rules")
    overlapping = {"key": "dues_rate_nok", "body": "", "valid_from": dt.date(2018, 6, 1), "valid_to": None, "value": "4", "source": None}
    with pytest.raises(ImportRefused) as refused:
        plan_edit(fresh_sample_db, "rules", pd.concat([rules, pd.DataFrame([overlapping])], ignore_index=True))
    [problem] = refused.value.problems
    assert (problem.column, problem.value) == ("Gyldig fra", "01.06.2018")
    assert problem.message.startswith("gjelder samtidig som regelen fra 01.01.2015 (gyldig 01.01.2015–31.12.2018)")


def test_rules_that_follow_each_other_are_not_touched(fresh_sample_db):
    plan = plan_edit(fresh_sample_db, "rules", stored_rows(fresh_sample_db, "rules"))
    assert (plan.changes, plan.parsed.notes) == ([], [])


def test_a_table_with_errors_offers_the_discard_its_message_mentions(fresh_sample_db, monkeypatch, snapshot):
    before = snapshot(fresh_sample_db)
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    edit_table(app, {0: {"body": ""}})
    assert "eller forkast endringene" in app.error[0].value
    app.button(key="coord-edit-discard-meetings").click().run()
    assert not app.exception, app.exception
    assert "Ingen endringer ennå." in all_text(app)
    assert not app.error
    assert snapshot(fresh_sample_db) == before


def test_population_corrected_in_place_says_which_invoiced_dues_change(fresh_sample_db, monkeypatch, on_the_sample_date):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    app.selectbox(key="coord-edit-kind").set_value("population").run()
    population = app.data_editor[0].value
    baerum_2025 = int(population.index[(population["municipality"] == "3201") & (population["date"].dt.year == 2025)][0])
    old = int(dues_for_year(fresh_sample_db, 2026).set_index("municipality_number").at["3201", "amount_nok"])
    edit_table(app, {baerum_2025: {"count": 131_500}})
    assert app.dataframe[1].value["values"].tolist() == ["Folketall: 130 921 → 131 500"]
    [warning] = [w.value.replace("\\", "") for w in app.warning]
    assert warning.startswith("Rettelsen endrer kontingent som allerede er fakturert.")
    assert warning.endswith(f"- Bærum, kontingent 2026: {kr_text(old)} → {kr_text(3 * 131_500)}")
    app.button(key="coord-edit-save-population").click().run()
    assert not app.exception, app.exception
    assert int(dues_for_year(fresh_sample_db, 2026).set_index("municipality_number").at["3201", "amount_nok"]) == 3 * 131_500


def test_a_population_correction_for_a_year_not_yet_invoiced_says_nothing_of_invoices(fresh_sample_db, monkeypatch, on_the_sample_date):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    app.selectbox(key="coord-edit-kind").set_value("population").run()
    population = app.data_editor[0].value
    latest = population["date"].max()
    row = int(population.index[(population["municipality"] == "3201") & (population["date"] == latest)][0])
    edit_table(app, {row: {"count": 140_000}})
    assert latest.year + 1 > on_the_sample_date.year  # dues for the year after: due 15.01 next year, none paid
    assert [w.value for w in app.warning] == []
    assert len(app.dataframe[1].value) == 1


def test_history_shows_the_rows_any_past_import_changed_and_names_edits_as_such(fresh_sample_db, monkeypatch, make_xlsx):
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    path = make_xlsx("folketall-2025.xlsx", [["Kommunenummer", "År", "Folketall"], ["3201 Bærum", 2025, 131_500]])
    app.file_uploader[0].set_value(("folketall-2025.xlsx", path.read_bytes(), "application/octet-stream")).run()
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    upload_id = int(history(fresh_sample_db).iloc[0]["id"])
    open_tab(app, "Rett i tabellene")
    meetings = app.data_editor[0].value
    edit_table(app, {0: {"place": "Sandvika rådhus"}})
    app.button(key="coord-edit-save-meetings").click().run()
    assert not app.exception, app.exception

    open_tab(app, "Historikk og angre")
    imports = app.dataframe[0].value
    assert imports.iloc[0][["Filtype", "Fil"]].tolist() == ["Møter", "rettet i appen"]
    assert imports.iloc[1][["Filtype", "Fil"]].tolist() == ["Folketall", "folketall-2025.xlsx"]
    assert app.dataframe[1].value["values"].tolist() == [f"Sted: {meetings.loc[0, 'place']} → Sandvika rådhus"]  # the latest, first
    app.selectbox(key="coord-history-changes").set_value(upload_id).run()
    assert app.dataframe[1].value["values"].tolist() == ["Folketall: 130 921 → 131 500"]
    app.selectbox(key="coord-history-changes").set_value(1).run()  # the members `init` loaded
    assert len(app.dataframe[1].value) == 21
