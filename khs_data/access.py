"""Who may see and who may write, decided without streamlit so it can be tested on its own.

Viewing is open unless a viewer password is set. Writing needs the coordinator role: signed in
through OIDC with an e-mail on the coordinator list, or with the coordinator password. A role is
a grant kept on the server; the browser session holds only a random token, so nothing a session
can put in its own state makes up a role, and a grant ends on sign-out or when it times out.

A grant is also tied to the browser that signed in, since the Streamlit session id travels in
upload URLs (and so in proxy logs) and a client presenting it is handed that session, state
included. A password grant holds a digest of the websocket connection it was given on (its
Sec-WebSocket-Key, random per connection and never part of a URL): any other connection, a copied
session id's included, finds no role, so a dropped connection means signing in again. An OIDC
grant is tied to the identity cookie instead: Streamlit gives a session to a new connection only
when that connection presents the same identity, and the e-mail is compared on every check.
How guesses are slowed down is khs_data.throttle's job.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets as tokens
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .throttle import Network, parse_networks

IDLE_MINUTES = 30  # a coordinator who leaves the page alone this long must sign in again
MAX_HOURS = 12  # and after a working day in any case
MIN_COORDINATOR_PASSWORD = 12  # characters: the role can change every figure the board sees


class SettingsProblem(StrEnum):
    """A setting the app refuses to start with (the catalogue words each as coord.access.problem.*)."""

    SHORT_COORDINATOR_PASSWORD = "short_coordinator_password"
    BAD_TRUSTED_PROXY = "bad_trusted_proxy"


@dataclass(frozen=True)
class AccessSettings:
    viewer_password: str | None = None
    coordinator_password: str | None = None
    coordinator_emails: frozenset[str] = frozenset()
    oidc: bool = False  # an [auth] section exists in secrets.toml
    idle_minutes: float = IDLE_MINUTES
    trusted_proxies: tuple[Network, ...] = ()  # whose X-Forwarded-For is believed
    invalid_proxies: tuple[str, ...] = ()  # KHS_TRUSTED_PROXIES entries that are no address

    @property
    def sign_in(self) -> str | None:
        """ "oidc", "password" or None (nobody can get the role: uploads are off)."""
        if self.oidc and self.coordinator_emails:
            return "oidc"
        if self.coordinator_password:
            return "password"
        return None

    def is_coordinator_email(self, email: object) -> bool:
        return isinstance(email, str) and email.strip().casefold() in self.coordinator_emails

    def problems(self) -> list[tuple[SettingsProblem, dict[str, object]]]:
        """What the app must refuse to start with, each with the values its message names."""
        found: list[tuple[SettingsProblem, dict[str, object]]] = []
        if self.sign_in == "password" and len(self.coordinator_password or "") < MIN_COORDINATOR_PASSWORD:
            found.append((SettingsProblem.SHORT_COORDINATOR_PASSWORD, {"minimum": MIN_COORDINATOR_PASSWORD}))
        found.extend((SettingsProblem.BAD_TRUSTED_PROXY, {"value": value}) for value in self.invalid_proxies)
        return found


def _setting(name: str, environ: Mapping, secrets: Mapping) -> object:
    """The environment wins over secrets.toml; an empty value counts as not set."""
    for source in (environ, secrets):
        value = source.get(name)
        if value not in (None, "", []):
            return value
    return None


def _emails(value: object) -> frozenset[str]:
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value or [])
    return frozenset(str(item).strip().casefold() for item in items if str(item).strip())


def read_settings(environ: Mapping, secrets: Mapping) -> AccessSettings:
    """From KHS_VIEWER_PASSWORD, KHS_COORDINATOR_PASSWORD, KHS_COORDINATOR_EMAILS and
    KHS_TRUSTED_PROXIES (comma-separated, or lists in secrets.toml) and
    KHS_COORDINATOR_IDLE_MINUTES, in the environment or secrets."""
    idle = _setting("KHS_COORDINATOR_IDLE_MINUTES", environ, secrets)
    try:
        idle_minutes = float(idle) if idle is not None else IDLE_MINUTES
    except (TypeError, ValueError):
        idle_minutes = IDLE_MINUTES
    viewer = _setting("KHS_VIEWER_PASSWORD", environ, secrets)
    coordinator = _setting("KHS_COORDINATOR_PASSWORD", environ, secrets)
    proxies, invalid_proxies = parse_networks(_setting("KHS_TRUSTED_PROXIES", environ, secrets))
    return AccessSettings(
        viewer_password=str(viewer) if viewer is not None else None,
        coordinator_password=str(coordinator) if coordinator is not None else None,
        coordinator_emails=_emails(_setting("KHS_COORDINATOR_EMAILS", environ, secrets)),
        oidc=isinstance(secrets.get("auth"), Mapping),
        idle_minutes=idle_minutes if idle_minutes > 0 else IDLE_MINUTES,
        trusted_proxies=proxies,
        invalid_proxies=invalid_proxies,
    )


def password_matches(given: str, expected: str | None) -> bool:
    """Constant-time comparison, so the time taken tells nothing about how much was right."""
    if not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# -- the role: grants on the server, a token in the session -------------------------------------


def _digest(connection: str) -> str:
    return hashlib.sha256(connection.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Grant:
    who: str  # e-mail (OIDC) or "koordinator" (password)
    method: str  # "oidc" or "password"
    since: float
    last_seen: float
    connection: str | None = None  # digest of the connection a password grant was given on

    def held_by(self, connection: str) -> bool:
        """Is `connection` the one this grant belongs to? (OIDC grants: the identity cookie decides.)"""
        return self.connection is None or hmac.compare_digest(self.connection, _digest(connection))


@dataclass
class Grants:
    """Coordinator grants by token. A grant ends after `idle_minutes` without use, after
    MAX_HOURS in all, or when revoked (sign-out)."""

    idle_minutes: float = IDLE_MINUTES
    max_hours: float = MAX_HOURS
    _grants: dict[str, Grant] = field(default_factory=dict)
    _guard: threading.Lock = field(default_factory=threading.Lock)

    def _alive(self, grant: Grant, now: float) -> bool:
        return now - grant.last_seen <= self.idle_minutes * 60 and now - grant.since <= self.max_hours * 3600

    def issue(self, who: str, method: str, now: float, connection: str | None = None) -> str:
        """A new grant; `connection` (for a password grant) is what identifies the connection."""
        token = tokens.token_urlsafe(32)
        with self._guard:
            self._grants = {t: g for t, g in self._grants.items() if self._alive(g, now)}
            self._grants[token] = Grant(who, method, now, now, None if connection is None else _digest(connection))
        return token

    def holder(self, token: object, now: float) -> Grant | None:
        """The grant behind the token if it is still valid (and mark it used); None otherwise."""
        if not isinstance(token, str):
            return None
        with self._guard:
            grant = self._grants.get(token)
            if grant is None:
                return None
            if not self._alive(grant, now):
                del self._grants[token]
                return None
            grant = replace(grant, last_seen=now)
            self._grants[token] = grant
            return grant

    def revoke(self, token: object) -> None:
        if isinstance(token, str):
            with self._guard:
                self._grants.pop(token, None)
