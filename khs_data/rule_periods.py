"""One rule of a kind at a time: the agreement's rules of one key (and body) follow each other in
time. A new rule starting while an older one is open-ended closes the older one the day before
(said in a note, and shown as a change in the preview); periods that still overlap are refused."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .catalogue import text
from .fmt import date_text
from .problems import Problem, import_lang, said


def _period(start: dt.date, end: dt.date | None) -> str:
    return f"{date_text(start)}–{date_text(end) if end else ''}"


def follow_each_other(parsed, headers: dict[str, str]) -> None:
    """Close open-ended rules a later rule of the same key and body follows (a note says which),
    then refuse the periods that still overlap. `parsed` is the rules' ParsedTable, checked already."""
    frame = parsed.frame
    if frame.empty or not {"key", "valid_from", "valid_to"} <= set(frame):
        return
    bodies = frame["body"] if "body" in frame else pd.Series("", index=frame.index)
    ordered = frame.assign(_body=bodies.fillna("")).dropna(subset=["key", "valid_from"]).sort_values("valid_from", kind="stable")
    for (key, body), group in ordered.groupby(["key", "_body"], sort=False):
        rows = list(group.itertuples())
        for earlier, later in zip(rows, rows[1:]):
            end = frame.at[earlier.Index, "valid_to"]
            if end is None or pd.isna(end):
                if later.valid_from > earlier.valid_from:
                    closed = later.valid_from - dt.timedelta(days=1)
                    frame.at[earlier.Index, "valid_to"] = closed
                    parsed.notes.append(
                        said(
                            "import.rule.closed",
                            rule=text("coord.rule." + key, import_lang()),
                            body=said("import.rule.for_body", body=body) if body else "",
                            start=date_text(earlier.valid_from),
                            closed=date_text(closed),
                            next=date_text(later.valid_from),
                        )
                    )
                continue
            if end >= later.valid_from:
                parsed.problems.append(
                    Problem(
                        parsed.file_name,
                        said("import.rule.overlap", start=date_text(earlier.valid_from), period=_period(earlier.valid_from, end)),
                        later._1,
                        headers["valid_from"],
                        date_text(later.valid_from),
                        parsed.sheet,
                    )
                )
