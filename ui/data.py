"""Reads for the pages: the database opened once per process, metric results cached until the
database file changes (an import here or by the CLI), so a rerun never re-reads the store and an
upload is never shown stale."""

from __future__ import annotations

import hashlib
import io
import pickle
import weakref
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from khs_data.bootstrap import open_database
from khs_data.charts.alternative import ChartAlternative, chart_alternative
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
def _figure(_builder: Callable, name: str, inputs: str, _args: tuple, _kwargs: dict):
    return lean(_builder(*_args, **_kwargs))


def lean(figure: go.Figure) -> go.Figure:
    """The figure with its template's trace defaults only for the trace types it draws: a template
    (plotly_white) carries defaults for some 30 types, and st.plotly_chart copies and serializes all
    of them on every rerun. A default applies only to traces of its own type, so nothing drawn changes."""
    template = figure.layout.template
    used = {trace.type for trace in figure.data}
    defaults = {kind: traces for kind, traces in template.data.to_plotly_json().items() if kind in used}
    figure.layout.template = go.layout.Template(layout=template.layout, data=defaults)
    return figure


# pandas' nullable number and boolean arrays pickle with state that depends on what was done to
# them (a fresh copy from the metric cache and the same column after a comparison differ), so
# they are keyed on what they hold: their dtype, which values are missing, and the values.
_MASKED = (pd.arrays.IntegerArray, pd.arrays.FloatingArray, pd.arrays.BooleanArray)


class _InputPickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, _MASKED):
            values = obj.to_numpy(dtype=obj.dtype.numpy_dtype, na_value=0)
            return tuple, ((str(obj.dtype), obj.isna().tobytes(), values.tobytes()),)
        return NotImplemented


def _digest(args: tuple, kwargs: dict) -> str | None:
    """A key for a builder's inputs: the hash of their pickle, made without pickle's memo, so equal
    frames give equal bytes however their strings happen to be shared. Streamlit's own hashing
    walks the inputs in Python, pandas' row hashing costs ten times this on the pages' frames.
    None when an input cannot be pickled (the builder then runs)."""
    buffer = io.BytesIO()
    pickler = _InputPickler(buffer, protocol=5)
    pickler.fast = True  # no memo: a value shared twice is written twice, as an equal unshared one is
    try:
        pickler.dump((args, sorted(kwargs.items())))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError):
        return None
    return hashlib.blake2b(buffer.getvalue(), digest_size=20).hexdigest()


def figure(builder: Callable, *args, **kwargs):
    """`builder(*args)` (a chart builder: data in, plotly Figure out), built once per distinct
    input instead of on every rerun: styling a figure costs far more than drawing it. The same
    Figure object is handed to every session, so it is passed to `chart` and never changed."""
    name = f"{builder.__module__}.{builder.__qualname__}"
    inputs = _digest(args, kwargs)
    if inputs is None:
        return lean(builder(*args, **kwargs))
    return _figure(builder, name, inputs, args, kwargs)


# The text alternative of each figure object, by language. The figures `figure` hands out are shared
# and never changed, so their numbers as rows are worked out once, not on every rerun: walking the
# traces through plotly's validators cost a third of a page at national scale.
_alternatives: dict[int, tuple[weakref.ref, dict[str, ChartAlternative]]] = {}


def alternative(chart: go.Figure, lang: str) -> ChartAlternative:
    """chart_alternative(chart, lang), once per figure object and language."""
    key = id(chart)
    entry = _alternatives.get(key)
    if entry is None or entry[0]() is not chart:
        entry = _alternatives[key] = (weakref.ref(chart, lambda _gone, key=key: _alternatives.pop(key, None)), {})
    by_lang = entry[1]
    if lang not in by_lang:
        by_lang[lang] = chart_alternative(chart, lang)
    return by_lang[lang]


def data_changed() -> None:
    """After this process writes: drop cached results at once (the token would catch it too)."""
    _cached.clear()
