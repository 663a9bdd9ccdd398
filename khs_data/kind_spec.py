"""The shape of a kind of spreadsheet: its fields (with the headers people write), its key and
the table it fills. The kinds themselves are in kinds.py (and kinds_plan.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalogue import text


@dataclass(frozen=True)
class Field:
    name: str  # column in the database
    header: str  # the header in templates and exports
    parser: str  # text, integer, money, date, year, date_or_year, time, municipality, register_number, choice, area, project, agreement
    aliases: tuple[str, ...] = ()  # other headers people write (case, spacing and æøå ignored)
    required: bool = False
    vocabulary: dict[str, list[str]] | None = None  # for parser == "choice"
    what: str = ""  # for messages: «et kjent organ», «en kjent rolle»
    non_negative: bool = False
    example: object = None  # for templates
    creates: str | None = None  # a kind keyed by this value: a value not stored there yet adds a row to it

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.header, *self.aliases)


@dataclass(frozen=True)
class Kind:
    name: str  # the CLI's word for it
    label: str  # Norwegian, for people
    table: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    signature: tuple[str, ...] = field(default=())  # headers that tell this kind apart when detecting
    created_with: tuple[tuple[str, object], ...] = ()  # values of a row another kind's import creates (see Field.creates)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def label_in(self, lang: str) -> str:
        """The kind's name in `lang`: in bokmål its own label (as messages have always said it)."""
        return self.label if lang == "nb" else text(f"coord.kind.{self.name}", lang)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]
