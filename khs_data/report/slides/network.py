"""The network slide: one seat per LSU area, who holds it, the municipalities it covers, and
the vacancies."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from ...fmt import date_text
from ..blocks import SlidePlan, Table, Topic
from ..wording import blank, names_text, say


def network_slide(seats: pd.DataFrame, on: dt.date) -> SlidePlan:
    rows = tuple(
        (s.area, say("report.vacant"), "", s.covers) if s.vacant else (s.area, s.person, blank(s.municipality), s.covers)
        for s in seats.itertuples()
    )
    table = Table(
        tuple(say(f"report.network.col.{c}") for c in ("area", "person", "municipality", "covers")),
        rows,
        (2.9, 2.8, 1.9, 5.1),
        tuple("bad" if v else "" for v in seats["vacant"]),
    )
    vacant = list(seats.loc[seats["vacant"], "area"])
    filled = len(seats) - len(vacant)
    title = (
        say("report.network.title", filled=filled, seats=len(seats), areas=names_text(vacant))
        if vacant
        else say("report.network.title_ok", seats=len(seats))
    )
    notes = say(
        "report.network.notes",
        on=date_text(on),
        filled=filled,
        seats=len(seats),
        rows=" ".join(say("report.network.notes_row", area=r[0], person=r[1] + (f" ({r[2]})" if r[2] else "")) for r in rows),
    )
    return SlidePlan(
        Topic.NETWORK, say("report.network.kicker"), title, say("report.network.subtitle", date=date_text(on)), (table,), (1.0,), notes
    )
