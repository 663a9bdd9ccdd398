"""Every page in bokmål and in nynorsk, in Chromium, has no English word a person can read or a
screen reader says: not in our texts, not in Streamlit's own (the file uploader, the skip link,
«Page not found», the sidebar, the table and chart toolbars; ui.streamlit_words puts them in
the page's language). The coordinator's page is seen signed in, with its file uploader."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import TEXTS, text
from ui.navigation import PAGES

from .conftest import COORDINATOR_PASSWORD, READY, open_page, screenshot
from .test_upload_e2e import population_xlsx

PAGE_NAMES = tuple(name for pages in PAGES.values() for name, _icon in pages)
# Words of Streamlit's and plotly's English (each a whole word, as written); none is Norwegian.
ENGLISH = (
    "Upload", "upload", "Browse", "Drag", "drop", "file", "files", "Page not found", "Running", "Search", "Skip",
    "main content", "per file", "Fullscreen", "Download", "Choose", "Collapse", "Expand", "Close", "Clear", "Zoom",
    "Pan", "Autoscale", "Reset", "Show", "hide", "Help", "Link to", "Open", "Sidebar", "pages", "Stop", "Produced",
    "Made with", "Deploy", "Settings", "Rerun", "Loading", "Please wait", "Connecting", "option", "No results",
    "Select", "Previous", "Next", "day", "month", "year", "Today", "Error", "does not", "exist",
    "January", "February", "March", "April", "June", "July", "October", "December", "Remove", "Add", "Cancel",
)  # fmt: skip
FOUND = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH) + r")\b")
# What the tab shows and says: visible text without Material icons' names (they show as text in
# innerText), and the attributes a screen reader or a tooltip reads.
READABLE = """() => {
  const icons = [...document.querySelectorAll('[data-testid=stIconMaterial]')].map(e => e.textContent.trim());
  let visible = document.body.innerText;
  for (const icon of icons) visible = visible.split(icon).join(' ');
  const names = ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'data-title'];
  const said = [...document.querySelectorAll(names.map(n => `[${n}]`).join(','))]
    .flatMap(e => names.map(n => e.getAttribute(n)).filter(Boolean));
  return visible + '\\n' + said.join('\\n');
}"""


def english_words(tab) -> set[str]:
    return set(FOUND.findall(tab.evaluate(READABLE)))


def settle(tab) -> None:
    tab.wait_for_selector(READY, timeout=60_000)
    # Streamlit loads the code of an st.html element on demand: wait for ui.streamlit_words' script.
    tab.wait_for_function("() => window.khsStreamlitWords !== undefined", timeout=30_000)
    tab.wait_for_timeout(500)  # the toolbars of charts and tables are drawn after the script run


def test_every_text_has_both_forms():
    assert [key for key, (bokmal, nynorsk) in TEXTS.items() if not (bokmal.strip() and nynorsk.strip())] == []


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_english_word_on_the_page(page, app_url, name, lang):
    open_page(page, f"{app_url}/{name}?ar=2026&sprak={lang}")
    if name == "koordinator":
        page.get_by_label(text("coord.access.coordinator_password", lang)).fill(COORDINATOR_PASSWORD)
        page.get_by_role("button", name=text("coord.access.sign_in", lang)).click()
        expect(page.get_by_test_id("stFileUploaderDropzone")).to_be_visible(timeout=30_000)
    settle(page)
    expect(page.locator("h1").first).to_have_text(text(f"page.{name}", lang))
    assert english_words(page) == set()
    screenshot(page, f"language-{lang}-{name}")


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_an_unknown_address_says_so_in_norwegian(page, app_url, lang):
    open_page(page, f"{app_url}/finnes-ikke?sprak={lang}")
    settle(page)
    expect(page.locator("h1").first).to_have_text(text("nav.not_found.title", lang))  # the app's own page, in the reader's language
    assert english_words(page) == set()


def test_the_uploader_changes_language_with_the_page(page, app_url):
    open_page(page, f"{app_url}/koordinator?sprak=nb")
    page.get_by_label(text("coord.access.coordinator_password", "nb")).fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name=text("coord.access.sign_in", "nb")).click()
    uploader = page.get_by_test_id("stFileUploaderDropzone")
    expect(uploader).to_contain_text("Høyst 100 MB per fil", timeout=30_000)
    page.get_by_test_id("stSidebar").get_by_text("Nynorsk").click()
    expect(uploader).to_contain_text("Høgst 100 MB per fil", timeout=30_000)
    expect(page.get_by_role("link", name="Gå til hovudinnhaldet")).to_be_attached()


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_an_uploaded_file_is_named_in_norwegian(page, app_url, lang, tmp_path):
    # The uploaded file's button said «Remove folketall-2025.xlsx» to a screen reader. A preview
    # writes nothing, so the shared server is fine.
    open_page(page, f"{app_url}/koordinator?sprak={lang}")
    page.get_by_label(text("coord.access.coordinator_password", lang)).fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name=text("coord.access.sign_in", lang)).click()
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(population_xlsx(tmp_path / "folketall-2025.xlsx", 131_500))
    expect(page.get_by_text("130 921 → 131 500")).to_be_attached(timeout=30_000)  # the preview
    settle(page)
    expect(page.get_by_test_id("stFileChip")).to_be_visible()
    assert "5.0KB" not in page.evaluate(READABLE)  # sizes as Norwegians write them: «5,0 KB»
    expect(page.get_by_test_id("stFileChip")).to_contain_text(re.compile(r"\d+,\d KB"))
    expect(page.locator("[aria-label='Fjern folketall-2025.xlsx']")).to_be_attached()
    assert english_words(page) == set()
