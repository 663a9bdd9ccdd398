"""A sheet is taken for a kind only when its headers clearly are that kind's: every required
column and at least one column that belongs to no other kind. Otherwise the coordinator chooses
(the web: the «Filtype» choice; the CLI: exit 1 naming the candidates). The rule is generic over
khs_data.kinds: every kind's sample file and template is still recognised."""

from __future__ import annotations

import pytest
from app_support import as_a_running_server, open_app  # noqa: F401 - fixture
from test_page_koordinator import PASSWORD, texts

from khs_data import cli, config
from khs_data.bootstrap import SAMPLE_FILES
from khs_data.detection import distinct_labels
from khs_data.importer import plan_import
from khs_data.kinds import KINDS, UPLOAD_KINDS
from khs_data.problems import KindUnclear

CONTACTS = [["Navn", "Telefon", "E-post"], ["Kari Nordmann", "22 00 00 00", "kari@example.invalid"]]


def test_a_contact_list_is_not_taken_for_a_project_list(sample_db, make_csv, snapshot):
    before = snapshot(sample_db)
    with pytest.raises(KindUnclear) as unclear:
        plan_import(sample_db, make_csv("kontakter.csv", CONTACTS))
    assert unclear.value.candidates == ["projects"]
    assert "Velg filtype" in unclear.value.problems[0].message
    assert "--kind" not in unclear.value.problems[0].message
    assert snapshot(sample_db) == before


def test_headers_two_kinds_share_make_the_person_choose(sample_db, make_csv):
    rows = [["Prosjekt", "Beskrivelse", "Kommune", "År", "Beløp"], ["Legevakt", "Felles legevakt", "Hol", 2026, 13488]]
    with pytest.raises(KindUnclear) as unclear:
        plan_import(sample_db, make_csv("blandet.csv", rows))
    assert sorted(unclear.value.candidates) == ["payments", "projects"]


def test_a_chosen_kind_reads_the_sheet_it_could_not_tell(sample_db, make_csv):
    rows = [["Navn", "Status"], ["Legevakt", "pågår"]]
    with pytest.raises(KindUnclear):
        plan_import(sample_db, make_csv("uklar.csv", rows))
    assert plan_import(sample_db, make_csv("uklar.csv", rows), kind="projects").added == 1


@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_every_kind_has_a_column_of_its_own(kind):
    required = {f.name for f in KINDS[kind].fields if f.required}
    assert distinct_labels(kind), f"{kind}: no header belongs to it alone, so no file of it is ever recognised"
    assert required  # what «clearly» also needs


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_every_sample_file_is_recognised(sample_db, name):
    # The sample store: the action plan and the budget name projects, which must be on record.
    plan = plan_import(sample_db, config.SAMPLE_DIR / name)
    assert plan.kind.name == plan_import(sample_db, config.SAMPLE_DIR / name, kind=plan.kind.name).kind.name


def test_the_sample_files_are_one_of_each_kind(sample_db):
    assert sorted(plan_import(sample_db, config.SAMPLE_DIR / name).kind.name for name in SAMPLE_FILES) == sorted(UPLOAD_KINDS)


def test_the_cli_names_the_candidates_and_exits_1(sample_db, make_csv, capsys):
    code = cli.main(["--db", str(sample_db.path), "import", str(make_csv("kontakter.csv", CONTACTS))])
    err = capsys.readouterr().err
    assert code == 1
    assert "Ingenting er importert." in err
    assert "Velg filtype med --kind: projects." in err


@pytest.mark.usefixtures("as_a_running_server")
def test_the_web_asks_for_the_kind_and_never_mentions_a_flag(fresh_sample_db, monkeypatch, make_csv):
    monkeypatch.setenv("KHS_COORDINATOR_PASSWORD", PASSWORD)
    app = open_app(fresh_sample_db.path, "pages/koordinator.py")
    app.text_input(key="khs-coordinator-password").input(PASSWORD)
    next(b for b in app.button if b.label == "Logg inn").click().run()
    path = make_csv("kontakter.csv", CONTACTS)
    app.file_uploader[0].set_value(("kontakter.csv", path.read_bytes(), "text/csv")).run()
    assert not app.exception, app.exception
    shown = texts(app)
    assert "Velg filtype i listen «Filtype» over («Prosjekter»)" in shown
    assert "--kind" not in shown
    assert not [b for b in app.button if str(b.key or "").startswith("coord-confirm")]
    garbage = make_csv("tull.csv", [["A", "B"], ["1", "2"]])
    app.file_uploader[0].set_value(("tull.csv", garbage.read_bytes(), "text/csv")).run()
    assert "--kind" not in texts(app)
