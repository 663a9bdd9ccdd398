"""Everything the browser loads comes from the dashboard's own server: no font, icon, map tile or
script from a third party (it would fail offline, and tell that party about every visitor)."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import text

from .conftest import open_page
from .test_entry import PAGE_NAMES

NETWORK_SCHEMES = ("http", "https", "ws", "wss")
CHARTS = {"kontingent": 4, "styret": 1, "moter": 2, "nettverk": 1, "prosjekter": 2, "arsmote": 1}


@pytest.fixture
def recorded(browser):
    """A tab whose every request (documents, scripts, fonts, images, websockets) is recorded."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="nb-NO")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    tab.on("websocket", lambda socket: requests.append(socket.url))
    yield tab, requests
    context.close()


def show_everything(tab) -> None:
    """Open what a reader would open and scroll to the end, so lazy parts load too."""
    for expander in tab.get_by_test_id("stExpander").locator("summary").all():
        expander.click()
    tab.mouse.wheel(0, 20_000)
    tab.keyboard.press("End")


def favicon(tab) -> str:
    return tab.locator("link[rel~='icon']").first.get_attribute("href")


def foreign(urls: list[str], own: str) -> list[str]:
    return sorted({url for url in urls if urlparse(url).scheme in NETWORK_SCHEMES and urlparse(url).netloc != own})


def test_every_page_loads_only_from_the_app(recorded, app_url):
    tab, requests = recorded
    own = urlparse(app_url).netloc
    for name in PAGE_NAMES:
        open_page(tab, f"{app_url}/{name}")
        expect(tab.locator("h1").first).to_have_text(text(f"page.{name}", "nb"))
        if name in CHARTS:
            expect(tab.locator(".js-plotly-plot").nth(CHARTS[name] - 1)).to_be_visible(timeout=30_000)
        show_everything(tab)
        expect(tab.get_by_test_id("stException")).to_have_count(0)
        assert urlparse(favicon(tab)).scheme == "data" or urlparse(favicon(tab)).netloc in ("", own), favicon(tab)
    assert any(urlparse(url).netloc == own for url in requests)
    assert foreign(requests, own) == []


def test_meeting_mode_loads_only_from_the_app(recorded, app_url):
    tab, requests = recorded
    own = urlparse(app_url).netloc
    open_page(tab, f"{app_url}/?modus=mote&ar=2026")
    position = tab.get_by_test_id("khs-position")
    expect(position).to_have_text(re.compile(r"^1 av \d+$"), timeout=30_000)
    count = int(position.inner_text().split()[-1])
    assert count > 1
    for number in range(2, count + 1):
        tab.get_by_role("button", name=text("meeting.next", "nb")).click()
        expect(position).to_have_text(f"{number} av {count}", timeout=30_000)
        tab.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")
        expect(tab.get_by_test_id("stException")).to_have_count(0)
    assert foreign(requests, own) == []
