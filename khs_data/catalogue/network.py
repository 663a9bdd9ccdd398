"""Nettverk: Samhandlingsnettverket per LSU-område, side om side med styreregionene."""

TEXTS = {
    # -- the checks (khs_data.metrics.network.network_checks) -----------------------------------
    "network.check.areas_covered": ("Alle LSU-områder har en representant", "Alle LSU-områda har ein representant"),
    "network.check.area_count": ("Antall LSU-områder etter regelen", "Talet på LSU-område etter regelen"),
    "network.check.one_seat_per_area": ("Én plass per LSU-område", "Éin plass per LSU-område"),
    "network.check.seats_held_by_members": ("Plassene holdes av medlemskommuner", "Plassane blir haldne av medlemskommunar"),
    "network.reason.areas_all": ("Alle {areas} LSU-områder har en representant.", "Alle {areas} LSU-områda har ein representant."),
    "network.reason.areas_missing": (
        "{filled} av {areas} LSU-områder har representant. Ledig: {missing}.",
        "{filled} av {areas} LSU-område har representant. Ledig: {missing}.",
    ),
    "network.reason.area_count": (
        "Registeret har {areas} LSU-områder; regelen sier {expected}.",
        "Registeret har {areas} LSU-område; regelen seier {expected}.",
    ),
    "network.reason.overlap": (
        "{area}: {people_and} er registrert samtidig; {counted} regnes",
        "{area}: {people_and} er registrerte samstundes; {counted} blir rekna",
    ),
    "network.reason.one_seat_ok": ("Ingen LSU-område har mer enn én representant.", "Ingen LSU-område har meir enn éin representant."),
    "network.reason.one_seat_broken": (
        "Et LSU-område har én plass, men registreringer overlapper: {overlaps}.",
        "Eit LSU-område har éin plass, men registreringar overlappar: {overlaps}.",
    ),
    "network.reason.members_ok": (
        "Alle representanter med kommune er fra medlemskommuner.",
        "Alle representantar med kommune er frå medlemskommunar.",
    ),
    "network.reason.members_broken": (
        "Plasser som ikke regnes, fordi kommunen ikke er medlem: {seats}.",
        "Plassar som ikkje blir rekna, fordi kommunen ikkje er medlem: {seats}.",
    ),
    "network.checks": ("Regelsjekker per {date}", "Regelsjekkar per {date}"),
    "network.headline": (
        "Per {date} er {filled} av {seats} nettverksplasser besatt{vacancies}.",
        "Per {date} er {filled} av {seats} nettverksplassar fylte{vacancies}.",
    ),
    "network.headline_no_areas": ("Ingen LSU-områder er registrert ennå.", "Ingen LSU-område er registrerte enno."),
    "network.headline_board": (
        "I Samarbeidsstyret er {filled} av {seats} plasser besatt{vacancies}.",
        "I Samarbeidsstyret er {filled} av {seats} plassar fylte{vacancies}.",
    ),
    "network.vacant_since": ("{seat} har vært ledig siden {date}", "{seat} har vore ledig sidan {date}"),
    "network.vacant_never": ("{seat} har ingen registrert representant", "{seat} har ingen registrert representant"),
    "network.and": ("og", "og"),
    "network.none_recorded": ("ingen representanter er registrert", "ingen representantar er registrerte"),
    "network.section_network": ("Samhandlingsnettverket – LSU-områder", "Samhandlingsnettverket – LSU-område"),
    "network.section_board": ("Samarbeidsstyret – styreregioner", "Samarbeidsstyret – styreregionar"),
    "network.section_note_network": (
        "Én representant per LSU-område. «Navn oppdateres» regnes som ledig.",
        "Éin representant per LSU-område. «Navn oppdateres» blir rekna som ledig.",
    ),
    "network.section_note_board": ("Én representant per styreregion.", "Éin representant per styreregion."),
    "network.covers": ("Dekker", "Dekkjer"),
    "network.since": ("siden {date}", "sidan {date}"),
    "network.never_held": ("ingen registrert", "ingen registrert"),
    "network.filled": ("Besatt", "Fylt"),
    "network.timeline_title": (
        "Nettverket: {changed} av {seats} områder har byttet representant siden {year}",
        "Nettverket: {changed} av {seats} område har bytt representant sidan {year}",
    ),
    "network.board_timeline_title": (
        "Styret: {changed} av {seats} regioner har byttet representant siden {year}",
        "Styret: {changed} av {seats} regionar har bytt representant sidan {year}",
    ),
    "network.history": ("Hvem har hatt plassene", "Kven har hatt plassane"),
    "network.history_note": (
        "Historikk til {date}. Blå felt: besatt (ny farge ved nytt navn). Oransjerødt felt med «Ledig»: ingen representant.",
        "Historikk til {date}. Blå felt: fylt (ny farge ved nytt namn). Oransjeraudt felt med «Ledig»: ingen representant.",
    ),
    "network.table_network": ("Nettverksplasser, historikk", "Nettverksplassar, historikk"),
    "network.table_board": ("Styreplasser, historikk", "Styreplassar, historikk"),
    "network.file_network": ("nettverksplasser", "nettverksplassar"),
    "network.file_board": ("styreplasser", "styreplassar"),
    "network.upload_network": ("nettverksrepresentanter (Nettverksrepresentanter)", "nettverksrepresentantar (Nettverksrepresentanter)"),
    "network.upload_board": ("styreperioder (Styreperioder)", "styreperiodar (Styreperioder)"),
    "network.upload_areas": (
        "kommunelisten med LSU-område for hver kommune (Kommuner)",
        "kommunelista med LSU-område for kvar kommune (Kommuner)",
    ),
    "network.no_history_before": ("Ingen plasser er registrert før {date}.", "Ingen plassar er registrerte før {date}."),
}
