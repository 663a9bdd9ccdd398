"""What metrics return instead of sentences: a phrase is a catalogue key with the values it is
about (numbers, names, dates); a check is one rule of the agreement judged at a date. Words are
written from these by `khs_data.wording`, in bokmål or nynorsk, for every output alike."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .statuses import Level, Severity


@dataclass(frozen=True)
class Phrase:
    key: str  # catalogue key of the sentence
    values: Mapping[str, object] = field(default_factory=dict)

    def get(self, name: str, default: object = None) -> object:
        return self.values.get(name, default)


def listed(phrases: list[Phrase] | tuple[Phrase, ...]) -> Phrase:
    """Several phrases read as one, separated by «; » (the rules behind one figure)."""
    unique: list[Phrase] = []
    for phrase in phrases:
        if phrase not in unique:
            unique.append(phrase)
    return Phrase("common.list", {"items": tuple(unique)})


@dataclass(frozen=True)
class Check:
    """A rule judged at a date: `ok` is False when it is broken. `level` says whether breaking it
    is a breach (krav) or advice (bør). `subject` names what it is about when a rule is judged
    once per thing (a body's meetings)."""

    id: str
    topic: str  # board | network | meetings: where its words live in the catalogue and which page shows it
    ok: bool
    level: Level
    reason: Phrase
    rule: Phrase
    subject: str | None = None

    @property
    def breach(self) -> bool:
        return not self.ok and self.level == Level.REQUIRED

    @property
    def advice(self) -> bool:
        return not self.ok and self.level == Level.ADVICE


@dataclass(frozen=True)
class AttentionItem:
    """One line of «Krever oppfølging»: what, how serious, where to read more; `check` is the id of
    the check it comes from (None for dues, terms and notices)."""

    topic: str  # Styret | Nettverk | Møter | Kontingent | Medlemmer
    severity: Severity
    message: Phrase
    page: str
    check: str | None = None
    rule: Phrase | None = None
