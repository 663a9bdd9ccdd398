"""KHS-dashbord: `streamlit run dashboard.py`. Creates the database from the sample data on first
start, then shows the pages in pages/ under one navigation and a shared sidebar.

Every run declares the navigation first, before anything that can stop it (a database held by an
import from the command line, the viewer password): a run that stopped before it would leave
Streamlit running the files in pages/ on their own, past the password (see ui.state.ensure_app_entry).
The page list in the sidebar comes next, so it is there behind the password too (it names pages only)."""

from pathlib import Path

import streamlit as st

from khs_data.catalogue import LANGUAGES
from khs_data.database import StoreError
from ui import meeting, navigation, state
from ui.access import viewer_gate
from ui.data import database
from ui.state import t
from ui.widgets import page_style

# An image of our own: a Material icon here would make every browser fetch it from Google's servers.
FAVICON = Path(__file__).parent / "ui" / "assets" / "favicon.png"

st.set_page_config(page_title="KHS-dashbord", page_icon=FAVICON, layout="wide")
state.init_state(state.year_options())
page = navigation.app_navigation(t)
in_meeting = meeting.wanted(navigation.page_name(page))
if not in_meeting:
    with st.sidebar:
        navigation.sidebar_navigation(t, page)
viewer_gate()  # after the navigation, so a link to a page opens that page once the password is given

try:
    database()
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

state.sync_query()
page_style()

if in_meeting:
    meeting.show()
    st.stop()

with st.sidebar:
    st.markdown(f"**{t('app.title')}**  \n{t('app.subtitle')}")
    years = state.year_options()
    st.selectbox(t("sidebar.year"), years, key="year")
    st.radio(t("sidebar.language"), list(LANGUAGES), format_func=LANGUAGES.get, key="lang", horizontal=True)
    if st.button(t("meeting.toggle"), help=t("meeting.toggle_help"), icon=":material/co_present:", width="stretch"):
        meeting.enter(navigation.page_name(page))
        st.rerun()
    st.caption(t("sidebar.data_note"))
state.run_page(page)
