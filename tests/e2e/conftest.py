"""Browser tests: a real `streamlit run dashboard.py` on a free port over a sample database,
driven by Playwright in Debian's Chromium. Without Chromium they skip — except in CI (CI=true),
where a missing browser is a failure, since CI installs it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest
from app_support import SAMPLE_TODAY

from khs_data.bootstrap import init_database
from khs_data.database import Database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
COORDINATOR_PASSWORD = "test-koordinator-passord"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
READY = "[data-testid=stApp][data-test-script-state=notRunning]"


def _need_browser() -> None:
    problem = None
    if not Path(CHROMIUM).exists():
        problem = f"Chromium not found at {CHROMIUM}"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "playwright is not installed"
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests must run in CI: {problem}")
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log_path: Path, what: str) -> None:
    """Poll `url` until it answers 200 (a server starting, not a page loading)."""
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"{what} did not start: " + log_path.read_text()[-2000:])
        time.sleep(0.2)


@contextmanager
def running(command: list[str], log_path: Path, health_url: str, what: str, env: Mapping[str, str] | None = None) -> Iterator[None]:
    """A server process, up once `health_url` answers; stopped at the end."""
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        wait_until_up(health_url, process, log_path, what)
        try:
            yield
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def _toml(secrets: Mapping[str, object]) -> str:
    """secrets.toml from top-level strings and one level of sections (all the tests need)."""
    plain = [f"{key} = {json.dumps(value)}" for key, value in secrets.items() if not isinstance(value, Mapping)]
    sections = [
        f"\n[{name}]\n" + "\n".join(f"{key} = {json.dumps(value)}" for key, value in section.items())
        for name, section in secrets.items()
        if isinstance(section, Mapping)
    ]
    return "\n".join(plain) + "\n" + "\n".join(sections) + "\n"


@contextmanager
def serving(
    db_path: Path, env: Mapping[str, str] | None = None, secrets: Callable[[str], Mapping[str, object]] | None = None
) -> Iterator[str]:
    """`streamlit run dashboard.py` over the database at `db_path` on a free port; yields its URL.
    `env` adds to (or, with "", unsets) the environment; `secrets(url)` gives the secrets.toml
    for this server (e.g. an [auth] section whose redirect_uri must name its port)."""
    _need_browser()
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server_env = os.environ | {
        "KHS_DB": str(db_path),
        "KHS_COORDINATOR_PASSWORD": COORDINATOR_PASSWORD,
        "KHS_TODAY": SAMPLE_TODAY.isoformat(),  # what a page shows never depends on the day the tests run
    }
    for name, value in (env or {}).items():
        if value:
            server_env[name] = value
        else:
            server_env.pop(name, None)
    secrets_path = db_path.parent / "secrets.toml"
    secrets_path.write_text(_toml(secrets(url) if secrets else {}), encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "dashboard.py",
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--secrets.files",
        str(secrets_path),  # this server's own secrets, never the checkout's .streamlit/secrets.toml
    ]
    with running(command, db_path.parent / "streamlit.log", f"{url}/_stcore/health", "Streamlit", server_env):
        yield url


@pytest.fixture(scope="session")
def app_url(tmp_path_factory) -> Iterator[str]:
    _need_browser()
    db_path = tmp_path_factory.mktemp("e2e-db") / "khs.duckdb"
    init_database(Database(db_path), sample=True)
    with serving(db_path) as url:
        yield url


@pytest.fixture
def fresh_server(fresh_sample_db):
    """Starts the dashboard anew over this test's own copy of the sample database, so no session
    has run on it yet: `with fresh_server(KHS_VIEWER_PASSWORD="…") as url:`."""

    @contextmanager
    def start(**env: str) -> Iterator[str]:
        with serving(fresh_sample_db.path, env) as url:
            yield url

    return start


@pytest.fixture(scope="session")
def browser():
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nb-NO")
    tab = context.new_page()
    yield tab
    context.close()


def navigation(tab):
    """The sidebar's page list (ui.navigation.sidebar_navigation)."""
    return tab.locator(".st-key-khs-navigation")


def open_page(tab, url: str) -> None:
    """Go to a URL and wait until the script has finished running."""
    tab.goto(url)
    tab.wait_for_selector(READY, timeout=60_000)


def screenshot(tab, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    tab.screenshot(path=str(path), full_page=True)
    return path
