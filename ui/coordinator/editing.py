"""Table and rule editing: small corrections made in a table on the page (meetings, board,
network, projects, payments, members, action plan, budget, approvals), the agreement's rules with
their validity periods, and the agreements and amendments themselves.
An edited table goes through the same checks and preview as a file, and is saved as an import
(so it can be undone)."""

from __future__ import annotations

import hashlib
from contextlib import nullcontext

import pandas as pd
import streamlit as st

from khs_data.database import StoreError
from khs_data.importer import plan_edit
from khs_data.kinds import KINDS, Kind
from khs_data.problems import ImportRefused, importing_in
from khs_data.rules import RULE_FORMATS
from khs_data.templates import stored_rows
from khs_data.vocabulary import BODIES
from ui.data import database, metric
from ui.state import lang, t

from .confirm import fingerprint, flash, request, save, saved_text, show_flash, take_request
from .preview import municipality_names, show_changes, show_problems
from .words import kind_label

EDIT_KINDS = ("meetings", "board", "network", "projects", "payments", "population", "municipalities", "actionplan", "budget", "approvals")
EDITOR_KEYS = "coord.editor_keys"  # kind → the key of its editor in the last run
DISCARDS = "coord.editor_discards"  # kind → how many times its edits were discarded


def column_config(kind: Kind) -> dict:
    """An editor column per field: dates, drop-downs of the allowed values, whole numbers."""
    names = municipality_names()
    config = {}
    for f in kind.fields:
        label = f"{f.header} *" if f.required else f.header
        if f.parser in ("date", "date_or_year"):
            config[f.name] = st.column_config.DateColumn(label, format="DD.MM.YYYY", required=f.required)
        elif f.parser == "choice":
            config[f.name] = st.column_config.SelectboxColumn(label, options=list(f.vocabulary), required=f.required)
        elif f.parser == "municipality":
            config[f.name] = st.column_config.SelectboxColumn(
                label, options=list(names), format_func=lambda n: f"{names.get(n, n)}", required=f.required
            )
        elif f.parser == "project":
            config[f.name] = st.column_config.SelectboxColumn(
                label, options=list(metric(stored_rows, "projects")["name"]), required=f.required
            )
        elif f.parser == "time":
            config[f.name] = st.column_config.TimeColumn(label, format="HH:mm", required=f.required)
        elif f.parser in ("integer", "money", "year"):
            # No min_value: the browser would drop a minus sign unseen; the checks refuse it in words.
            config[f.name] = st.column_config.NumberColumn(label, format="%d", step=1, required=f.required)
        elif kind.name == "rules" and f.name == "key":
            config[f.name] = st.column_config.SelectboxColumn(
                label, options=list(RULE_FORMATS), format_func=lambda k: t(f"coord.rule.{k}"), required=True, width="large"
            )
        elif kind.name == "rules" and f.name == "body":
            config[f.name] = st.column_config.SelectboxColumn(
                label, options=["", *BODIES], format_func=lambda b: b or t("coord.rules.all_bodies")
            )
        else:
            config[f.name] = st.column_config.TextColumn(label, required=f.required)
    return config


def editor_state_has_edits(key: str) -> bool:
    state = st.session_state.get(key) or {}
    return any(state.get(part) for part in ("edited_rows", "added_rows", "deleted_rows"))


def discard(kind_name: str, key: str) -> None:
    """on_click of «Forkast endringene»: the edits go from the server and from the browser's grid
    alike. The grid keeps its edits for as long as its key lives, so the editor gets a new key."""
    st.session_state.pop(key, None)
    discards = st.session_state.setdefault(DISCARDS, {})
    discards[kind_name] = discards.get(kind_name, 0) + 1


def discard_button(kind_name: str, key: str, column=st) -> None:
    column.button(t("coord.edit.discard"), key=f"coord-edit-discard-{kind_name}", on_click=discard, args=(kind_name, key))


def _planned_edit(kind_name: str, edited):
    with importing_in(lang()):  # its problems in the page's language
        return plan_edit(database(), kind_name, edited)


def table_editor(kind_name: str) -> None:
    kind = KINDS[kind_name]
    rows = metric(stored_rows, kind_name)
    # The editor is keyed by the table's content: changed underneath (another import), it starts
    # afresh; and by the discards, so a discarded edit is gone from the grid too.
    digest = hashlib.sha256(pd.util.hash_pandas_object(rows, index=False).values.tobytes()).hexdigest()[:12]
    key = f"coord-editor-{kind_name}-{digest}-{st.session_state.get(DISCARDS, {}).get(kind_name, 0)}"
    last = st.session_state.setdefault(EDITOR_KEYS, {}).get(kind_name)
    if last and last != key and editor_state_has_edits(last):
        st.warning(t("coord.edit.reloaded"), icon=":material/sync_problem:")
    st.session_state[EDITOR_KEYS][kind_name] = key
    edited = st.data_editor(
        rows,
        key=key,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        placeholder="–",
        column_config=column_config(kind),
        column_order=kind.columns,
    )
    if not editor_state_has_edits(key):
        st.caption(t("coord.edit.no_changes"))
        return
    action = f"edit:{kind_name}"
    if (seen := take_request(action)) is not None:
        saved = save(lambda: nullcontext(_planned_edit(kind_name, edited)), seen)
        if saved:
            st.session_state.pop(key, None)  # the saved edits are now the table itself
            flash(saved_text(saved[1]))
            st.rerun()
    try:
        plan = _planned_edit(kind_name, edited)
    except ImportRefused as refused:
        show_problems(refused.problems, kind_label(kind_name), key=f"edit-{kind_name}", table_rows=True)
        discard_button(kind_name, key)
        return
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    show_changes(plan, key=f"edit-{kind_name}", table_rows=True)
    save_button, discard_column, _ = st.columns([2, 2, 3])
    if plan.changes:
        save_button.button(
            t("coord.edit.save", count=len(plan.changes)),
            type="primary",
            key=f"coord-edit-save-{kind_name}",
            icon=":material/save:",
            on_click=request,
            args=(action, fingerprint(plan)),
        )
    discard_button(kind_name, key, discard_column)


def edit_section() -> None:
    show_flash()
    st.markdown(t("coord.edit.intro"))
    kind_name = st.selectbox(t("coord.edit.table"), EDIT_KINDS, format_func=kind_label, key="coord-edit-kind")
    table_editor(kind_name)


def rules_section() -> None:
    show_flash()
    st.markdown(t("coord.rules.intro"))
    table_editor("rules")
    st.caption(t("coord.rules.after"))


def agreements_section() -> None:
    """The agreement and its amendments as reference data: type and validity period."""
    show_flash()
    st.markdown(t("coord.agreements.intro"))
    table_editor("agreements")
