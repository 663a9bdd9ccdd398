"""Importing the files a coordinator brings: every kind, every format, re-import, archive, undo."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from khs_data import config
from khs_data.importer import UndoRefused, commit_import, history, plan_import, run_import, undo_last
from khs_data.metrics.meetings import meetings
from khs_data.metrics.network import network_seats

D = dt.date
TODAY = D(2026, 11, 23)
DATA_TABLES = ("municipalities", "population", "meetings", "board_terms", "network_seats", "projects", "payments", "rules")


def load(db, path, kind=None, file_name=None):
    """Plan and commit as the app does; the plan says what happened."""
    plan = plan_import(db, path, file_name, kind, today=TODAY)
    commit_import(db, plan, "test")
    return plan


def population(db) -> dict[tuple[str, D], int]:
    frame = db.query("SELECT municipality, date, count FROM population")
    return {(m, d.date()): int(c) for m, d, c in frame.itertuples(index=False)}


def data_tables(snapshot: dict) -> dict:
    return {t: snapshot[t] for t in DATA_TABLES}


# -- population from the coordinator's own files ------------------------------------------------


def test_population_xlsx_below_title_rows_with_numbers_names_and_old_numbers(empty_db, make_xlsx):
    path = make_xlsx(
        "folketall.xlsx",
        [
            ["Folketall 1. januar (fra SSB)"],
            [],
            ["Kommunenummer", "År", "Folketall"],
            [3201, 2025, 130921],
            ["3203", D(2025, 1, 1), "98 815"],
            ["Drammen", "2025", "104\u00a0487"],
            ["K-3312 Lier", "01.01.2025", 28470.0],
            ["3024", "2024-01-01", "129 000"],  # Bærum's number 2020–2023
            ["Øvre Eiker kommune", 2025, 20779],
        ],
    )
    plan = load(empty_db, path)
    assert plan.kind.name == "population"
    assert plan.added == 6
    assert population(empty_db) == {
        ("3201", D(2025, 1, 1)): 130921,
        ("3203", D(2025, 1, 1)): 98815,
        ("3301", D(2025, 1, 1)): 104487,
        ("3312", D(2025, 1, 1)): 28470,
        ("3201", D(2024, 1, 1)): 129000,
        ("3314", D(2025, 1, 1)): 20779,
    }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "iso-8859-1"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_population_csv_in_every_encoding_and_delimiter(empty_db, make_csv, encoding, delimiter):
    path = make_csv(
        "folketall.csv",
        [
            ["Kommune", "År", "Innbyggere"],
            ["Bærum", 2025, "130921"],
            ["Ål", 2025, "5 007"],
            ["Krødsherad", 2025, "2241"],
            ["Nore og Uvdal", 2025, "2486"],
        ],
        encoding=encoding,
        delimiter=delimiter,
    )
    plan = load(empty_db, path)
    assert plan.added == 4
    assert population(empty_db) == {
        ("3201", D(2025, 1, 1)): 130921,
        ("3328", D(2025, 1, 1)): 5007,
        ("3318", D(2025, 1, 1)): 2241,
        ("3338", D(2025, 1, 1)): 2486,
    }


def test_english_headers_any_case_and_spacing(empty_db, make_csv):
    path = make_csv("population.csv", [["  MUNICIPALITY ", "year", "Population  "], ["Hole", 2025, 6989]])
    plan = load(empty_db, path)
    assert plan.kind.name == "population"
    assert population(empty_db) == {("3310", D(2025, 1, 1)): 6989}


def test_unknown_columns_are_ignored_and_named_in_the_summary(empty_db, make_csv):
    path = make_csv("f.csv", [["Kommune", "År", "Folketall", "Kommentar", "Fylke"], ["Hol", 2025, 4496, "ok", "Buskerud"]])
    plan = load(empty_db, path)
    assert plan.parsed.ignored_columns == ["Kommentar", "Fylke"]
    assert "«Kommentar»" in plan.summary() and "«Fylke»" in plan.summary()
    assert population(empty_db) == {("3330", D(2025, 1, 1)): 4496}


def test_the_sample_population_file_loads_every_row(sample_db):
    frame = sample_db.query("SELECT date, count(*) AS n, sum(count) AS total FROM population GROUP BY date ORDER BY date")
    assert list(frame["n"]) == [21] * 9  # 1.1.2018 … 1.1.2026
    assert int(frame.loc[frame["date"] == "2025-01-01", "total"].iloc[0]) == 506592


def test_a_footnote_under_the_table_is_skipped_and_counted(empty_db, make_csv):
    path = make_csv("f.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496], [], ["Kilde: SSB, tabell 07459"]])
    plan = load(empty_db, path)
    assert plan.added == 1 and plan.parsed.skipped == {"fotnoter under tabellen": 1}


def test_projects_with_only_a_name_at_the_end_are_not_taken_for_footnotes(empty_db, make_csv):
    path = make_csv("prosjekter.csv", [["Prosjekt", "Status"], ["Legevakt", "pågår"], ["Rus", None], ["Demens", None]])
    assert load(empty_db, path).added == 3


def test_the_table_is_found_on_any_sheet(empty_db, make_xlsx):
    path = make_xlsx(
        "moter.xlsx",
        [["Om denne filen"], ["Fylles ut av koordinator"]],
        sheet="Info",
        more_sheets={"Møter": [["Dato", "Organ"], ["10.02.2026", "Samarbeidsstyret"]]},
    )
    plan = load(empty_db, path)
    assert (plan.kind.name, plan.parsed.sheet, plan.added) == ("meetings", "Møter", 1)


# -- population from SSB -----------------------------------------------------------------------

SSB_TITLE = "07459: Befolkning, etter region, statistikkvariabel og år"


def test_ssb_statbank_csv_long_iso_8859_1_with_title_and_footnotes(empty_db, make_csv):
    path = make_csv(
        "07459.csv",
        [
            [SSB_TITLE],
            [],
            ["region", "statistikkvariabel", "år", SSB_TITLE],
            ["0 Hele landet", "Personer", 2025, 5594340],
            ["32 Akershus", "Personer", 2025, 740680],
            ["3201 Bærum", "Personer", 2025, 130921],
            ["K-3203 Asker", "Personer", 2025, 98815],
            ["3024 Bærum (2020-2023)", "Personer", 2023, 128000],
            ["3320 Flå", "Personer", 2025, ".."],
            ["0301 Oslo", "Personer", 2025, 724290],
            [],
            ["Kilde: Statistisk sentralbyrå"],
        ],
        encoding="iso-8859-1",
        delimiter=",",
    )
    plan = load(empty_db, path)
    assert population(empty_db) == {("3201", D(2025, 1, 1)): 130921, ("3203", D(2025, 1, 1)): 98815, ("3201", D(2023, 1, 1)): 128000}
    assert plan.skipped == 4  # country, county, Oslo, and Flå's «..»
    assert "hoppet over" in plan.summary()


def test_every_ssb_symbol_is_a_figure_ssb_does_not_give_skipped_and_counted(empty_db, make_csv):
    """«...» (not yet available) and «…» (the same after Excel's autocorrect) are SSB's symbols like
    «..» «.» «:» «-»: the value column is recognised by them, so the rows are skipped, not refused."""
    symbols = ["..", "...", "…", ".", ":", "-"]
    members = ["3201 Bærum", "3203 Asker", "3301 Drammen", "3312 Lier", "3314 Øvre Eiker", "3320 Flå"]
    path = make_csv(
        "07459.csv",
        [["region", "statistikkvariabel", "år", SSB_TITLE], ["3305 Ringerike", "Personer", 2025, 31_490]]
        + [[region, "Personer", 2025, symbol] for region, symbol in zip(members, symbols)],
    )
    plan = load(empty_db, path)
    assert population(empty_db) == {("3305", D(2025, 1, 1)): 31_490}
    assert plan.parsed.skipped == {"tall SSB ikke har (.., . eller :)": 6}


def test_ssb_statbank_csv_wide_with_personer_columns(empty_db, make_csv):
    path = make_csv(
        "07459-bred.csv",
        [
            [SSB_TITLE],
            ["region", "Personer 2024", "Personer 2025"],
            ["3201 Bærum", 129744, 130921],
            ["3312 Lier", 28120, 28470],
            ["3101 Halden", 31444, 31703],
        ],
        encoding="cp1252",
        delimiter=";",
    )
    plan = load(empty_db, path)
    assert population(empty_db) == {
        ("3201", D(2024, 1, 1)): 129744,
        ("3201", D(2025, 1, 1)): 130921,
        ("3312", D(2024, 1, 1)): 28120,
        ("3312", D(2025, 1, 1)): 28470,
    }
    assert plan.skipped == 2


def test_ssb_statbank_xlsx_with_title_rows_and_empty_header_cells(empty_db, make_xlsx):
    path = make_xlsx(
        "07459.xlsx",
        [
            [SSB_TITLE],
            [],
            [None, None, "2024", "2025"],
            ["3201 Bærum", "Personer", 129744, 130921],
            ["3303 Kongsberg", "Personer", 28600, 28848],
            ["3401 Kongsvinger", "Personer", 18000, 18100],
            [],
            ["Kilde: Statistisk sentralbyrå"],
        ],
    )
    plan = load(empty_db, path)
    assert population(empty_db) == {
        ("3201", D(2024, 1, 1)): 129744,
        ("3201", D(2025, 1, 1)): 130921,
        ("3303", D(2024, 1, 1)): 28600,
        ("3303", D(2025, 1, 1)): 28848,
    }
    assert plan.skipped == 2


def test_ssb_pxwebapi_json_stat2(empty_db, tmp_path):
    regions = ["0", "3201", "3236", "3024"]
    labels = {"0": "Hele landet", "3201": "Bærum", "3236": "Jevnaker", "3024": "Bærum (2020-2023)"}
    years = ["2023", "2025"]
    document = {
        "version": "2.0",
        "class": "dataset",
        "label": SSB_TITLE,
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [4, 1, 2],
        "role": {"geo": ["Region"], "time": ["Tid"], "metric": ["ContentsCode"]},
        "dimension": {
            "Region": {"label": "region", "category": {"index": {c: i for i, c in enumerate(regions)}, "label": labels}},
            "ContentsCode": {"label": "statistikkvariabel", "category": {"index": {"Personer1": 0}, "label": {"Personer1": "Personer"}}},
            "Tid": {"label": "år", "category": {"index": {y: i for i, y in enumerate(years)}, "label": {y: y for y in years}}},
        },
        "value": [5500000, 5594340, None, 130921, 6900, 7037, 128000, None],
        "status": {"2": ".."},
    }
    path = tmp_path / "07459.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    plan = load(empty_db, path)
    assert population(empty_db) == {
        ("3201", D(2025, 1, 1)): 130921,
        ("3236", D(2023, 1, 1)): 6900,
        ("3236", D(2025, 1, 1)): 7037,
        ("3201", D(2023, 1, 1)): 128000,
    }
    assert plan.skipped == 4  # two country rows, Bærum 2023 «..» under the new number, old number 2025 empty


# -- the other kinds -------------------------------------------------------------------------


def test_meetings_with_body_aliases_and_default_status(empty_db, make_xlsx):
    path = make_xlsx(
        "moter.xlsx",
        [
            ["Møteplan KHS"],
            ["Dato", "Organ", "Tittel", "Status"],
            [dt.datetime(2026, 3, 10), "Samarbeidsstyret", "Styremøte 1/2026", "avholdt"],
            ["15.05.2026", "Ordfører- og kommunedirektørmøtet", "Årsmøte", None],
            ["2026-12-08", "styremøte", "Styremøte 4/2026", None],
            ["20.10.2026", "DIALOGMØTE", None, "Avlyst"],
        ],
    )
    load(empty_db, path)
    assert empty_db.query("SELECT coalesce(status, '(tom)') AS s FROM meetings ORDER BY date")["s"].tolist() == [
        "avholdt",
        "(tom)",
        "avlyst",
        "(tom)",
    ]
    frame = meetings(empty_db, on=D(2026, 11, 23))[["date", "body", "status"]]
    assert [(d.date(), b, s) for d, b, s in frame.itertuples(index=False)] == [
        (D(2026, 3, 10), "Samarbeidsstyret", "avholdt"),
        (D(2026, 5, 15), "Ordfører- og rådmannsmøtet", "avholdt"),  # past by then, no status → held
        (D(2026, 10, 20), "Dialogmøtet", "avlyst"),
        (D(2026, 12, 8), "Samarbeidsstyret", "planlagt"),  # still ahead then, no status → planned
    ]


def test_projects_with_status_in_any_case(empty_db, make_csv):
    path = make_csv(
        "prosjekter.csv",
        [
            ["Prosjekt", "Status", "Ansvarlig kommune", "Budsjett", "Start"],
            ["Velferdsteknologi", "PÅGÅR", "Drammen", "kr 1 200 000", "01.03.2025"],
            ["Felles legevakt", "Avsluttet", "Gol", "450000", "2023-01-01"],
            ["Rus og psykisk helse", "planlagt", None, None, None],
            ["Digital hjemmeoppfølging", "AvBrUtT", "3201", "1 000", None],
        ],
    )
    load(empty_db, path)
    frame = empty_db.query("SELECT name, status, lead_municipality, budget_nok FROM projects ORDER BY name")
    assert dict(zip(frame["name"], frame["status"])) == {
        "Velferdsteknologi": "pågår",
        "Felles legevakt": "avsluttet",
        "Rus og psykisk helse": "planlagt",
        "Digital hjemmeoppfølging": "avbrutt",
    }
    assert dict(zip(frame["name"], frame["budget_nok"]))["Velferdsteknologi"] == 1_200_000


def test_board_terms(empty_db, make_xlsx):
    path = make_xlsx(
        "styret.xlsx",
        [
            ["Navn", "Kommune", "Rolle", "Periode fra", "Periode til"],
            ["Kari Testmo", "Ringerike", "Leder", dt.datetime(2023, 1, 1), dt.datetime(2026, 12, 31)],
            ["Ola Prøve", "3334", None, "01.01.2025", None],
        ],
    )
    plan = load(empty_db, path)
    assert plan.kind.name == "board"
    frame = empty_db.query("SELECT person, municipality, role, term_start, term_end FROM board_terms ORDER BY person")
    records = [(p, m, r, s.date()) for p, m, r, s, _ in frame.itertuples(index=False)]
    assert records == [("Kari Testmo", "3305", "leder", D(2023, 1, 1)), ("Ola Prøve", "3334", "medlem", D(2025, 1, 1))]


def test_network_seats_with_a_vacancy(empty_db, make_csv):
    path = make_csv(
        "nettverk.csv",
        [
            ["Område", "Person", "Kommune", "Fra"],
            ["Bærum", "Anders Fiktivmo", "Bærum", "01.01.2024"],
            ["Ringeriksregionen", None, None, "01.01.2025"],
            ["Hallingdalsregionen", "Navn oppdateres", None, "01.01.2025"],
        ],
    )
    load(empty_db, path)
    seats = network_seats(empty_db, TODAY).set_index("area")
    assert not seats.loc["Bærum", "vacant"]
    assert seats.loc["Ringeriksregionen", "vacant"] and seats.loc["Hallingdalsregionen", "vacant"]


def test_payments(empty_db, make_csv):
    path = make_csv(
        "innbetalinger.csv",
        [["Kommune", "År", "Betalt dato", "Beløp"], ["Asker", 2026, "10.01.2026", "kr 296 445"], ["Flå", 2026, "2026-01-20", "3345"]],
    )
    plan = load(empty_db, path)
    assert plan.kind.name == "payments"
    frame = empty_db.query("SELECT municipality, year, amount_nok FROM payments ORDER BY municipality")
    assert list(frame.itertuples(index=False, name=None)) == [("3203", 2026, 296445), ("3320", 2026, 3345)]


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        ([["Kommune", "År", "Folketall"], ["Hol", 2025, 4496]], "population"),
        ([["Dato", "Organ", "Tittel"], ["01.02.2026", "Samarbeidsstyret", "Styremøte"]], "meetings"),
        ([["Prosjekt", "Status"], ["Legevakt", "pågår"]], "projects"),
        ([["Person", "Kommune", "Rolle", "Periode fra"], ["Ola", "Hol", "medlem", "01.01.2025"]], "board"),
        ([["Område", "Person", "Fra"], ["Bærum", "Kari", "01.01.2025"]], "network"),
        ([["Kommune", "År", "Beløp"], ["Hol", 2026, 13488]], "payments"),
        ([["Kommunenummer", "Kommune", "Styreregion"], ["3201", "Bærum", "Bærum"]], "municipalities"),
        ([["År", "Fokusområde", "Tiltak", "Status", "Prosjekt"], [2026, "Rekruttering", "Kampanje", "pågår", ""]], "actionplan"),
        ([["Budsjettår", "Budsjettpost", "Art", "Budsjett kr", "Prosjekt"], [2026, "Reiser", "utgift", 40000, ""]], "budget"),
    ],
)
def test_kind_is_detected_from_the_headers(empty_db, make_csv, rows, kind):
    assert plan_import(empty_db, make_csv("fil.csv", rows), today=TODAY).kind.name == kind


# -- re-import, dry run, archive, history, undo ---------------------------------------------------


def test_reimport_replaces_the_rows_it_covers_and_leaves_the_rest(fresh_sample_db, make_csv):
    db = fresh_sample_db
    before = population(db)
    path = make_csv(
        "rettelse.csv",
        [
            ["Kommune", "År", "Folketall"],
            ["Bærum", 2025, 130921],  # unchanged
            ["Asker", 2025, 98900],  # changed
            ["Asker", 2027, 100100],  # new
        ],
    )
    plan = load(db, path)
    assert (plan.added, plan.changed, plan.unchanged) == (1, 1, 1)
    assert "1 nye, 1 endret, 1 uendret" in plan.summary()
    after = population(db)
    expected = before | {("3203", D(2025, 1, 1)): 98900, ("3203", D(2027, 1, 1)): 100100}
    assert after == expected


def test_importing_the_same_file_again_changes_nothing(fresh_sample_db, snapshot):
    db = fresh_sample_db
    before = snapshot(db)
    result = run_import(db, config.SAMPLE_DIR / "moter.xlsx")
    assert result.import_id is None and result.added == result.changed == 0
    assert snapshot(db) == before


def test_a_plan_writes_nothing(fresh_sample_db, make_csv, snapshot):
    db = fresh_sample_db
    before = snapshot(db)
    plan = plan_import(db, make_csv("p.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4400]]), today=TODAY)
    assert plan.added == 1
    assert snapshot(db) == before


def test_accepted_files_are_archived_under_a_safe_name_with_their_sha256(empty_db, make_csv):
    path = make_csv("upload.csv", [["Kommune", "År", "Folketall"], ["Hol", 2025, 4496]])
    load(empty_db, path, file_name="../../C:\\Users\\ko ordinator\\Folketall (endelig).csv")
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    latest = history(empty_db).iloc[0]
    assert latest["sha256"] == sha
    assert latest["file_name"] == "../../C:\\Users\\ko ordinator\\Folketall (endelig).csv"
    archived = config.archive_dir_for(empty_db.path) / latest["archive_name"]
    assert archived.parent == config.archive_dir_for(empty_db.path)
    assert latest["archive_name"] == f"{sha[:16]}-Folketall_endelig_.csv"
    assert archived.read_bytes() == path.read_bytes()


def test_history_lists_imports_newest_first(fresh_sample_db, make_csv):
    db = fresh_sample_db
    load(db, make_csv("p.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4400]]))
    frame = history(db)
    assert list(frame["id"]) == sorted(frame["id"], reverse=True)
    newest = frame.iloc[0]
    assert (newest["kind"], newest["file_name"], newest["added"], newest["who"]) == ("population", "p.csv", 1, "test")
    reference = frame[frame["source"].str.startswith("referansedata")]
    assert len(reference) == 3 and not reference["undoable"].any()  # members, the agreement and rules from `init`
    assert newest["undoable"]


def test_undo_reverts_the_last_import_exactly(fresh_sample_db, make_csv, make_xlsx, snapshot):
    db = fresh_sample_db
    original = data_tables(snapshot(db))
    first = make_xlsx(
        "moter-rettet.xlsx",
        [
            ["Dato", "Organ", "Tittel", "Status", "Sted"],
            ["08.12.2026", "Samarbeidsstyret", "Styremøte 4/2026 (flyttet)", "planlagt", "Gol"],
            ["01.02.2027", "Samarbeidsstyret", "Nytt møte", None, None],
        ],
    )
    load(db, first)
    after_first = data_tables(snapshot(db))
    assert after_first != original
    second = make_xlsx(
        "moter-rettet-igjen.xlsx",
        [
            ["Dato", "Organ", "Tittel"],  # fewer columns: stored status and place are kept
            ["08.12.2026", "Samarbeidsstyret", "Styremøte 4/2026"],
            ["01.02.2027", "Samarbeidsstyret", "Styremøte 1/2027"],
            ["02.02.2027", "Dialogmøtet", "Dialogmøte 2027"],
        ],
    )
    plan = load(db, second)
    assert (plan.added, plan.changed) == (1, 2)
    assert undo_last(db)["file_name"] == "moter-rettet-igjen.xlsx"
    assert data_tables(snapshot(db)) == after_first
    assert undo_last(db)["file_name"] == "moter-rettet.xlsx"
    assert data_tables(snapshot(db)) == original
    assert history(db)["undone_at"].notna().sum() == 2


def test_undo_of_an_import_that_is_no_longer_the_latest_is_refused(fresh_sample_db, make_csv, snapshot):
    """The caller says which import it showed as the latest; one that landed since is not undone."""
    db = fresh_sample_db
    shown = load(db, make_csv("vist.csv", [["Kommune", "År", "Folketall"], ["Hol", 2027, 4400]]))
    shown_id = int(history(db).iloc[0]["id"])
    assert shown.added == 1
    load(db, make_csv("fra-cli.csv", [["Kommune", "År", "Folketall"], ["Gol", 2027, 4700]]))  # meanwhile
    newest_id = int(history(db).iloc[0]["id"])
    before = snapshot(db)
    with pytest.raises(UndoRefused) as refused:
        undo_last(db, expected_import_id=shown_id)
    assert str(refused.value) == (
        f"Import {shown_id} er ikke lenger den siste importen som kan angres (den siste er nå nr. {newest_id}). Ingenting er angret."
    )
    assert (refused.value.expected, refused.value.latest) == (shown_id, newest_id)
    assert snapshot(db) == before
    assert undo_last(db, expected_import_id=newest_id)["file_name"] == "fra-cli.csv"


def test_undo_expecting_an_import_when_none_is_left_is_refused(empty_db, snapshot):
    before = snapshot(empty_db)
    with pytest.raises(UndoRefused, match="det er ingen import å angre nå"):
        undo_last(empty_db, expected_import_id=3)
    assert snapshot(empty_db) == before


def test_undo_of_every_sample_import_leaves_the_reference_data(fresh_sample_db):
    db = fresh_sample_db
    while undo_last(db) is not None:
        pass
    for table in ("population", "meetings", "board_terms", "network_seats", "projects", "payments"):
        assert db.query(f"SELECT count(*) AS n FROM {table}").iloc[0, 0] == 0, table
    # members and rules loaded by `init` stay: a store without them has no dues, checks or pages
    assert db.query("SELECT count(*) AS n FROM municipalities WHERE notice_date IS NULL").iloc[0, 0] == 21
    assert db.query("SELECT count(*) AS n FROM rules").iloc[0, 0] == 17
