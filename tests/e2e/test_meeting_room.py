"""Meeting mode on the projectors a meeting room has: every screen fits 1280 × 720, 1366 × 768 and
1920 × 1080 without scrolling (title, chart or figures, «Forrige»/«Neste» and the position all
inside the window), its text grows with the screen and is never under 20 px at 1280 × 720 (chart
labels included), a presenter remote's keys move between the screens without a click into the page
first, Esc leaves, and `?modus=mote&tema=…` or the button on a page opens that topic."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from khs_data.catalogue import text
from khs_data.report.blocks import Topic

from .conftest import READY, screenshot

SCREENS = [(1280, 720), (1366, 768), (1920, 1080)]
# Where a topic stands in a year with data (khs_data.report.pack): after the key figures.
NUMBER = {Topic.DUES: 2, Topic.BUDGET: 3, Topic.BOARD: 4, Topic.MEETINGS: 5, Topic.NETWORK: 6, Topic.PROJECTS: 7}

# What is on the screen: the boxes of what must be seen, whether anything scrolls, and the
# smallest text (of every text node shown inside the window, the charts' SVG text included).
MEASURE = """() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}; };
  const main = document.querySelector('[data-testid=stMain]');
  const slide = document.querySelector('.st-key-meeting-slide');
  const shown = (el) => {  // drawn, and inside the window (not in a closed expander, not off-screen)
    const r = el.getBoundingClientRect();
    return el.checkVisibility({opacityProperty: true, visibilityProperty: true})
      && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  };
  const sizes = (root) => {
    const found = [], walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (walker.currentNode.textContent.trim() && el && shown(el)) found.push([parseFloat(getComputedStyle(el).fontSize), walker.currentNode.textContent.trim()]);
    }
    return found.sort((a, b) => a[0] - b[0]);
  };
  const named = (name) => [...document.querySelectorAll('[data-testid=stMain] button')].find(b => b.innerText.includes(name));
  return {
    window: {width: innerWidth, height: innerHeight},
    scrolls: main.scrollHeight > main.clientHeight + 1 || document.documentElement.scrollHeight > innerHeight + 1,
    title: box(slide.querySelector('h3')),
    charts: [...slide.querySelectorAll('.js-plotly-plot')].filter(el => el.checkVisibility()).map(box),
    blocks: [...slide.querySelectorAll('[data-testid=stHorizontalBlock], [data-testid=stTable], [data-testid=stMetric]')]
      .filter(el => el.checkVisibility()).map(box),
    previous: box(named(%(previous)s)),
    next: box(named(%(next)s)),
    position: box(document.querySelector('[data-testid=khs-position]')),
    smallest: sizes(document.body)[0],
    smallestChart: sizes(slide.querySelector('.js-plotly-plot') || slide)[0],
  };
}"""


def measure(tab, lang: str = "nb") -> dict:
    names = {"previous": json.dumps(text("meeting.previous", lang)[2:]), "next": json.dumps(text("meeting.next", lang)[:-2])}
    return tab.evaluate(MEASURE % names)


def position(tab) -> tuple[int, int]:
    number, count = re.fullmatch(r"(\d+) av (\d+)", tab.get_by_test_id("khs-position").inner_text()).groups()
    return int(number), int(count)


def settled(tab, number: int | None = None, screen: tuple[int, int] | None = None) -> None:
    """The screen drawn for this window (the app has heard its size) and, if given, at `number`;
    its run ended and its charts drawn."""
    selector = "[data-testid=khs-position]"
    if screen:
        selector += f"[data-screen='{screen[0]}x{screen[1]}']"
    tab.wait_for_selector(selector, timeout=60_000)
    if number:
        expect(tab.get_by_test_id("khs-position")).to_have_text(re.compile(rf"^{number} av \d+$"), timeout=60_000)
    tab.wait_for_selector(READY, timeout=60_000)
    tab.wait_for_function(  # a chart still loading shows a placeholder first
        "!document.querySelector('.st-key-meeting-slide [data-testid=stSkeleton]') && "
        "[...document.querySelectorAll('.st-key-meeting-slide [data-testid=stPlotlyChart]')]"
        ".every(chart => chart.querySelector('.js-plotly-plot .main-svg'))",
        timeout=60_000,
    )


def inside(box: dict, window: dict) -> bool:
    return box["top"] >= 0 and box["left"] >= 0 and box["bottom"] <= window["height"] and box["right"] <= window["width"]


@pytest.fixture
def screen_tab(browser, request):
    width, height = request.param
    context = browser.new_context(viewport={"width": width, "height": height}, locale="nb-NO")
    yield context.new_page(), (width, height)
    context.close()


@pytest.mark.parametrize("screen_tab", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS], indirect=True)
def test_every_screen_fits_the_projector_and_pagedown_walks_through_them(screen_tab, app_url):
    tab, screen = screen_tab
    tab.goto(f"{app_url}/?modus=mote")
    settled(tab, 1, screen)
    count = position(tab)[1]
    rem = min(screen[0] / 64, screen[1] / 36)  # what the text grows with (ui/assets/meeting.css)
    seen, misfits = [], []
    for number in range(1, count + 1):
        settled(tab, number, screen)
        shown = measure(tab)
        screenshot(tab, f"meeting-{screen[0]}x{screen[1]}-{number}")
        seen.append(number)
        boxes = {"title": shown["title"], "previous": shown["previous"], "next": shown["next"], "position": shown["position"]}
        boxes |= {f"chart {i + 1}": b for i, b in enumerate(shown["charts"])} | {f"block {i + 1}": b for i, b in enumerate(shown["blocks"])}
        misfits += [f"{number}: {name} {box}" for name, box in boxes.items() if not inside(box, shown["window"])]
        misfits += [f"{number}: scrolls"] if shown["scrolls"] else []
        misfits += [f"{number}: text {shown['smallest']}"] if shown["smallest"][0] < max(20, int(rem)) else []
        misfits += [f"{number}: chart text {shown['smallestChart']}"] if shown["charts"] and shown["smallestChart"][0] < int(rem) else []
        if number < count:
            tab.keyboard.press("PageDown")
    assert seen == list(range(1, count + 1)) and count >= 8
    assert misfits == []
    tab.keyboard.press("PageUp")
    settled(tab, count - 1)


def test_keys_move_without_a_click_and_esc_leaves(page, app_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{app_url}/moter?modus=mote&tema={Topic.DUES}")
    settled(page, NUMBER[Topic.DUES])
    start = NUMBER[Topic.DUES]
    for key, step in (("ArrowRight", 1), ("ArrowLeft", -1), ("Space", 1), ("PageUp", -1), ("PageDown", 1)):
        before = position(page)[0]
        page.keyboard.press(key)
        settled(page, before + step)
    assert position(page)[0] == start + 1 == NUMBER[Topic.BUDGET]
    assert parse_qs(urlparse(page.url).query)["tema"] == ["budsjett"]  # the address follows the screen
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: "modus" not in url and urlparse(url).path.endswith("/moter"), timeout=60_000)
    page.wait_for_selector(READY, timeout=60_000)
    expect(page.locator("h1").first).to_have_text(text("page.moter", "nb"))
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    expect(page.get_by_test_id("khs-position")).to_have_count(0)


@pytest.mark.parametrize("topic", list(NUMBER))
def test_a_link_opens_its_topic(page, app_url, topic):
    page.goto(f"{app_url}/?modus=mote&tema={topic}&sprak=nn")
    settled(page, NUMBER[topic])
    assert parse_qs(urlparse(page.url).query)["tema"] == [str(topic)]
    expect(page.get_by_role("button", name=text("meeting.leave", "nn"))).to_be_visible()


def test_the_button_on_a_page_opens_that_pages_topic(page, app_url):
    page.goto(f"{app_url}/nettverk")
    page.wait_for_selector(READY, timeout=60_000)
    page.get_by_role("button", name=text("meeting.toggle", "nb")).click()
    settled(page, NUMBER[Topic.NETWORK])
    assert parse_qs(urlparse(page.url).query)["tema"] == [str(Topic.NETWORK)]
