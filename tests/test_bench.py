"""The benchmark works: its quick mode runs every step (data generation, imports, every page at
both scales, the app's memory) and reports each figure. No timing is asserted here."""

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
        [sys.executable, "-m", "bench", "--quick", "--json", str(report_file), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "**Import**" in run.stdout and "**Sidene**" in run.stdout and "| mål | målt | oppfylt |" in run.stdout

    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert {row["kind"] for row in report["imports"]} == {"meetings", "population"}
    for row in report["imports"]:
        assert row["rows"] > 0
        for reading in ("import", "calamine", "openpyxl"):
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

    memory = report["memory"]
    assert "skipped" not in memory, memory
    assert memory["peak_rss_mb"] > 50

    targets = {t["target"] for t in report["targets"]}
    assert any("calamine" in t for t in targets) and any("referansen" in t for t in targets)
