"""The app's pages in one list (group, address, icon), declared as Streamlit's navigation.

Every page file is run by dashboard.py through this navigation; ui.state.ensure_app_entry (the
first line of every page) sends a page that Streamlit ran alone back through it."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlparse

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


def requested_address() -> str:
    """The address the browser asks for, after the server's base path ("" for the root and when
    no browser is there, as under AppTest)."""
    path = urlparse(st.context.url or "").path.strip("/")
    base = str(st.get_option("server.baseUrlPath") or "").strip("/")
    if base and (path == base or path.startswith(f"{base}/")):
        path = path[len(base) :].strip("/")
    return path


def _unknown_address_page(address: str, title: Callable[[str], str], pages: list[st.Page]) -> st.Page:
    """A hidden page at an address the app does not have, so the reader gets our words instead of
    Streamlit's English «Page not found»: a page named in other letters (/Kontingent) opens that
    page, anything else says in Norwegian that there is no such page."""

    def not_found() -> None:
        same_name = [page for page in pages if page_name(page) == address.lower()]
        if same_name:
            st.switch_page(same_name[0])
        st.title(title("nav.not_found.title"))
        st.info(title("nav.not_found.body", address=f"/{address}"))
        st.page_link(pages[0], label=title(f"page.{HOME}"), icon=":material/arrow_forward:")

    return st.Page(not_found, title=title("nav.not_found.title"), url_path=address, visibility="hidden")


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
    address = requested_address()
    known = {page_name(page) for pages in sections.values() for page in pages}
    if re.fullmatch(r"[\w-]+", address) and address not in known:
        every_page = [page for pages in sections.values() for page in pages]
        sections[title("nav.group.overview")].append(_unknown_address_page(address, title, every_page))
    return st.navigation(sections, position="hidden" if hidden else "sidebar")
