"""Nettverk: Samhandlingsnettverket per LSU-område, side om side med styreregionene."""

TEXTS = {
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
