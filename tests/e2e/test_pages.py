"""Every page opens from the navigation, shows its chart(s) and no exception. The server describes
the sample's day (KHS_TODAY, see conftest), so the meeting's slide count is the sample's."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import text

from .conftest import READY, navigation, open_page, screenshot

CHARTED_PAGES = [  # (url path, navigation label, charts expected at least)
    ("kontingent", "Kontingent", 3),
    ("styret", "Styret", 1),
    ("moter", "Møter", 2),
    ("nettverk", "Nettverk", 1),
    ("arshjul", "Årshjul", 1),
    ("avtalen", "Avtalen", 1),
    ("prosjekter", "Prosjekter", 2),
    ("arsmote", "Årsmøte", 1),
    ("budsjett", "Budsjett", 2),
    ("handlingsplan", "Handlingsplan", 1),
]
# The two pages without a chart, each with what it shows first.
CHARTLESS_PAGES = [
    ("oversikt", "Oversikt", lambda tab: tab.get_by_test_id("khs-headline")),
    ("koordinator", "Koordinator", lambda tab: tab.get_by_label(text("coord.access.coordinator_password", "nb"), exact=True)),
]


def open_from_navigation(tab, app_url: str, path: str, label: str) -> None:
    open_page(tab, app_url)
    navigation(tab).get_by_role("link", name=label, exact=True).click()
    tab.wait_for_url(lambda url: urlparse(url).path == ("/" if path == "oversikt" else f"/{path}"))  # home lives at the root
    tab.wait_for_selector(READY, timeout=60_000)
    expect(tab.get_by_test_id("stException")).to_have_count(0)
    expect(tab.locator("h1").first).to_have_text(label)


@pytest.mark.parametrize(("path", "label", "charts"), CHARTED_PAGES, ids=[p[0] for p in CHARTED_PAGES])
def test_page_opens_from_navigation_with_its_charts(page, app_url, path, label, charts):
    open_from_navigation(page, app_url, path, label)
    expect(page.locator(".js-plotly-plot").nth(charts - 1)).to_be_visible(timeout=30_000)
    screenshot(page, f"page-{path}")


@pytest.mark.parametrize(("path", "label", "first_part"), CHARTLESS_PAGES, ids=[p[0] for p in CHARTLESS_PAGES])
def test_page_without_charts_opens_from_navigation(page, app_url, path, label, first_part):
    open_from_navigation(page, app_url, path, label)
    expect(first_part(page)).to_be_visible(timeout=30_000)
    screenshot(page, f"page-{path}")


def test_year_survives_page_change_and_is_in_url(page, app_url):
    open_page(page, f"{app_url}/kontingent?ar=2025")
    expect(page.get_by_test_id("stSidebar").get_by_text("2025")).to_be_visible()
    navigation(page).get_by_role("link", name="Møter", exact=True).click()
    page.wait_for_url("**/moter*ar=2025*")
    page.wait_for_selector(READY)
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_meeting_mode_on_the_projector(page, app_url):
    open_page(page, f"{app_url}/styret?ar=2026")
    page.get_by_role("button", name="Møtemodus").click()
    expect(page.get_by_test_id("khs-position")).to_have_text("4 av 9", timeout=30_000)  # the board's topic
    expect(page.get_by_test_id("stSidebar")).to_be_hidden()
    page.get_by_role("button", name="Neste ▶").click()
    expect(page.get_by_test_id("khs-position")).to_have_text("5 av 9", timeout=30_000)
    expect(page.locator(".js-plotly-plot").first).to_be_visible(timeout=30_000)
    screenshot(page, "meeting-mode")
    page.get_by_role("button", name="Avslutt møtemodus").click()
    page.wait_for_url("**/styret?ar=2026*")
    page.wait_for_selector(READY)
    expect(page.locator("h1").first).to_have_text("Styret")
    expect(page.get_by_test_id("stException")).to_have_count(0)
