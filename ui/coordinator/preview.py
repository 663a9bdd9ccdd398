"""What every write shows before it happens: every problem that stops it (so all can be fixed in
one go), or the counts and the rows it would add, change or remove. Used by an upload, the SSB
update and a table edited on the page alike."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import streamlit as st

from khs_data.fmt import date_text, kr_text, number_text, time_text
from khs_data.import_history import Change
from khs_data.importer import ImportPlan
from khs_data.kinds import Field, Kind
from khs_data.metrics.dues import invoiced_changes
from khs_data.metrics.members import members
from khs_data.problems import Problem
from khs_data.rules import RULE_FORMATS
from ui.data import database, metric
from ui.state import t, today
from ui.widgets import table

from .words import plain


def municipality_names() -> dict[str, str]:
    register = metric(members)
    return dict(zip(register["municipality_number"], register["municipality"]))


def value_text(f: Field, value: object, names: dict[str, str]) -> str:
    """A stored or incoming value as a person reads it: names for numbers, Norwegian formats."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if f.parser == "municipality":
        return names.get(value, str(value))
    if f.parser in ("date", "date_or_year"):
        return date_text(value)
    if f.parser == "integer":
        return number_text(value)
    if f.parser == "money":
        return kr_text(value)
    if f.parser == "time":
        return time_text(value)
    if f.name == "key" and value in RULE_FORMATS:
        return t(f"coord.rule.{value}")
    return str(value)


def show_problems(problems: list[Problem], file_name: str, key: str, table_rows: bool = False) -> None:
    """Every problem, so all can be fixed in one go; as a table to download when they are per cell.
    `table_rows`: rows are counted in the table on the page (header excluded), not in a file."""
    head = (
        t("coord.problems.head_table", count=len(problems))
        if table_rows
        else t("coord.problems.head", count=len(problems), file=plain(file_name))
    )
    st.error(head, icon=":material/error:")
    if all(p.row is None and p.column is None for p in problems):
        for problem in problems:
            st.markdown(f"- {plain(problem.message)}")
        return
    frame = pd.DataFrame(
        {
            "sheet": [p.sheet or "" for p in problems],
            "row": [p.row - 1 if table_rows and p.row is not None else p.row for p in problems],
            "column": [p.column or "" for p in problems],
            "value": [p.value if p.value is not None else "" for p in problems],
            "message": [p.message for p in problems],
        }
    )
    columns = {
        "row": (t("coord.problems.table_row" if table_rows else "coord.problems.row"), "int"),
        "column": (t("coord.problems.column"), "text"),
        "value": (t("coord.problems.value"), "text"),
        "message": (t("coord.problems.message"), "text"),
    }
    if frame["sheet"].any():
        columns = {"sheet": (t("coord.problems.sheet"), "text"), **columns}
    table(frame, columns, f"feilrapport-{Path(file_name).stem}"[:60], key=f"{key}-problems")


def _amount(value: object) -> str:
    return t("coord.invoiced.missing") if pd.isna(value) else kr_text(value)


def show_invoiced(plan: ImportPlan) -> None:
    """A population correction for a year whose dues are invoiced already: which invoices change."""
    corrected = pd.DataFrame([c.after or {**c.before, "count": None} for c in plan.changes], columns=["municipality", "date", "count"])
    changed = invoiced_changes(database(), corrected, today())
    if changed.empty:
        return
    lines = [
        t(
            "coord.invoiced.line",
            municipality=plain(r.municipality),
            year=r.year,
            old=_amount(r.old_amount_nok),
            new=_amount(r.new_amount_nok),
        )
        for r in changed.itertuples()
    ]
    st.warning(t("coord.invoiced.head") + "\n" + "\n".join(f"- {line}" for line in lines), icon=":material/receipt_long:")


def key_text(kind: Kind, record: dict, names: dict[str, str]) -> str:
    return ", ".join(value_text(kind.field(k), record.get(k), names) for k in kind.key if record.get(k) not in (None, ""))


def change_rows(kind: Kind, changes: list[Change], names: dict[str, str], table_rows: bool = False) -> pd.DataFrame:
    """One row per change: where it is, new/changed/removed, which row it is, what differs."""
    rows = []
    for change in changes:
        shown = []
        for f in kind.fields:
            if f.name in kind.key:
                continue
            old = value_text(f, (change.before or {}).get(f.name), names)
            new = value_text(f, (change.after or {}).get(f.name), names)
            if change.before is None and new != "–":
                shown.append(f"{f.header}: {new}")
            elif change.after is None and old != "–":
                shown.append(f"{f.header}: {old}")
            elif change.before is not None and change.after is not None and old != new:
                shown.append(f"{f.header}: {old} → {new}")
        what = "new" if change.before is None else "removed" if change.after is None else "changed"
        row = change.row - 1 if table_rows and change.row is not None else change.row
        rows.append(
            {
                "row": row,
                "what": t(f"coord.diff.{what}"),
                "key": key_text(kind, change.after or change.before, names),
                "values": "; ".join(shown),
            }
        )
    return pd.DataFrame(rows, columns=["row", "what", "key", "values"])


def show_changes(plan: ImportPlan, key: str, table_rows: bool = False) -> None:
    counts = [("new", plan.added), ("changed", plan.changed), ("unchanged", plan.unchanged)]
    if plan.removed:
        counts.append(("removed", plan.removed))
    if plan.skipped:
        counts.append(("skipped", plan.skipped))
    for column, (name, count) in zip(st.columns(len(counts)), counts):
        column.metric(t(f"coord.count.{name}"), number_text(count))
    for note in plan.parsed.notes:
        st.info(plain(note), icon=":material/info:")
    if plan.kind.name == "population" and plan.changes:
        show_invoiced(plan)
    if plan.changes:
        changes_table(plan.kind, plan.changes, key, table_rows)


def changes_table(kind: Kind, changes: list[Change], key: str, table_rows: bool = False) -> None:
    """The rows a write adds, changes or removes, as the preview and the history show them."""
    frame = change_rows(kind, changes, municipality_names(), table_rows)
    if frame["row"].isna().all():  # the history: rows of a file long gone are not kept
        frame = frame.drop(columns="row")
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        key=f"{key}-changes",
        column_config={
            "row": st.column_config.NumberColumn(t("coord.problems.table_row" if table_rows else "coord.problems.row"), format="%d"),
            "what": t("coord.diff.what"),
            "key": t("coord.diff.key"),
            "values": t("coord.diff.values"),
        },
    )
