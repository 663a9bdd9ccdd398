"""Møtemodus: the dashboard as a projector shows it — no sidebar or Streamlit chrome, large text,
one topic per screen with large «Forrige»/«Neste» buttons. The topics are the annual meeting
pack's slides, so the screen and the deck never disagree."""

from __future__ import annotations

import streamlit as st

from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.report.pack import annual_pack
from khs_data.rules import RuleMissing

from .data import metric
from .slides import show_slide_body
from .state import lang, t, today, year

QUERY_VALUE = "mote"  # ?modus=mote opens the dashboard in meeting mode

CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer {display: none !important;}
html {font-size: 22px;}
[data-testid="stMainBlockContainer"] {padding-top: 1.2rem; max-width: 100%;}
.stButton button {font-size: 1.4rem; padding: .6rem 1.6rem; min-height: 3.2rem;}
.khs-position {font-size: 1.4rem; text-align: center; padding-top: .6rem;}
</style>
"""


def wanted() -> bool:
    """Seed meeting mode from the URL once; afterwards the session decides."""
    if "meeting_mode" not in st.session_state:
        st.session_state.meeting_mode = st.query_params.get("modus") == QUERY_VALUE
    return st.session_state.meeting_mode


def enter(page_path: str) -> None:
    st.session_state.meeting_mode = True
    st.session_state.meeting_return = page_path
    st.session_state.meeting_slide = 0


def _leave() -> None:
    st.session_state.meeting_mode = False
    st.query_params.pop("modus", None)


def _step(delta: int, count: int) -> None:
    st.session_state.meeting_slide = min(max(st.session_state.get("meeting_slide", 0) + delta, 0), count - 1)


def show() -> None:
    """One topic, the position, and the buttons. Leaving returns to the page and year it came from."""
    st.markdown(CSS, unsafe_allow_html=True)
    st.query_params["modus"] = QUERY_VALUE
    try:
        pack = metric(annual_pack, year(), today(), lang())
    except (StoreError, RuleMissing) as error:
        st.error(t("common.store_error", error=error))
        pack = None
    slides = pack.slides if pack is not None and pack.has_data else ()
    count = max(len(slides), 1)
    current = min(st.session_state.get("meeting_slide", 0), count - 1)

    top_left, top_right = st.columns([4, 1.3])
    top_left.caption(t("meeting.title", year=year(), date=date_text(pack.on) if pack else "–"))
    if top_right.button(t("meeting.leave"), key="meeting-leave", width="stretch"):
        _leave()
        st.switch_page(st.session_state.get("meeting_return", "pages/oversikt.py"))

    if slides:
        plan = slides[current]
        st.markdown(f"**{plan.kicker}**")
        show_slide_body(plan, f"meeting-{current}", large=True)
    else:
        st.info(t("meeting.empty", year=year()))

    back, position, forward = st.columns([2, 3, 2])
    back.button(
        t("meeting.previous"),
        key="meeting-previous",
        on_click=_step,
        args=(-1, count),
        disabled=current == 0,
        width="stretch",
        type="secondary",
    )
    position.markdown(
        f"<div class='khs-position' data-testid='khs-position'>{t('meeting.position', number=current + 1, count=count)}</div>",
        unsafe_allow_html=True,
    )
    forward.button(
        t("meeting.next"),
        key="meeting-next",
        on_click=_step,
        args=(1, count),
        disabled=current >= count - 1,
        width="stretch",
        type="primary",
    )
