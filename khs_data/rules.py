"""The agreement's rules, read from the store with their validity periods. Every figure that
depends on a rule can name the rule (value, period, source) it used."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pandas as pd

from .catalogue import text
from .database import Database
from .facts import Phrase
from .fmt import date_text
from .problems import said
from .wording import say


class RuleMissing(LookupError):
    pass


# The rules the app computes with, and what each value must look like.
RULE_FORMATS = {
    "dues_rate_nok": "whole",
    "due_date": "day_month",
    "population_years_before": "whole",
    "board_size": "whole",
    "min_small_members": "whole",
    "small_threshold": "whole",
    "term_length_years": "whole",
    "min_meetings": "whole",
    "notice_months": "whole",
    "dues_in_leaving_year": "yes_no",
    "network_seats_per_area": "whole",
    "lsu_area_count": "whole",
}
# Keys every figure needs, whatever the date: a rule edit may change them but never remove the last
# one (min_meetings is per body: a body without one simply has no minimum).
NEEDED_KEYS = tuple(key for key in RULE_FORMATS if key != "min_meetings")


def rule_value_problem(key: str, value: str) -> str | None:
    """Why `value` cannot serve as rule `key` (Norwegian), or None. A value the app cannot
    compute with would break every page that uses the rule."""
    form = RULE_FORMATS.get(key)
    if form is None:
        return said("import.rule.unknown", keys=", ".join(RULE_FORMATS))
    text = str(value).strip()
    if form == "whole" and not text.isdigit():
        return said("import.rule.whole")
    if form == "yes_no" and text not in ("0", "1"):
        return said("import.rule.yes_no")
    if form == "day_month":
        try:
            day, month = (int(part) for part in text.split("."))
            dt.date(2000, month, day)
        except ValueError:
            return said("import.rule.day_month")
    return None


@dataclass(frozen=True)
class Rule:
    key: str
    body: str
    value: str
    valid_from: dt.date
    valid_to: dt.date | None
    source: str | None
    # Set when no rule of the key was valid on this date and the nearest one was applied instead
    # (a notice given before the first notice rule): the figure then says so.
    applied_to: dt.date | None = None

    @property
    def number(self) -> int:
        return int(float(self.value))

    def period(self) -> str:
        end = date_text(self.valid_to) if self.valid_to else ""
        return f"{date_text(self.valid_from)}–{end}"

    def label(self, lang: str = "nb") -> str:
        """What the rule is called where a figure names it: its source, or without one (a rule
        added on the page may have none) its name and value, «Kontingent per innbygger (kr)»: 3."""
        return self.source or f"«{text('coord.rule.' + self.key, lang)}»: {self.value}"

    def phrase(self, lang: str = "nb") -> Phrase:
        values = {"source": self.label(lang), "valid_from": self.valid_from, "valid_to": self.valid_to}
        if self.applied_to is None:
            return Phrase("rule.text", values)
        return Phrase("rule.text_applied", values | {"applied": self.applied_to})

    def describe(self, lang: str = "nb") -> str:
        return say(self.phrase(lang), lang)


def _as_text(value: object) -> str | None:
    """A text cell as read from the store: empty (None or NaN) is None."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or not str(value).strip():
        return None
    return str(value)


def _as_date(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return value.date() if hasattr(value, "date") else value


class Rules:
    def __init__(self, frame: pd.DataFrame):
        self._rules = [
            Rule(r.key, _as_text(r.body) or "", str(r.value), _as_date(r.valid_from), _as_date(r.valid_to), _as_text(r.source))
            for r in frame.itertuples()
        ]

    def find(self, key: str, on: dt.date, body: str = "") -> Rule | None:
        """The rule valid on the date, or None."""
        matching = [
            r for r in self._rules if r.key == key and r.body == body and r.valid_from <= on and (r.valid_to is None or on <= r.valid_to)
        ]
        return max(matching, key=lambda r: r.valid_from, default=None)

    def at(self, key: str, on: dt.date, body: str = "") -> Rule:
        """The rule valid on the date; when none is (a date before the first rule, or between two),
        the nearest one — the last that ended before the date, else the first after it — marked as
        applied to the date, so a figure built on accepted data never fails and says which rule it
        used. RuleMissing only when the key has no rule at all."""
        found = self.find(key, on, body)
        if found is not None:
            return found
        of_key = [r for r in self._rules if r.key == key and r.body == body]
        if not of_key:
            raise RuleMissing(f"Ingen regel «{key}»{' for ' + body if body else ''} er registrert.")
        before = [r for r in of_key if r.valid_from <= on]
        nearest = max(before, key=lambda r: r.valid_from) if before else min(of_key, key=lambda r: r.valid_from)
        return replace(nearest, applied_to=on)

    def bodies_with_minimum(self) -> list[str]:
        return sorted({r.body for r in self._rules if r.key == "min_meetings"})

    # -- the rules, by what they decide ----------------------------------------------------
    def dues_rate(self, year: int) -> Rule:
        return self.at("dues_rate_nok", dt.date(year, 1, 1))

    def due_date(self, year: int) -> dt.date:
        day, month = self.at("due_date", dt.date(year, 1, 1)).value.split(".")
        return dt.date(year, int(month), int(day))

    def population_date(self, year: int) -> dt.date:
        """Dues for year Y use the population at 1 January of Y − n (n = 1 by default)."""
        return dt.date(year - self.at("population_years_before", dt.date(year, 1, 1)).number, 1, 1)

    def term_length(self, term_start: dt.date) -> Rule:
        """The rule valid when the term started decides its length."""
        return self.at("term_length_years", term_start)

    def expected_term_end(self, term_start: dt.date) -> dt.date:
        years = self.term_length(term_start).number
        return _add_years(term_start, years) - dt.timedelta(days=1)

    def small_threshold(self, on: dt.date) -> int:
        return self.at("small_threshold", on).number

    def min_meetings(self, year: int, body: str) -> Rule | None:
        """The minimum for the body in the year, or None: a year before any minimum has none."""
        return self.find("min_meetings", dt.date(year, 1, 1), body)

    def notice_rule(self, notice_date: dt.date) -> Rule:
        """The notice rule valid when notice was given (the earliest one for a notice before it)."""
        return self.at("notice_months", notice_date)

    def leaving_date(self, notice_date: dt.date) -> dt.date:
        """Notice any day in year N → out on 1 January N+1 plus the notice period (1 July N+1)."""
        months = self.notice_rule(notice_date).number
        start = dt.date(notice_date.year + 1, 1, 1)
        month_index = start.month - 1 + months
        return dt.date(start.year + month_index // 12, month_index % 12 + 1, 1)

    def billed(self, year: int, member_since: dt.date | None, notice_date: dt.date | None) -> bool:
        """Member on the due date, and (if leaving) the year is before the leaving year, or is it
        and the rule says dues are owed for the leaving year."""
        due = self.due_date(year)
        if member_since is not None and member_since > due:
            return False
        if notice_date is None:
            return True
        leaving = self.leaving_date(notice_date)
        if due >= leaving:
            return False
        if year == leaving.year:
            return self.at("dues_in_leaving_year", due).number == 1
        return True


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def load_rules(db: Database) -> Rules:
    return Rules(db.query("SELECT * FROM rules"))
