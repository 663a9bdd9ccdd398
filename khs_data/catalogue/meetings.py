"""Møter: meetings held against the agreement's minimum, per body and year."""

TEXTS = {
    # Canonical body names are data values; nynorsk readers see their own spelling.
    "meetings.body.Samarbeidsstyret": ("Samarbeidsstyret", "Samarbeidsstyret"),
    "meetings.body.Ordfører- og rådmannsmøtet": ("Ordfører- og rådmannsmøtet", "Ordførar- og rådmannsmøtet"),
    "meetings.body.Dialogmøtet": ("Dialogmøtet", "Dialogmøtet"),
    "meetings.status.avholdt": ("avholdt", "halde"),
    "meetings.status.planlagt": ("planlagt", "planlagt"),
    "meetings.status.avlyst": ("avlyst", "avlyst"),
    # The states (khs_data.statuses.ComplianceState), as the page and the heat map name them.
    "meetings.state.oppfylt": ("Oppfylt", "Oppfylt"),
    "meetings.state.kan nås": ("Kan nås", "Kan nåast"),
    "meetings.state.for få planlagt": ("For få planlagt", "For få planlagde"),
    "meetings.state.ikke oppfylt": ("Ikke oppfylt", "Ikkje oppfylt"),
    # -- the check per body (khs_data.metrics.meetings.meeting_checks) ------------------------------
    "meetings.check.meetings_minimum": ("Minste antall møter", "Minste tal på møte"),
    "meetings.reason.oppfylt": (
        "{body} har holdt {held} av minst {required} møter i {year}.",
        "{body} har halde {held} av minst {required} møte i {year}.",
    ),
    "meetings.reason.kan nås": (
        "{body}: {held} av {required} møter holdt så langt i {year}; resten er planlagt.",
        "{body}: {held} av {required} møte haldne så langt i {year}; resten er planlagt.",
    ),
    "meetings.reason.for få planlagt": (
        "{body}: {held} holdt og {ahead} planlagt, for få til å nå minst {required} i {year}.",
        "{body}: {held} haldne og {ahead} planlagde, for få til å nå minst {required} i {year}.",
    ),
    "meetings.reason.ikke oppfylt": (
        "{body} holdt {held} av minst {required} møter i {year}.",
        "{body} heldt {held} av minst {required} møte i {year}.",
    ),
    # -- headline ----------------------------------------------------------------------------
    "meetings.headline.done_ok": (
        "{body} holdt {held} møter i {year}; kravet om minst {required} ble nådd.",
        "{body} heldt {held} møte i {year}; kravet om minst {required} vart nådd.",
    ),
    "meetings.headline.done_missed": (
        "{body} holdt {held} av minst {required} møter i {year}; kravet ble ikke nådd.",
        "{body} heldt {held} av minst {required} møte i {year}; kravet vart ikkje nådd.",
    ),
    "meetings.headline.now_ok": (
        "{body} har holdt {held} av minst {required} møter i {year}; kravet er nådd.",
        "{body} har halde {held} av minst {required} møte i {year}; kravet er nådd.",
    ),
    "meetings.headline.now_reachable_one": (
        "{body} har holdt {held} av minst {required} møter i {year}; ett er planlagt {dates}, så kravet kan nås.",
        "{body} har halde {held} av minst {required} møte i {year}; eitt er planlagt {dates}, så kravet kan nåast.",
    ),
    "meetings.headline.now_reachable_many": (
        "{body} har holdt {held} av minst {required} møter i {year}; {planned} er planlagt ({dates}), så kravet kan nås.",
        "{body} har halde {held} av minst {required} møte i {year}; {planned} er planlagde ({dates}), så kravet kan nåast.",
    ),
    "meetings.headline.now_unreachable": (
        "{body} har holdt {held} av minst {required} møter i {year}, og bare {planned} til er planlagt: kravet nås ikke uten flere møter.",
        "{body} har halde {held} av minst {required} møte i {year}, og berre {planned} til er planlagt: kravet blir ikkje nådd utan fleire møte.",
    ),
    "meetings.headline.later": (
        "{body} har {planned} møter planlagt i {year}; kravet er minst {required}.",
        "{body} har {planned} møte planlagde i {year}; kravet er minst {required}.",
    ),
    "meetings.headline.others_ok": ("De andre møtekravene for {year} er nådd.", "Dei andre møtekrava for {year} er nådde."),
    "meetings.headline.others_open": ("Ikke nådd ennå: {items}.", "Ikkje nådd enno: {items}."),
    "meetings.headline.others_missed": ("Ikke nådd: {items}.", "Ikkje nådd: {items}."),
    "meetings.headline.others_missed_too": ("Heller ikke nådd: {items}.", "Heller ikkje nådd: {items}."),
    "meetings.headline.item": ("{body} {held} av {required}", "{body} {held} av {required}"),
    "meetings.headline.empty": ("Ingen møter er registrert ennå.", "Ingen møte er registrerte enno."),
    "meetings.what": ("møter (regnearket «Møter»)", "møte (reknearket «Møter»)"),
    # -- heat map ------------------------------------------------------------------------------
    "meetings.heatmap.title_missed": (
        "Minstekravet ble ikke nådd {count} ganger siden {first}",
        "Minstekravet vart ikkje nådd {count} gonger sidan {first}",
    ),
    "meetings.heatmap.title_missed_one": (
        "Minstekravet ble ikke nådd én gang siden {first}",
        "Minstekravet vart ikkje nådd éin gong sidan {first}",
    ),
    "meetings.heatmap.title_all_ok": ("Minstekravet er nådd hvert år siden {first}", "Minstekravet er nådd kvart år sidan {first}"),
    "meetings.heatmap.title_item": ("{body} {years}", "{body} {years}"),
    "meetings.heatmap.and": (" og ", " og "),
    "meetings.heatmap.hover": (
        "{body} {year}<br>{held} avholdt av minst {required}<br>{planned} planlagt · {cancelled} avlyst<br>{state}",
        "{body} {year}<br>{held} haldne av minst {required}<br>{planned} planlagt · {cancelled} avlyst<br>{state}",
    ),
    "meetings.heatmap.note": (
        "Hver rute viser avholdte møter / minstekravet. Bare avholdte møter teller.",
        "Kvar rute viser haldne møte / minstekravet. Berre haldne møte tel.",
    ),
    # -- the chosen year -------------------------------------------------------------------------
    "meetings.year.title": ("Møtene i {year}", "Møta i {year}"),
    "meetings.year.chart_title": (
        "{year}: {held} møter avholdt, {planned} planlagt, {cancelled} avlyst",
        "{year}: {held} møte haldne, {planned} planlagde, {cancelled} avlyste",
    ),
    "meetings.year.panel": ("{body}<br>{held} av minst {required}", "{body}<br>{held} av minst {required}"),
    "meetings.year.panel_free": ("{body}<br>{held} avholdt", "{body}<br>{held} haldne"),
    "meetings.year.quarter": ("{quarter}. kv.", "{quarter}. kv."),
    "meetings.year.count": ("Antall møter", "Tal på møte"),
    "meetings.year.none": ("Ingen møter er registrert i {year}.", "Ingen møte er registrerte i {year}."),
    "meetings.check.held": (
        "{held} av minst {required} avholdt ({planned} planlagt, {cancelled} avlyst).",
        "{held} av minst {required} haldne ({planned} planlagde, {cancelled} avlyste).",
    ),
    "meetings.check.reachable": (
        "{held} avholdt og {ahead} planlagt av minst {required}.",
        "{held} haldne og {ahead} planlagde av minst {required}.",
    ),
    "meetings.rule_used": ("Regel brukt: {rule}", "Regel brukt: {rule}"),
    "meetings.list": ("Møteliste {year}", "Møteliste {year}"),
    "meetings.all_years": ("Møtekrav alle år", "Møtekrav alle år"),
    "meetings.col.held": ("Avholdt", "Haldne"),
    "meetings.col.required": ("Minst", "Minst"),
    "meetings.col.planned": ("Planlagt", "Planlagde"),
    "meetings.col.cancelled": ("Avlyst", "Avlyste"),
    "meetings.col.state": ("Vurdering", "Vurdering"),
    "meetings.col.rule": ("Regel", "Regel"),
    "meetings.file.list": ("moter-{year}", "mote-{year}"),
    "meetings.file.compliance": ("motekrav", "motekrav"),
}
