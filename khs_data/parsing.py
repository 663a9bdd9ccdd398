"""Turning cells as people type them into values. Each parser returns the value or raises
CellError with a Norwegian reason; None means the cell is empty."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from .problems import said


class CellError(ValueError):
    pass


def normalise_label(text: object) -> str:
    """For matching headers and names: case, spacing, punctuation and æøå don't matter."""
    folded = str(text).casefold().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    folded = unicodedata.normalize("NFKD", folded)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[-_/:.,()\[\]*]+", " ", folded).split())


def is_empty(cell: object) -> bool:
    if cell is None:
        return True
    if isinstance(cell, float) and math.isnan(cell):
        return True
    return isinstance(cell, str) and cell.strip() == ""


def as_written(cell: object) -> str:
    """The cell as the user sees it, for messages."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.strftime("%d.%m.%Y") if cell.time() == dt.time() else cell.strftime("%d.%m.%Y %H:%M")
    if isinstance(cell, dt.date):
        return cell.strftime("%d.%m.%Y")
    if isinstance(cell, dt.time):
        return cell.strftime("%H:%M")
    return str(cell).strip()


def text(cell: object) -> str | None:
    if is_empty(cell):
        return None
    return " ".join(as_written(cell).split())


_SPACES = re.compile(r"[\s\u00a0\u202f']")


# No real count or amount comes near this, and DuckDB's BIGINT holds it: a larger number (or an
# infinite one: Excel's largest float can read back as infinity) is a typo or a broken cell.
LARGEST_NUMBER = 10**15 - 1


def _reasonable(value: int | float, what: str) -> None:
    """`what`: «number» or «amount»."""
    if not math.isfinite(value) or abs(value) > LARGEST_NUMBER:
        raise CellError(said(f"import.cell.{what}_too_big"))


def integer(cell: object) -> int | None:
    """Whole numbers: 1234, «1 234» (also with no-break space), 1234.0 from Excel."""
    if is_empty(cell):
        return None
    if isinstance(cell, bool):
        raise CellError(said("import.cell.not_number"))
    if isinstance(cell, (int, float)):
        _reasonable(cell, "number")
        if isinstance(cell, float) and not cell.is_integer():
            raise CellError(said("import.cell.not_whole"))
        return int(cell)
    raw = _SPACES.sub("", str(cell))
    if re.fullmatch(r"[-+−]?\d+", raw):
        value = int(raw.replace("−", "-"))
        _reasonable(value, "number")
        return value
    if re.fullmatch(r"[-+−]?\d+[.,]\d+", raw):
        raise CellError(said("import.cell.not_whole"))
    raise CellError(said("import.cell.not_number"))


def money(cell: object) -> int | None:
    """Whole kroner: «kr 1 234», «1 234,00», 1234.0; øre are rounded to whole kroner."""
    if is_empty(cell):
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        _reasonable(cell, "amount")
        return int(round(cell))
    raw = _SPACES.sub("", str(cell)).removeprefix("kr").removeprefix("NOK").removesuffix(",-")
    raw = raw.replace("−", "-")
    if re.fullmatch(r"-?\d+([.,]\d{1,2})?", raw):
        whole = int(raw.replace(",", ".").split(".")[0])
        _reasonable(whole, "amount")
        return int(round(float(raw.replace(",", "."))))
    raise CellError(said("import.cell.not_money"))


_DATE_PATTERNS = (
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), ("d", "m", "y")),
)


def date(cell: object) -> dt.date | None:
    """Excel dates, or text «15.01.2026» / «2026-01-15» (a time of day is ignored)."""
    if is_empty(cell):
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    raw = str(cell).strip().split(" ")[0].split("T")[0]
    for pattern, order in _DATE_PATTERNS:
        match = pattern.fullmatch(raw)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups())))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                raise CellError(said("import.cell.no_such_day")) from None
    raise CellError(said("import.cell.not_date"))


def year(cell: object) -> int | None:
    if is_empty(cell):
        return None
    if isinstance(cell, dt.date):
        return cell.year
    try:
        value = integer(cell)
    except CellError:
        raise CellError(said("import.cell.not_year")) from None
    if not 1900 <= value <= 2100:
        raise CellError(said("import.cell.year_range"))
    return value


def date_or_year(cell: object) -> dt.date | None:
    """Population: a year means 1 January of that year."""
    if is_empty(cell):
        return None
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return dt.date(year(cell), 1, 1)
    if isinstance(cell, str) and re.fullmatch(r"\s*\d{4}\s*", cell):
        return dt.date(year(cell), 1, 1)
    return date(cell)


_TIME = re.compile(r"(?:kl\.?\s*)?(\d{1,2})(?:[:.](\d{2}))?(?:[:.]\d{2})?")


def time(cell: object) -> dt.time | None:
    """A time of day: Excel times, «10:00», «10.30», «kl. 10» (seconds are ignored)."""
    if is_empty(cell):
        return None
    if isinstance(cell, dt.datetime):
        return cell.time().replace(second=0, microsecond=0)
    if isinstance(cell, dt.time):
        return cell.replace(second=0, microsecond=0)
    if isinstance(cell, float) and 0 <= cell < 1:  # Excel's fraction of a day
        minutes = round(cell * 24 * 60)
        return dt.time(minutes // 60 % 24, minutes % 60)
    match = _TIME.fullmatch(str(cell).strip().casefold())
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise CellError(said("import.cell.not_time"))


def choice(cell: object, aliases: dict[str, str], what: str) -> str | None:
    """A value from a fixed list; `aliases` maps normalised spellings to the canonical value."""
    if is_empty(cell):
        return None
    canonical = aliases.get(normalise_label(cell))
    if canonical is None:
        allowed = ", ".join(dict.fromkeys(aliases.values()))
        raise CellError(said("import.cell.not_choice", what=said(f"import.what.{what}"), allowed=allowed))
    return canonical
