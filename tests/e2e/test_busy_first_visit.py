"""The viewer password holds even when the first visitor of a fresh server arrives while another
process (an import or `ssb-update` from the command line) holds the database read-write. The
first run cannot read the database then; it must still declare the app's navigation, or
Streamlit stays in its old `pages/` folder mode and a link runs a page file on its own, past the
password: names, dues and the deck download for anyone."""

from __future__ import annotations

from urllib.parse import urljoin, urlparse

from playwright.sync_api import expect

from .conftest import READY, navigation, open_page, screenshot
from .test_entry import PAGE_NAMES, VIEWER_PASSWORD, expect_app_shell, expect_viewer_gate, sign_in_as_viewer


def click_link(tab, index: int) -> str:
    """Click the navigation's `index`th link; returns the path it leads to, once its run ended."""
    link = navigation(tab).get_by_role("link").nth(index)
    path = urlparse(urljoin(tab.url, link.get_attribute("href") or "/")).path  # hrefs are relative («kontingent»; "" is home)
    link.click()
    tab.wait_for_url(lambda url: urlparse(url).path == path)
    tab.wait_for_selector(READY, timeout=60_000)
    return path


def every_link_shows_the_gate(tab) -> list[str]:
    links = navigation(tab).get_by_role("link")
    count = links.count()
    assert count >= len(PAGE_NAMES)
    visited = []
    for index in range(count):
        visited.append(click_link(tab, index))
        expect_viewer_gate(tab)
    return visited


def test_database_busy_at_the_first_visit_keeps_every_page_behind_the_password(
    page, browser, fresh_server, fresh_sample_db, hold_read_write
):
    holder = hold_read_write(fresh_sample_db.path)
    with fresh_server(KHS_VIEWER_PASSWORD=VIEWER_PASSWORD, KHS_BUSY_WAIT_SECONDS="1") as url:
        open_page(page, url)
        expect_viewer_gate(page)
        screenshot(page, "busy-first-visit-gate")
        visited_while_busy = every_link_shows_the_gate(page)

        holder.kill()
        holder.wait()
        visited_after = every_link_shows_the_gate(page)
        assert sorted(visited_after) == sorted(visited_while_busy) == sorted(["/"] + [f"/{name}" for name in PAGE_NAMES[1:]])

        other = browser.new_context(locale="nb-NO").new_page()  # a second visitor, straight to each page
        for name in PAGE_NAMES:
            open_page(other, f"{url}/{name}")
            expect_viewer_gate(other)
        other.context.close()

        assert visited_after[-1] == "/arsmote"
        sign_in_as_viewer(page)  # the password was the only thing in the way
        expect_app_shell(page, "arsmote")
        expect(page.get_by_test_id("stDownloadButton").first).to_be_visible(timeout=30_000)
