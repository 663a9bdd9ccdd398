"""The pack's words, from the one catalogue, in the language the pack is written in.

The language is a parameter of the entry points (`annual_pack(..., lang=)`, and the pack's own
`lang` for the deck and the workbook); they hold it in a context variable for the duration of
the build, so the slide builders and their many sentences need not pass it along by hand. A
context variable is per thread (each Streamlit session runs on its own), so two sessions building
packs in bokmål and nynorsk at the same time do not mix."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import pandas as pd

from .. import wording
from ..catalogue import TEXTS, text
from ..facts import Phrase

_LANG: ContextVar[str] = ContextVar("pack_lang", default="nb")


def pack_lang() -> str:
    """The language of the pack being built: «nb» or «nn»."""
    return _LANG.get()


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Build (a pack, a deck, a workbook) in `lang`."""
    token = _LANG.set(lang)
    try:
        yield
    finally:
        _LANG.reset(token)


def say(key: str, **values: object) -> str:
    return text(key, pack_lang(), **values)


def count_text(key: str, n: int) -> str:
    return say(f"{key}.{'one' if n == 1 else 'many'}", n=n)


def names_text(names: list[str]) -> str:
    """«Hole», «Hole og Rollag», «Gol, Hol og Ål»."""
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {say('report.and')} {names[-1]}"


def render(phrase: Phrase) -> str:
    """A fact (khs_data.facts) in the pack's language, by the one renderer."""
    return wording.say(phrase, pack_lang())


def blank(value: object) -> str:
    """A cell that may be missing (a seat recorded without a municipality): empty text, never NaN."""
    return "" if value is None or pd.isna(value) else str(value)


def value_text(prefix: str, value: object) -> str:
    """A stored value (a status, a role, a severity: Norwegian data words kept as they are in the
    database) in the pack's language; a value the catalogue does not know is shown as written."""
    key = f"{prefix}.{blank(value)}"
    return say(key) if key in TEXTS else blank(value)
