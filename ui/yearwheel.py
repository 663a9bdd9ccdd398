"""«Legg i kalender»: the year's events as an .ics file, the same on the Årshjul and Møter pages
(and the same as `calendar --year Y --out FILE.ics`)."""

from __future__ import annotations

import streamlit as st

from khs_data.metrics.yearwheel import year_events
from khs_data.yearwheel.ics import calendar_ics

from .data import database
from .state import lang, t, today, year


def calendar_download(key: str) -> None:
    """The file is made when someone clicks (with the time of the click as its DTSTAMP)."""
    chosen_year, chosen_lang, on = year(), lang(), today()
    st.download_button(
        t("yearwheel.download"),
        lambda: calendar_ics(chosen_year, year_events(database(), chosen_year, on), chosen_lang),
        t("yearwheel.ics.file", year=chosen_year),
        "text/calendar",
        key=key,
        icon=":material/calendar_add_on:",
        help=t("yearwheel.download_help"),
    )
