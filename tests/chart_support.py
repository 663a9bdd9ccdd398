"""The charts a page drew, as figures: read back from the plotly elements of an AppTest run."""

from __future__ import annotations

import base64
import json

import numpy as np
import plotly.graph_objects as go


def figure_from_spec(spec: str) -> go.Figure:
    """The figure a plotly element carries (its arrays sent as typed base64, as plotly.js reads them)."""

    def decoded(value):
        if isinstance(value, dict) and "bdata" in value:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
            return array.reshape([int(n) for n in str(value["shape"]).split(",")]) if "shape" in value else array
        if isinstance(value, dict):
            return {k: decoded(v) for k, v in value.items()}
        if isinstance(value, list):
            return [decoded(v) for v in value]
        return value

    return go.Figure(decoded(json.loads(spec)))


def page_figures(app) -> list[go.Figure]:
    return [figure_from_spec(element.proto.spec) for element in app.get("plotly_chart")]
