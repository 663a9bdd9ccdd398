"""The fixed words of the agreement: bodies, statuses and roles, with the spellings people use."""

from __future__ import annotations

from .parsing import normalise_label
from .statuses import MeetingStatus, ProjectStatus, Role

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
