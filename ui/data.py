"""Reads for the pages: the database opened once per process, metric results cached until the
database file changes (an import here or by the CLI), so a rerun never re-reads the store and an
upload is never shown stale."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from khs_data.bootstrap import open_database
from khs_data.database import Database


@st.cache_resource(show_spinner=False)
def database() -> Database:
    return open_database()


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(_function: Callable, name: str, change_token: tuple, args: tuple, kwargs: tuple):
    return _function(database(), *args, **dict(kwargs))


def metric(function: Callable, *args, **kwargs):
    """`function(db, *args)` from cache, keyed on the database's change token."""
    name = f"{function.__module__}.{function.__qualname__}"
    return _cached(function, name, database().change_token(), args, tuple(sorted(kwargs.items())))


@st.cache_resource(show_spinner=False, max_entries=256)
def _figure(_builder: Callable, name: str, args: tuple, kwargs: tuple):
    return _builder(*args, **dict(kwargs))


def figure(builder: Callable, *args, **kwargs):
    """`builder(*args)` (a chart builder: data in, plotly Figure out), built once per distinct
    input instead of on every rerun: styling a figure costs far more than drawing it. The same
    Figure object is handed to every session, so it is passed to `chart` and never changed."""
    name = f"{builder.__module__}.{builder.__qualname__}"
    return _figure(builder, name, args, tuple(sorted(kwargs.items())))


def data_changed() -> None:
    """After this process writes: drop cached results at once (the token would catch it too)."""
    _cached.clear()
