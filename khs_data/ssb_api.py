"""Population for the members straight from SSB: table 07459 through PxWebApi v2.

One GET request per update. The answer is staged as a file and goes through `plan_import`
exactly like an uploaded JSON-stat2 file, so it gets the same validation, preview/diff,
history (source "SSB PxWebApi: <url>") and undo. Every failure raises `SsbError` with a
Norwegian message before anything is written.

The query (PxWebApi v2, GET form):
- `codelist[Region]=agg_KommSummer` with `valueCodes[Region]=K-3201,…` and
  `outputValues[Region]=aggregated`: municipalities summed to today's borders, so one code per
  member covers every year, also those before the 2020 and 2024 renumberings (with the plain
  codes, 3201 has no figures before 2024 and 3024 none after 2023).
- `Kjonn` and `Alder` are left out: they are eliminable in 07459, and leaving them out gives
  the total over both sexes and all ages (ContentsCode and Tid cannot be left out).
- Default years: `valueCodes[Tid]=from(2019)`, i.e. every year from 2019 to the newest SSB has,
  without guessing which year that is. Asking for a year SSB has not published gives
  HTTP 400 "Non-existent value"; explicit years are sent as a list and that answer becomes a
  message saying which years were asked for.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import config
from .database import Database, StoreError
from .importer import ImportPlan, archived_file, plan_import
from .problems import FileRefused
from .readers.ssb.jsonstat import parse_jsonstat

API_SETTING = "KHS_SSB_API"
DEFAULT_BASE = "https://data.ssb.no/api/pxwebapi/v2"
TABLE = "07459"
FIRST_YEAR = 2019  # the agreement's first year: dues and history need every year since
SOURCE_PREFIX = "SSB PxWebApi: "
TIMEOUT_SECONDS = 30.0
RETRIES = 3  # extra attempts after HTTP 429 or 5xx
BACKOFF_SECONDS = 2.0  # 2, 4, 8 s between attempts
MAX_WAIT_SECONDS = 30.0  # a longer Retry-After is not waited for: the coordinator is waiting
MAX_RESPONSE_BYTES = config.MAX_FILE_BYTES
STAGING_PREFIX = "khs-ssb-"
STAGING_MAX_AGE_SECONDS = 24 * 3600
USER_AGENT = "KHS-dashbord (Kommunehelsesamarbeidet; Python urllib)"
NOTHING_CHANGED = "Ingenting er endret."


class SsbError(StoreError):
    """Fetching from SSB failed; the message says why in Norwegian, and nothing was written."""


@dataclass(frozen=True)
class SsbFetch:
    """The latest SSB update still in force."""

    import_id: int
    fetched_at: dt.datetime
    newest_year: int | None  # newest year in SSB's answer (None if the archived answer is gone)
    url: str


def api_base() -> str:
    return os.environ.get(API_SETTING) or DEFAULT_BASE


def build_request_url(base: str, numbers: Iterable[str], years: Iterable[int] | None) -> str:
    regions = ",".join(f"K-{n}" for n in sorted(set(numbers)))
    years = sorted(set(years or ()))
    period = ",".join(str(y) for y in years) if years else f"from({FIRST_YEAR})"
    query = [
        ("lang", "no"),
        ("outputFormat", "json-stat2"),
        ("codelist[Region]", "agg_KommSummer"),
        ("outputValues[Region]", "aggregated"),
        ("valueCodes[Region]", regions),
        ("valueCodes[ContentsCode]", "Personer1"),
        ("valueCodes[Tid]", period),
    ]
    # Brackets, commas and parentheses left readable: the URL is shown in the import history.
    return f"{base.rstrip('/')}/tables/{TABLE}/data?" + urllib.parse.urlencode(query, safe="[](),-")


def fetch_population(
    base: str | None = None,
    years: Iterable[int] | None = None,
    *,
    numbers: Iterable[str],
    timeout: float = TIMEOUT_SECONDS,
    retries: int = RETRIES,
    backoff: float = BACKOFF_SECONDS,
    max_wait: float = MAX_WAIT_SECONDS,
) -> tuple[bytes, str]:
    """SSB's JSON-stat2 answer for these municipality numbers and years, and the URL asked."""
    numbers = sorted(set(numbers))
    bad = [n for n in numbers if not re.fullmatch(r"\d{4}", str(n))]
    if bad:
        raise SsbError(
            f"Kommunenummeret «{bad[0]}» i kommuneregisteret er ikke et firesifret nummer, så SSB kan ikke spørres. "
            f"Rett kommuneregisteret først. {NOTHING_CHANGED}"
        )
    years = sorted(set(years or ()))
    base = base or api_base()
    if urllib.parse.urlsplit(base).scheme not in ("http", "https"):
        raise SsbError(
            f"Adressen til SSBs API («{base}», innstillingen {API_SETTING}) er ikke en nettadresse som begynner "
            f"med https://. {NOTHING_CHANGED}"
        )
    url = build_request_url(base, numbers, years)
    request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
    attempt = 0
    while True:
        try:
            started = time.monotonic()
            with urllib.request.urlopen(request, timeout=timeout) as response:
                body = _read_all(response, started + timeout)
                content_type = response.headers.get_content_type()
            return _checked(body, content_type), url
        except urllib.error.HTTPError as error:
            with error:
                if error.code == 429 or 500 <= error.code < 600:
                    if attempt < retries:
                        time.sleep(_wait_before_retry(error, attempt, backoff, max_wait))
                        attempt += 1
                        continue
                    raise _gave_up(error.code, attempt + 1) from None
                raise _refused(error, url, years) from None
        except TimeoutError:
            raise _too_slow(timeout) from None
        except urllib.error.URLError as error:
            if isinstance(error.reason, TimeoutError):
                raise _too_slow(timeout) from None
            host = urllib.parse.urlsplit(url).hostname
            raise SsbError(
                f"Fikk ikke kontakt med SSB ({host}: {_why_unreachable(error.reason)}). Sjekk nettverksforbindelsen "
                f"og eventuell proxy, og prøv igjen. {NOTHING_CHANGED}"
            ) from None
        except (http.client.HTTPException, OSError):
            raise SsbError(f"Forbindelsen til SSB ble brutt før hele svaret kom fram. Prøv igjen om litt. {NOTHING_CHANGED}") from None


def _read_all(response, deadline: float) -> bytes:
    """The whole body, within the time limit (a slow trickle counts) and the size limit."""
    chunks, size = [], 0
    while chunk := response.read(64 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise SsbError(f"Svaret fra SSB er uventet stort (over {MAX_RESPONSE_BYTES // 1_000_000} MB). {NOTHING_CHANGED}")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    if response.length:  # the connection closed before the promised Content-Length arrived
        raise http.client.IncompleteRead(b"".join(chunks), response.length)
    return b"".join(chunks)


def _checked(body: bytes, content_type: str) -> bytes:
    """Refuse what is plainly not SSB's JSON-stat2 (a proxy's page, a cut-off answer) here, with words
    that fit a fetch; the full JSON-stat2 checks are the importer's."""
    if content_type in ("text/html", "application/xhtml+xml") or body.lstrip().startswith(b"<"):
        raise SsbError(
            "SSB (eller en proxy på veien) svarte med en nettside i stedet for tall, ofte en feil- eller "
            f"innloggingsside. Prøv igjen senere, eller sjekk proxy-innstillingene. {NOTHING_CHANGED}"
        )
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SsbError(f"Svaret fra SSB var ufullstendig eller skadet (ikke gyldig JSON). Prøv igjen om litt. {NOTHING_CHANGED}") from None
    if not isinstance(doc, dict) or doc.get("class") != "dataset":
        raise SsbError(
            "Svaret fra SSB var ikke en tabell i formatet det ble bedt om (JSON-stat2). "
            f"{NOTHING_CHANGED} Hvis det skjer igjen: last ned tabell {TABLE} fra SSBs statistikkbank og last opp filen."
        )
    return body


def _wait_before_retry(error: urllib.error.HTTPError, attempt: int, backoff: float, max_wait: float) -> float:
    """SSB's Retry-After (seconds or an HTTP date) when given, else exponential backoff; capped."""
    wait = backoff * 2**attempt
    retry_after = (error.headers.get("Retry-After") or "").strip() if error.headers else ""
    if retry_after.isdigit():
        wait = float(retry_after)
    elif retry_after:
        try:
            when = email.utils.parsedate_to_datetime(retry_after)
            wait = (when - dt.datetime.now(when.tzinfo or dt.UTC)).total_seconds()
        except (TypeError, ValueError):
            pass
    return max(0.0, min(wait, max_wait))


def _gave_up(code: int, attempts: int) -> SsbError:
    if code == 429:
        return SsbError(
            f"SSB tar imot for mange forespørsler akkurat nå (HTTP 429), også etter {attempts} forsøk. "
            f"Vent et par minutter og prøv igjen. {NOTHING_CHANGED}"
        )
    return SsbError(
        f"SSB svarer ikke som det skal (HTTP {code}, {attempts} forsøk). Tjenesten kan være nede eller under "
        f"vedlikehold. Prøv igjen senere. {NOTHING_CHANGED}"
    )


def _refused(error: urllib.error.HTTPError, url: str, years: list[int]) -> SsbError:
    """A 4xx: SSB (or a proxy) says no to the question itself; retrying would not help."""
    title = _problem_title(error)
    if error.code == 407:
        return SsbError(f"Proxyen på nettverket krever innlogging (HTTP 407), så SSB kunne ikke nås. {NOTHING_CHANGED}")
    if error.code == 400 and "non-existent value" in title.lower():
        asked = ", ".join(str(y) for y in years) if years else f"alle fra {FIRST_YEAR}"
        return SsbError(
            f"SSB har ikke tall for alt det ble spurt om (år: {asked}). SSB publiserer folketallet per 1. januar "
            "i februar/mars samme år. Velg år SSB har publisert, eller hent uten å velge år for å få alle "
            f"fra {FIRST_YEAR} til det nyeste. Sjekk også at kommuneregisteret har dagens kommunenumre. {NOTHING_CHANGED}"
        )
    if error.code == 404:
        return SsbError(
            f"Fant ikke tabell {TABLE} hos SSB (HTTP 404) på {url.split('/tables/')[0]}. "
            f"Sjekk innstillingen {API_SETTING}. {NOTHING_CHANGED}"
        )
    detail = f": «{title}»" if title else ""
    return SsbError(f"SSB avviste spørringen (HTTP {error.code}{detail}). Adressen var {url}. {NOTHING_CHANGED}")


def _problem_title(error: urllib.error.HTTPError) -> str:
    """PxWebApi explains a 4xx in a small JSON body {"type", "title", "status"}."""
    try:
        problem = json.loads(error.read(64 * 1024).decode("utf-8", errors="replace"))
    except (OSError, ValueError, http.client.HTTPException):
        return ""
    if not isinstance(problem, dict):
        return ""
    return " ".join(str(problem[k]) for k in ("title", "detail") if isinstance(problem.get(k), str))


def _too_slow(timeout: float) -> SsbError:
    seconds = f"{timeout:g}".replace(".", ",")
    return SsbError(f"SSB svarte ikke innen {seconds} sekunder. Prøv igjen senere. {NOTHING_CHANGED}")


_UNREACHABLE = {  # errno → why, in Norwegian: the system's own text is English («Network is unreachable»)
    errno.ENETUNREACH: "nettet er ikke tilgjengelig fra denne maskinen",
    errno.EHOSTUNREACH: "SSBs maskin kan ikke nås fra denne maskinen",
    errno.ECONNREFUSED: "tilkoblingen ble avvist",
    errno.ECONNRESET: "tilkoblingen ble brutt",
    errno.ETIMEDOUT: "tilkoblingen tok for lang tid",
    errno.ENETDOWN: "nettverket er nede",
}


def _why_unreachable(reason: object) -> str:
    """Why SSB could not be reached, in Norwegian, never the system's English text."""
    if isinstance(reason, socket.gaierror):
        return "fant ikke adressen; maskinen er kanskje uten nett"
    if isinstance(reason, ssl.SSLError):
        return "den sikre tilkoblingen (TLS) feilet; sjekk maskinens klokke og eventuell proxy"
    if isinstance(reason, OSError) and reason.errno in _UNREACHABLE:
        return _UNREACHABLE[reason.errno]
    return "nettverksfeil"


# -- into the import path ------------------------------------------------------------------------


def member_numbers(db: Database) -> list[str]:
    """Every municipality in the register, also those that have left: dues for past years need them."""
    return sorted(db.query("SELECT number FROM municipalities")["number"].astype(str))


def plan_ssb_update(
    db: Database,
    years: Iterable[int] | None = None,
    *,
    base: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    retries: int = RETRIES,
    backoff: float = BACKOFF_SECONDS,
    max_wait: float = MAX_WAIT_SECONDS,
) -> ImportPlan:
    """Fetch and compare, nothing written: commit with `importer.commit_import` after the preview."""
    numbers = member_numbers(db)
    if not numbers:
        raise SsbError("Kommuneregisteret er tomt, så det er ingen kommuner å hente folketall for. Last opp kommunene først.")
    body, url = fetch_population(base, years, numbers=numbers, timeout=timeout, retries=retries, backoff=backoff, max_wait=max_wait)
    path = _stage(body)
    try:
        plan = plan_import(db, path, path.name, kind="population", source=SOURCE_PREFIX + url)
    except FileRefused as refused:
        _discard(path)
        raise SsbError(f"Svaret fra SSB kunne ikke leses som folketall: {refused.problems[0].message} {NOTHING_CHANGED}") from None
    except BaseException:
        _discard(path)
        raise
    if plan.parsed.frame.empty:
        _discard(path)
        raise SsbError(f"Svaret fra SSB hadde ingen folketall for medlemskommunene. {NOTHING_CHANGED}")
    return plan


def discard_staged(plan: ImportPlan) -> None:
    """Remove the staged answer once the plan is committed or dropped (the archive keeps a copy)."""
    if plan.file_path is not None:
        _discard(plan.file_path)


def _stage(body: bytes) -> Path:
    """The answer as a file named like a download, in a fresh folder (two fetches never collide)."""
    _sweep_stale()
    try:
        folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))
        path = folder / f"ssb-{TABLE}-{dt.datetime.now():%Y%m%d-%H%M%S}.json"
        path.write_bytes(body)
    except OSError:
        raise SsbError(
            f"Kunne ikke mellomlagre svaret fra SSB i maskinens midlertidige mappe. Sjekk ledig diskplass og "
            f"skrivetilgang der. {NOTHING_CHANGED}"
        ) from None
    return path


def _discard(path: Path) -> None:
    folder = Path(path).parent
    if folder.name.startswith(STAGING_PREFIX) and folder.parent == Path(tempfile.gettempdir()):
        shutil.rmtree(folder, ignore_errors=True)


def _sweep_stale() -> None:
    """Answers previewed on the page but never saved or dropped are left behind; clear old ones."""
    limit = time.time() - STAGING_MAX_AGE_SECONDS
    for folder in Path(tempfile.gettempdir()).glob(f"{STAGING_PREFIX}*"):
        try:
            if folder.is_dir() and folder.stat().st_mtime < limit:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue


# -- what the page shows -------------------------------------------------------------------------


def last_ssb_fetch(db: Database) -> SsbFetch | None:
    """The newest SSB import not undone. A fetch that changed nothing is not in the history
    (the importer records only imports with changes), so this is when the figures in use came."""
    found = db.query(
        "SELECT id, imported_at, source, undone_at IS NULL AS in_force FROM imports "
        "WHERE kind = 'population' AND source LIKE 'SSB%' ORDER BY id DESC"
    )
    in_force = found[found["in_force"]]
    if in_force.empty:
        return None
    row = in_force.iloc[0]
    source = str(row["source"])
    url = source[len(SOURCE_PREFIX) :] if source.startswith(SOURCE_PREFIX) else source
    return SsbFetch(int(row["id"]), row["imported_at"].to_pydatetime(), _newest_year(db, found["id"]), url)


def _newest_year(db: Database, import_ids) -> int | None:
    """The newest year in SSB's answers as archived with the imports. Over every SSB import, also
    undone ones and those asking for chosen years only: SSB never takes a published year back."""
    years = []
    for import_id in import_ids:
        original = archived_file(db, int(import_id))
        if original is None:
            continue
        name, path = original
        try:
            years += [r.year for r in parse_jsonstat(path.read_bytes(), name)]
        except (OSError, FileRefused):
            continue
    return max(years, default=None)
