"""Kontingent: what each member owes for the year in focus (rate × population at the basis date),
who has paid, how it splits over the board regions and how it has grown."""

import pandas as pd
import streamlit as st

from khs_data.charts.dues import (
    STATUS_LOOK,
    dues_by_municipality_chart,
    dues_by_region_chart,
    dues_over_years_chart,
    status_label,
    status_text,
)
from khs_data.charts.map import MEASURES, dues_map, municipality_boundaries
from khs_data.database import StoreError
from khs_data.fmt import date_text, kr_text
from khs_data.metrics.dues import dues_basis, dues_by_region, dues_for_year, dues_over_years
from khs_data.metrics.members import members
from khs_data.rules import RuleMissing
from khs_data.statuses import PaymentStatus
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import as_html, callout, chart, empty_state, headline, say, table

ensure_app_entry()

PAID = (PaymentStatus.PAID, PaymentStatus.PAID_LATE)
ROW_PIXELS = 35  # st.dataframe's row height: the table shows every member without scrolling
UNPAID = (PaymentStatus.NOT_PAID, PaymentStatus.OVERDUE)


def payments_sentence(dues: pd.DataFrame, any_payments: bool) -> str:
    if not any_payments:
        return t("dues.headline.no_payments")
    counts = dues["payment_status"].value_counts()
    paid, late = int(counts.reindex(PAID).fillna(0).sum()), int(counts.get(PaymentStatus.PAID_LATE, 0))
    parts = []
    if paid:
        parts.append(t("dues.headline.paid_late", count=paid, late=late) if late else t("dues.headline.paid", count=paid))
    if counts.get(PaymentStatus.PARTLY_PAID, 0):
        parts.append(t("dues.headline.partly", count=int(counts[PaymentStatus.PARTLY_PAID])))
    if unpaid := int(counts.reindex(UNPAID).fillna(0).sum()):
        parts.append(t("dues.headline.unpaid", count=unpaid))
    if counts.get(PaymentStatus.NO_POPULATION, 0):
        parts.append(t("dues.headline.missing", count=int(counts[PaymentStatus.NO_POPULATION])))
    return ", ".join(parts) + "."


def status_detail(row) -> str:
    """What a person needs to know about one member in a status other than plain paid."""
    if row.payment_status == PaymentStatus.PARTLY_PAID:
        return t("dues.status.partly_detail", municipality=row.municipality, paid=kr_text(row.paid_nok), amount=kr_text(row.amount_nok))
    if row.payment_status == PaymentStatus.PAID_LATE:
        return t("dues.status.late_detail", municipality=row.municipality, date=date_text(row.last_paid_date))
    if row.payment_status in UNPAID:
        return t("dues.status.owing", municipality=row.municipality, amount=kr_text(row.amount_nok))
    return row.municipality


def show_payment_status(dues: pd.DataFrame) -> None:
    """One coloured line per status with its symbol and words, naming every member not fully paid
    on time; plain "paid" only counts, as the list would be long and needs no action."""
    st.subheader(t("dues.status.heading", year=year()))
    st.caption(t("dues.status.per_date", date=date_text(today())))
    lines = []
    by_status = dict(tuple(dues.groupby("payment_status", sort=False)))  # one pass: comparing Arrow strings five times cost more
    for status, (_, symbol, colour) in STATUS_LOOK.items():
        rows = by_status.get(status)
        if rows is None:
            continue
        count = t("dues.status.count_one") if len(rows) == 1 else t("dues.status.count", count=len(rows))
        names = "" if status == PaymentStatus.PAID else ": " + ", ".join(status_detail(r) for r in rows.itertuples())
        lines.append(
            f"<div class='khs-status' style='border-left-color:{colour}'>"
            f"<span class='khs-status-symbol' style='color:{colour}'>{symbol}</span> "
            f"<b>{as_html(status_label(status, lang()).capitalize())}</b> — {count}{as_html(names)}</div>"
        )
    st.markdown("".join(lines), unsafe_allow_html=True)


def show_notices(dues: pd.DataFrame, register: pd.DataFrame, due_date: str) -> None:
    """Members that had given notice by the year in focus: billed with their leaving date (in the
    leaving year, why they still pay), or gone."""
    billed = set(dues["municipality_number"])
    for member in register[register["notice_date"].dt.year <= year()].itertuples():
        values = {
            "municipality": member.municipality,
            "notice": date_text(member.notice_date),
            "leaving": date_text(member.leaving_date),
            "year": year(),
            "due_date": due_date,
        }
        if member.municipality_number not in billed:
            message = t("dues.notice.left", **values)
        elif member.leaving_date.year == year():
            message = t("dues.notice.leaving_year", **values)
        else:
            message = t("dues.notice.leaving", **values)
        if member.notice_rule.applied_to is not None:  # a notice before the first notice rule: say which rule was used
            message += " " + t("dues.notice.rule", rule=member.notice_rule.describe(lang()))
        callout("khs-warn", "!", None, message)


def members_map(dues: pd.DataFrame, measure: str, year: int, lang: str):
    """The map with the shipped boundaries, which are read once and not hashed on every rerun."""
    return dues_map(dues, municipality_boundaries(), measure, year, lang)


def show_charts(dues: pd.DataFrame, regions: pd.DataFrame, history: pd.DataFrame) -> None:
    st.subheader(t("dues.section.charts"))
    left, right = st.columns([1, 1], gap="large")
    with left:
        chart(figure(dues_by_municipality_chart, dues, year(), lang()), key="dues-by-municipality")
    with right:
        measure = (
            st.segmented_control(
                t("dues.map.measure"), MEASURES, format_func=lambda m: t(f"dues.map.{m}"), default="amount", key="dues-map-measure"
            )
            or "amount"
        )
        chart(figure(members_map, dues, measure, year(), lang()), key="dues-map")
    left, right = st.columns([1, 1], gap="large")
    with left:
        chart(figure(dues_by_region_chart, regions, year(), lang()), key="dues-by-region")
    with right:
        chart(figure(dues_over_years_chart, history, year(), lang()), key="dues-over-years")


def show_table(dues: pd.DataFrame, any_payments: bool) -> None:
    """Every billed member; what is paid only once payments for the year are registered (before
    that every member would read "forfalt")."""
    st.subheader(t("dues.section.table", year=year()))
    shown = dues.assign(status=[status_text(s, lang()) for s in dues["payment_status"]])
    columns = {
        "municipality": (t("col.municipality"), "text"),
        "board_region": (t("col.board_region"), "text"),
        "population": (t("col.population"), "int"),
        "population_date": (t("col.population_date"), "date"),
        "rate_nok": (t("dues.col.rate"), "kr"),
        "amount_nok": (t("dues.col.amount"), "kr"),
    }
    if any_payments:
        columns |= {
            "paid_nok": (t("dues.col.paid"), "kr"),
            "last_paid_date": (t("dues.col.last_paid"), "date"),
            "status": (t("col.status"), "text"),
        }
    columns["leaving_date"] = (t("dues.col.leaving"), "date")
    table(shown, columns, file_stem=t("dues.file_stem", year=year()), key="dues", height=ROW_PIXELS * (len(dues) + 1) + 3)


STYLE = """
<style>
.khs-status {padding: .5rem .9rem; margin: .3rem 0; border-left: 8px solid; background: #F4F6F8;
             border-radius: .4rem; font-size: 1.1rem;}
.khs-status-symbol {font-weight: 800; font-size: 1.3rem;}
</style>
"""

try:
    basis = metric(dues_basis, year())
    dues = metric(dues_for_year, year(), today=today())
    register = metric(members)
    regions = metric(dues_by_region, year())
    history = metric(dues_over_years)
except RuleMissing as error:
    headline(t("page.kontingent"), t("dues.rule_missing", year=year(), error=error))
    st.stop()
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

st.markdown(STYLE, unsafe_allow_html=True)
known = dues[dues["amount_nok"].notna()]
population_date = date_text(basis.population_date)
if known.empty:
    headline(t("page.kontingent"), t("dues.headline.empty", year=year(), population_date=population_date))
    st.caption(t("dues.rule", rule=say(basis.rule())))
    empty_state(t("dues.empty_population", date=population_date))
    show_notices(dues, register, date_text(basis.due_date))
    st.stop()

any_payments = bool(dues["last_paid_date"].notna().any())
headline(
    t("page.kontingent"),
    t(
        "dues.headline",
        year=year(),
        total=kr_text(known["amount_nok"].sum()),
        count=len(known),
        rate=basis.rate_nok,
        population_date=population_date,
        due_date=date_text(basis.due_date),
        payments=payments_sentence(dues, any_payments),
    ),
)
st.caption(t("dues.rule", rule=say(basis.rule())))
if len(known) < len(dues):
    st.warning(t("dues.partly_missing", date=population_date, names=", ".join(dues.loc[dues["amount_nok"].isna(), "municipality"])))
show_notices(dues, register, date_text(basis.due_date))
if any_payments:
    show_payment_status(dues)
else:
    empty_state(t("dues.empty_payments", year=year()))
show_charts(dues, regions, history)
show_table(dues, any_payments)
