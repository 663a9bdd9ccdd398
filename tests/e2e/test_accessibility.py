"""WCAG 2.1 AA as Norwegian public bodies must meet it: axe-core (npm, pinned in package.json,
installed by `npm ci`) finds no serious or critical violation on any page or meeting-mode screen,
in bokmål and nynorsk, with every expander open (the charts' number tables included) — Streamlit's
own markup included. Every violation found, of any level, is written to test-artifacts/axe/ for
the record."""

from __future__ import annotations

import json
import os

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import text
from ui.navigation import HOME, PAGES

from .conftest import ARTIFACTS, READY, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = {"serious", "critical"}
PAGE_NAMES = [name for pages in PAGES.values() for name, _ in pages]
LANGUAGES = ["nb", "nn"]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        message = f"axe-core is not installed ({AXE}): run `npm ci`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text(encoding="utf-8")


def drawn(tab) -> None:
    """The run ended and every chart is drawn (a chart still loading shows a placeholder)."""
    tab.wait_for_selector(READY, timeout=60_000)
    tab.wait_for_function(
        "!document.querySelector('[data-testid=stMain] [data-testid=stSkeleton]') && "
        "[...document.querySelectorAll('[data-testid=stPlotlyChart]')].every(chart => chart.querySelector('.main-svg'))",
        timeout=60_000,
    )


def open_every_expander(tab) -> None:
    """Opened one by one, by a click as a reader would (the closed ones' list shrinks with each)."""
    closed = tab.locator("[data-testid=stMain] [data-testid=stExpander] details:not([open]) > summary")
    count = closed.count()
    for opened in range(1, count + 1):
        closed.first.click()
        expect(closed).to_have_count(count - opened)
    tab.wait_for_selector(READY, timeout=60_000)


def violations(tab, axe_source: str, name: str) -> list[dict]:
    """axe-core over the whole document; every finding recorded, the list returned."""
    tab.evaluate(axe_source)
    found = tab.evaluate(
        """async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']}))
             .violations.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')),
                          details: v.nodes.map(n => ({html: n.html.slice(0, 300), why: n.failureSummary}))}))""",
        TAGS,
    )
    record = ARTIFACTS / "axe" / f"{name}.json"
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    return found


def blocking(found: list[dict]) -> list[str]:
    return [f"{v['impact']} {v['id']}: {v['help']} — {v['nodes'][:3]}" for v in found if v["impact"] in BLOCKING]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_serious_violation_on_a_page(page, app_url, axe_source, name, lang):
    path = "" if name == HOME else name
    page.goto(f"{app_url}/{path}?sprak={lang}")
    drawn(page)
    open_every_expander(page)
    drawn(page)
    assert page.locator("h1").first.inner_text() == text(f"page.{name}", lang)
    assert blocking(violations(page, axe_source, f"page-{name}-{lang}")) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_serious_violation_on_any_meeting_screen(browser, app_url, axe_source, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    tab = context.new_page()
    tab.goto(f"{app_url}/?modus=mote&sprak={lang}")
    tab.wait_for_selector("[data-testid=khs-position][data-screen='1280x720']", timeout=60_000)
    drawn(tab)
    count = int(tab.get_by_test_id("khs-position").inner_text().split()[-1])
    problems = {}
    for number in range(1, count + 1):
        tab.wait_for_function(f"document.querySelector('[data-testid=khs-position]').innerText.startsWith('{number} ')", timeout=60_000)
        drawn(tab)
        open_every_expander(tab)
        problems[number] = blocking(violations(tab, axe_source, f"meeting-{lang}-{number}"))
        tab.keyboard.press("PageDown")
    context.close()
    assert count >= 8
    assert problems == {number: [] for number in range(1, count + 1)}
