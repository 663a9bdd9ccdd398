"""Each command's own output with `--lang nn` is nynorsk (the JSON stays as it is: a contract)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import db_args

YEAR = 2026
ON = ("--on", "01.06.2026")
# Bokmål forms whose nynorsk differs (data values such as a body's or a person's name are as stored).
BOKMAL_ONLY = (
    "ikke",
    "innbygger",
    "Folketall",
    "folketall",
    "regnskap",
    "Regnskap",
    "avholdte",
    "teller",
    "forfalt",
    "FORFALT",
    "endret",
    "uendret",
    "Skrev",
    "Angret",
    "endringer",
    "mangler",
    "leder",
    "nestleder",
    "startet",
    "utregnet",
)

COMMANDS = {
    "dues": ("dues", "--year", YEAR, *ON),
    "compliance": ("compliance", "--year", YEAR, *ON),
    "board": ("board", *ON),
    "network": ("network", *ON),
    "actionplan": ("actionplan", "--year", YEAR, *ON),
    "budget": ("budget", "--year", YEAR),
    "calendar": ("calendar", "--year", YEAR, *ON),
    "agreement": ("agreement", *ON),
}


def bokmal_words(text: str) -> set[str]:
    """The agreement's own words (a «Regel:» line, a reference «Samarbeidsavtalen …, «Finansiering»:
    kr 3,- pr. innbygger (gyldig …)») are quoted as written, in bokmål."""
    said = "\n".join(line for line in text.splitlines() if not line.strip().startswith("Regel:"))
    said = re.sub(r"Samarbeidsavtalen[^()]*\(gyldig[^)]*\)", "", said)
    return {word for word in BOKMAL_ONLY if re.search(rf"\b{word}\b", said)}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_commands_text_in_nynorsk_has_no_bokmal_word(sample_db, run, command):
    code, out, err = run(*db_args(sample_db), *COMMANDS[command], "--lang", "nn")
    assert code == 0, err
    assert out.strip()
    assert bokmal_words(out) == set(), out


def test_the_bokmal_text_of_the_commands_has_the_words_the_nynorsk_one_lacks(sample_db, run):
    out = "".join(run(*db_args(sample_db), *args)[1] for args in COMMANDS.values())
    assert {"ikke", "Folketall", "avholdte", "forfalt"} <= bokmal_words(out)


@pytest.mark.parametrize("command", ["dues", "board", "compliance", "budget"])
def test_the_json_is_the_same_in_both_languages(sample_db, run, command):
    bokmal = json.loads(run(*db_args(sample_db), *COMMANDS[command], "--json")[1])
    nynorsk = json.loads(run(*db_args(sample_db), *COMMANDS[command], "--json", "--lang", "nn")[1])
    assert nynorsk == bokmal


def test_import_dry_run_undo_export_and_init_speak_nynorsk(fresh_sample_db, make_csv, run, tmp_path):
    args = db_args(fresh_sample_db)
    path = make_csv("folketall.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4410]])
    code, out, _ = run(*args, "import", path, "--kind", "population", "--dry-run", "--lang", "nn")
    assert code == 0 and "Prøvekøyring" in out and "1 nye, 0 endra" in out and "folketal" in out
    code, out, _ = run(*args, "import", path, "--kind", "population", "--lang", "nn")
    assert code == 0 and "endra" in out and bokmal_words(out.replace(path.name, "")) == set()
    code, out, _ = run(*args, "undo", "--lang", "nn")
    assert code == 0 and out.startswith("Angra import") and "tilbakestilte" in out
    code, out, _ = run(*args, "export", "population", "--out", tmp_path / "f.csv", "--lang", "nn")
    assert code == 0 and out.startswith("Skreiv ")
    code, out, _ = run(*args, "init", "--lang", "nn")
    assert code == 0 and "endringar" in out


HELP_BOKMAL_ONLY = ("ikke", "ellers", "fra", "hva", "regnskap", "folketall", "et", "en", "gjelder", "nyeste", "regler")


def help_words(text: str) -> set[str]:
    return {word for word in HELP_BOKMAL_ONLY if re.search(rf"\b{word}\b", text)}


@pytest.mark.parametrize("command", ["dues", "compliance", "actionplan", "export", "ssb-update", "calendar", "import", "init", "report"])
def test_a_commands_help_in_nynorsk_has_no_bokmal_word(run, command):
    code, out, _ = run(command, "--help", "--lang", "nn")
    assert code == 0 and "--lang" in out
    assert help_words(out) == set(), out


def test_the_command_list_in_nynorsk_with_khs_lang(run, monkeypatch):
    monkeypatch.setenv("KHS_LANG", "nn")
    code, out, _ = run("--help")
    assert code == 0 and "Dataa til KHS-dashbordet" in out and "samansetjinga av styret" in out
    assert help_words(out) == set(), out


def test_the_help_in_bokmal_is_as_before(run):
    code, out, _ = run("dues", "--help")
    assert code == 0 and "datoen betalingsstatusen gjelder (standard: i dag)" in out


def test_a_date_typed_wrong_is_refused_in_nynorsk(sample_db, run):
    code, _, err = run(*db_args(sample_db), "dues", "--year", YEAR, "--on", "32.13.2026", "--lang", "nn")
    assert code == 2 and "«32.13.2026» er ikkje ein dato" in err
    code, _, err = run(*db_args(sample_db), "dues", "--year", YEAR, "--on", "32.13.2026")
    assert code == 2 and "«32.13.2026» er ikke en dato" in err
