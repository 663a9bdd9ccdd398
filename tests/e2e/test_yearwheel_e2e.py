"""Årshjul in Chromium: a click on a marker shows that event, and «Legg i kalender» on the Årshjul
and Møter pages downloads the same calendar file, read by both iCalendar parsers."""

import icalendar
import vobject
from playwright.sync_api import expect

from .conftest import READY, open_page, screenshot


def download_ics(page, url: str) -> bytes:
    open_page(page, url)
    with page.expect_download() as pending:
        page.get_by_role("button", name="Legg i kalender").click()
    return open(pending.value.path(), "rb").read()


def entries(ics: bytes) -> list[tuple[str, str, str]]:
    """(UID, summary, start) of every VEVENT: what is equal in two downloads (DTSTAMP is the click)."""
    return [(str(e["UID"]), str(e["SUMMARY"]), str(e["DTSTART"].dt)) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]


def test_a_click_on_a_marker_shows_the_event(page, app_url):
    open_page(page, f"{app_url}/arshjul?ar=2027")
    marker = page.locator(".js-plotly-plot .scatterlayer .point").first
    expect(marker).to_be_visible(timeout=30_000)
    box = marker.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.get_by_text("Valgt hendelse", exact=False)).to_be_visible(timeout=30_000)
    page.wait_for_selector(READY)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    screenshot(page, "arshjul-selected")


def test_the_arshjul_and_moter_pages_download_the_same_calendar(page, app_url):
    from_wheel = download_ics(page, f"{app_url}/arshjul?ar=2026")
    from_meetings = download_ics(page, f"{app_url}/moter?ar=2026")
    assert entries(from_wheel) == entries(from_meetings)
    assert len(entries(from_wheel)) == len(vobject.readOne(from_meetings.decode()).vevent_list) >= 10
