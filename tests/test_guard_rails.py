"""The rules CI enforces on the code itself: ruff (lint and format, config in pyproject.toml) and the
import layers (import-linter contracts in pyproject.toml: khs_data never imports streamlit, ui or
pages; ui never imports pages). Each runs as the developer would run it; a failure prints its output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from khs_data import config

LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def run(*args: str, cwd: Path = config.PROJECT_ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def report(done: subprocess.CompletedProcess) -> str:
    return f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"


def test_ruff_check_is_clean():
    done = run("-m", "ruff", "check", "--no-cache", ".")
    assert done.returncode == 0, report(done)


def test_ruff_format_leaves_every_file_as_it_is():
    done = run("-m", "ruff", "format", "--check", "--no-cache", ".")
    assert done.returncode == 0, report(done)


def test_import_contracts_are_kept():
    done = run("-c", LINT_IMPORTS, "--no-cache")
    assert done.returncode == 0, report(done)
    assert "Contracts: 2 kept, 0 broken." in done.stdout, report(done)


def test_import_contracts_catch_each_forbidden_import(tmp_path):
    """The same contracts over a tiny tree that breaks each one: they are not vacuous."""
    for name, source in {
        "khs_data/__init__.py": "",
        "khs_data/fmt.py": "import streamlit as st\n",
        "khs_data/charts.py": "from ui import widgets\n",
        "khs_data/report.py": "import pages.oversikt\n",
        "ui/__init__.py": "",
        "ui/widgets.py": "from pages import styret\n",
        "pages/oversikt.py": "",
        "pages/styret.py": "",
    }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(source, encoding="utf-8")
    done = run("-c", LINT_IMPORTS, "--no-cache", "--config", str(config.PROJECT_ROOT / "pyproject.toml"), cwd=tmp_path)
    assert done.returncode == 1, report(done)
    assert "Contracts: 0 kept, 2 broken." in done.stdout, report(done)
    broken = [
        "khs_data.fmt -> streamlit",
        "khs_data.charts -> ui.widgets",
        "khs_data.report -> pages.oversikt",
        "ui.widgets -> pages.styret",
    ]
    assert [line for line in broken if line not in done.stdout] == [], report(done)


def test_no_file_in_khs_data_ui_or_pages_is_over_400_lines():
    """Small rooms: a module with one job fits in 400 lines; a longer one is two jobs to split."""
    files = [path for folder in ("khs_data", "ui", "pages") for path in (config.PROJECT_ROOT / folder).rglob("*.py")]
    assert len(files) > 50
    too_long = {
        str(path.relative_to(config.PROJECT_ROOT)): n for path in files if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert too_long == {}
