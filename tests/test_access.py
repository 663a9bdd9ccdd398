"""The role logic on its own: settings, password check, back-off after failures, grants and time-outs."""

import pytest

from khs_data import access
from khs_data.access import Grants, Throttle, password_matches, read_settings

# -- settings --------------------------------------------------------------------------------------


def test_nothing_configured_means_nobody_can_write():
    settings = read_settings({}, {})
    assert settings.sign_in is None
    assert settings.viewer_password is None


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


@pytest.mark.parametrize(("value", "minutes"), [("15", 15.0), ("0", access.IDLE_MINUTES), ("tja", access.IDLE_MINUTES)])
def test_idle_minutes_setting(value, minutes):
    assert read_settings({"KHS_COORDINATOR_IDLE_MINUTES": value}, {}).idle_minutes == minutes


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


# -- repeated failures slow down -------------------------------------------------------------------


def test_the_first_failures_cost_nothing_then_the_wait_doubles():
    throttle = Throttle(free_attempts=3, cap_seconds=300)
    for _ in range(2):
        throttle.failed("10.0.0.1", now=100.0)
    assert throttle.wait("10.0.0.1", now=100.0) == 0
    throttle.failed("10.0.0.1", now=100.0)
    assert throttle.wait("10.0.0.1", now=100.0) == 2.0
    assert throttle.wait("10.0.0.1", now=101.5) == pytest.approx(0.5)
    throttle.failed("10.0.0.1", now=102.0)
    assert throttle.wait("10.0.0.1", now=102.0) == 4.0
    assert throttle.wait("10.0.0.2", now=102.0) == 0  # another place is not held up


def test_the_wait_is_capped_and_a_success_clears_it():
    throttle = Throttle(free_attempts=1, cap_seconds=60)
    for second in range(20):
        throttle.failed("x", now=float(second))
    assert throttle.wait("x", now=19.0) == 60
    throttle.succeeded("x")
    assert throttle.wait("x", now=19.0) == 0


# -- grants ----------------------------------------------------------------------------------------


def test_a_grant_is_found_by_its_token_only():
    grants = Grants(idle_minutes=30)
    token = grants.issue("koordinator", "password", now=0.0)
    assert grants.holder(token, now=1.0).who == "koordinator"
    assert grants.holder("made-up-token", now=1.0) is None
    assert grants.holder(None, now=1.0) is None
    assert grants.holder({"who": "koordinator"}, now=1.0) is None
    assert len(token) >= 40  # 32 random bytes


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
