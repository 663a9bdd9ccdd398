"""The agreement's rules, with their validity periods, as the store holds them after `init`."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest
from conftest import db_args

from khs_data.bootstrap import shipped_rules
from khs_data.importer import commit_import, plan_edit
from khs_data.metrics.dues import dues_for_year
from khs_data.metrics.members import members_on, small_on
from khs_data.problems import ImportRefused
from khs_data.rules import RuleMissing, load_rules

D = dt.date


@pytest.fixture(scope="module")
def rules(sample_db):
    return load_rules(sample_db)


def test_init_loads_every_rule_from_regler_toml(sample_db):
    stored = sample_db.query("SELECT key, body, valid_from, valid_to, value FROM rules")
    assert len(stored) == len(shipped_rules()) == 17
    assert set(stored["key"]) >= {"dues_rate_nok", "due_date", "term_length_years", "min_meetings", "notice_months"}


def test_dues_rate_is_2_before_2019_and_3_from_2019(rules):
    assert rules.dues_rate(2018).number == 2
    assert rules.dues_rate(2019).number == 3
    assert rules.dues_rate(2026).number == 3
    described = rules.dues_rate(2026).describe()
    assert "kr 3" in described and "01.01.2019" in described  # names its source and period


def test_due_date_and_population_basis(rules):
    assert rules.due_date(2026) == D(2026, 1, 15)
    assert rules.population_date(2026) == D(2025, 1, 1)
    assert rules.population_date(2019) == D(2018, 1, 1)


def test_board_rules(rules):
    on = D(2026, 11, 23)
    assert rules.at("board_size", on).number == 7
    assert rules.at("min_small_members", on).number == 2
    assert rules.small_threshold(on) == 5000


@pytest.mark.parametrize(
    ("start", "years"), [(D(2019, 1, 1), 2), (D(2021, 6, 1), 2), (D(2022, 12, 31), 2), (D(2023, 1, 1), 4), (D(2026, 3, 1), 4)]
)
def test_term_length_follows_the_rule_valid_when_the_term_starts(rules, start, years):
    assert rules.term_length(start).number == years


def test_expected_term_end(rules):
    assert rules.expected_term_end(D(2021, 1, 1)) == D(2022, 12, 31)
    assert rules.expected_term_end(D(2023, 1, 1)) == D(2026, 12, 31)


def test_before_the_first_term_rule_the_earliest_applies_and_says_so(rules):
    rule = rules.term_length(D(2018, 6, 1))
    assert rule.number == 2 and rule.applied_to == D(2018, 6, 1)
    assert "brukt for 01.06.2018, da ingen regel gjaldt" in rule.describe()
    assert rules.find("term_length_years", D(2018, 6, 1)) is None
    with pytest.raises(RuleMissing, match="no_such_rule"):
        rules.at("no_such_rule", D(2026, 1, 1))


def test_minimum_meetings_per_body(rules):
    assert rules.bodies_with_minimum() == ["Dialogmøtet", "Ordfører- og rådmannsmøtet", "Samarbeidsstyret"]
    assert rules.min_meetings(2026, "Samarbeidsstyret").number == 4
    assert rules.min_meetings(2026, "Ordfører- og rådmannsmøtet").number == 1
    assert rules.min_meetings(2026, "Dialogmøtet").number == 1


@pytest.mark.parametrize("notice", [D(2026, 1, 1), D(2026, 6, 30), D(2026, 9, 15), D(2026, 12, 31)])
def test_notice_any_day_of_a_year_leaves_on_1_july_next_year(rules, notice):
    assert rules.leaving_date(notice) == D(2027, 7, 1)


def test_a_leaving_member_is_billed_for_its_leaving_year_and_not_after(rules):
    notice = D(2026, 9, 15)
    assert rules.billed(2026, D(2019, 1, 1), notice)
    assert rules.billed(2027, D(2019, 1, 1), notice)  # due 15.01.2027, before it leaves 01.07.2027
    assert not rules.billed(2028, D(2019, 1, 1), notice)
    assert not rules.billed(2018, D(2019, 1, 1), None)  # not yet a member on the due date


def test_flå_has_given_notice_in_the_sample_and_leaves_1_july_2027(sample_db):
    assert "Flå" in set(members_on(sample_db, D(2027, 6, 30))["municipality"])
    assert "Flå" not in set(members_on(sample_db, D(2027, 7, 1))["municipality"])
    assert "Flå" in set(dues_for_year(sample_db, 2027)["municipality"])
    billed_2028 = dues_for_year(sample_db, 2028)
    assert "Flå" not in set(billed_2028["municipality"])
    assert len(billed_2028) == 20


def test_small_is_computed_per_date_from_population(sample_db):
    def small(on):
        frame = small_on(sample_db, on)
        return dict(zip(frame["municipality"], frame["small"]))

    # Gol: 5 004 at 1.1.2023, 4 986 at 1.1.2025 (sample figures)
    assert not small(D(2023, 6, 1))["Gol"]
    assert small(D(2025, 6, 1))["Gol"]
    assert sum(small(D(2025, 6, 1)).values()) == 10  # DOMAIN.md: by the 2025 figures 10 of 21 are small


def test_a_new_rule_period_changes_the_figures_from_its_start(fresh_sample_db):
    db = fresh_sample_db
    rules = db.query("SELECT key, body, valid_from, valid_to, value, source FROM rules")
    open_rate = (rules["key"] == "dues_rate_nok") & rules["valid_to"].isna()
    rules.loc[open_rate, "valid_to"] = pd.Timestamp("2026-12-31")
    rules = pd.concat(
        [
            rules,
            pd.DataFrame(
                [
                    {
                        "key": "dues_rate_nok",
                        "body": "",
                        "valid_from": pd.Timestamp("2027-01-01"),
                        "valid_to": pd.NaT,
                        "value": "4",
                        "source": "Årsmøtet 2026: kr 4 per innbygger",
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    plan = plan_edit(db, "rules", rules)
    assert (plan.added, plan.changed, plan.removed) == (1, 1, 0)
    commit_import(db, plan, "test")
    updated = load_rules(db)
    assert updated.dues_rate(2026).number == 3
    assert updated.dues_rate(2027).number == 4
    assert "Årsmøtet 2026" in updated.dues_rate(2027).describe()


def test_an_edit_may_not_remove_a_rule_the_figures_need(fresh_sample_db, snapshot):
    rules = fresh_sample_db.query("SELECT key, body, valid_from, valid_to, value, source FROM rules")
    before = snapshot(fresh_sample_db)
    with pytest.raises(ImportRefused, match="Regelen «notice_months» kan ikke fjernes helt"):
        plan_edit(fresh_sample_db, "rules", rules[rules["key"] != "notice_months"])
    assert snapshot(fresh_sample_db) == before


def test_a_rule_edited_to_end_early_still_gives_figures_that_say_so(fresh_sample_db, run):
    """The rate is edited to end 31.12.2024 and nothing follows: dues for 2026 use it, and say so."""
    db = fresh_sample_db
    rules = db.query("SELECT key, body, valid_from, valid_to, value, source FROM rules")
    rules.loc[(rules["key"] == "dues_rate_nok") & rules["valid_to"].isna(), "valid_to"] = pd.Timestamp("2024-12-31")
    commit_import(db, plan_edit(db, "rules", rules), "test")
    code, out, err = run(*db_args(db), "dues", "--year", "2026", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["total_nok"] == 1_519_776 and "brukt for 01.01.2026, da ingen regel gjaldt" in data["rule"]
