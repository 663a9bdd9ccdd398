"""Årshjul: the year in focus as a wheel of every deadline, meeting and end of a period that the
data and the agreement's rules give, the same events in date order, and «Legg i kalender»."""

from collections import Counter

import streamlit as st

from khs_data.charts.yearwheel import year_wheel
from khs_data.database import StoreError
from khs_data.fmt import date_text
from khs_data.metrics.yearwheel import EventGroup, EventKind, EventStatus, group_of, year_events
from khs_data.yearwheel.text import event_body, event_table, event_title, kind_label, status_label
from ui.data import figure, metric
from ui.state import ensure_app_entry, lang, t, today, year
from ui.widgets import chart, headline, table
from ui.yearwheel import calendar_download

ensure_app_entry()


def answer(events: list, counts: Counter) -> str:
    """The next event (this year or a later one), or what the year held; and the gaps."""
    values = dict(
        year=year(),
        count=len(events),
        meetings=counts[EventGroup.MEETINGS],
        deadlines=counts[EventGroup.DEADLINES],
        periods=counts[EventGroup.PERIODS],
    )
    ahead = [e for e in events if e.date >= today() and e.kind != EventKind.MISSING_MEETING]
    if ahead:
        title, day = event_title(ahead[0], lang()), date_text(ahead[0].date)
        sentence = t("yearwheel.headline.next" if day not in title else "yearwheel.headline.next_dated", title=title, date=day, **values)
    else:
        sentence = t("yearwheel.headline.done", **values)
    gaps = [event_title(e, lang()) + "." for e in events if e.status == EventStatus.MISSING]
    return " ".join([sentence, *gaps])


try:
    events = metric(year_events, year(), today())
except StoreError as error:
    st.error(t("common.store_error", error=error))
    st.stop()

counts = Counter(group_of(e.kind) for e in events)
if not events:
    headline(t("page.arshjul"), t("yearwheel.headline.empty", year=year()))
    st.stop()
headline(t("page.arshjul"), answer(events, counts))

title = t(
    "yearwheel.chart.title",
    year=year(),
    meetings=counts[EventGroup.MEETINGS],
    deadlines=counts[EventGroup.DEADLINES],
    periods=counts[EventGroup.PERIODS],
)
picked = chart(
    figure(year_wheel, events, year(), today(), lang(), title),
    key=f"yearwheel-{year()}-{lang()}",
    on_select="rerun",
    selection_mode="points",
)
st.caption(t("yearwheel.chart.note"))

chosen = [events[int(point["customdata"][0])] for point in picked["selection"]["points"] if point.get("customdata")]
for event in chosen:
    with st.container(border=True):
        st.markdown(f"**{t('yearwheel.selected')}: {event_title(event, lang())}**")
        st.markdown(f"{date_text(event.date)} · {kind_label(event.kind, lang())} · {status_label(event.status, lang())}")
        st.markdown(event_body(event, lang()))

calendar_download("yearwheel-ics")

st.subheader(t("yearwheel.table", year=year()))
table(
    metric(event_table, year(), today(), lang()),
    {
        "date": (t("col.date"), "date"),
        "kind": (t("yearwheel.col.kind"), "text"),
        "title": (t("yearwheel.col.title"), "text"),
        "body": (t("yearwheel.col.body"), "text"),
        "status": (t("col.status"), "text"),
    },
    t("yearwheel.file.table", year=year()),
    key="yearwheel-table",
)
