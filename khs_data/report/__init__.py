"""The annual meeting pack for Ordfører- og rådmannsmøtet: a deck (.pptx) and a workbook (.xlsx)
built from one AnnualPack, so both show the figures of the dashboard's pages."""

from __future__ import annotations

import datetime as dt

from ..database import Database
from .blocks import AnnualPack
from .deck import deck_bytes
from .pack import annual_pack
from .workbook import workbook_bytes


def annual_pack_files(db: Database, year: int, today: dt.date | None = None, lang: str = "nb") -> tuple[AnnualPack, bytes, bytes]:
    """The pack, the deck and the workbook from one reading of the figures, in `lang` (nb or nn)."""
    pack = annual_pack(db, year, today, lang)
    return pack, deck_bytes(pack), workbook_bytes(pack)
