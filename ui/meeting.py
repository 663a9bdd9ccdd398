"""Møtemodus: the dashboard as a projector shows it — no sidebar or Streamlit chrome, text that
grows with the screen, one topic per screen that fits it without scrolling, «Forrige»/«Neste»
and the keys of a presenter remote. The topics are the annual meeting pack's slides, so the
screen and the deck never disagree.

The address says where the room is: `?modus=mote&tema=styret` opens the board's topic (names:
khs_data.report.blocks.Topic), and the topic shown is kept there, so a reload or a link shows
the same screen."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.report.blocks import SlidePlan
from khs_data.report.pack import annual_pack
from khs_data.rules import RuleMissing

from .data import metric
from .navigation import page_file
from .slides import Screen, show_slide_body
from .state import t, today, year

QUERY_VALUE = "mote"  # ?modus=mote opens the dashboard in meeting mode
TOPIC_QUERY = "tema"
ASSETS = Path(__file__).parent / "assets"
CSS = (ASSETS / "meeting.css").read_text(encoding="utf-8")
# A component of the app's own page (not a frame): its key listener hears the whole document.
presenter_keys = st.components.v2.component("khs_presenter_keys", js=(ASSETS / "presenter_keys.js").read_text(encoding="utf-8"))


def wanted(page_name: str) -> bool:
    """Seed meeting mode from the URL once (the topic named there, or the page's own); afterwards
    the session decides."""
    if "meeting_mode" not in st.session_state:
        st.session_state.meeting_mode = st.query_params.get("modus") == QUERY_VALUE
        if st.session_state.meeting_mode:
            _start(page_name, st.query_params.get(TOPIC_QUERY) or page_name)
    return st.session_state.meeting_mode


def enter(page_name: str) -> None:
    """From a page: its topic first (the first screen for a page without one)."""
    st.session_state.meeting_mode = True
    _start(page_name, page_name)


def _start(page_name: str, topic: str) -> None:
    st.session_state.meeting_topic = topic
    st.session_state.meeting_return = page_file(page_name)


def _leave() -> None:
    st.session_state.meeting_mode = False
    for name in ("modus", TOPIC_QUERY):
        st.query_params.pop(name, None)
    st.switch_page(st.session_state.get("meeting_return", page_file("oversikt")))


def _position(slides: tuple[SlidePlan, ...]) -> int:
    topics = [str(plan.topic) for plan in slides]
    topic = st.session_state.get("meeting_topic")
    return topics.index(topic) if topic in topics else 0


def _go(slides: tuple[SlidePlan, ...], delta: int) -> None:
    if slides:
        st.session_state.meeting_topic = str(slides[min(max(_position(slides) + delta, 0), len(slides) - 1)].topic)


def _presenter() -> tuple[Screen, str | None]:
    """Mount the presenter keys: the screen's size as last reported, and the key just pressed
    ("next", "previous", "leave") if one was."""
    reported = presenter_keys(
        key="meeting-keys",
        data=st.session_state.get("meeting_screen"),
        default={"screen": None},
        on_key_change=lambda: None,
        on_screen_change=lambda: None,
    )
    if reported.screen:
        st.session_state.meeting_screen = {"width": int(reported.screen["width"]), "height": int(reported.screen["height"])}
    size = st.session_state.get("meeting_screen")
    return (Screen(**size) if size else Screen()), reported.key


def show() -> None:
    """One topic, the position, and the buttons. Leaving returns to the page and year it came from."""
    st.html(f"<style>{CSS}</style>")
    st.query_params["modus"] = QUERY_VALUE
    try:
        pack = metric(annual_pack, year(), today())
    except (StoreError, RuleMissing) as error:
        st.error(t("common.store_error", error=error))
        pack = None
    slides = pack.slides if pack is not None and pack.has_data else ()
    screen, key = _presenter()
    if key == "leave":
        _leave()
    elif key in ("next", "previous"):
        _go(slides, 1 if key == "next" else -1)
    current, count = _position(slides), max(len(slides), 1)
    if slides:
        st.query_params[TOPIC_QUERY] = str(slides[current].topic)

    top_left, top_right = st.columns([5, 1.4], vertical_alignment="center")
    kicker = f"<b>{slides[current].kicker}</b> · " if slides else ""
    top_left.markdown(
        f"<p class='khs-meeting-top'>{kicker}{t('meeting.title', year=year(), date=date_text(pack.on) if pack else '–')}</p>",
        unsafe_allow_html=True,
    )
    if top_right.button(t("meeting.leave"), key="meeting-leave", width="stretch"):
        _leave()

    with st.container(key="meeting-slide"):
        if slides:
            show_slide_body(slides[current], f"meeting-{slides[current].topic}", screen)
        else:
            st.info(t("meeting.empty", year=year()))

    back, position, forward = st.columns([2, 3, 2], vertical_alignment="center")
    back.button(t("meeting.previous"), key="meeting-previous", on_click=_go, args=(slides, -1), disabled=current == 0, width="stretch")
    position.markdown(
        f"<p class='khs-position' data-testid='khs-position' data-screen='{screen.width}x{screen.height}'>"
        f"{t('meeting.position', number=current + 1, count=count)}</p>",
        unsafe_allow_html=True,
    )
    forward.button(
        t("meeting.next"),
        key="meeting-next",
        on_click=_go,
        args=(slides, 1),
        disabled=current >= count - 1,
        width="stretch",
        type="primary",
    )
