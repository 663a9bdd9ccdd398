"""Koordinator: sign in, upload spreadsheets (see what was recognised, what is wrong and what would
change, then confirm), undo, templates, small corrections and the agreement's rules.
Every write goes through ui.access.writing_as_coordinator: without the role nothing writes."""

from __future__ import annotations

import hashlib
import html
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

import pandas as pd
import streamlit as st

from khs_data import config
from khs_data.database import StoreError
from khs_data.fmt import date_text, kr_text, number_text
from khs_data.importer import ImportPlan, archived_file, commit_import, history, plan_edit, plan_import, undo_last
from khs_data.kinds import KINDS, UPLOAD_KINDS, Field, Kind
from khs_data.metrics.budget import dues_lines_in_file
from khs_data.metrics.members import members
from khs_data.plan_texts import dues_comparison
from khs_data.problems import ImportRefused, Problem
from khs_data.rules import RULE_FORMATS
from khs_data.ssb_api import discard_staged, last_ssb_fetch, plan_ssb_update
from khs_data.templates import stored_rows, template_bytes
from khs_data.vocabulary import BODIES
from ui import access
from ui.data import data_changed, database, metric
from ui.state import ensure_app_entry, lang, t
from ui.widgets import headline, table

ensure_app_entry()

EDIT_KINDS = ("meetings", "board", "network", "projects", "payments", "municipalities", "actionplan", "budget")
# Where a person sees the effect of each kind of data.
PAGES_FOR_KIND = {
    "population": ("kontingent", "oversikt"),
    "payments": ("kontingent",),
    "municipalities": ("oversikt", "kontingent"),
    "meetings": ("moter",),
    "board": ("styret",),
    "network": ("nettverk",),
    "projects": ("prosjekter",),
    "rules": ("kontingent", "styret", "moter"),
    "actionplan": ("handlingsplan", "oversikt"),
    "budget": ("budsjett",),
}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REQUEST = "coord.request"  # (action, fingerprint of what the person saw when they clicked)


# -- small helpers ---------------------------------------------------------------------------------


def kind_label(name: str | None) -> str:
    return t("coord.upload.detect") if name is None else t(f"coord.kind.{name}")


def plain(text: object) -> str:
    """A file name or cell value shown in markdown, never interpreted as markdown."""
    return re.sub(r"([\\`*_{}\[\]()<>#+\-.!|~])", r"\\\1", str(text))


def origin(imported: pd.Series) -> str:
    """Where an import in the history came from: a file (kept in the archive) or the page's tables."""
    if pd.isna(imported["archive_name"]):
        return t("coord.origin.edited")
    return t("coord.origin.file", file=imported["file_name"])


def municipality_names() -> dict[str, str]:
    register = metric(members)
    return dict(zip(register["municipality_number"], register["municipality"]))


def value_text(f: Field, value: object, names: dict[str, str]) -> str:
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
    if f.name == "key" and value in RULE_FORMATS:
        return t(f"coord.rule.{value}")
    return str(value)


def fingerprint(plan: ImportPlan) -> str:
    """What a confirmation is for: the exact changes shown. Saving re-plans and compares."""
    return hashlib.sha256(repr([(c.before, c.after) for c in plan.changes]).encode()).hexdigest()


def request(action: str, seen: str) -> None:
    st.session_state[REQUEST] = (action, seen)


def take_request(action: str) -> str | None:
    pending = st.session_state.get(REQUEST)
    if pending and pending[0] == action:
        del st.session_state[REQUEST]
        return pending[1]
    return None


def flash(message: str) -> None:
    st.session_state.setdefault("coord.flash", []).append(message)


def show_flash() -> None:
    for message in st.session_state.pop("coord.flash", []):
        st.success(message, icon=":material/check_circle:")


def page_links(kind_name: str) -> None:
    st.markdown(t("coord.result.see"))
    columns = st.columns(len(PAGES_FOR_KIND[kind_name]) + 2)
    for column, page in zip(columns, PAGES_FOR_KIND[kind_name]):
        column.page_link(f"pages/{page}.py", label=t(f"page.{page}"), icon=":material/arrow_forward:")


# -- what was recognised, what is wrong, what would change -------------------------------------------


def period_text(plan: ImportPlan) -> str | None:
    frame, kind = plan.parsed.frame, plan.kind
    years = [f.name for f in kind.fields if f.parser == "year" and f.name in frame]
    if years:
        values = sorted({int(v) for name in years for v in frame[name].dropna()})
        return (
            (t("coord.period.years", first=values[0], last=values[-1]) if len(values) > 1 else t("coord.period.year", year=values[0]))
            if values
            else None
        )
    dates = sorted(
        pd.Timestamp(v) for f in kind.fields if f.parser in ("date", "date_or_year") and f.name in frame for v in frame[f.name].dropna()
    )
    if not dates:
        return None
    return date_text(dates[0]) if dates[0] == dates[-1] else f"{date_text(dates[0])}–{date_text(dates[-1])}"


def show_recognised(plan: ImportPlan) -> None:
    parsed = plan.parsed
    where = []
    if parsed.sheet:
        where.append(t("coord.recognised.sheet", sheet=plain(parsed.sheet)))
    if parsed.header_row:
        where.append(t("coord.recognised.header_row", row=parsed.header_row))
    if parsed.source_format != "regneark":
        where.append(plain(parsed.source_format))
    lines = [t("coord.recognised.kind", kind=kind_label(plan.kind.name)) + (f" ({', '.join(where)})" if where else "")]
    if period := period_text(plan):
        lines.append(t("coord.recognised.period", period=period))
    headers = [plan.kind.field(name).header for name in parsed.fields_present if name in plan.kind.columns]
    lines.append(t("coord.recognised.columns", columns=", ".join(f"«{plain(h)}»" for h in headers)))
    if parsed.ignored_columns:
        lines.append(t("coord.recognised.ignored", columns=", ".join(f"«{plain(c)}»" for c in parsed.ignored_columns)))
    for reason, count in parsed.skipped.items():
        lines.append(t("coord.recognised.skipped", count=count, reason=plain(reason)))
    st.markdown("\n".join(f"- {line}" for line in lines))


def show_dues_in_budget(plan: ImportPlan) -> None:
    """A budget file's own dues line is never used: say what the dashboard computes instead."""
    if plan.kind.name != "budget":
        return
    for year, dues in dues_lines_in_file(database(), plan.parsed.frame):
        for agrees, sentence in dues_comparison(dues, year, lang()):
            (st.success if agrees else st.warning)(sentence, icon=":material/calculate:")


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


def key_text(kind: Kind, record: dict, names: dict[str, str]) -> str:
    return ", ".join(value_text(kind.field(k), record.get(k), names) for k in kind.key if record.get(k) not in (None, ""))


def change_rows(plan: ImportPlan, names: dict[str, str], table_rows: bool) -> pd.DataFrame:
    kind = plan.kind
    rows = []
    for change in plan.changes:
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
    if not plan.changes:
        return
    frame = change_rows(plan, municipality_names(), table_rows)
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


# -- writing ---------------------------------------------------------------------------------------


def save(make_plan: Callable[[], AbstractContextManager[ImportPlan]], seen: str) -> tuple[ImportPlan, object] | None:
    """Re-plan against the database as it is now and save only if that is exactly what the
    person saw; otherwise say so (the preview then shows the new state). None = not saved."""
    try:
        with access.writing_as_coordinator() as who, make_plan() as plan:
            if fingerprint(plan) != seen:
                st.warning(t("coord.stale"), icon=":material/sync_problem:")
                return None
            result = commit_import(database(), plan, who)
    except access.WriteRefused as refused:
        st.warning(str(refused), icon=":material/lock:")
        return None
    except ImportRefused:  # the data changed so that the rows no longer pass: the preview says why
        st.warning(t("coord.stale"), icon=":material/sync_problem:")
        return None
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return None
    data_changed()
    return plan, result


def result_text(result) -> str:
    return t("coord.result.saved", id=result.import_id)


# -- upload ----------------------------------------------------------------------------------------


@contextmanager
def upload_plan(upload, kind: str | None) -> Iterator[ImportPlan]:
    """The plan for an upload, while its bytes are in a temporary file (which a commit archives).
    The uploaded name is only the name shown and archived, never a path."""
    with tempfile.TemporaryDirectory(prefix="khs-opplasting-") as folder:
        path = Path(folder) / "opplastet"
        path.write_bytes(upload.getvalue())
        yield plan_import(database(), path, upload.name, kind, source="opplasting")


def preview(upload, kind: str | None) -> ImportPlan | ImportRefused:
    """The plan for the preview, kept while neither the file, the chosen kind nor the database change."""
    plans = st.session_state.setdefault("coord.plans", {})
    key, token = (upload.file_id, kind), database().change_token()
    if key not in plans or plans[key][0] != token:
        try:
            with upload_plan(upload, kind) as plan:
                plans[key] = (token, plan)
        except ImportRefused as refused:
            plans[key] = (token, refused)
    return plans[key][1]


def upload_block(upload) -> None:
    st.markdown(f"#### {plain(upload.name)}")
    done = st.session_state.setdefault("coord.done", {})
    if upload.file_id in done:
        plan, result = done[upload.file_id]
        st.success(result_text(result), icon=":material/check_circle:")
        show_changes(plan, key=f"done-{upload.file_id}")
        page_links(plan.kind.name)
        return
    kind = st.selectbox(t("coord.upload.kind"), [None, *UPLOAD_KINDS], format_func=kind_label, key=f"coord-kind-{upload.file_id}")
    action = f"upload:{upload.file_id}:{kind}"
    if (seen := take_request(action)) is not None:
        saved = save(lambda: upload_plan(upload, kind), seen)
        if saved:
            done[upload.file_id] = saved
            st.rerun()
    try:
        plan = preview(upload, kind)
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    if isinstance(plan, ImportRefused):
        show_problems(plan.problems, upload.name, key=f"upload-{upload.file_id}")
        st.caption(t("coord.problems.fix"))
        return
    show_recognised(plan)
    show_dues_in_budget(plan)
    show_changes(plan, key=f"upload-{upload.file_id}")
    if plan.changes:
        st.button(
            t("coord.upload.confirm", count=len(plan.changes)),
            type="primary",
            key=f"coord-confirm-{upload.file_id}",
            icon=":material/save:",
            on_click=request,
            args=(action, fingerprint(plan)),
        )
    else:
        st.info(t("coord.upload.nothing"), icon=":material/info:")


def upload_section() -> None:
    st.markdown(t("coord.upload.intro"))
    round_ = st.session_state.get("coord.upload_round", 0)
    uploads = (
        st.file_uploader(
            t("coord.upload.label"),
            accept_multiple_files=True,
            key=f"coord-upload-{round_}",
            help=t("coord.upload.help", mb=config.MAX_FILE_BYTES // 1_000_000),
        )
        or []
    )
    if st.session_state.get("coord.upload_count") and not uploads:
        # All files removed: a fresh uploader, since the browser ignores choosing the same file
        # again in the old one (the corrected file usually has the same name).
        st.session_state["coord.upload_round"] = round_ + 1
        st.session_state["coord.upload_count"] = 0
        st.rerun()
    st.session_state["coord.upload_count"] = len(uploads)
    for upload in uploads:
        with st.container(border=True):
            upload_block(upload)
    ssb_block()


# -- population straight from SSB ------------------------------------------------------------------

SSB_PLAN = "coord.ssb_plan"  # (database change token, plan over SSB's staged answer)


def ssb_replan(plan: ImportPlan) -> ImportPlan:
    """SSB's answer (kept as a staged file) compared with the database as it is now."""
    return plan_import(database(), plan.file_path, plan.file_name, "population", source=plan.source)


def ssb_preview() -> ImportPlan | None:
    if SSB_PLAN not in st.session_state:
        return None
    token, plan = st.session_state[SSB_PLAN]
    if token != database().change_token():
        plan = ssb_replan(plan)
        st.session_state[SSB_PLAN] = (database().change_token(), plan)
    return plan


def ssb_drop() -> None:
    if SSB_PLAN in st.session_state:
        discard_staged(st.session_state.pop(SSB_PLAN)[1])


def ssb_block() -> None:
    """Fetch from SSB, then the same preview and confirmation as an upload."""
    st.subheader(t("ssb.title"))
    st.markdown(t("ssb.intro"))
    fetched = metric(last_ssb_fetch)
    if fetched is None:
        st.caption(t("ssb.never_fetched"))
    else:
        when = dict(date=date_text(fetched.fetched_at), time=f"{fetched.fetched_at:%H:%M}")
        st.caption(t("ssb.last_fetch", year=fetched.newest_year, **when) if fetched.newest_year else t("ssb.last_fetch_no_year", **when))
    if (seen := take_request("ssb")) is not None and SSB_PLAN in st.session_state:
        staged = st.session_state[SSB_PLAN][1]
        saved = save(lambda: nullcontext(ssb_replan(staged)), seen)
        if saved:
            ssb_drop()
            flash(t("ssb.saved", summary=plain(saved[1].summary)))
            st.rerun()
    show_flash()
    if st.button(t("ssb.button"), icon=":material/cloud_download:", key="coord-ssb-fetch"):
        ssb_drop()
        try:
            with st.spinner(t("ssb.fetching")):
                st.session_state[SSB_PLAN] = (database().change_token(), plan_ssb_update(database()))
        except StoreError as error:
            st.error(t("ssb.failed", error=error), icon=":material/error:")
        except ImportRefused as refused:
            show_problems(refused.problems, t("ssb.title"), key="ssb")
    try:
        plan = ssb_preview()
    except (StoreError, ImportRefused) as error:
        ssb_drop()
        st.error(t("ssb.failed", error=error), icon=":material/error:")
        return
    if plan is None:
        st.caption(t("ssb.source"))
        return
    if not plan.changes:
        st.info(t("ssb.no_changes"), icon=":material/info:")
        ssb_drop()
        return
    st.markdown(t("ssb.preview", added=plan.added, changed=plan.changed, unchanged=plan.unchanged))
    show_changes(plan, key="ssb")
    save_button, cancel, _ = st.columns([2, 1, 3])
    save_button.button(
        t("ssb.save"), type="primary", icon=":material/save:", key="coord-ssb-save", on_click=request, args=("ssb", fingerprint(plan))
    )
    cancel.button(t("ssb.cancel"), key="coord-ssb-cancel", on_click=ssb_drop)
    st.caption(t("ssb.source"))


# -- history and undo ------------------------------------------------------------------------------


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
            "when": [pd.Timestamp(v).strftime("%d.%m.%Y %H:%M") for v in imports["imported_at"]],
            "who": imports["who"].fillna(""),
            "kind": [kind_label(k) for k in imports["kind"]],
            "file": imports["file_name"].fillna(""),
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
    archive_block(imports)


def undo(import_id: int) -> None:
    try:
        with access.writing_as_coordinator():
            latest = history(database())
            open_imports = latest[latest["undoable"]]
            if open_imports.empty or int(open_imports.iloc[0]["id"]) != import_id:
                st.warning(t("coord.undo.stale"), icon=":material/sync_problem:")
                return
            undone = undo_last(database())
    except access.WriteRefused as refused:
        st.warning(str(refused), icon=":material/lock:")
        return
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    data_changed()
    st.session_state.pop("coord.undo_asked", None)
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
        when=pd.Timestamp(latest["imported_at"]).strftime("%d.%m.%Y %H:%M"),
        who=plain(latest["who"] or "–"),
    )
    st.markdown(t("coord.undo.latest", **details))
    if st.session_state.get("coord.undo_asked") != details["id"]:
        st.button(
            t("coord.undo.ask", id=details["id"]),
            icon=":material/undo:",
            key="coord-undo-ask",
            on_click=st.session_state.__setitem__,
            args=("coord.undo_asked", details["id"]),
        )
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
    no.button(t("coord.cancel"), key="coord-undo-cancel", on_click=st.session_state.pop, args=("coord.undo_asked", None))


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


# -- templates -------------------------------------------------------------------------------------


def templates_section() -> None:
    st.markdown(t("coord.template.intro"))
    for kind_name in UPLOAD_KINDS:
        left, right = st.columns([3, 2])
        left.markdown(f"**{kind_label(kind_name)}**  \n{t(f'coord.template.about.{kind_name}')}")
        right.download_button(
            t("coord.template.download", kind=kind_label(kind_name).lower()),
            metric(template_bytes, kind_name, lang()),
            file_name=f"mal-{KINDS[kind_name].label.lower()}.xlsx",
            mime=XLSX,
            key=f"coord-template-{kind_name}",
            icon=":material/download:",
            on_click="ignore",
        )


# -- editing tables --------------------------------------------------------------------------------


def column_config(kind: Kind) -> dict:
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
        elif f.parser in ("integer", "money", "year"):
            config[f.name] = st.column_config.NumberColumn(label, format="%d", step=1, min_value=0, required=f.required)
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


def table_editor(kind_name: str) -> None:
    kind = KINDS[kind_name]
    rows = metric(stored_rows, kind_name)
    # The editor is keyed by the table's content: changed underneath (another import), it starts afresh.
    digest = hashlib.sha256(pd.util.hash_pandas_object(rows, index=False).values.tobytes()).hexdigest()[:12]
    key = f"coord-editor-{kind_name}-{digest}"
    last = st.session_state.setdefault("coord.editor_keys", {}).get(kind_name)
    if last and last != key and editor_state_has_edits(last):
        st.warning(t("coord.edit.reloaded"), icon=":material/sync_problem:")
    st.session_state["coord.editor_keys"][kind_name] = key
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
        saved = save(lambda: nullcontext(plan_edit(database(), kind_name, edited)), seen)
        if saved:
            st.session_state.pop(key, None)  # the saved edits are now the table itself
            flash(result_text(saved[1]))
            st.rerun()
    try:
        plan = plan_edit(database(), kind_name, edited)
    except ImportRefused as refused:
        show_problems(refused.problems, kind_label(kind_name), key=f"edit-{kind_name}", table_rows=True)
        return
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    show_changes(plan, key=f"edit-{kind_name}", table_rows=True)
    save_button, discard, _ = st.columns([2, 2, 3])
    if plan.changes:
        save_button.button(
            t("coord.edit.save", count=len(plan.changes)),
            type="primary",
            key=f"coord-edit-save-{kind_name}",
            icon=":material/save:",
            on_click=request,
            args=(action, fingerprint(plan)),
        )
    discard.button(t("coord.edit.discard"), key=f"coord-edit-discard-{kind_name}", on_click=st.session_state.pop, args=(key, None))


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


# -- the page --------------------------------------------------------------------------------------


def signed_in_bar(grant) -> None:
    left, right = st.columns([5, 1])
    left.caption(t("coord.signed_in", who=plain(grant.who)))
    if right.button(t("coord.access.sign_out"), key="coord-sign-out", icon=":material/logout:"):
        access.sign_out()
        st.rerun()


SECTIONS = {
    "coord.tab.upload": upload_section,
    "coord.tab.history": history_section,
    "coord.tab.templates": templates_section,
    "coord.tab.edit": edit_section,
    "coord.tab.rules": rules_section,
}


def latest_import() -> str:
    """The headline's answer: what came in last (the headline is HTML, so the name is escaped)."""
    imports = metric(history)
    if imports.empty:
        return t("coord.headline.no_imports")
    last = imports.iloc[0]
    return t(
        "coord.headline.latest" if pd.isna(last["undone_at"]) else "coord.headline.latest_undone",
        when=pd.Timestamp(last["imported_at"]).strftime("%d.%m.%Y %H:%M"),
        kind=kind_label(last["kind"]).lower(),
        origin=html.escape(origin(last)),
        added=int(last["added"]),
        changed=int(last["changed"]),
    )


def main() -> None:
    grant = access.coordinator()
    if grant is None:
        headline(t("page.koordinator"), t("coord.headline.signed_out" if access.settings().sign_in else "coord.headline.off"))
        access.sign_in()
        return
    headline(t("page.koordinator"), latest_import())
    signed_in_bar(grant)
    labels = [t(key) for key in SECTIONS]
    for tab, section in zip(st.tabs(labels, key="coord-tabs", on_change="rerun"), SECTIONS.values()):
        if tab.open:
            with tab:
                section()
    st.session_state.pop(REQUEST, None)  # a confirmation is for the run right after its click only


main()
