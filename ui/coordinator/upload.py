"""Upload: the coordinator's spreadsheets in, each with what was recognised (kind, sheet, header
row, period, columns), what is wrong or what would change, then one confirmation to save it.
The upload tab ends with the SSB update (ui.coordinator.ssb)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import streamlit as st

from khs_data import config
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.importer import ImportPlan, plan_import
from khs_data.kinds import UPLOAD_KINDS
from khs_data.metrics.budget import dues_lines_in_file
from khs_data.plan_texts import dues_comparison
from khs_data.problems import ImportRefused, KindUnclear, importing_in
from ui.data import database
from ui.state import lang, t

from .confirm import fingerprint, request, save, saved_text, take_request
from .preview import show_changes, show_problems
from .words import kind_label, plain

# Where a person sees the effect of each kind of data.
PAGES_FOR_KIND = {
    "population": ("kontingent", "oversikt"),
    "payments": ("kontingent",),
    "municipalities": ("oversikt", "kontingent"),
    "meetings": ("moter",),
    "board": ("styret",),
    "network": ("nettverk",),
    "projects": ("prosjekter",),
    "actionplan": ("handlingsplan", "oversikt"),
    "budget": ("budsjett",),
    "approvals": ("avtalen",),
}
PLANS = "coord.plans"  # (file id, chosen kind, language) → (database change token, plan or refusal)
DONE = "coord.done"  # file id → (plan, result) of a saved upload


def page_links(kind_name: str) -> None:
    st.markdown(t("coord.result.see"))
    columns = st.columns(len(PAGES_FOR_KIND[kind_name]) + 2)
    for column, page in zip(columns, PAGES_FOR_KIND[kind_name]):
        column.page_link(f"pages/{page}.py", label=t(f"page.{page}"), icon=":material/arrow_forward:")


def show_dues_in_budget(plan: ImportPlan) -> None:
    """A budget file's own dues line is never used: say what the dashboard computes instead."""
    if plan.kind.name != "budget":
        return
    for year, dues in dues_lines_in_file(database(), plan.parsed.frame):
        for agrees, sentence in dues_comparison(dues, year, lang()):
            (st.success if agrees else st.warning)(sentence, icon=":material/calculate:")


def period_text(plan: ImportPlan) -> str | None:
    """The years or dates the file covers: «2025», «2019–2025», «15.01.2026–20.11.2026»."""
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
    for kind, names in plan.created_names().items():
        lines.append(t("coord.recognised.created", kind=kind_label(kind).lower(), names=", ".join(f"«{plain(n)}»" for n in names)))
    st.markdown("\n".join(f"- {line}" for line in lines))


@contextmanager
def upload_plan(upload, kind: str | None) -> Iterator[ImportPlan]:
    """The plan for an upload, while its bytes are in a temporary file (which a commit archives).
    The uploaded name is only the name shown and archived, never a path."""
    with tempfile.TemporaryDirectory(prefix="khs-opplasting-") as folder:
        path = Path(folder) / "opplastet"
        path.write_bytes(upload.getvalue())
        with importing_in(lang()):  # its problems in the page's language
            plan = plan_import(database(), path, upload.name, kind, source="opplasting")
        yield plan


def upload_preview(upload, kind: str | None) -> ImportPlan | ImportRefused:
    """The plan for the preview, kept while neither the file, the chosen kind, the language (of its
    problems) nor the database change."""
    plans = st.session_state.setdefault(PLANS, {})
    key, token = (upload.file_id, kind, lang()), database().change_token()
    if key not in plans or plans[key][0] != token:
        try:
            with upload_plan(upload, kind) as plan:
                plans[key] = (token, plan)
        except ImportRefused as refused:
            plans[key] = (token, refused)
    return plans[key][1]


def upload_block(upload) -> None:
    """One uploaded file: saved already, its problems, or its preview with the confirm button."""
    st.markdown(f"#### {plain(upload.name)}")
    done = st.session_state.setdefault(DONE, {})
    if upload.file_id in done:
        plan, result = done[upload.file_id]
        st.success(saved_text(result), icon=":material/check_circle:")
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
        plan = upload_preview(upload, kind)
    except StoreError as error:
        st.error(t("coord.store_error", error=error), icon=":material/error:")
        return
    if isinstance(plan, KindUnclear):  # not an error in the file: the person says what it is
        kinds = ", ".join(f"«{kind_label(k)}»" for k in plan.candidates or UPLOAD_KINDS)
        message = " ".join(plain(p.message) for p in plan.problems)
        st.warning(f"{message}\n\n{t('coord.upload.choose_kind', kinds=kinds)}", icon=":material/help:")
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
