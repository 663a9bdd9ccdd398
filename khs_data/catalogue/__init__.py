"""The one catalogue of words people read, in bokmål (nb) and nynorsk (nn).

Each module of this package holds the texts of one part of the product as
`TEXTS = {key: (bokmål, nynorsk)}`; keys are unique across the package (a test checks that, and
that every text has both languages). Placeholders use str.format: «{year}»."""

from __future__ import annotations

import importlib
import pkgutil

LANGUAGES = {"nb": "Bokmål", "nn": "Nynorsk"}


def _load() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for module in pkgutil.iter_modules(__path__):
        texts = importlib.import_module(f"{__name__}.{module.name}").TEXTS
        duplicate = set(merged) & set(texts)
        if duplicate:
            raise KeyError(f"Text keys defined twice: {sorted(duplicate)}")
        merged.update(texts)
    return merged


TEXTS = _load()


def text(key: str, lang: str = "nb", **values: object) -> str:
    bokmal, nynorsk = TEXTS[key]
    template = nynorsk if lang == "nn" else bokmal
    return template.format(**values) if values else template
