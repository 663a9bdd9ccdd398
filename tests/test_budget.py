"""The budget: importing it (templates and hand-made files), what is refused, the dues line
computed from the dues metric and never taken from the file, totals, and the `budget` command."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from khs_data import cli, config
from khs_data.importer import commit_import, plan_edit, plan_import, run_import, undo_last
from khs_data.metrics.budget import budget
from khs_data.metrics.dues import dues_for_year
from khs_data.plan_texts import dues_comparison
from khs_data.problems import ImportRefused
from khs_data.templates import stored_rows, template_bytes

HEADER = ["År", "Post", "Type", "Budsjett", "Regnskap", "Prosjekt", "Merknad"]


def refused(db, path, snapshot) -> list:
    before = snapshot(db)
    with pytest.raises(ImportRefused) as caught:
        run_import(db, path)
    assert snapshot(db) == before
    return caught.value.problems


def only(problems):
    assert len(problems) == 1, [p.describe() for p in problems]
    return problems[0]


def lines(figures) -> dict[str, dict]:
    return {r["line"]: r for r in figures.lines.to_dict("records")}


# -- import ----------------------------------------------------------------------------------


def test_a_filled_in_template_imports(fresh_sample_db, tmp_path):
    book = load_workbook(io.BytesIO(template_bytes(fresh_sample_db, "budget")))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == HEADER
    for r, values in enumerate(
        [(2027, "Koordinatorstilling", "utgift", 1_100_000, None, None, None), (2027, "Reiser", "Utgift", 40_000, 1_200, None, "til nå")],
        start=2,
    ):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    path = tmp_path / "budsjett.xlsx"
    book.save(path)
    plan = plan_import(fresh_sample_db, path)
    assert plan.kind.name == "budget" and plan.added == 2
    commit_import(fresh_sample_db, plan, "test")
    stored = lines(budget(fresh_sample_db, 2027))
    assert stored["Reiser"]["actual_nok"] == 1_200 and stored["Reiser"]["type"] == "utgift"


def test_a_hand_made_csv_with_kroner_written_the_norwegian_way(fresh_sample_db, make_csv):
    path = make_csv(
        "budsjett 2027.csv",
        [
            ["Budsjett for KHS 2027", "", "", ""],
            ["Budsjettår", "Budsjettpost", "Inntekt/utgift", "Budsjett kr", "Regnskap hittil", "Prosjekt"],
            ["2027", "Koordinatorstilling", "UTGIFT", "kr 1 100 000", "", ""],
            ["2027", "Tilskudd", "Inntekter", "250 000,00", "0", "Kompetanseløft for helsefagarbeidere"],
        ],
    )
    plan = plan_import(fresh_sample_db, path)
    assert plan.kind.name == "budget"
    commit_import(fresh_sample_db, plan, "test")
    stored = lines(budget(fresh_sample_db, 2027))
    assert stored["Koordinatorstilling"]["budget_nok"] == 1_100_000
    assert stored["Tilskudd"]["type"] == "inntekt" and stored["Tilskudd"]["project"] == "Kompetanseløft for helsefagarbeidere"


def test_a_negative_budget_is_refused(sample_db, make_csv, snapshot):
    path = make_csv("b.csv", [HEADER, [2026, "Reiser", "utgift", "-45 000", "", "", ""]])
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.row, problem.column, problem.value, problem.message) == (2, "Budsjett", "-45000", "kan ikke være negativt")


def test_an_unknown_type_and_a_missing_budget_are_refused_row_by_row(sample_db, make_csv, snapshot):
    path = make_csv(
        "b.csv",
        [
            HEADER,
            [2026, "Reiser", "utgifter", 45_000, "", "", ""],
            [2026, "Gaver", "gave", 1_000, "", "", ""],
            [2026, "IT", "utgift", "", "", "", ""],
        ],
    )
    problems = refused(sample_db, path, snapshot)
    assert [(p.row, p.column, p.value) for p in problems] == [(3, "Type", "gave"), (4, "Budsjett", None)]
    assert "inntekt eller utgift" in problems[0].message and problems[1].message == "mangler verdi"


def test_a_line_naming_a_project_that_does_not_exist_is_refused(sample_db, make_csv, snapshot):
    path = make_csv("b.csv", [HEADER, [2026, "Prosjekt: måne", "utgift", 10_000, "", "Månelanding", ""]])
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.column, problem.value) == ("Prosjekt", "Månelanding")


def test_a_dues_line_typed_as_an_expense_is_refused(sample_db, make_csv, snapshot):
    path = make_csv("b.csv", [HEADER, [2026, "Kontingent", "utgift", 1_500_000, "", "", ""]])
    problem = only(refused(sample_db, path, snapshot))
    assert (problem.row, problem.column, problem.value) == (2, "Type", "utgift")
    assert problem.message.startswith("medlemskontingenten er en inntekt")


def test_undo_and_editing_in_place(fresh_sample_db, make_csv, snapshot):
    before = snapshot(fresh_sample_db)["budget_lines"]
    run_import(fresh_sample_db, make_csv("b.csv", [HEADER, [2027, "Reiser", "utgift", 40_000, "", "", ""]]))
    assert undo_last(fresh_sample_db)["kind"] == "budget"
    assert snapshot(fresh_sample_db)["budget_lines"] == before
    rows = stored_rows(fresh_sample_db, "budget")
    rows.loc[(rows["year"] == 2026) & (rows["line"] == "Reiser"), "actual_nok"] = 41_000
    plan = plan_edit(fresh_sample_db, "budget", rows)
    assert [c.after["actual_nok"] for c in plan.changes] == [41_000]


# -- the dues line ---------------------------------------------------------------------------


def test_the_dues_line_is_the_dues_metric_and_the_payments(sample_db):
    figures = budget(sample_db, 2026)
    dues = lines(figures)["Medlemskontingent"]
    assert dues["computed"] and dues["type"] == "inntekt"
    assert dues["budget_nok"] == int(dues_for_year(sample_db, 2026)["amount_nok"].sum()) == 1_519_776
    paid = int(sample_db.query("SELECT sum(amount_nok) AS paid FROM payments WHERE year = 2026")["paid"].iloc[0])
    assert dues["actual_nok"] == paid
    assert figures.lines["computed"].sum() == 1


def test_a_dues_line_in_the_file_is_compared_never_used(sample_db):
    figures = budget(sample_db, 2026)
    assert (figures.dues.typed_budget_nok, figures.dues.budget_difference_nok) == (1_520_000, 224)
    assert figures.income_budget_nok == 1_519_776 + 55_000 + 250_000 + 60_000
    assert dues_comparison(figures.dues, 2026) == [
        (
            False,
            "Budsjettfilen oppgir kr 1 520 000 for «Medlemskontingent», kr 224 mer enn utregnet kontingent for 2026 "
            "(kr 1 519 776). Dashbordet bruker det utregnede tallet.",
        )
    ]


def test_new_population_changes_the_dues_line_not_the_file(fresh_sample_db, make_csv):
    run_import(fresh_sample_db, make_csv("f.csv", [["Kommune", "År", "Folketall"], ["Bærum", 2025, 131_921]]))
    assert lines(budget(fresh_sample_db, 2026))["Medlemskontingent"]["budget_nok"] == 1_519_776 + 3 * 1_000


def test_a_year_without_budget_lines_has_the_computed_line_only(sample_db):
    figures = budget(sample_db, 2027)
    assert figures.typed_lines == 0 and list(figures.lines["line"]) == ["Medlemskontingent"]
    assert figures.result_budget_nok == figures.income_budget_nok == figures.dues.budget_nok


def test_a_year_no_dues_rule_covers_gives_an_unknown_dues_line_not_an_error(sample_db):
    figures = budget(sample_db, 2010)
    assert figures.dues.budget_nok is None and figures.income_budget_nok is None and figures.result_budget_nok is None
    assert figures.expense_budget_nok == 0


def test_totals_result_and_share_to_projects_for_the_sample(sample_db):
    figures = budget(sample_db, 2026)
    assert figures.expense_budget_nok == 1_880_000
    assert figures.result_budget_nok == figures.income_budget_nok - figures.expense_budget_nok
    assert figures.project_share("budget_nok") == pytest.approx((200_000 + 150_000 + 110_000 + 80_000) / 1_880_000)
    beside = figures.project_lines.set_index("line")
    assert beside.loc["Prosjekt: kompetanseløft", "project_budget_nok"] == 2_400_000


amounts = st.integers(0, 3_000_000)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(["inntekt", "utgift"]), amounts, st.none() | amounts), min_size=1, max_size=8))
def test_totals_add_up_for_any_budget(fresh_sample_db, make_csv, rows):
    path = make_csv("b.csv", [HEADER] + [[2027, f"Post {i}", kind, b, a, "", ""] for i, (kind, b, a) in enumerate(rows)])
    run_import(fresh_sample_db, path)
    figures = budget(fresh_sample_db, 2027)
    undo_last(fresh_sample_db)
    dues = figures.dues
    assert figures.income_budget_nok == dues.budget_nok + sum(b for k, b, _ in rows if k == "inntekt")
    assert figures.expense_actual_nok == sum(a or 0 for k, _, a in rows if k == "utgift")
    assert figures.result_budget_nok == figures.income_budget_nok - figures.expense_budget_nok
    assert figures.result_actual_nok == dues.actual_nok + sum(a or 0 for k, _, a in rows if k == "inntekt") - figures.expense_actual_nok


# -- the command -------------------------------------------------------------------------------


def run_cli(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_budget_json_has_the_issues_keys_and_the_dues_lines_is_computed(sample_db, capsys):
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "budget", "--year", 2026, "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == [
        "year",
        "lines",
        "income_budget_nok",
        "income_actual_nok",
        "expense_budget_nok",
        "expense_actual_nok",
        "result_budget_nok",
        "result_actual_nok",
        "rule",
    ]
    assert all(list(line) == ["line", "type", "budget_nok", "actual_nok", "computed"] for line in data["lines"])
    computed = [line for line in data["lines"] if line["computed"]]
    assert computed == [
        {"line": "Medlemskontingent", "type": "inntekt", "budget_nok": 1_519_776, "actual_nok": 1_494_624, "computed": True}
    ]
    _, dues_out, _ = run_cli(capsys, "--db", sample_db.path, "dues", "--year", 2026, "--json")
    assert computed[0]["budget_nok"] == json.loads(dues_out)["total_nok"]
    assert data["income_budget_nok"] == sum(line["budget_nok"] for line in data["lines"] if line["type"] == "inntekt")
    assert data["result_budget_nok"] == data["income_budget_nok"] - data["expense_budget_nok"]
    assert "kr 3 per innbygger × folketall per 01.01.2025" in data["rule"] and "gyldig 01.01.2019" in data["rule"]


def test_budget_text_shows_the_difference_from_the_file(sample_db, capsys):
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "budget", "--year", 2026)
    assert code == 0 and "Medlemskontingent (utregnet)" in out and "kr 224 mer enn utregnet" in out


def test_budget_json_for_a_year_before_the_first_rule_names_the_rule_it_used(sample_db, capsys):
    code, out, _ = run_cli(capsys, "--db", sample_db.path, "budget", "--year", 2010, "--json")
    data = json.loads(out)
    assert code == 0 and data["income_budget_nok"] is None and data["lines"][0]["budget_nok"] is None
    assert "da ingen regel gjaldt" in data["rule"]  # the earliest rule applies, and the figure says so (issue 10)


def test_the_sample_plan_and_budget_are_loaded_by_init_and_labelled_as_invented(sample_db):
    imported = sample_db.query("SELECT file_name, source FROM imports WHERE kind IN ('budget', 'actionplan') ORDER BY id")
    assert list(zip(imported["file_name"], imported["source"])) == [
        ("handlingsplan.xlsx", "eksempeldata"),
        ("budsjett.xlsx", "eksempeldata"),
    ]
    for name in ("handlingsplan.xlsx", "budsjett.xlsx"):
        title = load_workbook(config.SAMPLE_DIR / name).worksheets[0]["A1"].value
        assert "eksempeldata" in title and "oppdiktet" in title
