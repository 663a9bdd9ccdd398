"""The fixed words of the agreement: bodies, statuses and roles, with the spellings people use.

The dues line of a budget is recognised by its name: the dues are computed from the rules and
the population, never taken from a budget file."""

from __future__ import annotations

from .parsing import normalise_label
from .statuses import LineType, MeasureStatus, MeetingStatus, ProjectStatus, Role

BOARD = "Samarbeidsstyret"
MAYORS_MEETING = "Ordfører- og rådmannsmøtet"
DIALOGUE_MEETING = "Dialogmøtet"

BODIES: dict[str, list[str]] = {
    BOARD: ["Samarbeidsstyret", "Styret", "Styremøte", "Samarbeidsstyremøte", "KHS-styret"],
    MAYORS_MEETING: [
        "Ordfører- og rådmannsmøtet",
        "Ordfører- og rådmannsmøte",
        "Ordfører- og kommunedirektørmøtet",
        "Ordfører- og kommunedirektørmøte",
        "Ordførar- og rådmannsmøtet",
        "Ordførar- og kommunedirektørmøtet",
        "Årsmøte",
        "Årsmøtet",
    ],
    DIALOGUE_MEETING: ["Dialogmøtet", "Dialogmøte", "Årlig dialogmøte", "Årleg dialogmøte"],
    "OSU": ["OSU", "Overordnet samarbeidsutvalg", "SSU", "Strategisk samarbeidsutvalg"],
    "Samhandlingsnettverket": ["Samhandlingsnettverket", "Samhandlingsnettverk"],
    "BPA-nettverket": ["BPA-nettverket", "BPA-nettverk", "BPA"],
}

MEETING_STATUSES: dict[str, list[str]] = {
    MeetingStatus.HELD: ["holdt", "halde", "gjennomført", "gjennomfort", "gjennomført møte"],
    MeetingStatus.PLANNED: ["planlagd", "berammet"],
    MeetingStatus.CANCELLED: ["kansellert", "utsatt"],
}

ROLES: dict[str, list[str]] = {
    Role.LEADER: ["leiar", "styreleder", "styreleiar"],
    Role.DEPUTY: ["nestleiar", "nestleder i styret"],
    Role.MEMBER: ["styremedlem", "representant"],
}

PROJECT_STATUSES: dict[str, list[str]] = {
    ProjectStatus.PLANNED: ["planlagd"],
    ProjectStatus.ONGOING: ["pågående", "aktiv", "i gang"],
    ProjectStatus.FINISHED: ["avslutta", "ferdig", "fullført"],
    ProjectStatus.STOPPED: ["avbrote", "stoppet", "avlyst"],
}

MEASURE_STATUSES: dict[str, list[str]] = {
    MeasureStatus.NOT_STARTED.value: [
        "ikke startet",
        "ikkje starta",
        "ikkje starta opp",
        "ikke påbegynt",
        "ikkje påbyrja",
        "ny",
        "planlagt",
    ],
    MeasureStatus.IN_PROGRESS.value: ["pågår", "pågåande", "pågående", "i gang", "startet", "starta", "under arbeid"],
    MeasureStatus.DONE.value: ["fullført", "ferdig", "gjennomført", "utført", "avsluttet", "avslutta"],
    MeasureStatus.POSTPONED.value: ["utsatt", "utsett", "forskjøvet", "satt på vent"],
    MeasureStatus.CANCELLED.value: ["avlyst", "avbrutt", "avbrote", "kansellert", "strøket"],
}


LINE_TYPES: dict[str, list[str]] = {
    LineType.INCOME.value: ["inntekt", "inntekter", "inntekt/tilskudd", "income", "revenue"],
    LineType.EXPENSE.value: ["utgift", "utgifter", "kostnad", "kostnader", "expense", "cost"],
}

DUES_LINE = "Medlemskontingent"  # the name the computed line is shown under
_DUES_NAMES = {
    normalise_label(name)
    for name in (
        DUES_LINE,
        "Kontingent",
        "Kontingentinntekter",
        "Kontingentinntekt",
        "Medlemskontingenter",
        "Medlemskontingent fra kommunene",
        "Medlemskontingent frå kommunane",
        "Kontingent fra kommunene",
        "Kontingent frå kommunane",
        "Membership dues",
    )
}


def is_dues_line(name: object) -> bool:
    """Whether a budget line is the membership dues: the line the budget computes itself."""
    return name is not None and normalise_label(name) in _DUES_NAMES


INITIATORS: dict[str, list[str]] = {
    "Samarbeidsstyret": ["Samarbeidsstyret", "Styret", "KHS"],
    "OSU": ["OSU", "SSU", "Overordnet samarbeidsutvalg"],
}

AGREEMENT = "avtale"
AMENDMENT = "endring"
AGREEMENT_TYPES: dict[str, list[str]] = {
    AGREEMENT: ["avtale", "samarbeidsavtale", "ny avtale", "agreement"],
    AMENDMENT: ["endring", "avtaleendring", "endring av avtalen", "tillegg", "amendment"],
}

YES, NO = "ja", "nei"
YES_NO: dict[str, list[str]] = {YES: ["ja", "j", "yes", "x", "sann", "1"], NO: ["nei", "n", "no", "usann", "0"]}

VACANT_NAMES = {"navn oppdateres", "ledig", "vakant", "ubesatt"}


def alias_map(vocabulary: dict[str, list[str]]) -> dict[str, str]:
    """normalised spelling → canonical value"""
    return {normalise_label(alias): str(canonical) for canonical, aliases in vocabulary.items() for alias in [canonical, *aliases]}


def is_vacant(person: object) -> bool:
    """An empty name or the web page's «Navn oppdateres» means nobody holds the seat."""
    return person is None or (isinstance(person, float)) or normalise_label(person) in VACANT_NAMES or not str(person).strip()
