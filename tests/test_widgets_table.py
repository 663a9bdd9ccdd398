"""ui.widgets.table: Norwegian formats applied by the browser (st.column_config) instead of a
pandas Styler run on every cell in Python, showing exactly the text khs_data.fmt writes."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from khs_data.fmt import kr_text, number_text


def _app():
    import datetime as dt

    import pandas as pd

    from ui.widgets import table

    frame = pd.DataFrame(
        {
            "n": [1234567, 5, -1234],
            "k": [392762.5, 2.5, 1519776.49],
            "d": [dt.date(2026, 1, 15), dt.date(2025, 3, 1), dt.date(2024, 12, 31)],
            "g": [1.0, None, 3.0],
            "s": ["Bærum", "Asker", "Hole"],
        }
    )
    columns = {"n": ("Antall", "int"), "k": ("Beløp", "kr"), "d": ("Dato", "date"), "g": ("Med hull", "int"), "s": ("Navn", "text")}
    table(frame, columns, "fil", key="t")


def _sprintf_grouped(template: str, value: float) -> str:
    """What the browser's sprintf makes of "%' ,d": the integer part, grouped by spaces."""
    return template.replace("%' ,d", f"{int(value):,}".replace(",", " "))


def test_numbers_and_dates_are_formatted_by_the_browser_as_fmt_writes_them():
    app = AppTest.from_function(_app, default_timeout=60)
    app.run()
    assert not app.exception
    shown = app.dataframe[0]
    config = json.loads(shown.proto.columns)
    assert config["Antall"]["type_config"] == {"type": "number", "format": "%' ,d"}
    assert config["Beløp"]["type_config"] == {"type": "number", "format": "kr %' ,d"}
    assert config["Dato"]["type_config"] == {"type": "date", "format": "DD.MM.YYYY"}
    values = shown.value
    # Numbers stay numbers (they sort as numbers), rounded here as fmt rounds (half to even).
    assert [_sprintf_grouped("%' ,d", v) for v in values["Antall"]] == [number_text(v) for v in (1234567, 5, -1234)]
    assert [_sprintf_grouped("kr %' ,d", v) for v in values["Beløp"]] == [kr_text(v) for v in (392762.5, 2.5, 1519776.49)]
    assert list(values["Beløp"]) == [392762.0, 2.0, 1519776.0]


def test_a_column_with_gaps_is_finished_text_with_a_dash():
    app = AppTest.from_function(_app, default_timeout=60)
    app.run()
    shown = app.dataframe[0]
    assert "Med hull" not in json.loads(shown.proto.columns)
    assert list(shown.value["Med hull"]) == ["1", "–", "3"]
    assert list(shown.value["Navn"]) == ["Bærum", "Asker", "Hole"]
