"""Numbered schema migrations; the number of applied ones is the schema version."""

MIGRATIONS: list[str] = [
    # 1: the first schema. Keys are enforced by the importer, not by constraints, so a
    # re-import can delete and re-insert the rows it covers inside one transaction.
    """
    CREATE TABLE municipalities (
        number VARCHAR NOT NULL, name VARCHAR NOT NULL, board_region VARCHAR NOT NULL,
        lsu_area VARCHAR, member_since DATE, notice_date DATE);
    CREATE TABLE municipality_numbers (
        old_number VARCHAR NOT NULL, new_number VARCHAR NOT NULL, valid_from DATE, valid_to DATE);
    CREATE TABLE population (municipality VARCHAR NOT NULL, date DATE NOT NULL, count BIGINT NOT NULL);
    CREATE TABLE meetings (
        date DATE NOT NULL, body VARCHAR NOT NULL, title VARCHAR, status VARCHAR NOT NULL,
        place VARCHAR, note VARCHAR);
    CREATE TABLE board_terms (
        person VARCHAR NOT NULL, municipality VARCHAR NOT NULL, role VARCHAR NOT NULL,
        term_start DATE NOT NULL, term_end DATE);
    CREATE TABLE network_seats (
        area VARCHAR NOT NULL, person VARCHAR, municipality VARCHAR, from_date DATE NOT NULL, to_date DATE);
    CREATE TABLE projects (
        name VARCHAR NOT NULL, description VARCHAR, initiated_by VARCHAR, lead_municipality VARCHAR,
        start_date DATE, end_date DATE, status VARCHAR, budget_nok BIGINT,
        funding_applied_nok BIGINT, funding_granted_nok BIGINT, funding_source VARCHAR);
    CREATE TABLE payments (
        municipality VARCHAR NOT NULL, year INTEGER NOT NULL, paid_date DATE, amount_nok BIGINT NOT NULL);
    CREATE TABLE rules (
        key VARCHAR NOT NULL, body VARCHAR NOT NULL DEFAULT '', valid_from DATE NOT NULL,
        valid_to DATE, value VARCHAR NOT NULL, source VARCHAR);
    CREATE TABLE imports (
        id INTEGER NOT NULL, imported_at TIMESTAMP NOT NULL, who VARCHAR, kind VARCHAR NOT NULL,
        file_name VARCHAR, archive_name VARCHAR, sha256 VARCHAR, source VARCHAR,
        added INTEGER, changed INTEGER, unchanged INTEGER, skipped INTEGER, summary VARCHAR,
        undone_at TIMESTAMP);
    CREATE TABLE import_changes (
        import_id INTEGER NOT NULL, seq INTEGER NOT NULL, table_name VARCHAR NOT NULL,
        before_json VARCHAR, after_json VARCHAR);
    """,
    # 2: a meeting's status may be empty. An empty status is decided on the date the figures are
    # for (held once the date has passed), no longer fixed on the day of import. Rows imported
    # before keep the status they were given then: which of them were empty is not recorded.
    """
    ALTER TABLE meetings ALTER COLUMN status DROP NOT NULL;
    """,
    # 3: the board's action plan (measures per year and focus area) and its budget lines. The dues
    # line is computed from the rules and population, so a typed one is kept only to compare.
    """
    CREATE TABLE action_measures (
        year INTEGER NOT NULL, focus_area VARCHAR NOT NULL, measure VARCHAR NOT NULL, owner VARCHAR,
        deadline DATE, status VARCHAR, project VARCHAR, note VARCHAR);
    CREATE TABLE budget_lines (
        year INTEGER NOT NULL, line VARCHAR NOT NULL, type VARCHAR NOT NULL, budget_nok BIGINT NOT NULL,
        actual_nok BIGINT, project VARCHAR, note VARCHAR);
    """,
    # 4: the agreement and its amendments (reference data the coordinator edits; `init` loads the
    # shipped agreement), each municipality's approval of them, and the time of day a meeting
    # starts and ends when it is known (for timed calendar entries).
    """
    CREATE TABLE agreements (
        name VARCHAR NOT NULL, type VARCHAR NOT NULL, valid_from DATE, valid_to DATE,
        until_replaced VARCHAR, note VARCHAR);
    CREATE TABLE approvals (
        agreement VARCHAR NOT NULL, municipality VARCHAR NOT NULL, approved_date DATE NOT NULL,
        approved_by VARCHAR, note VARCHAR);
    ALTER TABLE meetings ADD COLUMN start_time TIME;
    ALTER TABLE meetings ADD COLUMN end_time TIME;
    """,
]
