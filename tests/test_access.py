"""The role logic on its own: settings, password check, whose guess it is, the back-off per client
and the overall budget, grants, time-outs and the connection a grant belongs to; then the same
rules through the app (AppTest): settings it refuses and the two forms' separate throttles."""

import ipaddress

import pytest
from app_support import DASHBOARD, as_a_running_server, open_app  # noqa: F401 - fixture
from hypothesis import given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from khs_data import access, throttle
from khs_data.access import Grants, SettingsProblem, password_matches, read_settings
from khs_data.throttle import Hold, Throttle, client_address, parse_networks
from ui import access as ui_access

# -- settings --------------------------------------------------------------------------------------


def test_nothing_configured_means_nobody_can_write():
    settings = read_settings({}, {})
    assert settings.sign_in is None
    assert settings.viewer_password is None
    assert settings.trusted_proxies == ()
    assert settings.problems() == []


def test_password_from_environment_or_secrets_environment_wins():
    assert read_settings({}, {"KHS_COORDINATOR_PASSWORD": "fra-secrets"}).coordinator_password == "fra-secrets"
    both = read_settings({"KHS_COORDINATOR_PASSWORD": "fra-env"}, {"KHS_COORDINATOR_PASSWORD": "fra-secrets"})
    assert both.coordinator_password == "fra-env"
    assert both.sign_in == "password"


def test_an_empty_value_counts_as_not_set():
    settings = read_settings({"KHS_COORDINATOR_PASSWORD": ""}, {"KHS_VIEWER_PASSWORD": ""})
    assert settings.sign_in is None
    assert settings.viewer_password is None


def test_oidc_needs_an_auth_section_and_coordinator_emails():
    auth = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x"}}
    assert read_settings({}, auth).sign_in is None
    with_list = read_settings({}, auth | {"KHS_COORDINATOR_EMAILS": ["Kari@Baerum.kommune.no", " ola@khs.no "]})
    assert with_list.sign_in == "oidc"
    assert with_list.is_coordinator_email("kari@baerum.kommune.no")
    assert with_list.is_coordinator_email("OLA@khs.no")
    assert not with_list.is_coordinator_email("per@khs.no")
    assert not with_list.is_coordinator_email(None)


def test_oidc_wins_over_a_password_when_both_are_set():
    settings = read_settings({"KHS_COORDINATOR_PASSWORD": "p", "KHS_COORDINATOR_EMAILS": "a@x.no; b@x.no"}, {"auth": {}})
    assert settings.sign_in == "oidc"
    assert settings.coordinator_emails == frozenset({"a@x.no", "b@x.no"})
    assert settings.problems() == []  # the short password is never used


@pytest.mark.parametrize(("value", "minutes"), [("15", 15.0), ("0", access.IDLE_MINUTES), ("tja", access.IDLE_MINUTES)])
def test_idle_minutes_setting(value, minutes):
    assert read_settings({"KHS_COORDINATOR_IDLE_MINUTES": value}, {}).idle_minutes == minutes


@pytest.mark.parametrize(("password", "refused"), [("elleve-tegn", True), ("tolv-tegn-ok", False), ("blåbærsyltetøy", False)])
def test_a_coordinator_password_under_twelve_characters_is_refused(password, refused):
    problems = read_settings({"KHS_COORDINATOR_PASSWORD": password}, {}).problems()
    assert problems == ([(SettingsProblem.SHORT_COORDINATOR_PASSWORD, {"minimum": 12})] if refused else [])


def test_trusted_proxies_from_environment_or_secrets_and_bad_entries_are_named():
    from_env = read_settings({"KHS_TRUSTED_PROXIES": "10.0.0.5, 10.1.0.0/16;::1"}, {})
    assert from_env.trusted_proxies == (
        ipaddress.ip_network("10.0.0.5/32"),
        ipaddress.ip_network("10.1.0.0/16"),
        ipaddress.ip_network("::1/128"),
    )
    from_secrets = read_settings({}, {"KHS_TRUSTED_PROXIES": ["192.0.2.1", "proxy.kommune.no"]})
    assert from_secrets.trusted_proxies == (ipaddress.ip_network("192.0.2.1/32"),)
    assert from_secrets.problems() == [(SettingsProblem.BAD_TRUSTED_PROXY, {"value": "proxy.kommune.no"})]


# -- the password ----------------------------------------------------------------------------------


def test_password_matches_exactly_also_with_norwegian_letters():
    assert password_matches("blåbærsyltetøy", "blåbærsyltetøy")
    assert not password_matches("blabaersyltetoy", "blåbærsyltetøy")
    assert not password_matches("", "hemmelig")
    assert not password_matches("hemmelig ", "hemmelig")
    assert not password_matches("hemmelig", None)


def test_password_is_compared_in_constant_time(monkeypatch):
    calls = []
    real = access.hmac.compare_digest
    monkeypatch.setattr(access.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    password_matches("gjett", "hemmelig")
    assert calls == [(b"gjett", b"hemmelig")]


# -- whose guess it is -----------------------------------------------------------------------------

NO_PROXIES = ()
PROXY = parse_networks("10.0.0.5")[0]
LOCAL_PROXY = parse_networks("127.0.0.1,::1")[0]


def test_without_a_header_the_connection_is_the_client():
    assert client_address("203.0.113.7", [], NO_PROXIES) == "203.0.113.7"
    assert client_address(None, [], NO_PROXIES) == "127.0.0.1"  # Streamlit says None for loopback


def test_a_header_from_a_local_connection_names_no_new_client():
    """The server (uvicorn) believes X-Forwarded-For from loopback and reports its value as the
    address: a new header per connection must not make a new client (the 117 guesses in 30 s)."""
    keys = {client_address(forged, [forged], NO_PROXIES) for forged in ("198.51.100.1", "198.51.100.2", "2001:db8::9", "tull")}
    keys |= {client_address(None, ["127.0.0.1"], NO_PROXIES), client_address("192.0.2.1", ["10.9.9.9, 192.0.2.1:5555"], NO_PROXIES)}
    assert keys == {"127.0.0.1"}


def test_a_header_from_a_remote_connection_is_ignored():
    assert client_address("203.0.113.7", ["198.51.100.1"], NO_PROXIES) == "203.0.113.7"
    assert client_address("203.0.113.7", ["198.51.100.1"], PROXY) == "203.0.113.7"  # not a proxy we trust


def test_behind_a_trusted_proxy_the_first_untrusted_entry_from_the_right_is_the_client():
    assert client_address("10.0.0.5", ["198.51.100.20"], PROXY) == "198.51.100.20"
    # a client that sends its own header gets its real address appended by the proxy: that one counts
    assert client_address("10.0.0.5", ["1.2.3.4, 198.51.100.20"], PROXY) == "198.51.100.20"
    two_proxies = parse_networks("10.0.0.5, 10.0.0.6")[0]
    assert client_address("10.0.0.5", ["1.2.3.4, 198.51.100.20", "10.0.0.6"], two_proxies) == "198.51.100.20"
    assert client_address("10.0.0.5", ["10.0.0.6"], two_proxies) == "10.0.0.6"  # only proxies: the first of them
    assert client_address("10.0.0.5", ["tull"], PROXY) == "10.0.0.5"  # garbage from the proxy: the proxy counts


def test_a_local_proxy_is_trusted_only_when_named():
    # the server already replaced the loopback peer with the header's last entry
    assert client_address("198.51.100.20", ["198.51.100.20"], LOCAL_PROXY) == "198.51.100.20"
    assert client_address("198.51.100.20", ["198.51.100.20"], NO_PROXIES) == "127.0.0.1"
    only_v4 = parse_networks("127.0.0.1")[0]
    assert client_address("198.51.100.20", ["198.51.100.20"], only_v4) == "127.0.0.1"  # ::1 is trusted by the server too
    assert client_address("198.51.100.20", ["198.51.100.20"], LOCAL_PROXY, server_trusts="*") == "proxy"


def test_ipv6_clients_count_per_64_block():
    first = client_address("2001:db8:1:2::1", [], NO_PROXIES)
    assert first == client_address("2001:db8:1:2:ffff::9", [], NO_PROXIES) == "2001:db8:1:2::/64"
    assert client_address("2001:db8:1:3::1", [], NO_PROXIES) != first
    assert client_address("::ffff:203.0.113.7", [], NO_PROXIES) == "203.0.113.7"


# -- the back-off per client -----------------------------------------------------------------------


def test_the_first_failures_cost_nothing_then_the_wait_doubles():
    guard = Throttle(free_attempts=3, cap_seconds=300)
    for _ in range(3):
        assert guard.admit("10.0.0.1", now=100.0).admitted
        guard.failed("10.0.0.1", now=100.0)
    assert guard.admit("10.0.0.1", now=100.0) == throttle.Admission(2.0, Hold.CLIENT)
    assert guard.admit("10.0.0.1", now=101.5).wait_seconds == pytest.approx(0.5)
    assert guard.admit("10.0.0.1", now=102.0).admitted
    guard.failed("10.0.0.1", now=102.0)
    assert guard.admit("10.0.0.1", now=102.0) == throttle.Admission(4.0, Hold.CLIENT)
    assert guard.admit("10.0.0.2", now=102.0).admitted  # another client is not held up


def test_the_wait_is_capped_and_a_success_clears_it():
    guard = Throttle(free_attempts=1, cap_seconds=60, budget_burst=100)
    for second in range(20):
        guard.failed("x", now=float(second))
    assert guard.admit("x", now=19.0).wait_seconds == 60
    guard.succeeded("x")
    assert guard.admit("x", now=19.0).admitted


def test_failures_are_forgotten_after_a_while_and_memory_stays_bounded():
    guard = Throttle(free_attempts=0, forget_seconds=3600, max_clients=3)
    guard.failed("a", now=0.0)
    assert not guard.admit("a", now=1.0).admitted
    assert guard.admit("a", now=3601.0) == throttle.Admission()  # forgotten: a clean client again
    for number, client in enumerate("bcde"):
        guard.failed(client, now=4000.0 + number)
    assert [guard.admit(client, now=4004.0).hold for client in "bcde"] == [None, Hold.CLIENT, Hold.CLIENT, Hold.CLIENT]


# -- the overall budget ----------------------------------------------------------------------------


def test_guesses_spread_over_many_addresses_share_one_budget_and_a_clean_client_is_never_held_up():
    guard = Throttle(free_attempts=3, budget_burst=20, budget_refill_seconds=30)
    attackers = [f"198.51.100.{n}" for n in range(1, 101)]
    for address in attackers:  # each address's first guess is free
        assert guard.admit(address, now=0.0).admitted
        guard.failed(address, now=0.0)
    second_guesses = [guard.admit(address, now=1.0) for address in attackers]
    assert sum(a.admitted for a in second_guesses) == 20
    assert {a.hold for a in second_guesses[20:]} == {Hold.OVERALL}
    assert guard.admit("203.0.113.50", now=1.0).admitted  # the coordinator, who has not failed
    assert guard.admit(attackers[-1], now=31.0).admitted  # one more token 30 s later
    assert not guard.admit(attackers[-2], now=31.0).admitted


def test_a_right_guess_gives_its_token_back():
    guard = Throttle(free_attempts=3, budget_burst=1, budget_refill_seconds=1000)
    guard.failed("kari", now=0.0)
    assert guard.admit("kari", now=0.0).admitted  # takes the only token
    guard.succeeded("kari")
    guard.failed("per", now=0.0)
    assert guard.admit("per", now=0.0).admitted


events = st.lists(
    st.tuples(st.integers(0, 30), st.floats(0, 120), st.booleans()),  # client, seconds later, right password
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(events)
def test_a_client_without_failures_is_always_checked_and_the_others_stay_within_the_budget(events):
    guard = Throttle(free_attempts=3, cap_seconds=300, budget_burst=5, budget_refill_seconds=30)
    now, failed, charged, refunds = 0.0, set(), 0, 0
    for client, later, right in events:
        now += later
        key = f"10.0.0.{client}"
        admission = guard.admit(key, now)
        clean = key not in failed
        assert admission.admitted or not clean
        if not admission.admitted:
            continue
        charged += not clean
        if right:
            refunds += not clean
            guard.succeeded(key)
            failed.discard(key)
        else:
            guard.failed(key, now)
            failed.add(key)
    assert charged - refunds <= 5 + now / 30


# -- grants ----------------------------------------------------------------------------------------


def test_a_grant_is_found_by_its_token_only():
    grants = Grants(idle_minutes=30)
    token = grants.issue("koordinator", "password", now=0.0, connection="nøkkel")
    assert grants.holder(token, now=1.0).who == "koordinator"
    assert grants.holder("made-up-token", now=1.0) is None
    assert grants.holder(None, now=1.0) is None
    assert grants.holder({"who": "koordinator"}, now=1.0) is None
    assert len(token) >= 40  # 32 random bytes


def test_a_password_grant_belongs_to_the_connection_it_was_given_on():
    grants = Grants()
    grant = grants.holder(grants.issue("koordinator", "password", now=0.0, connection="dGhlIHNhbXBsZSBub25jZQ=="), now=0.0)
    assert grant.held_by("dGhlIHNhbXBsZSBub25jZQ==")
    assert not grant.held_by("x3JJHMbDL1EzLkh9GBhXDw==")  # another connection presenting the session
    assert not grant.held_by("")  # no connection at all
    assert "dGhlIHNhbXBsZSBub25jZQ==" not in repr(grant)  # only a digest is kept
    oidc = grants.holder(grants.issue("kari@khs.no", "oidc", now=0.0), now=0.0)
    assert oidc.held_by("any") and oidc.held_by("")  # the identity cookie binds OIDC grants


def test_a_grant_times_out_when_left_alone_and_use_keeps_it_alive():
    grants = Grants(idle_minutes=10, max_hours=12)
    token = grants.issue("koordinator", "password", now=0.0)
    assert grants.holder(token, now=9 * 60) is not None
    assert grants.holder(token, now=18 * 60) is not None  # 9 minutes after the last use
    assert grants.holder(token, now=29 * 60) is None  # 11 minutes idle
    assert grants.holder(token, now=29 * 60 + 1) is None  # and it stays gone


def test_a_grant_ends_after_the_longest_day_even_when_used():
    grants = Grants(idle_minutes=30, max_hours=1)
    token = grants.issue("koordinator", "password", now=0.0)
    for minute in range(0, 60, 20):
        assert grants.holder(token, now=minute * 60.0) is not None
    assert grants.holder(token, now=3601.0) is None


def test_revoking_ends_a_grant():
    grants = Grants()
    token = grants.issue("kari@khs.no", "oidc", now=0.0)
    grants.revoke(token)
    assert grants.holder(token, now=0.0) is None


# -- through the app -------------------------------------------------------------------------------

COORDINATOR_PASSWORD = "blåbær-og-kanel"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
VIEWER_PASSWORD = "styremøte"


@pytest.fixture
def access_env(monkeypatch):
    for name in ("KHS_COORDINATOR_PASSWORD", "KHS_VIEWER_PASSWORD", "KHS_COORDINATOR_EMAILS", "KHS_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def submit_password(app, key: str, password: str):
    app.text_input(key=key).input(password)
    next(b for b in app.button if b.label == "Logg inn").click().run()
    assert not app.exception, app.exception
    return app


@pytest.mark.usefixtures("as_a_running_server")
def test_a_short_coordinator_password_stops_the_app_at_the_first_page_with_a_norwegian_message(fresh_sample_db, access_env):
    access_env.setenv("KHS_COORDINATOR_PASSWORD", "kort-passord"[:11])
    app = open_app(fresh_sample_db.path)
    assert [e.value for e in app.error] == [
        "Dashbordet starter ikke: koordinatorpassordet (KHS_COORDINATOR_PASSWORD) er for kort. Det må ha minst 12 tegn, "
        "fordi koordinatorrollen kan endre alle tallene styret ser. Velg et lengre passord og start dashbordet på nytt."
    ]
    assert not app.text_input and not app.selectbox  # neither a sign-in nor the dashboard behind it
    app.switch_page("pages/koordinator.py").run()
    assert not app.text_input and len(app.error) == 1


@pytest.mark.usefixtures("as_a_running_server")
def test_coordinator_password_guesses_never_hold_up_the_viewer_password(fresh_sample_db, access_env):
    access_env.setenv("KHS_COORDINATOR_PASSWORD", COORDINATOR_PASSWORD)
    access_env.setenv("KHS_VIEWER_PASSWORD", VIEWER_PASSWORD)
    guesser = open_app(fresh_sample_db.path)
    submit_password(guesser, "khs-viewer-password", VIEWER_PASSWORD)
    guesser.switch_page("pages/koordinator.py").run()
    for _ in range(5):
        submit_password(guesser, "khs-coordinator-password", "gjetning")
    assert "For mange feil forsøk" in guesser.error[0].value

    board_member = AppTest.from_file(DASHBOARD, default_timeout=90).run()  # same process and address, caches kept
    submit_password(board_member, "khs-viewer-password", VIEWER_PASSWORD)
    assert not board_member.error
    assert board_member.selectbox  # the dashboard's sidebar: in at once


@pytest.mark.usefixtures("as_a_running_server")
def test_a_session_presented_by_another_connection_cannot_save_the_preview_it_holds(fresh_sample_db, access_env, make_xlsx, snapshot):
    """What a copied session id gives: the session (its preview, its confirm button), not the role."""
    access_env.setenv("KHS_COORDINATOR_PASSWORD", COORDINATOR_PASSWORD)
    app = open_app(fresh_sample_db.path, "pages/koordinator.py")
    submit_password(app, "khs-coordinator-password", COORDINATOR_PASSWORD)
    upload = make_xlsx("folketall-2025.xlsx", [["Kommunenummer", "År", "Folketall"], ["3201", 2025, 131_500]])
    app.file_uploader[0].set_value((upload.name, upload.read_bytes(), XLSX)).run()
    confirm = next(b.key for b in app.button if str(b.key).startswith("coord-confirm"))
    before = snapshot(fresh_sample_db)

    access_env.setattr(ui_access, "_connection", lambda: "x3JJHMbDL1EzLkh9GBhXDw==", raising=False)  # another browser
    app.button(key=confirm).click().run()
    assert not app.exception, app.exception
    assert snapshot(fresh_sample_db) == before
    assert not app.file_uploader and app.text_input(key="khs-coordinator-password")
    assert app.warning[0].value.startswith("Koordinatorrollen ble avsluttet fordi forbindelsen til nettleseren ble brutt")
