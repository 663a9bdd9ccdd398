"""KHS-dashbord: `streamlit run dashboard.py`. Creates the database from the sample data on first
start, then shows the pages in pages/ under one navigation and a shared sidebar."""

import streamlit as st

from khs_data.catalogue import LANGUAGES
from khs_data.database import StoreError
from ui import meeting, state
from ui.access import viewer_gate
from ui.data import database
from ui.state import t
from ui.widgets import page_style

st.set_page_config(page_title="KHS-dashbord", page_icon=":material/health_and_safety:", layout="wide")
state.init_state(state.year_options())

try:
    database()
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

PAGES = {
    "nav.group.overview": [("oversikt", ":material/dashboard:")],
    "nav.group.economy": [("kontingent", ":material/payments:")],
    "nav.group.governance": [
        ("styret", ":material/groups:"),
        ("moter", ":material/event:"),
        ("nettverk", ":material/hub:"),
        ("arshjul", ":material/event_repeat:"),
        ("avtalen", ":material/handshake:"),
    ],
    "nav.group.projects": [("prosjekter", ":material/assignment:")],
    "nav.group.coordinator": [("koordinator", ":material/upload_file:"), ("arsmote", ":material/slideshow:")],
}

in_meeting = meeting.wanted()
navigation = st.navigation(
    {
        t(group): [
            st.Page(f"pages/{name}.py", title=t(f"page.{name}"), url_path=name, icon=icon, default=name == "oversikt")
            for name, icon in pages
        ]
        for group, pages in PAGES.items()
    },
    position="hidden" if in_meeting else "sidebar",
)
viewer_gate()  # after st.navigation, so a link to a page opens that page once the password is given
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
        meeting.enter(f"pages/{navigation.url_path}.py")
        st.rerun()
    st.caption(t("sidebar.data_note"))
navigation.run()
