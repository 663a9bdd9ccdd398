"""The pack's words: the deck and the workbook are presented in bokmål, from the one catalogue."""

from __future__ import annotations

import pandas as pd

from .. import wording
from ..catalogue import text
from ..facts import Phrase

LANG = "nb"


def say(key: str, **values: object) -> str:
    return text(key, LANG, **values)


def count_text(key: str, n: int) -> str:
    return say(f"{key}.{'one' if n == 1 else 'many'}", n=n)


def names_text(names: list[str]) -> str:
    """«Hole», «Hole og Rollag», «Gol, Hol og Ål»."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {say('report.and')} {names[-1]}"


def render(phrase: Phrase) -> str:
    """A fact (khs_data.facts) in the pack's language, by the one renderer."""
    return wording.say(phrase, LANG)


def blank(value: object) -> str:
    """A cell that may be missing (a seat recorded without a municipality): empty text, never NaN."""
    return "" if value is None or pd.isna(value) else str(value)
