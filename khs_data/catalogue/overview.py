"""Oversikt: the key figures and «Krever oppfølging»."""

TEXTS = {
    "overview.headline": (
        "{year}: {members} medlemskommuner med {population} innbyggere. {attention}",
        "{year}: {members} medlemskommunar med {population} innbyggjarar. {attention}",
    ),
    "overview.attention_count": ("{count} saker krever oppfølging.", "{count} saker krev oppfølging."),
    "overview.attention_none": ("Ingenting krever oppfølging.", "Ingenting krev oppfølging."),
    "overview.card.members": ("Medlemmer", "Medlemmer"),
    "overview.card.members_detail": ("{population} innbyggere per {date}", "{population} innbyggjarar per {date}"),
    "overview.card.dues": ("Kontingent {year}", "Kontingent {year}"),
    "overview.card.dues_detail": ("{paid} betalt · kr {rate} per innbygger", "{paid} betalt · kr {rate} per innbyggjar"),
    "overview.card.meetings": ("Styremøter {year}", "Styremøte {year}"),
    "overview.card.meetings_value": ("{held} av min. {required}", "{held} av min. {required}"),
    "overview.card.meetings_detail": (
        "{planned} planlagt · tempo: {pace} burde vært holdt nå",
        "{planned} planlagt · tempo: {pace} burde vore haldne no",
    ),
    "overview.card.meetings_detail_done": ("{planned} planlagt · krav: minst {required}", "{planned} planlagt · krav: minst {required}"),
    "overview.card.board": ("Styreplasser", "Styreplassar"),
    "overview.card.board_value": ("{filled} av {seats}", "{filled} av {seats}"),
    "overview.card.board_detail": ("Går ut innen 6 mnd.: {ending}", "Går ut innan 6 mnd.: {ending}"),
    "overview.card.network": ("Ledige nettverksplasser", "Ledige nettverksplassar"),
    "overview.card.network_detail": ("av {seats} LSU-områder", "av {seats} LSU-område"),
    "overview.card.projects": ("Aktive prosjekter", "Aktive prosjekt"),
    "overview.card.projects_detail": ("status «pågår»", "status «pågår»"),
    "overview.card.link": ("Se {page}", "Sjå {page}"),
    "overview.attention": ("Krever oppfølging", "Krev oppfølging"),
    "overview.attention_empty": ("Alle regelsjekker er oppfylt for {year}.", "Alle regelsjekkane er oppfylte for {year}."),
    "overview.per_date": ("Regelsjekkene gjelder {date}.", "Regelsjekkane gjeld {date}."),
    "overview.topic.Styret": ("Styret", "Styret"),
    "overview.topic.Nettverk": ("Nettverk", "Nettverk"),
    "overview.topic.Møter": ("Møter", "Møte"),
    "overview.topic.Kontingent": ("Kontingent", "Kontingent"),
    "overview.topic.Medlemmer": ("Medlemmer", "Medlemmer"),
    "attention.term_ending": (
        "Perioden til {person} ({region}) går ut {date}; ingen etterfølger er registrert.",
        "Perioden til {person} ({region}) går ut {date}; ingen etterfølgjar er registrert.",
    ),
    "attention.network_vacant": ("Nettverksplassen for {area} er ledig.", "Nettverksplassen for {area} er ledig."),
    "attention.meetings_missed": (
        "{body} holdt {held} av minst {required} møter i {year}.",
        "{body} heldt {held} av minst {required} møte i {year}.",
    ),
    "attention.meetings_unreachable": (
        "{body}: {held} holdt og for få planlagt til å nå minst {required} i {year}.",
        "{body}: {held} haldne og for få planlagde til å nå minst {required} i {year}.",
    ),
    "attention.meetings_pending": (
        "{body}: {held} av {required} møter holdt så langt i {year}; resten er planlagt.",
        "{body}: {held} av {required} møte haldne så langt i {year}; resten er planlagt.",
    ),
    "attention.dues_unpaid": (
        "{municipality} har betalt {paid} av {amount} (forfall {date}).",
        "{municipality} har betalt {paid} av {amount} (forfall {date}).",
    ),
    "attention.dues_none_recorded": (
        "Ingen innbetalinger av kontingenten for {year} er registrert (forfall {date}).",
        "Ingen innbetalingar av kontingenten for {year} er registrerte (forfall {date}).",
    ),
    "attention.population_missing": ("Folketall per {date} mangler for {names}.", "Folketal per {date} manglar for {names}."),
    "attention.notice": (
        "{municipality} har sagt opp ({notice}) og går ut {leaving}.",
        "{municipality} har sagt opp ({notice}) og går ut {leaving}.",
    ),
}
