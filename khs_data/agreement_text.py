"""The agreement's state in words («17 av 21 har vedtatt; mangler: …»), and `agreement --json`."""

from __future__ import annotations

import datetime as dt

from .catalogue import text
from .fmt import date_text
from .metrics.agreements import Agreement, AgreementState

ONE_DAY = dt.timedelta(days=1)


def period_text(agreement: Agreement, lang: str = "nb") -> str:
    """«Gyldig 01.01.2019–01.01.2023, eller inntil ny avtale foreligger»."""
    if agreement.valid_from is None:
        period = text("agreement.period_unanimity", lang)
    elif agreement.valid_to is None:
        period = text("agreement.period_open", lang, start=date_text(agreement.valid_from))
    else:
        period = text("agreement.period", lang, start=date_text(agreement.valid_from), end=date_text(agreement.valid_to))
    return period + (text("agreement.until_replaced", lang) if agreement.until_replaced and agreement.valid_to else "")


def count_text(state: AgreementState, lang: str = "nb") -> str:
    """«17 av 21 har vedtatt; mangler: Flå, Hole, Rollag, Sigdal»."""
    count = text("agreement.count", lang, approved=len(state.approved), members=len(state.asked))
    if not state.missing:
        return count
    return count + "; " + text("agreement.missing", lang, names=", ".join(missing_names(state, lang)))


def missing_names(state: AgreementState, lang: str = "nb") -> list[str]:
    """Names of the members missing, a newcomer with the day it joined."""
    start = state.in_force_from
    return [
        f"{m.municipality} ({text('agreement.newcomer', lang, date=date_text(m.member_since))})"
        if m.member_since and start and m.member_since > start
        else m.municipality
        for m in state.missing
    ]


def state_text(state: AgreementState, lang: str = "nb") -> str:
    """In force since …, waiting for its start, not in force without unanimity, or ended."""
    if state.ended:
        return text("agreement.state.ended", lang, start=date_text(state.in_force_from), end=date_text(state.ended_on - ONE_DAY))
    if state.in_force:
        return text("agreement.state.in_force", lang, date=date_text(state.in_force_from))
    if state.in_force_from is not None:
        return text("agreement.state.waiting", lang, date=date_text(state.in_force_from))
    return text("agreement.state.pending", lang)


def agreements_json(on: dt.date, states: list[AgreementState]) -> dict:
    """`agreement [--on DATE] --json`."""

    def iso(day: dt.date | None) -> str | None:
        return None if day is None else day.isoformat()

    return {
        "on": on.isoformat(),
        "agreements": [
            {
                "name": s.name,
                "type": s.agreement.type,
                "valid_from": iso(s.agreement.valid_from),
                "valid_to": iso(s.agreement.valid_to),
                "until_replaced": s.agreement.until_replaced,
                "members": len(s.asked),
                "approved": len(s.approved),
                "missing": [m.municipality for m in s.missing],
                "unanimous": s.unanimous,
                "in_force": s.in_force,
                "in_force_from": iso(s.in_force_from),
            }
            for s in states
        ],
    }
