"""`calendar --year Y [--out FILE.ics] [--json]` and `agreement [--on DATE] --json` from the command line."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import vobject

from khs_data import cli
from khs_data.metrics.agreements import agreement_states
from khs_data.metrics.yearwheel import year_events
from khs_data.yearwheel.ics import calendar_ics
from khs_data.yearwheel.text import calendar_json

SAMPLE_TODAY = dt.date(2026, 11, 23)


def run(db, *args: str) -> int:
    return cli.main(["--db", str(db.path), *args])


def test_calendar_json_is_the_events_of_the_year(sample_db, capsys):
    assert run(sample_db, "calendar", "--year", "2027", "--on", "2026-11-23", "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document == calendar_json(2027, year_events(sample_db, 2027, SAMPLE_TODAY))
    assert {e["kind"] for e in document["events"]} == {
        "kontingentfrist",
        "møte",
        "periodeslutt",
        "oppsigelsesfrist",
        "folketallsdato",
        "mangler_møte",
    }


def test_calendar_out_writes_the_ics_both_parsers_read(sample_db, tmp_path, capsys):
    out = tmp_path / "arshjul.ics"
    assert run(sample_db, "calendar", "--year", "2026", "--on", "23.11.2026", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Skrev 24 hendelser til {out}."
    written = icalendar.Calendar.from_ical(out.read_bytes())
    stamp = written.walk("VEVENT")[0]["DTSTAMP"].dt
    assert out.read_bytes() == calendar_ics(2026, year_events(sample_db, 2026, SAMPLE_TODAY), "nb", stamp)
    assert len(vobject.readOne(out.read_text(encoding="utf-8")).vevent_list) == 24


def test_calendar_out_and_json_together(sample_db, tmp_path, capsys):
    out = tmp_path / "a.ics"
    assert run(sample_db, "calendar", "--year", "2026", "--out", str(out), "--json") == 0
    assert len(json.loads(capsys.readouterr().out)["events"]) == len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))


def test_calendar_as_a_table(sample_db, capsys):
    assert run(sample_db, "calendar", "--year", "2027", "--on", "2026-11-23") == 0
    out = capsys.readouterr().out
    assert out.startswith("Årshjul 2027 (10 hendelser):")
    assert "31.12.2027  Mangler møte      2 styremøter mangler dato (mangler dato)" in out


def test_calendar_refuses_another_suffix_or_a_missing_folder(sample_db, tmp_path, capsys):
    assert run(sample_db, "calendar", "--year", "2026", "--out", str(tmp_path / "a.txt")) == 2
    assert run(sample_db, "calendar", "--year", "2026", "--out", str(tmp_path / "nei" / "a.ics")) == 2
    err = capsys.readouterr().err
    assert "må slutte på .ics" in err and "finnes ikke" in err and "Traceback" not in err


def test_agreement_json_on_a_date(sample_db, capsys):
    assert run(sample_db, "agreement", "--on", "2026-11-23", "--json") == 0
    document = json.loads(capsys.readouterr().out)
    assert document["on"] == "2026-11-23"
    base, amendment = document["agreements"]
    assert {k: base[k] for k in ("name", "valid_from", "valid_to", "members", "approved", "missing", "unanimous", "in_force")} == {
        "name": "Samarbeidsavtalen 2019–2023",
        "valid_from": "2019-01-01",
        "valid_to": "2023-01-01",
        "members": 21,
        "approved": 21,
        "missing": [],
        "unanimous": True,
        "in_force": True,
    }
    assert (amendment["members"], amendment["approved"], amendment["missing"]) == (21, 17, ["Flå", "Hole", "Rollag", "Sigdal"])
    assert (amendment["unanimous"], amendment["in_force"]) == (False, False)
    assert [a["name"] for a in document["agreements"]] == [s.name for s in agreement_states(sample_db, SAMPLE_TODAY)]


def test_agreement_as_text(sample_db, capsys):
    assert run(sample_db, "agreement", "--on", "01.07.2027") == 0
    out = capsys.readouterr().out
    assert "17 av 20 har vedtatt; mangler: Hole, Rollag, Sigdal." in out
    assert "Gyldig 01.01.2019–01.01.2023, eller inntil ny avtale foreligger" in out
