"""Population straight from SSB (table 07459, PxWebApi v2), against a local stand-in for SSB.

The stand-in serves JSON-stat2 in the shape DOMAIN.md describes, answers the query parameters
the way PxWebApi v2 does (from(2019), year lists, "Non-existent value"), and misbehaves on
demand: 429 then success, 500 always, too slow, an HTML error page, cut-off JSON. No test
reaches the internet."""

from __future__ import annotations

import email.message
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from khs_data.catalogue.ssb import TEXTS
from khs_data.config import PROJECT_ROOT
from khs_data.database import StoreError
from khs_data.importer import commit_import, history, undo_last
from khs_data.metrics.dues import dues_for_year
from khs_data.ssb_api import (
    SsbError,
    _wait_before_retry,
    build_request_url,
    discard_staged,
    fetch_population,
    last_ssb_fetch,
    member_numbers,
    plan_ssb_update,
)

# Population at 1.1.2025 from DOMAIN.md (the sample data uses them too).
MEMBERS_2025 = {
    "3201": ("Bærum", 130921),
    "3301": ("Drammen", 104487),
    "3203": ("Asker", 98815),
    "3305": ("Ringerike", 31581),
    "3303": ("Kongsberg", 28848),
    "3312": ("Lier", 28470),
    "3314": ("Øvre Eiker", 20779),
    "3316": ("Modum", 14665),
    "3236": ("Jevnaker", 7037),
    "3310": ("Hole", 6989),
    "3328": ("Ål", 5007),
    "3324": ("Gol", 4986),
    "3330": ("Hol", 4496),
    "3332": ("Sigdal", 3526),
    "3322": ("Nesbyen", 3301),
    "3334": ("Flesberg", 2781),
    "3326": ("Hemsedal", 2666),
    "3338": ("Nore og Uvdal", 2486),
    "3318": ("Krødsherad", 2241),
    "3336": ("Rollag", 1395),
    "3320": ("Flå", 1115),
}
SSB_YEARS = list(range(2015, 2027))  # what the stand-in "has"; 1.1.2026 is published by 23.11.2026
ASKED_YEARS = [y for y in SSB_YEARS if y >= 2019]
OTHERS = {"K-0301": "Oslo", "0": "Hele landet"}  # not members: must be skipped, not refused
TITLE = "07459: Befolkning, etter region, statistikkvariabel og år"


def population(number: str, year: int, revised: bool = False) -> int:
    """Near DOMAIN.md's figures but never equal to the sample data, so an update always shows."""
    value = MEMBERS_2025[number][1] + 5 + (year - 2025) * (7 + int(number) % 13)
    return value + 11 if revised and year == 2024 else value


def jsonstat(regions: list[str], years: list[int], revised: bool = False) -> dict:
    """A PxWebApi v2 JSON-stat2 answer: Region × ContentsCode × Tid, Kjonn and Alder eliminated."""
    labels = {code: MEMBERS_2025[code[2:]][0] if code[2:] in MEMBERS_2025 else OTHERS[code] for code in regions}
    values = []
    for code in regions:
        for year in years:
            values.append(population(code[2:], year, revised) if code[2:] in MEMBERS_2025 else 5_594_340 + year)
    return {
        "version": "2.0",
        "class": "dataset",
        "label": TITLE,
        "source": "Statistisk sentralbyrå",
        "updated": "2026-02-20T07:00:00Z",
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [len(regions), 1, len(years)],
        "dimension": {
            "Region": {"label": "region", "category": {"index": {c: i for i, c in enumerate(regions)}, "label": labels}},
            "ContentsCode": {
                "label": "statistikkvariabel",
                "category": {
                    "index": {"Personer1": 0},
                    "label": {"Personer1": "Personer"},
                    "unit": {"Personer1": {"base": "personer", "decimals": 0}},
                },
            },
            "Tid": {
                "label": "år",
                "category": {"index": {str(y): i for i, y in enumerate(years)}, "label": {str(y): str(y) for y in years}},
            },
        },
        "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["Region"]},
        "value": values,
    }


class StandIn(BaseHTTPRequestHandler):
    """Path /<mode>/tables/07459/data; the mode says how to (mis)behave."""

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        mode = parts.path.strip("/").split("/")[0]
        state = self.server.state
        with state["lock"]:
            state["requests"].append(self.path)
            count = state["counts"][mode] = state["counts"].get(mode, 0) + 1
        if mode == "busy" and count <= 2:
            return self.send(429, b'{"title": "Too many requests"}', headers={"Retry-After": "0"})
        if mode == "down":
            return self.send(500, b"Internal Server Error", "text/plain")
        if mode == "maintenance":
            return self.send(503, b"<html><body>Vedlikehold</body></html>", "text/html", {"Retry-After": "0"})
        if mode == "slow":
            time.sleep(1.5)
        if mode == "html":
            page = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1><p>Proxy: upstream unreachable</p></body></html>"
            return self.send(200, page.encode(), "text/html; charset=utf-8")
        if mode == "notjsonstat":
            return self.send(200, b'{"error": "ukjent"}')
        status, body = self.answer(urllib.parse.parse_qs(parts.query), revised=mode == "revised")
        if mode == "truncated":
            body = body[: len(body) // 2]
        if mode == "cutoff":  # the header promises the whole answer, the connection closes halfway
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
            return
        self.send(status, body)

    def answer(self, query: dict, revised: bool) -> tuple[int, bytes]:
        def value_codes(name: str) -> list[str]:
            return query.get(f"valueCodes[{name}]", [""])[0].split(",")

        problem = json.dumps({"type": "Parameter error", "title": "Non-existent value", "status": 400}).encode()
        if query.get("codelist[Region]") != ["agg_KommSummer"] or value_codes("ContentsCode") != ["Personer1"]:
            return 400, json.dumps({"type": "Parameter error", "title": "Illegal selection", "status": 400}).encode()
        regions = value_codes("Region")
        if any(code[2:] not in MEMBERS_2025 for code in regions):
            return 400, problem
        time_codes = value_codes("Tid")
        if len(time_codes) == 1 and time_codes[0].startswith("from("):
            years = [y for y in SSB_YEARS if y >= int(time_codes[0][5:-1])]
        elif all(c.isdigit() and int(c) in SSB_YEARS for c in time_codes):
            years = [int(c) for c in time_codes]
        else:
            return 400, problem
        # Like a download covering more of Norway: a non-member and the country first.
        return 200, json.dumps(jsonstat(list(OTHERS) + regions, years, revised), ensure_ascii=False).encode()

    def send(self, status: int, body: bytes, content_type: str = "application/json; charset=utf-8", headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def ssb():
    """The stand-in on 127.0.0.1 (port chosen by the system); yields a function mode → base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    server.daemon_threads = True
    server.state = {"lock": threading.Lock(), "requests": [], "counts": {}}
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def base(mode: str) -> str:
        with server.state["lock"]:
            server.state["counts"].pop(mode, None)
        return f"http://127.0.0.1:{server.server_address[1]}/{mode}"

    base.state = server.state
    yield base
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def local_only(monkeypatch, tmp_path):
    """No proxy for the stand-in, and staged answers in this test's own temp folder."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    staging = tmp_path / "staging"
    staging.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(staging))
    return staging


FAST = {"retries": 2, "backoff": 0.01, "max_wait": 0.05}


def member_figures(db, years=ASKED_YEARS) -> dict[tuple[str, int], int]:
    frame = db.query(
        "SELECT municipality, year(date) AS year, count FROM population "
        "WHERE month(date) = 1 AND day(date) = 1 AND year(date) BETWEEN ? AND ?",
        [min(years), max(years)],
    )
    return {(r.municipality, int(r.year)): int(r.count) for r in frame.itertuples() if int(r.year) in years}


def expected_figures(years=ASKED_YEARS, revised: bool = False) -> dict[tuple[str, int], int]:
    return {(n, y): population(n, y, revised) for n in MEMBERS_2025 for y in years}


# -- the request -------------------------------------------------------------------------------


def test_request_url_asks_for_the_members_total_population():
    url = build_request_url("https://data.ssb.no/api/pxwebapi/v2/", ["3203", "3201"], None)
    assert url.startswith("https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    assert query["valueCodes[Region]"] == ["K-3201,K-3203"]
    assert query["codelist[Region]"] == ["agg_KommSummer"]
    assert query["valueCodes[ContentsCode]"] == ["Personer1"]
    assert query["valueCodes[Tid]"] == ["from(2019)"]
    assert query["outputFormat"] == ["json-stat2"]
    assert not any("Kjonn" in k or "Alder" in k for k in query)  # eliminated: totals over sex and age
    assert "valueCodes[Tid]=from(2019)" in url  # readable in the history
    listed = build_request_url("http://x", ["3201"], [2025, 2019, 2025])
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(listed).query)["valueCodes[Tid]"] == ["2019,2025"]


def test_register_numbers_that_are_not_four_digits_are_refused_before_asking(ssb):
    with pytest.raises(SsbError, match="firesifret"):
        fetch_population(ssb("ok"), numbers=["3201", "32O1"])


def test_a_base_setting_that_is_not_a_web_address_is_explained(monkeypatch):
    monkeypatch.setenv("KHS_SSB_API", "data.ssb.no/api/pxwebapi/v2")
    with pytest.raises(SsbError, match="KHS_SSB_API"):
        fetch_population(numbers=["3201"])


# -- success: preview, commit, dues, history, undo ---------------------------------------------------


def test_update_brings_the_figures_in_and_undo_restores(fresh_sample_db, ssb, snapshot, local_only):
    db = fresh_sample_db
    before = snapshot(db)
    dues_before = dues_for_year(db, 2026)
    assert last_ssb_fetch(db) is None

    plan = plan_ssb_update(db, base=ssb("ok"), **FAST)
    assert snapshot(db) == before  # the preview writes nothing
    assert plan.file_name.startswith("ssb-07459-") and plan.file_name.endswith(".json")
    assert plan.added + plan.changed == len(expected_figures()) - plan.unchanged
    assert plan.skipped == 2 * len(ASKED_YEARS)  # Oslo and the country, every year
    assert "hoppet over" in plan.summary()

    result = commit_import(db, plan, "koordinator")
    discard_staged(plan)
    assert not list(local_only.iterdir())  # the staged answer is gone; the archive keeps it
    assert member_figures(db) == expected_figures()

    latest = history(db).iloc[0]
    assert latest["id"] == result.import_id
    assert latest["source"].startswith("SSB PxWebApi: http://127.0.0.1:")
    assert "valueCodes[Region]=K-3201" in latest["source"] and "Personer1" in latest["source"]
    fetched = last_ssb_fetch(db)
    assert fetched.import_id == result.import_id and fetched.newest_year == max(SSB_YEARS)
    assert latest["source"].endswith(fetched.url)

    dues_after = dues_for_year(db, 2026)  # billed on the population at 1.1.2025
    baerum = dues_after.set_index("municipality_number").loc["3201"]
    assert baerum["population"] == population("3201", 2025)
    assert baerum["amount_nok"] == 3 * population("3201", 2025)
    assert not dues_after.equals(dues_before)

    undone = undo_last(db)
    assert undone["import_id"] == result.import_id
    after_undo = snapshot(db)
    kept = ("imports", "import_changes", "_archive")  # history keeps the undone import
    assert {t: rows for t, rows in after_undo.items() if t not in kept} == {t: rows for t, rows in before.items() if t not in kept}
    pd.testing.assert_frame_equal(dues_for_year(db, 2026), dues_before)
    assert last_ssb_fetch(db) is None


def test_revised_figures_are_shown_as_changed(fresh_sample_db, ssb):
    db = fresh_sample_db
    commit_import(db, plan_ssb_update(db, base=ssb("ok"), **FAST), "koordinator")
    again = plan_ssb_update(db, base=ssb("ok"), **FAST)
    assert (again.added, again.changed) == (0, 0)
    assert commit_import(db, again, "koordinator").import_id is None  # nothing new: nothing recorded

    revised = plan_ssb_update(db, base=ssb("revised"), **FAST)
    assert (revised.added, revised.changed) == (0, len(MEMBERS_2025))
    change = next(c for c in revised.changes if c.after["municipality"] == "3201")
    assert change.after["count"] - change.before["count"] == 11
    commit_import(db, revised, "koordinator")
    assert member_figures(db) == expected_figures(revised=True)


def test_chosen_years_only(fresh_sample_db, ssb):
    db = fresh_sample_db
    plan = plan_ssb_update(db, [2025, 2026], base=ssb("ok"), **FAST)
    assert {c.after["date"].year for c in plan.changes} <= {2025, 2026}
    assert "valueCodes[Tid]=2025,2026" in plan.source
    commit_import(db, plan, "koordinator")
    assert member_figures(db, [2025, 2026]) == expected_figures([2025, 2026])


def test_too_many_requests_then_success(fresh_sample_db, ssb):
    base = ssb("busy")
    plan = plan_ssb_update(fresh_sample_db, base=base, **FAST)
    assert ssb.state["counts"]["busy"] == 3  # two 429s, then the answer
    assert plan.added + plan.changed > 0


def test_retry_after_is_honoured_but_capped():
    headers = email.message.Message()
    headers["Retry-After"] = "120"
    error = urllib.error.HTTPError("http://x", 429, "Too Many Requests", headers, None)
    assert _wait_before_retry(error, 0, backoff=1.0, max_wait=30.0) == 30.0
    headers.replace_header("Retry-After", "3")
    assert _wait_before_retry(error, 0, backoff=1.0, max_wait=30.0) == 3.0
    headers.replace_header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")  # in the past: no wait
    assert _wait_before_retry(error, 0, backoff=1.0, max_wait=30.0) == 0.0
    del headers["Retry-After"]
    assert [_wait_before_retry(error, n, backoff=1.0, max_wait=5.0) for n in range(4)] == [1.0, 2.0, 4.0, 5.0]


# -- failures: a message the coordinator understands, and nothing changed ---------------------------


def closed_port_base() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nobody listens there now


@pytest.mark.parametrize(
    "mode, years, expected",
    [
        ("down", None, "HTTP 500, 3 forsøk"),
        ("maintenance", None, "HTTP 503"),
        ("slow", None, "svarte ikke innen 0,4 sekunder"),
        ("html", None, "nettside i stedet for tall"),
        ("truncated", None, "ufullstendig eller skadet"),
        ("cutoff", None, "ble brutt"),
        ("notjsonstat", None, "ikke en tabell i formatet"),
        ("ok", [2019, 2031], "SSB har ikke tall for alt det ble spurt om (år: 2019, 2031)"),
        ("no-network", None, "Fikk ikke kontakt med SSB"),
    ],
)
def test_failures_change_nothing(fresh_sample_db, ssb, snapshot, local_only, mode, years, expected):
    db = fresh_sample_db
    before = snapshot(db)
    base = closed_port_base() if mode == "no-network" else ssb(mode)
    with pytest.raises(SsbError) as info:
        plan_ssb_update(db, years, base=base, timeout=0.4, **FAST)
    message = str(info.value)
    assert expected in message
    assert "Ingenting er endret." in message
    assert "Traceback" not in message and "Errno" not in message
    assert isinstance(info.value, StoreError)  # the page and the CLI already show these
    assert snapshot(db) == before
    assert not list(local_only.iterdir())  # nothing staged is left behind


def test_internal_server_error_is_retried_before_giving_up(ssb, fresh_sample_db):
    with pytest.raises(SsbError):
        plan_ssb_update(fresh_sample_db, base=ssb("down"), **FAST)
    assert ssb.state["counts"]["down"] == 3


# -- the command line ---------------------------------------------------------------------------


def cli(db, base: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KHS_SSB_API": base, "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1"}
    return subprocess.run(
        [sys.executable, "-m", "khs_data", "--db", str(db.path), "ssb-update", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_update_and_failures(fresh_sample_db, ssb, snapshot):
    db = fresh_sample_db
    before = snapshot(db)

    dry = cli(db, ssb("ok"), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Prøvekjøring (ingenting skrevet): ssb-07459-")
    assert snapshot(db) == before

    for mode, expected in (("html", "nettside"), ("truncated", "ufullstendig"), ("maintenance", "HTTP 503")):
        failed = cli(db, ssb(mode))
        assert failed.returncode == 1
        assert failed.stderr.startswith("Feil: ") and expected in failed.stderr
        assert "Traceback" not in failed.stderr + failed.stdout
        assert snapshot(db) == before

    refused = cli(db, ssb("ok"), "--years", "2031")
    assert refused.returncode == 1 and "SSB har ikke tall" in refused.stderr
    assert cli(db, ssb("ok"), "--years", "tjuefem").returncode == 2  # usage: argparse explains

    done = cli(db, ssb("ok"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Import ") and "folketall" in lines[0]
    assert member_figures(db) == expected_figures()
    assert history(db).iloc[0]["source"].startswith(f"SSB PxWebApi: {ssb('ok')}/tables/07459/data?")

    chosen = cli(db, ssb("revised"), "--years", "2024")
    assert chosen.returncode == 0 and f"{len(MEMBERS_2025)} endret" in chosen.stdout
    fetched = last_ssb_fetch(db)
    assert fetched.url.endswith("valueCodes[Tid]=2024")
    assert fetched.newest_year == max(SSB_YEARS)  # seen in the earlier, full answer


# -- words -------------------------------------------------------------------------------------------


def test_section_texts_exist_in_both_languages():
    assert "folketal" in TEXTS["ssb.button"][1] and "frå" in TEXTS["ssb.button"][1]
    assert [key for key in TEXTS if not key.startswith("ssb.")] == []
    assert [key for key, (bokmal, nynorsk) in TEXTS.items() if not (bokmal.strip() and nynorsk.strip())] == []


def test_member_numbers_come_from_the_register(empty_db):
    assert member_numbers(empty_db) == sorted(MEMBERS_2025)
