"""ui.data: figures are cached on their inputs' content, and served with a lean template."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from khs_data.charts.theme import style
from ui.data import _digest, lean


def test_equal_frames_give_one_key_however_their_strings_are_shared():
    # The projects page rebuilt its charts on every rerun: a frame's pickle differs with how its
    # strings are shared, so equal inputs never met in the cache.
    name = "Velferdsteknologi"
    shared = pd.DataFrame({"project": [name, name], "budget": [1, 2]})
    separate = pd.DataFrame({"project": ["".join(["Velferds", "teknologi"]), "".join(["Velferd", "steknologi"])], "budget": [1, 2]})
    assert _digest((shared, "tittel"), {"labels": {"a": "b"}}) == _digest((separate, "tittel"), {"labels": {"a": "b"}})
    as_objects = shared.astype({"project": object}), separate.astype({"project": object})  # Python strings, not Arrow's
    assert _digest((as_objects[0],), {}) == _digest((as_objects[1],), {})


def test_a_changed_value_column_or_label_gives_another_key():
    frame = pd.DataFrame({"project": ["A", "B"], "budget": [1, 2]})
    key = _digest((frame,), {"title": "x"})
    assert _digest((frame.assign(budget=[1, 3]),), {"title": "x"}) != key
    assert _digest((frame.rename(columns={"budget": "cost"}),), {"title": "x"}) != key
    assert _digest((frame,), {"title": "y"}) != key
    assert _digest((frame["budget"],), {"title": "x"}) != _digest((frame["budget"] + 1,), {"title": "x"})
    objects = frame.astype({"project": object})
    assert _digest((objects.assign(project=["A", "C"]),), {}) != _digest((objects,), {})


def test_lean_keeps_what_is_drawn_and_only_the_defaults_of_drawn_trace_types():
    figure = style(go.Figure([go.Bar(x=["a", "b"], y=[3, 4]), go.Scatter(x=["a"], y=[2])]), "Tittel")
    before = json.loads(pio.to_json(figure))
    after = json.loads(pio.to_json(lean(go.Figure(figure))))
    assert after["data"] == before["data"]
    assert {k: v for k, v in after["layout"].items() if k != "template"} == {k: v for k, v in before["layout"].items() if k != "template"}
    assert after["layout"]["template"]["layout"] == before["layout"]["template"]["layout"]
    assert sorted(after["layout"]["template"]["data"]) == ["bar", "scatter"]
    assert all(after["layout"]["template"]["data"][k] == before["layout"]["template"]["data"][k] for k in ("bar", "scatter"))


def test_a_figures_text_alternative_is_worked_out_once_per_language_and_forgotten_with_the_figure(monkeypatch):
    import gc

    from ui import data

    worked = []
    monkeypatch.setattr(data, "chart_alternative", lambda chart, lang: worked.append(lang) or (id(chart), lang))
    figure = style(go.Figure([go.Bar(x=["a", "b"], y=[3, 4])]), "Tittel")
    assert data.alternative(figure, "nb") == data.alternative(figure, "nb") == (id(figure), "nb")
    assert data.alternative(figure, "nn") == (id(figure), "nn")
    assert worked == ["nb", "nn"]

    key = id(figure)
    del figure
    gc.collect()
    assert key not in data._alternatives


def test_nullable_number_columns_give_one_key_whatever_was_done_with_them():
    # Prosjekter rebuilt its funding chart on every rerun: a nullable integer column pickled
    # differently after the page had compared it, and the metric cache's fresh copy differently again.
    import pickle

    frame = pd.DataFrame({"granted": pd.array([1, None, 3], dtype="Int64"), "ok": pd.array([True, None, False], dtype="boolean")})
    key = _digest((frame,), {})
    frame["granted"].isna().any(), frame["granted"].round(), (frame["granted"] > 1).sum(), frame["ok"].any()
    assert _digest((frame,), {}) == key == _digest((pickle.loads(pickle.dumps(frame)),), {})
    assert _digest((frame.assign(granted=pd.array([1, 0, 3], dtype="Int64")),), {}) != key  # a gap is not a zero
    assert _digest((frame.assign(granted=pd.array([1, None, 4], dtype="Int64")),), {}) != key
