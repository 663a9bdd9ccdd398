"""The command line's help texts (argparse), found by their bokmål form (khs_data.cli): each
command keeps writing its help in bokmål, and `--lang nn` shows the nynorsk beside it here."""

TEXTS = {
    "help.description": ("KHS-dashbordets data: import, regler og nøkkeltall.", "Dataa til KHS-dashbordet: import, reglar og nøkkeltal."),
    "help.db": ("databasefil (ellers KHS_DB, ellers data/khs.duckdb)", "databasefil (elles KHS_DB, elles data/khs.duckdb)"),
    "help.init": ("opprett eller oppgrader databasen", "opprett eller oppgrader databasen"),
    "help.import": ("importer et regneark", "importer eit rekneark"),
    "help.dues": ("kontingent for et år", "kontingent for eit år"),
    "help.compliance": ("møtekrav for et år", "møtekrav for eit år"),
    "help.board": ("styrets sammensetning og regelsjekk", "samansetjinga av styret og regelsjekk"),
    "help.network": ("nettverkets plasser", "plassane i nettverket"),
    "help.actionplan": (
        "handlingsplanen for et år: fokusområder, tiltak og hva som er forfalt",
        "handlingsplanen for eit år: fokusområde, tiltak og kva som er forfalle",
    ),
    "help.budget": ("budsjett og regnskap for et år, med utregnet kontingent", "budsjett og rekneskap for eit år, med utrekna kontingent"),
    "help.history": ("importhistorikk, nyeste først", "importhistorikk, nyaste først"),
    "help.undo": ("angre siste import", "angre siste import"),
    "help.export": ("eksporter en tabell til .csv eller .xlsx", "eksporter ein tabell til .csv eller .xlsx"),
    "help.ssb_update": (
        "hent folketall for medlemskommunene fra SSB (tabell 07459)",
        "hent folketal for medlemskommunane frå SSB (tabell 07459)",
    ),
    "help.sample": ("last inn eksempeldataene i data/sample", "last inn eksempeldataa i data/sample"),
    "help.lang": (
        "språk/mål: nb (bokmål) eller nn (nynorsk); standard KHS_LANG, ellers nb",
        "språk/mål: nb (bokmål) eller nn (nynorsk); standard KHS_LANG, elles nb",
    ),
    "help.kind": ("filtype (gjenkjennes ellers fra overskriftene)", "filtype (blir elles kjend att frå overskriftene)"),
    "help.dry_run": ("vis hva som ville skje, uten å skrive", "vis kva som ville skje, utan å skrive"),
    "help.on_dues": ("datoen betalingsstatusen gjelder (standard: i dag)", "datoen betalingsstatusen gjeld (standard: i dag)"),
    "help.on_compliance": (
        "datoen tallene gjelder; et møte uten status regnes som avholdt når datoen er passert (standard: i dag)",
        "datoen tala gjeld; eit møte utan status blir rekna som halde når datoen er passert (standard: i dag)",
    ),
    "help.on": ("dato (standard: i dag)", "dato (standard: i dag)"),
    "help.on_actionplan": (
        "datoen forfalt gjelder (standard: i dag, eller 31.12 for et år som er over)",
        "datoen forfalle gjeld (standard: i dag, eller 31.12 for eit år som er over)",
    ),
    "help.export_year": ("for dues: kontingentåret (standard: i år)", "for dues: kontingentåret (standard: i år)"),
    "help.report_year": ("årsmøteåret, for eksempel 2026", "årsmøteåret, til dømes 2026"),
    "help.ssb_years": (
        "årene som skal hentes (standard: alle fra 2019 til det nyeste SSB har)",
        "åra som skal hentast (standard: alle frå 2019 til det nyaste SSB har)",
    ),
    "help.calendar_year": ("året, for eksempel 2026", "året, til dømes 2026"),
    "help.calendar_on": (
        "sett fra denne datoen: hva er passert og hva kommer (standard: i dag)",
        "sett frå denne datoen: kva er passert og kva kjem (standard: i dag)",
    ),
}
