"""Koordinator: sign in, upload spreadsheets (see what was recognised, what is wrong and what would
change, then confirm), undo, templates, small corrections and the agreement's rules.
Every write goes through ui.access.writing_as_coordinator: without the role nothing writes.
The parts are in ui/coordinator/, one module per tab."""

from __future__ import annotations

import streamlit as st

from ui import access
from ui.coordinator.confirm import drop_requests
from ui.coordinator.editing import agreements_section, edit_section, rules_section
from ui.coordinator.history import history_section, latest_import
from ui.coordinator.ssb import ssb_block
from ui.coordinator.templates import templates_section
from ui.coordinator.upload import upload_section
from ui.coordinator.words import plain
from ui.state import ensure_app_entry, t
from ui.widgets import headline

ensure_app_entry()


def upload_tab() -> None:
    upload_section()
    ssb_block()


SECTIONS = {
    "coord.tab.upload": upload_tab,
    "coord.tab.history": history_section,
    "coord.tab.templates": templates_section,
    "coord.tab.edit": edit_section,
    "coord.tab.rules": rules_section,
    "coord.tab.agreements": agreements_section,
}


def signed_in_bar(grant) -> None:
    left, right = st.columns([5, 1])
    left.caption(t("coord.signed_in", who=plain(grant.who)))
    if right.button(t("coord.access.sign_out"), key="coord-sign-out", icon=":material/logout:"):
        access.sign_out()


def main() -> None:
    grant = access.coordinator()
    if grant is None:
        headline(t("page.koordinator"), t("coord.headline.signed_out" if access.settings().sign_in else "coord.headline.off"))
        access.sign_in()
        return
    headline(t("page.koordinator"), latest_import())
    signed_in_bar(grant)
    labels = [t(key) for key in SECTIONS]
    for tab, section in zip(st.tabs(labels, key="coord-tabs", on_change="rerun"), SECTIONS.values()):
        if tab.open:
            with tab:
                section()
    drop_requests()


main()
