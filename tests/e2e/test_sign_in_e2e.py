"""Signing in as the coordinator in Chromium, against real servers: st.login through a real OpenID
Connect provider (oidc-provider-mock, started here) with the role given by the e-mail claim, refused
for another e-mail, and signing out through the provider; a session id copied from an upload URL
(as a proxy log holds it) presented by another browser gets no role and cannot write; and the
password throttle counts guesses by the connection, not by a header the client writes."""

from __future__ import annotations

import json
import sys
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from khs_data.bootstrap import init_database
from khs_data.database import Database

from .conftest import COORDINATOR_PASSWORD, READY, _free_port, _need_browser, navigation, open_page, running, screenshot, serving

KARI = {"sub": "kari", "email": "kari@baerum.kommune.no", "name": "Kari Nordmann"}  # on the coordinator list
PER = {"sub": "per", "email": "per@asker.kommune.no", "name": "Per Hansen"}  # signed in, but not listed


@pytest.fixture(scope="module")
def provider(tmp_path_factory) -> str:
    """An OpenID Connect provider on a free port with Kari and Per as its users; yields its issuer URL."""
    _need_browser()
    port = _free_port()
    issuer = f"http://127.0.0.1:{port}"
    users = [arg for user in (KARI, PER) for arg in ("--user-claims", json.dumps(user))]
    log_path = tmp_path_factory.mktemp("oidc") / "oidc.log"
    command = [sys.executable, "-m", "oidc_provider_mock", "--port", str(port), *users]
    with running(command, log_path, f"{issuer}/.well-known/openid-configuration", "The OIDC provider"):
        yield issuer


def sample_db(tmp_path_factory, name: str) -> Database:
    db = Database(tmp_path_factory.mktemp(name) / "khs.duckdb")
    init_database(db, sample=True)
    return db


@pytest.fixture(scope="module")
def oidc_app(provider, tmp_path_factory) -> str:
    """The dashboard with [auth] pointing at the provider, and Kari's e-mail as the coordinator list."""

    def secrets(url: str) -> dict:
        return {
            "KHS_COORDINATOR_EMAILS": KARI["email"],
            "auth": {
                "redirect_uri": f"{url}/oauth2callback",
                "cookie_secret": "e2e-informasjonskapsel-hemmelighet-32",
                "client_id": "khs-dashbord",
                "client_secret": "e2e-klienthemmelighet",
                "server_metadata_url": f"{provider}/.well-known/openid-configuration",
            },
        }

    with serving(sample_db(tmp_path_factory, "e2e-oidc").path, secrets=secrets) as url:
        yield url


def go_to_coordinator(page) -> None:
    navigation(page).get_by_role("link", name="Koordinator", exact=True).click()
    page.wait_for_url("**/koordinator*")
    page.wait_for_selector(READY, timeout=60_000)


def sign_in_at_provider(page, url: str, provider: str, user: dict) -> None:
    """From the Koordinator page through the provider's sign-in and back into the dashboard."""
    page.get_by_role("button", name="Logg inn som koordinator").click()
    page.wait_for_url(f"{provider}/oauth2/authorize*")
    screenshot(page, f"sign-in-provider-{user['sub']}")
    page.get_by_role("button", name=user["sub"], exact=True).click()
    page.wait_for_url(f"{url}/*")
    page.wait_for_selector(READY, timeout=60_000)
    go_to_coordinator(page)


def test_oidc_sign_in_gives_the_listed_e_mail_the_role_and_sign_out_ends_it(page, oidc_app, provider):
    open_page(page, f"{oidc_app}/koordinator")
    expect(page.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(0)
    screenshot(page, "sign-in-oidc-before")

    sign_in_at_provider(page, oidc_app, provider, KARI)
    expect(page.get_by_text(f"Logget inn som {KARI['email']}.")).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(1)
    screenshot(page, "sign-in-oidc-coordinator")

    page.get_by_role("button", name="Logg ut").click()
    page.wait_for_url(f"{provider}/oauth2/end_session*")  # signed out at the provider too
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(f"{oidc_app}/*")
    page.wait_for_selector(READY, timeout=60_000)
    go_to_coordinator(page)
    expect(page.get_by_role("button", name="Logg inn som koordinator")).to_be_visible()
    expect(page.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(0)
    screenshot(page, "sign-in-oidc-signed-out")


def test_oidc_sign_in_with_an_e_mail_not_on_the_list_gets_no_role(page, oidc_app, provider):
    open_page(page, f"{oidc_app}/koordinator")
    sign_in_at_provider(page, oidc_app, provider, PER)
    expect(page.get_by_text(f"Du er logget inn som {PER['email']}, men den adressen står ikke på listen")).to_be_visible()
    expect(page.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(0)
    screenshot(page, "sign-in-oidc-not-listed")


# -- a session id copied from an upload URL --------------------------------------------------------

# Makes the dashboard's websocket ask for an existing session, as Streamlit's own client does when
# it reconnects: the third subprotocol entry is the session id to resume.
PRESENT_SESSION_ID = """
(() => {
  const Real = window.WebSocket;
  window.WebSocket = class extends Real {
    constructor(url, protocols) {
      if (String(url).includes("_stcore/stream")) {
        protocols = [...protocols].slice(0, 2);
        protocols.push(%s);
      }
      super(url, protocols);
    }
  };
})();
"""


def session_id_from_an_upload(page, tmp_path) -> str:
    """Upload a file and read the session id from the upload URL (/_stcore/upload_file/<id>/<file>)."""
    path = tmp_path / "moter.csv"
    path.write_text("Dato;Organ;Tittel\n01.02.2026;Samarbeidsstyret;Styremøte 1/2026\n", encoding="utf-8")
    with page.expect_request("**/_stcore/upload_file/**") as upload:
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(path)
    page.wait_for_selector(READY, timeout=60_000)  # the run the upload started has ended: nothing is mid-run when the tab closes
    return urlsplit(upload.value.url).path.split("/")[3]


@pytest.fixture
def password_app(tmp_path_factory):
    """A dashboard with the coordinator password, its own server (a throttle or grant starts fresh)."""
    db = sample_db(tmp_path_factory, "e2e-password")
    with serving(db.path) as url:
        yield url, db


def sign_in_with_password(page, password: str = COORDINATOR_PASSWORD) -> None:
    page.get_by_label("Koordinatorpassord").fill(password)
    page.get_by_role("button", name="Logg inn").click()
    page.wait_for_selector(READY, timeout=60_000)


def test_a_copied_session_id_gets_no_coordinator_role_and_cannot_write(browser, password_app, tmp_path, snapshot):
    url, db = password_app
    coordinator = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nb-NO")
    tab = coordinator.new_page()
    open_page(tab, f"{url}/koordinator")
    sign_in_with_password(tab)
    expect(tab.get_by_text("Logget inn som koordinator.")).to_be_visible(timeout=30_000)
    session_id = session_id_from_an_upload(tab, tmp_path)
    before = snapshot(db)
    coordinator.close()  # the coordinator leaves; the session waits on the server for a reconnect

    attacker = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nb-NO")
    attacker.add_init_script(PRESENT_SESSION_ID % json.dumps(session_id))
    stolen = attacker.new_page()
    open_page(stolen, f"{url}/koordinator")
    screenshot(stolen, "sign-in-copied-session-id")
    expect(stolen.get_by_test_id("stFileUploaderDropzoneInput")).to_have_count(0)
    expect(stolen.get_by_role("button", name="Lagre endringene", exact=False)).to_have_count(0)
    expect(stolen.get_by_text("Logget inn som koordinator.")).to_have_count(0)
    # said only to a session that held the role: Streamlit did hand this browser the coordinator's session
    expect(stolen.get_by_text("Koordinatorrollen ble avsluttet")).to_be_visible()
    assert snapshot(db) == before
    attacker.close()


# -- the password throttle --------------------------------------------------------------------------


def guess(browser, url: str, forwarded_for: str, password: str):
    """One try at the coordinator password from a fresh browser claiming to be `forwarded_for`."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, locale="nb-NO", extra_http_headers={"X-Forwarded-For": forwarded_for}
    )
    tab = context.new_page()
    open_page(tab, f"{url}/koordinator")
    sign_in_with_password(tab, password)
    return context, tab


def password_log(db: Database) -> list[str]:
    """The server log's lines about coordinator passwords (khs.access: client and count, never the password)."""
    log = (db.path.parent / "streamlit.log").read_text(encoding="utf-8")
    assert "gjetning" not in log and COORDINATOR_PASSWORD not in log
    return [line.split("khs.access: ", 1)[1] for line in log.splitlines() if "khs.access: " in line and "koordinatorpassord fra" in line]


def test_a_new_x_forwarded_for_per_connection_gives_no_fresh_guesses(browser, password_app):
    """Every browser claims another address in X-Forwarded-For; all guesses still count as the one
    local connection's, so the first three (always checked) are its 1st, 2nd and 3rd in a row."""
    url, db = password_app
    for number in range(1, 5):
        context, tab = guess(browser, url, f"198.51.100.{number}", f"gjetning-{number}")
        expect(tab.get_by_text("Logget inn som koordinator.")).to_have_count(0)
        screenshot(tab, f"sign-in-guess-{number}")
        context.close()
    lines = password_log(db)
    assert lines[:3] == [f"Feil koordinatorpassord fra 127.0.0.1 ({count} på rad)" for count in (1, 2, 3)]
    assert len(lines) == 4 and " fra 127.0.0.1 " in lines[3]  # the 4th: held up or the 4th in a row
    assert not [line for line in lines if "198.51.100." in line]


@pytest.fixture
def app_behind_a_proxy(tmp_path_factory):
    """The dashboard told that the local address is its reverse proxy (the test plays the proxy)."""
    db = sample_db(tmp_path_factory, "e2e-proxy")
    with serving(db.path, env={"KHS_TRUSTED_PROXIES": "127.0.0.1, ::1"}) as url:
        yield url, db


def test_behind_a_trusted_proxy_one_clients_failures_never_delay_another(browser, app_behind_a_proxy):
    url, db = app_behind_a_proxy
    attacker, tab = guess(browser, url, "203.0.113.9", "gjetning-1")
    for number in range(2, 6):
        sign_in_with_password(tab, f"gjetning-{number}")
    attacker.close()
    assert password_log(db)[2] == "Feil koordinatorpassord fra 203.0.113.9 (3 på rad)"  # the back-off has begun

    coordinator, tab = guess(browser, url, "198.51.100.20", COORDINATOR_PASSWORD)
    expect(tab.get_by_text("Logget inn som koordinator.")).to_be_visible(timeout=30_000)
    screenshot(tab, "sign-in-behind-proxy")
    coordinator.close()
    assert not [line for line in password_log(db) if "198.51.100.20" in line]  # no failure, nothing held up


def test_a_short_coordinator_password_stops_the_app_with_a_norwegian_message(page, tmp_path_factory):
    db = sample_db(tmp_path_factory, "e2e-short")
    with serving(db.path, env={"KHS_COORDINATOR_PASSWORD": "kort"}) as url:
        open_page(page, url)
        expect(page.get_by_text("koordinatorpassordet (KHS_COORDINATOR_PASSWORD) er for kort", exact=False)).to_be_visible()
        expect(page.get_by_label("År i fokus")).to_have_count(0)  # nothing of the dashboard behind it
        screenshot(page, "sign-in-short-password-refused")
