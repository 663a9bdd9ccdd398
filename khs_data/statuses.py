"""Every status word the data and the figures use, one enum each. The values are the Norwegian
data values (stored in the database, written in JSON and files), so a member compares equal to
the plain string: `MeetingStatus.HELD == "avholdt"`."""

from __future__ import annotations

from enum import StrEnum


class MeetingStatus(StrEnum):
    HELD = "avholdt"
    PLANNED = "planlagt"
    CANCELLED = "avlyst"


class ProjectStatus(StrEnum):
    ONGOING = "pågår"
    PLANNED = "planlagt"
    FINISHED = "avsluttet"
    STOPPED = "avbrutt"


class PaymentStatus(StrEnum):
    PAID = "betalt"
    PAID_LATE = "betalt etter forfall"
    PARTLY_PAID = "delvis betalt"
    NOT_PAID = "ikke betalt"  # before the due date
    OVERDUE = "forfalt"
    NO_POPULATION = "mangler folketall"


OWING = (PaymentStatus.OVERDUE, PaymentStatus.PARTLY_PAID)  # past the due date and not fully paid


class MeasureStatus(StrEnum):
    """A measure of the action plan."""

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


class LineType(StrEnum):
    """A line of the budget."""

    INCOME = "inntekt"
    EXPENSE = "utgift"


class Role(StrEnum):
    LEADER = "leder"
    DEPUTY = "nestleder"
    MEMBER = "medlem"


class Level(StrEnum):
    """How binding the rule behind a check is."""

    REQUIRED = "krav"  # the agreement requires it: failing is a breach
    ADVICE = "bør"  # the texts say it should be so: failing is advice, never a breach


class Severity(StrEnum):
    """How an item of the attention list is shown."""

    BREACH = "rød"  # a requirement is not met, or money is overdue
    WATCH = "gul"  # not a breach yet: follow it up
    ADVICE = "råd"  # a «bør» that is not met


class ComplianceState(StrEnum):
    """A body's meetings in a year against its minimum, seen from a date."""

    MET = "oppfylt"  # held ≥ minimum
    REACHABLE = "kan nås"  # the year is not over, held + planned ahead ≥ minimum
    TOO_FEW_PLANNED = "for få planlagt"  # the year is not over, held + planned ahead < minimum
    NOT_MET = "ikke oppfylt"  # the year is over, held < minimum
