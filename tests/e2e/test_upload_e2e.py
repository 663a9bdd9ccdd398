"""A coordinator in the browser: signs in, uploads a real .xlsx of population at 1.1.2025 with a new
figure for Bærum through the page's file input, confirms, and the Kontingent page shows the new
total. Its own server and database, since it writes."""

from __future__ import annotations

import re

import pytest
from openpyxl import Workbook
from playwright.sync_api import expect

from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.fmt import kr_text
from khs_data.metrics.dues import dues_for_year

from .conftest import COORDINATOR_PASSWORD, READY, _need_browser, navigation, open_page, screenshot, serving

NEW_BAERUM = 131_500


@pytest.fixture(scope="module")
def writable_app(tmp_path_factory):
    """The dashboard over a sample database of its own; yields (url, database)."""
    _need_browser()
    db = Database(tmp_path_factory.mktemp("e2e-upload") / "khs.duckdb")
    init_database(db, sample=True)
    with serving(db.path) as url:
        yield url, db


def population_xlsx(path, baerum: int):
    book = Workbook()
    sheet = book.active
    sheet.title = "Folketall"
    for row in (["Kommunenummer", "Kommune", "År", "Folketall"], ["3201", "Bærum", 2025, baerum], ["3203", "Asker", 2025, 98_815]):
        sheet.append(row)
    book.save(path)
    return path


def go_to(page, label: str, path: str) -> None:
    navigation(page).get_by_role("link", name=label, exact=True).click()
    page.wait_for_url(f"**/{path}*")
    page.wait_for_selector(READY, timeout=60_000)


def headline_total(page) -> str:
    headline = page.get_by_test_id("khs-headline").inner_text()
    return re.search(r"kr [\d ]+\d", headline).group(0)


def test_upload_in_the_browser_changes_the_dues_page(page, writable_app, tmp_path):
    url, db = writable_app
    before = int(dues_for_year(db, 2026)["amount_nok"].sum())
    expected = kr_text(before + 3 * (NEW_BAERUM - 130_921))

    open_page(page, f"{url}/?ar=2026")
    go_to(page, "Kontingent", "kontingent")
    assert headline_total(page) == kr_text(before)

    go_to(page, "Koordinator", "koordinator")
    page.get_by_label("Koordinatorpassord").fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_text("Logget inn som koordinator.")).to_be_visible(timeout=30_000)

    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(population_xlsx(tmp_path / "folketall-2025.xlsx", NEW_BAERUM))
    expect(page.get_by_text("Folketall: 130 921 → 131 500")).to_be_attached(timeout=30_000)  # a cell of the preview table
    page.wait_for_selector(READY)
    screenshot(page, "koordinator-preview")
    assert int(dues_for_year(db, 2026)["amount_nok"].sum()) == before  # the preview writes nothing

    page.get_by_role("button", name="Lagre endringene (1)").click()
    expect(page.get_by_text("Alle sidene viser de nye tallene nå")).to_be_visible(timeout=30_000)
    page.wait_for_selector(READY)
    expect(page.get_by_test_id("stException")).to_have_count(0)

    go_to(page, "Kontingent", "kontingent")
    assert headline_total(page) == expected
    screenshot(page, "kontingent-after-upload")
