"""Peak memory of the app: `streamlit run dashboard.py` on a free local port, every page visited
in Chromium, then the server process's high-water mark (VmHWM) read from /proc."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .pages import ROOT, navigation_pages

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
READY = "[data-testid=stApp][data-test-script-state=notRunning]"
PAGE_TIMEOUT_MS = 300_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def _wait_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Streamlit startet ikke: " + log.read_text(errors="replace")[-1000:])
        time.sleep(0.2)  # polling the health endpoint


def browser_missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"Chromium finnes ikke ({CHROMIUM})"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright er ikke installert"
    return None


def measure_memory(db_path: Path, log_dir: Path) -> dict:
    """Peak and current RSS (MB) of the server after visiting every page, and pages that failed."""
    from playwright.sync_api import sync_playwright

    log_dir.mkdir(parents=True, exist_ok=True)
    log = log_dir / "streamlit.log"
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = os.environ | {"KHS_DB": str(db_path)}
    with open(log, "w") as output:
        server = subprocess.Popen(
            [
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
            ],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_healthy(url, server, log)
            failed = []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                tab = browser.new_page(viewport={"width": 1600, "height": 1000})
                for name in navigation_pages():
                    try:
                        tab.goto(f"{url}/{name}")
                        tab.wait_for_selector(READY, timeout=PAGE_TIMEOUT_MS)
                        if tab.get_by_test_id("stException").count():
                            failed.append(name)
                    except Exception:  # a page that never finishes is reported, the others still visited
                        failed.append(name)
                browser.close()
            return {
                "peak_rss_mb": _status_kb(server.pid, "VmHWM") / 1024,
                "rss_mb": _status_kb(server.pid, "VmRSS") / 1024,
                "pages_failed": failed,
            }
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
