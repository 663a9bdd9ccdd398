"""The fixed words of the action plan and the budget: a measure's status and a budget line's
type, each one enum, with the spellings people write (any case) for the import.

The dues line of a budget is recognised by its name: the dues are computed from the rules and
the population, never taken from a budget file."""

from __future__ import annotations

from enum import StrEnum

from .parsing import normalise_label


class MeasureStatus(StrEnum):
    NOT_STARTED = "ikke startet"
    IN_PROGRESS = "pågår"
    DONE = "fullført"
    POSTPONED = "utsatt"
    CANCELLED = "avlyst"

    @property
    def closed(self) -> bool:
        """Done or called off: such a measure is never overdue. A postponed one still is, once
        its deadline has passed, until the plan gives it a new deadline."""
        return self in (MeasureStatus.DONE, MeasureStatus.CANCELLED)


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


class LineType(StrEnum):
    INCOME = "inntekt"
    EXPENSE = "utgift"


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
