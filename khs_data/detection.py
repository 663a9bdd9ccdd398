"""Which table a spreadsheet holds: the sheet, the header row and (when not given) the kind.

A sheet is taken for a kind only when its headers clearly are that kind's: every required column,
and at least one column that belongs to no other kind a file can be (khs_data.kinds). Otherwise
the person chooses the kind (KindUnclear names the candidates): a contact list (Navn, Telefon,
E-post) shares «Navn» with a project list, but it is not one."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .catalogue import text
from .kinds import KINDS, UPLOAD_KINDS, Kind
from .parsing import is_empty, normalise_label
from .problems import KindUnclear, Problem, import_lang, said
from .readers.grid import Grid

HEADER_SCAN_ROWS = 30
REFERS_TO = {"project": "projects"}  # a field parser that names a row of another kind → that kind
# Our templates' sheet that explains each column lists the headers one per row: «Prosjekt» there
# is a word about the column, not a project list's header, so it never decides the kind.
EXPLANATION_SHEETS = frozenset(text("coord.template.sheet", lang) for lang in ("nb", "nn"))


def _match_columns(header_cells: list[object], kind: Kind) -> dict[str, int]:
    """field name → column index; each column serves one field, earlier headers win."""
    labels = [normalise_label(c) if not is_empty(c) else "" for c in header_cells]
    taken: set[int] = set()
    found: dict[str, int] = {}
    for f in kind.fields:
        for header in f.headers:
            wanted = normalise_label(header)
            index = next((i for i, label in enumerate(labels) if label == wanted and i not in taken), None)
            if index is not None:
                found[f.name] = index
                taken.add(index)
                break
    return found


def known_label(label: str, kind: Kind) -> bool:
    return any(normalise_label(h) == label for f in kind.fields for h in f.headers)


@dataclass
class TableGuess:
    kind: Kind
    grid: Grid
    header_index: int
    columns: dict[str, int]

    @property
    def complete(self) -> bool:
        return all(f.name in self.columns for f in self.kind.fields if f.required)

    @property
    def signed(self) -> bool:
        """The header has the kind's own words (e.g. «Folketall»): a file made from our template."""
        header = [normalise_label(self.grid.cells[self.header_index][i]) for i in self.columns.values()]
        return all(normalise_label(s) in header for s in self.kind.signature)

    @property
    def distinct(self) -> bool:
        """At least one of the columns belongs to this kind only (a contact list's «Navn» does not
        make it a project list)."""
        header = self.grid.cells[self.header_index]
        return any(normalise_label(header[i]) in distinct_labels(self.kind.name) for i in self.columns.values())

    @property
    def score(self) -> tuple:
        return (self.complete, self.signed, len(self.columns))


def _best_header(grid: Grid, kind: Kind) -> TableGuess | None:
    best = None
    for index, cells in enumerate(grid.cells[:HEADER_SCAN_ROWS]):
        columns = _match_columns(cells, kind)
        if not columns:
            continue
        guess = TableGuess(kind, grid, index, columns)
        if best is None or guess.score > best.score:
            best = guess
        if guess.complete:
            break
    return best


def locate_table(grids: list[Grid], kind_name: str | None) -> TableGuess | None:
    """The sheet and header row that fit the kind given best; without one, the kind too, but only
    a kind the headers clearly are (KindUnclear when they fit none clearly, or several)."""
    if kind_name:
        guesses = [g for grid in grids if (g := _best_header(grid, KINDS[kind_name]))]
        return max(guesses, key=lambda g: g.score, default=None)
    data = [grid for grid in grids if grid.sheet not in EXPLANATION_SHEETS] or grids
    guesses = [g for grid in data for name in UPLOAD_KINDS if (g := _best_header(grid, KINDS[name]))]
    clear = [g for g in guesses if g.complete and g.distinct]
    # A kind that reads some of the columns another clear kind reads all of is not the file's
    # kind: a budget with a «Prosjekt» column is a budget, not a project list.
    clear = [g for g in clear if not any(_covers(other, g) for other in clear)]
    if len({g.kind.name for g in clear}) > 1:
        raise _kind_unclear(guesses, clear)
    if clear:
        return max(clear, key=lambda g: g.score)
    best = max(guesses, key=lambda g: g.score, default=None)
    if best is not None and best.complete:  # the columns fit, but nothing tells the kind apart
        raise _kind_unclear(guesses, [g for g in guesses if g.complete])
    return best


def _covers(wider: TableGuess, narrower: TableGuess) -> bool:
    return (
        wider.grid is narrower.grid
        and wider.header_index == narrower.header_index
        and set(narrower.columns.values()) < set(wider.columns.values())
    )


@functools.cache
def distinct_labels(kind_name: str) -> frozenset[str]:
    """The headers (normalised) that belong to this kind and to no other kind a file can be."""
    own = {normalise_label(h) for f in KINDS[kind_name].fields for h in f.headers}
    others = {
        normalise_label(h)
        for name in UPLOAD_KINDS
        if name != kind_name
        for f in KINDS[name].fields
        if REFERS_TO.get(f.parser) != kind_name  # a budget's «Prosjekt» names a project: still the project list's own word
        for h in f.headers
    }
    return frozenset(own - others)


def _kind_unclear(guesses: list[TableGuess], candidates: list[TableGuess]) -> KindUnclear:
    kinds = list(dict.fromkeys(g.kind.name for g in sorted(candidates, key=lambda g: g.score, reverse=True)))
    labels = ", ".join(f"«{KINDS[k].label_in(import_lang())}»" for k in kinds)
    grid = (candidates or guesses)[0].grid
    message = said("import.head.several_kinds" if len(kinds) > 1 else "import.head.not_distinct", labels=labels)
    return KindUnclear([Problem(file=grid.file_name, sheet=grid.sheet, message=message)], kinds)


def missing_columns_problem(guess: TableGuess | None, kind: Kind | None, file_name: str, sheet: str | None) -> Problem:
    if kind is None:
        return Problem(file=file_name, sheet=sheet, message=said("import.head.none"))
    missing = [f.header for f in kind.fields if f.required and (guess is None or f.name not in guess.columns)]
    row = guess.grid.row_numbers[guess.header_index] if guess else None
    return Problem(
        file=file_name,
        sheet=sheet,
        row=row,
        message=said("import.head.missing", columns=", ".join("«" + m + "»" for m in missing), kind=kind.label_in(import_lang())),
    )
