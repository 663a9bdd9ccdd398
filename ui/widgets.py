"""Small pieces every page uses: the headline, a table with downloads, an empty state, a check."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from khs_data import wording
from khs_data.exports import csv_bytes, xlsx_bytes
from khs_data.facts import Check, Phrase
from khs_data.fmt import date_text, kr_text, number_text
from khs_data.statuses import Level, Severity

from .data import alternative as chart_text
from .state import lang, t

FORMATS: dict[str, Callable[[object], str]] = {
    "int": number_text,
    "kr": kr_text,
    "date": date_text,
    "text": lambda v: "" if v is None or pd.isna(v) else str(v),
}


def as_html(text: object) -> str:
    """Text (names and titles from the data among it) inside the page's own HTML, shown exactly as
    written: `<b>Fet</b> Prøvesen` is a name, not markup. Every widget here that writes HTML
    passes its text through this, so no page escapes on its own."""
    return html.escape(str(text), quote=False)


def headline(title: str, answer: str) -> None:
    """Page title and the answer to the page's question (plain text), first."""
    st.title(title)
    st.markdown(f"<p class='khs-headline' data-testid='khs-headline'>{as_html(answer)}</p>", unsafe_allow_html=True)


def chart(figure: go.Figure, key: str, toolbar: bool = True, **selection: object):
    """A chart with its text alternative: the action title as its accessible name, and the numbers
    it draws as a table in a closed expander right below it (reached by Tab, read by a screen
    reader; khs_data.charts.alternative). `selection` (on_select, selection_mode) as
    st.plotly_chart takes it; what the reader selected is returned."""
    alternative = chart_text(figure, lang())
    config = {"displaylogo": False, "scrollZoom": False, "displayModeBar": "hover" if toolbar else False}
    picked = st.plotly_chart(figure, width="stretch", key=key, config=config, alt=alternative.title or t("chart.data"), **selection)
    with st.expander(t("chart.data"), key=f"{key}-data"):
        st.table(alternative.frame(), hide_index=True, alt=alternative.title or t("chart.data"))
    return picked


def table(frame: pd.DataFrame, columns: dict[str, tuple[str, str]], file_stem: str, key: str, height: int | None = None) -> None:
    """Show `frame[columns]` under people's headers, formatted the Norwegian way, and offer it as
    CSV and Excel. `columns` maps a frame column to (header, format: int|kr|date|text)."""
    shown = frame[list(columns)].rename(columns={c: label for c, (label, _) in columns.items()})
    view, config = _browser_formatted(shown, {label: kind for label, kind in columns.values()})
    st.dataframe(view, hide_index=True, width="stretch", height=height or "auto", key=f"{key}-table", column_config=config)
    left, right, _ = st.columns([1, 1, 4])
    # The files are made when someone clicks (deferred data), not on every rerun of the page.
    left.download_button(
        t("common.download_csv"), lambda: csv_bytes(shown), f"{file_stem}.csv", "text/csv", key=f"{key}-csv", width="stretch"
    )
    right.download_button(
        t("common.download_xlsx"),
        lambda: xlsx_bytes({file_stem: shown}),
        f"{file_stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}-xlsx",
        width="stretch",
    )


# Formats the browser applies (st.column_config), the same text as khs_data.fmt whatever the
# browser's language: sprintf's «'» names the thousands separator, and the values are rounded here
# (half to even, as fmt) because %d truncates. A pandas Styler would format every cell in Python on
# every rerun; these keep numbers sorting as numbers and cost nothing on the server.
NUMBER_FORMATS = {"int": "%' ,d", "kr": "kr %' ,d"}
DATE_FORMAT = "DD.MM.YYYY"


def _browser_formatted(shown: pd.DataFrame, kinds: dict[str, str]) -> tuple[pd.DataFrame, dict]:
    """The frame to draw and its column_config. A column with gaps, or of values the browser
    cannot format (text in a number column), is sent as finished text: st.dataframe draws an
    empty cell as «None» (the downloads keep the values)."""
    texts, config, rounded = {}, {}, {}
    for label, kind in kinds.items():
        column = shown[label]
        if kind in NUMBER_FORMATS and not column.isna().any() and pd.api.types.is_numeric_dtype(column):
            if not pd.api.types.is_bool_dtype(column):
                config[label] = st.column_config.NumberColumn(format=NUMBER_FORMATS[kind])
                rounded[label] = column if pd.api.types.is_integer_dtype(column) else column.round()
                continue
        if kind == "date" and not column.isna().any() and _dates(column):
            config[label] = st.column_config.DateColumn(format=DATE_FORMAT)
            continue
        if kind == "text" and (column.dtype == object or pd.api.types.is_string_dtype(column)) and not column.isna().any():
            if all(isinstance(v, str) for v in column):
                continue
        texts[label] = [FORMATS[kind](v) or "–" for v in column]
    return shown.assign(**rounded, **texts), config


def _dates(column: pd.Series) -> bool:
    if pd.api.types.is_datetime64_any_dtype(column):
        return True
    return column.dtype == object and all(isinstance(v, dt.date) for v in column)


def empty_state(what: str) -> None:
    """Instead of an empty chart: what is missing and where to upload it."""
    st.info(t("common.empty_upload", what=what), icon=":material/upload_file:")


def say(phrase: Phrase) -> str:
    """A fact in the reader's language."""
    return wording.say(phrase, lang())


def callout(css: str, symbol: str, label: str | None, text: str, separator: str = " — ") -> None:
    """A coloured line with a symbol (so it reads without colour too), a bold label and plain text."""
    lead = f"<b>{as_html(label)}</b>{separator}" if label else ""
    st.markdown(
        f"<div class='khs-check {css}'><span class='khs-symbol'>{symbol}</span> {lead}{as_html(text)}</div>", unsafe_allow_html=True
    )


def check(ok: bool, label: str, reason: str, level: Level = Level.REQUIRED) -> None:
    """A rule check as a coloured line with a symbol, so it reads without colour too. Advice (a
    «bør») that is not met is shown as advice, never as a red breach."""
    if ok:
        symbol, css, verdict = "✔", "khs-ok", t("common.ok")
    elif level == Level.ADVICE:
        symbol, css, verdict = "i", "khs-advice", t("common.advice")
    else:
        symbol, css, verdict = "✘", "khs-bad", t("common.not_ok")
    callout(css, symbol, label, f"{verdict}. {reason}")


def rule_check(item: Check) -> None:
    """A check of khs_data.metrics, with its level and the rule it used."""
    check(item.ok, wording.check_label(item, lang()), wording.check_reason(item, lang()), item.level)
    st.caption(t("common.rule_used_text", level=wording.level_text(item.level, lang()), rule=wording.check_rule(item, lang())))


ATTENTION_LOOK = {Severity.BREACH: ("✘", "khs-bad"), Severity.WATCH: ("!", "khs-warn"), Severity.ADVICE: ("i", "khs-advice")}


def attention_item(topic: str, message: str, severity: Severity) -> None:
    symbol, css = ATTENTION_LOOK[Severity(severity)]
    callout(css, symbol, topic + ":", message, separator=" ")


CSS = """
<style>
[data-testid="stMainBlockContainer"] {padding-top: 2.5rem;}
.khs-headline {font-size: 1.45rem; line-height: 1.4; margin: 0 0 1rem 0;}
.khs-check {padding: .6rem .9rem; border-radius: .4rem; margin: .35rem 0; font-size: 1.05rem;}
.khs-ok {background: #E5F0F8; border-left: 6px solid #0072B2;}
.khs-bad {background: #FBE9DF; border-left: 6px solid #D55E00;}
.khs-warn {background: #FDF3E1; border-left: 6px solid #E69F00;}
.khs-advice {background: #EEF1F4; border-left: 6px solid #56B4E9;}
.khs-symbol {font-weight: 700;}
[data-testid="stMetricValue"] {font-size: 2.1rem;}
/* Small print readable (WCAG 1.4.3, 4.5:1): Streamlit greys captions by opacity .6, 2.9:1. */
[data-testid="stCaptionContainer"] {color: #4D4D4D; opacity: 1;}
</style>
"""


def page_style() -> None:
    st.markdown(CSS, unsafe_allow_html=True)
