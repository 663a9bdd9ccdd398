"""A coordinator corrects tables on the page «Rett i tabellene», in the browser: a discarded edit
is gone from the grid as well as from the server (the next edit is the only change), a save after
a discard keeps exactly the edits made after it, and a negative amount is refused in words, never
turned positive. Its own server and database, since it writes."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.templates import stored_rows

from .conftest import COORDINATOR_PASSWORD, READY, _need_browser, navigation, open_page, screenshot, serving

HEADER_HEIGHT, ROW_HEIGHT, FIRST_COLUMN_X = 37, 35, 80  # the grid's geometry in CSS pixels (glide-data-grid)


@pytest.fixture(scope="module")
def writable_app(tmp_path_factory):
    """The dashboard over a sample database of its own; yields (url, database)."""
    _need_browser()
    db = Database(tmp_path_factory.mktemp("e2e-editing") / "khs.duckdb")
    init_database(db, sample=True)
    with serving(db.path) as url:
        yield url, db


def signed_in_editor(page, url: str, table: str | None = None) -> None:
    """Signed in as coordinator, on «Rett i tabellene», with `table` chosen (Møter first)."""
    open_page(page, url)
    navigation(page).get_by_role("link", name="Koordinator", exact=True).click()
    page.wait_for_url("**/koordinator*")
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_label("Koordinatorpassord").fill(COORDINATOR_PASSWORD)
    page.get_by_role("button", name="Logg inn").click()
    expect(page.get_by_text("Logget inn som koordinator.")).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name="Rett i tabellene").click()
    page.wait_for_selector(READY)
    page.wait_for_selector("[data-testid=stDataFrame]", timeout=30_000)
    if table:
        page.get_by_test_id("stSelectbox").filter(has_text="Tabell").click()
        page.get_by_role("option", name=table, exact=True).click()
        page.wait_for_selector(READY)


def selected_cell(page) -> tuple[int, int] | None:
    """(row, column) of the selected cell, from the grid's accessible table (its column 0 is the row marker)."""
    found = page.locator("[data-testid=stDataFrame] td[aria-selected=true]")
    if found.count() != 1:
        return None
    column, row = found.get_attribute("data-testid").removeprefix("glide-cell-").split("-")
    return int(row), int(column) - 1


def edit_cell(page, row: int, column: int, value: str) -> None:
    """Type `value` into the editor's cell (row and column from 0, as the table shows them),
    the way a person does: click the row, arrow keys to the cell (checked in the grid's
    accessible table, as the canvas has no elements), Enter opens its editor, Enter commits.
    The caller waits for what the edit shows before the next one (the rerun it starts)."""
    page.wait_for_selector(READY)
    grid = page.get_by_test_id("stDataFrame").first
    grid.scroll_into_view_if_needed()
    grid.locator("table[role=grid] td").first.wait_for(state="attached")  # drawn and filled
    box = grid.bounding_box()
    page.mouse.click(box["x"] + FIRST_COLUMN_X, box["y"] + HEADER_HEIGHT + ROW_HEIGHT * row + ROW_HEIGHT / 2)
    expect(grid.locator("td[aria-selected=true][data-testid^='glide-cell-1-']")).to_have_count(1)  # the click, not a selection before it
    moves = {(0, 1): "ArrowRight", (0, -1): "ArrowLeft", (1, 0): "ArrowDown", (-1, 0): "ArrowUp"}
    while (at := selected_cell(page)) != (row, column):
        step = (0, 1 if column > at[1] else -1) if column != at[1] else (1 if row > at[0] else -1, 0)
        page.keyboard.press(moves[step])
        expect(grid.locator(f"td[data-testid=glide-cell-{at[1] + 1 + step[1]}-{at[0] + step[0]}]")).to_have_attribute(
            "aria-selected", "true"
        )
    page.keyboard.press("Enter")
    editor = page.locator(".gdg-input")
    editor.wait_for(state="attached")
    editor.fill(value)
    page.keyboard.press("Enter")
    page.wait_for_selector(READY)


def title_change(meetings, row: int, new: str) -> str:
    """The line the preview shows for a new title of the meeting in `row`."""
    return f"Tittel: {meetings['title'][row]} → {new}"


def test_a_discarded_edit_is_gone_from_the_grid_so_the_next_edit_is_the_only_change(page, writable_app):
    url, db = writable_app
    meetings = stored_rows(db, "meetings")
    signed_in_editor(page, url)

    edit_cell(page, 0, 2, "Forkastet tittel")
    expect(page.get_by_text(title_change(meetings, 0, "Forkastet tittel"))).to_be_attached(timeout=30_000)
    page.get_by_role("button", name="Forkast endringene").click()
    page.wait_for_selector(READY)
    expect(page.get_by_text("Ingen endringer ennå.")).to_be_visible()

    edit_cell(page, 1, 2, "Ny tittel")
    expect(page.get_by_text(title_change(meetings, 1, "Ny tittel"))).to_be_attached(timeout=30_000)
    screenshot(page, "editing-after-discard")
    expect(page.get_by_role("button", name="Lagre endringene (1)")).to_be_visible()
    expect(page.get_by_text("Forkastet tittel")).to_have_count(0)  # neither in the grid nor in the diff


def test_signed_in_edit_discard_save_loses_and_resurrects_nothing(page, writable_app):
    url, db = writable_app
    meetings = stored_rows(db, "meetings")
    signed_in_editor(page, url)

    edit_cell(page, 2, 4, "Forkastet sted")
    expect(page.get_by_role("button", name="Lagre endringene (1)")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Forkast endringene").click()
    page.wait_for_selector(READY)
    edit_cell(page, 3, 4, "Lagret sted")
    expect(page.get_by_role("button", name="Lagre endringene (1)")).to_be_visible(timeout=30_000)  # the server has it
    edit_cell(page, 4, 4, "Også lagret")
    expect(page.get_by_role("button", name="Lagre endringene (2)")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Lagre endringene (2)").click()
    expect(page.get_by_text("Lagret som import")).to_be_visible(timeout=30_000)
    page.wait_for_selector(READY)

    places = list(stored_rows(db, "meetings")["place"])
    assert places[2:5] == [meetings["place"][2], "Lagret sted", "Også lagret"]
    assert list(stored_rows(db, "meetings").drop(columns="place").itertuples(index=False)) == list(
        meetings.drop(columns="place").itertuples(index=False)
    )
    # After the save the grid holds the table as stored: one more edit is the only change.
    edit_cell(page, 5, 4, "Enda et sted")
    expect(page.get_by_role("button", name="Lagre endringene (1)")).to_be_visible(timeout=30_000)
    expect(page.get_by_text(f"Sted: {meetings['place'][5]} → Enda et sted")).to_be_attached()


def test_a_negative_amount_is_refused_in_words_not_made_positive(page, writable_app):
    url, db = writable_app
    signed_in_editor(page, url, "Innbetalinger")
    expect(page.locator("[data-testid=stDataFrame] th").filter(has_text="Beløp")).to_have_count(1)
    edit_cell(page, 0, 3, "-5")
    expect(page.get_by_text("Ingenting er lagret ennå: 1 feil i tabellen")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("kan ikke være negativt")).to_be_attached()
    screenshot(page, "editing-negative-amount")
    page.get_by_role("button", name="Forkast endringene").click()  # offered beside the errors
    page.wait_for_selector(READY)
    expect(page.get_by_text("Ingen endringer ennå.")).to_be_visible()
    assert (stored_rows(db, "payments")["amount_nok"] > 0).all()


@pytest.fixture(scope="module")
def markup_app(tmp_path_factory):
    """The dashboard over a sample database whose people and members are named with markup."""
    _need_browser()
    db = Database(tmp_path_factory.mktemp("e2e-markup") / "khs.duckdb")
    init_database(db, sample=True)
    with db.writing() as connection:
        connection.execute(f"UPDATE board_terms SET person = '{MARKUP} ' || person")
        connection.execute(f"UPDATE municipalities SET name = '{MARKUP} ' || name")
    with serving(db.path) as url:
        yield url


MARKUP = "<b>Fet</b>"


def test_a_name_written_with_markup_is_drawn_as_written_in_the_board_timeline(page, markup_app):
    open_page(page, f"{markup_app}/?ar=2026")
    navigation(page).get_by_role("link", name="Styret", exact=True).click()
    page.wait_for_url("**/styret*")
    page.wait_for_selector(READY, timeout=60_000)
    timeline = page.locator(".js-plotly-plot").first
    timeline.locator("text.bartext").first.wait_for()
    screenshot(page, "styret-markup-name")
    bar_texts = timeline.locator("text.bartext").all_text_contents()
    terms = [text for text in bar_texts if text != "Ledig"]
    assert len(terms) > 10
    assert [text for text in terms if not (text.startswith(MARKUP) and text.count(MARKUP) == 2)] == []  # person and member, as letters
    assert timeline.locator("text.bartext tspan[style*='bold']").count() == 0  # not as bold type


def test_a_name_written_with_markup_reads_as_written_in_the_check_lines(page, markup_app):
    open_page(page, f"{markup_app}/?ar=2026")
    lines = page.locator(".khs-check")
    lines.first.wait_for()
    texts = lines.all_inner_texts()
    assert any(MARKUP in text for text in texts)
    assert page.locator(".khs-check b b").count() == 0  # no markup from the data inside the lines
