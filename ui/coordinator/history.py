"""History and undo: every import (who, when, what it did), undo of the latest one after a
confirmation, and the archived original of each imported file. Also the headline's answer to
«what came in last»."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.import_history import import_changes
from khs_data.importer import UndoRefused, archived_file, history, undo_last
from ui import access
from ui.data import data_changed, database, metric
from ui.state import t
from ui.widgets import table

from .confirm import flash, request, show_flash, take_request
from .preview import changes_table
from .words import import_name, kind_label, moment_text, origin, plain

UNDO_ASKED = "coord.undo_asked"  # the import whose undo the person asked for, awaiting «Ja, angre»


def latest_import() -> str:
    """The headline's answer: what came in last."""
    imports = metric(history)
    if imports.empty:
        return t("coord.headline.no_imports")
    last = imports.iloc[0]
    return t(
        "coord.headline.latest" if pd.isna(last["undone_at"]) else "coord.headline.latest_undone",
        when=moment_text(last["imported_at"]),
        kind=kind_label(last["kind"]).lower(),
        origin=origin(last),
        added=int(last["added"]),
        changed=int(last["changed"]),
    )


def history_section() -> None:
    if (seen := take_request("undo")) is not None:
        undo(int(seen))
    show_flash()
    imports = metric(history)
    if imports.empty:
        st.info(t("coord.history.empty"))
        return
    undo_block(imports)
    st.subheader(t("coord.history.heading"))
    shown = pd.DataFrame(
        {
            "id": imports["id"],
            "when": [moment_text(v) for v in imports["imported_at"]],
            "who": imports["who"].fillna(""),
            "kind": [kind_label(k) for k in imports["kind"]],
            "file": [import_name(row) for _, row in imports.iterrows()],
            "added": imports["added"],
            "changed": imports["changed"],
            "unchanged": imports["unchanged"],
            "skipped": imports["skipped"],
            "undone": [date_text(v) if not pd.isna(v) else "" for v in imports["undone_at"]],
        }
    )
    table(
        shown,
        {
            "id": (t("coord.history.id"), "int"),
            "when": (t("coord.history.when"), "text"),
            "who": (t("coord.history.who"), "text"),
            "kind": (t("coord.history.kind"), "text"),
            "file": (t("coord.history.file"), "text"),
            "added": (t("coord.count.new"), "int"),
            "changed": (t("coord.count.changed"), "int"),
            "unchanged": (t("coord.count.unchanged"), "int"),
            "skipped": (t("coord.count.skipped"), "int"),
            "undone": (t("coord.history.undone"), "text"),
        },
        "importhistorikk",
        key="coord-history",
    )
    changes_block(imports)
    archive_block(imports)


def undo(import_id: int) -> None:
    """Undo the import the person confirmed, only if it is still the latest one: checked in the
    undo's own transaction, so an import landing in between (the CLI) is never undone instead."""
    try:
        with access.writing_as_coordinator():
            undone = undo_last(database(), expected_import_id=import_id)
    except access.WriteRefused as refused:
        st.warning(str(refused), icon=":material/lock:")
        return
    except UndoRefused:
        st.warning(t("coord.undo.stale"), icon=":material/sync_problem:")
        return
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    data_changed()
    st.session_state.pop(UNDO_ASKED, None)
    flash(t("coord.undo.done", id=undone["import_id"], file=plain(undone["file_name"]), rows=undone["reverted_rows"]))
    st.rerun()


def undo_block(imports: pd.DataFrame) -> None:
    st.subheader(t("coord.undo.heading"))
    open_imports = imports[imports["undoable"]]
    if open_imports.empty:
        st.caption(t("coord.undo.nothing"))
        return
    latest = open_imports.iloc[0]
    details = dict(
        id=int(latest["id"]),
        origin=plain(origin(latest)),
        kind=kind_label(latest["kind"]).lower(),
        when=moment_text(latest["imported_at"]),
        who=plain(latest["who"] or "–"),
    )
    st.markdown(t("coord.undo.latest", **details))
    # The button stays where it is while the question shows under it: the focus stays on it, and
    # the next Tab reaches «Ja, angre» (a button taken away would leave the focus past the question).
    st.button(
        t("coord.undo.ask", id=details["id"]),
        icon=":material/undo:",
        key="coord-undo-ask",
        on_click=st.session_state.__setitem__,
        args=(UNDO_ASKED, details["id"]),
    )
    if st.session_state.get(UNDO_ASKED) != details["id"]:
        return
    st.warning(t("coord.undo.confirm_text", **details), icon=":material/warning:")
    yes, no, _ = st.columns([2, 1, 3])
    yes.button(
        t("coord.undo.confirm", id=details["id"]),
        type="primary",
        key="coord-undo-confirm",
        on_click=request,
        args=("undo", str(details["id"])),
    )
    no.button(t("coord.cancel"), key="coord-undo-cancel", on_click=st.session_state.pop, args=(UNDO_ASKED, None))


def changes_block(imports: pd.DataFrame) -> None:
    """Which rows any past import changed, before → after, as recorded when it was saved."""
    st.subheader(t("coord.history.changes_heading"))
    rows = imports.set_index("id")
    choice = st.selectbox(
        t("coord.history.changes_pick"),
        list(rows.index),
        key="coord-history-changes",
        format_func=lambda i: t(
            "coord.history.changes_option",
            id=i,
            kind=kind_label(rows.at[i, "kind"]).lower(),
            origin=origin(rows.loc[i]),
            when=moment_text(rows.at[i, "imported_at"]),
        ),
    )
    kind, changes = metric(import_changes, int(choice))
    if not changes:
        st.caption(t("coord.history.changes_none"))
        return
    changes_table(kind, changes, key=f"coord-history-{choice}")


def archive_block(imports: pd.DataFrame) -> None:
    kept = imports[imports["archive_name"].notna()]
    if kept.empty:
        return
    st.subheader(t("coord.archive.heading"))
    choice = st.selectbox(
        t("coord.archive.pick"),
        list(kept["id"]),
        key="coord-archive",
        format_func=lambda i: t("coord.archive.option", id=i, file=kept.set_index("id").at[i, "file_name"]),
    )
    found = archived_file(database(), int(choice))
    if found is None:
        st.warning(t("coord.archive.missing"))
        return
    name, path = found
    st.download_button(
        t("coord.archive.download", file=plain(name)),
        path.read_bytes(),
        file_name=name,
        key="coord-archive-download",
        icon=":material/download:",
    )
