"""The app's pages in one list (group, address, icon), declared as Streamlit's navigation.

Every page file is run by dashboard.py through this navigation; ui.state.ensure_app_entry (the
first line of every page) sends a page that Streamlit ran alone back through it."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

HOME = "oversikt"  # the default page: it lives at the root, and at /oversikt too
PAGES = {  # catalogue key of the group: [(page name = file in pages/ = address, icon)]
    "nav.group.overview": [(HOME, ":material/dashboard:")],
    "nav.group.economy": [("kontingent", ":material/payments:"), ("budsjett", ":material/account_balance:")],
    "nav.group.governance": [
        ("styret", ":material/groups:"),
        ("moter", ":material/event:"),
        ("nettverk", ":material/hub:"),
        ("handlingsplan", ":material/checklist:"),
        ("arshjul", ":material/event_repeat:"),
        ("avtalen", ":material/handshake:"),
    ],
    "nav.group.projects": [("prosjekter", ":material/assignment:")],
    "nav.group.coordinator": [("koordinator", ":material/upload_file:"), ("arsmote", ":material/slideshow:")],
}


def page_file(name: str) -> str:
    return f"pages/{name}.py"


def page_name(page: st.Page) -> str:
    """The name of a page of this navigation (the default page's address is the root, "")."""
    return page.url_path or HOME


def app_navigation(title: Callable[[str], str], *, hidden: bool = False) -> st.Page:
    """Declare the navigation for this run (titles through `title`, the catalogue in the reader's
    language) and return the page the address asks for.

    Streamlit gives the default page the root address only and answers its own name with an
    English «Page not found»; the home page is therefore declared a second time, hidden, at
    /oversikt."""
    sections = {
        title(group): [
            st.Page(page_file(name), title=title(f"page.{name}"), icon=icon, url_path="" if name == HOME else name, default=name == HOME)
            for name, icon in pages
        ]
        for group, pages in PAGES.items()
    }
    home_alias = st.Page(page_file(HOME), title=title(f"page.{HOME}"), url_path=HOME, visibility="hidden")
    sections[title("nav.group.overview")].append(home_alias)
    return st.navigation(sections, position="hidden" if hidden else "sidebar")
