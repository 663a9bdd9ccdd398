"""Figures the dashboard, the CLI and the meeting pack show. Each function takes the database
(and the year or date in focus) and returns a DataFrame; nothing here formats or draws."""
