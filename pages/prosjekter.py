"""Prosjekter: the portfolio over time, its status, who initiated it, and budget against the
external funding applied for and granted; filters narrow the charts and the table."""

import streamlit as st

from khs_data.charts.projects import STATUS_ORDER, funding_chart, portfolio_timeline, status_chart
from khs_data.fmt import date_text, kr_text, percent_text
from khs_data.metrics.projects import ACTIVE, funding_summary, projects, select_projects
from ui.data import figure, metric
from ui.state import ensure_app_entry, t, today
from ui.widgets import chart, empty_state, headline, table

ensure_app_entry()


def status_label(status: object) -> str:
    return (
        t(f"projects.status.{status}")
        if status in STATUS_ORDER
        else (str(status) if isinstance(status, str) and status else t("projects.status.unknown"))
    )


def money(value: object) -> str:
    """An amount that never breaks over two lines in the headline."""
    return kr_text(value).replace(" ", "\u00a0")


def choices(column: str) -> list:
    values = portfolio[column].dropna().unique().tolist()
    return [s for s in STATUS_ORDER if s in values] if column == "status" else sorted(values)


summary = metric(funding_summary)
portfolio = metric(projects)

if portfolio.empty:
    headline(t("page.prosjekter"), t("projects.headline_none"))
    empty_state(t("projects.upload"))
else:
    headline(
        t("page.prosjekter"),
        t(
            "projects.headline",
            active=summary["active"],
            noun=t("projects.noun_one" if summary["active"] == 1 else "projects.noun_many"),
            granted=money(summary["granted_nok"]),
            applied=money(summary["applied_nok"]),
        )
        + (t("projects.headline_awaiting", awaiting=money(summary["awaiting_nok"])) if summary["awaiting_nok"] else "")
        + t("projects.headline_budget", count=summary["projects"], budget=money(summary["budget_nok"])),
    )

    st.subheader(t("projects.filters"))
    by_status, by_initiator, by_lead = st.columns(3)
    statuses = by_status.multiselect(
        t("projects.filter_status"),
        choices("status"),
        format_func=status_label,
        placeholder=t("projects.filter_all"),
        key="projects-filter-status",
    )
    initiators = by_initiator.multiselect(
        t("projects.filter_initiated_by"), choices("initiated_by"), placeholder=t("projects.filter_all"), key="projects-filter-initiated-by"
    )
    leads = by_lead.multiselect(
        t("projects.filter_lead"), choices("lead_municipality"), placeholder=t("projects.filter_all"), key="projects-filter-lead"
    )
    # A link from the action plan names one project (?prosjekt=…): it opens with that project picked.
    linked = st.query_params.get("prosjekt")
    names = st.multiselect(
        t("projects.filter_name"),
        sorted(portfolio["name"]),
        default=[linked] if linked in set(portfolio["name"]) else [],
        placeholder=t("projects.filter_all"),
        key="projects-filter-name",
    )
    chosen = select_projects(portfolio, statuses, initiators, leads, names)
    st.caption(t("projects.showing", shown=len(chosen), count=len(portfolio)))

    if chosen.empty:
        st.info(t("projects.no_match"), icon=":material/filter_alt_off:")
    else:
        labels = {s: status_label(s) for s in [*STATUS_ORDER, ""]}
        active = int(chosen["status"].isin(ACTIVE).sum())
        still_open = int((chosen["end_date"].isna() & chosen["start_date"].notna()).sum())
        title = (
            t("projects.timeline_title", active=active, count=len(chosen), open=still_open)
            if still_open
            else t("projects.timeline_title_closed", active=active, count=len(chosen))
        )
        chart(
            figure(
                portfolio_timeline,
                chosen,
                today(),
                title,
                status_labels=labels,
                open_label=t("projects.open"),
                today_label=t("projects.today", date=date_text(today())),
            ),
            key="projects-timeline",
        )
        st.caption(t("projects.timeline_note"))
        unplaced = chosen.loc[chosen["start_date"].isna(), "name"]
        if len(unplaced):
            st.caption(t("projects.unplaced", names=", ".join(unplaced)))

        initiated = chosen["initiated_by"].value_counts()
        title = (
            t("projects.status_title", initiator=initiated.index[0], count=int(initiated.iloc[0]), total=len(chosen))
            if len(initiated)
            else t("projects.status_title_plain", total=len(chosen))
        )
        chart(figure(status_chart, chosen, title, status_labels=labels), key="projects-status")

        budget = chosen["budget_nok"].sum()
        title = (
            t("projects.funding_title", share=percent_text(chosen["funding_granted_nok"].sum() / budget))
            if budget
            else t("projects.funding_title_none")
        )
        chart(
            figure(
                funding_chart,
                chosen,
                title,
                budget_label=t("projects.budget"),
                applied_label=t("projects.applied"),
                granted_label=t("projects.granted"),
            ),
            key="projects-funding",
        )

    st.subheader(t("projects.table"))
    table(
        chosen.assign(status_text=chosen["status"].map(status_label)),
        {
            "name": (t("projects.col.name"), "text"),
            "status_text": (t("col.status"), "text"),
            "initiated_by": (t("projects.col.initiated_by"), "text"),
            "lead_municipality": (t("projects.col.lead"), "text"),
            "start_date": (t("projects.col.start"), "date"),
            "end_date": (t("projects.col.end"), "date"),
            "budget_nok": (t("projects.col.budget"), "kr"),
            "funding_applied_nok": (t("projects.col.applied"), "kr"),
            "funding_granted_nok": (t("projects.col.granted"), "kr"),
            "funding_source": (t("projects.col.source"), "text"),
        },
        t("projects.file"),
        key="projects",
    )
