"""Avtalen: approvals through the import path, the agreements as reference data, and unanimity —
an amendment is in force only when every member at that date has approved it."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from khs_data.database import Database
from khs_data.importer import ImportRefused, commit_import, history, plan_edit, plan_import, undo_last
from khs_data.metrics.agreements import Agreement, ApprovalRegister, agreement_states, states_on
from khs_data.templates import LISTS_SHEET, template_bytes

D = dt.date
SAMPLE_TODAY = D(2026, 11, 23)
BASE = "Samarbeidsavtalen 2019–2023"
AMENDMENT = "Endring 2026: Samhandlingsnettverket inn i avtalen"
HEADER = ["Avtale", "Kommune", "Vedtatt dato", "Vedtatt av", "Merknad"]


def state(db: Database, name: str, on: dt.date):
    return next(s for s in agreement_states(db, on) if s.name == name)


def load(db: Database, path, today: dt.date = SAMPLE_TODAY, kind: str | None = None):
    return commit_import(db, plan_import(db, path, today=today, kind=kind), "test")


def agreements_frame(db: Database) -> pd.DataFrame:
    return db.query("SELECT name, type, valid_from, valid_to, until_replaced, note FROM agreements ORDER BY name")


# -- the sample ----------------------------------------------------------------------------------


def test_the_shipped_agreement_is_in_force_after_2023_until_a_new_one_exists(sample_db):
    base = state(sample_db, BASE, SAMPLE_TODAY)
    assert (base.agreement.valid_from, base.agreement.valid_to, base.agreement.until_replaced) == (D(2019, 1, 1), D(2023, 1, 1), True)
    assert base.in_force and base.in_force_from == D(2019, 1, 1) and base.ended_on is None
    assert base.unanimous and len(base.asked) == len(base.approved) == 21


def test_the_sample_amendment_lacks_four_approvals_and_is_not_in_force(sample_db):
    amendment = state(sample_db, AMENDMENT, SAMPLE_TODAY)
    assert (len(amendment.approved), len(amendment.asked)) == (17, 21)
    assert [m.municipality for m in amendment.missing] == ["Flå", "Hole", "Rollag", "Sigdal"]
    assert not amendment.unanimous and not amendment.in_force
    assert amendment.agreement.type == "endring" and amendment.agreement.valid_from is None


def test_an_agreement_first_approved_after_the_date_is_not_listed(sample_db):
    assert [s.name for s in agreement_states(sample_db, D(2020, 6, 1))] == [BASE]


# -- unanimity ------------------------------------------------------------------------------------


def test_the_last_approval_puts_the_amendment_in_force_that_day(fresh_sample_db, make_csv):
    rows = [HEADER, *[[AMENDMENT, name, "17.11.2026", "kommunestyret", None] for name in ("Flå", "Hole", "Rollag")]]
    load(fresh_sample_db, make_csv("tre.csv", rows))
    assert not state(fresh_sample_db, AMENDMENT, SAMPLE_TODAY).in_force  # Sigdal still missing
    load(fresh_sample_db, make_csv("sigdal.csv", [HEADER, [AMENDMENT, "Sigdal", "20.11.2026", "kommunedirektøren", "Delegert"]]))
    amendment = state(fresh_sample_db, AMENDMENT, SAMPLE_TODAY)
    assert amendment.unanimous and amendment.in_force and amendment.in_force_from == D(2026, 11, 20)
    assert not state(fresh_sample_db, AMENDMENT, D(2026, 11, 19)).in_force


def test_a_member_that_leaves_without_approving_is_no_longer_asked(fresh_sample_db, make_csv):
    # Flå gave notice 15.09.2026 and leaves 01.07.2027; the other three approve in March 2027.
    rows = [HEADER, *[[AMENDMENT, name, "16.03.2027", "kommunestyret", None] for name in ("Hole", "Rollag", "Sigdal")]]
    load(fresh_sample_db, make_csv("mars.csv", rows), today=D(2027, 3, 20))
    before = state(fresh_sample_db, AMENDMENT, D(2027, 6, 30))
    assert not before.in_force and [m.municipality for m in before.missing] == ["Flå"]
    after = state(fresh_sample_db, AMENDMENT, D(2027, 7, 1))
    assert after.in_force and after.in_force_from == D(2027, 7, 1)
    assert (len(after.approved), len(after.asked)) == (20, 20)


def test_a_member_that_joins_later_is_asked_for_the_agreement_in_force_not_for_earlier_amendments(fresh_sample_db, make_csv):
    db = fresh_sample_db
    everyone = [HEADER, *[[AMENDMENT, n, "17.11.2026", "kommunestyret", None] for n in ("Flå", "Hole", "Rollag", "Sigdal")]]
    load(db, make_csv("resten.csv", everyone))
    with db.writing() as connection:  # Jevnaker joins later, in 2027, and has not approved yet
        connection.execute("UPDATE municipalities SET member_since = DATE '2027-01-01' WHERE name = 'Jevnaker'")
        connection.execute("DELETE FROM approvals WHERE municipality = '3236'")
    on = D(2027, 2, 1)
    base, amendment = state(db, BASE, on), state(db, AMENDMENT, on)
    assert amendment.in_force and amendment.in_force_from == D(2026, 11, 17)
    assert "Jevnaker" not in [m.municipality for m in amendment.asked] and amendment.unanimous
    assert base.in_force and [m.municipality for m in base.missing] == ["Jevnaker"]
    assert base.missing[0].member_since == D(2027, 1, 1)


def test_a_new_agreement_approved_by_all_replaces_the_old_one(fresh_sample_db, make_csv):
    db = fresh_sample_db
    rows = agreements_frame(db)
    new = {"name": "Samarbeidsavtalen 2027–2030", "type": "avtale", "valid_from": D(2027, 1, 1), "valid_to": D(2030, 12, 31)}
    plan = plan_edit(db, "agreements", pd.concat([rows, pd.DataFrame([new | {"until_replaced": "ja", "note": None}])]))
    assert plan.added == 1 and plan.removed == 0
    commit_import(db, plan, "test")
    names = db.query("SELECT name FROM municipalities")["name"]
    load(db, make_csv("ny.csv", [HEADER, *[[new["name"], n, "10.11.2026", "kommunestyret", None] for n in names]]))
    assert state(db, BASE, D(2026, 12, 31)).in_force
    base, replacement = state(db, BASE, D(2027, 1, 1)), state(db, new["name"], D(2027, 1, 1))
    assert replacement.in_force and replacement.in_force_from == D(2027, 1, 1)
    assert not base.in_force and base.ended_on == D(2027, 1, 1)
    assert not state(db, AMENDMENT, D(2027, 1, 1)).in_force  # never unanimous, and now part of the past


def test_an_agreement_without_until_replaced_ends_after_its_last_day(fresh_sample_db):
    db = fresh_sample_db
    rows = agreements_frame(db)
    rows.loc[rows["name"] == BASE, "until_replaced"] = "nei"
    commit_import(db, plan_edit(db, "agreements", rows), "test")
    assert state(db, BASE, D(2023, 1, 1)).in_force
    ended = state(db, BASE, D(2023, 1, 2))
    assert not ended.in_force and ended.ended_on == D(2023, 1, 2) and ended.ended


# -- the import path ------------------------------------------------------------------------------


def test_unknown_municipalities_and_impossible_dates_are_refused_and_nothing_is_written(fresh_sample_db, make_csv, snapshot):
    before = snapshot(fresh_sample_db)
    path = make_csv(
        "vedtak.csv",
        [
            HEADER,
            [BASE, "Oslo", "13.11.2018", "bystyret", None],
            [AMENDMENT, "Hole", "31.02.2026", "kommunestyret", None],
            [AMENDMENT, "Rollag", "01.12.2026", "kommunestyret", None],
            [None, "Sigdal", "10.11.2026", None, None],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        plan_import(fresh_sample_db, path, today=SAMPLE_TODAY)
    found = [(p.row, p.column, p.value) for p in refused.value.problems]
    assert found == [(2, "Kommune", "Oslo"), (3, "Vedtatt dato", "31.02.2026"), (4, "Vedtatt dato", "01.12.2026"), (5, "Avtale", None)]
    messages = [p.message for p in refused.value.problems]
    assert "medlemskommuner" in messages[0] and "finnes ikke" in messages[1] and "etter i dag (23.11.2026)" in messages[2]
    assert snapshot(fresh_sample_db) == before


def test_a_new_name_creates_an_amendment_and_undo_removes_both(fresh_sample_db, make_xlsx):
    db = fresh_sample_db
    path = make_xlsx("endring.xlsx", [HEADER, ["Endring 2026b: kontingent", "3201 Bærum", D(2026, 10, 6), "kommunestyret", "Sak 9/26"]])
    plan = plan_import(db, path, today=SAMPLE_TODAY)
    assert plan.kind.name == "approvals" and plan.added == 1
    assert plan.created_names() == {"agreements": ["Endring 2026b: kontingent"]}
    assert "ny i «avtaler»: «Endring 2026b: kontingent»" in plan.summary()
    commit_import(db, plan, "test")
    created = agreements_frame(db).set_index("name").loc["Endring 2026b: kontingent"]
    assert (created["type"], created["until_replaced"], pd.isna(created["valid_from"])) == ("endring", "ja", True)
    assert state(db, "Endring 2026b: kontingent", SAMPLE_TODAY).approved[0].approved_by == "kommunestyret"
    undone = undo_last(db)
    assert undone["reverted_rows"] == 2
    assert "Endring 2026b: kontingent" not in set(agreements_frame(db)["name"])
    assert db.query("SELECT count(*) FROM approvals WHERE agreement LIKE 'Endring 2026b%'").iloc[0, 0] == 0


def test_an_agreement_name_written_with_a_hyphen_is_the_known_agreement(fresh_sample_db, make_csv):
    path = make_csv("vedtak.csv", [HEADER, ["samarbeidsavtalen 2019-2023", "Bærum", "01.11.2018", "formannskapet", None]])
    plan = plan_import(fresh_sample_db, path, today=SAMPLE_TODAY)
    assert plan.created == [] and plan.changed == 1 and plan.added == 0
    assert plan.changes[0].after["agreement"] == BASE and plan.changes[0].after["approved_by"] == "formannskapet"


def test_the_same_approval_again_updates_it(fresh_sample_db, make_csv):
    db = fresh_sample_db
    load(db, make_csv("v.csv", [HEADER, [AMENDMENT, "Hole", "03.11.2026", "kommunestyret", None]]))
    load(db, make_csv("v2.csv", [HEADER, [AMENDMENT, "Hole", "04.11.2026", "kommunestyret", "Rettet dato"]]))
    found = db.query("SELECT approved_date, note FROM approvals WHERE agreement = ? AND municipality = '3310'", [AMENDMENT])
    assert len(found) == 1 and found.iloc[0]["note"] == "Rettet dato"


def test_editing_approvals_in_place_goes_through_the_same_checks(fresh_sample_db):
    rows = fresh_sample_db.query("SELECT * FROM approvals ORDER BY agreement, municipality")
    rows.loc[0, "municipality"] = "Oslo"
    with pytest.raises(ImportRefused) as refused:
        plan_edit(fresh_sample_db, "approvals", rows)
    assert refused.value.problems[0].column == "Kommune" and refused.value.problems[0].value == "Oslo"


def test_the_template_lists_the_agreements_and_explains_every_column(sample_db):
    book = load_workbook(io.BytesIO(template_bytes(sample_db, "approvals")))
    assert [c.value for c in book.worksheets[0][1]] == HEADER
    assert [c.value for c in book[LISTS_SHEET]["A"][1:] if c.value] == [AMENDMENT, BASE]
    explained = {row[0]: row for row in book["Forklaring"].iter_rows(values_only=True)}
    assert "ny endring" in explained["Avtale"][2]


def test_the_approvals_import_is_in_the_history(sample_db):
    imports = history(sample_db)
    assert "vedtak.xlsx" in set(imports.loc[imports["kind"] == "approvals", "file_name"])


# -- unanimity everywhere: generated member histories and approvals --------------------------------

DAY0 = D(2024, 1, 1)
SPAN = 900  # days of history generated

member = st.tuples(
    st.integers(0, 400),  # joined, days after DAY0
    st.one_of(st.none(), st.integers(1, 700)),  # left, days after joining
    st.one_of(st.none(), st.integers(0, SPAN)),  # approved
)
# The first member has approved, so the amendment has been put to the members.
member_history = st.tuples(member.filter(lambda m: m[2] is not None), st.lists(member, max_size=5)).map(lambda h: [h[0], *h[1]])


def day(n: int) -> dt.date:
    return DAY0 + dt.timedelta(days=n)


@settings(max_examples=300, deadline=None)
@given(history=member_history, seen=st.integers(0, SPAN), valid_from=st.one_of(st.none(), st.integers(0, SPAN)))
def test_in_force_exactly_from_the_first_day_every_member_then_has_approved(history, seen, valid_from):
    """Members joining and leaving at random, approvals at random, with or without a start of the
    period: the amendment is in force exactly from the first day (not before its start) on which
    every member that day had approved by that day — found here by trying every day."""
    register = ApprovalRegister(
        [(f"{i:04d}", f"K{i}", day(joined), None if left is None else day(joined + left)) for i, (joined, left, _) in enumerate(history)],
        {("Endring", f"{i:04d}"): (day(approved), None, None) for i, (*_, approved) in enumerate(history) if approved is not None},
    )
    amendment = Agreement("Endring", "endring", None if valid_from is None else day(valid_from), None, True)
    on = day(max(seen, history[0][2]))
    (found,) = states_on(register, [amendment], on)

    def unanimous(n: int) -> bool:
        present = [(i, a) for i, (joined, left, a) in enumerate(history) if joined <= n and (left is None or joined + left > n)]
        return bool(present) and all(a is not None and a <= n for _, a in present)

    first = next((day(n) for n in range(valid_from or 0, SPAN + 1200) if unanimous(n)), None)
    assert found.in_force_from == first
    assert found.in_force == (first is not None and first <= on)
    seen_day = (on - DAY0).days
    # every member approved on a day in its period: then it is in force (unanimity is never lost to the record)
    assert not (unanimous(seen_day) and seen_day >= (valid_from or 0)) or found.in_force


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        ([["Avtale", "Kommune", "Vedtatt dato"], [BASE, "Hol", "01.11.2018"]], "approvals"),
        ([["Avtalenavn", "Kommunenr", "Vedtaksdato", "Vedtaksorgan"], [BASE, "3330", "01.11.2018", "kommunestyret"]], "approvals"),
        ([["Dato", "Organ", "Tittel", "Merknad"], ["01.02.2026", "Samarbeidsstyret", "Styremøte", "Vedtatt"]], "meetings"),
        ([["Kommune", "År", "Dato", "Beløp"], ["Hol", 2026, "10.01.2026", 13488]], "payments"),
    ],
)
def test_approvals_are_told_apart_from_the_other_kinds_by_their_headers(empty_db, make_csv, rows, kind):
    assert plan_import(empty_db, make_csv("fil.csv", rows), today=SAMPLE_TODAY).kind.name == kind
