"""Handlingsplan: the board's focus areas and measures for a year, their progress and what is
overdue; with the words of the import (kind, columns, template) for the action plan."""

_FIELDS = {
    "year": ("Året handlingsplanen gjelder.", "Året handlingsplanen gjeld."),
    "focus_area": (
        "Fokusområdet tiltaket hører til, et av årets prioriterte fokusområder.",
        "Fokusområdet tiltaket høyrer til, eitt av dei prioriterte fokusområda for året.",
    ),
    "measure": (
        "Tiltaket. Samme tiltak i samme år og fokusområde igjen oppdaterer raden.",
        "Tiltaket. Same tiltak i same år og fokusområde igjen oppdaterer rada.",
    ),
    "owner": ("Hvem som har ansvaret: en person eller en rolle.", "Kven som har ansvaret: ein person eller ei rolle."),
    "deadline": (
        "Fristen for tiltaket. Etter fristen er tiltaket forfalt hvis det ikke er fullført eller avlyst.",
        "Fristen for tiltaket. Etter fristen er tiltaket forfalle om det ikkje er fullført eller avlyst.",
    ),
    "status": (
        "ikke startet, pågår, fullført, utsatt eller avlyst (store eller små bokstaver). Tom: ikke startet.",
        "ikkje starta, pågår, fullført, utsett eller avlyst (store eller små bokstavar). Tom: ikkje starta.",
    ),
    "project": (
        "Prosjektet tiltaket hører til, med navnet fra prosjektlisten. Tom hvis tiltaket ikke er et prosjekt.",
        "Prosjektet tiltaket høyrer til, med namnet frå prosjektlista. Tom om tiltaket ikkje er eit prosjekt.",
    ),
    "note": ("Fritt felt for merknader.", "Fritt felt for merknader."),
}

TEXTS = {
    "page.handlingsplan": ("Handlingsplan", "Handlingsplan"),
    "coord.kind.actionplan": ("Handlingsplan", "Handlingsplan"),
    **{f"coord.field.actionplan.{name}": words for name, words in _FIELDS.items()},
    "coord.template.about.actionplan": (
        "Styrets handlingsplan: årets fokusområder og tiltak med ansvarlig, frist og status.",
        "Handlingsplanen til styret: fokusområda for året og tiltaka med ansvarleg, frist og status.",
    ),
    "coord.template.values_project": (
        "Navnet på et prosjekt i prosjektlisten (last opp prosjektene først).",
        "Namnet på eit prosjekt i prosjektlista (last opp prosjekta først).",
    ),
    # statuses
    "actionplan.status.ikke startet": ("ikke startet", "ikkje starta"),
    "actionplan.status.pågår": ("pågår", "pågår"),
    "actionplan.status.fullført": ("fullført", "fullført"),
    "actionplan.status.utsatt": ("utsatt", "utsett"),
    "actionplan.status.avlyst": ("avlyst", "avlyst"),
    "actionplan.overdue": ("forfalt", "forfalle"),
    # headline
    "actionplan.headline": (
        "Handlingsplan {year}: {done} av {measures} tiltak er fullført i {areas} fokusområder. {overdue}",
        "Handlingsplan {year}: {done} av {measures} tiltak er fullførte i {areas} fokusområde. {overdue}",
    ),
    "actionplan.headline_overdue_one": ("1 tiltak er forfalt.", "1 tiltak er forfalle."),
    "actionplan.headline_overdue_many": ("{count} tiltak er forfalt.", "{count} tiltak er forfalne."),
    "actionplan.headline_overdue_none": ("Ingen tiltak er forfalt.", "Ingen tiltak er forfalne."),
    "actionplan.headline_none": ("Ingen handlingsplan er registrert for {year}.", "Ingen handlingsplan er registrert for {year}."),
    "actionplan.upload": ("handlingsplanen (Handlingsplan)", "handlingsplanen (Handlingsplan)"),
    "actionplan.other_years": ("Handlingsplaner finnes for {years}.", "Handlingsplanar finst for {years}."),
    "actionplan.rule": (
        "Per {date}. Et tiltak er forfalt når fristen er passert og det verken er fullført eller avlyst. "
        "Styrets første oppgave etter samarbeidsavtalen: «Utarbeide og følge opp handlingsplan og budsjett, "
        "med årlige prioriterte fokusområder».",
        "Per {date}. Eit tiltak er forfalle når fristen er passert og det verken er fullført eller avlyst. "
        "Den første oppgåva til styret etter samarbeidsavtalen: «Utarbeide og følge opp handlingsplan og budsjett, "
        "med årlige prioriterte fokusområder».",
    ),
    # overdue list
    "actionplan.overdue_heading": ("Forfalte tiltak", "Forfalne tiltak"),
    "actionplan.overdue_item": (
        "{measure} ({focus_area}): frist {deadline}, {status}, ansvarlig {owner}.",
        "{measure} ({focus_area}): frist {deadline}, {status}, ansvarleg {owner}.",
    ),
    "actionplan.no_owner": ("ikke satt", "ikkje sett"),
    # chart
    "actionplan.chart.title_overdue": (
        "{area} har flest forfalte tiltak: {count} av {measures}",
        "{area} har flest forfalne tiltak: {count} av {measures}",
    ),
    "actionplan.chart.title_done": (
        "Ingen tiltak er forfalt; {done} av {measures} er fullført",
        "Ingen tiltak er forfalne; {done} av {measures} er fullførte",
    ),
    "actionplan.chart.overdue_label": ("{count} forfalt", "{count} forfalne"),
    # focus areas
    "actionplan.areas_heading": ("Fokusområdene", "Fokusområda"),
    "actionplan.area_progress": ("{done} av {measures} fullført", "{done} av {measures} fullførte"),
    "actionplan.area_overdue": (" · {count} forfalt", " · {count} forfalne"),
    "actionplan.deadline": ("Frist {date}", "Frist {date}"),
    "actionplan.no_deadline": ("Ingen frist", "Inga frist"),
    "actionplan.owner": ("Ansvarlig: {owner}", "Ansvarleg: {owner}"),
    "actionplan.project_link": ("Prosjekt: {project}", "Prosjekt: {project}"),
    "actionplan.project_gone": ("Prosjekt: {project} (ikke lenger i prosjektlisten)", "Prosjekt: {project} (ikkje lenger i prosjektlista)"),
    # table
    "actionplan.table": ("Alle tiltak {year}", "Alle tiltak {year}"),
    "actionplan.file": ("handlingsplan-{year}", "handlingsplan-{year}"),
    "actionplan.col.focus_area": ("Fokusområde", "Fokusområde"),
    "actionplan.col.measure": ("Tiltak", "Tiltak"),
    "actionplan.col.owner": ("Ansvarlig", "Ansvarleg"),
    "actionplan.col.deadline": ("Frist", "Frist"),
    "actionplan.col.overdue": ("Forfalt", "Forfalle"),
    "actionplan.col.project": ("Prosjekt", "Prosjekt"),
}
