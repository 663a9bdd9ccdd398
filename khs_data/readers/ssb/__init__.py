"""SSB's population table 07459, everything about SSB's format in one place: record (one figure
as SSB wrote it, region labels, SSB's symbols), statbank (the table in StatBank's CSV and XLSX
downloads), jsonstat (JSON-stat2 from PxWebApi v2) and population (SSB's figures as the
population rows the dashboard stores, members matched, symbols skipped)."""
