"""The board's own follow-up kinds: the action plan's measures and the budget's lines."""

from __future__ import annotations

from . import vocabulary as v
from .kind_spec import Field, Kind
from .statuses import LineType, MeasureStatus

PLAN_KINDS: tuple[Kind, ...] = (
    Kind(
        "actionplan",
        "Handlingsplan",
        "action_measures",
        (
            Field("year", "År", "year", ("Year", "Handlingsplanår", "Planår"), required=True, example=2026),
            Field(
                "focus_area",
                "Fokusområde",
                "text",
                ("Fokus", "Satsingsområde", "Innsatsområde", "Prioritert område", "Focus area"),
                required=True,
                example="Digitalisering og velferdsteknologi",
            ),
            Field(
                "measure",
                "Tiltak",
                "text",
                ("Aktivitet", "Tiltak/aktivitet", "Measure", "Action"),
                required=True,
                example="Felles innkjøp av velferdsteknologi",
            ),
            Field("owner", "Ansvarlig", "text", ("Ansvar", "Eier", "Owner", "Responsible"), example="Koordinator"),
            Field("deadline", "Frist", "date", ("Tidsfrist", "Innen", "Deadline"), example="01.10.2026"),
            Field(
                "status",
                "Status",
                "choice",
                ("Status",),
                vocabulary=v.MEASURE_STATUSES,
                what="en kjent status for tiltak",
                example=MeasureStatus.IN_PROGRESS.value,
            ),
            Field("project", "Prosjekt", "project", ("Prosjektnavn", "Project"), example=None),
            Field("note", "Merknad", "text", ("Note", "Kommentar", "Notat"), example=None),
        ),
        key=("year", "focus_area", "measure"),
        signature=("Fokusområde", "Tiltak"),
    ),
    Kind(
        "budget",
        "Budsjett",
        "budget_lines",
        (
            Field("year", "År", "year", ("Year", "Budsjettår", "Regnskapsår"), required=True, example=2026),
            Field("line", "Post", "text", ("Budsjettpost", "Linje", "Line", "Item"), required=True, example="Koordinatorstilling"),
            Field(
                "type",
                "Type",
                "choice",
                ("Inntekt/utgift", "Art"),
                required=True,
                vocabulary=v.LINE_TYPES,
                what="inntekt eller utgift",
                example=LineType.EXPENSE.value,
            ),
            Field(
                "budget_nok",
                "Budsjett",
                "money",
                ("Budsjett kr", "Budsjettert", "Budget"),
                required=True,
                non_negative=True,
                example=1050000,
            ),
            Field(
                "actual_nok",
                "Regnskap",
                "money",
                ("Regnskap hittil", "Regnskap kr", "Hittil i år", "Faktisk", "Actual"),
                non_negative=True,
                example=940000,
            ),
            Field("project", "Prosjekt", "project", ("Prosjektnavn", "Project"), example=None),
            Field("note", "Merknad", "text", ("Note", "Kommentar", "Notat"), example="Lønn og sosiale kostnader"),
        ),
        key=("year", "line"),
        signature=("Post", "Budsjett"),
    ),
)
