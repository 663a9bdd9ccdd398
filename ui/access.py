"""Sign-in in the app: the optional viewer password in front of every page, and the coordinator
role that every write needs. khs_data.access decides; this wires it to st.session_state,
st.login and st.user. The session holds only a token; the grant behind it lives on the server."""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st
from streamlit.errors import StreamlitAuthError, StreamlitSecretNotFoundError

from khs_data import access
from khs_data.config import BUSY_WAIT_SECONDS

from .state import t

COORDINATOR_TOKEN = "_khs_coordinator_token"
VIEWER_TOKEN = "_khs_viewer_token"
TIMED_OUT = "_khs_coordinator_timed_out"
WHO_WITH_PASSWORD = "koordinator"


class WriteRefused(Exception):
    """No write now: no coordinator role, or another coordinator is saving (message for people)."""


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except (StreamlitSecretNotFoundError, FileNotFoundError):
        return {}


def settings() -> access.AccessSettings:
    return access.read_settings(os.environ, _secrets())


@st.cache_resource(show_spinner=False)
def _grants(kind: str, idle_minutes: float) -> access.Grants:
    """One book of grants per process (and per kind: viewer, coordinator)."""
    return access.Grants(idle_minutes=idle_minutes)


@st.cache_resource(show_spinner=False)
def _throttle() -> access.Throttle:
    return access.Throttle()


@st.cache_resource(show_spinner=False)
def _write_lock() -> threading.Lock:
    return threading.Lock()


def _now() -> float:
    return time.monotonic()


def _client() -> str:
    """Where the attempt comes from, for the back-off (one key for all when unknown)."""
    address = st.context.ip_address
    return address if isinstance(address, str) and address else "ukjent"


def _signed_in_email() -> str | None:
    if not st.user.get("is_logged_in"):
        return None
    email = st.user.get("email")
    return email if isinstance(email, str) else None


def _password_form(key: str, label: str, expected: str | None) -> bool:
    """A password form; True when the right password was given (wrong ones slow down)."""
    with st.form(key, clear_on_submit=True, border=False):
        given = st.text_input(label, type="password", key=f"{key}-password")
        submitted = st.form_submit_button(t("coord.access.sign_in"), type="primary")
    if not submitted:
        return False
    now = _now()
    wait = _throttle().wait(_client(), now)
    if wait > 0:
        st.error(t("coord.access.wait", seconds=math.ceil(wait)))
        return False
    if access.password_matches(given, expected):
        _throttle().succeeded(_client())
        return True
    _throttle().failed(_client(), now)
    st.error(t("coord.access.wrong_password"))
    return False


# -- viewing ---------------------------------------------------------------------------------


def viewer_gate() -> None:
    """With a viewer password set, nothing is shown until it is given (a coordinator is let in too)."""
    config = settings()
    if not config.viewer_password or coordinator() is not None:
        return
    grants = _grants("viewer", access.MAX_HOURS * 60)
    if grants.holder(st.session_state.get(VIEWER_TOKEN), _now()) is not None:
        return
    st.title(t("app.title"))
    st.markdown(t("coord.access.viewer_intro"))
    if _password_form("khs-viewer", t("coord.access.viewer_password"), config.viewer_password):
        st.session_state[VIEWER_TOKEN] = grants.issue("leser", "password", _now())
        st.rerun()
    st.stop()


# -- the coordinator role ------------------------------------------------------------------------


def coordinator() -> access.Grant | None:
    """This session's coordinator grant, or None. Checked again on every call, so a write asks
    at the moment it writes; a grant that timed out is dropped (and an OIDC sign-in ended)."""
    config = settings()
    if config.sign_in is None:
        st.session_state.pop(COORDINATOR_TOKEN, None)
        return None
    grants = _grants("coordinator", config.idle_minutes)
    now = _now()
    token = st.session_state.get(COORDINATOR_TOKEN)
    grant = grants.holder(token, now)
    email = _signed_in_email()
    if grant is not None and grant.method != config.sign_in:
        grants.revoke(token)
        grant = None
    if grant is not None and grant.method == "oidc" and (email is None or email.casefold() != grant.who.casefold()):
        grants.revoke(token)
        grant = None
    if grant is None and token is not None:
        st.session_state.pop(COORDINATOR_TOKEN, None)
        st.session_state[TIMED_OUT] = True
        if email is not None:  # the identity provider would sign the same person straight in again
            st.logout()
        return None
    if grant is None and config.sign_in == "oidc" and config.is_coordinator_email(email):
        st.session_state[COORDINATOR_TOKEN] = grants.issue(email, "oidc", now)
        return grants.holder(st.session_state[COORDINATOR_TOKEN], now)
    return grant


def sign_in() -> None:
    """The sign-in for the coordinator's work, or one sentence on how to switch it on."""
    config = settings()
    if config.sign_in is None:
        st.info(t("coord.access.off"), icon=":material/lock:")
        return
    if st.session_state.pop(TIMED_OUT, False):
        st.warning(t("coord.access.timed_out", minutes=round(config.idle_minutes)))
    if config.sign_in == "oidc":
        email = _signed_in_email()
        if email is not None:
            st.warning(t("coord.access.not_listed", email=email))
            if st.button(t("coord.access.sign_out"), key="khs-oidc-sign-out"):
                st.logout()
            return
        if st.button(t("coord.access.sign_in_oidc"), type="primary", key="khs-oidc-sign-in"):
            try:
                st.login()
            except StreamlitAuthError as error:
                st.error(t("coord.access.oidc_broken", error=error))
        return
    if _password_form("khs-coordinator", t("coord.access.coordinator_password"), config.coordinator_password):
        st.session_state[COORDINATOR_TOKEN] = _grants("coordinator", config.idle_minutes).issue(WHO_WITH_PASSWORD, "password", _now())
        st.rerun()


def sign_out() -> None:
    config = settings()
    _grants("coordinator", config.idle_minutes).revoke(st.session_state.pop(COORDINATOR_TOKEN, None))
    if config.sign_in == "oidc" and _signed_in_email() is not None:
        st.logout()


@contextmanager
def writing_as_coordinator() -> Iterator[str]:
    """Around every write: the role is checked now, and one coordinator writes at a time in this
    app (a second one waits, then is told to try again). Yields who writes, for the history."""
    grant = coordinator()
    if grant is None:
        raise WriteRefused(t("coord.access.needed"))
    lock = _write_lock()
    if not lock.acquire(timeout=BUSY_WAIT_SECONDS):
        raise WriteRefused(t("coord.access.busy"))
    try:
        yield grant.who
    finally:
        lock.release()
