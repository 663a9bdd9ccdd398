"""The app's pages in one list (group, address, icon), declared as Streamlit's navigation and
drawn as the sidebar's page list.

Every page file is run by dashboard.py through this navigation; ui.state.ensure_app_entry (the
first line of every page) sends a page that Streamlit ran alone back through it."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlparse

import streamlit as st

HOME = "oversikt"  # the default page: it lives at the root, and at /oversikt too
HOME_GROUP = "overview"
# The group titles as Streamlit's navigation shows them.
CSS = """<style>
.khs-nav-group {font-size: .9rem; font-weight: 600; color: #3D3D3D; margin: 0 0 .2rem .5rem;}
</style>"""
PAGES = {  # catalogue key of the group: [(page name = file in pages/ = address, icon)]
    f"nav.group.{HOME_GROUP}": [(HOME, ":material/dashboard:")],
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


_MADE_PAGES = "_khs_pages"  # session state: the pages made for this session's titles


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


def _pages(title: Callable[[str], str]) -> dict[str, list[st.Page]]:
    """PAGES as Streamlit pages, by group title: made once per session and language, as making a
    page resolves its file on disk (the entry script runs on every page switch). Kept in the
    session, not the process: Streamlit marks a page callable while a run uses it, so two
    sessions' runs must not share one."""
    titles = tuple((title(group), tuple((name, icon, title(f"page.{name}")) for name, icon in pages)) for group, pages in PAGES.items())
    made = st.session_state.get(_MADE_PAGES)
    if made is None or made[0] != titles:
        sections = {
            group: [
                st.Page(page_file(name), title=name_title, icon=icon, url_path="" if name == HOME else name, default=name == HOME)
                for name, icon, name_title in pages
            ]
            for group, pages in titles
        }
        made = st.session_state[_MADE_PAGES] = (titles, sections)
    return {group: list(pages) for group, pages in made[1].items()}


def app_navigation(title: Callable[[str], str]) -> st.Page:
    """Declare the navigation for this run (titles through `title`, the catalogue in the reader's
    language) and return the page the address asks for. The sidebar's page list is the app's own
    (sidebar_navigation), so Streamlit draws none.

    Streamlit gives the default page the root address only and answers its own name with an
    English «Page not found»; the home page is therefore declared a second time, hidden, at
    /oversikt."""
    sections = _pages(title)
    home_alias = st.Page(page_file(HOME), title=title(f"page.{HOME}"), url_path=HOME, visibility="hidden")
    sections[title(f"nav.group.{HOME_GROUP}")].append(home_alias)
    address = requested_address()
    known = {page_name(page) for pages in sections.values() for page in pages}
    if re.fullmatch(r"[\w-]+", address) and address not in known:
        every_page = [page for pages in sections.values() for page in pages]
        sections[title(f"nav.group.{HOME_GROUP}")].append(_unknown_address_page(address, title, every_page))
    return st.navigation(sections, position="hidden")


def sidebar_navigation(title: Callable[[str], str], current: st.Page) -> None:
    """The page list, grouped, with the current page marked (page links are set apart by
    Streamlit when they lead to the page shown).

    Drawn by the app because Streamlit's own grouped navigation puts `<div>`s between its `<ul>`
    and the `<li>`s, which screen readers cannot read as a list (axe-core: list, listitem; WCAG
    1.3.1). Page links navigate inside the session, as Streamlit's own navigation does."""
    st.html(CSS)
    with st.container(key="khs-navigation", gap="small"):
        for group, pages in _pages(title).items():
            with st.container(gap="xsmall"):
                st.markdown(f"<p class='khs-nav-group'>{group}</p>", unsafe_allow_html=True)
                for page in pages:
                    here = page_name(page) == page_name(current)  # /oversikt is the home page too
                    st.page_link(current if here else page, label=page.title, icon=page.icon, width="stretch")
