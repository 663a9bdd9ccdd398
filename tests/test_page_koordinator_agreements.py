"""Koordinator and the agreement: approvals uploaded through the same preview (a new agreement
name shown as created), corrected in place, and the agreements' validity edited as reference data."""

from __future__ import annotations

import datetime as dt

import pytest
from app_support import as_a_running_server  # noqa: F401 - fixture
from test_page_koordinator import ACCESS_SETTINGS, XLSX, edit_table, open_page, open_tab, sign_in, texts

from khs_data.importer import history
from khs_data.metrics.agreements import agreement_states

pytestmark = pytest.mark.usefixtures("as_a_running_server")
HEADER = ["Avtale", "Kommune", "Vedtatt dato", "Vedtatt av", "Merknad"]


@pytest.fixture(autouse=True)
def _no_access_settings(monkeypatch):
    for name in ACCESS_SETTINGS:
        monkeypatch.delenv(name, raising=False)


def test_an_approvals_upload_names_the_new_amendment_and_links_to_avtalen(fresh_sample_db, monkeypatch, make_xlsx):
    path = make_xlsx("vedtak.xlsx", [HEADER, ["Endring 2026b: kontingent", "Hol", dt.datetime(2026, 11, 3), "kommunestyret", "Sak 77/26"]])
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(("vedtak.xlsx", path.read_bytes(), XLSX)).run()
    assert not app.exception, app.exception
    page = texts(app)
    assert "Gjenkjent som **Vedtak av avtalen**" in page
    assert "Nye avtaler og endringer: «Endring 2026b: kontingent»" in page
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    assert not app.exception, app.exception
    assert [link.proto.page for link in app.main.get("page_link")][:1] == ["avtalen"]
    assert "Endring 2026b: kontingent" in [s.name for s in agreement_states(fresh_sample_db, dt.date(2026, 11, 23))]
    assert history(fresh_sample_db).iloc[0]["kind"] == "approvals"


def test_an_approval_from_an_unknown_municipality_is_refused_on_the_page(fresh_sample_db, monkeypatch, make_xlsx, snapshot):
    before = snapshot(fresh_sample_db)
    path = make_xlsx("vedtak.xlsx", [HEADER, ["Samarbeidsavtalen 2019–2023", "Oslo", "13.11.2018", None, None]])
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(("vedtak.xlsx", path.read_bytes(), XLSX)).run()
    assert not app.exception, app.exception
    problems = app.dataframe[0].value
    assert problems.iloc[0].tolist() == ["Ark1", 2, "Kommune", "Oslo", "er ikke en av KHS' medlemskommuner"]
    assert snapshot(fresh_sample_db) == before


def test_the_agreements_validity_is_edited_on_the_page(fresh_sample_db, monkeypatch):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Avtaler")
    rows = app.data_editor[0].value
    amendment = int(rows.index[rows["name"].str.startswith("Endring 2026")][0])
    edit_table(app, {amendment: {"valid_from": "2027-01-01"}})
    assert "Gyldig fra: – → 01.01.2027" in app.dataframe[1].value["values"].tolist()
    app.button(key="coord-edit-save-agreements").click().run()
    assert not app.exception, app.exception
    stored = fresh_sample_db.query("SELECT valid_from FROM agreements WHERE name LIKE 'Endring 2026%'")
    assert stored["valid_from"].dt.date.tolist() == [dt.date(2027, 1, 1)]


def test_a_meeting_time_is_edited_in_the_table(fresh_sample_db, monkeypatch):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    meetings = app.data_editor[0].value
    edit_table(app, {0: {"start_time": "09:00"}})
    assert not app.exception
    assert app.dataframe[1].value["values"].tolist() == ["Klokkeslett: – → 09.00"]
    app.button(key="coord-edit-save-meetings").click().run()
    stored = fresh_sample_db.query("SELECT start_time FROM meetings WHERE date = ?", [meetings.loc[0, "date"].date()])
    assert stored["start_time"].tolist() == [dt.time(9, 0)]
