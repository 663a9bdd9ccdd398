"""Koordinator through the real navigation: who may write (password, OIDC, nobody), that nothing
writes without the role, and the coordinator's work: upload → preview → confirm → the dues change;
an invalid upload changes nothing; a stale preview is not saved; undo; SSB failing cleanly."""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import pytest
import streamlit as st
from app_support import DASHBOARD, as_a_running_server, open_app  # noqa: F401 - fixture
from streamlit.testing.v1 import AppTest

from khs_data.catalogue import TEXTS
from khs_data.database import Database
from khs_data.importer import commit_import, history, plan_import
from khs_data.kinds import UPLOAD_KINDS
from khs_data.metrics.actionplan import action_plan
from khs_data.metrics.budget import budget
from khs_data.metrics.dues import dues_for_year
from khs_data.rules import RULE_FORMATS
from ui import access as ui_access

PAGE = "pages/koordinator.py"
PASSWORD = "blåbær-og-kanel"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ACCESS_SETTINGS = ("KHS_COORDINATOR_PASSWORD", "KHS_VIEWER_PASSWORD", "KHS_COORDINATOR_EMAILS", "KHS_COORDINATOR_IDLE_MINUTES")
pytestmark = pytest.mark.usefixtures("as_a_running_server")


@pytest.fixture(autouse=True)
def _no_access_settings(monkeypatch):
    """Every test starts with no sign-in configured (each sets what it needs)."""
    for name in ACCESS_SETTINGS:
        monkeypatch.delenv(name, raising=False)


def open_page(db, monkeypatch, password: str | None = PASSWORD, **state) -> AppTest:
    """The Koordinator page with a coordinator password set (none: sign-in not configured).
    open_app clears the caches, where the grants and the back-off live."""
    if password:
        monkeypatch.setenv("KHS_COORDINATOR_PASSWORD", password)
    return open_app(db.path, PAGE, **state)


def fresh_app(db, monkeypatch) -> AppTest:
    """Not yet run, for what must be set before the first run (secrets, st.user)."""
    monkeypatch.setenv("KHS_DB", str(db.path))
    st.cache_resource.clear()
    st.cache_data.clear()
    return AppTest.from_file(DASHBOARD, default_timeout=90)


def sign_in(app: AppTest, password: str = PASSWORD) -> AppTest:
    app.text_input(key="khs-coordinator-password").input(password)
    submit(app)
    assert not app.exception, app.exception
    return app


def submit(app: AppTest) -> AppTest:
    """The sign-in form's button, «Logg inn» (in nynorsk too)."""
    next(b for b in app.button if b.label == "Logg inn").click().run()
    return app


def texts(app: AppTest) -> str:
    """All the text on the page as a person reads it (markdown escapes removed)."""
    return "\n".join(
        e.value for kind in ("markdown", "caption", "info", "warning", "error", "success") for e in getattr(app, kind)
    ).replace("\\", "")


def can_write(app: AppTest) -> bool:
    """Any way to write on the page: an upload, a data editor, a save or undo button."""
    write_buttons = [b for b in app.button if str(b.key or "").startswith(("coord-confirm", "coord-undo", "coord-edit", "coord-ssb"))]
    return bool(app.file_uploader or app.data_editor or write_buttons)


def open_tab(app: AppTest, label: str) -> AppTest:
    app.session_state["coord-tabs"] = label
    app.run()
    assert not app.exception, app.exception
    return app


def population_file(make_xlsx, baerum: object, name: str = "folketall-2025.xlsx") -> tuple[str, bytes, str]:
    """A coordinator's spreadsheet: population at 1.1.2025 for Bærum (changed) and Asker (as before)."""
    path = make_xlsx(name, [["Kommunenummer", "År", "Folketall"], ["3201 Bærum", 2025, baerum], ["3203 Asker", 2025, 98_815]])
    return (name, path.read_bytes(), XLSX)


def dues_2026(db) -> int:
    return int(dues_for_year(db, 2026)["amount_nok"].sum())


# -- who may write ---------------------------------------------------------------------------------


def test_without_any_sign_in_configured_the_page_says_how_and_offers_no_upload(fresh_sample_db, monkeypatch):
    app = open_page(fresh_sample_db, monkeypatch, password=None)
    assert "KHS_COORDINATOR_PASSWORD" in app.info[0].value
    assert not can_write(app)
    assert not app.text_input


def test_without_the_role_there_is_a_password_field_and_nothing_that_writes(fresh_sample_db, monkeypatch):
    app = open_page(fresh_sample_db, monkeypatch)
    assert [w.label for w in app.text_input] == ["Koordinatorpassord"]
    assert not can_write(app)
    assert not app.tabs


def test_a_wrong_password_is_refused(fresh_sample_db, monkeypatch):
    app = sign_in(open_page(fresh_sample_db, monkeypatch), "feil")
    assert app.error[0].value == "Feil passord. Prøv igjen."
    assert not can_write(app)


def test_repeated_wrong_passwords_slow_down_even_the_right_one(fresh_sample_db, monkeypatch):
    app = open_page(fresh_sample_db, monkeypatch)
    for _ in range(3):
        sign_in(app, "feil")
    sign_in(app, PASSWORD)  # at once after the third failure: not even checked
    assert "Vent 2 sekunder" in app.error[0].value
    assert not can_write(app)


def test_the_right_password_gives_the_role_and_signing_out_drops_it(fresh_sample_db, monkeypatch):
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    assert app.file_uploader and app.file_uploader[0].label == "Velg filer"
    assert "Logget inn som koordinator." in texts(app)
    app.button(key="coord-sign-out").click().run()
    assert not can_write(app)
    assert app.text_input(key="khs-coordinator-password")


def test_a_session_left_alone_times_out(fresh_sample_db, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(ui_access, "_now", lambda: clock[0])
    monkeypatch.setenv("KHS_COORDINATOR_IDLE_MINUTES", "5")
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    clock[0] += 4 * 60
    app.run()
    assert app.file_uploader
    clock[0] += 6 * 60
    app.run()
    assert not can_write(app)
    assert "ikke var i bruk på 5 minutter" in app.warning[0].value


def test_session_state_and_the_url_cannot_make_up_the_role(fresh_sample_db, monkeypatch, snapshot):
    before = snapshot(fresh_sample_db)
    app = open_page(fresh_sample_db, monkeypatch)
    for key, value in {
        ui_access.COORDINATOR_TOKEN: "forged-token",
        "role": "coordinator",
        "coord.request": ("undo", "9"),
        "coord-tabs": "Historikk og angre",
        "coord.undo_asked": 9,
        "is_coordinator": True,
    }.items():
        app.session_state[key] = value
    app.query_params.update({"rolle": "koordinator", "fane": "Historikk og angre", "angre": "9"})
    app.run()
    assert not app.exception, app.exception
    assert not can_write(app)
    assert snapshot(fresh_sample_db) == before


def test_a_grant_from_another_session_cannot_be_reused_after_sign_out(fresh_sample_db, monkeypatch, snapshot):
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    token = app.session_state[ui_access.COORDINATOR_TOKEN]
    app.button(key="coord-sign-out").click().run()
    app.session_state[ui_access.COORDINATOR_TOKEN] = token
    app.run()
    assert not can_write(app)


def test_oidc_coordinator_by_e_mail(fresh_sample_db, monkeypatch):
    monkeypatch.setenv("KHS_COORDINATOR_EMAILS", "kari@khs.no")
    app = fresh_app(fresh_sample_db, monkeypatch)
    app.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x"}
    app.user = {"is_logged_in": False}
    app.run()
    app.switch_page(PAGE).run()
    assert app.button(key="khs-oidc-sign-in").label == "Logg inn som koordinator"
    assert not can_write(app)
    app.button(key="khs-oidc-sign-in").click().run()  # this environment has no Authlib: said, not raised
    assert not app.exception, app.exception
    assert app.error[0].value.startswith("Innloggingen er ikke satt opp riktig: ")

    app.user = {"is_logged_in": True, "email": "per@khs.no"}
    app.run()
    assert "per@khs.no" in app.warning[0].value and "KHS_COORDINATOR_EMAILS" in app.warning[0].value
    assert not can_write(app)

    app.user = {"is_logged_in": True, "email": "Kari@KHS.no"}
    app.run()
    assert app.file_uploader
    assert "Logget inn som Kari@KHS.no." in texts(app)


# -- the coordinator's work ------------------------------------------------------------------------


def test_upload_preview_confirm_changes_the_dues(fresh_sample_db, monkeypatch, make_xlsx):
    before = dues_2026(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, 131_500)).run()
    assert not app.exception, app.exception

    page = texts(app)
    assert "Gjenkjent som **Folketall** (ark «Ark1», overskrifter i rad 1)" in page
    assert "Periode: 01.01.2025" in page
    assert [(m.label, m.value) for m in app.metric] == [("Nye", "0"), ("Endret", "1"), ("Uendret", "1")]
    changes = app.dataframe[0].value
    assert changes.iloc[0].tolist() == [2, "endret", "Bærum, 01.01.2025", "Folketall: 130 921 → 131 500"]
    assert dues_2026(fresh_sample_db) == before  # nothing written by the preview

    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    assert not app.exception, app.exception
    assert "Lagret som import" in app.success[0].value
    assert dues_2026(fresh_sample_db) == before + 3 * (131_500 - 130_921)
    latest = history(fresh_sample_db).iloc[0]
    assert (latest["who"], latest["kind"], latest["file_name"], latest["source"]) == (
        "koordinator",
        "population",
        "folketall-2025.xlsx",
        "opplasting",
    )


def test_an_invalid_upload_shows_the_problems_and_changes_nothing(fresh_sample_db, monkeypatch, make_xlsx, snapshot):
    before = snapshot(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, "131 5OO")).run()
    assert not app.exception, app.exception
    assert "Ingenting er lagret. Fant 1 feil i folketall-2025.xlsx:" in texts(app)
    problems = app.dataframe[0].value
    assert problems.columns.tolist() == ["Ark", "Rad i filen", "Kolonne", "Verdi", "Hva er galt"]
    assert problems.iloc[0].tolist()[1:4] == [2, "Folketall", "131 5OO"]
    assert [b.label for b in app.download_button][:2] == ["Last ned CSV", "Last ned Excel"]
    assert not [b for b in app.button if str(b.key).startswith("coord-confirm")]
    assert snapshot(fresh_sample_db) == before


def test_an_invalid_upload_in_nynorsk_is_refused_in_nynorsk(fresh_sample_db, monkeypatch, make_xlsx, snapshot):
    before = snapshot(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch, lang="nn"))
    app.file_uploader[0].set_value(population_file(make_xlsx, "131 5OO")).run()
    assert not app.exception, app.exception
    problems = app.dataframe[0].value
    assert problems.iloc[0].tolist()[1:] == [2, "Folketall", "131 5OO", "er ikkje eit tal"]
    assert snapshot(fresh_sample_db) == before


def test_an_unreadable_file_in_nynorsk_is_refused_in_nynorsk(fresh_sample_db, monkeypatch):
    app = sign_in(open_page(fresh_sample_db, monkeypatch, lang="nn"))
    app.file_uploader[0].set_value(("regneark.xlsx", b"%PDF-1.7 a report", XLSX)).run()
    assert not app.exception, app.exception
    assert "Fila er ein PDF, ikkje eit rekneark." in texts(app)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "skadet"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "gamle Excel-formatet"),
        (b"%PDF-1.7 a report", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "passordbeskyttet"),
        (b"Kommune;Folketall\n" * 3_000_000, "største tillatte størrelse er 50,0 MB"),
    ],
    ids=["damaged", "xls", "pdf", "password", "too-large"],
)
def test_unreadable_files_get_the_same_message_as_the_cli(fresh_sample_db, monkeypatch, snapshot, content, message):
    before = snapshot(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(("regneark.xlsx", content, XLSX)).run()
    assert not app.exception, app.exception
    assert message in texts(app)
    assert snapshot(fresh_sample_db) == before


def test_a_preview_made_stale_by_another_import_is_not_saved(fresh_sample_db, monkeypatch, make_xlsx, tmp_path):
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, 131_500)).run()
    confirm = next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))

    other = make_xlsx("fra-kollega.xlsx", [["Kommunenummer", "År", "Folketall"], ["3201", 2025, 140_000]])
    commit_import(fresh_sample_db, plan_import(fresh_sample_db, other, other.name), "kollega")  # meanwhile

    app.button(key=confirm).click().run()
    assert not app.exception, app.exception
    assert "endret siden du så forhåndsvisningen" in app.warning[0].value
    assert history(fresh_sample_db).iloc[0]["who"] == "kollega"
    assert "Folketall: 140 000 → 131 500" in app.dataframe[0].value["values"].tolist()  # the new preview


def test_while_another_coordinator_saves_the_second_is_told_to_try_again(fresh_sample_db, monkeypatch, make_xlsx, snapshot):
    monkeypatch.setattr(ui_access, "BUSY_WAIT_SECONDS", 0.2)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, 131_500)).run()
    before = snapshot(fresh_sample_db)
    lock = ui_access._write_lock()
    with lock:  # the other coordinator's save, still running
        app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    assert not app.exception, app.exception
    assert "En annen koordinator lagrer akkurat nå. Ingenting er lagret. Prøv igjen om litt." in texts(app)
    assert snapshot(fresh_sample_db) == before
    assert [b for b in app.button if str(b.key).startswith("coord-confirm")]  # the preview stays: confirm again


def test_undo_the_latest_import_after_a_confirmation(fresh_sample_db, monkeypatch, make_xlsx):
    before = dues_2026(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, 131_500)).run()
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    assert dues_2026(fresh_sample_db) != before
    imported = int(history(fresh_sample_db).iloc[0]["id"])

    open_tab(app, "Historikk og angre")
    assert f"Siste import er nr. {imported}: folketall fra folketall-2025.xlsx" in texts(app)
    app.button(key="coord-undo-ask").click().run()
    assert "Vil du angre?" in app.warning[0].value
    assert dues_2026(fresh_sample_db) != before  # asking is not doing
    app.button(key="coord-undo-confirm").click().run()
    assert not app.exception, app.exception
    assert f"Import {imported} (folketall-2025.xlsx) er angret" in texts(app)
    assert dues_2026(fresh_sample_db) == before
    assert not history(fresh_sample_db).iloc[0].isna()["undone_at"]


def test_an_import_landing_just_before_the_undo_is_not_undone_instead(fresh_sample_db, monkeypatch, make_xlsx):
    """The CLI imports after the coordinator confirmed the undo of import N but before the undo
    writes (it gets the database first): the page undoes nothing, says the list changed, and
    neither N nor the CLI's import is undone."""
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value(population_file(make_xlsx, 131_500)).run()
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    shown = int(history(fresh_sample_db).iloc[0]["id"])
    open_tab(app, "Historikk og angre")
    app.button(key="coord-undo-ask").click().run()

    from_cli = make_xlsx("fra-cli.xlsx", [["Kommunenummer", "År", "Folketall"], ["3203", 2025, 99_000]])
    page_writing = Database.writing

    @contextmanager
    def the_cli_writes_first(db):
        monkeypatch.setattr(Database, "writing", page_writing)  # once: the CLI's own write, then the page's
        commit_import(db, plan_import(db, from_cli, from_cli.name), "cli")
        with page_writing(db) as connection:
            yield connection

    monkeypatch.setattr(Database, "writing", the_cli_writes_first)
    app.button(key="coord-undo-confirm").click().run()
    assert not app.exception, app.exception
    imports = history(fresh_sample_db).set_index("id")
    assert imports.loc[shown + 1, "file_name"] == "fra-cli.xlsx"
    assert imports["undone_at"].isna()[[shown, shown + 1]].tolist() == [True, True]
    assert "Listen over importer er endret i mellomtiden. Ingenting er angret." in app.warning[0].value
    assert f"Siste import er nr. {shown + 1}: folketall fra fra-cli.xlsx" in texts(app)


def test_history_lists_imports_and_offers_the_archived_original(fresh_sample_db, monkeypatch, make_xlsx):
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    upload = population_file(make_xlsx, 131_500)
    app.file_uploader[0].set_value(upload).run()
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    open_tab(app, "Historikk og angre")
    imports = app.dataframe[0].value
    assert imports.columns.tolist()[:5] == ["Nr.", "Tidspunkt", "Hvem", "Filtype", "Fil"]
    assert imports.iloc[0][["Hvem", "Filtype", "Fil"]].tolist() == ["koordinator", "Folketall", "folketall-2025.xlsx"]
    original = app.download_button(key="coord-archive-download")
    assert original.label.replace("\\", "") == "Last ned folketall-2025.xlsx"


def edit_table(app: AppTest, edited_rows: dict) -> AppTest:
    """What the data editor sends when cells are changed in the browser."""
    editor = app.data_editor[0]
    app.session_state[editor.key] = {"edited_rows": edited_rows, "added_rows": [], "deleted_rows": []}
    app.run()
    assert not app.exception, app.exception
    return app


def dues_rate_row(app: AppTest) -> int:
    rules = app.data_editor[0].value
    return int(rules.index[(rules["key"] == "dues_rate_nok") & (rules["valid_from"].dt.year == 2019)][0])


def test_a_rule_edited_on_the_page_changes_the_figures_and_can_be_undone(fresh_sample_db, monkeypatch):
    before = dues_2026(fresh_sample_db)
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Regler")
    edit_table(app, {dues_rate_row(app): {"value": "4"}})
    others = len(fresh_sample_db.query("SELECT key FROM rules")) - 1
    assert [(m.label, m.value) for m in app.metric] == [("Nye", "0"), ("Endret", "1"), ("Uendret", str(others))]
    assert "Verdi: 3 → 4" in app.dataframe[1].value["values"].tolist()  # [0] is the editor
    assert dues_2026(fresh_sample_db) == before  # previewed, not saved
    app.button(key="coord-edit-save-rules").click().run()
    assert not app.exception, app.exception
    assert "Lagret som import" in texts(app)
    assert dues_2026(fresh_sample_db) == before // 3 * 4
    latest = history(fresh_sample_db).iloc[0]
    assert (latest["kind"], latest["who"]) == ("rules", "koordinator")

    open_tab(app, "Historikk og angre")
    assert "regler rettet i appen" in texts(app)
    app.button(key="coord-undo-ask").click().run()
    app.button(key="coord-undo-confirm").click().run()
    assert dues_2026(fresh_sample_db) == before


def test_an_edit_that_breaks_a_rule_is_refused(fresh_sample_db, monkeypatch, snapshot):
    before = snapshot(fresh_sample_db)
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Regler")
    row = dues_rate_row(app)
    edit_table(app, {row: {"value": "tre"}})
    assert "1 feil i tabellen" in app.error[0].value
    problem = app.dataframe[1].value.iloc[0].tolist()
    assert problem == [row + 1, "Verdi", "tre", "må være et helt tall (for eksempel 3)"]
    assert not [b for b in app.button if b.key == "coord-edit-save-rules"]
    assert snapshot(fresh_sample_db) == before


def test_a_meeting_corrected_in_the_table(fresh_sample_db, monkeypatch):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    meetings = app.data_editor[0].value
    edit_table(app, {0: {"place": "Sandvika rådhus"}})
    assert app.dataframe[1].value["values"].tolist() == [f"Sted: {meetings.loc[0, 'place']} → Sandvika rådhus"]
    app.button(key="coord-edit-save-meetings").click().run()
    assert not app.exception, app.exception
    stored = fresh_sample_db.query(
        "SELECT place FROM meetings WHERE date = ? AND body = ?", [meetings.loc[0, "date"].date(), meetings.loc[0, "body"]]
    )
    assert stored["place"].tolist() == ["Sandvika rådhus"]
    assert app.data_editor[0].value.loc[0, "place"] == "Sandvika rådhus"  # the editor shows the saved table


def test_every_rule_the_app_knows_has_a_name_in_both_languages():
    assert {f"coord.rule.{key}" for key in RULE_FORMATS} <= set(TEXTS)


def test_templates_tab_offers_one_template_per_kind(fresh_sample_db, monkeypatch):
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Maler")
    labels = [b.label for b in app.download_button]
    assert len(labels) == len(UPLOAD_KINDS) and "Last ned malen for folketall" in labels
    assert {"Last ned malen for handlingsplan", "Last ned malen for budsjett"} <= set(labels)


def test_ssb_unreachable_says_so_and_changes_nothing(fresh_sample_db, monkeypatch, snapshot):
    monkeypatch.setenv("KHS_SSB_API", "http://127.0.0.1:9/api/pxwebapi/v2")
    before = snapshot(fresh_sample_db)
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.button(key="coord-ssb-fetch").click().run()
    assert not app.exception, app.exception
    assert app.error[0].value.startswith("Kunne ikke hente folketall fra SSB.")
    assert snapshot(fresh_sample_db) == before


def test_a_viewer_password_guards_every_page(fresh_sample_db, monkeypatch):
    monkeypatch.setenv("KHS_VIEWER_PASSWORD", "styremøte")
    app = fresh_app(fresh_sample_db, monkeypatch)
    app.run()
    assert [w.label for w in app.text_input] == ["Passord"]
    assert not [m for m in app.markdown if "khs-headline" in m.value]
    app.switch_page("pages/kontingent.py").run()
    assert [w.label for w in app.text_input] == ["Passord"]
    app.text_input(key="khs-viewer-password").input("feil")
    submit(app)
    assert app.error[0].value == "Feil passord. Prøv igjen."
    app.text_input(key="khs-viewer-password").input("styremøte")
    submit(app)
    assert not app.exception, app.exception
    assert any("Kontingent 2026" in m.value for m in app.markdown if "khs-headline" in m.value)


def test_nynorsk(fresh_sample_db, monkeypatch):
    app = sign_in(open_page(fresh_sample_db, monkeypatch, lang="nn"))
    assert "Logga inn som koordinator." in texts(app)
    assert [t.label for t in app.tabs] == ["Last opp", "Historikk og angre", "Malar", "Rett i tabellane", "Reglar", "Avtalar"]


# -- the action plan and the budget ------------------------------------------------------------------


def test_a_budget_upload_says_its_dues_line_is_computed_and_saves_the_other_lines(fresh_sample_db, monkeypatch, make_xlsx):
    path = make_xlsx(
        "budsjett-2027.xlsx",
        [
            ["År", "Post", "Type", "Budsjett", "Regnskap"],
            [2027, "Medlemskontingent", "inntekt", 1_500_000, None],
            [2027, "Reiser", "utgift", 50_000, None],
        ],
    )
    app = sign_in(open_page(fresh_sample_db, monkeypatch))
    app.file_uploader[0].set_value((path.name, path.read_bytes(), XLSX)).run()
    assert not app.exception, app.exception
    assert "Gjenkjent som **Budsjett**" in texts(app)
    assert [w.value for w in app.warning] == [
        "Budsjettfilen oppgir kr 1 500 000 for «Medlemskontingent», kr 32 901 mindre enn utregnet kontingent for 2027 "
        "(kr 1 532 901). Dashbordet bruker det utregnede tallet."
    ]
    app.button(key=next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))).click().run()
    assert not app.exception, app.exception
    figures = budget(fresh_sample_db, 2027)
    assert figures.income_budget_nok == 1_532_901 and figures.expense_budget_nok == 50_000
    assert any(link.proto.page == "budsjett" for link in app.main.get("page_link"))


def test_a_measure_marked_done_in_the_table_is_no_longer_overdue(fresh_sample_db, monkeypatch):
    on = dt.date(2026, 11, 23)
    assert len(action_plan(fresh_sample_db, 2026, on).overdue) == 2
    app = open_tab(sign_in(open_page(fresh_sample_db, monkeypatch)), "Rett i tabellene")
    app.selectbox(key="coord-edit-kind").set_value("actionplan").run()
    measures = app.data_editor[0].value
    row = int(measures.index[measures["measure"] == "Felles rekrutteringskampanje for sykepleiere"][0])
    edit_table(app, {row: {"status": "fullført"}})
    assert app.dataframe[-1].value["values"].tolist() == ["Status: utsatt → fullført"]
    app.button(key="coord-edit-save-actionplan").click().run()
    assert not app.exception, app.exception
    assert list(action_plan(fresh_sample_db, 2026, on).overdue["measure"]) == [
        "Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner"
    ]
