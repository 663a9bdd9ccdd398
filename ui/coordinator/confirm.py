"""A write happens only for the exact preview the person confirmed.

A confirm button records (action, fingerprint of the changes shown); the run right after the
click takes that request, plans again against the database as it is now, and saves only if the
plan is still what was shown. A message about what was saved survives the rerun as a flash."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager

import streamlit as st

from khs_data.database import StoreError
from khs_data.importer import ImportPlan, ImportResult, commit_import
from khs_data.problems import ImportRefused
from ui import access
from ui.data import data_changed, database
from ui.state import t

REQUEST = "coord.request"  # (action, fingerprint of what the person saw when they clicked)
FLASH = "coord.flash"


def fingerprint(plan: ImportPlan) -> str:
    """What a confirmation is for: the exact changes shown. Saving re-plans and compares."""
    return hashlib.sha256(repr([(c.before, c.after) for c in plan.changes]).encode()).hexdigest()


def request(action: str, seen: str) -> None:
    """on_click of a confirm button: what to do, and what the person saw."""
    st.session_state[REQUEST] = (action, seen)


def take_request(action: str) -> str | None:
    """What the person saw when they asked for `action` in the click just before; None if they did not."""
    pending = st.session_state.get(REQUEST)
    if pending and pending[0] == action:
        del st.session_state[REQUEST]
        return pending[1]
    return None


def drop_requests() -> None:
    """At the end of a run: a confirmation is for the run right after its click only."""
    st.session_state.pop(REQUEST, None)


def save(make_plan: Callable[[], AbstractContextManager[ImportPlan]], seen: str) -> tuple[ImportPlan, ImportResult] | None:
    """Re-plan against the database as it is now and save only if that is exactly what the
    person saw; otherwise say so (the preview then shows the new state). None = not saved."""
    try:
        with access.writing_as_coordinator() as who, make_plan() as plan:
            if fingerprint(plan) != seen:
                st.warning(t("coord.stale"), icon=":material/sync_problem:")
                return None
            result = commit_import(database(), plan, who)
    except access.WriteRefused as refused:
        st.warning(str(refused), icon=":material/lock:")
        return None
    except ImportRefused:  # the data changed so that the rows no longer pass: the preview says why
        st.warning(t("coord.stale"), icon=":material/sync_problem:")
        return None
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return None
    data_changed()
    return plan, result


def saved_text(result: ImportResult) -> str:
    return t("coord.result.saved", id=result.import_id)


def flash(message: str) -> None:
    """A success message for the next run (a save is followed by st.rerun)."""
    st.session_state.setdefault(FLASH, []).append(message)


def show_flash() -> None:
    for message in st.session_state.pop(FLASH, []):
        st.success(message, icon=":material/check_circle:")
