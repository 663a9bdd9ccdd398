"""What the reference page shows: any Streamlit page with one plotly bar chart of 21 bars and one
21-row table costs this much on this machine."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st


def show() -> None:
    frame = pd.DataFrame({"kommune": [f"Kommune {n}" for n in range(1, 22)], "folketall": [1000 * n for n in range(1, 22)]})
    st.title("Referanseside")
    st.plotly_chart(go.Figure(go.Bar(x=frame["kommune"], y=frame["folketall"])), key="reference-chart")
    st.dataframe(frame, hide_index=True)
