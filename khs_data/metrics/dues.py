"""Dues: rate × population at the basis date, per member and year, and what is paid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from ..database import Database
from ..facts import Phrase
from ..rules import Rule, RuleMissing, Rules, load_rules
from ..statuses import PaymentStatus
from .members import members


@dataclass(frozen=True)
class DuesBasis:
    """The rules behind a year's dues: the rate, the due date and the population date."""

    year: int
    rate: Rule
    due_date: dt.date
    population_date: dt.date
    due_rule: Rule
    population_rule: Rule

    @property
    def rate_nok(self) -> int:
        return self.rate.number

    def rule(self) -> Phrase:
        """The rule behind the figure: rate, population basis and due date, each with its source and period."""
        return Phrase(
            "dues.rule_basis",
            {
                "rate_nok": self.rate_nok,
                "rate_rule": self.rate.phrase(),
                "population_date": self.population_date,
                "population_rule": self.population_rule.phrase(),
                "due_date": self.due_date,
                "due_rule": self.due_rule.phrase(),
            },
        )


def dues_basis(db: Database, year: int) -> DuesBasis:
    return _basis(load_rules(db), year)


def _basis(rules: Rules, year: int) -> DuesBasis:
    first = dt.date(year, 1, 1)
    return DuesBasis(
        year,
        rules.dues_rate(year),
        rules.due_date(year),
        rules.population_date(year),
        rules.at("due_date", first),
        rules.at("population_years_before", first),
    )


@dataclass(frozen=True)
class _Store:
    """What the dues are computed from, read once (a read opens a connection, and the history
    of every year would otherwise read the same tables again for each year)."""

    rules: Rules
    register: pd.DataFrame
    population: pd.DataFrame
    payments: pd.DataFrame

    @classmethod
    def read(cls, db: Database) -> _Store:
        return cls(
            load_rules(db),
            members(db),
            db.query("SELECT municipality AS municipality_number, date, count AS population FROM population"),
            db.query(
                "SELECT municipality AS municipality_number, year, sum(amount_nok) AS paid_nok, "
                "max(paid_date) AS last_paid_date FROM payments GROUP BY ALL"
            ),
        )


def dues_for_year(db: Database, year: int, today: dt.date | None = None) -> pd.DataFrame:
    """One row per member billed for the year (a member on the due date, see Rules.billed):
    population at the basis date (exactly that date), amount, what is paid and the payment status
    as of `today` (the date the figures are for). `notice_rule` is the notice rule behind a
    leaving date."""
    return _dues(_Store.read(db), year, today or dt.date.today())


def _dues(store: _Store, year: int, today: dt.date) -> pd.DataFrame:
    rules, register = store.rules, store.register
    basis = _basis(rules, year)
    billed = [
        rules.billed(year, None if pd.isna(s) else s.date(), None if pd.isna(n) else n.date())
        for s, n in zip(register["member_since"], register["notice_date"])
    ]
    population = store.population[store.population["date"] == pd.Timestamp(basis.population_date)]
    frame = register[pd.Series(billed, index=register.index, dtype=bool)].merge(
        population[["municipality_number", "population"]], on="municipality_number", how="left"
    )
    frame["population_date"] = pd.Timestamp(basis.population_date)
    frame["rate_nok"] = basis.rate_nok
    frame["amount_nok"] = frame["population"] * basis.rate_nok
    payments = store.payments[store.payments["year"] == year].drop(columns="year")
    frame = frame.merge(payments, on="municipality_number", how="left")
    frame["paid_nok"] = frame["paid_nok"].fillna(0).astype("int64")
    frame["due_date"] = pd.Timestamp(basis.due_date)
    frame["payment_status"] = [
        _status(amount, paid, last, basis.due_date, today)
        for amount, paid, last in zip(frame["amount_nok"], frame["paid_nok"], frame["last_paid_date"])
    ]
    columns = [
        "municipality_number",
        "municipality",
        "board_region",
        "population",
        "population_date",
        "rate_nok",
        "amount_nok",
        "due_date",
        "paid_nok",
        "last_paid_date",
        "payment_status",
        "notice_date",
        "leaving_date",
        "notice_rule",
    ]
    return frame[columns].sort_values("amount_nok", ascending=False, na_position="last").reset_index(drop=True)


def _status(amount: float, paid: int, last_paid: object, due: dt.date, today: dt.date) -> PaymentStatus:
    if pd.isna(amount):
        return PaymentStatus.NO_POPULATION
    if paid >= amount:
        late = not pd.isna(last_paid) and last_paid.date() > due
        return PaymentStatus.PAID_LATE if late else PaymentStatus.PAID
    if paid > 0:
        return PaymentStatus.PARTLY_PAID
    return PaymentStatus.OVERDUE if today > due else PaymentStatus.NOT_PAID


def dues_total(frame: pd.DataFrame) -> int | None:
    """Σ amounts of the billed members that have a figure; None when none has one (not «kr 0»)."""
    known = frame["amount_nok"].dropna()
    return int(known.sum()) if len(known) else None


def missing_population(frame: pd.DataFrame) -> list[str]:
    """Billed members without a population figure at the basis date."""
    return list(frame.loc[frame["population"].isna(), "municipality"])


def dues_by_region(db: Database, year: int) -> pd.DataFrame:
    frame = dues_for_year(db, year)
    grouped = frame.groupby("board_region", as_index=False).agg(
        amount_nok=("amount_nok", "sum"), population=("population", "sum"), municipalities=("municipality", "count")
    )
    total = grouped["amount_nok"].sum()
    grouped["share"] = grouped["amount_nok"] / total if total else 0.0
    return grouped.sort_values("amount_nok", ascending=False).reset_index(drop=True)


def dues_over_years(db: Database) -> pd.DataFrame:
    """Every year whose population basis is on record: rate, population and total."""
    store = _Store.read(db)
    dates = store.population["date"].drop_duplicates()
    rows = []
    for year in sorted({d.year for d in dates} | {d.year + 1 for d in dates}):
        if store.rules.find("dues_rate_nok", dt.date(year, 1, 1)) is None:  # no dues rule in force: no dues that year
            continue
        frame = _dues(store, year, dt.date.today())
        if frame["population"].notna().sum() == 0:
            continue
        rows.append(
            {
                "year": year,
                "rate_nok": store.rules.dues_rate(year).number,
                "population_date": frame["population_date"].iloc[0],
                "population": int(frame["population"].sum()),
                "amount_nok": int(frame["amount_nok"].sum()),
                "paid_nok": int(frame["paid_nok"].sum()),
                "members_billed": int(frame["population"].notna().sum()),
            }
        )
    return pd.DataFrame(rows, columns=["year", "rate_nok", "population_date", "population", "amount_nok", "paid_nok", "members_billed"])


def invoiced_changes(db: Database, corrected: pd.DataFrame, today: dt.date | None = None) -> pd.DataFrame:
    """What a population correction does to dues already invoiced: one row per member and year
    whose amount would change (year, municipality_number, municipality, old_amount_nok,
    new_amount_nok; an amount is NaN where population is missing). Invoiced: the year's due date
    has come, or payments for it are on record. `corrected`: the population rows as they would
    be after the correction (municipality, date, count; count None for a row removed)."""
    today = today or dt.date.today()
    store = _Store.read(db)
    fixed = pd.DataFrame(
        {
            "municipality_number": corrected["municipality"],
            "date": pd.to_datetime(corrected["date"]),
            "population": pd.to_numeric(corrected["count"]),
        }
    )
    kept = store.population.merge(fixed[["municipality_number", "date"]], how="left", indicator=True)
    population = pd.concat([kept[kept["_merge"] == "left_only"].drop(columns="_merge"), fixed.dropna(subset=["population"])])
    after = _Store(store.rules, store.register, population, store.payments)
    paid_years = set(store.payments["year"])
    rows = []
    for year in sorted({d.year + n for d in fixed["date"] for n in range(1, 11)}):
        try:
            basis = _basis(store.rules, year)
        except RuleMissing:
            continue
        if pd.Timestamp(basis.population_date) not in set(fixed["date"]) or not (basis.due_date <= today or year in paid_years):
            continue
        old, new = (_dues(s, year, today).set_index("municipality_number") for s in (store, after))
        for number in old.index.intersection(fixed["municipality_number"]):
            before, now = old.at[number, "amount_nok"], new.at[number, "amount_nok"]
            if not (before == now or (pd.isna(before) and pd.isna(now))):
                rows.append((year, number, old.at[number, "municipality"], before, now))
    return pd.DataFrame(rows, columns=["year", "municipality_number", "municipality", "old_amount_nok", "new_amount_nok"])
