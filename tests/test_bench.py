"""The benchmark works: its quick mode runs every step (data generation, imports and the guard,
every page at both scales, server CPU per page view beside the reference app, the meeting load with
an import from the command line, the app's memory) and reports each figure. No timing is asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.pages import navigation_pages
from bench.server import CHROMIUM

ROOT = Path(__file__).resolve().parent.parent


def test_quick_benchmark_measures_everything(tmp_path):
    if not Path(CHROMIUM).exists() and not os.environ.get("CI"):  # as the browser tests: CI installs it
        pytest.skip(f"the memory step needs Chromium ({CHROMIUM})")
    report_file = tmp_path / "bench.json"
    run = subprocess.run(
        # two sessions in the meeting load, not eight: the shape is what is tested here, and eight
        # Chromium tabs would make this one test the slowest of the suite
        [sys.executable, "-m", "bench", "--quick", "--sessions", "2", "--json", str(report_file), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "**Import**" in run.stdout and "**Sidene**" in run.stdout and "| mål | målt | oppfylt |" in run.stdout
    assert "**Server-CPU per sidevisning**" in run.stdout and "**Møtelast**" in run.stdout

    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert {row["kind"] for row in report["imports"]} == {"meetings", "population"}
    for row in report["imports"]:
        assert row["rows"] > 0
        for reading in ("import", "calamine", "openpyxl", "guard"):  # both measured files are .xlsx: the guard runs
            assert row[reading]["cpu_s"] > 0 and row[reading]["wall_s"] > 0

    assert report["rows"]["eksempeldata"]["municipalities"] == 21
    assert [n for n in report["rows"] if n != "eksempeldata"] and all(
        counts["municipalities"] == 357 for name, counts in report["rows"].items() if name != "eksempeldata"
    )
    for scale in ("shipped", "national"):
        pages = report["pages"][scale]
        assert set(pages) == {"reference", *navigation_pages()}
        assert pages["reference"]["warm"]["cpu_s"] > 0 and pages["reference"]["problem"] is None
        for name, result in pages.items():  # a page that fails is reported with its error, not hidden
            assert (result["warm"] is not None) or result["problem"], name

    views = report["views"]
    pages_clicked = len(navigation_pages())
    for app in ("reference", "app"):  # one measured round: every page of the menu clicked once
        assert views[app]["views"] == pages_clicked and views[app]["pages_failed"] == [], views[app]
        assert views[app]["cpu_per_view_s"] > 0 and views[app]["p95_click_s"] >= views[app]["median_click_s"] > 0
    assert views["ratio"] == views["app"]["cpu_per_view_s"] / views["reference"]["cpu_per_view_s"]

    meeting = report["meeting"]  # the sessions asked for, every page twice, while the CLI imports the meetings
    assert meeting["sessions"] == 2 and meeting["views"] == 2 * 2 * pages_clicked and meeting["pages_failed"] == []
    assert meeting["p95_click_s"] > 0 and meeting["cpu_per_view_s"] > 0
    assert meeting["import"]["exit"] == 0, meeting["import"]["message"]
    # The file's meetings joined the sample's (the import merges on date and body): the store holds at least as many.
    assert meeting["import"]["rows"] >= next(row["rows"] for row in report["imports"] if row["kind"] == "meetings")

    memory = report["memory"]
    assert "skipped" not in memory, memory
    assert memory["peak_rss_mb"] > 50

    targets = {t["target"] for t in report["targets"]}
    assert any("calamine" in t for t in targets) and any("referansen" in t for t in targets)
    assert any("vern mot fiendtlige ark" in t for t in targets)
    assert any("server-CPU per sidevisning" in t for t in targets) and any("møtelast" in t for t in targets)
