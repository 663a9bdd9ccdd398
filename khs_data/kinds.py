"""What each kind of spreadsheet holds: its columns (with the headers people write), its key
and the table it fills. The validation and import code is generic over these."""

from __future__ import annotations

from . import vocabulary as v
from .kind_spec import Field, Kind
from .kinds_plan import PLAN_KINDS
from .statuses import MeetingStatus, ProjectStatus, Role

_MUNICIPALITY_HEADERS = ("Kommunenummer", "Kommunenr", "Knr", "Kommune nr", "Municipality", "Kommunenavn", "Region", "Navn")

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "municipalities",
            "Kommuner",
            "municipalities",
            (
                Field(
                    "number",
                    "Kommunenummer",
                    "register_number",
                    ("Kommunenr", "Knr", "Nummer", "Number", "Municipality number"),
                    required=True,
                    example="3201",
                ),
                Field("name", "Kommune", "text", ("Kommunenavn", "Navn", "Name", "Municipality"), required=True, example="Bærum"),
                Field("board_region", "Styreregion", "text", ("Region", "Board region"), required=True, example="Bærum"),
                Field("lsu_area", "LSU-område", "text", ("LSU", "Nettverksområde", "LSU area", "Network area"), example="Bærum"),
                Field("member_since", "Medlem fra", "date", ("Medlem siden", "Member since", "Innmeldt"), example="01.01.2019"),
                Field(
                    "notice_date",
                    "Oppsigelse varslet",
                    "date",
                    ("Oppsigelse", "Utmelding varslet", "Notice date", "Notice given"),
                    example=None,
                ),
            ),
            key=("number",),
            signature=("Styreregion",),
        ),
        Kind(
            "population",
            "Folketall",
            "population",
            (
                Field("municipality", "Kommunenummer", "municipality", ("Kommune", *_MUNICIPALITY_HEADERS), required=True, example="3201"),
                Field("date", "År", "date_or_year", ("Year", "Dato", "Date", "Per dato", "Tid"), required=True, example=2025),
                Field(
                    "count",
                    "Folketall",
                    "integer",
                    ("Innbyggere", "Antall innbyggere", "Personer", "Population", "Befolkning", "Antall"),
                    required=True,
                    non_negative=True,
                    example=130921,
                ),
            ),
            key=("municipality", "date"),
            signature=("Folketall",),
        ),
        Kind(
            "meetings",
            "Møter",
            "meetings",
            (
                Field("date", "Dato", "date", ("Date", "Møtedato"), required=True, example="15.03.2026"),
                Field(
                    "body",
                    "Organ",
                    "choice",
                    ("Body", "Møte", "Møtetype", "Utvalg"),
                    required=True,
                    vocabulary=v.BODIES,
                    what="et kjent organ",
                    example=v.BOARD,
                ),
                Field("title", "Tittel", "text", ("Title", "Tema", "Sak"), example="Styremøte 1/2026"),
                Field(
                    "status",
                    "Status",
                    "choice",
                    ("Status",),
                    vocabulary=v.MEETING_STATUSES,
                    what="en kjent møtestatus",
                    example=MeetingStatus.HELD,
                ),
                Field("place", "Sted", "text", ("Place", "Møtested", "Location"), example="Bærum rådhus"),
                Field("note", "Merknad", "text", ("Note", "Kommentar", "Notat"), example=None),
                Field("start_time", "Klokkeslett", "time", ("Kl", "Fra kl", "Starttid", "Møtestart", "Tid", "Start time"), example="10:00"),
                Field("end_time", "Til kl.", "time", ("Til kl", "Slutt kl", "Sluttid", "Møteslutt", "End time"), example="14:00"),
            ),
            key=("date", "body"),
            signature=("Organ",),
        ),
        Kind(
            "board",
            "Styreperioder",
            "board_terms",
            (
                Field("person", "Person", "text", ("Navn", "Representant", "Name", "Member"), required=True, example="Kari Nordmann"),
                Field("municipality", "Kommune", "municipality", _MUNICIPALITY_HEADERS, required=True, example="Bærum"),
                Field("role", "Rolle", "choice", ("Role", "Verv"), vocabulary=v.ROLES, what="en kjent rolle", example=Role.MEMBER),
                Field(
                    "term_start",
                    "Periode fra",
                    "date",
                    ("Fra", "Start", "Term start", "Valgt fra", "Fra dato"),
                    required=True,
                    example="01.01.2023",
                ),
                Field("term_end", "Periode til", "date", ("Til", "Slutt", "Term end", "Valgt til", "Til dato"), example="31.12.2026"),
            ),
            key=("person", "term_start"),
            signature=("Rolle", "Periode fra"),
        ),
        Kind(
            "network",
            "Nettverksrepresentanter",
            "network_seats",
            (
                Field("area", "Område", "area", ("LSU-område", "LSU", "Area", "Nettverksområde"), required=True, example="Bærum"),
                Field("person", "Person", "text", ("Navn", "Representant", "Name"), example="Ola Nordmann"),
                Field("municipality", "Kommune", "municipality", _MUNICIPALITY_HEADERS, example="Bærum"),
                Field("from_date", "Fra", "date", ("Fra dato", "From", "Start"), required=True, example="01.01.2024"),
                Field("to_date", "Til", "date", ("Til dato", "To", "Slutt"), example=None),
            ),
            key=("area", "from_date"),
            signature=("Område",),
        ),
        Kind(
            "projects",
            "Prosjekter",
            "projects",
            (
                Field(
                    "name",
                    "Prosjekt",
                    "text",
                    ("Prosjektnavn", "Navn", "Name", "Project"),
                    required=True,
                    example="Digital hjemmeoppfølging",
                ),
                Field("description", "Beskrivelse", "text", ("Description", "Formål"), example="Felles utprøving i fire kommuner"),
                Field(
                    "initiated_by",
                    "Initiert av",
                    "choice",
                    ("Initiativ", "Initiated by", "Initiativtaker"),
                    vocabulary=v.INITIATORS,
                    what="en kjent initiativtaker",
                    example="Samarbeidsstyret",
                ),
                Field(
                    "lead_municipality",
                    "Ansvarlig kommune",
                    "municipality",
                    ("Prosjekteier", "Lead municipality", "Vertskommune", "Kommune"),
                    example="Drammen",
                ),
                Field("start_date", "Start", "date", ("Startdato", "Fra", "Start date"), example="01.03.2025"),
                Field("end_date", "Slutt", "date", ("Sluttdato", "Til", "End date"), example="31.12.2026"),
                Field(
                    "status",
                    "Status",
                    "choice",
                    ("Status",),
                    vocabulary=v.PROJECT_STATUSES,
                    what="en kjent prosjektstatus",
                    example=ProjectStatus.ONGOING,
                ),
                Field("budget_nok", "Budsjett", "money", ("Budsjett kr", "Budget", "Kostnadsramme"), non_negative=True, example=1200000),
                Field(
                    "funding_applied_nok",
                    "Ekstern finansiering søkt",
                    "money",
                    ("Søkt", "Søkt beløp", "Funding applied"),
                    non_negative=True,
                    example=800000,
                ),
                Field(
                    "funding_granted_nok",
                    "Ekstern finansiering innvilget",
                    "money",
                    ("Innvilget", "Innvilget beløp", "Funding granted"),
                    non_negative=True,
                    example=500000,
                ),
                Field(
                    "funding_source",
                    "Finansieringskilde",
                    "text",
                    ("Kilde", "Tilskuddsgiver", "Funding source"),
                    example="Helsedirektoratet",
                ),
            ),
            key=("name",),
            signature=("Prosjekt",),
        ),
        Kind(
            "payments",
            "Innbetalinger",
            "payments",
            (
                Field("municipality", "Kommune", "municipality", _MUNICIPALITY_HEADERS, required=True, example="Bærum"),
                Field("year", "År", "year", ("Kontingentår", "Year"), required=True, example=2026),
                Field("paid_date", "Betalt dato", "date", ("Betalt", "Innbetalt", "Dato", "Paid date", "Date"), example="10.01.2026"),
                Field(
                    "amount_nok",
                    "Beløp",
                    "money",
                    ("Innbetalt beløp", "Amount", "Kroner", "Sum"),
                    required=True,
                    non_negative=True,
                    example=392763,
                ),
            ),
            key=("municipality", "year", "paid_date"),
            signature=("Beløp",),
        ),
        Kind(
            "approvals",
            "Vedtak",
            "approvals",
            (
                Field(
                    "agreement",
                    "Avtale",
                    "agreement",
                    ("Avtalenavn", "Avtale eller endring", "Endring", "Agreement"),
                    required=True,
                    example="Samarbeidsavtalen 2019–2023",
                    creates="agreements",
                ),
                Field("municipality", "Kommune", "municipality", _MUNICIPALITY_HEADERS, required=True, example="Bærum"),
                Field(
                    "approved_date",
                    "Vedtatt dato",
                    "date",
                    ("Vedtatt", "Vedtaksdato", "Dato for vedtak", "Dato", "Approved", "Approval date"),
                    required=True,
                    example="13.11.2018",
                ),
                Field("approved_by", "Vedtatt av", "text", ("Vedtaksorgan", "Approved by", "Behandlet i"), example="kommunestyret"),
                Field("note", "Merknad", "text", ("Note", "Kommentar", "Saksnummer", "Sak"), example="Sak 45/18"),
            ),
            key=("agreement", "municipality"),
            signature=("Avtale", "Vedtatt dato"),
        ),
        Kind(
            "agreements",
            "Avtaler",
            "agreements",
            (
                Field("name", "Avtale", "text", ("Avtalenavn", "Navn", "Agreement"), required=True, example="Samarbeidsavtalen 2019–2023"),
                Field(
                    "type",
                    "Type",
                    "choice",
                    ("Avtaletype",),
                    required=True,
                    vocabulary=v.AGREEMENT_TYPES,
                    what="avtale eller endring",
                    example=v.AGREEMENT,
                ),
                Field("valid_from", "Gyldig fra", "date", ("Fra", "I kraft fra", "Valid from"), example="01.01.2019"),
                Field("valid_to", "Gyldig til", "date", ("Til", "Valid to"), example="01.01.2023"),
                Field(
                    "until_replaced",
                    "Inntil ny avtale foreligger",
                    "choice",
                    ("Gjelder inntil ny avtale", "Until replaced"),
                    vocabulary=v.YES_NO,
                    what="ja eller nei",
                    example=v.YES,
                ),
                Field("note", "Merknad", "text", ("Note", "Kilde", "Kommentar"), example="Vedtatt i ordfører- og rådmannsmøtet"),
            ),
            key=("name",),
            signature=("Avtale", "Type"),
            created_with=(("type", v.AMENDMENT), ("until_replaced", v.YES)),
        ),
        Kind(
            "rules",
            "Regler",
            "rules",
            (
                Field("key", "Regel", "text", ("Key", "Nøkkel"), required=True, example="dues_rate_nok"),
                Field("body", "Organ", "text", ("Body",), example=None),
                Field("valid_from", "Gyldig fra", "date", ("Fra", "Valid from"), required=True, example="01.01.2019"),
                Field("valid_to", "Gyldig til", "date", ("Til", "Valid to"), example=None),
                Field("value", "Verdi", "text", ("Value",), required=True, example="3"),
                Field("source", "Kilde", "text", ("Source", "Hjemmel"), example="Samarbeidsavtalen 2019–2023"),
            ),
            key=("key", "body", "valid_from"),
            signature=("Regel", "Verdi"),
        ),
        *PLAN_KINDS,
    )
}

# The kinds a coordinator uploads (rules and agreements are edited on the page, not uploaded).
UPLOAD_KINDS = ("municipalities", "population", "meetings", "board", "network", "projects", "payments", "actionplan", "budget", "approvals")


def table_kind(table: str) -> Kind:
    """The kind whose rows a table holds."""
    return next(kind for kind in KINDS.values() if kind.table == table)
