"""Every failure reaches a person in Norwegian with what to do, never as raw exception text:
SSB out of reach (the system's «Network is unreachable»), a database file DuckDB cannot use (its
English error), and an unexpected error in a command (Python's own words)."""

from __future__ import annotations

import dataclasses
import errno
import ssl
import urllib.error
import urllib.request

import pytest

from khs_data import cli
from khs_data.commands import COMMANDS
from khs_data.database import Database, StoreError
from khs_data.ssb_api import SsbError, fetch_population

ENGLISH = ("Network is unreachable", "No route to host", "Connection reset", "IO Error", "not a valid", "Traceback", "Error:")


def unreachable(reason: BaseException):
    def urlopen(*args, **kwargs):
        raise urllib.error.URLError(reason)

    return urlopen


@pytest.mark.parametrize(
    ("reason", "why"),
    [
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "nettet er ikke tilgjengelig fra denne maskinen"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "SSBs maskin kan ikke nås"),
        (OSError(errno.ECONNRESET, "Connection reset by peer"), "tilkoblingen ble brutt"),
        (ssl.SSLError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "den sikre tilkoblingen (TLS) feilet"),
        (OSError(errno.EPROTO, "Protocol error"), "nettverksfeil"),
    ],
)
def test_ssb_out_of_reach_is_said_in_norwegian(monkeypatch, reason, why):
    monkeypatch.setattr(urllib.request, "urlopen", unreachable(reason))
    with pytest.raises(SsbError) as failed:
        fetch_population("https://data.ssb.no/api/pxwebapi/v2", [2025], numbers=["3201"], retries=0)
    message = str(failed.value)
    assert why in message
    assert "Sjekk nettverksforbindelsen" in message
    assert not [word for word in (*ENGLISH, str(reason)) if word in message]


def test_the_cli_says_ssb_is_out_of_reach_in_norwegian(sample_db, monkeypatch, capsys):
    monkeypatch.setattr(urllib.request, "urlopen", unreachable(OSError(errno.ENETUNREACH, "Network is unreachable")))
    code = cli.main(["--db", str(sample_db.path), "ssb-update", "--dry-run"])
    err = capsys.readouterr().err
    assert code == 1
    assert "nettet er ikke tilgjengelig fra denne maskinen" in err
    assert not [word for word in ENGLISH if word in err]


@pytest.mark.parametrize("content", [b"dette er ingen database" * 200, b"\x00" * 8192])
def test_a_file_duckdb_cannot_use_is_said_in_norwegian(tmp_path, content):
    path = tmp_path / "khs.duckdb"
    path.write_bytes(content)
    for use in (lambda db: db.query("SELECT 1"), lambda db: db.ensure_schema()):
        with pytest.raises(StoreError) as failed:
            use(Database(path))
        message = str(failed.value)
        assert message.startswith(("Kan ikke åpne databasen khs.duckdb: ", "Kan ikke skrive til databasen"))
        assert "bruk en sikkerhetskopi" in message
        assert not [word for word in ENGLISH if word in message]


def test_an_unexpected_error_in_a_command_is_said_in_norwegian(sample_db, monkeypatch, capsys):
    command = next(c for c in COMMANDS if c.name == "history")

    def broken(db, args):
        raise RuntimeError("KeyError deep inside pandas internals")

    monkeypatch.setattr(cli, "COMMANDS", tuple(dataclasses.replace(c, run=broken) if c is command else c for c in COMMANDS))
    monkeypatch.delenv("KHS_DEBUG", raising=False)
    code = cli.main(["--db", str(sample_db.path), "history"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Uventet feil i dashbordets program (ikke i dataene dine).")
    assert "KHS_DEBUG=1" in err
    assert "RuntimeError" not in err and "pandas internals" not in err
