"""Templates: one Excel template per kind the coordinator uploads, in the page's language, with
the right headers, an example row, drop-down lists and a sheet explaining each column."""

from __future__ import annotations

import streamlit as st

from khs_data.kinds import KINDS, UPLOAD_KINDS
from khs_data.templates import template_bytes
from ui.data import metric
from ui.state import lang, t

from .words import kind_label

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


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
