"""The agreement and its amendments: who has approved them, and which are in force at a date.

«Alle endringer i denne avtalen krever enstemmighet blant kommunene»: an agreement or amendment
enters into force on the first day (not before its «gyldig fra») on which every member on that
day has approved it. It stays in force until its period ends, or — «inntil ny avtale
foreligger» — until a newer agreement enters into force. A member that joins while an agreement
is in force is asked for that agreement; amendments already in force are part of it, so the
newcomer is not asked for them separately."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..database import Database
from ..vocabulary import AGREEMENT, AMENDMENT, YES
from .members import members

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Agreement:
    name: str
    type: str  # vocabulary.AGREEMENT or AMENDMENT
    valid_from: dt.date | None  # None: from the day every member has approved
    valid_to: dt.date | None  # the last day of its period (inclusive)
    until_replaced: bool  # «eller inntil ny avtale foreligger»: in force after valid_to until a newer agreement is
    note: str | None = None


@dataclass(frozen=True)
class MemberApproval:
    municipality_number: str
    municipality: str
    approved_date: dt.date | None  # None: not approved by the date
    approved_by: str | None
    note: str | None
    member_since: dt.date | None


@dataclass(frozen=True)
class AgreementState:
    """One agreement seen from a date: the members asked, their approvals, and whether it is in force."""

    agreement: Agreement
    on: dt.date
    in_force_from: dt.date | None  # the day unanimity was reached within its period
    ended_on: dt.date | None  # the first day it was no longer in force
    asked: tuple[MemberApproval, ...]  # the members whose approval it needs at the date, by name

    @property
    def name(self) -> str:
        return self.agreement.name

    @property
    def approved(self) -> tuple[MemberApproval, ...]:
        return tuple(m for m in self.asked if m.approved_date is not None)

    @property
    def missing(self) -> tuple[MemberApproval, ...]:
        return tuple(m for m in self.asked if m.approved_date is None)

    @property
    def unanimous(self) -> bool:
        return bool(self.asked) and not self.missing

    @property
    def in_force(self) -> bool:
        started = self.in_force_from is not None and self.in_force_from <= self.on
        return started and (self.ended_on is None or self.on < self.ended_on)

    @property
    def ended(self) -> bool:
        return self.ended_on is not None and self.ended_on <= self.on


def _day(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return value.date() if isinstance(value, pd.Timestamp) else value


def _text(value: object) -> str | None:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def norwegian_order(name: str) -> str:
    """Sort key putting Æ, Ø, Å after Z, in that order."""
    return name.casefold().translate(str.maketrans({"æ": "{", "ø": "|", "å": "}"}))


def agreements(db: Database) -> list[Agreement]:
    """Every agreement and amendment on record; a name found only among the approvals (its row
    removed afterwards) is an amendment whose period is not set."""
    frame = db.query("SELECT name, type, valid_from, valid_to, until_replaced, note FROM agreements")
    found = [
        Agreement(r.name, r.type or AMENDMENT, _day(r.valid_from), _day(r.valid_to), r.until_replaced == YES, _text(r.note))
        for r in frame.itertuples()
    ]
    known = {a.name for a in found}
    orphans = db.query("SELECT DISTINCT agreement FROM approvals")["agreement"]
    return found + [Agreement(name, AMENDMENT, None, None, True) for name in sorted(set(orphans) - known)]


class ApprovalRegister:
    """Members with the days they joined and left, and who approved what when.

    `members`: (number, name, member since, leaving date); `approvals`: (agreement, number) →
    (approved date, approved by, note)."""

    def __init__(self, members: list[tuple], approvals: dict[tuple[str, str], tuple]):
        self.members = members
        self.approvals = approvals
        self.leaving_dates = sorted({left for *_, left in self.members if left is not None})

    @classmethod
    def read(cls, db: Database) -> ApprovalRegister:
        frame = members(db)
        approvals = db.query("SELECT agreement, municipality, approved_date, approved_by, note FROM approvals")
        return cls(
            [(r.municipality_number, r.municipality, _day(r.member_since), _day(r.leaving_date)) for r in frame.itertuples()],
            {(r.agreement, r.municipality): (_day(r.approved_date), _text(r.approved_by), _text(r.note)) for r in approvals.itertuples()},
        )

    def members_on(self, day: dt.date) -> list[tuple]:
        return [m for m in self.members if (m[2] is None or m[2] <= day) and (m[3] is None or m[3] > day)]

    def approved_on(self, agreement: str, number: str, day: dt.date) -> bool:
        found = self.approvals.get((agreement, number))
        return found is not None and found[0] <= day

    def put_to_members(self, agreement: Agreement) -> dt.date | None:
        """The first day it is known: its first approval or the start of its period."""
        dates = [found[0] for (name, _), found in self.approvals.items() if name == agreement.name]
        return min([*dates, *([agreement.valid_from] if agreement.valid_from else [])], default=None)

    def entry_date(self, agreement: Agreement) -> dt.date | None:
        """The first day, not before its period starts, on which every member then has approved."""
        dates = [found[0] for (name, _), found in self.approvals.items() if name == agreement.name]
        # Unanimity can begin only on a day something changes: an approval, a member leaving, a
        # first member joining (one that approved before it joined), or the start of the period.
        joined = {since for _, _, since, _ in self.members if since is not None}
        candidates = sorted({*dates, *self.leaving_dates, *joined, *([agreement.valid_from] if agreement.valid_from else [])})
        for day in candidates:
            if agreement.valid_from is not None and day < agreement.valid_from:
                continue
            on_day = self.members_on(day)
            if on_day and all(self.approved_on(agreement.name, m[0], day) for m in on_day):
                return day
        return None


def _ended_on(agreement: Agreement, entry: dt.date | None, entries: dict[str, tuple[Agreement, dt.date | None]]) -> dt.date | None:
    """Replaced by the first newer agreement to enter into force, or (without «inntil ny avtale
    foreligger») the day after its period."""
    if entry is None:
        return None
    replaced = min(
        (day for other, day in entries.values() if other.type == AGREEMENT and other.name != agreement.name and day and day > entry),
        default=None,
    )
    if agreement.until_replaced or agreement.valid_to is None:
        return replaced
    period_end = agreement.valid_to + ONE_DAY
    return min(period_end, replaced) if replaced else period_end


def agreement_states(db: Database, on: dt.date) -> list[AgreementState]:
    """Each agreement and amendment at the date, oldest first; one first approved (and valid) only
    after the date is left out, as it had not been put to the members yet."""
    return states_on(ApprovalRegister.read(db), agreements(db), on)


def states_on(register: ApprovalRegister, found: list[Agreement], on: dt.date) -> list[AgreementState]:
    entries = {a.name: (a, register.entry_date(a)) for a in found}
    states = []
    for agreement, entry in entries.values():
        known_from = register.put_to_members(agreement)
        if known_from is not None and known_from > on:
            continue
        ended = _ended_on(agreement, entry, entries)
        # After it ended, those asked are the members on its last day in force.
        day = on if ended is None or on < ended else ended - ONE_DAY
        asked = register.members_on(day)
        if agreement.type == AMENDMENT and entry is not None and entry <= day:
            asked = [m for m in asked if m[2] is None or m[2] <= entry]  # newcomers sign the agreement, not each amendment
        approvals = []
        for number, name, since, _ in sorted(asked, key=lambda m: norwegian_order(m[1])):
            approved = register.approvals.get((agreement.name, number))
            if approved is None or approved[0] > on:
                approved = (None, None, None)
            approvals.append(MemberApproval(number, name, *approved, member_since=since))
        states.append(AgreementState(agreement, on, entry, ended, tuple(approvals)))
    return sorted(states, key=lambda s: (s.agreement.valid_from or s.in_force_from or dt.date.max, s.name))
