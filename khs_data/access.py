"""Who may see and who may write, decided without streamlit so it can be tested on its own.

Viewing is open unless a viewer password is set. Writing needs the coordinator role: signed in
through OIDC with an e-mail on the coordinator list, or with the coordinator password. A role is
a grant kept on the server; the browser session holds only a random token, so nothing a session
can put in its own state makes up a role, and a grant ends on sign-out or when it times out.
"""

from __future__ import annotations

import hmac
import secrets as tokens
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

IDLE_MINUTES = 30  # a coordinator who leaves the page alone this long must sign in again
MAX_HOURS = 12  # and after a working day in any case
FREE_ATTEMPTS = 3  # wrong passwords before the back-off starts
BACKOFF_CAP_SECONDS = 300.0


@dataclass(frozen=True)
class AccessSettings:
    viewer_password: str | None = None
    coordinator_password: str | None = None
    coordinator_emails: frozenset[str] = frozenset()
    oidc: bool = False  # an [auth] section exists in secrets.toml
    idle_minutes: float = IDLE_MINUTES

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
    """From KHS_VIEWER_PASSWORD, KHS_COORDINATOR_PASSWORD, KHS_COORDINATOR_EMAILS (comma-separated
    or a list in secrets.toml) and KHS_COORDINATOR_IDLE_MINUTES, in the environment or secrets."""
    idle = _setting("KHS_COORDINATOR_IDLE_MINUTES", environ, secrets)
    try:
        idle_minutes = float(idle) if idle is not None else IDLE_MINUTES
    except (TypeError, ValueError):
        idle_minutes = IDLE_MINUTES
    viewer = _setting("KHS_VIEWER_PASSWORD", environ, secrets)
    coordinator = _setting("KHS_COORDINATOR_PASSWORD", environ, secrets)
    return AccessSettings(
        viewer_password=str(viewer) if viewer is not None else None,
        coordinator_password=str(coordinator) if coordinator is not None else None,
        coordinator_emails=_emails(_setting("KHS_COORDINATOR_EMAILS", environ, secrets)),
        oidc=isinstance(secrets.get("auth"), Mapping),
        idle_minutes=idle_minutes if idle_minutes > 0 else IDLE_MINUTES,
    )


def password_matches(given: str, expected: str | None) -> bool:
    """Constant-time comparison, so the time taken tells nothing about how much was right."""
    if not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# -- repeated failures slow down ----------------------------------------------------------------


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


class Throttle:
    """After FREE_ATTEMPTS wrong passwords from one place, each further attempt must wait twice
    as long as the one before (2, 4, 8 … seconds, at most BACKOFF_CAP_SECONDS). Kept per key
    (the client's address) and shared by all sessions, so opening a new tab does not reset it."""

    def __init__(self, free_attempts: int = FREE_ATTEMPTS, cap_seconds: float = BACKOFF_CAP_SECONDS):
        self.free_attempts = free_attempts
        self.cap_seconds = cap_seconds
        self._failures: dict[str, _Failures] = {}
        self._guard = threading.Lock()

    def _delay(self, count: int) -> float:
        over = count - self.free_attempts
        return 0.0 if over < 0 else min(2.0 * 2**over, self.cap_seconds)

    def wait(self, key: str, now: float) -> float:
        """Seconds until the next attempt may be checked (0 = now)."""
        with self._guard:
            failures = self._failures.get(key)
            if failures is None:
                return 0.0
            return max(0.0, failures.last + self._delay(failures.count) - now)

    def failed(self, key: str, now: float) -> None:
        with self._guard:
            failures = self._failures.setdefault(key, _Failures())
            failures.count += 1
            failures.last = now

    def succeeded(self, key: str) -> None:
        with self._guard:
            self._failures.pop(key, None)


# -- the role: grants on the server, a token in the session -------------------------------------


@dataclass(frozen=True)
class Grant:
    who: str  # e-mail (OIDC) or "koordinator" (password)
    method: str  # "oidc" or "password"
    since: float
    last_seen: float


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

    def issue(self, who: str, method: str, now: float) -> str:
        token = tokens.token_urlsafe(32)
        with self._guard:
            self._grants = {t: g for t, g in self._grants.items() if self._alive(g, now)}
            self._grants[token] = Grant(who, method, now, now)
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
