"""What the pages share: the navigation, session state (year, language), cached reads and small widgets.
The only place besides pages/ and dashboard.py that imports streamlit."""
