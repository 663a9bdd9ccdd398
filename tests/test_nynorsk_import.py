"""Import problems in the importer's language: `--lang nn` on the command line, the page's language
in the app (tests/test_page_koordinator.py). Bokmål stays exactly as it was."""

from __future__ import annotations

import pytest
from conftest import db_args

from khs_data.catalogue import TEXTS
from khs_data.kinds import KINDS
from khs_data.problems import FileRefused, Problem, importing_in
from khs_data.readers.ssb.jsonstat import parse_jsonstat
from khs_data.rules import rule_value_problem

BAD_MEETINGS = [["Dato", "Organ"], ["31.02.2024", "Samarbeidsstyret"], ["01.03.2024", "Bystyret"]]


def test_a_bad_file_with_lang_nn_is_refused_in_nynorsk_naming_file_row_column_and_value(sample_db, make_csv, run, snapshot):
    path = make_csv("moter.csv", BAD_MEETINGS)
    before = snapshot(sample_db)
    code, out, err = run(*db_args(sample_db), "import", path, "--lang", "nn")
    assert code == 1 and out == ""
    assert "Ingenting er importert. 2 problem:" in err
    assert "moter.csv, rad 2, kolonne «Dato»: verdien «31.02.2024»: er ikkje ein gyldig dato (den dagen finst ikkje)" in err
    assert "moter.csv, rad 3, kolonne «Organ»: verdien «Bystyret»: er ikkje eit kjent organ (gyldige verdiar:" in err
    assert snapshot(sample_db) == before


def test_the_same_file_in_bokmal_is_refused_as_before(sample_db, make_csv, run):
    code, _, err = run(*db_args(sample_db), "import", make_csv("moter.csv", BAD_MEETINGS))
    assert code == 1
    assert "moter.csv, rad 2, kolonne «Dato»: verdien «31.02.2024»: er ikke en gyldig dato (den dagen finnes ikke)" in err
    assert "rad 3, kolonne «Organ»: verdien «Bystyret»: er ikke et kjent organ (gyldige verdier:" in err


def test_a_file_that_is_no_spreadsheet_is_refused_in_nynorsk(sample_db, tmp_path, run):
    path = tmp_path / "folketall.xlsx"
    path.write_bytes(b"%PDF-1.7 a report")
    code, _, err = run(*db_args(sample_db), "import", path, "--lang", "nn")
    assert code == 1
    assert "folketall.xlsx: Fila er ein PDF, ikkje eit rekneark. Last opp Excel (.xlsx) eller CSV." in err


def test_missing_columns_name_the_kind_in_nynorsk(sample_db, make_csv, run):
    path = make_csv("prosjekt.csv", [["Namn på noko"], ["x"]])
    code, _, err = run(*db_args(sample_db), "import", path, "--kind", "projects", "--lang", "nn")
    assert code == 1
    assert "Manglar kolonnen" in err and "for filtypen «Prosjekt»" in err


def test_where_a_problem_is_reads_in_the_importers_language():
    problem = Problem("fil.xlsx", "melding", row=4, column="Dato", value="x", sheet="Ark1")
    with importing_in("nn"):
        assert problem.describe() == "fil.xlsx, ark «Ark1», rad 4, kolonne «Dato»: verdien «x»: melding"
    assert problem.describe() == "fil.xlsx, ark «Ark1», rad 4, kolonne «Dato»: verdien «x»: melding"


def test_every_choice_column_says_what_it_wants_in_both_languages():
    wanted = {f"import.what.{f.what}" for kind in KINDS.values() for f in kind.fields if f.parser == "choice"}
    assert wanted and not wanted - set(TEXTS)


def test_a_rule_value_the_figures_cannot_use_is_refused_in_nynorsk():
    with importing_in("nn"):
        assert rule_value_problem("board_size", "tre") == "må vere eit heilt tal (til dømes 3)"
    assert rule_value_problem("board_size", "tre") == "må være et helt tall (for eksempel 3)"


def test_a_jsonstat_file_from_ssb_that_is_not_one_is_refused_in_nynorsk():
    with importing_in("nn"), pytest.raises(FileRefused) as refused:
        parse_jsonstat(b'{"class": "dataset", "version": "2.0", "id": ["Region"], "size": [1, 2], "dimension": {}}', "07459.json")
    assert refused.value.problems[0].message.startswith(
        "Fila er ikkje ei gyldig JSON-stat-fil frå SSB: «id», «size» og «dimension» passar ikkje saman."
    )
