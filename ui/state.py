"""The year in focus and the language: chosen in the sidebar, kept across pages and in the URL."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from khs_data.catalogue import LANGUAGES, text

FIRST_YEAR = 2019


def today() -> dt.date:
    return dt.date.today()


def _from_query(name: str, allowed: list) -> object | None:
    value = st.query_params.get(name)
    for option in allowed:
        if str(option) == value:
            return option
    return None


def init_state(years: list[int]) -> None:
    """Seed the session from the URL once, then keep the URL in step with the session."""
    if "year" not in st.session_state:
        st.session_state.year = _from_query("ar", years) or (today().year if today().year in years else years[-1])
    if "lang" not in st.session_state:
        st.session_state.lang = _from_query("sprak", list(LANGUAGES)) or "nb"


def sync_query() -> None:
    st.query_params["ar"] = str(st.session_state.year)
    st.query_params["sprak"] = st.session_state.lang


def year() -> int:
    return int(st.session_state.get("year", today().year))


def lang() -> str:
    return st.session_state.get("lang", "nb")


def t(key: str, **values: object) -> str:
    return text(key, lang(), **values)


def year_options() -> list[int]:
    return list(range(FIRST_YEAR, today().year + 2))


def ensure_app_entry() -> None:
    """Make a page that was opened without dashboard.py run through it.

    Streamlit treats a folder named pages/ beside the entry script as a legacy multipage app
    until some session has called st.navigation: a link straight to /kontingent right after a
    server start would run that page alone, without the sidebar, theme or year. Declaring the
    new navigation and rerunning sends the request through dashboard.py, which picks the same
    page from the URL."""
    if "year" in st.session_state:
        return
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    st.rerun()
