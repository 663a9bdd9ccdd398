"""Sign-in in the app: the optional viewer password in front of every page, and the coordinator
role that every write needs. khs_data.access decides who holds a role and khs_data.throttle how
guesses slow down; this wires them to st.session_state, st.login, st.user and st.context (public
API only: the client's address from `ip_address` and the X-Forwarded-For header, the connection
from its Sec-WebSocket-Key header). The session holds only a token; the grant behind it lives on
the server and belongs to the connection (password) or identity cookie (OIDC) that signed in.

What goes to the server log (logger "khs.access", stderr): wrong and held-up passwords with the
client's address, coordinator sign-ins and sign-outs, roles ended because another connection
presented the session, and settings the app refuses. Never a password, token, cookie or session id.
"""

from __future__ import annotations

import logging
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import NoReturn

import streamlit as st
from streamlit.errors import StreamlitAuthError, StreamlitSecretNotFoundError

from khs_data import access, throttle
from khs_data.config import BUSY_WAIT_SECONDS

from .state import t

COORDINATOR_TOKEN = "_khs_coordinator_token"
VIEWER_TOKEN = "_khs_viewer_token"
ENDED = "_khs_coordinator_ended"
WHO_WITH_PASSWORD = "koordinator"


class Form(StrEnum):
    """The two password forms; each has its own throttle."""

    VIEWER = "viewer"
    COORDINATOR = "coordinator"


IN_LOG = {Form.VIEWER: "lesepassord", Form.COORDINATOR: "koordinatorpassord"}


class RoleEnded(StrEnum):
    """Why a session that held the coordinator role holds it no longer (said on the page)."""

    TIMED_OUT = "timed_out"
    OTHER_CONNECTION = "other_connection"


class WriteRefused(Exception):
    """No write now: no coordinator role, or another coordinator is saving (message for people)."""


def _log() -> logging.Logger:
    log = logging.getLogger("khs.access")
    if not log.handlers:  # Streamlit sets up only its own loggers
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
    return log


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
def _throttle(form: Form) -> throttle.Throttle:
    """One throttle per password form, shared by all sessions: a new tab starts nothing afresh."""
    return throttle.Throttle()


@st.cache_resource(show_spinner=False)
def _write_lock() -> threading.Lock:
    return threading.Lock()


@st.cache_resource(show_spinner=False)
def _said_once() -> set[str]:
    return set()


def _now() -> float:
    return time.monotonic()


def _client(config: access.AccessSettings) -> str:
    """Whose guess this is: the connection's address, unless a trusted proxy names the client."""
    forwarded = st.context.headers.get_all("X-Forwarded-For")
    if forwarded and not config.trusted_proxies and "proxy" not in _said_once():
        _said_once().add("proxy")
        _log().warning(
            "Forespørsler kommer med X-Forwarded-For, men KHS_TRUSTED_PROXIES er ikke satt: alle klienter bak "
            "proxyen regnes som én klient når feil passord bremses. Sett KHS_TRUSTED_PROXIES til proxyens adresse."
        )
    peer = st.context.ip_address
    peer = peer if isinstance(peer, str) else None  # None: loopback (and no client, as under AppTest)
    return throttle.client_address(peer, forwarded, config.trusted_proxies, os.environ.get("FORWARDED_ALLOW_IPS"))


def _connection() -> str:
    """The websocket connection this run serves, by its Sec-WebSocket-Key (random per connection,
    sent only in the handshake); empty without one (no browser, as under AppTest)."""
    return st.context.headers.get("Sec-WebSocket-Key", "")


def _signed_in_email() -> str | None:
    if not st.user.get("is_logged_in"):
        return None
    email = st.user.get("email")
    return email if isinstance(email, str) else None


def _password_form(form: Form, label: str, expected: str | None) -> bool:
    """A password form; True when the right password was given (wrong ones slow down)."""
    key = f"khs-{form}"
    with st.form(key, clear_on_submit=True, border=False):
        given = st.text_input(label, type="password", key=f"{key}-password")
        submitted = st.form_submit_button(t("coord.access.sign_in"), type="primary")
    if not submitted:
        return False
    config = settings()
    client = _client(config)
    admission = _throttle(form).admit(client, _now())
    if not admission.admitted:
        seconds = math.ceil(admission.wait_seconds)
        held = "egen ventetid" if admission.hold is throttle.Hold.CLIENT else "felles grense"
        _log().warning("Forsøk på %s fra %s ikke sjekket (%s): vent %d s", IN_LOG[form], client, held, seconds)
        st.error(t(f"coord.access.wait.{admission.hold}", seconds=seconds))
        return False
    if access.password_matches(given, expected):
        _throttle(form).succeeded(client)
        return True
    count = _throttle(form).failed(client, _now())
    _log().warning("Feil %s fra %s (%d på rad)", IN_LOG[form], client, count)
    st.error(t("coord.access.wrong_password"))
    return False


# -- settings the app will not run with --------------------------------------------------------------


def refuse_unsafe_settings() -> None:
    """Stop every page, with what to change, while a setting is unsafe (a short coordinator
    password, a trusted proxy that is no address). Runs before anything is shown (viewer_gate)."""
    problems = settings().problems()
    if not problems:
        return
    messages = [t(f"coord.access.problem.{problem}", **values) for problem, values in problems]
    for message in messages:
        if message not in _said_once():
            _said_once().add(message)
            _log().error("Dashbordet starter ikke: %s", message)
    st.title(t("app.title"))
    for message in messages:
        st.error(message)
    st.stop()


# -- viewing ---------------------------------------------------------------------------------


def viewer_gate() -> None:
    """With a viewer password set, nothing is shown until it is given (a coordinator is let in too).
    Unsafe settings stop the app here first, so they are refused at the first page anyone opens."""
    refuse_unsafe_settings()
    config = settings()
    if not config.viewer_password or coordinator() is not None:
        return
    grants = _grants("viewer", access.MAX_HOURS * 60)
    if grants.holder(st.session_state.get(VIEWER_TOKEN), _now()) is not None:
        return
    st.title(t("app.title"))
    st.markdown(t("coord.access.viewer_intro"))
    if _password_form(Form.VIEWER, t("coord.access.viewer_password"), config.viewer_password):
        st.session_state[VIEWER_TOKEN] = grants.issue("leser", "password", _now())
        st.rerun()
    st.stop()


# -- the coordinator role ------------------------------------------------------------------------


def _end_role(token: object, why: RoleEnded) -> None:
    st.session_state.pop(COORDINATOR_TOKEN, None)
    st.session_state[ENDED] = why
    if why is RoleEnded.OTHER_CONNECTION:
        _log().warning(
            "Koordinatorrollen avsluttet: økten ble brukt fra en annen forbindelse (%s). Kopiert økt-ID eller brutt forbindelse.",
            _client(settings()),
        )


def coordinator() -> access.Grant | None:
    """This session's coordinator grant, or None. Checked again on every call, so a write asks
    at the moment it writes; a grant that timed out, or that another connection presents, is
    dropped (and an OIDC sign-in ended)."""
    config = settings()
    if config.sign_in is None:
        st.session_state.pop(COORDINATOR_TOKEN, None)
        return None
    grants = _grants("coordinator", config.idle_minutes)
    now = _now()
    token = st.session_state.get(COORDINATOR_TOKEN)
    grant = grants.holder(token, now)
    email = _signed_in_email()
    ended = RoleEnded.TIMED_OUT
    if grant is not None and not grant.held_by(_connection()):
        ended = RoleEnded.OTHER_CONNECTION
        grant = None
    elif grant is not None and grant.method != config.sign_in:
        grant = None
    elif grant is not None and grant.method == "oidc" and (email is None or email.casefold() != grant.who.casefold()):
        grant = None
    if grant is None and token is not None:
        grants.revoke(token)
        _end_role(token, ended)
        if email is not None and ended is RoleEnded.TIMED_OUT:  # the identity provider would sign the same person straight in again
            st.logout()
        return None
    if grant is None and config.sign_in == "oidc" and config.is_coordinator_email(email):
        st.session_state[COORDINATOR_TOKEN] = grants.issue(email, "oidc", now)
        _log().info("Koordinator %s logget inn (OIDC) fra %s", email, _client(config))
        return grants.holder(st.session_state[COORDINATOR_TOKEN], now)
    return grant


def sign_in() -> None:
    """The sign-in for the coordinator's work, or one sentence on how to switch it on."""
    config = settings()
    if config.sign_in is None:
        st.info(t("coord.access.off"), icon=":material/lock:")
        return
    ended = st.session_state.pop(ENDED, None)
    if ended is not None:
        st.warning(t(f"coord.access.ended.{ended}", minutes=round(config.idle_minutes)))
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
    if _password_form(Form.COORDINATOR, t("coord.access.coordinator_password"), config.coordinator_password):
        grants = _grants("coordinator", config.idle_minutes)
        st.session_state[COORDINATOR_TOKEN] = grants.issue(WHO_WITH_PASSWORD, "password", _now(), connection=_connection())
        _log().info("Koordinator logget inn med passord fra %s", _client(config))
        st.rerun()


def sign_out() -> NoReturn:
    """Ends the role; with OIDC also at the identity provider. Never returns: a rerun after
    st.logout() would race the browser's redirect to the provider and could win."""
    config = settings()
    token = st.session_state.pop(COORDINATOR_TOKEN, None)
    if token is not None:
        _grants("coordinator", config.idle_minutes).revoke(token)
        _log().info("Koordinator logget ut (%s)", _client(config))
    if config.sign_in == "oidc" and _signed_in_email() is not None:
        st.logout()
        st.stop()
    st.rerun()


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
