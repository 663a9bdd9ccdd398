"""Population straight from SSB (table 07459): fetch, then the same preview and confirmation as
an upload. SSB's answer is kept as a staged file until it is saved or dropped."""

from __future__ import annotations

from contextlib import nullcontext

import streamlit as st

from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.importer import ImportPlan, plan_import
from khs_data.problems import ImportRefused, importing_in
from khs_data.ssb_api import discard_staged, last_ssb_fetch, plan_ssb_update
from ui.data import database, metric
from ui.state import lang, t

from .confirm import fingerprint, flash, request, save, show_flash, take_request
from .preview import show_changes, show_problems
from .words import plain

SSB_PLAN = "coord.ssb_plan"  # (database change token, plan over SSB's staged answer)


def ssb_replan(plan: ImportPlan) -> ImportPlan:
    """SSB's answer (kept as a staged file) compared with the database as it is now."""
    with importing_in(lang()):  # its problems in the page's language
        return plan_import(database(), plan.file_path, plan.file_name, "population", source=plan.source)


def ssb_preview() -> ImportPlan | None:
    if SSB_PLAN not in st.session_state:
        return None
    token, plan = st.session_state[SSB_PLAN]
    if token != database().change_token():
        plan = ssb_replan(plan)
        st.session_state[SSB_PLAN] = (database().change_token(), plan)
    return plan


def ssb_drop() -> None:
    if SSB_PLAN in st.session_state:
        discard_staged(st.session_state.pop(SSB_PLAN)[1])


def last_fetch_caption() -> None:
    fetched = metric(last_ssb_fetch)
    if fetched is None:
        st.caption(t("ssb.never_fetched"))
        return
    when = dict(date=date_text(fetched.fetched_at), time=f"{fetched.fetched_at:%H:%M}")
    st.caption(t("ssb.last_fetch", year=fetched.newest_year, **when) if fetched.newest_year else t("ssb.last_fetch_no_year", **when))


def ssb_block() -> None:
    """Fetch from SSB, then the same preview and confirmation as an upload."""
    st.subheader(t("ssb.title"))
    st.markdown(t("ssb.intro"))
    last_fetch_caption()
    if (seen := take_request("ssb")) is not None and SSB_PLAN in st.session_state:
        staged = st.session_state[SSB_PLAN][1]
        saved = save(lambda: nullcontext(ssb_replan(staged)), seen)
        if saved:
            ssb_drop()
            plan, result = saved  # the stored result.summary is in bokmål: say it in the page's language
            said = plan.summary(lang()) + (t("import.summary.no_changes") if result.import_id is None else "")
            flash(t("ssb.saved", summary=plain(said)))
            st.rerun()
    show_flash()
    if st.button(t("ssb.button"), icon=":material/cloud_download:", key="coord-ssb-fetch"):
        ssb_drop()
        try:
            with st.spinner(t("ssb.fetching")):
                st.session_state[SSB_PLAN] = (database().change_token(), plan_ssb_update(database()))
        except StoreError as error:
            st.error(t("ssb.failed", error=error), icon=":material/error:")
        except ImportRefused as refused:
            show_problems(refused.problems, t("ssb.title"), key="ssb")
    try:
        plan = ssb_preview()
    except (StoreError, ImportRefused) as error:
        ssb_drop()
        st.error(t("ssb.failed", error=error), icon=":material/error:")
        return
    if plan is None:
        st.caption(t("ssb.source"))
        return
    if not plan.changes:
        st.info(t("ssb.no_changes"), icon=":material/info:")
        ssb_drop()
        return
    st.markdown(t("ssb.preview", added=plan.added, changed=plan.changed, unchanged=plan.unchanged))
    show_changes(plan, key="ssb")
    save_button, cancel, _ = st.columns([2, 1, 3])
    save_button.button(
        t("ssb.save"), type="primary", icon=":material/save:", key="coord-ssb-save", on_click=request, args=("ssb", fingerprint(plan))
    )
    cancel.button(t("ssb.cancel"), key="coord-ssb-cancel", on_click=ssb_drop)
    st.caption(t("ssb.source"))
