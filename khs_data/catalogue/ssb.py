"""The coordinator page's section for fetching population straight from SSB (table 07459)."""

TEXTS = {
    "ssb.title": ("Folketall fra SSB", "Folketal frå SSB"),
    "ssb.intro": (
        "Henter folketallet per 1. januar for alle kommunene i kommuneregisteret fra SSB-tabell 07459, "
        "alle år fra 2019 til det nyeste SSB har. Du ser nye og endrede tall før noe lagres.",
        "Hentar folketalet per 1. januar for alle kommunane i kommuneregisteret frå SSB-tabell 07459, "
        "alle år frå 2019 til det nyaste SSB har. Du ser nye og endra tal før noko blir lagra.",
    ),
    "ssb.button": ("Oppdater folketall fra SSB", "Oppdater folketal frå SSB"),
    "ssb.fetching": ("Henter folketall fra SSB …", "Hentar folketal frå SSB …"),
    "ssb.last_fetch": (
        "Sist hentet fra SSB {date} kl. {time}. Da hadde SSB tall til og med {year} (folketall per 1. januar {year}).",
        "Sist henta frå SSB {date} kl. {time}. Då hadde SSB tal til og med {year} (folketal per 1. januar {year}).",
    ),
    "ssb.last_fetch_no_year": ("Sist hentet fra SSB {date} kl. {time}.", "Sist henta frå SSB {date} kl. {time}."),
    "ssb.never_fetched": ("Folketallene er ikke hentet direkte fra SSB ennå.", "Folketala er ikkje henta direkte frå SSB enno."),
    "ssb.preview": (
        "SSB har {added} nye og {changed} endrede tall ({unchanged} er som før). Se over endringene og lagre.",
        "SSB har {added} nye og {changed} endra tal ({unchanged} er som før). Sjå over endringane og lagre.",
    ),
    "ssb.no_changes": (
        "Folketallene stemmer allerede med SSB. Ingenting å lagre.",
        "Folketala stemmer allereie med SSB. Ingenting å lagre.",
    ),
    "ssb.save": ("Lagre folketallene fra SSB", "Lagre folketala frå SSB"),
    "ssb.cancel": ("Avbryt", "Avbryt"),
    "ssb.saved": (
        "Folketallene fra SSB er lagret: {summary}. Du kan angre dette under importhistorikken.",
        "Folketala frå SSB er lagra: {summary}. Du kan angre dette under importhistorikken.",
    ),
    "ssb.failed": ("Kunne ikke hente folketall fra SSB. {error}", "Kunne ikkje hente folketal frå SSB. {error}"),
    "ssb.source": (
        "Kilde: Statistisk sentralbyrå (SSB), tabell 07459, lisens CC BY 4.0.",
        "Kjelde: Statistisk sentralbyrå (SSB), tabell 07459, lisens CC BY 4.0.",
    ),
}
