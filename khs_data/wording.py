"""The one renderer: facts (phrases, checks, attention items) into words from the catalogue, in
bokmål (nb) or nynorsk (nn). Pages, the CLI, meeting mode, the deck and the workbook all call it,
so one fact reads the same everywhere.

Values are written by their type and name: dates as 15.01.2026, `…_nok` as kr 1 234, whole
numbers as 1 234 (a `year` as 2026), names in a tuple joined by commas, phrases in a tuple joined
by semicolons (a name ending `_and`: «A, B og C»), a `body` or `role` in the reader's language."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from .catalogue import TEXTS, text
from .facts import AttentionItem, Check, Phrase
from .fmt import date_text, kr_text, number_text
from .statuses import Level


def say(phrase: Phrase, lang: str = "nb") -> str:
    return text(phrase.key, lang, **{name: _value(name, value, lang) for name, value in phrase.values.items()})


def _value(name: str, value: object, lang: str) -> str:
    if isinstance(value, Phrase):
        return say(value, lang)
    if value is None or (not isinstance(value, (str, tuple, list)) and pd.isna(value)):
        return ""
    if isinstance(value, (tuple, list)):
        words = [_value(name, v, lang) for v in value]
        if name.endswith("_and") and len(words) > 1:  # «A, B og C» (og in both languages)
            return ", ".join(words[:-1]) + " og " + words[-1]
        return ("; " if value and all(isinstance(v, Phrase) for v in value) else ", ").join(words)
    if isinstance(value, (dt.date, pd.Timestamp)):
        return date_text(value)
    if isinstance(value, bool):
        return text("common.yes" if value else "common.no", lang)
    if isinstance(value, (int, float)) or hasattr(value, "item"):
        if name.endswith("_nok"):
            return kr_text(value)
        return str(int(value)) if name == "year" or name.endswith("_year") else number_text(value)
    if name in ("body", "role") and f"{_LOCALISED[name]}{value}" in TEXTS:
        return text(f"{_LOCALISED[name]}{value}", lang)
    return str(value)


_LOCALISED = {"body": "meetings.body.", "role": "role."}


def check_label(check: Check, lang: str = "nb") -> str:
    """The check's name on a page («Alle styreregioner har en representant»)."""
    return text(f"{check.topic}.check.{check.id}", lang)


def check_reason(check: Check, lang: str = "nb") -> str:
    return say(check.reason, lang)


def check_rule(check: Check, lang: str = "nb") -> str:
    return say(check.rule, lang)


def check_json(check: Check, lang: str = "nb") -> dict:
    """The board's shape for a check in the CLI's JSON: `check` and `id` carry the same id."""
    return {
        "check": check.id,
        "id": check.id,
        "ok": bool(check.ok),
        "level": str(check.level),
        "reason": check_reason(check, lang),
        "rule": check_rule(check, lang),
    }


def level_text(level: Level, lang: str = "nb") -> str:
    return text(f"common.level.{level}", lang)


def attention_text(item: AttentionItem, lang: str = "nb") -> str:
    return say(item.message, lang)


def attention_frame(items: tuple[AttentionItem, ...], lang: str = "nb") -> pd.DataFrame:
    """The attention list as a table (topic, message, page, severity, check, rule), for the workbook and tests."""
    return pd.DataFrame(
        [
            {
                "topic": i.topic,
                "message": attention_text(i, lang),
                "page": i.page,
                "severity": str(i.severity),
                "check": i.check,
                "rule": say(i.rule, lang) if i.rule else None,
            }
            for i in items
        ],
        columns=["topic", "message", "page", "severity", "check", "rule"],
    )


def checks_frame(checks: tuple[Check, ...], lang: str = "nb") -> pd.DataFrame:
    """Checks as a table (check, ok, level, reason, rule) in the reader's language."""
    return pd.DataFrame([check_json(c, lang) for c in checks], columns=["check", "id", "ok", "level", "reason", "rule"]).drop(columns="id")
