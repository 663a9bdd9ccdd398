"""Every page opens from the navigation, shows its chart(s) and no exception."""

import pytest
from playwright.sync_api import expect

from .conftest import READY, navigation, open_page, screenshot

PAGES = [  # (url path, navigation label, charts expected at least)
    ("oversikt", "Oversikt", 0),
    ("kontingent", "Kontingent", 3),
    ("styret", "Styret", 1),
    ("moter", "Møter", 2),
    ("nettverk", "Nettverk", 1),
    ("arshjul", "Årshjul", 1),
    ("avtalen", "Avtalen", 1),
    ("prosjekter", "Prosjekter", 2),
    ("koordinator", "Koordinator", 0),
    ("arsmote", "Årsmøte", 1),
    ("budsjett", "Budsjett", 2),
    ("handlingsplan", "Handlingsplan", 1),
]


@pytest.mark.parametrize(("path", "label", "charts"), PAGES, ids=[p[0] for p in PAGES])
def test_page_opens_from_navigation(page, app_url, path, label, charts):
    open_page(page, app_url)
    navigation(page).get_by_role("link", name=label, exact=True).click()
    if path != "oversikt":  # the default page lives at the root
        page.wait_for_url(f"**/{path}*")
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.locator("h1").first).to_be_visible()
    if charts:
        expect(page.locator(".js-plotly-plot").nth(charts - 1)).to_be_visible(timeout=30_000)
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
