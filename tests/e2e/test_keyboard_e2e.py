"""The coordinator's whole flow with the keyboard alone (issue 13, WCAG 2.1.1): from the front page
to Koordinator, sign in, choose a file, see the preview, save, and undo it, pressing only Tab,
Enter, Space and arrows and typing. No click anywhere; the file chooser opens from the focused
«Velg filer» button and gets its file there, as the operating system's dialog would.
Its own server over this test's own sample database, since it writes."""

from __future__ import annotations

from openpyxl import Workbook
from playwright.sync_api import expect

from khs_data.importer import history
from khs_data.templates import stored_rows

from .conftest import COORDINATOR_PASSWORD, READY, navigation, open_page, screenshot

NEW_BAERUM = 131_500
MOST_TABS = 80  # more than the page has focusable elements before any target here

# What has the focus, as a person would name it: its role and label (icon names left out).
FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return "(ingenting)";
  const copy = el.cloneNode(true);
  copy.querySelectorAll("[data-testid=stIconMaterial]").forEach((icon) => icon.remove());
  const name = (el.getAttribute("aria-label") || copy.textContent || el.value || "").replace(/\\s+/g, " ").trim();
  return `${el.getAttribute("role") || el.tagName.toLowerCase()} «${name.slice(0, 40)}»`;
}"""


def has_focus(locator) -> bool:
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, limit: int = MOST_TABS) -> None:
    """Press Tab until `locator` (one element) has the focus, at most `limit` times; fail naming
    every stop the focus made on the way."""
    locator.wait_for(state="attached")
    visited = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        if has_focus(locator):
            return
        visited.append(page.evaluate(FOCUSED))
    raise AssertionError(f"{locator} did not get the focus in {limit} presses of Tab; the focus went: " + " → ".join(visited))


def settled(page) -> None:
    page.wait_for_selector(READY, timeout=60_000)


def population_xlsx(path, baerum: int):
    book = Workbook()
    sheet = book.active
    sheet.title = "Folketall"
    for row in (["Kommunenummer", "Kommune", "År", "Folketall"], ["3201", "Bærum", 2025, baerum]):
        sheet.append(row)
    book.save(path)
    return path


def baerum_population(db) -> list[int]:
    rows = stored_rows(db, "population")
    return [int(v) for v in rows[rows["municipality"] == "3201"]["count"]]


def test_the_coordinator_signs_in_uploads_saves_and_undoes_with_the_keyboard_alone(page, fresh_server, fresh_sample_db, tmp_path):
    db = fresh_sample_db
    before = stored_rows(db, "population")
    upload = population_xlsx(tmp_path / "folketall-2025.xlsx", NEW_BAERUM)

    # Playwright asks Chromium for the file dialog without waiting for its answer; listening only
    # just before Enter, about half the runs opened the dialog before Playwright had it.
    page.on("filechooser", lambda chooser: None)
    with fresh_server() as url:
        open_page(page, url)
        tab_to(page, navigation(page).get_by_role("link", name="Koordinator", exact=True))
        page.keyboard.press("Enter")
        page.wait_for_url("**/koordinator*")
        settled(page)

        # sign in
        tab_to(page, page.get_by_label("Koordinatorpassord"))
        page.keyboard.type(COORDINATOR_PASSWORD)
        page.keyboard.press("Enter")
        expect(page.get_by_text("Logget inn som koordinator.")).to_be_visible(timeout=30_000)
        settled(page)
        screenshot(page, "keyboard-signed-in")

        # choose the file: the dialog opens from the focused button
        tab_to(page, page.get_by_role("button", name="Velg filer", exact=True))
        with page.expect_file_chooser() as chooser:
            page.keyboard.press("Enter")
        chooser.value.set_files(upload)
        expect(page.get_by_text("Folketall: 130 921 → 131 500")).to_be_attached(timeout=30_000)
        settled(page)
        screenshot(page, "keyboard-preview")
        assert stored_rows(db, "population").equals(before)  # the preview writes nothing

        # save
        tab_to(page, page.get_by_role("button", name="Lagre endringene (1)"))
        page.keyboard.press("Enter")
        expect(page.get_by_text("Alle sidene viser de nye tallene nå")).to_be_visible(timeout=30_000)
        settled(page)
        screenshot(page, "keyboard-saved")
        assert NEW_BAERUM in baerum_population(db)
        saved = int(history(db).iloc[0]["id"])

        # undo, in the tab «Historikk og angre»
        tab_to(page, page.get_by_role("tab", name="Last opp"))
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        expect(page.get_by_role("tab", name="Historikk og angre")).to_have_attribute("aria-selected", "true")
        settled(page)
        tab_to(page, page.get_by_role("button", name=f"Angre import {saved} …"))
        page.keyboard.press("Enter")
        expect(page.get_by_text("Vil du angre?")).to_be_visible()
        settled(page)
        screenshot(page, "keyboard-undo-asked")
        assert NEW_BAERUM in baerum_population(db)  # asking is not doing
        # the question's answer is the very next stop, not behind the focus at the far end of the page
        tab_to(page, page.get_by_role("button", name=f"Ja, angre import {saved}"), limit=1)
        page.keyboard.press("Space")
        expect(page.get_by_text(f"Import {saved} (folketall-2025.xlsx) er angret, og alle sidene viser tallene fra før")).to_be_visible(
            timeout=30_000
        )
        settled(page)
        screenshot(page, "keyboard-undone")
        expect(page.get_by_test_id("stException")).to_have_count(0)
        # no trap in the tables of the history: Tab goes on through them to the archived original
        tab_to(page, page.get_by_role("button", name="Last ned folketall-2025.xlsx"))
    assert stored_rows(db, "population").equals(before)
