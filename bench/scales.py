"""The sizes the benchmark runs at. «shipped» is the sample data as it is in data/sample/;
«national» is every Norwegian municipality as a member with decades of history."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    name: str
    label: str  # Norwegian, for the table
    municipalities: int = 0  # 0: the shipped sample data, nothing generated
    population_years: int = 0
    meetings: int = 0
    projects: int = 0
    board_terms: int = 0

    @property
    def generated(self) -> bool:
        return self.municipalities > 0


SHIPPED = Scale("shipped", "eksempeldata")
NATIONAL = Scale("national", "nasjonal", municipalities=357, population_years=30, meetings=50_000, projects=2_000, board_terms=3_000)
# The quick mode proves every step works, in seconds rather than minutes.
QUICK_NATIONAL = Scale("national", "nasjonal (rask)", municipalities=357, population_years=3, meetings=1_000, projects=50, board_terms=60)
