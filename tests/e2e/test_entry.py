"""A link straight to a page opens it through dashboard.py, even as the very first request a
freshly started server gets: Streamlit treats the `pages/` folder as an old-style multipage app
until some session has declared the navigation, and would then run the page file alone (no
sidebar, no year, no language, and no viewer password). Each case starts its own server."""

from __future__ import annotations

import re
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import text
from ui.navigation import PAGES

from .conftest import READY, navigation, open_page, screenshot

VIEWER_PASSWORD = "test-leserpassord"
PAGE_NAMES = tuple(name for pages in PAGES.values() for name, _icon in pages)  # every page of the navigation
# Every address of the app: the root (Oversikt) and each page's own path, /oversikt included.
ADDRESSES = [("", "oversikt")] + [(name, name) for name in PAGE_NAMES]


def address_id(address: tuple[str, str]) -> str:
    return address[0] or "root"


def expect_app_shell(tab, page_name: str) -> None:
    """The page, inside the app: its title, the sidebar with year and language, the navigation
    with the app's own page titles, no Streamlit dialog and no exception."""
    expect(tab.locator("h1").first).to_have_text(text(f"page.{page_name}", "nb"))
    sidebar = tab.get_by_test_id("stSidebar")
    expect(sidebar.get_by_text(text("sidebar.year", "nb"), exact=True)).to_be_visible()
    expect(sidebar.get_by_text(text("sidebar.language", "nb"), exact=True)).to_be_visible()
    page_list = navigation(tab)
    for name in PAGE_NAMES:
        expect(page_list.get_by_role("link", name=text(f"page.{name}", "nb"), exact=True)).to_be_visible()
    expect(page_list.get_by_role("link")).to_have_count(len(PAGE_NAMES))
    expect(tab.get_by_role("dialog")).to_have_count(0)
    expect(tab.get_by_text("Page not found")).to_have_count(0)
    expect(tab.get_by_test_id("stException")).to_have_count(0)


def expect_viewer_gate(tab) -> None:
    """The password form and nothing of any page: no page title, chart, table or download."""
    expect(tab.get_by_label(text("coord.access.viewer_password", "nb"), exact=True)).to_be_visible()
    expect(tab.locator("h1").first).to_have_text(text("app.title", "nb"))
    expect(tab.get_by_test_id("khs-headline")).to_have_count(0)
    expect(tab.locator(".js-plotly-plot")).to_have_count(0)
    expect(tab.get_by_test_id("stDataFrame")).to_have_count(0)
    expect(tab.get_by_test_id("stDownloadButton")).to_have_count(0)
    expect(tab.get_by_text("Page not found")).to_have_count(0)
    expect(tab.get_by_test_id("stException")).to_have_count(0)


def sign_in_as_viewer(tab) -> None:
    tab.get_by_label(text("coord.access.viewer_password", "nb"), exact=True).fill(VIEWER_PASSWORD)
    tab.get_by_role("button", name=text("coord.access.sign_in", "nb")).click()
    expect(tab.get_by_label(text("coord.access.viewer_password", "nb"), exact=True)).to_have_count(0, timeout=60_000)
    tab.wait_for_selector(READY, timeout=60_000)


@pytest.mark.parametrize("address", ADDRESSES, ids=address_id)
def test_direct_link_on_a_fresh_server_opens_the_page_in_the_app(page, fresh_server, address):
    path, page_name = address
    with fresh_server() as url:
        open_page(page, f"{url}/{path}?ar=2025")
        expect_app_shell(page, page_name)
        expect(page.get_by_test_id("stSidebar").get_by_text("2025")).to_be_visible()
        screenshot(page, f"entry-{address_id(address)}")


@pytest.mark.parametrize("address", ADDRESSES, ids=address_id)
def test_direct_link_on_a_fresh_server_asks_for_the_viewer_password_first(page, fresh_server, address):
    path, page_name = address
    with fresh_server(KHS_VIEWER_PASSWORD=VIEWER_PASSWORD) as url:
        open_page(page, f"{url}/{path}")
        expect_viewer_gate(page)
        screenshot(page, f"entry-gate-{address_id(address)}")
        sign_in_as_viewer(page)
        expect_app_shell(page, page_name)


@pytest.mark.parametrize("address", ADDRESSES, ids=address_id)
def test_own_address_never_shows_page_not_found(page, app_url, address):
    """On a server that has run sessions before (the shared one), in Chromium."""
    path, page_name = address
    open_page(page, f"{app_url}/{path}")
    expect_app_shell(page, page_name)


def test_an_address_the_app_does_not_have_says_so_in_norwegian(page, app_url):
    """Once the server has run a session. (The very first request of a fresh server is answered by
    Streamlit's old pages/ folder mode, which shows its own dialog before the app runs.)"""
    open_page(page, app_url)
    open_page(page, f"{app_url}/finnes-ikke")
    expect(page.locator("h1").first).to_have_text(text("nav.not_found.title", "nb"))
    expect(page.get_by_text(text("nav.not_found.body", "nb", address="/finnes-ikke"))).to_be_visible()
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_role("dialog")).to_have_count(0)
    page.get_by_test_id("stMain").get_by_role("link", name=text("page.oversikt", "nb")).click()
    page.wait_for_url(lambda url: urlparse(url).path == "/")
    page.wait_for_selector(READY, timeout=60_000)
    expect_app_shell(page, "oversikt")


def test_a_page_address_in_other_letters_opens_the_page(page, app_url):
    open_page(page, f"{app_url}/Kontingent")
    page.wait_for_url(lambda url: urlparse(url).path == "/kontingent")
    page.wait_for_selector(READY, timeout=60_000)
    expect_app_shell(page, "kontingent")


def test_meeting_mode_from_the_home_page_returns_to_it(page, app_url):
    open_page(page, f"{app_url}/?ar=2026")
    page.get_by_role("button", name=text("meeting.toggle", "nb")).click()
    expect(page.get_by_test_id("khs-position")).to_have_text(re.compile(r"^1 av \d+$"), timeout=30_000)
    page.get_by_role("button", name=text("meeting.leave", "nb")).click()
    page.wait_for_url(lambda url: urlparse(url).path == "/" and "modus" not in url)
    page.wait_for_selector(READY, timeout=60_000)
    expect_app_shell(page, "oversikt")


def test_meeting_mode_link_on_a_fresh_server_asks_for_the_viewer_password_first(page, fresh_server):
    with fresh_server(KHS_VIEWER_PASSWORD=VIEWER_PASSWORD) as url:
        open_page(page, f"{url}/styret?modus=mote")
        expect_viewer_gate(page)
        expect(page.get_by_test_id("khs-position")).to_have_count(0)
        sign_in_as_viewer(page)
        expect(page.get_by_test_id("khs-position")).to_have_text(re.compile(r"^\d+ av \d+$"), timeout=30_000)  # the board's screen
