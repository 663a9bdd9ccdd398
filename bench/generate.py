"""Invented data at the national scale, written as the coordinator uploads it (xlsx from Excel
with a title row above the header, CSV as Norwegian Excel saves «CSV UTF-8»), and the databases
the benchmark reads: the shipped one from the sample data, the national one through the importer.

Deterministic: the same scale gives the same files byte for byte apart from xlsx timestamps."""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
from pathlib import Path

import xlsxwriter

from khs_data import config
from khs_data.bootstrap import init_database
from khs_data.database import Database
from khs_data.importer import run_import
from khs_data.vocabulary import BODIES, INITIATORS

from .scales import Scale

TODAY = dt.date(2026, 11, 23)
MEMBER_SINCE = dt.date(1995, 1, 1)
MEETING_YEARS = (1990, 2026)  # (date, body) is the meetings' key: 37 years × 6 bodies leave room for 50 000
NATIONAL_MAP = config.REFERENCE_DIR / "kommuner-norge-2024-S.geojson"
# Counties from 1.1.2024 by the first two digits of the municipality number: the invented board
# regions and LSU areas of the national scale follow them.
COUNTIES = {
    "03": "Oslo",
    "11": "Rogaland",
    "15": "Møre og Romsdal",
    "18": "Nordland",
    "31": "Østfold",
    "32": "Akershus",
    "33": "Buskerud",
    "34": "Innlandet",
    "39": "Vestfold",
    "40": "Telemark",
    "42": "Agder",
    "46": "Vestland",
    "50": "Trøndelag",
    "55": "Troms",
    "56": "Finnmark",
}
FIRST_NAMES = (
    "Anne",
    "Per",
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Marit",
    "Knut",
    "Sigrid",
    "Nils",
    "Liv",
    "Arne",
    "Hilde",
    "Jon",
    "Randi",
    "Tor",
    "Åse",
    "Geir",
    "Solveig",
    "Øystein",
    "Berit",
    "Eirik",
    "Tone",
    "Håkon",
    "Ragnhild",
    "Svein",
    "Gro",
    "Trond",
    "Wenche",
    "Bjørn",
    "Siri",
    "Magnus",
    "Nora",
    "Emil",
    "Ida",
    "Jonas",
    "Sara",
    "Henrik",
    "Maja",
    "Sander",
    "Thea",
    "Vegard",
    "Linnea",
    "Aksel",
    "Frida",
    "Mathias",
    "Selma",
    "Kristian",
)
LAST_NAMES = (
    "Prøvesen",
    "Eksempelstad",
    "Testrud",
    "Oppdiktet",
    "Fiksdal",
    "Lånebakken",
    "Demoli",
    "Skissebø",
    "Utkastad",
    "Modellund",
    "Mønsterud",
    "Prøvelid",
    "Forsøkvik",
    "Skjemaberg",
    "Malmo",
    "Tenkeby",
    "Mockvold",
    "Diktenes",
    "Fantasidal",
    "Lekeland",
    "Drømmestad",
    "Tulleberg",
    "Fabelrud",
    "Påfunnlid",
    "Innbilt",
    "Oppspinn",
    "Fiktivsen",
    "Plassholder",
    "Stedfortrud",
    "Provisorie",
    "Utprøvingsli",
    "Kladdeby",
    "Tegnebrett",
    "Skisseli",
    "Planlund",
    "Hypotesen",
    "Antakvik",
    "Tiltenkt",
    "Forelandet",
)
PROJECT_THEMES = (
    "Digital hjemmeoppfølging",
    "Felles utskrivningsrutiner",
    "Rus og psykisk helse",
    "Legevakt",
    "Velferdsteknologi",
    "Kompetanseløft sykepleie",
    "Barn og unge",
    "Rehabilitering",
    "Demensomsorg",
    "Palliasjon",
    "Jordmortjeneste",
    "Akuttberedskap",
    "Samvalg",
    "Pasientforløp",
    "Kreftkoordinator",
)
TITLE_ROW = "Oppdiktede data for ytelsesmåling (python -m bench) — alle kommuner i Norge som medlemmer."


# -- writing files as Excel and Norwegian Excel's CSV would ------------------------------------


def _write_xlsx(path: Path, header: list[str], rows, date_columns: set[int]) -> Path:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    date_format = workbook.add_format({"num_format": "dd.mm.yyyy"})
    sheet = workbook.add_worksheet("Ark1")
    sheet.write_string(0, 0, TITLE_ROW)
    for column, text in enumerate(header):
        sheet.write_string(2, column, text)
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row):
            if value is None:
                continue
            if column in date_columns:
                sheet.write_datetime(number, column, dt.datetime.combine(value, dt.time()), date_format)
            else:
                sheet.write(number, column, value)
    workbook.close()
    return path


def _write_csv(path: Path, header: list[str], rows) -> Path:
    def text(value: object) -> str:
        if value is None:
            return ""
        return value.strftime("%d.%m.%Y") if isinstance(value, dt.date) else str(value)

    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow([TITLE_ROW] + [""] * (len(header) - 1))
        writer.writerow(header)
        writer.writerows([text(v) for v in row] for row in rows)
    return path


# -- the national data ---------------------------------------------------------------------------


def national_register() -> list[dict]:
    """All 357 municipalities: KHS' 21 keep their shipped board region and LSU area, the others get
    one invented from their county (board region = county, LSU area = county north or south)."""
    shipped = {}
    with open(config.REFERENCE_DIR / "kommuner.csv", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            shipped[row["kommunenummer"]] = (row["styreregion"], row["lsu_omrade"])
    features = json.loads(NATIONAL_MAP.read_text(encoding="utf-8"))["features"]
    register = []
    for index, feature in enumerate(sorted(features, key=lambda f: f["properties"]["kommunenummer"])):
        number = feature["properties"]["kommunenummer"]
        county = COUNTIES[number[:2]]
        region, area = shipped.get(number, (county, f"{county} {'nord' if index % 2 else 'sør'}"))
        register.append({"number": number, "name": feature["properties"]["kommunenavn"], "region": region, "area": area})
    return register


def _population(rng: random.Random, register: list[dict], years: range) -> dict[tuple[str, int], int]:
    counts = {}
    for member in register:
        size = int(rng.lognormvariate(8.8, 1.1)) + 200
        growth = rng.uniform(-0.01, 0.015)
        for year in years:
            counts[member["number"], year] = max(150, int(size * (1 + growth) ** (year - years.stop)))
    return counts


def _day(rng: random.Random, first: int, last: int) -> dt.date:
    start = dt.date(first, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(last, 12, 31) - start).days + 1))


def national_files(scale: Scale, folder: Path) -> dict[str, Path]:
    """Write the scale's files; returns kind → file, in the order they must be imported."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2026)
    register = national_register()[: scale.municipalities]
    numbers = [m["number"] for m in register]
    names = {m["number"]: m["name"] for m in register}
    years = range(TODAY.year - scale.population_years, TODAY.year)
    counts = _population(rng, register, years)
    files: dict[str, Path] = {}

    files["municipalities"] = _write_xlsx(
        folder / "kommuner.xlsx",
        ["Kommunenummer", "Kommune", "Styreregion", "LSU-område", "Medlem fra", "Oppsigelse varslet"],
        ([m["number"], m["name"], m["region"], m["area"], MEMBER_SINCE, None] for m in register),
        {4, 5},
    )
    files["population"] = _write_xlsx(
        folder / "folketall.xlsx",
        ["Kommunenummer", "Kommune", "År", "Folketall"],
        ([number, names[number], year, counts[number, year]] for year in years for number in numbers),
        set(),
    )

    bodies = list(BODIES)
    first, last = MEETING_YEARS
    days = (dt.date(last, 12, 31) - dt.date(first, 1, 1)).days + 1
    slots = sorted(rng.sample(range(days * len(bodies)), scale.meetings))

    def meeting(slot: int) -> list:
        day = dt.date(first, 1, 1) + dt.timedelta(days=slot // len(bodies))
        body = bodies[slot % len(bodies)]
        status = "planlagt" if day > TODAY else ("avlyst" if rng.random() < 0.04 else "avholdt")
        place = f"{names[rng.choice(numbers)]} rådhus"
        return [day, body, f"Møte {day.strftime('%d.%m.%Y')}", status, place, "Oppdiktet" if rng.random() < 0.1 else None]

    files["meetings"] = _write_xlsx(
        folder / "moter.xlsx", ["Dato", "Organ", "Tittel", "Status", "Sted", "Merknad"], (meeting(s) for s in slots), {0}
    )

    people = [f"{a} {b}" for b in LAST_NAMES for a in FIRST_NAMES]
    rng.shuffle(people)

    def term(index: int) -> list:
        start = dt.date(rng.randrange(1990, 2027), rng.choice((1, 7)), 1)
        length = rng.choice((2, 4))
        end = None if rng.random() < 0.3 else dt.date(start.year + length, start.month, 1) - dt.timedelta(days=1)
        role = "leder" if index % 40 == 0 else ("nestleder" if index % 40 == 1 else "medlem")
        return [
            people[index % len(people)] + (f" {index // len(people) + 1}" if index >= len(people) else ""),
            rng.choice(numbers),
            role,
            start,
            end,
        ]

    files["board"] = _write_xlsx(
        folder / "styret.xlsx",
        ["Person", "Kommune", "Rolle", "Periode fra", "Periode til"],
        (term(i) for i in range(scale.board_terms)),
        {3, 4},
    )

    initiators = list(INITIATORS)

    def project(index: int) -> list:
        start = _day(rng, 1995, 2026)
        end = start + dt.timedelta(days=rng.randrange(180, 1500))
        status = "planlagt" if start > TODAY else ("pågår" if end >= TODAY else rng.choice(["avsluttet", "avsluttet", "avbrutt"]))
        budget = rng.randrange(100, 5000) * 1000
        applied = budget // 2 if rng.random() < 0.6 else None
        granted = applied // 2 if applied and rng.random() < 0.5 else None
        lead = rng.choice(numbers)
        return [
            f"{rng.choice(PROJECT_THEMES)} {index + 1:04d}",
            f"Oppdiktet prosjekt ledet av {names[lead]}",
            rng.choice(initiators),
            lead,
            start,
            end,
            status,
            budget,
            applied,
            granted,
            "Helsedirektoratet" if applied else None,
        ]

    files["projects"] = _write_xlsx(
        folder / "prosjekter.xlsx",
        [
            "Prosjekt",
            "Beskrivelse",
            "Initiert av",
            "Ansvarlig kommune",
            "Start",
            "Slutt",
            "Status",
            "Budsjett",
            "Ekstern finansiering søkt",
            "Ekstern finansiering innvilget",
            "Finansieringskilde",
        ],
        (project(i) for i in range(scale.projects)),
        {4, 5},
    )

    areas: dict[str, list[str]] = {}
    for member in register:
        areas.setdefault(member["area"], []).append(member["number"])

    def seats():
        for area, members in sorted(areas.items()):
            for year in range(TODAY.year - 2 * (scale.population_years // 4 + 1), TODAY.year + 1, 2):
                vacant = rng.random() < 0.1
                to = None if year + 2 > TODAY.year else dt.date(year + 1, 12, 31)
                yield [
                    area,
                    "Navn oppdateres" if vacant else rng.choice(people),
                    None if vacant else rng.choice(members),
                    dt.date(year, 1, 1),
                    to,
                ]

    files["network"] = _write_csv(folder / "nettverk.csv", ["Område", "Person", "Kommune", "Fra", "Til"], seats())

    def payments():
        for year in years:
            for number in numbers:
                if (number, year - 1) in counts and rng.random() < 0.97:
                    yield [number, year, dt.date(year, 1, rng.randrange(5, 28)), counts[number, year - 1] * 3]

    files["payments"] = _write_csv(folder / "innbetalinger.csv", ["Kommune", "År", "Betalt dato", "Beløp"], payments())
    return files


def build_database(scale: Scale, folder: Path, files: dict[str, Path] | None = None) -> Database:
    """The scale's database in `folder` (a new file each time)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(folder / "khs.duckdb")
    if not scale.generated:
        init_database(db, sample=True, who="bench")
        return db
    init_database(db, who="bench")
    for kind, path in (files or national_files(scale, folder / "filer")).items():
        run_import(db, path, kind=kind, who="bench", source="ytelsesmåling")
    return db


def row_counts(db: Database) -> dict[str, int]:
    """Rows per data table: the size the pages work on."""
    tables = ("municipalities", "population", "meetings", "board_terms", "network_seats", "projects", "payments")
    return {t: int(db.query(f"SELECT count(*) FROM {t}").iloc[0, 0]) for t in tables}
