"""Password guessing, slowed down: who a guess comes from, and when it may be checked.

Who: the client's address is the connection's own (the TCP peer). Streamlit's web server (uvicorn)
believes `X-Forwarded-For` from loopback connections, so `st.context.ip_address` can be a value
the client wrote itself; `client_address` undoes that: an address taken from the header counts as
the peer that sent it (loopback, or whatever the server was told to believe in
FORWARDED_ALLOW_IPS). Only when the operator names trusted proxies (KHS_TRUSTED_PROXIES) is the
header read, and then only the entries those proxies appended: walking from the right, the first
address that is not a trusted proxy is the client. IPv6 clients count per /64, the block one
household or machine gets, so an attacker cannot take a fresh address per guess.

When, in two layers (one Throttle per password form, so viewers and the coordinator never slow
each other down):
- Per client: FREE_ATTEMPTS wrong guesses cost nothing; after that each further guess waits twice
  as long as the one before (2, 4, 8 … s, at most BACKOFF_CAP_SECONDS). Only that client's own
  failures count, so a client that has not failed is checked at once, whatever others do.
- Overall: every guess from a client that has failed in the last FORGET_SECONDS takes one token
  from a budget shared by all such clients (BUDGET_BURST tokens, one more every
  BUDGET_REFILL_SECONDS; a right guess gives its token back). Once it is spent, clients with
  failures wait for the next token. This bounds the total rate of an attacker who spreads guesses
  over many addresses to about one guess per new address plus 3600/BUDGET_REFILL_SECONDS an hour,
  while a client without failures never touches the budget and is never held up by it.
A client's record is forgotten FORGET_SECONDS after its last failure, and at most MAX_CLIENTS are
kept (the oldest go first), so a flood of addresses cannot fill the memory.
"""

from __future__ import annotations

import ipaddress
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

FREE_ATTEMPTS = 3  # wrong passwords from one client before its back-off starts
BACKOFF_CAP_SECONDS = 300.0
FORGET_SECONDS = 3600.0
BUDGET_BURST = 20  # guesses by clients with failures that may come at once, overall
BUDGET_REFILL_SECONDS = 30.0  # and then one such guess every 30 s, overall
MAX_CLIENTS = 10_000

LOOPBACK = "127.0.0.1"
SERVER_TRUSTS_BY_DEFAULT = "127.0.0.1,::1"  # uvicorn's FORWARDED_ALLOW_IPS when it is not set
VIA_SERVER_TRUSTED_PROXY = "proxy"  # the peer was one of FORWARDED_ALLOW_IPS, which one is unknown

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class Hold(StrEnum):
    """Why a guess is not checked now."""

    CLIENT = "client"  # this client's own back-off
    OVERALL = "overall"  # the budget shared by clients with failures is spent


@dataclass(frozen=True)
class Admission:
    wait_seconds: float = 0.0
    hold: Hold | None = None

    @property
    def admitted(self) -> bool:
        return self.hold is None


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


class Throttle:
    """The back-off per client and the overall budget of one password form (see the module)."""

    def __init__(
        self,
        free_attempts: int = FREE_ATTEMPTS,
        cap_seconds: float = BACKOFF_CAP_SECONDS,
        budget_burst: int = BUDGET_BURST,
        budget_refill_seconds: float = BUDGET_REFILL_SECONDS,
        forget_seconds: float = FORGET_SECONDS,
        max_clients: int = MAX_CLIENTS,
    ):
        self.free_attempts = free_attempts
        self.cap_seconds = cap_seconds
        self.budget_burst = budget_burst
        self.budget_refill_seconds = budget_refill_seconds
        self.forget_seconds = forget_seconds
        self.max_clients = max_clients
        self._failures: OrderedDict[str, _Failures] = OrderedDict()  # oldest last failure first
        self._tokens = float(budget_burst)
        self._refilled_at: float | None = None
        self._guard = threading.Lock()

    def _delay(self, count: int) -> float:
        over = count - self.free_attempts
        return 0.0 if over < 0 else min(2.0 * 2**over, self.cap_seconds)

    def _forget_old(self, now: float) -> None:
        while self._failures:
            key, failures = next(iter(self._failures.items()))
            if now - failures.last <= self.forget_seconds and len(self._failures) <= self.max_clients:
                return
            del self._failures[key]

    def _refill(self, now: float) -> None:
        if self._refilled_at is not None:
            self._tokens = min(float(self.budget_burst), self._tokens + (now - self._refilled_at) / self.budget_refill_seconds)
        self._refilled_at = now

    def admit(self, client: str, now: float) -> Admission:
        """May this client's guess be checked now? If so, and the client has failed recently, the
        guess takes a token from the overall budget (given back by `succeeded`)."""
        with self._guard:
            self._forget_old(now)
            failures = self._failures.get(client)
            if failures is None:
                return Admission()
            wait = failures.last + self._delay(failures.count) - now
            if wait > 0:
                return Admission(wait, Hold.CLIENT)
            self._refill(now)
            if self._tokens < 1:
                return Admission((1 - self._tokens) * self.budget_refill_seconds, Hold.OVERALL)
            self._tokens -= 1
            return Admission()

    def failed(self, client: str, now: float) -> int:
        """Record a wrong guess; returns how many this client has made in a row."""
        with self._guard:
            failures = self._failures.pop(client, None) or _Failures()
            failures.count += 1
            failures.last = now
            self._failures[client] = failures  # now the newest
            self._forget_old(now)
            return failures.count

    def succeeded(self, client: str) -> None:
        """A right guess: the client starts clean, and the token its guess took goes back."""
        with self._guard:
            if self._failures.pop(client, None) is not None:
                self._tokens = min(float(self.budget_burst), self._tokens + 1)


# -- whose guess it is ---------------------------------------------------------------------------


def parse_networks(value: object) -> tuple[tuple[Network, ...], tuple[str, ...]]:
    """KHS_TRUSTED_PROXIES (comma-separated, or a list in secrets.toml) as networks; addresses
    count as one-address networks. Returns (networks, the entries that are not addresses)."""
    items = value.replace(";", ",").split(",") if isinstance(value, str) else list(value or [])
    networks: list[Network] = []
    invalid: list[str] = []
    for item in (str(entry).strip() for entry in items):
        if not item:
            continue
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            invalid.append(item)
    return tuple(networks), tuple(invalid)


def _host(entry: str) -> str:
    """The host of a header entry or a peer: `1.2.3.4`, `1.2.3.4:56`, `[::1]:56`, `::1`."""
    entry = entry.strip()
    if entry.startswith("[") and "]" in entry:
        return entry[1 : entry.index("]")]
    if entry.count(":") == 1:
        return entry.split(":", 1)[0]
    return entry


def _address(entry: str) -> Address | None:
    try:
        address = ipaddress.ip_address(_host(entry))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _key(address: Address) -> str:
    if isinstance(address, ipaddress.IPv6Address) and not address.is_loopback:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _trusted(address: Address, networks: Sequence[Network]) -> bool:
    return any(address in network for network in networks)


def _covered(network: Network, networks: Sequence[Network]) -> bool:
    return any(network.version == other.version and network.subnet_of(other) for other in networks)


def client_address(
    peer: str | None, forwarded_for: Sequence[str], trusted_proxies: Sequence[Network], server_trusts: str | None = None
) -> str:
    """The key a guess counts under (see the module docstring).

    peer: `st.context.ip_address` (None for loopback); forwarded_for: the connection's
    X-Forwarded-For header values; server_trusts: uvicorn's FORWARDED_ALLOW_IPS (None: its default)."""
    entries = [entry.strip() for value in forwarded_for for entry in value.split(",") if entry.strip()]
    server_trusts = (server_trusts or SERVER_TRUSTS_BY_DEFAULT).replace(" ", "")
    if peer is None:
        from_header = bool(entries)
    else:
        from_header = peer in {_host(entry) for entry in entries} or (
            _address(peer) is not None and _address(peer) in {_address(entry) for entry in entries}
        )
    if from_header:  # the server put a header entry in the peer's place: the real peer is one it trusts
        servers, _ = parse_networks(server_trusts)
        peer_key = LOOPBACK if server_trusts == SERVER_TRUSTS_BY_DEFAULT else VIA_SERVER_TRUSTED_PROXY
        peer_trusted = "*" not in server_trusts and bool(servers) and all(_covered(n, trusted_proxies) for n in servers)
    else:
        address = _address(peer) if peer is not None else ipaddress.ip_address(LOOPBACK)
        if address is None:
            return str(peer)[:100]
        peer_key = _key(address)
        peer_trusted = _trusted(address, trusted_proxies)
    if not entries or not peer_trusted:
        return peer_key
    for entry in reversed(entries):  # each proxy appends the address it was reached from
        address = _address(entry)
        if address is None:  # a proxy we trust passed on something that is no address
            return peer_key
        if not _trusted(address, trusted_proxies):
            return _key(address)
    return _key(_address(entries[0]))
