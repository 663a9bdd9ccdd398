"""Words every chart shares: its text alternative, the table of the numbers it draws."""

TEXTS = {
    "chart.data": ("Tallene i figuren", "Tala i figuren"),
    "chart.data_help": (
        "Det figuren viser, som tabell: én rad per søyle, rute eller kommune.",
        "Det figuren viser, som tabell: éi rad per søyle, rute eller kommune.",
    ),
    "chart.col.series": ("Serie", "Serie"),
    "chart.col.panel": ("Del", "Del"),
    "chart.col.category": ("Hva", "Kva"),
    "chart.col.value": ("Verdi", "Verdi"),
}
