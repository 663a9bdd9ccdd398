"""Møtemodus: one topic per screen for the projector."""

TEXTS = {
    "meeting.toggle": ("Møtemodus", "Møtemodus"),
    "meeting.toggle_help": (
        "Vis ett tema per skjerm i stor skrift, for storskjerm i møter.",
        "Vis eitt tema per skjerm i stor skrift, for storskjerm i møte.",
    ),
    "meeting.previous": ("◀ Forrige", "◀ Førre"),
    "meeting.next": ("Neste ▶", "Neste ▶"),
    "meeting.position": ("{number} av {count}", "{number} av {count}"),
    "meeting.leave": ("Avslutt møtemodus", "Avslutt møtemodus"),
    "meeting.title": ("KHS {year} · per {date}", "KHS {year} · per {date}"),
    "meeting.empty": (
        "Det finnes ingen tall for {year} ennå. Avslutt møtemodus og velg et annet år.",
        "Det finst ingen tal for {year} enno. Avslutt møtemodus og vel eit anna år.",
    ),
}
