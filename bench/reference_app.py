"""The yardstick for a real server: a multipage app with as many pages as the dashboard, at the
same addresses, each the reference page (one plotly bar chart of 21 bars, one 21-row table)."""

import streamlit as st

from bench.reference_content import show
from ui.navigation import HOME, PAGES

pages = [
    st.Page(show, title=name, url_path="" if name == HOME else name, default=name == HOME)
    for group in PAGES.values()
    for name, _icon in group
]
st.navigation(pages).run()
